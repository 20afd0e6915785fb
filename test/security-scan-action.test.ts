/**
 * End-to-end tests of the security-scan action: its committed bundle (actions/security-scan/dist)
 * run the way the GitHub runner runs it (test/support/local-runner.ts), and the `assay` command
 * (bin/assay.js → dist/cli). Everything is checked as a user sees it: the exit code, the step's
 * outputs, annotations and job summary, the files security.sarif and security.json, and the
 * requests that reach the GitHub API (an OpenAPI-validating stand-in on 127.0.0.1).
 *
 * The scanners are the real ones: the OSV matcher on the real records of
 * ../shared/fixtures/osv, Bandit from the machine, eslint-plugin-security and secretlint
 * installed by Assay into the shared tool cache ASSAY_TOOL_CACHE (once, before the tests). The
 * sample's planted findings are listed in sample/expected-findings.json (rows osv, bandit,
 * secretlint). Real SARIF logs come from ../shared/fixtures/sarif-real. They are read at test
 * time (copied only into temporary workspaces, never into the repository). A missing fixture
 * folder or tool skips a test with the reason, except under CI=true, where it fails it.
 *
 * process.env is never changed; every run gets its environment passed in. Stand-ins listen on
 * 127.0.0.1 and are closed when their test ends.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { before, describe, test, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { provisionAssayNpmTools } from '../actions/analyze/provision/npm-tools';
import { SECURITY_NPM_TOOLS } from '../actions/security-scan/sast/security-npm-tools';
import { getInputs as getSecurityInputs } from '../actions/security-scan/inputs';
import { InputReader } from '../lib/action/inputs';
import { createConsoleLogger } from '../lib/action/logger';
import { readActionMetadata } from '../lib/action/metadata';
import { ConfigurationError } from '../lib/errors';
import { runProcess, type ProcessResult } from '../lib/process/run-process';
import type { SarifLog, SarifResult } from '../lib/sarif/types';
import { eventContext } from './support/event-payloads';
import { startGitHubApi, type GitHubApi } from './support/github-api';
import { REPO_ROOT, runLocalAction, type LocalRunOptions, type LocalRunResult } from './support/local-runner';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

const SAMPLE = path.join(REPO_ROOT, 'sample');
const SHARED = path.resolve(REPO_ROOT, '../shared/fixtures');
const OSV_DIR = path.join(SHARED, 'osv');
const SARIF_REAL = path.join(SHARED, 'sarif-real');
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';
const BIN = path.join(REPO_ROOT, 'bin/assay.js');

/** Shared by every run of this file (and the other suites), so the npm tools install once. */
const RUN_ENV = { CARGO_NET_OFFLINE: 'true', ASSAY_TOOL_CACHE: TOOL_CACHE };

/** The real logs test 2 and 5 read (README of sarif-real). */
const CODEQL_LOG = 'codeql-python.filter-sarif-test_input.sarif'; // CodeQL 2.11.0, 1 result, security-severity 10.0
const SEMGREP_LOG = 'semgrep.with_dataflow_traces.sarif'; // Semgrep OSS, 1 result, level warning
const BROKEN_LOG = 'sarif-sdk.invalid.JSON1001.SyntaxError.sarif'; // not JSON: a stray "," on line 3

const sampleDirOf = (workspace: string) => path.join(workspace, 'sample');

// ---------------------------------------------------------------------------------------------
// What the sample should give

interface ExpectedFinding {
  tool: 'osv' | 'bandit' | 'secretlint';
  rule: string;
  file: string;
  line: number;
  column?: number;
  package?: string;
  version?: string;
  informational?: boolean;
}

const EXPECTED = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as { tool: string }[]).filter(
  (f): f is ExpectedFinding => ['osv', 'bandit', 'secretlint'].includes(f.tool),
);

/** Each scanner's SARIF run, by the tool name GitHub shows. */
const DRIVER: Record<ExpectedFinding['tool'], string> = { osv: 'osv', bandit: 'Bandit', secretlint: 'secretlint' };

/**
 * secretlint's rows name "<rule>:<messageId>"; in SARIF the ruleId is the rule and the message
 * names the id in parentheses ("Found GitHub Token (GITHUB_TOKEN): …").
 */
const expectedKey = (f: ExpectedFinding) => `${DRIVER[f.tool]} ${f.rule} ${f.file}:${f.line}`;
const expectedKeys = (tools: readonly ExpectedFinding['tool'][] = ['osv', 'bandit', 'secretlint']) =>
  EXPECTED.filter((f) => tools.includes(f.tool)).map(expectedKey).sort();

/**
 * eslint-plugin-security runs too, and flags one line of the sample that the sample's list does
 * not carry (it plants no JS security defect): `array[i] = …` in bench/sort.mjs, a known false
 * positive of detect-object-injection, low (see test/security-sast.test.ts).
 */
const ESLINT_SECURITY_KEYS = ['eslint-plugin-security security/detect-object-injection bench/sort.mjs:24'];

/**
 * The sample's findings by the severity GitHub shows (security-severity, else the SARIF level),
 * checked by hand against security.sarif:
 *   critical: RUSTSEC-2021-0003 (smallvec, CVSS 9.8), the AWS secret access key (9.5);
 *   high: GHSA-8hc4-vh64-cxmj (8.0), GHSA-3h5v-q93c-6h6q, GHSA-m5pq-gvj9-9vr8, RUSTSEC-2022-0013,
 *         PYSEC-2023-221 (7.5 each), Bandit B602 (8.5), the GitHub token (8.0);
 *   medium: the other 8 advisories (5.3–6.5), Bandit B324 and B506 (6.5);
 *   low: Bandit B404 (3.5) and B107 (2.5), detect-object-injection (2.0);
 *   note: RUSTSEC-2021-0139 (ansi_term unmaintained: informational, no security-severity, level note).
 */
const SAMPLE_BY_SEVERITY = { critical: 2, high: 7, medium: 10, low: 3 };
const SAMPLE_TOTAL = EXPECTED.length + ESLINT_SECURITY_KEYS.length;

/** The secrets planted in the sample, read from its files (not retyped here). */
function sampleSecrets(): string[] {
  const read = (file: string, pattern: RegExp) => {
    const m = pattern.exec(fs.readFileSync(path.join(SAMPLE, file), 'utf8'));
    assert.ok(m?.[1], `${file} holds the planted secret ${pattern}`);
    return m[1];
  };
  return [
    read('api/inventory.yml', /^github_token:\s*(\S+)$/m),
    read('scripts/deploy.env', /^export AWS_SECRET_ACCESS_KEY=(\S+)$/m),
    read('scripts/deploy.env', /^export AWS_ACCESS_KEY_ID=(\S+)$/m),
    read('api/storage.py', /password: str = "([^"]+)"/),
  ];
}

