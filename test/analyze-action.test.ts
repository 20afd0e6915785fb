/**
 * End-to-end tests of the analyze action: its committed bundle (actions/analyze/dist) run the
 * way the GitHub runner runs it (test/support/local-runner.ts), and the `assay analyze` command
 * (bin/assay.js → dist/cli). Everything is checked as a user sees it: the exit code, the step's
 * outputs, annotations and job summary, and the files analysis.json and analysis.sarif.
 *
 * The tools are the real ones (ESLint and TypeScript installed by the action into the shared
 * tool cache ASSAY_TOOL_CACHE, pylint, mypy and shellcheck from Debian, clippy from rustup). The
 * sample project's planted defects are listed in sample/expected-findings.json. A missing tool
 * skips a test with the reason, except under CI=true, where it fails it.
 *
 * Projects are copied into a temporary workspace first: nothing runs inside the repository.
 * process.env is never changed; every run gets its environment passed in.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { provisionAssayNpmTools } from '../actions/analyze/provision/npm-tools';
import { createConsoleLogger } from '../lib/action/logger';
import { runProcess, type ProcessResult } from '../lib/process/run-process';
import { schemaViolations } from '../lib/schema/validate';
import type { SarifInvocation, SarifLog, SarifRun } from '../lib/sarif/types';
import { eventContext } from './support/event-payloads';
import { REPO_ROOT, runLocalAction, type LocalRunOptions, type LocalRunResult } from './support/local-runner';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';
import type { Annotation } from './support/workflow-commands';

const SAMPLE = path.join(REPO_ROOT, 'sample');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/analyze');
const FAKE_TOOLS = path.join(FIXTURES, 'action/fake-tools');
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';
const BIN = path.join(REPO_ROOT, 'bin/assay.js');

/** The linters of analyze (the complexity measures run beside them but report no findings). */
const ANALYZE_TOOLS = ['eslint', 'tsc', 'pylint', 'mypy', 'clippy', 'shellcheck'] as const;
const ALL_TOOLS = ['clippy', 'tsc', 'pylint', 'mypy', 'eslint', 'eslint-complexity', 'pylint-complexity', 'shellcheck'];

/**
 * stockctl cannot resolve its crates offline, and offline makes that fast; the tool cache is
 * shared by every run of this file (and with test/analyze-js-ts.test.ts), so ESLint and
 * TypeScript are installed once.
 */
const RUN_ENV = { CARGO_NET_OFFLINE: 'true', ASSAY_TOOL_CACHE: TOOL_CACHE };

/**
 * Seconds each tool gets in the crash/hang/garbage test. The hung mypy must be stopped well
 * before its 60 s sleep ends, and the real tsc, ESLint and clippy that run beside it must finish:
 * tsc alone took 2.8 s there on an idle 2-core machine and 6.8 s while other suites ran, so a 3 s
 * limit would stop them too now and then.
 */
const HANG_TIMEOUT_S = 10;

// ---------------------------------------------------------------------------------------------
// What the sample should give

interface ExpectedFinding {
  tool: string;
  rule: string;
  file: string;
  line: number;
}

const EXPECTED = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as ExpectedFinding[]).filter((f) =>
  (ANALYZE_TOOLS as readonly string[]).includes(f.tool),
);

const key = (tool: string, rule: string, file: string, line: number) => `${tool} ${rule} ${file}:${line}`;

/** The sample's expected findings of these tools, as sorted `tool rule file:line` keys. */
function expectedKeys(tools: readonly string[] = ANALYZE_TOOLS): string[] {
  return EXPECTED.filter((f) => tools.includes(f.tool))
    .map((f) => key(f.tool, f.rule, f.file, f.line))
    .sort();
}

const expectedCount = (tool: string) => EXPECTED.filter((f) => f.tool === tool).length;

/**
 * The sample's findings by severity, checked by hand against the tools' levels: ESLint (the
 * sample's config sets its rules to "error"), tsc and mypy errors are high; pylint W-messages,
 * clippy warnings and ShellCheck warnings are medium; pylint R-messages and SC2086 (info) are low.
 */
const SAMPLE_BY_SEVERITY = { critical: 0, high: 11, medium: 10, low: 4, note: 0 };

// ---------------------------------------------------------------------------------------------
// analysis.json, as far as these tests read it

interface DocFinding {
  tool: string;
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  severity: string;
  message: string;
  line: number;
}

interface AnalysisJson {
  root: string;
  languages: string[];
  tools: { name: string; version?: string; status: string; reason?: string; detail?: string; notes?: string[]; durationMs: number; findings: number }[];
  files: { path: string; findings: DocFinding[]; functions?: { name: string; line: number; complexity: number }[] }[];
  totals: { findings: number; errors: number; bySeverity: Record<string, number>; files: number; coverage?: { percent: number } };
}

function findingsOf(doc: AnalysisJson): (DocFinding & { file: string })[] {
  return doc.files.flatMap((f) => f.findings.map((x) => ({ ...x, file: f.path })));
}

function findingKeys(doc: AnalysisJson): string[] {
  return findingsOf(doc)
    .map((f) => key(f.tool, f.ruleId, f.file, f.line))
    .sort();
}

