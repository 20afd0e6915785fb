import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { categoryOf } from '../lib/sarif/category';
import { countText } from '../lib/sarif/count-text';
import { lineHashes } from '../lib/sarif/fingerprint';
import { SarifMerger, mergeSarifFiles, mergeSarifLogs } from '../lib/sarif/merge';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import type { SarifLog, SarifResult, SarifRule, SarifRun } from '../lib/sarif/types';
import { generateBenchFiles } from '../scripts/bench/sarif-merge';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

/**
 * The merge on real SARIF from CodeQL, ESLint, Semgrep, Trivy, gitleaks and osv-scanner
 * (../shared/fixtures/sarif-real, read in place), and on generated logs for what real ones do not
 * show: runs of one tool and category to combine, with rule, extension, taxonomy and artifact
 * tables that do not line up.
 */

const SHARED_SARIF = path.resolve(import.meta.dirname, '../../shared/fixtures/sarif-real');
const sharedPresent = fs.existsSync(SHARED_SARIF);
// Outside CI a missing fixture folder skips with the reason; under CI=true the tests run and fail.
const sharedSkip = sharedPresent || process.env.CI === 'true' ? false : `../shared/fixtures/sarif-real is not here (${SHARED_SARIF}); the real-SARIF merge tests did not run`;
const multitoolSkip = multitoolSkipReason();

// The broken logs of the fixture folder, with where each is broken (its README lists them).
const BROKEN: Record<string, { path: string; rule: RegExp; message: RegExp }> = {
  'sarif-sdk.invalid.JSON1001.SyntaxError.sarif': { path: '$schema', rule: /^JSON1001/, message: /not valid JSON/ },
  'sarif-sdk.invalid.JSON1002.DeserializationError.sarif': { path: 'runs[0].results[0].stacks[0]', rule: /required/, message: /frames/ },
  'codeql-action.invalid-sarif.sarif': { path: 'runs[0].results', rule: /type/, message: /must be array/ },
  'codeql-action.with-invalid-uri.sarif': { path: 'runs[0].tool.driver.rules[0].helpUri', rule: /format/, message: /uri/ },
  'checkov.openapi-runner-results.sarif': { path: 'runs[0]', rule: /required/, message: /'tool'/ },
};

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sarif-merge-'));
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** The rule a result names, through rule.toolComponent and ruleIndex / rule.index. */
function ruleOfResult(run: SarifRun, result: SarifResult): SarifRule | undefined {
  const component = typeof result.rule?.toolComponent?.index === 'number' ? run.tool.extensions?.[result.rule.toolComponent.index] : run.tool.driver;
  const index = result.ruleIndex ?? result.rule?.index;
  return index === undefined ? undefined : component?.rules?.[index];
}

/**
 * Every index reference of the merged log points at the entry with the id the result names. Real
 * logs are not always consistent themselves (codeql-action's fingerprinting2 input names one file
 * by URI and another by index), so for them only that indexes stay in range is checked.
 */
function assertReferencesResolve(log: SarifLog, exactArtifacts = true): void {
  log.runs.forEach((run, r) => {
    (run.results ?? []).forEach((result, k) => {
      const where = `runs[${r}].results[${k}]`;
      if (result.ruleIndex !== undefined || result.rule?.index !== undefined) {
        assert.equal(ruleOfResult(run, result)?.id, result.ruleId ?? result.rule?.id, `${where}: ruleIndex points at another rule`);
      }
      for (const taxon of result.taxa ?? []) {
        const taxonomy = run.taxonomies?.[taxon.toolComponent!.index!];
        assert.equal(taxonomy?.taxa?.[taxon.index!]?.id, taxon.id, `${where}: a taxon reference points at another taxon`);
      }
      for (const location of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
        const artifact = location.physicalLocation?.artifactLocation;
        if (artifact?.index !== undefined) {
          assert.ok(run.artifacts?.[artifact.index], `${where}: artifact index ${artifact.index} points past run.artifacts`);
          if (exactArtifacts && artifact.uri !== undefined) assert.equal(run.artifacts![artifact.index]!.location?.uri, artifact.uri, `${where}: artifact index points at another file`);
        }
      }
    });
  });
}

async function assertValid(file: string): Promise<void> {
  assert.deepEqual(sarifSchemaViolations(readJson(file)), [], `${file} breaks the SARIF schema`);
  if (multitoolSkip) return;
  const report = await validateWithMultitool(file);
  assert.deepEqual(report.errors, [], `sarif-multitool finds errors in ${file}:\n${describeIssues(report.errors)}`);
}