/** Fails when a secret, or a 12-character piece of one, appears in `text`. */
function assertNoSecret(text: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    assert.ok(!text.includes(secret), `${where} contains the secret ${secret.slice(0, 4)}…`);
    for (let i = 0; i + 12 <= secret.length; i += 4) {
      const piece = secret.slice(i, i + 12);
      // Filler and the fixture marker say nothing about the secret.
      if (/^0+$/.test(piece) || /assayFAKE/i.test(piece)) continue;
      assert.ok(!text.includes(piece), `${where} contains part of a secret (${piece.slice(0, 3)}…)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// security.json, as far as these tests read it

interface SecurityJson {
  totals: { findings: number; bySeverity: Record<string, number>; byTool: Record<string, number> };
  scanners: { name: string; status: string; reason?: string; version?: string; findings?: number }[];
  runs: { tool: string; category: string; results: number }[];
  cuts: unknown[];
  problems: { file: string; path: string; rule: string; level: string; message: string; line?: number; column?: number }[];
  notes: string[];
  upload?: { sarifId?: string; ref?: string; commitSha?: string; processingStatus?: string; errors?: string[]; error?: string };
}

function scanner(doc: SecurityJson, name: string) {
  const entry = doc.scanners.find((s) => s.name === name);
  assert.ok(entry, `security.json scanners[] has ${name}: ${doc.scanners.map((s) => s.name).join(', ')}`);
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Prerequisites: checked once, before the tests, so no test's time includes an install

type Need = 'shared-osv' | 'shared-sarif' | 'bandit' | 'npm-tools' | 'zip';

const quiet = createConsoleLogger({ write: () => {} });

async function commandMissing(command: string, args: string[]): Promise<string | undefined> {
  try {
    const r = await runProcess(command, args, { timeoutMs: 60_000 });
    return r.exitCode === 0 ? undefined : `\`${command} ${args.join(' ')}\` exited with ${r.exitCode}`;
  } catch (err) {
    return (err as Error).message;
  }
}

const folderMissing = async (dir: string) => (fs.existsSync(dir) ? undefined : `${dir} is not here (the shared fixtures sit beside the repository)`);

const PROBES: Record<Need, () => Promise<string | undefined>> = {
  'shared-osv': () => folderMissing(OSV_DIR),
  'shared-sarif': () => folderMissing(SARIF_REAL),
  bandit: () => commandMissing('bandit', ['--version']),
  // The same pinned set the action installs, into the same cache, so its runs find it there.
  'npm-tools': () =>
    provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log: quiet, packages: SECURITY_NPM_TOOLS }).then(
      () => undefined,
      (err: Error) => `eslint-plugin-security/secretlint could not be installed into ${TOOL_CACHE}: ${err.message}`,
    ),
  zip: () => commandMissing('zip', ['-v']),
};
const probed = new Map<Need, Promise<string | undefined>>();
const probe = (need: Need) => {
  if (!probed.has(need)) probed.set(need, PROBES[need]());
  return probed.get(need)!;
};

before(async () => {
  await Promise.all((Object.keys(PROBES) as Need[]).map(probe));
});

/** True when everything is here; otherwise the test is skipped with the reason, or fails under CI=true. */
async function ready(t: TestContext, needs: readonly Need[]): Promise<boolean> {
  const missing = (await Promise.all(needs.map(probe))).filter((m): m is string => m !== undefined);
  if (missing.length === 0) return true;
  if (IN_CI) assert.fail(`CI=true, and this test needs what is missing: ${missing.join('; ')}`);
  t.skip(`missing here: ${missing.join('; ')}`);
  return false;
}

const SAMPLE_NEEDS: Need[] = ['shared-osv', 'bandit', 'npm-tools'];

// ---------------------------------------------------------------------------------------------
// Running the action

/** A fresh folder under the system's temp folder, removed when the test ends. */
function tempDir(t: TestContext, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function copySample(workspace: string): string {
  const dir = sampleDirOf(workspace);
  fs.cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

interface ActionRun {
  result: LocalRunResult;
  workspace: string;
  ms: number;
  /** security.sarif and security.json (parsed and as written), when the action named them in its outputs. */
  sarif?: SarifLog;
  sarifText?: string;
  doc?: SecurityJson;
  jsonText?: string;
}

/** Runs actions/security-scan from its committed dist in a fresh workspace. */
async function runScan(
  t: TestContext,
  label: string,
  options: { project?: (workspace: string) => void; inputs: Record<string, string>; env?: Record<string, string>; event?: LocalRunOptions['event'] },
): Promise<ActionRun> {
  const workspace = tempDir(t, 'assay-security-ws-');
  options.project?.(workspace);
  const started = performance.now();
  const result = await runLocalAction({
    actionDir: 'actions/security-scan',
    workspace,
    inputs: options.inputs,
    env: { ...RUN_ENV, ...options.env },
    ...(options.event ? { event: options.event } : {}),
  });
  const ms = Math.round(performance.now() - started);
  t.after(() => fs.rmSync(path.dirname(result.runnerTemp), { recursive: true, force: true }));
  t.diagnostic(`${label}: exit ${result.exitCode} after ${ms} ms${result.note ? ` (${result.note})` : ''}`);
  const run: ActionRun = { result, workspace, ms };
  const sarifFile = result.outputs['sarif-file'];
  const jsonFile = result.outputs['json-file'];
  if (sarifFile) {
    run.sarifText = fs.readFileSync(sarifFile, 'utf8');
    run.sarif = JSON.parse(run.sarifText) as SarifLog;
  }
  if (jsonFile) {
    run.jsonText = fs.readFileSync(jsonFile, 'utf8');
    run.doc = JSON.parse(run.jsonText) as SecurityJson;
  }
  return run;
}

/** The inputs every sample run shares: offline advisories, no upload. */
const sampleInputs = (extra: Record<string, string> = {}): Record<string, string> => ({ path: 'sample', 'osv-database': OSV_DIR, upload: 'false', ...extra });

/** What the step printed, for assertion messages. */
const logOf = (r: LocalRunResult) => `--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

/** Error annotations on no file: how the step failed (setFailed). */
const failures = (r: LocalRunResult) => r.annotations.filter((a) => a.file === undefined && a.level === 'error').map((a) => a.message);
const warnings = (r: LocalRunResult) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/** A JavaScript stack frame, as an uncaught error prints it. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

function assertNoStackTrace(r: LocalRunResult | ProcessResult, where: string): void {
  assert.doesNotMatch(r.stdout, STACK_FRAME, `${where}: no stack trace on stdout`);
  assert.doesNotMatch(r.stderr, STACK_FRAME, `${where}: no stack trace on stderr`);
}

// ---------------------------------------------------------------------------------------------
// SARIF as code scanning reads it

interface SarifRow {
  tool: string;
  ruleId: string;
  uri: string;
  startLine: number;
  startColumn?: number;
  message: string;
}

function rowsOf(sarif: SarifLog): SarifRow[] {
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((r) => {
      const where = r.locations?.[0]?.physicalLocation;
      return {
        tool: run.tool.driver.name,
        ruleId: r.ruleId ?? '',
        uri: where?.artifactLocation?.uri ?? '',
        startLine: where?.region?.startLine ?? 0,
        ...(where?.region?.startColumn !== undefined ? { startColumn: where.region.startColumn } : {}),
        message: r.message.text ?? '',
      };
    }),
  );
}

const rowKey = (r: SarifRow) => `${r.tool} ${r.ruleId} ${r.uri}:${r.startLine}`;

/** secretlint's message names the rule's message id: "Found GitHub Token (GITHUB_TOKEN): …". */
const secretlintRowKey = (r: SarifRow) => `${r.tool} ${r.ruleId}:${/\((\w+)\):/.exec(r.message)?.[1]} ${r.uri}:${r.startLine}`;

/**
 * One run per tool and category, as GitHub requires of an upload since July 2025 (codeql-action
 * keys a run on tool.driver's name, fullName, version, semanticVersion, guid and
 * automationDetails.id). `distinctCategories`: also no automationDetails.id twice, which holds
 * when every run is one of the scanners' own (each has its own category).
 */
function assertOneRunPerToolAndCategory(sarif: SarifLog, options: { distinctCategories?: boolean } = {}): void {
  const ids = sarif.runs.map((r) => `${r.tool.driver.name} / ${r.automationDetails?.id}`);
  const keys = sarif.runs.map((r) => {
    const d = r.tool.driver;
    return JSON.stringify([d.name, d.fullName, d.version, d.semanticVersion, d.guid, r.automationDetails?.id]);
  });
  const categories = sarif.runs.map((r) => r.automationDetails?.id);
  assert.ok(
    categories.every((c) => typeof c === 'string' && c !== ''),
    `every run has a category: ${ids.join(', ')}`,
  );
  assert.equal(new Set(keys).size, keys.length, `no tool and category twice: ${ids.join(', ')}`);
  if (options.distinctCategories) assert.equal(new Set(categories).size, categories.length, `no automationDetails.id twice: ${ids.join(', ')}`);
}

async function assertMultitoolValid(t: TestContext, file: string): Promise<void> {
  await t.test(`${path.basename(file)} passes sarif-multitool validate (SARIF and GitHub rules)`, { skip: multitoolSkipReason() }, async (st) => {
    const started = performance.now();
    const report = await validateWithMultitool(file);
    st.diagnostic(`sarif-multitool: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notes.length} notes in ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(report.errors, [], describeIssues(report.errors));
  });
}

