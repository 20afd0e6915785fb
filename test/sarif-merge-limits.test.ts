import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as zlib from 'node:zlib';
import { GITHUB_LIMITS } from '../lib/sarif/github-limits';
import { mergeSarifFiles } from '../lib/sarif/merge';
import { rankOf, securitySeverityOf } from '../lib/sarif/result-record';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import type { SarifLog, SarifResult, SarifRule, SarifRun } from '../lib/sarif/types';
import { runProcess } from '../lib/process/run-process';
import { describeIssues, findMultitool, multitoolSkipReason, validateWithMultitool, type MultitoolIssue } from './support/sarif-multitool';

/**
 * Each of GitHub's limits exceeded by a generated log, at GitHub's real numbers: what the merge
 * cuts, what it keeps (the most severe), what it says, and that the output is still valid (our
 * schema check and sarif-multitool).
 */

const multitoolSkip = multitoolSkipReason();

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sarif-limits-'));
}

/** Rules by severity: a security-severity score, or none (ranked by level only). */
const SEVERITY_RULES: Array<{ id: string; score?: string; level: 'error' | 'warning' | 'note' }> = [
  { id: 'sec/critical', score: '9.8', level: 'error' },
  { id: 'sec/high', score: '7.5', level: 'error' },
  { id: 'sec/medium', score: '5.0', level: 'warning' },
  { id: 'sec/low', score: '2.0', level: 'note' },
  { id: 'lint/warning', level: 'warning' },
];

function rule(id: string, extra: Partial<SarifRule> = {}): SarifRule {
  return { id, shortDescription: { text: `Rule ${id}` }, fullDescription: { text: `What rule ${id} finds.` }, help: { text: `How to fix ${id}.` }, ...extra };
}