/** Results of the valid real logs by tool and category, and how many are byte-for-byte repeats there. */
function expectedFromInputs(files: string[]): { results: number; exactDuplicates: number; identities: Set<string> } {
  const seen = new Map<string, Set<string>>();
  let results = 0;
  let exactDuplicates = 0;
  for (const file of files) {
    for (const run of readJson<SarifLog>(file).runs) {
      const identity = `${run.tool.driver.name}\u0000${categoryOf(run.automationDetails?.id)}`;
      const set = seen.get(identity) ?? new Set<string>();
      seen.set(identity, set);
      for (const result of run.results ?? []) {
        results++;
        const text = JSON.stringify(result);
        if (set.has(text)) exactDuplicates++;
        set.add(text);
      }
    }
  }
  return { results, exactDuplicates, identities: new Set(seen.keys()) };
}

describe('merge of real SARIF logs', () => {
  test('the fixture folder is there (required under CI)', { skip: sharedSkip }, () => {
    assert.ok(sharedPresent, `../shared/fixtures/sarif-real is missing (${SHARED_SARIF}); under CI=true the real-SARIF tests must run`);
  });

  test('broken logs are reported by file and JSON path; every valid one is merged into one run per tool and category', { skip: sharedSkip }, async () => {
    const dir = tempDir();
    const { merged, problems } = await mergeSarifFiles(['*.sarif'], { cwd: SHARED_SARIF, checkoutRoot: dir });

    for (const [file, where] of Object.entries(BROKEN)) {
      const mine = problems.filter((p) => p.file === file);
      assert.ok(mine.length > 0, `${file} is reported`);
      const match = mine.find((p) => p.path === where.path);
      assert.ok(match, `${file}: a problem at ${where.path}; got ${mine.map((p) => p.path).join(', ')}`);
      assert.match(match.rule, where.rule);
      assert.match(match.message, where.message);
      assert.equal(match.level, 'error');
    }
    const syntax = problems.find((p) => p.file === 'sarif-sdk.invalid.JSON1001.SyntaxError.sarif')!;
    assert.deepEqual([syntax.line, syntax.column], [3, 3], 'the syntax error is placed at the stray comma');
    assert.deepEqual(new Set(problems.map((p) => p.file)), new Set(Object.keys(BROKEN)), 'only the broken logs are reported');

    const valid = fs.readdirSync(SHARED_SARIF).filter((f) => f.endsWith('.sarif') && !(f in BROKEN));
    assert.equal(merged.summary.inputs.length, valid.length);
    const expected = expectedFromInputs(valid.map((f) => path.join(SHARED_SARIF, f)));

    const out = path.join(dir, 'merged.sarif');
    await merged.write(out);
    const log = readJson<SarifLog>(out);
    const identities = log.runs.map((run) => `${run.tool.driver.name}\u0000${categoryOf(run.automationDetails?.id)}`);
    assert.equal(new Set(identities).size, identities.length, 'one run per tool and category');
    assert.deepEqual(new Set(identities), expected.identities);
    const total = log.runs.reduce((n, run) => n + (run.results?.length ?? 0), 0);
    assert.equal(expected.exactDuplicates, 1, 'osv-scanner\'s fixture repeats one result');
    assert.equal(total, expected.results - expected.exactDuplicates, 'every result is kept but exact duplicates');
    assert.equal(merged.summary.results, total);
    assert.equal(merged.summary.duplicates, 1);

    // Trivy reports two packages for one CVE at one place: different findings, both kept.
    const trivy = log.runs.find((run) => run.tool.driver.name === 'Trivy')!;
    assert.equal(trivy.results!.length, 4);
    // The two runs of "CodeQL command-line toolchain" and the three of Semgrep are one run each.
    assert.equal(merged.summary.runs.find((r) => r.tool === 'Semgrep OSS')!.sources, 3);
    assert.equal(merged.summary.runs.find((r) => r.tool === 'CodeQL command-line toolchain')!.sources, 2);
    assert.ok(merged.summary.notes.some((n) => /outside the checkout/.test(n) && n.includes('file:///C:/dev/sarif')), merged.summary.notes.join('\n'));

    assertReferencesResolve(log, false);
    // What was measured is what was written.
    assert.ok(merged.gzip.length <= 10 * 1024 * 1024);
    assert.ok(fs.readFileSync(out).equals(merged.toBuffer()));
    await assertValid(out);
  });

  test('mergeSarifFiles: the caller\'s logs first, then every valid file the patterns match; the broken ones as problems', { skip: sharedSkip }, async () => {
    const dir = tempDir();
    const own: SarifLog = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Assay scanners' } }, results: [{ ruleId: 'x', message: { text: 'm' } }] }] };
    const { merged, problems } = await mergeSarifFiles(['*.sarif', '!trivy.*', 'nothing-*.sarif'], { cwd: SHARED_SARIF, checkoutRoot: dir, logs: [{ name: 'assay scanners', log: own }] });
    assert.deepEqual(problems.filter((p) => p.file === 'nothing-*.sarif'), [{ file: 'nothing-*.sarif', path: '', rule: 'input', level: 'warning', message: 'no file matches this pattern' }]);
    assert.deepEqual(new Set(problems.filter((p) => p.file !== 'nothing-*.sarif').map((p) => p.file)), new Set(Object.keys(BROKEN)));
    const names = merged.summary.inputs.map((i) => i.file);
    assert.equal(names[0], 'assay scanners', 'the given logs come first');
    assert.ok(!names.includes('trivy.alpine-310.sarif'), 'excluded by the ! pattern');
    const valid = fs.readdirSync(SHARED_SARIF).filter((f) => f.endsWith('.sarif') && !(f in BROKEN) && !f.startsWith('trivy.'));
    assert.deepEqual(new Set(names.slice(1)), new Set(valid));
    for (const file of valid) {
      const original = readJson<SarifLog>(path.join(SHARED_SARIF, file));
      const input = merged.summary.inputs.find((i) => i.file === file)!;
      assert.equal(input.results, original.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0), `${file}: every result went in`);
    }
    assert.ok(merged.toLog().runs.some((r) => r.tool.driver.name === 'Assay scanners'));
  });

  test('fingerprints are filled where missing (as codeql-action computes them), never replaced', { skip: sharedSkip }, async () => {
    const dir = tempDir();
    // Semgrep writes `fingerprints` but no primaryLocationLineHash; its result is at line 9 of targets/taint/taint.py.
    const input = readJson<SarifLog>(path.join(SHARED_SARIF, 'semgrep.with_dataflow_traces.sarif'));
    const location = input.runs[0]!.results![0]!.locations![0]!.physicalLocation!;
    const uri = location.artifactLocation!.uri!;
    const line = location.region!.startLine!;
    const text = Array.from({ length: line + 3 }, (_, i) => `  line ${i + 1} of the checked-out file;\n`).join('');
    fs.mkdirSync(path.dirname(path.join(dir, uri)), { recursive: true });
    fs.writeFileSync(path.join(dir, uri), text);

    const { merged, problems } = await mergeSarifFiles(['semgrep.with_dataflow_traces.sarif', 'codeql-action.valid-sarif.sarif'], { cwd: SHARED_SARIF, checkoutRoot: dir });
    assert.deepEqual(problems, []);
    const log = merged.toLog();
    const results = log.runs.flatMap((r) => r.results ?? []);
    const semgrep = log.runs.find((r) => r.tool.driver.name === 'Semgrep OSS')!.results![0]!;
    assert.equal(semgrep.partialFingerprints?.primaryLocationLineHash, lineHashes(text)[line - 1], 'the result without a line hash got the hash of its line');
    assert.deepEqual(semgrep.fingerprints, input.runs[0]!.results![0]!.fingerprints, 'its own fingerprints stay');
    // valid-sarif's results come with hashes of their own (of files not in this checkout), which stay.
    const original = readJson<SarifLog>(path.join(SHARED_SARIF, 'codeql-action.valid-sarif.sarif'));
    for (const r of original.runs.flatMap((run) => run.results ?? [])) {
      assert.ok(results.some((m) => m.partialFingerprints?.primaryLocationLineHash === r.partialFingerprints?.primaryLocationLineHash), 'existing hash kept');
    }
    assert.equal(merged.summary.fingerprints.added, 1);
    assert.equal(merged.summary.fingerprints.kept, 3);
  });
});