// ---------------------------------------------------------------------------------------------
// The job summary

/** Markdown escapes removed, as GitHub renders the text. */
const plain = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+!|~.-])/g, '$1');

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

// =============================================================================================

describe('1. the sample through the committed bundle (push event, offline OSV database, no upload)', () => {
  test('default fail-on-severity high: exit 1, outputs, security.sarif, security.json, summary, no secret anywhere', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const { result, workspace, sarif, sarifText, doc, jsonText } = await runScan(t, 'default inputs', { project: copySample, inputs: sampleInputs() });
    const sampleDir = sampleDirOf(workspace);
    const outDir = path.join(workspace, 'assay-results');
    const sarifFile = path.join(outDir, 'security.sarif');

    // The step fails, and says why in one error annotation that names the count.
    assert.equal(result.exitCode, 1, logOf(result));
    const over = SAMPLE_BY_SEVERITY.critical + SAMPLE_BY_SEVERITY.high;
    assert.deepEqual(failures(result), [`security-scan failed: ${over} findings at or above fail-on-severity "high". The results are in ${sarifFile}.`]);
    assert.deepEqual(warnings(result), [], 'no warnings: every scanner ran, no input was broken');

    assert.deepEqual(result.outputs, {
      critical: String(SAMPLE_BY_SEVERITY.critical),
      high: String(SAMPLE_BY_SEVERITY.high),
      medium: String(SAMPLE_BY_SEVERITY.medium),
      low: String(SAMPLE_BY_SEVERITY.low),
      total: String(SAMPLE_TOTAL),
      'sarif-file': sarifFile,
      'json-file': path.join(outDir, 'security.json'),
    });
    assert.ok(sarif && doc && sarifText && jsonText, `security.sarif and security.json were written\n${logOf(result)}`);

    // security.sarif: exactly the planted findings, one run per scanner and category.
    assert.equal(sarif.version, '2.1.0');
    assertOneRunPerToolAndCategory(sarif, { distinctCategories: true });
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), ['Bandit', 'eslint-plugin-security', 'osv', 'secretlint']);
    const rows = rowsOf(sarif);
    assert.deepEqual(rows.filter((r) => r.tool !== 'secretlint' && r.tool !== 'eslint-plugin-security').map(rowKey).sort(), expectedKeys(['osv', 'bandit']));
    assert.deepEqual(
      rows.filter((r) => r.tool === 'secretlint').map(secretlintRowKey).sort(),
      expectedKeys(['secretlint']),
    );
    for (const e of EXPECTED.filter((f) => f.column !== undefined)) {
      const row = rows.find((r) => r.tool === DRIVER[e.tool] && r.uri === e.file && r.startLine === e.line)!;
      assert.equal(row.startColumn, e.column, `${e.rule} ${e.file}:${e.line} column`);
    }
    assert.deepEqual(rows.filter((r) => r.tool === 'eslint-plugin-security').map(rowKey), ESLINT_SECURITY_KEYS);
    assert.equal(rows.length, SAMPLE_TOTAL);

    // Dependency results: the advisory id is the ruleId, the message names the package and version.
    for (const e of EXPECTED.filter((f) => f.tool === 'osv')) {
      const row = rows.find((r) => r.tool === 'osv' && r.ruleId === e.rule && r.uri === e.file && r.startLine === e.line);
      assert.ok(row, `osv ${e.rule} ${e.file}:${e.line}`);
      assert.ok(row.message.includes(`${e.package} ${e.version}`), `${e.rule}: "${row.message}" names ${e.package} ${e.version}`);
      assert.ok(row.message.includes(e.rule), `${e.rule}: the message names the advisory`);
    }

    // Every result: a location under %SRCROOT% (the scanned folder), a fingerprint.
    for (const run of sarif.runs) {
      assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri, `${pathToFileURL(sampleDir).href}/`, `${run.tool.driver.name}: %SRCROOT% is the scanned folder`);
      for (const result of run.results ?? []) {
        const where = result.locations?.[0]?.physicalLocation;
        const uri = where?.artifactLocation?.uri ?? '';
        assert.equal(where?.artifactLocation?.uriBaseId, '%SRCROOT%');
        assert.ok(fs.statSync(path.join(sampleDir, uri)).isFile(), `${uri} names a file of the sample`);
        assert.match(result.partialFingerprints?.primaryLocationLineHash ?? '', /^[0-9a-f]{1,16}:\d+$/, `${run.tool.driver.name} ${result.ruleId} ${uri}: primaryLocationLineHash`);
      }
    }

    // Every rule carries security-severity (a score GitHub maps to critical…low), save the one
    // informational advisory (unmaintained crate), which stays off that scale by design.
    const informational = new Set(EXPECTED.filter((e) => e.informational).map((e) => e.rule));
    for (const run of sarif.runs) {
      for (const rule of run.tool.driver.rules ?? []) {
        const score = rule.properties?.['security-severity'];
        if (informational.has(rule.id)) {
          assert.equal(score, undefined, `${rule.id} is informational`);
          assert.equal(rule.defaultConfiguration?.level, 'note', `${rule.id} is a note`);
          continue;
        }
        assert.match(String(score), /^\d+(\.\d+)?$/, `${run.tool.driver.name} rule ${rule.id} has security-severity`);
        assert.ok(Number(score) > 0 && Number(score) <= 10, `${rule.id}: ${score}`);
      }
    }
    assert.deepEqual([...informational], ['RUSTSEC-2021-0139']);

    await assertMultitoolValid(t, sarifFile);

    // security.json: the counts, every scanner ok with its findings, nothing cut, nothing broken.
    assert.deepEqual(doc.totals.bySeverity, { ...SAMPLE_BY_SEVERITY, note: 1 });
    assert.equal(doc.totals.findings, SAMPLE_TOTAL);
    assert.deepEqual(doc.totals.byTool, { osv: 15, Bandit: 5, secretlint: 2, 'eslint-plugin-security': 1 });
    assert.deepEqual(
      doc.scanners.map((s) => [s.name, s.status, s.findings]).sort(),
      [
        ['bandit', 'ok', 5],
        ['eslint-security', 'ok', 1],
        ['osv', 'ok', 15],
        ['secretlint', 'ok', 2],
      ],
    );
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.cuts, []);
    assert.equal(doc.upload, undefined, 'upload: false');

    // The job summary: the counts, the scanner table.
    const summary = result.summary;
    assert.match(summary, /^## Assay security scan$/m);
    assert.deepEqual(summaryTable(summary, 'critical'), [{ ...Object.fromEntries(Object.entries(SAMPLE_BY_SEVERITY).map(([k, v]) => [k, String(v)])), note: '1' }]);
    assert.deepEqual(
      summaryTable(summary, 'scanner').map((r) => [r.scanner, r.status, r.findings]).sort(),
      [
        ['bandit', 'ok', '5'],
        ['eslint-security', 'ok', '1'],
        ['osv', 'ok', '15'],
        ['secretlint', 'ok', '2'],
      ],
    );
    const top = summaryTable(summary, 'severity');
    assert.deepEqual(
      top.slice(0, SAMPLE_BY_SEVERITY.critical).map((r) => r.severity),
      ['critical', 'critical'],
      'the most severe findings come first',
    );

    // The planted secrets appear nowhere a user (or a log reader) can see.
    const secrets = sampleSecrets();
    assertNoSecret(sarifText, secrets, 'security.sarif');
    assertNoSecret(jsonText, secrets, 'security.json');
    assertNoSecret(summary, secrets, 'the job summary');
    assertNoSecret(result.stdout, secrets, 'stdout');
    assertNoSecret(result.stderr, secrets, 'stderr');
    assertNoStackTrace(result, 'the failed step');
  });

  test('fail-on-severity none → exit 0; critical → exit 1 (the sample has critical findings)', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    assert.ok(SAMPLE_BY_SEVERITY.critical > 0);
    const [none, critical] = await Promise.all([
      runScan(t, 'fail-on-severity none', { project: copySample, inputs: sampleInputs({ 'fail-on-severity': 'none' }) }),
      runScan(t, 'fail-on-severity critical', { project: copySample, inputs: sampleInputs({ 'fail-on-severity': 'critical' }) }),
    ]);
    assert.equal(none.result.exitCode, 0, logOf(none.result));
    assert.deepEqual(failures(none.result), []);
    assert.equal(critical.result.exitCode, 1, logOf(critical.result));
    assert.deepEqual(failures(critical.result), [
      `security-scan failed: ${SAMPLE_BY_SEVERITY.critical} findings at or above fail-on-severity "critical". The results are in ${critical.result.outputs['sarif-file']}.`,
    ]);
    for (const run of [none, critical]) {
      assert.ok(run.sarif);
      assert.equal(run.result.outputs.total, String(SAMPLE_TOTAL), 'the gate changes the exit, not the findings');
      assert.equal(run.result.outputs.critical, String(SAMPLE_BY_SEVERITY.critical));
      assert.equal(rowsOf(run.sarif).length, SAMPLE_TOTAL);
    }
  });
});