function severityRun(tool: string, category: string | undefined, counts: Record<string, number>, message: (i: number) => string = (i) => `finding ${i}`): SarifRun {
  const rules = SEVERITY_RULES.map((r) => rule(r.id, { defaultConfiguration: { level: r.level }, ...(r.score ? { properties: { 'security-severity': r.score } } : {}) }));
  const results: SarifResult[] = [];
  let i = 0;
  for (const [id, count] of Object.entries(counts)) {
    const ruleIndex = SEVERITY_RULES.findIndex((r) => r.id === id);
    for (let k = 0; k < count; k++, i++) {
      results.push({
        ruleId: id,
        ruleIndex,
        message: { text: message(i) },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/file-${i % 97}.js`, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 + i } } }],
        partialFingerprints: { primaryLocationLineHash: `${i.toString(16)}:1` },
      });
    }
  }
  // Interleave severities, so keeping the most severe is a choice, not the original order.
  results.sort((a, b) => (a.locations![0]!.physicalLocation!.region!.startLine! * 7919) % 1009 - (b.locations![0]!.physicalLocation!.region!.startLine! * 7919) % 1009);
  return { tool: { driver: { name: tool, rules } }, ...(category ? { automationDetails: { id: `${category}/` } } : {}), results };
}

function write(dir: string, name: string, runs: SarifRun[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs } satisfies SarifLog));
  return file;
}

function rankOfResult(run: SarifRun, result: SarifResult): number {
  const r = run.tool.driver.rules![result.ruleIndex!]!;
  return rankOf(securitySeverityOf(r.properties), result.level ?? r.defaultConfiguration?.level ?? 'warning');
}

async function assertValid(file: string): Promise<void> {
  assert.deepEqual(sarifSchemaViolations(JSON.parse(fs.readFileSync(file, 'utf8'))), [], `${file} breaks the SARIF schema`);
  if (multitoolSkip) return;
  const report = fs.statSync(file).size > 9_000_000 ? await largeFileErrors(file) : (await validateWithMultitool(file)).errors;
  assert.deepEqual(report, [], `sarif-multitool finds errors in ${file}:\n${describeIssues(report)}`);
}

/**
 * sarif-multitool skips files over 10,000 KB unless told otherwise, and a log at GitHub's 10 MB
 * gzipped limit is larger than that unzipped: the same validation with the threshold raised.
 */
async function largeFileErrors(file: string): Promise<MultitoolIssue[]> {
  const found = findMultitool();
  if ('missing' in found) throw new Error(found.missing);
  const output = path.join(tempDir(), 'validation.sarif');
  const run = await runProcess(
    found.path,
    ['validate', file, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error', '--max-file-size-in-kb', '1000000'],
    { timeoutMs: 300_000 },
  );
  if (run.exitCode !== 0 || !fs.existsSync(output)) throw new Error(`sarif-multitool validate failed (${run.exitCode}): ${run.stdout}${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as SarifLog;
  const runResult = report.runs[0]!;
  assert.ok(runResult.invocations?.every((i) => i.executionSuccessful), `sarif-multitool could not validate ${file}: ${run.stdout}`);
  return (runResult.results ?? [])
    .filter((r) => (r.level ?? 'warning') === 'error')
    .map((r) => ({ ruleId: r.ruleId ?? '?', level: 'error' as const, message: r.message.text ?? r.message.arguments?.join(' ') ?? '' }));
}

describe('GitHub limits, applied by the merge', () => {
  test(`results per run: ${GITHUB_LIMITS.resultsPerRun.toLocaleString('en-US')}, the most severe kept, most severe first`, async () => {
    const dir = tempDir();
    const input = write(dir, 'many.sarif', [severityRun('Scanner', 'scan', { 'sec/critical': 30, 'sec/high': 200, 'sec/medium': 20_000, 'sec/low': 4_800, 'lint/warning': 100 })]);
    const { merged, problems } = await mergeSarifFiles([input], { checkoutRoot: dir, fingerprints: false });
    assert.deepEqual(problems, []);
    const out = path.join(dir, 'out.sarif');
    await merged.write(out);
    const run = (JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLog).runs[0]!;
    assert.equal(run.results!.length, GITHUB_LIMITS.resultsPerRun);
    const count = (id: string) => run.results!.filter((r) => r.ruleId === id).length;
    // 25,130 in: 130 of the low ones go (a lint warning without a score is medium on the suite's scale).
    assert.deepEqual([count('sec/critical'), count('sec/high'), count('sec/medium'), count('sec/low'), count('lint/warning')], [30, 200, 20_000, 4_670, 100]);
    const ranks = run.results!.map((r) => rankOfResult(run, r));
    assert.ok(ranks.every((r, i) => i === 0 || ranks[i - 1]! >= r), 'most severe first');
    const cut = merged.summary.cuts.find((c) => c.limit === 'resultsPerRun')!;
    assert.equal(cut.removed, 130);
    assert.match(cut.message, /"Scanner" in category "scan" had 25,130 results, GitHub takes 25,000 per run: kept the 25,000 most severe, dropped 130 \(130 low\)/);
    await assertValid(out);
  });

  test(`runs per file: ${GITHUB_LIMITS.runsPerFile}, those with the most severe results kept, the others named`, async () => {
    const dir = tempDir();
    const runs = Array.from({ length: 22 }, (_, i) => severityRun(`Tool ${i}`, undefined, i === 5 ? { 'sec/low': 3 } : i === 9 ? { 'lint/warning': 1 } : { 'sec/high': 1, 'sec/medium': 2 }));
    const input = write(dir, 'runs.sarif', runs);
    const { merged } = await mergeSarifFiles([input], { checkoutRoot: dir, fingerprints: false });
    const out = path.join(dir, 'out.sarif');
    await merged.write(out);
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLog;
    assert.equal(log.runs.length, GITHUB_LIMITS.runsPerFile);
    const names = log.runs.map((r) => r.tool.driver.name);
    assert.ok(!names.includes('Tool 5') && !names.includes('Tool 9'), names.join(', '));
    assert.deepEqual(names, runs.map((r) => r.tool.driver.name).filter((n) => n !== 'Tool 5' && n !== 'Tool 9'), 'the kept runs stay in their order');
    const cut = merged.summary.cuts.find((c) => c.limit === 'runsPerFile')!;
    assert.match(cut.message, /22 runs, GitHub takes 20 per file: kept the 20 with the most severe results, dropped "Tool 5" \(no category\) \(3 results: 3 low\), "Tool 9" \(no category\) \(1 results: 1 medium\)\./);
    await assertValid(out);
  });

  test('per result and per rule: locations, thread-flow steps, tags, rule names and descriptions, rules and extensions per run', async () => {
    const dir = tempDir();
    const loc = (line: number) => ({ physicalLocation: { artifactLocation: { uri: 'src/a.js', uriBaseId: '%SRCROOT%' }, region: { startLine: line } } });
    const used = rule('used', { name: 'N'.repeat(300), shortDescription: { text: 'S'.repeat(1_500) }, fullDescription: { text: 'F'.repeat(2_000), markdown: 'M'.repeat(2_000) }, properties: { tags: Array.from({ length: 25 }, (_, i) => `tag-${i}`), 'security-severity': '8.0' } });
    const unused = Array.from({ length: GITHUB_LIMITS.rulesPerRun + 9 }, (_, i) => ({ id: `unused-${i}` }));
    const extensions = Array.from({ length: GITHUB_LIMITS.toolExtensionsPerRun + 2 }, (_, i) => ({ name: `pack-${i}`, rules: i === 50 ? [rule('ext-used')] : [] }));
    const run: SarifRun = {
      tool: { driver: { name: 'Big', rules: [...unused, used] }, extensions },
      results: [
        { ruleId: 'used', ruleIndex: unused.length, message: { text: 'many locations' }, locations: Array.from({ length: GITHUB_LIMITS.locationsPerResult + 5 }, (_, i) => loc(i + 1)) },
        {
          ruleId: 'used',
          ruleIndex: unused.length,
          message: { text: 'long path' },
          locations: [loc(2)],
          codeFlows: [{ threadFlows: [{ locations: Array.from({ length: GITHUB_LIMITS.threadFlowLocationsPerResult + 10 }, (_, i) => ({ location: loc(i + 1), executionOrder: i })) }] }],
        },
        { ruleId: 'ext-used', rule: { id: 'ext-used', index: 0, toolComponent: { index: 50 } }, message: { text: 'from an extension' }, locations: [loc(3)] },
      ],
    };
    const input = write(dir, 'big.sarif', [run]);
    const { merged, problems } = await mergeSarifFiles([input], { checkoutRoot: dir, fingerprints: false });
    assert.deepEqual(problems, []);
    const out = path.join(dir, 'out.sarif');
    await merged.write(out);
    const result = (JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLog).runs[0]!;

    const many = result.results!.find((r) => r.message.text === 'many locations')!;
    assert.equal(many.locations!.length, GITHUB_LIMITS.locationsPerResult);
    assert.equal(many.locations!.at(-1)!.physicalLocation!.region!.startLine, GITHUB_LIMITS.locationsPerResult, 'the first ones are kept');
    const flow = result.results!.find((r) => r.message.text === 'long path')!.codeFlows![0]!.threadFlows[0]!.locations!;
    assert.equal(flow.length, GITHUB_LIMITS.threadFlowLocationsPerResult);
    assert.equal(flow.at(-1)!.executionOrder, GITHUB_LIMITS.threadFlowLocationsPerResult + 9, 'the path still ends at its last step');
    assert.equal(flow.at(-2)!.executionOrder, GITHUB_LIMITS.threadFlowLocationsPerResult - 2);

    const rules = result.tool.driver.rules!;
    assert.equal(rules.length + result.tool.extensions!.reduce((n, e) => n + (e.rules?.length ?? 0), 0), GITHUB_LIMITS.rulesPerRun);
    const kept = rules.find((r) => r.id === 'used')!;
    assert.equal(kept.name!.length, GITHUB_LIMITS.ruleNameChars);
    assert.ok(kept.name!.endsWith('…'));
    assert.equal(kept.shortDescription!.text.length, GITHUB_LIMITS.ruleDescriptionChars);
    assert.equal(kept.fullDescription!.text.length, GITHUB_LIMITS.ruleDescriptionChars);
    assert.equal(kept.fullDescription!.markdown!.length, GITHUB_LIMITS.ruleDescriptionChars);
    assert.deepEqual(kept.properties!.tags, Array.from({ length: 20 }, (_, i) => `tag-${i}`));
    assert.equal(result.tool.extensions!.length, GITHUB_LIMITS.toolExtensionsPerRun);
    // Rules moved (unused ones before them were dropped): every reference follows.
    for (const r of result.results!) {
      const component = r.rule?.toolComponent ? result.tool.extensions![r.rule.toolComponent.index!]! : result.tool.driver;
      assert.equal(component.rules![r.ruleIndex ?? r.rule!.index!]!.id, r.ruleId);
    }

    const messages = merged.summary.cuts.map((c) => c.message).join('\n');
    for (const expected of [
      /1 result had more than 1,000 locations, GitHub's limit per result: kept the first 1,000 of each, 5 locations dropped\./,
      /1 result had more than 10,000 thread-flow locations, GitHub's limit per result: kept the first steps of each path and its last one, 10 steps dropped\./,
      /1 rule had more than 20 tags, GitHub's limit: kept the first 20, 5 tags dropped\./,
      /1 rule name longer than 255 characters, GitHub's limit, shortened\./,
      /2 rule descriptions longer than 1,024 characters, GitHub's limit, shortened\./,
      /"Big" \(no category\) had more than 25,000 rules, GitHub's limit per run: dropped 11 rules no result uses\./,
      /"Big" \(no category\) had more than 100 tool extensions, GitHub's limit: dropped 2 extensions no result uses\./,
    ]) {
      assert.match(messages, expected);
    }
    await assertValid(out);
  });

  test('10 MB gzipped: the least severe results dropped until it fits, measured exactly', async () => {
    const dir = tempDir();
    // Random text hardly compresses: ~20 MB of it is well over 10 MB gzipped.
    const noise = (i: number) => `finding ${i}: ${randomBytes(600).toString('base64')}`;
    const input = write(dir, 'large.sarif', [
      severityRun('Scanner', 'one', { 'sec/critical': 2_000, 'sec/high': 4_000, 'sec/medium': 6_000 }, noise),
      severityRun('Scanner', 'two', { 'sec/high': 3_000, 'sec/low': 8_000 }, noise),
    ]);
    assert.ok(zlib.gzipSync(fs.readFileSync(input)).length > GITHUB_LIMITS.gzippedBytes, 'the input is over the limit');
    const { merged } = await mergeSarifFiles([input], { checkoutRoot: dir, fingerprints: false });
    const out = path.join(dir, 'out.sarif');
    await merged.write(out);
    const bytes = fs.readFileSync(out);
    assert.ok(merged.gzip.length <= GITHUB_LIMITS.gzippedBytes, `${merged.gzip.length} bytes gzipped`);
    assert.ok(zlib.gunzipSync(merged.gzip).equals(bytes), 'the gzip measured is the gzip of the file written');
    assert.ok(zlib.gzipSync(bytes).length <= GITHUB_LIMITS.gzippedBytes, 'plain gzip of the file fits too');
    // Close to the limit: not more was dropped than needed (one result is about 0.6 KB gzipped).
    assert.ok(merged.gzip.length > GITHUB_LIMITS.gzippedBytes - 64 * 1024, `${merged.gzip.length} bytes: too much was dropped`);

    const log = JSON.parse(bytes.toString('utf8')) as SarifLog;
    const keptRanks = log.runs.flatMap((run) => run.results!.map((r) => rankOfResult(run, r)));
    const cut = merged.summary.cuts.find((c) => c.limit === 'gzippedBytes')!;
    assert.equal(keptRanks.length + cut.removed, 23_000);
    // What went is the least severe, from whichever run: about 6,000 of the 8,000 low ones.
    const kept = (id: string) => log.runs.flatMap((r) => r.results!).filter((r) => r.ruleId === id).length;
    assert.deepEqual([kept('sec/critical'), kept('sec/high'), kept('sec/medium')], [2_000, 7_000, 6_000]);
    assert.equal(kept('sec/low'), 8_000 - cut.removed);
    assert.deepEqual(cut.bySeverity, { low: cut.removed });
    assert.match(cut.message, /^The log was over 10\.00 MB gzipped, GitHub's limit: dropped the [\d,]+ least severe results \([^)]*\) to bring it to 10\.00 MB\.$/);
    await assertValid(out);
  });
});