function tool(doc: AnalysisJson, name: string) {
  const entry = doc.tools.find((t) => t.name === name);
  assert.ok(entry, `analysis.json tools[] has ${name}: ${doc.tools.map((t) => t.name).join(', ')}`);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Prerequisites: checked once, before the tests, so no test's time includes an install

type Need = 'pylint' | 'mypy' | 'shellcheck' | 'clippy' | 'git' | 'setsid' | 'eslint+tsc';
const SAMPLE_NEEDS: Need[] = ['eslint+tsc', 'pylint', 'mypy', 'shellcheck', 'clippy'];

const quiet = createConsoleLogger({ write: () => {} });

async function commandMissing(command: string, args: string[]): Promise<string | undefined> {
  try {
    const r = await runProcess(command, args, { timeoutMs: 60_000 });
    return r.exitCode === 0 ? undefined : `\`${command} ${args.join(' ')}\` exited with ${r.exitCode}: ${r.stderr.trim().split('\n')[0]}`;
  } catch (err) {
    return (err as Error).message;
  }
}

const PROBES: Record<Need, () => Promise<string | undefined>> = {
  pylint: () => commandMissing('pylint', ['--version']),
  mypy: () => commandMissing('mypy', ['--version']),
  shellcheck: () => commandMissing('shellcheck', ['--version']),
  clippy: () => commandMissing('cargo', ['clippy', '--version']),
  git: () => commandMissing('git', ['--version']),
  setsid: () => commandMissing('setsid', ['--version']),
  // The same pinned set the action installs, into the same cache, so its runs find it there.
  'eslint+tsc': () =>
    provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log: quiet }).then(
      () => undefined,
      (err: Error) => `ESLint/TypeScript could not be installed into ${TOOL_CACHE}: ${err.message}`,
    ),
};
const probed = new Map<Need, Promise<string | undefined>>();
const probe = (need: Need) => {
  if (!probed.has(need)) probed.set(need, PROBES[need]());
  return probed.get(need)!;
};

before(async () => {
  await Promise.all((Object.keys(PROBES) as Need[]).map(probe));
});

/** True when every tool is here; otherwise the test is skipped with the reason, or fails under CI=true. */
async function ready(t: TestContext, needs: readonly Need[]): Promise<boolean> {
  const missing = (await Promise.all(needs.map(probe))).filter((m): m is string => m !== undefined);
  if (missing.length === 0) return true;
  if (IN_CI) assert.fail(`CI=true, and this test needs what is missing: ${missing.join('; ')}`);
  t.skip(`missing here: ${missing.join('; ')}`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Running the action

/** A fresh folder under the system's temp folder, removed when the test ends. */
function tempDir(t: TestContext, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function copySample(workspace: string, name = 'sample'): string {
  const dir = path.join(workspace, name);
  fs.cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

interface ActionRun {
  result: LocalRunResult;
  workspace: string;
  ms: number;
  /** analysis.json and analysis.sarif, when the action named them in its outputs. */
  doc?: AnalysisJson;
  sarif?: SarifLog;
}

/** Runs actions/analyze from its committed dist in `workspace` (a fresh one by default). */
async function runAnalyze(
  t: TestContext,
  label: string,
  options: { workspace?: string; project?: (workspace: string) => void; inputs: Record<string, string>; env?: Record<string, string>; event?: LocalRunOptions['event'] },
): Promise<ActionRun> {
  const workspace = options.workspace ?? tempDir(t, 'assay-analyze-ws-');
  options.project?.(workspace);
  const started = performance.now();
  const result = await runLocalAction({
    actionDir: 'actions/analyze',
    workspace,
    inputs: options.inputs,
    env: { ...RUN_ENV, ...options.env },
    ...(options.event ? { event: options.event } : {}),
  });
  const ms = Math.round(performance.now() - started);
  // The runner's own scratch folder (event, file commands, RUNNER_TEMP) sits beside the workspace.
  t.after(() => fs.rmSync(path.dirname(result.runnerTemp), { recursive: true, force: true }));
  t.diagnostic(`${label}: exit ${result.exitCode} after ${ms} ms${result.note ? ` (${result.note})` : ''}`);
  const run: ActionRun = { result, workspace, ms };
  const analysisFile = result.outputs['analysis-file'];
  const sarifFile = result.outputs['sarif-file'];
  if (analysisFile) run.doc = JSON.parse(fs.readFileSync(analysisFile, 'utf8')) as AnalysisJson;
  if (sarifFile) run.sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as SarifLog;
  return run;
}

/** What the step printed, for assertion messages. */
const logOf = (r: LocalRunResult) => `--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

/** Annotations on a file: the findings. */
const findingAnnotations = (r: LocalRunResult) => r.annotations.filter((a) => a.file !== undefined);

/** Error annotations on no file: how the step failed (setFailed). */
const failures = (r: LocalRunResult) => r.annotations.filter((a) => a.file === undefined && a.level === 'error');

const LEVEL_RANK: Record<Annotation['level'], number> = { error: 0, warning: 1, notice: 2 };

function assertMostSevereFirst(annotations: readonly Annotation[]): void {
  const ranks = annotations.map((a) => LEVEL_RANK[a.level]);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'annotations go from the most severe to the least');
}

/** A URI relative to the project root that names a file there. */
function assertRelativeUri(uri: string, root: string): void {
  assert.ok(uri.length > 0, 'a result has a URI');
  assert.doesNotMatch(uri, /^[a-z][a-z0-9+.-]*:/i, `${uri} has no scheme`);
  assert.ok(!uri.startsWith('/') && !uri.split('/').includes('..'), `${uri} is relative and stays inside the root`);
  assert.ok(fs.statSync(path.join(root, decodeURIComponent(uri))).isFile(), `${uri} names a file under ${root}`);
}

interface SarifRow {
  tool: string;
  ruleId: string;
  uri: string;
  startLine: number;
}

/**
 * Checks every run and result of analysis.sarif the way code scanning reads them, and returns the
 * results as (tool, ruleId, uri, startLine).
 */
function checkSarif(sarif: SarifLog, root: string): SarifRow[] {
  assert.equal(sarif.version, '2.1.0');
  const rows: SarifRow[] = [];
  const categories = sarif.runs.map((r) => r.automationDetails?.id);
  assert.equal(new Set(categories).size, categories.length, `one category per run: ${categories.join(', ')}`);
  for (const run of sarif.runs) {
    const name = run.tool.driver.name;
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri, `${pathToFileURL(root).href}/`, `${name}: %SRCROOT% is the analysed folder`);
    const rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
    for (const rule of rules.values()) assert.ok(rule.help?.text?.trim(), `${name} rule ${rule.id} has help`);
    for (const result of run.results ?? []) {
      const where = result.locations?.[0]?.physicalLocation;
      const uri = where?.artifactLocation?.uri ?? '';
      const startLine = where?.region?.startLine;
      assert.ok(result.ruleId && rules.has(result.ruleId), `${name}: result's rule ${result.ruleId} is described in the run`);
      assert.equal(where?.artifactLocation?.uriBaseId, '%SRCROOT%', `${name} ${result.ruleId}: uriBaseId`);
      assertRelativeUri(uri, root);
      assert.ok(Number.isInteger(startLine) && startLine! >= 1, `${name} ${result.ruleId} ${uri}: startLine ${startLine}`);
      // codeql-action's form: the 64-bit hash in hex without leading zeros, then the count of equal hashes.
      assert.match(result.partialFingerprints?.primaryLocationLineHash ?? '', /^[0-9a-f]{1,16}:\d+$/, `${name} ${result.ruleId} ${uri}:${startLine}: primaryLocationLineHash`);
      rows.push({ tool: name, ruleId: result.ruleId!, uri, startLine: startLine! });
    }
  }
  return rows;
}

const sarifKeys = (rows: readonly SarifRow[]) => rows.map((r) => key(r.tool, r.ruleId, r.uri, r.startLine)).sort();

// ---------------------------------------------------------------------------------------------
// The job summary, as it reads once rendered

/** Markdown escapes and entities removed, as GitHub renders the text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+!|~.-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The rows of the summary table whose first column is `firstHeader`, as header → rendered cell. */
function summaryTable(summary: string, firstHeader: string): Record<string, string>[] {
  const lines = summary.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  if (start === -1) return [];
  const cells = (line: string) =>
    line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => plain(c.trim()));
  const header = cells(lines[start]!);
  const rows: Record<string, string>[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const row = cells(lines[i]!);
    rows.push(Object.fromEntries(header.map((h, j) => [h, row[j] ?? ''])));
  }
  return rows;
}