describe('2. sarif-files: real CodeQL and Semgrep logs, and a broken one', () => {
  /** A project with nothing to find (so the gate sees only the ingested SARIF) and the logs beside it. */
  const project = (logs: readonly string[]) => (workspace: string) => {
    fs.mkdirSync(path.join(workspace, 'project'));
    fs.writeFileSync(path.join(workspace, 'project/app.py'), 'def add(a: int, b: int) -> int:\n    return a + b\n');
    fs.mkdirSync(path.join(workspace, 'codeql-results'));
    for (const log of logs) fs.copyFileSync(path.join(SARIF_REAL, log), path.join(workspace, 'codeql-results', log));
  };
  const inputs = (sarifFiles: string, extra: Record<string, string> = {}) => ({ path: 'project', 'osv-database': OSV_DIR, upload: 'false', 'sarif-files': sarifFiles, ...extra });
  const brokenName = `codeql-results/${BROKEN_LOG}`;

  test('the broken log is named (warning, security.json problems with its JSON path); the valid logs are merged in; the gate counts them; the output validates', async (t) => {
    if (!(await ready(t, ['shared-osv', 'shared-sarif', 'bandit', 'npm-tools']))) return;
    const { result, sarif, doc } = await runScan(t, 'CodeQL + Semgrep + broken', {
      project: project([CODEQL_LOG, SEMGREP_LOG, BROKEN_LOG]),
      inputs: inputs('codeql-results/*.sarif'),
    });
    assert.ok(sarif && doc, logOf(result));

    // The broken file: one warning that names it, and in security.json with where it broke.
    const warned = warnings(result);
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.ok(warned[0]!.startsWith(`${brokenName} at $schema: not valid JSON`), warned[0]);
    assert.deepEqual(
      doc.problems.map((p) => ({ file: p.file, path: p.path, level: p.level, line: p.line })),
      [{ file: brokenName, path: '$schema', level: 'error', line: 3 }],
    );
    assert.match(doc.problems[0]!.rule, /^JSON1001/);
    assert.match(plain(result.summary), new RegExp(`^### Input that could not be used\\n\\n- ${brokenName.replace(/\./g, '\\.')} at \\$schema: not valid JSON`, 'm'));

    // The valid logs' runs are in, with their results, beside the scanners' own runs.
    const input = (name: string) => JSON.parse(fs.readFileSync(path.join(SARIF_REAL, name), 'utf8')) as SarifLog;
    const codeql = input(CODEQL_LOG).runs[0]!;
    const semgrep = input(SEMGREP_LOG).runs[0]!;
    assertOneRunPerToolAndCategory(sarif);
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), ['Bandit', 'CodeQL', 'Semgrep OSS', 'osv', 'secretlint']);
    const rows = rowsOf(sarif);
    const rowOf = (r: SarifResult, tool: string) =>
      `${tool} ${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine}`;
    assert.deepEqual(rows.map(rowKey).sort(), [...(codeql.results ?? []).map((r) => rowOf(r, 'CodeQL')), ...(semgrep.results ?? []).map((r) => rowOf(r, 'Semgrep OSS'))].sort());
    const merged = sarif.runs.find((r) => r.tool.driver.name === 'CodeQL')!;
    assert.equal(merged.results?.[0]?.codeFlows?.[0]?.threadFlows?.[0]?.locations?.length, codeql.results?.[0]?.codeFlows?.[0]?.threadFlows?.[0]?.locations?.length, 'the code flow is kept');
    // The driver describes py/code-injection twice (9.3, and 10.0 from a local pack); the result
    // names the second by ruleIndex, and still does after the merge.
    const result0 = merged.results![0]!;
    assert.equal(result0.ruleIndex, codeql.results![0]!.ruleIndex);
    assert.equal(merged.tool.driver.rules?.[result0.ruleIndex!]?.properties?.['security-severity'], '10.0');

    // The gate: CodeQL's py/code-injection is critical (security-severity 10.0), Semgrep's warning medium.
    assert.deepEqual(
      { critical: result.outputs.critical, high: result.outputs.high, medium: result.outputs.medium, low: result.outputs.low, total: result.outputs.total },
      { critical: '1', high: '0', medium: '1', low: '0', total: '2' },
    );
    assert.equal(result.exitCode, 1, logOf(result));
    assert.deepEqual(failures(result), [`security-scan failed: 1 finding at or above fail-on-severity "high". The results are in ${result.outputs['sarif-file']}.`]);
    assert.deepEqual(doc.totals.byTool, { CodeQL: 1, 'Semgrep OSS': 1 });
    assert.equal(scanner(doc, 'osv').status, 'ok');
    assert.equal(scanner(doc, 'eslint-security').status, 'skipped', 'no JavaScript: skipped, not failed');

    await assertMultitoolValid(t, result.outputs['sarif-file']!);
  });

  test('Semgrep (medium) and the broken log, default gate high → exit 0: a broken input does not fail the step', async (t) => {
    if (!(await ready(t, ['shared-osv', 'shared-sarif', 'bandit', 'npm-tools']))) return;
    const { result, sarif, doc } = await runScan(t, 'Semgrep + broken', {
      project: project([SEMGREP_LOG, BROKEN_LOG]),
      inputs: inputs(`codeql-results/${SEMGREP_LOG}\n${brokenName}`),
    });
    assert.equal(result.exitCode, 0, logOf(result));
    assert.ok(sarif && doc);
    assert.deepEqual(failures(result), []);
    assert.equal(warnings(result).length, 1);
    assert.ok(warnings(result)[0]!.startsWith(brokenName));
    assert.deepEqual([result.outputs.medium, result.outputs.total], ['1', '1']);
    assert.deepEqual(doc.problems.map((p) => p.file), [brokenName]);
    assert.ok(sarif.runs.some((r) => r.tool.driver.name === 'Semgrep OSS'));
  });
});

