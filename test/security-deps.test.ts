/**
 * The dependency check of security-scan (issue #4) end to end: the real OSV records and lockfiles
 * in ../shared/fixtures against their recorded expected matches, the bundled sample against
 * sample/expected-findings.json, the ScannerOutput it produces (and the SARIF run built from it),
 * and the offline database as a folder, a zip and a folder of per-ecosystem zips.
 *
 * ../shared is resolved from the repository root. When it is missing, the tests that need it
 * skip and say so; under CI=true its absence is a failure.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as zlib from 'node:zlib';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { buildToolRun } from '../lib/sarif/build-run';
import { createLog } from '../lib/sarif/log';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { scanDependencies, type DependencyScanOutput } from '../actions/security-scan/deps/scan-dependencies';
import { loadOsvDatabase } from '../actions/security-scan/deps/osv/osv-database';
import { runDependencyCheck } from '../actions/security-scan/deps/dependency-scanner';

const REPO = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(REPO, '../shared');
const OSV = path.join(SHARED, 'fixtures/osv');
const LOCKFILES = path.join(SHARED, 'fixtures/lockfiles');
const SAMPLE = path.join(REPO, 'sample');
const IN_CI = process.env.CI === 'true';
const sharedSkip = fs.existsSync(OSV) && fs.existsSync(LOCKFILES) ? false : IN_CI ? false : `../shared/fixtures (${SHARED}) is not here; the checks against the real OSV records did not run`;

/** Under CI the shared fixtures must be there: their absence fails rather than skips. */
function requireShared(): void {
  if (!fs.existsSync(OSV) || !fs.existsSync(LOCKFILES)) assert.fail(`CI=true but ../shared/fixtures is missing at ${SHARED}: the dependency check was not tested against the real OSV records`);
}

const quiet = createConsoleLogger({ write: () => {} });

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip (deflated entries, PKWARE APPNOTE 4.3) as osv.dev's all.zip: one file per record at the top. */
function zipOf(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBytes, end]);
}

interface ExpectedPair {
  package: string;
  version: string;
  advisory: string;
  aliases?: string[];
  path?: string;
  dev?: boolean;
}
interface ExpectedFile {
  ecosystem: string;
  packages_in_lockfile: number;
  vulnerable_pair_count: number;
  vulnerable: ExpectedPair[];
  informational: ExpectedPair[];
  withdrawn_not_reported: ExpectedPair[];
  not_vulnerable_but_named_by_an_advisory: ExpectedPair[];
}

const pair = (p: { package: string; version: string; advisory: string }) => `${p.package}@${p.version} ${p.advisory}`;

let sharedScan: Promise<DependencyScanOutput> | undefined;
function scanShared(): Promise<DependencyScanOutput> {
  sharedScan ??= scanDependencies({ root: LOCKFILES, database: { kind: 'folder', path: OSV }, log: quiet });
  return sharedScan;
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(file: string, needle: string): number {
  const index = fs.readFileSync(file, 'utf8').split(/\r?\n/).findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `${needle} not in ${file}`);
  return index + 1;
}