// ---------------------------------------------------------------------------------------------

function codeqlLikeRun(options: { id: string; rules: string[]; extensionRules: string[]; taxa: string[]; files: string[]; results: Array<{ rule: string; ext?: boolean; taxon?: string; file: string; line: number; flow?: number }> }): SarifRun {
  return {
    tool: {
      driver: { name: 'CodeQL', semanticVersion: '2.20.1', rules: options.rules.map((id) => ({ id, shortDescription: { text: `rule ${id}` }, fullDescription: { text: `rule ${id} in full` }, help: { text: `help for ${id}` }, properties: { 'security-severity': '7.5' } })) },
      extensions: [
        { name: 'codeql/other-pack', rules: [{ id: 'other/rule', shortDescription: { text: 'other' }, fullDescription: { text: 'other rule' }, help: { text: 'other help' } }] },
        {
          name: 'codeql/js-queries',
          rules: options.extensionRules.map((id) => ({ id, shortDescription: { text: `rule ${id}` }, fullDescription: { text: `rule ${id} in full` }, help: { text: `help for ${id}` }, properties: { 'security-severity': '9.1' } })),
        },
      ],
    },
    taxonomies: [{ name: 'CWE', guid: '25f72b4a-8ffc-4e6a-8b38-9c1c5c1ae4a3', taxa: options.taxa.map((id) => ({ id, shortDescription: { text: id } })) }],
    artifacts: options.files.map((uri) => ({ location: { uri, uriBaseId: '%SRCROOT%' } })),
    automationDetails: { id: options.id },
    results: options.results.map((r) => {
      const rules = r.ext ? options.extensionRules : options.rules;
      const index = rules.indexOf(r.rule);
      const fileIndex = options.files.indexOf(r.file);
      const result: SarifResult = {
        ruleId: r.rule,
        ...(r.ext ? { rule: { id: r.rule, index, toolComponent: { index: 1 } } } : { ruleIndex: index }),
        message: { text: `${r.rule} at ${r.file}:${r.line}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%', index: fileIndex }, region: { startLine: r.line } } }],
        partialFingerprints: { primaryLocationLineHash: `${r.file}:${r.line}:1` },
      };
      if (r.taxon) result.taxa = [{ id: r.taxon, index: options.taxa.indexOf(r.taxon), toolComponent: { index: 0 } }];
      if (r.flow) {
        result.codeFlows = [{ threadFlows: [{ locations: Array.from({ length: r.flow }, (_, i) => ({ location: { physicalLocation: { artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%', index: fileIndex }, region: { startLine: i + 1 } } } })) }] }];
      }
      return result;
    }),
  };
}

const log = (...runs: SarifRun[]): SarifLog => ({ version: '2.1.0', runs });

describe('merge of runs that share a tool and category', () => {
  test('"x/" and "x/run-1" are one category: combined into one run, every reference rewritten to the merged tables', async () => {
    const dir = tempDir();
    const a = codeqlLikeRun({
      id: 'x/',
      rules: ['js/a', 'js/b'],
      extensionRules: ['js/ext-1', 'js/ext-2'],
      taxa: ['CWE-79', 'CWE-89'],
      files: ['src/a.js', 'src/b.js'],
      results: [
        { rule: 'js/b', file: 'src/b.js', line: 3, taxon: 'CWE-89' },
        { rule: 'js/ext-2', ext: true, file: 'src/a.js', line: 7, taxon: 'CWE-79' },
      ],
    });
    const b = codeqlLikeRun({
      id: 'x/run-1',
      rules: ['js/c', 'js/b'],
      extensionRules: ['js/ext-3', 'js/ext-1'],
      taxa: ['CWE-22', 'CWE-79'],
      files: ['lib/c.js', 'src/a.js'],
      results: [
        { rule: 'js/c', file: 'lib/c.js', line: 1, taxon: 'CWE-22' },
        { rule: 'js/b', file: 'src/a.js', line: 9 },
        { rule: 'js/ext-1', ext: true, file: 'src/a.js', line: 11, taxon: 'CWE-79' },
        { rule: 'js/ext-3', ext: true, file: 'lib/c.js', line: 2, flow: 3 },
      ],
    });
    // Same tool, another category; another tool, same category.
    const c = codeqlLikeRun({ id: 'y/', rules: ['js/a'], extensionRules: [], taxa: [], files: ['src/a.js'], results: [{ rule: 'js/a', file: 'src/a.js', line: 1 }] });
    const d: SarifRun = { tool: { driver: { name: 'Semgrep', rules: [{ id: 's1', shortDescription: { text: 's' }, fullDescription: { text: 's1' }, help: { text: 'h' } }] } }, automationDetails: { id: 'x/' }, results: [{ ruleId: 's1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 2 } } }] }] };
    const inputA = log(a, c);
    const before = JSON.stringify(inputA);
    const { merged, problems } = await mergeSarifLogs([{ name: 'a.sarif', log: inputA }, { name: 'b.sarif', log: log(b, d) }], { checkoutRoot: dir, fingerprints: false });
    assert.deepEqual(problems, []);
    assert.equal(JSON.stringify(inputA), before, 'the caller\'s logs are not changed');

    const out = path.join(dir, 'merged.sarif');
    await merged.write(out);
    const result = readJson<SarifLog>(out);
    assert.deepEqual(
      result.runs.map((r) => [r.tool.driver.name, r.automationDetails?.id]),
      [['CodeQL', 'x/'], ['CodeQL', 'y/'], ['Semgrep', 'x/']],
    );
    const x = result.runs[0]!;
    assert.deepEqual(x.tool.driver.rules!.map((r) => r.id), ['js/a', 'js/b', 'js/c']);
    assert.deepEqual(x.tool.extensions!.map((e) => e.name), ['codeql/other-pack', 'codeql/js-queries']);
    assert.deepEqual(x.tool.extensions![1]!.rules!.map((r) => r.id), ['js/ext-1', 'js/ext-2', 'js/ext-3']);
    assert.deepEqual(x.taxonomies![0]!.taxa!.map((t) => t.id), ['CWE-79', 'CWE-89', 'CWE-22']);
    assert.deepEqual(x.artifacts!.map((f) => f.location!.uri), ['src/a.js', 'src/b.js', 'lib/c.js']);
    assert.equal(x.results!.length, 6);
    assertReferencesResolve(result);
    // The code flow of the later run points at the merged artifact table too.
    const flow = x.results!.find((r) => r.ruleId === 'js/ext-3')!.codeFlows![0]!.threadFlows[0]!.locations![0]!.location!.physicalLocation!.artifactLocation!;
    assert.equal(x.artifacts![flow.index!]!.location!.uri, 'lib/c.js');
    assert.ok(merged.summary.notes.some((n) => n.startsWith('2 runs of "CodeQL" in category "x"')), merged.summary.notes.join('\n'));
    await assertValid(out);
  });

  test('a run with no category and one whose id has no "/" are the same (empty) category', async () => {
    const dir = tempDir();
    const run = (id: string | undefined, ruleId: string): SarifRun => ({
      tool: { driver: { name: 'T', rules: [{ id: ruleId, shortDescription: { text: ruleId }, fullDescription: { text: ruleId }, help: { text: ruleId } }] } },
      ...(id === undefined ? {} : { automationDetails: { id } }),
      results: [{ ruleId, ruleIndex: 0, message: { text: ruleId }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }] }],
    });
    const { merged } = await mergeSarifLogs([{ name: 'a', log: log(run(undefined, 'r1'), run('nightly-2025', 'r2')) }], { checkoutRoot: dir, fingerprints: false });
    const out = merged.toLog();
    assert.equal(out.runs.length, 1);
    assert.equal(out.runs[0]!.automationDetails, undefined, 'no category: no automationDetails');
    assert.deepEqual(out.runs[0]!.results!.map((r) => [r.ruleId, out.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id]), [['r1', 'r1'], ['r2', 'r2']]);
  });

  test('duplicates (same rule, location and fingerprint) are dropped, keeping the one that says more in the first one\'s place', async () => {
    const dir = tempDir();
    const base = codeqlLikeRun({
      id: 'x/',
      rules: ['js/a'],
      extensionRules: [],
      taxa: [],
      files: ['a.js'],
      results: [
        { rule: 'js/a', file: 'a.js', line: 1 },
        { rule: 'js/a', file: 'a.js', line: 2 },
      ],
    });
    const richer = codeqlLikeRun({ id: 'x/', rules: ['js/a'], extensionRules: [], taxa: [], files: ['a.js'], results: [{ rule: 'js/a', file: 'a.js', line: 1, flow: 2 }] });
    const { merged } = await mergeSarifLogs([{ name: 'a', log: log(base) }, { name: 'b', log: log(richer, structuredClone(base)) }], { checkoutRoot: dir, fingerprints: false });
    const out = merged.toLog();
    assert.equal(out.runs.length, 1);
    assert.equal(out.runs[0]!.results!.length, 2);
    assert.equal(merged.summary.duplicates, 3);
    // Equal severity: original order; the line-1 result is the one with the code flow.
    assert.equal(out.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine, 1);
    assert.ok(out.runs[0]!.results![0]!.codeFlows, 'the duplicate with a code flow won');
  });

  test('absolute file URIs inside the checkout become relative under %SRCROOT%; outside ones are kept and reported', async () => {
    const dir = tempDir();
    const inside = pathToFileURL(path.join(dir, 'src', 'my file.js')).href;
    const run: SarifRun = {
      tool: { driver: { name: 'T', rules: [{ id: 'r', shortDescription: { text: 'r' }, fullDescription: { text: 'r' }, help: { text: 'r' } }] } },
      originalUriBaseIds: { SRC: { uri: pathToFileURL(path.join(dir, 'pkg')).href + '/' } },
      results: [
        { ruleId: 'r', message: { text: 'inside' }, locations: [{ physicalLocation: { artifactLocation: { uri: inside }, region: { startLine: 1 } } }] },
        { ruleId: 'r', message: { text: 'base' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'lib/x.js', uriBaseId: 'SRC' }, region: { startLine: 1 } } }] },
        { ruleId: 'r', message: { text: 'outside' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///elsewhere/y.js' }, region: { startLine: 1 } } }] },
      ],
    };
    const { merged } = await mergeSarifLogs([{ name: 'a', log: log(run) }], { checkoutRoot: dir, fingerprints: false });
    const out = merged.toLog();
    const uris = out.runs[0]!.results!.map((r) => [r.message.text, r.locations![0]!.physicalLocation!.artifactLocation]);
    assert.deepEqual(uris, [
      ['inside', { uri: 'src/my%20file.js', uriBaseId: '%SRCROOT%' }],
      ['base', { uri: 'pkg/lib/x.js', uriBaseId: '%SRCROOT%' }],
      ['outside', { uri: 'file:///elsewhere/y.js' }],
    ]);
    assert.equal(out.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri, pathToFileURL(dir).href + '/');
    assert.ok(merged.summary.notes.some((n) => n.includes('file:///elsewhere/y.js')));
  });
});

describe('merge of large inputs on worker threads', () => {
  test('the same log, byte for byte, whether the files are read on worker threads or the main thread', async () => {
    const dir = tempDir();
    const files = generateBenchFiles(path.join(dir, 'in'), 800).map((g) => ({ path: g.file, name: path.basename(g.file) }));
    const merge = async (workers: number, mainThreadIngests = true) => {
      const merger = new SarifMerger({ checkoutRoot: dir, parallel: { workers, minBytesForWorkers: 0, mainThreadIngests } });
      assert.equal(await merger.addFiles(files), files.length);
      if (!mainThreadIngests) assert.ok(merger.workersUsed >= 1, 'the worker threads took every file');
      assert.deepEqual(merger.problems, []);
      return merger.finish();
    };
    const inThread = await merge(0);
    const onWorkers = await merge(2, false);
    // Worker threads and the main thread side by side (who takes which file is up to timing).
    const mixed = await merge(2);
    assert.ok(mixed.toBuffer().equals(inThread.toBuffer()), 'same bytes, main thread and workers together');
    assert.ok(onWorkers.toBuffer().equals(inThread.toBuffer()), 'same bytes');
    assert.ok(onWorkers.gzip.equals(inThread.gzip), 'same gzip');
    assert.deepEqual(onWorkers.summary, inThread.summary);
    assert.equal(inThread.summary.resultsIn, 3_200);
    assert.equal(inThread.summary.duplicates, 40, 'the two Semgrep shards overlap by 5 %');
    const out = path.join(dir, 'merged.sarif');
    await onWorkers.write(out);
    await assertValid(out);
  });
});

describe('countText', () => {
  test('writes counts as toLocaleString(\'en-US\') does', () => {
    for (const x of [0, 1, 12, 999, 1000, 12_345, 123_456, 1_234_567, 25_000, -1_234, 2 ** 53 - 1, 2 ** 53 + 2, 1.5, -0.25]) {
      assert.equal(countText(x), x.toLocaleString('en-US'), String(x));
    }
  });
});