describe('3. upload to code scanning through the OpenAPI-validating stand-in', () => {
  const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';

  async function standIn(t: TestContext): Promise<GitHubApi> {
    const api = await startGitHubApi();
    t.after(() => api.close());
    return api;
  }

  const uploadInputs = (failOn = 'none') => sampleInputs({ upload: 'true', 'github-token': 'ghs_test', 'wait-for-processing': 'true', 'processing-timeout': '30', 'fail-on-severity': failOn });

  interface Case {
    event: 'push' | 'pull_request';
    /** The processing status each GET answers. */
    statuses: string[];
    failOn: 'high' | 'none';
  }

  /** The POST validated, filed under the event's ref and commit, carrying security.sarif; then the status checks. */
  function checkUpload(api: GitHubApi, run: ActionRun, c: Case): void {
    const { result, sarifText, doc } = run;
    // The step runs to its end: the outputs are set and security.json written after the wait.
    assert.ok(result.outputs['sarif-file'] && sarifText && doc, `${c.event}: the step ended before setting its outputs (exit ${result.exitCode})\n${logOf(result)}`);
    // The gate applies after an upload as without one (the sample has findings at high and above).
    assert.equal(result.exitCode, c.failOn === 'none' ? 0 : 1, logOf(result));
    assert.deepEqual(api.violations, [], 'every request matches GitHub\'s OpenAPI description');
    const [post, ...morePosts] = api.requestsFor('code-scanning/upload-sarif');
    assert.ok(post, `the upload was sent\n${logOf(result)}`);
    assert.deepEqual(morePosts, []);
    const context = eventContext(c.event);
    const repository = (context.payload.repository as { full_name: string }).full_name;
    const [owner, repo] = repository.split('/');
    assert.deepEqual(post.params, { owner, repo });
    assert.equal(post.headers.authorization, 'token ghs_test');
    const body = post.body as Record<string, string>;
    assert.equal(body.commit_sha, context.env.GITHUB_SHA);
    if (c.event === 'push') assert.equal(body.ref, context.env.GITHUB_REF);
    else assert.equal(body.ref, `refs/pull/${(context.payload.pull_request as { number: number }).number}/merge`);
    // The checkout as a folder URI (ending in /), so GitHub strips it from absolute URIs as a path prefix.
    assert.equal(body.checkout_uri, `${pathToFileURL(sampleDirOf(run.workspace)).href}/`);
    assert.equal(body.tool_name, 'Assay');
    const sent = zlib.gunzipSync(Buffer.from(body.sarif!, 'base64')).toString('utf8');
    assert.deepEqual(JSON.parse(sent), JSON.parse(sarifText), 'the upload is security.sarif');

    const polls = api.requestsFor('code-scanning/get-sarif');
    assert.equal(polls.length, c.statuses.length);
    for (const poll of polls) assert.deepEqual(poll.params, { owner, repo, sarif_id: SARIF_ID });

    assert.equal(result.outputs['sarif-id'], SARIF_ID);
    assert.deepEqual(doc.upload, { sarifId: SARIF_ID, ref: body.ref, commitSha: body.commit_sha, processingStatus: 'complete', errors: [] });
    assert.match(result.summary, new RegExp(`^Uploaded to code scanning as ${SARIF_ID} for ${body.ref!.replace(/\//g, '\\/')}: processing complete\\.$`, 'm'));
    assert.ok(result.masks.includes('ghs_test'), 'the token is masked');
    assert.ok(!result.stdout.replace('::add-mask::ghs_test', '').includes('ghs_test'), 'the token is printed nowhere else');
  }

  test('push and pull_request: 202, then complete at the first status check; the request validated, the ref and commit of the event, the log as written', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const cases: Case[] = [
      { event: 'push', statuses: ['complete'], failOn: 'high' },
      { event: 'pull_request', statuses: ['complete'], failOn: 'none' },
    ];
    // The wait before the first status check is real (5 s in the action's process; pending,
    // then complete, would add 10 s more, so that flow is left to test/sarif-upload.test.ts,
    // where the waits are injected). The two runs overlap.
    const runs = await Promise.all(
      cases.map(async (c) => {
        const api = await standIn(t);
        api.respond('code-scanning/upload-sarif', [{ status: 202, body: { id: SARIF_ID, url: `${api.url}/repos/o/r/code-scanning/sarifs/${SARIF_ID}` } }]);
        api.respond(
          'code-scanning/get-sarif',
          c.statuses.map((s) => ({ status: 200, body: { processing_status: s, ...(s === 'complete' ? { analyses_url: `${api.url}/repos/o/r/code-scanning/analyses?sarif_id=${SARIF_ID}` } : {}) } })),
        );
        const run = await runScan(t, `upload on ${c.event}`, { project: copySample, inputs: uploadInputs(c.failOn), env: { GITHUB_API_URL: api.url }, event: c.event });
        return { api, run, c };
      }),
    );
    for (const { api, run, c } of runs) checkUpload(api, run, c);
  });

  test('403 "Resource not accessible by integration" on the POST (a fork pull request): exit 1, what to change, no stack trace', async (t) => {
    if (!(await ready(t, SAMPLE_NEEDS))) return;
    const api = await standIn(t);
    api.respond('code-scanning/upload-sarif', [
      {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data', status: '403' },
      },
    ]);
    // The default gate (high) fails too: the user is told both.
    const run = await runScan(t, 'upload refused', { project: copySample, inputs: uploadInputs('high'), env: { GITHUB_API_URL: api.url }, event: 'pull_request' });
    const { result } = run;
    assert.equal(result.exitCode, 1, logOf(result));
    assert.deepEqual(api.violations, []);
    assert.equal(api.requestsFor('code-scanning/upload-sarif').length, 1, 'a 403 is not retried');
    assert.equal(api.requestsFor('code-scanning/get-sarif').length, 0);
    // Two error annotations: the gate, then the refused upload (GitHub's answer, then what to change).
    const failed = failures(result);
    assert.equal(failed.length, 2, failed.join('\n'));
    assert.equal(failed[0], `security-scan: ${SAMPLE_BY_SEVERITY.critical + SAMPLE_BY_SEVERITY.high} findings at or above fail-on-severity "high". The results are in ${result.outputs['sarif-file']}.`);
    const [answer, explanation = ''] = failed[1]!.split('\n');
    assert.match(answer!, /^security-scan: Could not upload the SARIF to Codertocat\/Hello-World: .*answered 403 Forbidden: Resource not accessible by integration/);
    assert.match(explanation, /^The token is not allowed to do this \("Resource not accessible by integration"\)\./);
    assert.ok(explanation.includes('Add `security-events: write` under `permissions:`'), explanation);
    assert.match(explanation, /A pull request from a fork always gets a read-only token/);
    assertNoStackTrace(result, 'the refused upload');

    // The scan's results are still the user's: the files, the outputs, the summary say what was found.
    assert.ok(run.sarif && run.doc, 'security.sarif and security.json were written');
    assert.equal(run.doc.upload?.sarifId, undefined);
    assert.match(run.doc.upload?.error ?? '', /Resource not accessible by integration/);
    assert.equal(result.outputs.total, String(SAMPLE_TOTAL));
    assert.equal(result.outputs['sarif-id'], undefined);
    assert.match(result.summary, /^The upload to code scanning failed: Could not upload the SARIF to Codertocat\/Hello-World: /m);
  });
});