/** The files of a folder with their contents, to show a run wrote nothing into the project. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), fs.readFileSync(full, 'base64'));
  }
  return files;
}

// =============================================================================================

describe('1. the sample through the committed bundle (push event)', () => {
  test('default fail-on "error": exit 1, outputs, analysis.json, SARIF, annotations, job summary', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const { result, workspace, doc, sarif } = await runAnalyze(t, 'default inputs', { project: (ws) => copySample(ws), inputs: { path: 'sample' } });
    const sampleDir = path.join(workspace, 'sample');
    const outDir = path.join(workspace, 'assay-results');

    // The step fails, and says why in one error annotation.
    assert.equal(result.exitCode, 1, logOf(result));
    assert.ok(doc && sarif, `analysis.json and analysis.sarif were written\n${logOf(result)}`);
    const errorLevel = findingsOf(doc).filter((f) => f.level === 'error').length;
    assert.equal(errorLevel, SAMPLE_BY_SEVERITY.high);
    const failed = failures(result).map((a) => a.message);
    assert.equal(failed.length, 1, failed.join('\n'));
    assert.ok(failed[0]!.startsWith(`analyze failed: ${errorLevel} findings at or above fail-on "error".`), failed[0]);
    assert.ok(failed[0]!.includes(path.join(outDir, 'analysis.json')), 'the failure names where the results are');

    assert.deepEqual(result.outputs, {
      findings: String(EXPECTED.length),
      errors: '0',
      'sarif-file': path.join(outDir, 'analysis.sarif'),
      'analysis-file': path.join(outDir, 'analysis.json'),
    });

    // analysis.json: exactly the planted defects, valid against the schema.
    assert.deepEqual(findingKeys(doc), expectedKeys());
    assert.deepEqual(schemaViolations('analysis', doc), []);
    assert.equal(doc.root, 'sample');
    assert.deepEqual([...doc.languages].sort(), ['javascript', 'python', 'rust', 'shell', 'typescript']);
    assert.deepEqual(doc.tools.map((x) => x.name).sort(), [...ALL_TOOLS].sort());
    for (const name of ANALYZE_TOOLS) {
      const entry = tool(doc, name);
      assert.equal(entry.status, 'ok', `${name}: ${entry.reason}`);
      assert.equal(entry.findings, expectedCount(name), name);
      assert.match(entry.version ?? '', /^\d+\.\d+/, `${name} version`);
    }
    assert.equal(doc.totals.findings, EXPECTED.length);
    assert.equal(doc.totals.errors, 0);
    assert.deepEqual(doc.totals.bySeverity, SAMPLE_BY_SEVERITY);

    // analysis.sarif: one run per linter, results relative to sample/, the same findings.
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), [...ANALYZE_TOOLS].sort());
    assert.deepEqual(sarifKeys(checkSarif(sarif, sampleDir)), expectedKeys());

    await t.test('analysis.sarif passes sarif-multitool validate (SARIF and GitHub rules)', { skip: multitoolSkipReason() }, async (st) => {
      const report = await validateWithMultitool(result.outputs['sarif-file']!);
      st.diagnostic(`sarif-multitool: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notes.length} notes`);
      assert.deepEqual(report.errors, [], describeIssues(report.errors));
    });

    // Annotations: every finding (25 < the default 50), most severe first, paths from the workspace.
    const shown = findingAnnotations(result);
    assert.equal(shown.length, Math.min(EXPECTED.length, 50));
    assert.deepEqual(
      shown.map((a) => `${a.title} ${a.file}:${a.line}`).sort(),
      findingsOf(doc).map((f) => `${f.tool} ${f.ruleId} sample/${f.file}:${f.line}`).sort(),
    );
    for (const a of shown) assert.ok(fs.existsSync(path.join(workspace, a.file!)), `${a.file} is relative to the workspace`);
    assertMostSevereFirst(shown);
    assert.deepEqual(
      result.annotations.filter((a) => !shown.includes(a)).map((a) => a.message),
      failed,
      'no other annotations than the findings and the failure',
    );

    // The job summary: totals, the tool table, the most complex functions, coverage.
    const summary = result.summary;
    assert.match(summary, /^## Assay analyze$/m);
    assert.match(summary, new RegExp(`^\\*\\*${EXPECTED.length} findings\\*\\* in \\d+ files analysed`, 'm'));
    const tools = summaryTable(summary, 'tool');
    assert.deepEqual(tools.map((r) => r.tool).sort(), [...ANALYZE_TOOLS].sort());
    for (const row of tools) {
      assert.equal(row.status, 'ok', row.tool);
      assert.equal(row.findings, String(expectedCount(row.tool!)), row.tool);
      const bySeverity = ['critical', 'high', 'medium', 'low', 'note'].reduce((n, s) => n + Number(row[s]), 0);
      assert.equal(bySeverity, expectedCount(row.tool!), `${row.tool}: the severity columns add up`);
    }
    const functions = summaryTable(summary, 'function');
    assert.deepEqual(
      functions.slice(0, 2).map((r) => [r.function, r.file, r.complexity]),
      [
        ['stockStatus', 'web/src/inventory.ts:28', '15'],
        ['classify', 'api/inventory.py:31', '13'],
      ],
    );
    assert.match(summary, /^Line coverage: \*\*78\.07%\*\* \(\d+ of \d+ lines\)\.$/m);
    assert.doesNotMatch(summary, /not shown as annotations/);

    // The analysis wrote nothing into the project (clippy's target, pylint's and mypy's caches go elsewhere).
    assert.deepEqual(snapshot(sampleDir), snapshot(SAMPLE));

    // max-annotations 5: the five most severe findings and the failure, nothing else.
    const capped = await runAnalyze(t, 'max-annotations 5', { project: (ws) => copySample(ws), inputs: { path: 'sample', 'max-annotations': '5' } });
    assert.equal(capped.result.exitCode, 1, logOf(capped.result));
    const five = findingAnnotations(capped.result);
    assert.equal(five.length, 5);
    assert.deepEqual(five, shown.slice(0, 5), 'the first five of the full, severity-ordered list');
    assert.ok(five.every((a) => a.level === 'error'));
    assert.equal(capped.result.annotations.length, 6, capped.result.annotations.map((a) => a.message).join('\n'));
    assert.equal(failures(capped.result).length, 1);
    assert.ok(failures(capped.result)[0]!.message.startsWith(`analyze failed: ${errorLevel} findings at or above fail-on "error"`));
    assert.match(capped.result.summary, new RegExp(`^${EXPECTED.length - 5} more findings are not shown as annotations; all are in analysis\\.sarif\\.$`, 'm'));
    assert.equal(capped.result.outputs.findings, String(EXPECTED.length), 'the cap is on annotations, not on findings');
  });
});

describe('2. fail-on sets the exit code (sample)', () => {
  // How many of the sample's findings reach each threshold (see SAMPLE_BY_SEVERITY).
  const cases: { failOn: string; over: number }[] = [
    { failOn: 'none', over: 0 },
    { failOn: 'warning', over: SAMPLE_BY_SEVERITY.high + SAMPLE_BY_SEVERITY.medium },
    { failOn: 'high', over: SAMPLE_BY_SEVERITY.critical + SAMPLE_BY_SEVERITY.high },
    { failOn: 'critical', over: SAMPLE_BY_SEVERITY.critical },
  ];
  for (const { failOn, over } of cases) {
    const exit = failOn === 'none' || over === 0 ? 0 : 1;
    test(`fail-on: ${failOn} → exit ${exit}${over ? ` (${over} findings at or above it)` : ''}`, async (t) => {
      if (!(await ready(t, SAMPLE_NEEDS))) return;
      const { result, doc } = await runAnalyze(t, `fail-on ${failOn}`, { project: (ws) => copySample(ws), inputs: { path: 'sample', 'fail-on': failOn } });
      assert.equal(result.exitCode, exit, logOf(result));
      assert.ok(doc);
      assert.deepEqual(findingKeys(doc), expectedKeys(), 'fail-on changes the exit, not the findings');
      assert.equal(result.outputs.findings, String(EXPECTED.length));
      assert.equal(findingAnnotations(result).length, EXPECTED.length);
      const failed = failures(result).map((a) => a.message);
      if (exit === 0) {
        assert.deepEqual(failed, []);
      } else {
        assert.equal(failed.length, 1, failed.join('\n'));
        assert.ok(failed[0]!.startsWith(`analyze failed: ${over} findings at or above fail-on "${failOn}".`), failed[0]);
      }
    });
  }
});

describe('3. a project without defects', () => {
  test('one clean fixture per language: zero findings, exit 0, every tool ok, the summary says 0 findings', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const languages = ['js-ts', 'python', 'rust', 'shell'];
    const { result, workspace, doc, sarif } = await runAnalyze(t, 'clean project', {
      project: (ws) => {
        for (const l of languages) fs.cpSync(path.join(FIXTURES, l, 'clean'), path.join(ws, 'clean', l), { recursive: true });
      },
      inputs: { path: 'clean' },
    });
    assert.equal(result.exitCode, 0, logOf(result));
    assert.ok(doc && sarif);
    assert.equal(result.outputs.findings, '0');
    assert.equal(result.outputs.errors, '0');
    assert.deepEqual([...doc.languages].sort(), ['javascript', 'python', 'rust', 'shell', 'typescript']);
    assert.deepEqual(doc.tools.map((x) => x.name).sort(), [...ALL_TOOLS].sort(), 'every tool ran');
    for (const entry of doc.tools) assert.equal(entry.status, 'ok', `${entry.name}: ${entry.reason}`);
    assert.deepEqual(findingsOf(doc), []);
    assert.deepEqual(schemaViolations('analysis', doc), []);
    assert.deepEqual(sarif.runs.map((r) => [r.tool.driver.name, r.results?.length]).sort(), ANALYZE_TOOLS.map((n) => [n, 0]).sort());
    checkSarif(sarif, path.join(workspace, 'clean'));
    assert.deepEqual(result.annotations, [], 'no annotations at all');
    assert.match(result.summary, /^\*\*0 findings\*\* in \d+ files analysed/m);
    for (const row of summaryTable(result.summary, 'tool')) assert.deepEqual([row.status, row.findings], ['ok', '0'], row.tool);
    assert.doesNotMatch(result.summary, /Tools that did not report/);
  });
});

describe('4. a tool that crashes, one that hangs and one that prints garbage', () => {
  test(`fake pylint (traceback), mypy (sleeps 60 s) and shellcheck ("not json at all") first on PATH, tool-timeout ${HANG_TIMEOUT_S}`, async (t) => {
    if (!(await ready(t, ['eslint+tsc', 'clippy']))) return;
    const bin = tempDir(t, 'assay-fake-tools-');
    for (const name of ['pylint', 'mypy', 'shellcheck']) {
      fs.copyFileSync(path.join(FAKE_TOOLS, name), path.join(bin, name));
      fs.chmodSync(path.join(bin, name), 0o755);
    }
    const pidFile = path.join(bin, 'mypy.pids');
    const { result, doc, sarif, ms } = await runAnalyze(t, 'broken tools', {
      project: (ws) => copySample(ws),
      inputs: { path: 'sample', 'tool-timeout': String(HANG_TIMEOUT_S) },
      env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`, ASSAY_FAKE_MYPY_PIDS: pidFile },
    });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.ok(doc && sarif);

    // Each broken tool has its own status and a reason that names it.
    const pylint = tool(doc, 'pylint');
    assert.equal(pylint.status, 'failed');
    assert.match(pylint.reason ?? '', /^pylint exited with code 1 without printing its JSON report/);
    assert.match(pylint.detail ?? '', /ModuleNotFoundError: No module named 'astroid'/, 'the traceback is kept for the user');
    const mypy = tool(doc, 'mypy');
    assert.equal(mypy.status, 'timed-out');
    assert.equal(mypy.reason, `mypy ran longer than ${HANG_TIMEOUT_S} s and was stopped (input tool-timeout)`);
    assert.ok(mypy.durationMs >= HANG_TIMEOUT_S * 1000 - 50 && mypy.durationMs < HANG_TIMEOUT_S * 1000 + 6000, `mypy stopped at the limit: ${mypy.durationMs} ms`);
    const shellcheck = tool(doc, 'shellcheck');
    assert.equal(shellcheck.status, 'failed');
    assert.match(shellcheck.reason ?? '', /^shellcheck exited with code 1 without printing its json1 report/);
    assert.equal(shellcheck.detail, 'not json at all');
    // pylint's complexity measure runs the same (broken) pylint, so it fails too, and says so.
    const complexity = tool(doc, 'pylint-complexity');
    assert.equal(complexity.status, 'failed');

    // The other tools' findings are intact.
    for (const name of ['eslint', 'tsc', 'clippy', 'eslint-complexity']) assert.equal(tool(doc, name).status, 'ok', name);
    assert.deepEqual(findingKeys(doc), expectedKeys(['eslint', 'tsc', 'clippy']));
    assert.deepEqual(schemaViolations('analysis', doc), []);

    // errors counts every tool that failed or timed out: the three broken ones and pylint-complexity.
    const broken = doc.tools.filter((x) => x.status === 'failed' || x.status === 'timed-out').map((x) => x.name);
    assert.deepEqual(broken.sort(), ['mypy', 'pylint', 'pylint-complexity', 'shellcheck']);
    assert.equal(result.outputs.errors, String(broken.length));
    assert.equal(doc.totals.errors, broken.length);

    // Code scanning sees the broken runs as incomplete, with the reason.
    for (const name of ['pylint', 'mypy', 'shellcheck']) {
      const run: SarifRun | undefined = sarif.runs.find((r) => r.tool.driver.name === name);
      assert.ok(run, `${name} has a SARIF run`);
      const invocation: SarifInvocation | undefined = run.invocations?.[0];
      assert.equal(invocation?.executionSuccessful, false, name);
      assert.ok(invocation?.toolExecutionNotifications?.some((n) => n.level === 'error' && n.message.text === tool(doc, name).reason), name);
    }

    // The summary says which tools failed and why; the failure annotation too.
    const summary = plain(result.summary);
    assert.match(summary, /\*\*4 tools failed\*\* — the results below are incomplete\./);
    const rows = Object.fromEntries(summaryTable(result.summary, 'tool').map((r) => [r.tool, r.status]));
    assert.deepEqual(rows, { clippy: 'ok', tsc: 'ok', pylint: 'failed', mypy: 'timed-out', eslint: 'ok', shellcheck: 'failed' });
    for (const name of broken) {
      const entry = tool(doc, name);
      assert.ok(summary.includes(`- **${name}** (${entry.status}): ${entry.reason}`), `summary explains ${name}:\n${summary}`);
    }
    const failed = failures(result).map((a) => a.message);
    assert.equal(failed.length, 1);
    for (const name of ['pylint', 'mypy', 'shellcheck']) assert.ok(failed[0]!.includes(tool(doc, name).reason!), `failure names ${name}: ${failed[0]}`);

    // The hung mypy was stopped, not waited for, and nothing it started is left running.
    assert.ok(ms < 40_000, `the run took ${ms} ms, far less than the fake mypy's 60 s`);
    const pids = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split(/\s+/).filter(Boolean).map(Number) : [];
    assert.ok(pids.length >= 2, `the fake mypy ran (pids: ${pids.join(', ')})`);
    const alive = (pid: number) => {
      try {
        // A zombie is dead; only its parent has not collected it.
        return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').startsWith('Z');
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 3000; // SIGKILL follows SIGTERM after a grace period
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(pids.filter(alive), [], 'the fake mypy and its sleep were killed');
  });
});

describe('4b. a hung tool whose child escaped its process group', () => {
  test(
    'the step still ends soon after tool-timeout (results are written then; the process must exit too)',
    {},
    async (t) => {
      if (!(await ready(t, ['setsid']))) return;
      const bin = tempDir(t, 'assay-fake-tools-');
      fs.copyFileSync(path.join(FIXTURES, 'action/fake-tools-detached/mypy'), path.join(bin, 'mypy'));
      fs.chmodSync(path.join(bin, 'mypy'), 0o755);
      const pidFile = path.join(bin, 'mypy.pids');
      // The escaped sleeps were started by this test: stop them by their pids, whatever happened.
      t.after(() => {
        const pids = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split(/\s+/).filter(Boolean).map(Number) : [];
        for (const pid of pids) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      });
      const { result, doc, ms } = await runAnalyze(t, 'detached hang', {
        project: (ws) => {
          fs.mkdirSync(path.join(ws, 'proj'));
          fs.writeFileSync(path.join(ws, 'proj', 'app.py'), 'ANSWER = 42\n');
        },
        inputs: { path: 'proj', tools: 'mypy', 'tool-timeout': '1' },
        env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`, ASSAY_FAKE_MYPY_PIDS: pidFile },
      });
      assert.equal(result.exitCode, 1, logOf(result));
      assert.equal(doc && tool(doc, 'mypy').status, 'timed-out');
      // 1 s limit + runTools' 5 s grace for an adapter that does not return, then writing the files.
      assert.ok(ms < 10_000, `the step ended ${ms} ms after it started; the escaped child sleeps 12 s`);
    },
  );
});

describe('5. a broken ESLint config', () => {
  test('eslint fails with a message naming eslint.config.mjs and the line; exit 1', async (t) => {
    if (!(await ready(t, ['eslint+tsc']))) return;
    const { result, doc } = await runAnalyze(t, 'broken ESLint config', {
      project: (ws) => fs.cpSync(path.join(FIXTURES, 'js-ts/broken-config'), path.join(ws, 'web'), { recursive: true }),
      inputs: { path: 'web' },
    });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.ok(doc);
    const eslint = tool(doc, 'eslint');
    assert.equal(eslint.status, 'failed');
    // The config's object is never closed; Node stops at the `]` on line 5.
    assert.match(eslint.reason ?? '', /eslint\.config\.mjs:5\b/, eslint.reason);
    assert.match(eslint.reason ?? '', /SyntaxError/);
    assert.equal(result.outputs.errors, '1');
    assert.equal(result.outputs.findings, '0');
    const failed = failures(result).map((a) => a.message);
    assert.equal(failed.length, 1);
    assert.ok(failed[0]!.startsWith('analyze failed: ') && failed[0]!.includes(eslint.reason!), failed[0]);
    assert.ok(plain(result.summary).includes(`- **eslint** (failed): ${eslint.reason}`), result.summary);
  });
});

describe('6. changed-files-only on a pull request', () => {
  test('only the findings on the changed lines, only the changed files’ tools', async (t) => {
    if (!(await ready(t, ['git', 'pylint', 'mypy', 'shellcheck']))) return;
    const workspace = tempDir(t, 'assay-analyze-pr-');
    const gitEnv = {
      ...process.env,
      GIT_CONFIG_GLOBAL: os.devNull,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Assay Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Assay Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: workspace, env: gitEnv, encoding: 'utf8' }).trim();
    const sampleDir = copySample(workspace);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base: the sample');
    const base = git('rev-parse', 'HEAD');
    git('checkout', '-qb', 'feature');

    // A new pylint defect (an unused variable) and a new ShellCheck one (backticks), on new lines
    // of two files that have findings of their own already.
    const add = (rel: string, text: string, marker: string) => {
      fs.appendFileSync(path.join(sampleDir, rel), text);
      return fs.readFileSync(path.join(sampleDir, rel), 'utf8').split('\n').findIndex((l) => l.includes(marker)) + 1;
    };
    const pyLine = add('api/storage.py', '\n\ndef archive_name(release: str) -> str:\n    """Name of the backup archive of a release."""\n    stamp = release.upper()\n    return f"inventory-{release}.sql.gz"\n', 'stamp = ');
    const shLine = add('scripts/deploy.sh', 'echo "finished at `date`"\n', 'finished at');
    git('commit', '-qam', 'feature: archive names, a finishing line');
    const head = git('rev-parse', 'HEAD');

    const event = eventContext('pull_request');
    const pr = event.payload.pull_request as { base: { sha: string }; head: { sha: string } };
    pr.base.sha = base;
    pr.head.sha = head;
    const { result, doc } = await runAnalyze(t, 'pull request, changed-files-only', {
      workspace,
      inputs: { path: 'sample', 'changed-files-only': 'true' },
      event: { name: 'pull_request', payload: event.payload, env: { ...event.env, GITHUB_SHA: head } },
    });
    // A pylint warning and a ShellCheck note do not reach fail-on "error".
    assert.equal(result.exitCode, 0, logOf(result));
    assert.ok(doc);
    assert.deepEqual(findingKeys(doc), [key('pylint', 'W0612', 'api/storage.py', pyLine), key('shellcheck', 'SC2006', 'scripts/deploy.sh', shLine)].sort());
    assert.equal(result.outputs.findings, '2');
    assert.deepEqual(
      findingAnnotations(result).map((a) => `${a.title} ${a.file}:${a.line}`).sort(),
      [`pylint W0612 sample/api/storage.py:${pyLine}`, `shellcheck SC2006 sample/scripts/deploy.sh:${shLine}`],
    );
    // Only the changed files' languages were analysed: no ESLint, tsc or clippy.
    assert.deepEqual([...doc.languages].sort(), ['python', 'shell']);
    assert.deepEqual(doc.tools.map((x) => x.name).sort(), ['mypy', 'pylint', 'pylint-complexity', 'shellcheck']);
    for (const entry of doc.tools) assert.equal(entry.status, 'ok', `${entry.name}: ${entry.reason}`);
    assert.deepEqual(summaryTable(result.summary, 'tool').map((r) => r.tool).sort(), ['mypy', 'pylint', 'shellcheck']);
    assert.match(result.summary, /^\*\*2 findings\*\* on the lines this pull request changes/m);
    assert.deepEqual(schemaViolations('analysis', doc), []);

    // Without changed-files-only every file is analysed and reported, but on a pull request the
    // annotations still go only on the lines it changed.
    const full = await runAnalyze(t, 'pull request, full analysis', {
      workspace,
      inputs: { path: 'sample', 'fail-on': 'none' },
      event: { name: 'pull_request', payload: event.payload, env: { ...event.env, GITHUB_SHA: head } },
    });
    assert.equal(full.result.exitCode, 0, logOf(full.result));
    assert.equal(full.result.outputs.findings, String(EXPECTED.length + 2));
    assert.deepEqual(
      findingAnnotations(full.result).map((a) => `${a.title} ${a.file}:${a.line}`).sort(),
      [`pylint W0612 sample/api/storage.py:${pyLine}`, `shellcheck SC2006 sample/scripts/deploy.sh:${shLine}`],
    );
  });
});

describe('7. the assay command', () => {
  /** The environment of a laptop: nothing from a runner, even when this suite runs on one. */
  const laptopEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|STATE_|NODE_TEST_CONTEXT$|NODE_OPTIONS$)/.test(k)) env[k] = v;
    }
    return { ...env, ...RUN_ENV };
  };
  const assay = async (t: TestContext, args: string[], cwd: string): Promise<ProcessResult> => {
    const r = await runProcess(process.execPath, [BIN, ...args], { cwd, env: laptopEnv(), timeoutMs: 180_000 });
    t.diagnostic(`assay ${args.join(' ')}: exit ${r.exitCode} after ${Math.round(r.durationMs)} ms`);
    return r;
  };

  test('assay analyze --path DIR --output-dir OUT: the files, the SARIF contract, exit 1, the outputs printed', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const scratch = tempDir(t, 'assay-analyze-cli-');
    const dir = copySample(scratch, 'project');
    const out = path.join(scratch, 'out');
    const r = await assay(t, ['analyze', '--path', dir, '--output-dir', out], scratch);
    assert.equal(r.exitCode, 1, r.stderr);
    assert.equal(
      r.stdout,
      [`findings=${EXPECTED.length}`, 'errors=0', `sarif-file=${path.join(out, 'analysis.sarif')}`, `analysis-file=${path.join(out, 'analysis.json')}`, ''].join('\n'),
    );
    assert.ok(r.stderr.includes(`analyze failed: ${SAMPLE_BY_SEVERITY.high} findings at or above fail-on "error"`), r.stderr);

    const doc = JSON.parse(fs.readFileSync(path.join(out, 'analysis.json'), 'utf8')) as AnalysisJson;
    assert.deepEqual(schemaViolations('analysis', doc), []);
    assert.deepEqual(findingKeys(doc), expectedKeys());

    const sarif = JSON.parse(fs.readFileSync(path.join(out, 'analysis.sarif'), 'utf8')) as SarifLog;
    const rows = checkSarif(sarif, dir); // every URI relative to DIR, every result with a startLine
    for (const row of rows) {
      const here = EXPECTED.filter((e) => e.tool === row.tool && e.file === row.uri && e.line === row.startLine);
      assert.ok(here.length > 0, `${row.tool} ${row.ruleId} ${row.uri}:${row.startLine} is a planted defect`);
      assert.ok(
        here.some((e) => row.ruleId.includes(e.rule)),
        `ruleId ${row.ruleId} contains ${row.tool}'s own code (${here.map((e) => e.rule).join(' or ')})`,
      );
    }
    assert.deepEqual(sarifKeys(rows), expectedKeys());
  });

  test('--tools bogus is a usage error: exit 2, the known tools listed', async (t) => {
    const scratch = tempDir(t, 'assay-analyze-cli-');
    const dir = copySample(scratch, 'project');
    const r = await assay(t, ['analyze', '--path', dir, '--output-dir', path.join(scratch, 'out'), '--tools', 'bogus'], scratch);
    assert.equal(r.exitCode, 2, r.stderr);
    const known = /analyze: input "tools" names "bogus", which is not a tool of analyze; known tools: ([^.]+)\./.exec(r.stderr);
    assert.ok(known, r.stderr);
    for (const name of ALL_TOOLS) assert.ok(known[1]!.split(', ').includes(name), `${name} is listed`);
    assert.ok(!fs.existsSync(path.join(scratch, 'out', 'analysis.json')), 'nothing was analysed');
  });
});

