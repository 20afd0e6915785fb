/**
 * security-scan's SAST scanners, run as the real tools: Bandit (Debian's bandit 1.6.2 here) and
 * eslint-plugin-security (installed at run time by Assay's provisioning, like analyze's ESLint),
 * on the fixture projects in test/fixtures/security/sast and on sample/, each copied into a
 * temporary folder first so no tool writes into the repository and nothing around a fixture
 * lends it settings. Every expected finding below was first checked by running the tool by hand
 * on the fixture (commands in the fixture's comments and the report of this work); the sample's
 * are those of sample/expected-findings.json. The SARIF each scanner's output becomes passes the
 * SARIF 2.1.0 schema and `sarif-multitool validate` (spec and GitHub rules).
 *
 * A missing tool skips its tests with the reason, except under CI=true, where it fails them.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../lib/action/logger';
import { runProcess } from '../lib/process/run-process';
import { buildToolRun } from '../lib/sarif/build-run';
import { createLog, writeLog } from '../lib/sarif/log';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { ToolSkippedError } from '../lib/tool-errors';
import { assayNpmToolsDir, provisionAssayNpmTools } from '../actions/analyze/provision/npm-tools';
import type { ScanContext, ScannerOutput } from '../actions/security-scan/model';
import { createBanditScanner, banditScanner } from '../actions/security-scan/sast/bandit';
import { BANDIT_CWE } from '../actions/security-scan/sast/bandit-cwe';
import { filesUnderTargets, iniTargets } from '../actions/security-scan/sast/bandit-config';
import { banditMessage, banditSeverity, findingsFromBandit, type BanditResult } from '../actions/security-scan/sast/bandit-report';
import { batchArguments } from '../actions/security-scan/sast/batches';
import { eslintSecurityScanner, findingsFromEslintSecurity } from '../actions/security-scan/sast/eslint-security';
import { ESLINT_SECURITY_RULES } from '../actions/security-scan/sast/eslint-security-rules';
import { SECURITY_NPM_TOOLS } from '../actions/security-scan/sast/security-npm-tools';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/security/sast');
const SAMPLE = path.join(here, '..', 'sample');
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';
const multitoolSkip = multitoolSkipReason();

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sast-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Helpers

/** A copy of a fixture (or of sample/) in its own temporary folder. */
function copyProject(source: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, `${path.basename(source)}-`));
  fs.cpSync(source, dir, { recursive: true });
  return dir;
}

function scanContext(root: string, lines: string[] = [], env: NodeJS.ProcessEnv = process.env): ScanContext {
  return {
    root,
    log: createConsoleLogger({ write: (l) => lines.push(l) }),
    toolCache: TOOL_CACHE,
    tempDir: fs.mkdtempSync(path.join(scratch, 'tmp-')),
    env,
    signal: AbortSignal.timeout(300_000),
  };
}

/** "ruleId file:line" for each finding, sorted: the exact set a scan must produce. */
function keys(output: ScannerOutput): string[] {
  return output.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();
}

/** The scanner's output as a SARIF log, checked against the schema and by sarif-multitool (spec + GitHub rules). */
async function assertValidSarif(t: TestContext, output: ScannerOutput, root: string): Promise<void> {
  const run = buildToolRun({ tool: output.tool, findings: output.findings, rules: output.rules, root, category: output.category });
  const log = createLog([run]);
  assert.deepEqual(sarifSchemaViolations(log), []);
  for (const rule of run.tool.driver.rules ?? []) {
    assert.match(String(rule.properties?.['security-severity']), /^\d+\.\d$/, `${rule.id} has a security-severity`);
    assert.ok((rule.properties?.tags as string[]).includes('security'), `${rule.id} is tagged security`);
  }
  if (multitoolSkip) {
    t.diagnostic(`sarif-multitool validate not run: ${multitoolSkip}`);
    return;
  }
  const file = path.join(fs.mkdtempSync(path.join(scratch, 'sarif-')), 'scan.sarif');
  await writeLog(file, log);
  const report = await validateWithMultitool(file);
  assert.deepEqual(report.errors, [], describeIssues(report.errors));
}