describe('4. a scanner that fails does not lose the others', () => {
  test('a fake bandit first on PATH (prints garbage, exits 2): bandit failed with the reason; osv and secretlint intact', async (t) => {
    if (!(await ready(t, ['shared-osv', 'npm-tools']))) return;
    const bin = tempDir(t, 'assay-fake-bandit-');
    // `bandit --version` answers (so it is the Bandit found on PATH); a scan prints garbage and exits 2.
    fs.writeFileSync(
      path.join(bin, 'bandit'),
      [
        '#!/bin/sh',
        'if [ "$1" = "--version" ]; then echo "bandit 1.6.2"; exit 0; fi',
        'echo "%%%% not a report @@@@ }{"',
        'echo "fake-bandit: internal error: the garbage generator overflowed" >&2',
        'exit 2',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const { result, sarif, doc } = await runScan(t, 'broken bandit', {
      project: copySample,
      inputs: sampleInputs(),
      env: { PATH: `${bin}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}` },
    });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.ok(sarif && doc, logOf(result));

    const bandit = scanner(doc, 'bandit');
    assert.equal(bandit.status, 'failed');
    // The reason: the exit and the last line the tool printed (stderr first, then stdout).
    assert.match(bandit.reason ?? '', /^Bandit exited with code 2 without a report: (%%%% not a report @@@@ \}\{|fake-bandit: internal error: the garbage generator overflowed)$/);
    for (const name of ['osv', 'secretlint', 'eslint-security']) assert.equal(scanner(doc, name).status, 'ok', name);
    const row = summaryTable(result.summary, 'scanner').find((r) => r.scanner === 'bandit');
    assert.deepEqual([row?.status, row?.note], ['failed', bandit.reason]);

    // The others' findings are all there; Bandit has no run.
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), ['eslint-plugin-security', 'osv', 'secretlint']);
    const rows = rowsOf(sarif);
    assert.deepEqual(rows.filter((r) => r.tool === 'osv').map(rowKey).sort(), expectedKeys(['osv']));
    assert.deepEqual(rows.filter((r) => r.tool === 'secretlint').map(secretlintRowKey).sort(), expectedKeys(['secretlint']));
    const banditCount = EXPECTED.filter((e) => e.tool === 'bandit').length;
    assert.equal(result.outputs.total, String(SAMPLE_TOTAL - banditCount));

    // The step fails for the findings and for the scanner, and says both.
    const failed = failures(result);
    assert.equal(failed.length, 1, failed.join('\n'));
    assert.ok(failed[0]!.includes(`bandit: ${bandit.reason}`), failed[0]);
    assertNoStackTrace(result, 'the run with a broken bandit');
  });
});

