/**
 * Benchmark of the dependency check's matcher (issue #4, performance target: a 5,000-package
 * lockfile against 100,000 advisories in under 2 s on the project's machine).
 *
 * It generates a synthetic but realistically shaped data set (seeded, so every run is the same):
 * - 100,000 OSV records over npm (70 %), PyPI (20 %) and crates.io (10 %), package popularity
 *   Zipf-distributed so popular packages carry dozens of advisories; ranges mixed as in the real
 *   databases: introduced/fixed pairs, several intervals per range, several affected[] entries,
 *   `last_affected`, `limit`, prerelease bounds, explicit `versions` lists, SEMVER and ECOSYSTEM
 *   types, GIT ranges, CVSS v3 vectors, aliases, a few withdrawn records;
 * - a package-lock.json (v3) with 5,000 packages, nested copies included, drawn from the same
 *   names (popular ones more often), versions spread across the advisories' ranges.
 *
 * Then it measures, side by side in one run:
 * 1. from an in-memory list of parsed records: index build, matching, findings (the target);
 * 2. from a folder of 100,000 JSON files: loading, then the same, and the whole scanDependencies.
 *
 * Usage: node --import tsx scripts/bench/osv-match.ts [--advisories N] [--packages N] [--runs N] [--keep]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createConsoleLogger } from '../../lib/action/logger';
import { buildDependencyFindings } from '../../actions/security-scan/deps/dependency-findings';
import { readPackageLock } from '../../actions/security-scan/deps/lockfiles/package-lock';
import { AdvisoryIndex } from '../../actions/security-scan/deps/match/advisory-index';
import type { Ecosystem } from '../../actions/security-scan/deps/model';
import { loadOsvDatabase } from '../../actions/security-scan/deps/osv/osv-database';
import type { OsvAffected, OsvEvent, OsvRange, OsvRecord } from '../../actions/security-scan/deps/osv/osv-record';
import { scanDependencies } from '../../actions/security-scan/deps/scan-dependencies';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const ADVISORIES = flag('--advisories', 100_000);
const PACKAGES = flag('--packages', 5_000);
const RUNS = flag('--runs', 3);
const KEEP = args.includes('--keep');
const TARGET_MS = 2000;

// Mulberry32: a small seeded generator, so the data set is the same on every run.
let seed = 0x5eed1234;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;

const NAMES: Record<Ecosystem, string[]> = {
  npm: Array.from({ length: 30_000 }, (_, i) => (i % 9 === 0 ? `@scope${i % 50}/pkg-${i}` : `pkg-${i}`)),
  PyPI: Array.from({ length: 12_000 }, (_, i) => `Py_Package.${i}`),
  'crates.io': Array.from({ length: 6_000 }, (_, i) => `crate-${i}`),
};
/** The first POPULAR names of each ecosystem are the much-used, much-reported packages. */
const POPULAR = 500;

/**
 * A name: popular ones (the first 500, skewed towards the first few) get a quarter of all draws,
 * the long tail the rest. With 100,000 advisories that gives the most-reported package about 150
 * advisories and a popular one about 40, as in the GitHub database, and most packages one or two.
 */
function drawName(ecosystem: Ecosystem, popularShare: number): [string, number] {
  const names = NAMES[ecosystem];
  const i = random() < popularShare ? Math.floor(POPULAR * random() ** 1.3) : int(names.length);
  return [names[i]!, i];
}

/** Each package's newest major version (1–10), fixed per name: lockfiles mostly install it. */
const latestMajor = (i: number) => 1 + ((i * 2654435761) >>> 0) % 10;

function version(major: number): string {
  return `${major}.${int(20)}.${int(30)}`;
}

function pepVersion(major: number): string {
  const base = `${major}.${int(20)}${random() < 0.5 ? `.${int(10)}` : ''}`;
  const r = random();
  if (r < 0.05) return `${base}rc${1 + int(3)}`;
  if (r < 0.08) return `${base}.post${1 + int(2)}`;
  if (r < 0.1) return `${base}.dev${int(5)}`;
  return base;
}

function bound(ecosystem: Ecosystem, major: number): string {
  if (ecosystem === 'PyPI') return pepVersion(major);
  const v = version(major);
  return random() < 0.05 ? `${v}-beta.${1 + int(4)}` : v;
}