describe('dependency check against ../shared/fixtures (real OSV records and lockfiles)', () => {
  test('every lockfile: exactly the expected vulnerable and informational pairs, at the right lines', { skip: sharedSkip }, async () => {
    requireShared();
    const expected = JSON.parse(fs.readFileSync(path.join(LOCKFILES, 'expected.json'), 'utf8')) as Record<string, ExpectedFile | unknown>;
    const out = await scanShared();
    for (const file of ['package-lock.json', 'requirements.txt', 'Cargo.lock']) {
      const want = expected[file] as ExpectedFile;
      const findings = out.findings.filter((f) => f.file === file);
      const vulnerable = findings.filter((f) => !f.dependency.informational);
      const informational = findings.filter((f) => f.dependency.informational);
      const got = (list: typeof findings) => list.map((f) => pair({ package: f.dependency.name, version: f.dependency.version, advisory: f.ruleId })).sort();
      assert.deepEqual(got(vulnerable), want.vulnerable.map(pair).sort(), `${file}: vulnerable pairs`);
      assert.equal(vulnerable.length, want.vulnerable_pair_count, `${file}: count`);
      assert.deepEqual(got(informational), want.informational.map(pair).sort(), `${file}: informational`);
      assert.equal(out.packages.filter((p) => p.file === file).length, want.packages_in_lockfile, `${file}: packages read`);
      for (const gone of [...want.withdrawn_not_reported, ...want.not_vulnerable_but_named_by_an_advisory]) {
        assert.ok(!findings.some((f) => f.ruleId === gone.advisory && f.dependency.name === gone.package && f.dependency.version === gone.version), `${file}: ${pair(gone)} must not be reported`);
      }
      for (const w of [...want.vulnerable, ...want.informational]) {
        const f = findings.find((x) => x.ruleId === w.advisory && x.dependency.name === w.package && x.dependency.version === w.version)!;
        // Aliases kept, and named in the message with the package, version and advisory.
        assert.deepEqual([...f.dependency.aliases].sort(), [...(w.aliases ?? [])].sort(), `${pair(w)} aliases`);
        for (const text of [w.package, w.version, w.advisory, ...(w.aliases ?? []).filter((a) => a.startsWith('CVE-'))]) assert.ok(f.message.includes(text), `${f.message} should name ${text}`);
        const entryLine =
          file === 'package-lock.json' ? lineOf(path.join(LOCKFILES, file), `"${w.path}": {`) : file === 'requirements.txt' ? lineOf(path.join(LOCKFILES, file), `${w.package}==${w.version}`) : f.line;
        assert.equal(f.line, entryLine, `${pair(w)} line`);
        if (w.dev !== undefined) assert.equal(f.dependency.dev, w.dev, `${pair(w)} dev`);
      }
    }
    // Cargo lines: the `name = "…"` line of the [[package]] block of that version.
    const cargo = fs.readFileSync(path.join(LOCKFILES, 'Cargo.lock'), 'utf8').split('\n');
    for (const f of out.findings.filter((x) => x.file === 'Cargo.lock')) {
      assert.equal(cargo[f.line - 1], `name = "${f.dependency.name}"`);
      assert.equal(cargo[f.line], `version = "${f.dependency.version}"`);
    }
  });

  test('fixed versions and severities follow the records', { skip: sharedSkip }, async () => {
    requireShared();
    const out = await scanShared();
    const of = (name: string, version: string, id: string) => out.findings.find((f) => f.dependency.name === name && f.dependency.version === version && f.ruleId === id)!;
    const fixes: [string, string, string, string | null][] = [
      ['Django', '4.2.10', 'PYSEC-2024-102', '4.2.16'],
      ['Django', '4.2.10', 'PYSEC-2024-47', '4.2.11'],
      ['express', '5.0.0-beta.1', 'GHSA-rv95-896h-c2vc', '5.0.0-beta.3'],
      ['PyYAML', '5.1.2', 'PYSEC-2020-176', '5.2b1'],
      ['minimist', '0.0.8', 'GHSA-xvch-5gv4-984h', '0.2.4'],
      ['semver', '7.5.1', 'GHSA-c2qf-rxjj-qqgw', '7.5.2'],
      ['time', '0.1.43', 'RUSTSEC-2020-0071', '0.2.0'],
      ['ansi_term', '0.12.1', 'RUSTSEC-2021-0139', null],
    ];
    for (const [name, version, id, fixed] of fixes) {
      const f = of(name, version, id);
      assert.equal(f.dependency.fixedVersion, fixed, `${name} ${version} ${id}`);
      assert.ok(f.message.endsWith(fixed ? `Upgrade to ${fixed} or later.` : 'No fixed version is available.'), f.message);
    }
    // CVSS_V3 computed; GHSA-8hc4 has no vector, so its "HIGH" label; RUSTSEC-2021-0124 states nothing.
    assert.deepEqual([of('minimist', '1.2.5', 'GHSA-xvch-5gv4-984h').severity, of('minimist', '1.2.5', 'GHSA-xvch-5gv4-984h').securitySeverity], ['critical', 9.8]);
    assert.deepEqual([of('axios', '1.6.0', 'GHSA-8hc4-vh64-cxmj').severity, of('axios', '1.6.0', 'GHSA-8hc4-vh64-cxmj').dependency.severitySource], ['high', 'label']);
    assert.deepEqual([of('Pillow', '10.0.0', 'GHSA-44wm-f244-xhp3').securitySeverity, of('Pillow', '10.0.0', 'GHSA-44wm-f244-xhp3').severity], [6.7, 'medium']);
    assert.deepEqual([of('tokio', '1.6.0', 'RUSTSEC-2021-0124').severity, of('tokio', '1.6.0', 'RUSTSEC-2021-0124').dependency.severitySource], ['medium', 'none']);
    // RUSTSEC-2022-0013 states a vector; its alias GHSA-m5pq-gvj9-9vr8 is a separate finding with its own.
    assert.deepEqual([of('regex', '1.5.4', 'RUSTSEC-2022-0013').securitySeverity, of('regex', '1.5.4', 'GHSA-m5pq-gvj9-9vr8').securitySeverity], [7.5, 7.5]);
    assert.equal(of('ansi_term', '0.12.1', 'RUSTSEC-2021-0139').severity, 'note');
    assert.equal(of('axios', '1.6.0', 'GHSA-8hc4-vh64-cxmj').dependency.fixedVersion, '1.7.4');
  });

  test("sample/'s lockfiles: exactly the osv entries of sample/expected-findings.json (file, line, advisory)", { skip: sharedSkip }, async () => {
    requireShared();
    const expected = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as Record<string, unknown>[]).filter((e) => e.tool === 'osv');
    assert.equal(expected.length, 15);
    const out = await scanDependencies({ root: SAMPLE, database: { kind: 'folder', path: OSV }, log: quiet });
    const key = (e: { file: string; line: number; rule: string; package: string; version: string; informational?: boolean }) => `${e.file}:${e.line} ${e.rule} ${e.package}@${e.version}${e.informational ? ' informational' : ''}`;
    const got = out.findings.map((f) => key({ file: f.file, line: f.line, rule: f.ruleId, package: f.dependency.name, version: f.dependency.version, informational: f.dependency.informational !== undefined })).sort();
    assert.deepEqual(got, expected.map((e) => key(e as never)).sort());
    assert.deepEqual([...out.lockfiles].sort(), ['api/requirements.txt', 'engine/Cargo.lock', 'tools/stockctl/Cargo.lock', 'web/package-lock.json']);
  });

  test('runDependencyCheck maps a ScanContext and the osv-database input (relative to the root) onto the scan', { skip: sharedSkip }, async () => {
    requireShared();
    const toolCache = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-tool-cache-'));
    try {
      const context = { root: SAMPLE, log: quiet, toolCache, tempDir: os.tmpdir(), env: {}, signal: new AbortController().signal };
      const out = await runDependencyCheck(context, { osvDatabase: path.relative(SAMPLE, OSV) });
      assert.equal(out.findings.length, 15);
    } finally {
      fs.rmSync(toolCache, { recursive: true, force: true });
    }
  });

  test('the output is a ScannerOutput for tool "osv" whose SARIF run is schema-valid and carries rule metadata', { skip: sharedSkip }, async () => {
    requireShared();
    const out = await scanShared();
    assert.equal(out.tool.name, 'osv');
    assert.equal(out.category, 'assay-security/dependencies');
    assert.match(out.notes![0]!, /^Checked 116 packages \(.*\) from 3 lockfiles against 39 OSV advisories: 32 findings\.$/);
    const rule = out.rules.find((r) => r.id === 'GHSA-xvch-5gv4-984h')!;
    assert.equal(rule.description, 'Prototype Pollution in minimist');
    assert.equal(rule.helpUri, 'https://github.com/advisories/GHSA-xvch-5gv4-984h');
    assert.equal(rule.properties?.['security-severity'], '9.8');
    assert.deepEqual(rule.tags, ['security', 'dependency', 'npm', 'external/cwe/cwe-1321']);
    assert.match(rule.help!, /\*\*References\*\*\n- \[https:\/\/nvd\.nist\.gov\/vuln\/detail\/CVE-2021-44906\]/);
    assert.match(rule.help!, /\*\*Severity:\*\* critical, CVSS base score 9\.8 from `CVSS:3\.1\/AV:N/);
    assert.equal(out.rules.find((r) => r.id === 'RUSTSEC-2021-0139')!.helpUri, 'https://rustsec.org/advisories/RUSTSEC-2021-0139.html');
    assert.equal(out.rules.find((r) => r.id === 'PYSEC-2023-62')!.helpUri, 'https://osv.dev/vulnerability/PYSEC-2023-62');
    assert.equal(out.rules.find((r) => r.id === 'RUSTSEC-2021-0139')!.properties?.['security-severity'], undefined);
    // One rule per advisory; every finding's rule is described.
    assert.equal(new Set(out.rules.map((r) => r.id)).size, out.rules.length);
    for (const f of out.findings) assert.ok(out.rules.some((r) => r.id === f.ruleId), f.ruleId);
    // Most severe first.
    assert.equal(out.findings[0]!.severity, 'critical');
    const run = buildToolRun({ tool: out.tool, findings: out.findings, rules: out.rules, root: LOCKFILES, category: out.category });
    assert.deepEqual(sarifSchemaViolations(createLog([run])), []);
    assert.equal(run.results!.length, 32);
    assert.equal(run.automationDetails?.id, 'assay-security/dependencies/');
  });
});

describe('offline OSV database', () => {
  test('a zip of the records (osv.dev all.zip layout) and a folder of per-ecosystem zips give the same findings as the folder', { skip: sharedSkip }, async () => {
    requireShared();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-osv-zip-'));
    try {
      const files = fs.readdirSync(OSV).filter((f) => f.endsWith('.json'));
      const entries = files.map((f) => ({ name: f, data: fs.readFileSync(path.join(OSV, f)) }));
      // A README and a broken record in the zip are skipped, not fatal.
      entries.push({ name: 'README.txt', data: Buffer.from('not a record') }, { name: 'BROKEN-1.json', data: Buffer.from('{"id": ') });
      fs.writeFileSync(path.join(dir, 'all.zip'), zipOf(entries));
      const byEcosystem = new Map<string, { name: string; data: Buffer }[]>();
      for (const e of entries.slice(0, files.length)) {
        const ecosystem = (JSON.parse(e.data.toString('utf8')) as { affected: { package: { ecosystem: string } }[] }).affected[0]!.package.ecosystem;
        byEcosystem.set(ecosystem, [...(byEcosystem.get(ecosystem) ?? []), e]);
      }
      for (const [ecosystem, list] of byEcosystem) {
        fs.mkdirSync(path.join(dir, 'export', ecosystem), { recursive: true });
        fs.writeFileSync(path.join(dir, 'export', ecosystem, 'all.zip'), zipOf(list));
      }
      const summarize = (out: DependencyScanOutput) => out.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity} ${f.dependency.fixedVersion}`).sort();
      const folder = summarize(await scanShared());
      const zip = await scanDependencies({ root: LOCKFILES, database: { kind: 'zip', path: path.join(dir, 'all.zip') }, log: quiet });
      assert.deepEqual(summarize(zip), folder);
      assert.match(zip.notes!.join('\n'), /osv-database: 1 file\(s\) were not OSV records and were skipped \(first: all\.zip!BROKEN-1\.json: not JSON/);
      const perEcosystem = await scanDependencies({ root: LOCKFILES, database: { kind: 'folder', path: path.join(dir, 'export') }, log: quiet });
      assert.deepEqual(summarize(perEcosystem), folder);
      const loaded = await loadOsvDatabase(path.join(dir, 'export'));
      assert.deepEqual([loaded.records.length, loaded.zipsRead], [40, 3]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('only records of the lockfiles ecosystems are kept; non-records are counted; a missing database is a ConfigurationError', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-osv-folder-'));
    try {
      fs.mkdirSync(path.join(dir, 'db/nested'), { recursive: true });
      const rec = (id: string, ecosystem: string, name: string, fixed: string) => ({ id, modified: '2024-01-01T00:00:00Z', summary: `${name} flaw`, affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }] });
      fs.writeFileSync(path.join(dir, 'db/TEST-1.json'), JSON.stringify(rec('TEST-1', 'PyPI', 'Requests', '2.32.0')));
      fs.writeFileSync(path.join(dir, 'db/nested/TEST-2.json'), JSON.stringify([rec('TEST-2', 'Go', 'requests', '9.0.0'), rec('TEST-3', 'PyPI', 'idna', '3.7')]));
      fs.writeFileSync(path.join(dir, 'db/broken.json'), '{');
      fs.writeFileSync(path.join(dir, 'db/README.md'), '# not read');
      fs.writeFileSync(path.join(dir, 'requirements.txt'), 'requests==2.31.0\nidna==3.7\n');
      const out = await scanDependencies({ root: dir, database: { kind: 'folder', path: 'db' }, log: quiet });
      assert.deepEqual(
        out.findings.map((f) => f.message),
        ['requests 2.31.0 (PyPI) is affected by TEST-1: Requests flaw. Upgrade to 2.32.0 or later.'],
      );
      assert.equal(out.stats.advisories, 2); // TEST-2 (Go) was dropped at load
      assert.ok(out.notes!.some((n) => n.startsWith('osv-database: 1 file(s) were not OSV records')));
      await assert.rejects(scanDependencies({ root: dir, database: { kind: 'folder', path: 'nowhere' }, log: quiet }), (e: unknown) => e instanceof ConfigurationError && /osv-database: .*nowhere does not exist/.test(e.message));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no lockfiles: nothing is checked and the note says so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-empty-'));
    try {
      const out = await scanDependencies({ root: dir, database: { kind: 'records', records: [] }, log: quiet });
      assert.deepEqual([out.findings, out.rules], [[], []]);
      assert.match(out.notes![0]!, /^No lockfiles found under .*; no dependency was checked\.$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