describe('6. scanners: none (the reusable workflow\'s one code scanning upload)', () => {
  test('sarif-files only: security.sarif holds exactly the given runs, no scanner ran, and it is what goes to code scanning', async (t) => {
    if (!(await ready(t, ['shared-sarif']))) return;
    // A project every scanner would find something in (the sample), so a scanner that ran could not hide.
    // Tripwires for each group: a bandit first on PATH that leaves a mark, an OSV API on 127.0.0.1
    // that records every request (no osv-database, so the dependency check would ask it), and an
    // empty tool cache that eslint-plugin-security and secretlint would be installed into.
    const traps = tempDir(t, 'assay-none-traps-');
    const bin = path.join(traps, 'bin');
    fs.mkdirSync(bin);
    const banditMark = path.join(traps, 'bandit-ran');
    fs.writeFileSync(path.join(bin, 'bandit'), `#!/bin/sh\necho "$@" >> '${banditMark}'\necho "bandit 1.6.2"\nexit 0\n`, { mode: 0o755 });
    const toolCache = path.join(traps, 'tool-cache');
    fs.mkdirSync(toolCache);
    const osvRequests: string[] = [];
    const osv = createServer((req, res) => {
      osvRequests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"results":[]}');
    });
    await new Promise<void>((resolve) => osv.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => osv.close(() => resolve())));
    const api = await startGitHubApi();
    t.after(() => api.close());
    const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';
    api.respond('code-scanning/upload-sarif', [{ status: 202, body: { id: SARIF_ID, url: `${api.url}/repos/o/r/code-scanning/sarifs/${SARIF_ID}` } }]);

    const logs = [CODEQL_LOG, SEMGREP_LOG];
    const { result, sarif, sarifText, doc } = await runScan(t, 'scanners: none', {
      project: (workspace) => {
        copySample(workspace);
        // Where the reusable workflow's download-artifact puts the stages' SARIF: a folder per artifact.
        for (const [i, log] of logs.entries()) {
          const dir = path.join(workspace, 'stage-sarif', `assay-part-${i}`);
          fs.mkdirSync(dir, { recursive: true });
          fs.copyFileSync(path.join(SARIF_REAL, log), path.join(dir, log));
        }
      },
      inputs: {
        path: 'sample',
        scanners: 'none',
        'sarif-files': 'stage-sarif/**/*.sarif',
        'osv-api-url': `http://127.0.0.1:${(osv.address() as AddressInfo).port}`,
        'fail-on-severity': 'none',
        upload: 'true',
        'github-token': 'ghs_test',
        'wait-for-processing': 'false',
      },
      env: { ASSAY_TOOL_CACHE: toolCache, PATH: `${bin}${path.delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`, GITHUB_API_URL: api.url },
    });
    assert.equal(result.exitCode, 0, logOf(result));
    assert.deepEqual(failures(result), []);
    assert.ok(sarif && sarifText && doc, logOf(result));

    // No scanner of any group ran.
    assert.deepEqual(doc.scanners, [], 'security.json lists no scanner');
    assert.ok(!fs.existsSync(banditMark), `bandit was run: ${fs.existsSync(banditMark) ? fs.readFileSync(banditMark, 'utf8') : ''}`);
    assert.deepEqual(osvRequests, [], 'the OSV API was not asked');
    assert.deepEqual(fs.readdirSync(toolCache), [], 'no npm scanner was installed');
    assert.match(plain(result.summary), /^No scanner ran \(scanners: none\)/m);
    assert.equal(summaryTable(result.summary, 'scanner').length, 0);

    // security.sarif: exactly the runs of the given files, with exactly their results.
    const input = (name: string) => JSON.parse(fs.readFileSync(path.join(SARIF_REAL, name), 'utf8')) as SarifLog;
    const given = logs.flatMap((l) => input(l).runs);
    assert.deepEqual(sarif.runs.map((r) => r.tool.driver.name).sort(), given.map((r) => r.tool.driver.name).sort());
    assertOneRunPerToolAndCategory(sarif);
    const rowOf = (r: SarifResult, tool: string) =>
      `${tool} ${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine}`;
    assert.deepEqual(rowsOf(sarif).map(rowKey).sort(), given.flatMap((run) => (run.results ?? []).map((r) => rowOf(r, run.tool.driver.name))).sort());
    assert.deepEqual(doc.totals.byTool, { CodeQL: 1, 'Semgrep OSS': 1 });
    assert.deepEqual(doc.problems, []);
    assert.deepEqual([result.outputs.critical, result.outputs.medium, result.outputs.total], ['1', '1', '2'], 'the outputs count the given findings');
    await assertMultitoolValid(t, result.outputs['sarif-file']!);

    // The merged log is the one upload to code scanning.
    assert.deepEqual(api.violations, []);
    const posts = api.requestsFor('code-scanning/upload-sarif');
    assert.equal(posts.length, 1, logOf(result));
    const body = posts[0]!.body as Record<string, string>;
    assert.deepEqual(JSON.parse(zlib.gunzipSync(Buffer.from(body.sarif!, 'base64')).toString('utf8')), JSON.parse(sarifText), 'the upload is security.sarif');
    assert.equal(result.outputs['sarif-id'], SARIF_ID);
  });

  test('"none" with another scanner, or with nothing to merge, is a configuration error naming the input', async (t) => {
    const workspace = tempDir(t, 'assay-none-inputs-');
    // The action.yml defaults (an expression default left empty), then what the step gives.
    const defaults = Object.fromEntries(
      Object.entries(readActionMetadata(path.join(REPO_ROOT, 'actions/security-scan/action.yml')).inputs).map(([name, spec]) => [name, String(spec.default ?? '').includes('${{') ? '' : String(spec.default ?? '')]),
    );
    const read = (given: Record<string, string>) => {
      const values: Record<string, string> = { ...defaults, ...given };
      return getSecurityInputs(new InputReader((name) => values[name] ?? '', workspace));
    };
    assert.deepEqual(read({}).scanners, ['dependencies', 'sast', 'secrets'], 'empty: all three');
    assert.deepEqual(read({ scanners: 'sast, secrets' }).scanners, ['sast', 'secrets']);
    assert.deepEqual(read({ scanners: 'none', 'sarif-files': '*.sarif' }).scanners, []);
    assert.deepEqual(read({ scanners: 'none', convert: 'CppCheck: reports/*.xml' }).scanners, []);
    assert.throws(() => read({ scanners: 'none, secrets', 'sarif-files': '*.sarif' }), (err: Error) => {
      assert.ok(err instanceof ConfigurationError);
      assert.match(err.message, /^input "scanners" has "none" together with "secrets"; "none" runs no scanner/);
      return true;
    });
    assert.throws(() => read({ scanners: 'none' }), (err: Error) => err instanceof ConfigurationError && /input "scanners" is "none".*neither sarif-files nor convert/.test(err.message));
    assert.throws(() => read({ scanners: 'nothing' }), (err: Error) => err instanceof ConfigurationError && /allowed: dependencies, sast, secrets, none/.test(err.message));

    // The same through the bundle: the step fails before any scanner starts.
    const { result } = await runScan(t, 'scanners: none, sast', { inputs: { path: '.', scanners: 'none\nsast', 'sarif-files': '*.sarif', upload: 'false' } });
    assert.equal(result.exitCode, 1, logOf(result));
    const failed = failures(result);
    assert.equal(failed.length, 1, failed.join('\n'));
    assert.match(failed[0]!, /^security-scan: input "scanners" has "none" together with "sast"/);
    assert.equal(result.outputs['sarif-file'], undefined);
    assertNoStackTrace(result, 'scanners: none, sast');
  });
});