/** A range as real records write them, bounded by the package's release lines (1…latest). */
function rangeFor(ecosystem: Ecosystem, latest: number): OsvRange {
  const kind = random();
  const type = ecosystem === 'PyPI' ? 'ECOSYSTEM' : random() < 0.5 ? 'SEMVER' : 'ECOSYSTEM';
  const zero = ecosystem === 'crates.io' && random() < 0.5 ? '0.0.0-0' : '0';
  const line = 1 + int(latest);
  const events: OsvEvent[] = [];
  if (kind < 0.5) {
    events.push({ introduced: zero }, { fixed: bound(ecosystem, line) });
  } else if (kind < 0.75) {
    // One interval per release line, newest first as PYSEC records often list them.
    for (let l = latest; l >= Math.max(1, latest - 1 - int(3)); l--) events.push({ introduced: `${l}.0${ecosystem === 'PyPI' ? '' : '.0'}` }, { fixed: bound(ecosystem, l) });
  } else if (kind < 0.87) {
    events.push({ introduced: bound(ecosystem, Math.max(1, line - 1)) }, { fixed: bound(ecosystem, line) });
  } else if (kind < 0.95) {
    events.push({ introduced: zero }, { last_affected: bound(ecosystem, line) });
  } else if (kind < 0.98) {
    events.push({ introduced: zero }, { limit: bound(ecosystem, line) });
  } else {
    events.push({ introduced: zero }); // not fixed
  }
  return { type, events };
}

function advisory(i: number): OsvRecord {
  const r = random();
  const ecosystem: Ecosystem = r < 0.7 ? 'npm' : r < 0.9 ? 'PyPI' : 'crates.io';
  const [name, nameIndex] = drawName(ecosystem, 0.25);
  const latest = latestMajor(nameIndex);
  const prefix = ecosystem === 'npm' ? 'GHSA' : ecosystem === 'PyPI' ? 'PYSEC' : 'RUSTSEC';
  const id = `${prefix}-BENCH-${String(i).padStart(6, '0')}`;
  const affected: OsvAffected[] = [];
  // A fifth of the records name several packages (lodash and lodash-es) or repeat one per range.
  const entries = random() < 0.2 ? 2 + int(2) : 1;
  for (let e = 0; e < entries; e++) {
    const [otherName, otherIndex] = drawName(ecosystem, 0.25);
    const sameName = e === 0 || random() < 0.5;
    const ranges = [rangeFor(ecosystem, sameName ? latest : latestMajor(otherIndex))];
    if (random() < 0.15) ranges.push({ type: 'GIT', repo: `https://github.com/example/${i}`, events: [{ introduced: '0' }, { fixed: 'a'.repeat(40) }] });
    const entry: OsvAffected = { package: { ecosystem, name: sameName ? name : otherName }, ranges };
    if (ecosystem === 'PyPI' && random() < 0.6) entry.versions = Array.from({ length: 3 + int(10) }, () => pepVersion(1 + int(latest)));
    affected.push(entry);
  }
  const record: OsvRecord = {
    schema_version: '1.6.0',
    id,
    modified: '2025-01-01T00:00:00Z',
    published: '2024-01-01T00:00:00Z',
    aliases: [`CVE-2024-${String(10000 + i)}`],
    summary: `Synthetic advisory ${i} for ${name}`,
    details: `A flaw in ${name} lets an attacker do something unwelcome.\n\nUpgrade to a fixed version.`,
    severity: random() < 0.8 ? [{ type: 'CVSS_V3', score: `CVSS:3.1/AV:${pick(['N', 'A', 'L'])}/AC:${pick(['L', 'H'])}/PR:${pick(['N', 'L', 'H'])}/UI:${pick(['N', 'R'])}/S:${pick(['U', 'C'])}/C:${pick(['H', 'L', 'N'])}/I:${pick(['H', 'L', 'N'])}/A:${pick(['H', 'L', 'N'])}` }] : [],
    affected,
    references: [{ type: 'ADVISORY', url: `https://example.com/advisories/${id}` }],
    database_specific: { severity: pick(['LOW', 'MODERATE', 'HIGH', 'CRITICAL']), cwe_ids: ['CWE-79'] },
  };
  if (random() < 0.01) record.withdrawn = '2025-02-01T00:00:00Z';
  return record;
}