describe('8. the languages and tools inputs', () => {
  test('languages: python → only pylint, mypy and pylint-complexity run', async (t) => {
    if (!(await ready(t, ['pylint', 'mypy']))) return;
    const { result, doc, sarif } = await runAnalyze(t, 'languages python', { project: (ws) => copySample(ws), inputs: { path: 'sample', languages: 'python' } });
    assert.equal(result.exitCode, 1, logOf(result)); // mypy's two errors
    assert.ok(doc && sarif);
    assert.deepEqual(doc.languages, ['python']);
    assert.deepEqual(doc.tools.map((x) => x.name).sort(), ['mypy', 'pylint', 'pylint-complexity']);
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), ['mypy', 'pylint']);
    assert.deepEqual(findingKeys(doc), expectedKeys(['pylint', 'mypy']));
    assert.deepEqual(summaryTable(result.summary, 'tool').map((r) => r.tool).sort(), ['mypy', 'pylint']);
  });

  test('tools: -clippy → every tool but clippy, and the summary says clippy was dropped', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const { result, doc, sarif } = await runAnalyze(t, 'tools -clippy', { project: (ws) => copySample(ws), inputs: { path: 'sample', tools: '-clippy' } });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.ok(doc && sarif);
    assert.deepEqual(doc.tools.map((x) => x.name).sort(), ALL_TOOLS.filter((n) => n !== 'clippy').sort());
    assert.ok(!sarif.runs.some((r) => r.tool.driver.name === 'clippy'));
    assert.deepEqual(findingKeys(doc), expectedKeys(ANALYZE_TOOLS.filter((n) => n !== 'clippy')));
    assert.ok(plain(result.summary).includes('- **clippy** (not run): dropped by the tools input'), result.summary);
  });

  test('tools: bogus → exit 1 with a configuration error listing the known tools, nothing written', async (t) => {
    const { result, workspace } = await runAnalyze(t, 'tools bogus', { project: (ws) => copySample(ws), inputs: { path: 'sample', tools: 'bogus' } });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.deepEqual(result.outputs, {});
    const failed = failures(result).map((a) => a.message);
    assert.equal(failed.length, 1, failed.join('\n'));
    const known = /^analyze: input "tools" names "bogus", which is not a tool of analyze; known tools: ([^.]+)\.$/.exec(failed[0]!);
    assert.ok(known, failed[0]);
    assert.deepEqual(known[1]!.split(', ').sort(), [...ALL_TOOLS].sort());
    assert.ok(!fs.existsSync(path.join(workspace, 'assay-results')), 'no results were written');
  });
});