describe('5. the assay command', () => {
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
    t.diagnostic(`assay ${args.map((a) => (a.includes('/') ? path.basename(a) : a)).join(' ')}: exit ${r.exitCode} after ${Math.round(r.durationMs)} ms`);
    return r;
  };

  test('assay security-scan --path DIR --osv-database DIR_OR_ZIP --output-dir OUT writes OUT/security.sarif and OUT/security.json', async (t) => {
    if (!(await ready(t, [...SAMPLE_NEEDS, 'zip']))) return;
    const scratch = tempDir(t, 'assay-security-cli-');
    copySample(scratch);
    // A zip of the records as OSV publishes them (all.zip): one JSON file per advisory at the top.
    const records = fs.readdirSync(OSV_DIR).filter((f) => f.endsWith('.json'));
    const zipFile = path.join(scratch, 'osv-records.zip');
    const zipped = await runProcess('zip', ['-q', '-j', zipFile, ...records.map((f) => path.join(OSV_DIR, f))], { timeoutMs: 60_000 });
    assert.equal(zipped.exitCode, 0, zipped.stderr);

    const [fromDir, fromZip] = await Promise.all([
      assay(t, ['security-scan', '--path', 'sample', '--osv-database', OSV_DIR, '--output-dir', 'out-dir'], scratch),
      assay(t, ['security-scan', '--path', path.join(scratch, 'sample'), '--osv-database', zipFile, '--output-dir', path.join(scratch, 'out-zip')], scratch),
    ]);
    const secrets = sampleSecrets();
    const results: SarifRow[][] = [];
    for (const [r, out] of [
      [fromDir, 'out-dir'],
      [fromZip, 'out-zip'],
    ] as const) {
      assert.equal(r.exitCode, 1, `${out}: the default gate (high) fails the sample\n${r.stdout}\n${r.stderr}`);
      const sarifFile = path.join(scratch, out, 'security.sarif');
      const jsonFile = path.join(scratch, out, 'security.json');
      assert.equal(
        r.stdout,
        [
          ...Object.entries(SAMPLE_BY_SEVERITY).map(([k, v]) => `${k}=${v}`),
          `total=${SAMPLE_TOTAL}`,
          `sarif-file=${sarifFile}`,
          `json-file=${jsonFile}`,
          '',
        ].join('\n'),
      );
      assert.ok(r.stderr.includes(`security-scan failed: ${SAMPLE_BY_SEVERITY.critical + SAMPLE_BY_SEVERITY.high} findings at or above fail-on-severity "high"`), r.stderr);
      assert.match(r.stderr, new RegExp(`read \\d+ OSV records from ${out === 'out-dir' ? OSV_DIR : zipFile}`), `${out}: the database named`);
      const sarifText = fs.readFileSync(sarifFile, 'utf8');
      const sarif = JSON.parse(sarifText) as SarifLog;
      const doc = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as SecurityJson;
      assertOneRunPerToolAndCategory(sarif);
      const rows = rowsOf(sarif);
      assert.deepEqual(rows.filter((x) => x.tool === 'osv' || x.tool === 'Bandit').map(rowKey).sort(), expectedKeys(['osv', 'bandit']), out);
      assert.deepEqual(rows.filter((x) => x.tool === 'secretlint').map(secretlintRowKey).sort(), expectedKeys(['secretlint']), out);
      // The contract other checks rely on: advisory id in ruleId, package and version in the message.
      for (const e of EXPECTED.filter((f) => f.tool === 'osv')) {
        const row = rows.find((x) => x.tool === 'osv' && x.ruleId === e.rule && x.uri === e.file && x.startLine === e.line);
        assert.ok(row?.message.includes(`${e.package} ${e.version}`), `${out} ${e.rule}: ${row?.message}`);
      }
      assert.deepEqual(doc.totals.bySeverity, { ...SAMPLE_BY_SEVERITY, note: 1 });
      assertNoSecret(sarifText, secrets, `${out}/security.sarif`);
      assertNoSecret(r.stdout + r.stderr, secrets, `${out}: the command's output`);
      assertNoStackTrace(r, out);
      results.push(rows);
    }
    // The folder and the zip give the same findings, with the same messages.
    const described = (rows: SarifRow[]) => rows.filter((x) => x.tool === 'osv').map((x) => `${rowKey(x)} ${x.message}`).sort();
    assert.deepEqual(described(results[1]!), described(results[0]!));
  });

  test('assay sarif merge --output FILE IN… and assay sarif validate FILE… on real logs', async (t) => {
    if (!(await ready(t, ['shared-sarif']))) return;
    const scratch = tempDir(t, 'assay-sarif-cli-');
    const inputs = [CODEQL_LOG, SEMGREP_LOG, 'trivy.alpine-310.sarif'].map((f) => path.join(SARIF_REAL, f));
    const merge = await assay(t, ['sarif', 'merge', '--output', 'merged.sarif', ...inputs], scratch);
    assert.equal(merge.exitCode, 0, merge.stderr);
    assert.match(merge.stdout, /^wrote merged\.sarif\n3 files in, 3 runs out; 6 results in, 0 duplicates removed, 6 written;/);
    const merged = JSON.parse(fs.readFileSync(path.join(scratch, 'merged.sarif'), 'utf8')) as SarifLog;
    assert.deepEqual(merged.runs.map((r) => r.tool.driver.name).sort(), ['CodeQL', 'Semgrep OSS', 'Trivy']);
    assert.equal(rowsOf(merged).length, 6);
    await assertMultitoolValid(t, path.join(scratch, 'merged.sarif'));

    const invalid = path.join(SARIF_REAL, 'codeql-action.invalid-sarif.sarif'); // runs[0].results is 42
    const validate = await assay(t, ['sarif', 'validate', 'merged.sarif', invalid], scratch);
    assert.equal(validate.exitCode, 1, 'a file with errors: exit 1');
    const shown = path.relative(scratch, invalid);
    assert.ok(validate.stdout.includes(`${shown}: runs[0].results: error: must be array`), validate.stdout);
    assert.match(validate.stdout, /^merged\.sarif: valid$/m);
    assert.ok(validate.stdout.includes(`${shown}: 1 error\n`), validate.stdout);
    assertNoStackTrace(validate, 'assay sarif validate');
  });
});