const banditMissing = runProcess('bandit', ['--version']).then(
  (r) => (r.exitCode === 0 ? undefined : `bandit --version exited with ${r.exitCode}`),
  (e: Error) => e.message,
);

async function banditReady(t: TestContext): Promise<boolean> {
  const why = await banditMissing;
  if (!why) return true;
  if (IN_CI) assert.fail(`bandit is required under CI=true (Debian package bandit): ${why}`);
  t.skip(`bandit is not installed here: ${why}`);
  return false;
}

let npmToolsMissing: string | undefined;
before(async () => {
  try {
    await provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log: createConsoleLogger({ write: () => {} }), packages: SECURITY_NPM_TOOLS });
  } catch (err) {
    if (IN_CI || !(err instanceof ToolSkippedError)) throw err;
    npmToolsMissing = err.message;
  }
});

function npmToolsReady(t: TestContext): boolean {
  if (!npmToolsMissing) return true;
  t.skip(`eslint-plugin-security could not be provisioned: ${npmToolsMissing}`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Bandit

describe('bandit', () => {
  test('the planted fixture: every planted issue, nothing from vendor/ or # nosec, the unparsable file as a note', async (t) => {
    if (!(await banditReady(t))) return;
    const root = copyProject(path.join(FIXTURES, 'python'));
    const started = performance.now();
    const output = await banditScanner.run(scanContext(root));
    t.diagnostic(`bandit on the fixture: ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(keys(output), [
      'B102 app/handlers.py:35', // exec(expression)
      'B107 app/handlers.py:38', // password default argument
      'B301 app/handlers.py:11', // pickle.loads
      'B311 app/handlers.py:23', // random.randint for an id
      'B403 app/handlers.py:2', // import pickle
      'B404 app/handlers.py:4', // import subprocess
      'B501 app/handlers.py:31', // requests verify=False
      'B506 app/handlers.py:27', // yaml.load without Loader
      'B602 app/handlers.py:15', // shell=True (the reviewed one on line 19 has # nosec)
    ]);
    const bySeverity = Object.fromEntries(output.findings.map((f) => [f.ruleId, f.severity]));
    assert.deepEqual(bySeverity, { B102: 'medium', B107: 'low', B301: 'medium', B311: 'low', B403: 'low', B404: 'low', B501: 'high', B506: 'medium', B602: 'high' });
    assert.equal(output.category, 'assay-security/bandit');
    assert.equal(output.tool.name, 'Bandit');
    assert.match(output.tool.version ?? '', /^\d+\.\d+\.\d+/);
    assert.deepEqual(output.notes, ['Bandit could not parse 1 file(s), so nothing in them was checked: app/broken.py (syntax error while parsing AST from file)']);
    // The hard-coded password is a secret too: masked in the message.
    const b107 = output.findings.find((f) => f.ruleId === 'B107')!;
    assert.equal(b107.message, "Possible hardcoded password: 'hunt…[23 chars]'");
    assert.ok(!JSON.stringify(output).includes('hunter2-backup-password'));
    const b602 = output.rules.find((r) => r.id === 'B602')!;
    assert.deepEqual(b602.tags, ['security', 'external/cwe/cwe-78']);
    assert.equal(b602.properties?.['security-severity'], '8.5');
    assert.equal(b602.helpUri, 'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html');
    await assertValidSarif(t, output, root);
  });

  test('sample/: exactly the bandit rows of expected-findings.json', async (t) => {
    if (!(await banditReady(t))) return;
    const root = copyProject(SAMPLE);
    const output = await banditScanner.run(scanContext(root));
    const expected = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as { tool: string; rule: string; file: string; line: number; severity?: string; symbol?: string }[]).filter(
      (f) => f.tool === 'bandit',
    );
    assert.deepEqual(keys(output), expected.map((f) => `${f.rule} ${f.file}:${f.line}`).sort());
    // Bandit's own severity is what the sample lists; these five all have high confidence but B107,
    // so Assay's severity equals Bandit's here.
    for (const e of expected) {
      const f = output.findings.find((x) => x.ruleId === e.rule && x.file === e.file && x.line === e.line)!;
      assert.equal(f.severity, e.severity, `${e.rule}`);
    }
    assert.ok(!JSON.stringify(output).includes('Inv3ntory!2019'), 'the sample password is masked');
    await assertValidSarif(t, output, root);
  });

  test("the project's [tool.bandit] in pyproject.toml is applied (skips, exclude_dirs)", async (t) => {
    if (!(await banditReady(t))) return;
    const root = copyProject(path.join(FIXTURES, 'python-config'));
    const lines: string[] = [];
    const output = await banditScanner.run(scanContext(root, lines));
    // B101 (assert) is skipped, tests/ is excluded; subprocess use stays.
    assert.deepEqual(keys(output), ['B404 shop/core.py:2', 'B603 shop/core.py:11', 'B607 shop/core.py:11']);
    assert.ok(lines.some((l) => l.includes("using the project's config pyproject.toml [tool.bandit]")), lines.join('\n'));
  });

  test("the project's .bandit is applied (skips, targets)", async (t) => {
    if (!(await banditReady(t))) return;
    const root = copyProject(path.join(FIXTURES, 'python-ini'));
    const output = await banditScanner.run(scanContext(root));
    // B404 skipped; scripts/ is outside the targets, so its eval is not reported.
    assert.deepEqual(keys(output), ['B602 app/jobs.py:6']);
    assert.ok(output.notes?.some((n) => n.includes('.bandit limits the scan to its targets (app)')));
  });

  test('a clean project: zero findings', async (t) => {
    if (!(await banditReady(t))) return;
    const output = await banditScanner.run(scanContext(copyProject(path.join(FIXTURES, 'clean'))));
    assert.deepEqual(output.findings, []);
    assert.deepEqual(output.rules, []);
  });

  test('no Python files: skipped with the reason', async () => {
    const root = fs.mkdtempSync(path.join(scratch, 'no-python-'));
    fs.writeFileSync(path.join(root, 'index.js'), 'module.exports = 1;\n');
    await assert.rejects(banditScanner.run(scanContext(root)), (e: unknown) => e instanceof ToolSkippedError && e.message === 'no Python files to scan');
  });

  test('Bandit missing and not to be installed: skipped with an install hint', async () => {
    const root = copyProject(path.join(FIXTURES, 'clean'));
    const empty = fs.mkdtempSync(path.join(scratch, 'empty-bin-'));
    const scanner = createBanditScanner({ install: false });
    await assert.rejects(scanner.run(scanContext(root, [], { PATH: empty })), (e: unknown) => {
      assert.ok(e instanceof ToolSkippedError);
      assert.match(e.message, /Bandit is not installed \(not on PATH\); install it \(pip install bandit, or apt-get install bandit/);
      return true;
    });
  });

  test('Bandit missing and pip cannot install it: skipped with pip\'s own words', async (t) => {
    const python = await runProcess('python3', ['-c', 'import venv, ensurepip']).then((r) => r.exitCode === 0, () => false);
    if (!python) {
      t.skip('python3 with venv and ensurepip is not available');
      return;
    }
    const root = copyProject(path.join(FIXTURES, 'clean'));
    // Only python3 on PATH (no bandit), and pip told not to reach any index: the install fails fast.
    const bin = fs.mkdtempSync(path.join(scratch, 'python-only-'));
    const real = (await runProcess('python3', ['-c', 'import sys; print(sys.executable)'])).stdout.trim();
    fs.symlinkSync(real, path.join(bin, 'python3'));
    const context = scanContext(root, [], { PATH: bin, HOME: scratch, PIP_NO_INDEX: '1', PIP_FIND_LINKS: '', PIP_CONFIG_FILE: os.devNull });
    context.toolCache = fs.mkdtempSync(path.join(scratch, 'bandit-cache-'));
    await assert.rejects(banditScanner.run(context), (e: unknown) => {
      assert.ok(e instanceof ToolSkippedError, String(e));
      assert.match(e.message, /Bandit is not installed and Assay could not pip install bandit==\d+\.\d+\.\d+: it exited with code \d+/);
      assert.match(e.message, /No matching distribution found for bandit|Could not find a version/);
      return true;
    });
    // A failed install leaves nothing behind that a later run would take for an install.
    assert.deepEqual(fs.readdirSync(context.toolCache), []);
  });
});

describe('bandit report parsing', () => {
  const base: BanditResult = {
    filename: 'app/x.py',
    test_id: 'B602',
    test_name: 'subprocess_popen_with_shell_equals_true',
    issue_severity: 'HIGH',
    issue_confidence: 'HIGH',
    issue_text: 'subprocess call with shell=True identified, security issue.',
    line_number: 3,
    line_range: [3, 4, 5],
    more_info: 'https://bandit.readthedocs.io/en/latest/plugins/b602_subprocess_popen_with_shell_equals_true.html',
  };

  test('severity × confidence → severity and score', () => {
    assert.deepEqual(banditSeverity('HIGH', 'HIGH'), { severity: 'high', score: 8.5 });
    assert.deepEqual(banditSeverity('HIGH', 'MEDIUM'), { severity: 'high', score: 7.5 });
    assert.deepEqual(banditSeverity('HIGH', 'LOW'), { severity: 'medium', score: 6.0 });
    assert.deepEqual(banditSeverity('MEDIUM', 'HIGH'), { severity: 'medium', score: 6.5 });
    assert.deepEqual(banditSeverity('MEDIUM', 'LOW'), { severity: 'low', score: 3.5 });
    assert.deepEqual(banditSeverity('LOW', 'HIGH'), { severity: 'low', score: 3.5 });
    assert.deepEqual(banditSeverity('LOW', 'LOW'), { severity: 'low', score: 1.5 });
  });

  test("newer Bandit's issue_cwe and columns are used; the rule takes its most severe finding's score", () => {
    const newer: BanditResult = { ...base, col_offset: 11, end_col_offset: 40, line_range: [3], issue_cwe: { id: 77, link: 'https://cwe.mitre.org/data/definitions/77.html' } };
    const weaker: BanditResult = { ...base, line_number: 9, line_range: [9], issue_severity: 'LOW', issue_confidence: 'HIGH' };
    const { findings, rules } = findingsFromBandit([{ results: [weaker, newer] }], '/project');
    assert.deepEqual(findings[0], {
      ruleId: 'B602',
      level: 'error',
      severity: 'high',
      securitySeverity: 8.5,
      message: 'subprocess call with shell=True identified, security issue.',
      file: 'app/x.py',
      line: 3,
      column: 12,
      endColumn: 41,
    });
    assert.equal(findings[1]!.severity, 'low');
    assert.deepEqual(rules[0]!.tags, ['security', 'external/cwe/cwe-77']);
    assert.equal(rules[0]!.properties?.['security-severity'], '8.5');
  });

  test('a finding over several lines ends on the last line of line_range; 1.6.2 has no CWE, the table supplies it', () => {
    const { findings, rules } = findingsFromBandit([{ results: [base] }], '/project');
    assert.equal(findings[0]!.endLine, 5);
    assert.equal(findings[0]!.column, undefined);
    assert.deepEqual(rules[0]!.tags, ['security', 'external/cwe/cwe-78']);
  });

  test('hard-coded passwords are masked in messages; other messages are kept', () => {
    assert.equal(banditMessage({ ...base, test_id: 'B105', issue_text: "Possible hardcoded password: 'correct-horse-battery'" }), "Possible hardcoded password: 'corr…[21 chars]'");
    assert.equal(banditMessage({ ...base, test_id: 'B106', issue_text: "Possible hardcoded password: 'abc'" }), "Possible hardcoded password: '…[3 chars]'");
    assert.equal(banditMessage(base), base.issue_text);
  });

  test('every check id of Bandit 1.6.2 (and later) has a CWE', async (t) => {
    if (!(await banditReady(t))) return;
    // `bandit -h` lists every installed test and blacklist id.
    const help = (await runProcess('bandit', ['-h'])).stdout;
    const ids = [...new Set(help.match(/\bB\d{3}\b/g) ?? [])];
    assert.ok(ids.length > 50, `bandit -h listed ${ids.length} ids`);
    assert.deepEqual(ids.filter((id) => BANDIT_CWE[id] === undefined), []);
  });

  test('.bandit targets narrow the file list', () => {
    assert.deepEqual(iniTargets('[bandit]\n# scan these\ntargets: src, ./lib/\nskips: B101\n'), ['src', 'lib']);
    assert.equal(iniTargets('[other]\ntargets: x\n'), undefined);
    assert.deepEqual(filesUnderTargets(['src/a.py', 'srcx/b.py', 'lib/c.py', 'd.py'], ['src', 'lib']), ['src/a.py', 'lib/c.py']);
  });

  test('file arguments are batched under the command-line limit', () => {
    const files = Array.from({ length: 5000 }, (_, i) => `pkg/module_${i}.py`);
    const batches = batchArguments(files);
    assert.ok(batches.length > 1);
    assert.deepEqual(batches.flat(), files);
    for (const b of batches) assert.ok(b.reduce((n, f) => n + f.length + 1, 0) <= 30_000);
  });
});

// ---------------------------------------------------------------------------------------------
// ESLint security rules

describe('eslint-security', () => {
  test("the planted fixture: every planted issue in JS and TS, nothing vendored or suppressed, the project's config not loaded", async (t) => {
    if (!npmToolsReady(t)) return;
    const root = copyProject(path.join(FIXTURES, 'js'));
    const started = performance.now();
    const output = await eslintSecurityScanner.run(scanContext(root));
    t.diagnostic(`eslint-security on the fixture: ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(keys(output), [
      'security/detect-child-process src/server.js:7',
      'security/detect-eval-with-expression src/server.js:15', // line 45's eval carries eslint-disable-next-line
      'security/detect-new-buffer src/render.ts:25',
      'security/detect-non-literal-fs-filename src/render.ts:17',
      'security/detect-non-literal-fs-filename src/server.js:11',
      'security/detect-non-literal-regexp src/server.js:27',
      'security/detect-non-literal-require src/server.js:19',
      'security/detect-object-injection src/server.js:40',
      'security/detect-possible-timing-attacks src/server.js:33',
      'security/detect-pseudoRandomBytes src/server.js:23',
      'security/detect-unsafe-regex src/server.js:30',
    ]);
    assert.equal(output.category, 'assay-security/eslint-security');
    assert.equal(output.tool.version, `${SECURITY_NPM_TOOLS['eslint-plugin-security']} (ESLint ${SECURITY_NPM_TOOLS.eslint})`);
    const severities = Object.fromEntries(output.findings.map((f) => [f.ruleId, f.severity]));
    assert.equal(severities['security/detect-child-process'], 'high');
    assert.equal(severities['security/detect-eval-with-expression'], 'high');
    assert.equal(severities['security/detect-non-literal-fs-filename'], 'medium');
    assert.equal(severities['security/detect-object-injection'], 'low');
    const child = output.findings.find((f) => f.ruleId === 'security/detect-child-process')!;
    assert.deepEqual({ line: child.line, column: child.column, endLine: child.endLine, endColumn: child.endColumn }, { line: 7, column: 10, endLine: 7, endColumn: 36 });
    const rule = (id: string) => output.rules.find((r) => r.id === id)!;
    assert.deepEqual(rule('security/detect-child-process').tags, ['security', 'external/cwe/cwe-78']);
    assert.deepEqual(rule('security/detect-eval-with-expression').tags, ['security', 'external/cwe/cwe-95']);
    assert.deepEqual(rule('security/detect-non-literal-fs-filename').tags, ['security', 'external/cwe/cwe-22']);
    assert.equal(rule('security/detect-child-process').properties?.['security-severity'], '8.0');
    assert.equal(rule('security/detect-child-process').helpUri, 'https://github.com/eslint-community/eslint-plugin-security/blob/main/docs/rules/detect-child-process.md');
    // The inline comment naming @typescript-eslint/no-explicit-any (not loaded) is not a finding.
    assert.ok(output.findings.every((f) => f.ruleId.startsWith('security/')));
    await assertValidSarif(t, output, root);
  });

  test('a clean project: zero findings', async (t) => {
    if (!npmToolsReady(t)) return;
    const output = await eslintSecurityScanner.run(scanContext(copyProject(path.join(FIXTURES, 'clean'))));
    assert.deepEqual(output.findings, []);
  });

  test("sample/: all of the sample's JS and TS parsed, one (false-positive-prone) report", async (t) => {
    if (!npmToolsReady(t)) return;
    // sample/web/eslint.config.js cannot parse TypeScript; the scan's own config can. The sample
    // plants no JS security defect; detect-object-injection flags any `array[i] = …`, as here.
    const output = await eslintSecurityScanner.run(scanContext(copyProject(SAMPLE)));
    assert.deepEqual(keys(output), ['security/detect-object-injection bench/sort.mjs:24']);
    assert.equal(output.findings[0]!.severity, 'low');
    assert.equal(output.notes, undefined, 'every file parsed');
  });

  test('no JavaScript or TypeScript: skipped with the reason', async () => {
    const root = fs.mkdtempSync(path.join(scratch, 'no-js-'));
    fs.writeFileSync(path.join(root, 'a.py'), 'x = 1\n');
    await assert.rejects(eslintSecurityScanner.run(scanContext(root)), (e: unknown) => e instanceof ToolSkippedError && /no JavaScript or TypeScript files/.test(e.message));
  });

  test('report parsing: parse errors become a note, other rules are dropped', () => {
    const { findings, notes, rules } = findingsFromEslintSecurity(
      {
        results: [
          {
            filePath: '/p/a.js',
            messages: [
              { ruleId: null, severity: 2, message: 'Parsing error: Unexpected token )', line: 3, fatal: true },
              { ruleId: 'no-undef', severity: 2, message: "Definition for rule 'no-undef' was not found.", line: 1 },
              { ruleId: 'security/detect-some-future-rule', severity: 1, message: 'New rule', line: 2, column: 1 },
            ],
          },
        ],
      },
      '/p',
    );
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity, f.securitySeverity]),
      [['security/detect-some-future-rule', 'medium', 5.5]],
    );
    assert.deepEqual(rules[0]!.tags, ['security']);
    assert.deepEqual(notes, ['ESLint could not parse 1 file(s), so nothing in them was checked: a.js:3 (Parsing error: Unexpected token ))']);
  });

  test('every rule of the installed plugin\'s recommended set has a CWE and a severity', async (t) => {
    if (!npmToolsReady(t)) return;
    const entry = path.join(assayNpmToolsDir(TOOL_CACHE, SECURITY_NPM_TOOLS), 'node_modules', 'eslint-plugin-security', 'index.js');
    const plugin = createRequire(import.meta.url)(entry) as { configs: { recommended: { rules: Record<string, unknown> } } };
    const recommended = Object.keys(plugin.configs.recommended.rules);
    assert.deepEqual(Object.keys(ESLINT_SECURITY_RULES).sort(), recommended.sort());
    for (const rule of Object.values(ESLINT_SECURITY_RULES)) assert.ok(rule.cwes.length > 0);
  });
});