/** A package-lock.json v3: 40 % popular packages, mostly at their newest major, some nested copies. */
function lockfile(): string {
  const packages: Record<string, unknown> = { '': { name: 'bench-app', version: '1.0.0', dependencies: {} } };
  const installed: string[] = [];
  let count = 0;
  while (count < PACKAGES) {
    const [name, index] = drawName('npm', 0.4);
    const latest = latestMajor(index);
    // Mostly the newest major at a recent minor: most installed versions are past most fixes.
    const current = random() < 0.85;
    const major = current ? latest : 1 + int(latest);
    const top = `node_modules/${name}`;
    // A name already installed goes in again nested under another package, at another version.
    const key = packages[top] ? `node_modules/${pick(installed)}/node_modules/${name}` : top;
    if (packages[key]) continue;
    packages[key] = { version: current ? `${major}.${15 + int(10)}.${int(30)}` : bound('npm', major), resolved: `https://registry.npmjs.org/${name}/-/${name.replace(/^@.*\//, '')}-x.tgz`, integrity: 'sha512-AAAA', ...(random() < 0.3 ? { dev: true } : {}) };
    installed.push(name);
    count++;
  }
  return JSON.stringify({ name: 'bench-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;
function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function main(): Promise<void> {
  const quiet = createConsoleLogger({ write: () => {} });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-osv-'));
  console.log(`osv-match benchmark: ${ADVISORIES.toLocaleString('en')} advisories, ${PACKAGES.toLocaleString('en')}-package package-lock.json, median of ${RUNS} runs (Node ${process.version}, ${os.cpus().length} CPUs)`);
  try {
    const [records, genMs] = time(() => Array.from({ length: ADVISORIES }, (_, i) => advisory(i)));
    const lockText = lockfile();
    const projectDir = path.join(work, 'project');
    fs.mkdirSync(projectDir);
    fs.writeFileSync(path.join(projectDir, 'package-lock.json'), lockText);
    const perPackage = new Map<string, number>();
    for (const r of records) for (const a of r.affected ?? []) perPackage.set(a.package!.name, (perPackage.get(a.package!.name) ?? 0) + 1);
    const top = [...perPackage.values()].sort((a, b) => b - a);
    console.log(`generated in ${(genMs / 1000).toFixed(1)} s; advisories per package: max ${top[0]}, top-100 median ${top[50]}; ${perPackage.size.toLocaleString('en')} distinct packages named`);

    // 1. In memory: the matcher's public API takes parsed records.
    const phases = { parse: [] as number[], index: [] as number[], match: [] as number[], findings: [] as number[], total: [] as number[] };
    let findings = 0;
    let matched = 0;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const [read, parseMs] = time(() => readPackageLock(lockText, 'package-lock.json'));
      const [index, indexMs] = time(() => new AdvisoryIndex(records, { ecosystems: ['npm'] }));
      const [matches, matchMs] = time(() => index.matchAll(read.packages));
      const [built, findingsMs] = time(() => buildDependencyFindings(matches, { aliasRecords: (id) => index.related(id) }));
      phases.parse.push(parseMs);
      phases.index.push(indexMs);
      phases.match.push(matchMs);
      phases.findings.push(findingsMs);
      phases.total.push(performance.now() - start);
      findings = built.findings.length;
      matched = new Set(matches.map((m) => `${m.package.name}@${m.package.version}`)).size;
      if (read.packages.length !== PACKAGES) throw new Error(`lockfile read ${read.packages.length} packages, expected ${PACKAGES}`);
    }
    console.log('\n1. from an in-memory list of parsed records');
    console.log(`   read package-lock.json   ${ms(median(phases.parse))}`);
    console.log(`   index 100k advisories    ${ms(median(phases.index))}`);
    console.log(`   match 5k packages        ${ms(median(phases.match))}   (${matched.toLocaleString('en')} vulnerable packages, ${findings.toLocaleString('en')} findings)`);
    console.log(`   build findings + rules   ${ms(median(phases.findings))}`);
    const total = median(phases.total);
    console.log(`   total                    ${ms(total)}   target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'MISSED'}`);

    // 2. From a folder of JSON files, one record per file as in osv.dev's exports.
    const dbDir = path.join(work, 'osv');
    const [, writeMs] = time(() => {
      for (const ecosystem of ['npm', 'PyPI', 'crates.io']) fs.mkdirSync(path.join(dbDir, ecosystem), { recursive: true });
      for (const r of records) fs.writeFileSync(path.join(dbDir, r.affected![0]!.package!.ecosystem, `${r.id}.json`), JSON.stringify(r));
    });
    console.log(`\n2. from a folder of ${ADVISORIES.toLocaleString('en')} JSON files (written in ${(writeMs / 1000).toFixed(1)} s, not counted)`);
    const load: number[] = [];
    const scan: number[] = [];
    let loadedCount = 0;
    for (let run = 0; run < RUNS; run++) {
      const [loaded, loadMs] = await timeAsync(() => loadOsvDatabase(dbDir));
      loadedCount = loaded.records.length;
      load.push(loadMs);
      const [out, scanMs] = await timeAsync(() => scanDependencies({ root: projectDir, database: { kind: 'folder', path: dbDir }, log: quiet }));
      scan.push(scanMs);
      if (out.findings.length !== findings) throw new Error(`folder scan found ${out.findings.length} findings, in-memory ${findings}`);
    }
    console.log(`   load all records         ${ms(median(load))}   (${loadedCount.toLocaleString('en')} records)`);
    console.log(`   scanDependencies, whole  ${ms(median(scan))}   (find lockfile, read, load keeping npm only, index, match, findings)`);
    console.log(`   matching part of it      ${ms(total)}   (as in 1.)`);
  } finally {
    if (KEEP) console.log(`\nkept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
