/**
 * The Python, shell and Rust adapters of analyze (pylint, mypy, pylint's mccabe complexity,
 * ShellCheck, cargo clippy) run as the real tools on the fixture projects in
 * test/fixtures/analyze/{python,shell,rust} and on sample/, each copied into a temporary folder
 * first so no tool can write into the repository and nothing above a fixture (a Cargo workspace,
 * a pylintrc) lends it settings. Every expected finding below was checked by hand against the
 * fixture's source; the sample's are those of sample/expected-findings.json.
 *
 * Tools come from Debian (pylint, mypy, shellcheck) and rustup (cargo clippy). A missing tool
 * skips its tests with the reason, except under CI=true, where it fails them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../lib/action/logger';
import { runProcess } from '../lib/process/run-process';
import { languageOfName, languageOfShebang } from '../actions/analyze/detect-languages';
import type { AnalysisContext, Finding, ProjectFile, ToolAdapter, ToolOutput } from '../actions/analyze/model';
import { ToolFailedError, ToolSkippedError } from '../lib/tool-errors';
import { clippyAdapter as clippy } from '../actions/analyze/tools/clippy';
import { mypyAdapter as mypy, parseMypyOutput } from '../actions/analyze/tools/mypy';
import { pylintAdapter as pylint } from '../actions/analyze/tools/pylint';
import { pylintComplexityAdapter as pylintComplexity } from '../actions/analyze/tools/pylint-complexity';
import { batchByModuleName, pythonTargets } from '../actions/analyze/tools/python-targets';
import { shellcheckAdapter as shellcheck } from '../actions/analyze/tools/shellcheck';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/analyze');
const SAMPLE = path.join(here, '..', 'sample');
const IN_CI = process.env.CI === 'true';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-py-sh-rs-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Helpers

const availability = new Map<string, Promise<string | undefined>>();

/** Undefined when `command args` runs here, else why not. */
function missing(command: string, args: string[]): Promise<string | undefined> {
  const key = `${command} ${args.join(' ')}`;
  if (!availability.has(key)) {
    availability.set(
      key,
      runProcess(command, args).then(
        (r) => (r.exitCode === 0 ? undefined : `\`${key}\` exited with ${r.exitCode}: ${r.stderr.trim().split('\n')[0]}`),
        (e: Error) => e.message,
      ),
    );
  }
  return availability.get(key)!;
}

const REQUIREMENTS: Record<string, [string, string[]]> = {
  pylint: ['pylint', ['--version']],
  mypy: ['mypy', ['--version']],
  shellcheck: ['shellcheck', ['--version']],
  clippy: ['cargo', ['clippy', '--version']],
};

/** True when the tool is here; otherwise the test is skipped (or, under CI=true, failed). */
async function toolReady(t: TestContext, tool: keyof typeof REQUIREMENTS): Promise<boolean> {
  const [command, args] = REQUIREMENTS[tool]!;
  const why = await missing(command, args);
  if (!why) return true;
  if (IN_CI) assert.fail(`${tool} is required under CI=true but is not usable: ${why}`);
  t.skip(`${tool} is not installed here: ${why}`);
  return false;
}

/** The project's files as analyze's listing classifies them (extension, else the shebang). */
function projectFiles(root: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!['target', 'node_modules', '.venv'].includes(e.name) && !e.name.startsWith('.')) walk(child);
        continue;
      }
      let language = languageOfName(e.name);
      if (language === 'shebang') language = languageOfShebang(fs.readFileSync(path.join(root, child), 'utf8').split('\n')[0] ?? '');
      if (language) files.push({ path: child, language });
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A fresh copy of a fixture (or of the sample), without build output. */
function copyProject(source: string, name: string): string {
  const target = fs.mkdtempSync(path.join(scratch, `${name.replace(/\W+/g, '-')}-`));
  fs.cpSync(source, target, { recursive: true, filter: (src) => !/[\\/](target|node_modules)$/.test(src) });
  return target;
}

/** Every file under a folder with a hash of its content: a tool that writes anything changes it. */
function snapshot(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rel of fs.readdirSync(root, { recursive: true }).map(String).sort()) {
    const abs = path.join(root, rel);
    const stat = fs.statSync(abs);
    found.set(rel, stat.isDirectory() ? 'dir' : createHash('sha256').update(fs.readFileSync(abs)).digest('hex'));
  }
  return found;
}

interface Run {
  output: ToolOutput;
  durationMs: number;
  root: string;
  lines: string[];
}

/** Runs an adapter on a copy of `source` and checks that it wrote nothing into the project. */
async function runOn(adapter: ToolAdapter, source: string, options: { env?: NodeJS.ProcessEnv; targetFiles?: string[]; files?: ProjectFile[] } = {}): Promise<Run> {
  const root = copyProject(source, `${adapter.name}-${path.basename(source)}`);
  const before = snapshot(root);
  const lines: string[] = [];
  const context: AnalysisContext = {
    root,
    files: options.files ?? projectFiles(root),
    ...(options.targetFiles ? { targetFiles: options.targetFiles } : {}),
    log: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }),
    toolCache: path.join(scratch, 'tool-cache'),
    tempDir: fs.mkdtempSync(path.join(scratch, 'tmp-')),
    env: options.env ?? process.env,
    signal: new AbortController().signal,
  };
  const started = performance.now();
  const output = await adapter.run(context);
  const durationMs = performance.now() - started;
  assert.deepEqual([...snapshot(root)].filter(([k, v]) => before.get(k) !== v), [], `${adapter.name} wrote nothing into the project`);
  assert.deepEqual([...before.keys()].filter((k) => !fs.existsSync(path.join(root, k))), [], `${adapter.name} removed nothing from the project`);
  return { output, durationMs, root, lines };
}

/** `rule file:line` per finding, sorted: the exact set a test expects. */
function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();
}

function findingAt(findings: readonly Finding[], ruleId: string, file: string, line: number): Finding {
  const found = findings.find((f) => f.ruleId === ruleId && f.file === file && f.line === line);
  assert.ok(found, `expected ${ruleId} at ${file}:${line}; got ${keys(findings).join(', ')}`);
  return found;
}

/** A PATH that holds only the given fake programs (shell scripts) and the basic system tools. */
function fakeTools(scripts: Record<string, string>): NodeJS.ProcessEnv {
  const bin = fs.mkdtempSync(path.join(scratch, 'fake-bin-'));
  for (const [name, body] of Object.entries(scripts)) {
    fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  }
  return { ...process.env, PATH: `${bin}:/usr/bin:/bin` };
}

interface ExpectedFinding {
  tool: string;
  rule: string;
  file: string;
  line: number;
  column?: number;
  message?: string;
  severity?: string;
}

const expectedSample = JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];

/** What a finding and an expected-findings.json row have in common, in one comparable string. */
function sampleKey(tool: string, rule: string, file: string, line: number, column: number | undefined, message: string): string {
  return `${tool} ${rule} ${file}:${line}:${column ?? '-'} ${message}`;
}

const sampleDurations = new Map<string, number>();
after(() => {
  if (sampleDurations.size) console.log(`# run time on sample/: ${[...sampleDurations].map(([t, ms]) => `${t} ${Math.round(ms)} ms`).join(', ')}`);
});

// ---------------------------------------------------------------------------------------------
// Targets: what pylint and mypy are given

test('python targets: packages whole, loose modules and namespace sub-folder modules one by one; mypy batches split duplicate module names', () => {
  const root = path.join(FIXTURES, 'python/defects');
  const files = projectFiles(root).map((f) => f.path);
  const pylintArgs = pythonTargets('pylint', root, files).map((t) => `${t.kind}:${t.path}`);
  // shop/legacy has no __init__.py: pylint would not descend into it from `shop`, so it is named.
  assert.deepEqual(pylintArgs, ['package:shop', 'module:scripts/util.py', 'module:shop/legacy/old_rates.py', 'module:tools/report.py', 'module:tools/util.py']);
  const mypyTargets = pythonTargets('mypy', root, files);
  // mypy walks into shop/legacy from `shop` itself; naming the file again would be a duplicate.
  assert.deepEqual(
    mypyTargets.map((t) => `${t.kind}:${t.path}=${t.moduleName}`),
    ['package:shop=shop', 'module:scripts/util.py=util', 'module:tools/report.py=report', 'module:tools/util.py=util'],
  );
  assert.deepEqual(
    batchByModuleName(mypyTargets).map((b) => b.map((t) => t.path)),
    [['shop', 'scripts/util.py', 'tools/report.py'], ['tools/util.py']],
  );
});

test('python targets: a package holding a file we left out (gitignored, excluded) is passed file by file', () => {
  const root = path.join(FIXTURES, 'python/defects');
  const files = projectFiles(root)
    .map((f) => f.path)
    .filter((f) => f !== 'shop/cart.py');
  assert.deepEqual(
    pythonTargets('pylint', root, files).map((t) => t.path),
    ['scripts/util.py', 'shop/__init__.py', 'shop/legacy/old_rates.py', 'tools/report.py', 'tools/util.py'],
  );
});

// ---------------------------------------------------------------------------------------------
// pylint

test('pylint: the planted defects, exactly, with levels, 1-based columns and rule metadata', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const { output } = await runOn(pylint, path.join(FIXTURES, 'python/defects'));
  assert.deepEqual(keys(output.findings), [
    'C0103 shop/cart.py:6', // maxLines: module constant not UPPER_CASE (convention)
    'E0602 shop/cart.py:39', // receipt_header is never defined (error)
    'R1705 shop/cart.py:31', // else after return in discount() (refactor)
    'W0102 shop/cart.py:29', // codes={} default (warning)
    'W0611 shop/cart.py:3', // import os unused (warning)
    'W0612 shop/legacy/old_rates.py:6', // in a folder without __init__.py: still linted
  ]);
  assert.equal(findingAt(output.findings, 'E0602', 'shop/cart.py', 39).level, 'error');
  assert.equal(findingAt(output.findings, 'W0611', 'shop/cart.py', 3).level, 'warning');
  assert.equal(findingAt(output.findings, 'R1705', 'shop/cart.py', 31).level, 'note');
  assert.equal(findingAt(output.findings, 'C0103', 'shop/cart.py', 6).level, 'note');
  const unused = findingAt(output.findings, 'W0611', 'shop/cart.py', 3);
  assert.deepEqual([unused.column, unused.endLine, unused.endColumn, unused.message], [1, 3, 10, 'Unused import os']);
  assert.equal(findingAt(output.findings, 'E0602', 'shop/cart.py', 39).column, 12);
  const rule = output.rules.find((r) => r.id === 'W0611');
  assert.deepEqual(rule, {
    id: 'W0611',
    name: 'unused-import',
    description: 'Used when an imported module or variable is not used.',
    helpUri: `https://pylint.readthedocs.io/en/v${output.version}/user_guide/messages/warning/unused-import.html`,
  });
  assert.match(output.version, /^\d+\.\d+\.\d+$/);
  assert.equal(output.exitCode, 2 + 4 + 8 + 16); // pylint's bits for error, warning, refactor, convention
});

test('pylint: a clean project has no findings', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const { output } = await runOn(pylint, path.join(FIXTURES, 'python/clean'));
  assert.deepEqual(output.findings, []);
  assert.equal(output.exitCode, 0);
});

test("pylint: each file follows the nearest config (root pylintrc, service/pyproject.toml) and what they disable is not reported", async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const { output } = await runOn(pylint, path.join(FIXTURES, 'python/configured'));
  // Without configs there would also be W0611 at app/core.py:3 and W0612 at service/handlers.py:8.
  assert.deepEqual(keys(output.findings), ['W0611 service/handlers.py:3', 'W0612 app/core.py:8']);
});

test('pylint: changed-files-only lints just the files given', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const { output } = await runOn(pylint, path.join(FIXTURES, 'python/defects'), { targetFiles: ['shop/legacy/old_rates.py', 'build.sh'] });
  assert.deepEqual(keys(output.findings), ['W0612 shop/legacy/old_rates.py:6']);
});

test('pylint: a file left out of the listing (gitignored, excluded) is not linted, even inside a package', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const source = path.join(FIXTURES, 'python/defects');
  const files = projectFiles(source).filter((f) => f.path !== 'shop/cart.py');
  const { output } = await runOn(pylint, source, { files });
  assert.deepEqual(keys(output.findings), ['W0612 shop/legacy/old_rates.py:6']);
});

test('pylint: a config it cannot use is a failure that names the config; a plugin it cannot load is a note', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const project = fs.mkdtempSync(path.join(scratch, 'pylint-config-'));
  fs.writeFileSync(path.join(project, 'module.py'), '"""A module."""\n');
  fs.writeFileSync(path.join(project, '.pylintrc'), '[FORMAT]\nmax-line-length=abc\n');
  await assert.rejects(runOn(pylint, project), (e: unknown) => {
    assert.ok(e instanceof ToolFailedError);
    assert.match(e.message, /pylint rejected its command line or configuration \(config \.pylintrc\)/);
    assert.match(e.detail ?? '', /invalid int value: 'abc'/);
    return true;
  });
  fs.writeFileSync(path.join(project, '.pylintrc'), '[MAIN\nbroken\n');
  await assert.rejects(runOn(pylint, project), /pylint could not parse its configuration file \(config \.pylintrc\)/);
  fs.writeFileSync(path.join(project, '.pylintrc'), '[MAIN]\nload-plugins=assay_plugin_that_is_not_installed\n');
  const { output } = await runOn(pylint, project);
  assert.deepEqual(output.findings, []);
  assert.equal(output.notes?.length, 1);
  assert.match(output.notes![0]!, /^\.pylintrc: E0013 \(bad-plugin-value\) Plugin 'assay_plugin_that_is_not_installed' is impossible to load/);
});

test('pylint: not installed is a skip that says how to install it; garbage output is a failure', async () => {
  const project = path.join(FIXTURES, 'python/clean');
  await assert.rejects(runOn(pylint, project, { env: { ...process.env, PATH: '/nonexistent' } }), (e: unknown) => {
    assert.ok(e instanceof ToolSkippedError);
    assert.match(e.message, /pylint is not installed \(install it with `pip install pylint`/);
    return true;
  });
  const env = fakeTools({ pylint: 'echo "Traceback (most recent call last):" >&2; echo "KeyError: boom" >&2; echo "not json"; exit 1' });
  await assert.rejects(runOn(pylint, project, { env }), (e: unknown) => {
    assert.ok(e instanceof ToolFailedError);
    assert.match(e.message, /pylint exited with code 1 without printing its JSON report/);
    assert.match(e.detail ?? '', /KeyError: boom/);
    return true;
  });
});

// ---------------------------------------------------------------------------------------------
// mypy

test('mypy: the planted type errors, notes attached, duplicate module names checked in separate runs', async (t) => {
  if (!(await toolReady(t, 'mypy'))) return;
  const { output } = await runOn(mypy, path.join(FIXTURES, 'python/defects'));
  assert.deepEqual(keys(output.findings), [
    'arg-type shop/cart.py:39', // cart.total("prices")
    'name-defined shop/cart.py:39', // receipt_header
    'operator shop/cart.py:44', // float / Optional[int]
    'return-value scripts/util.py:6', // second run: another `util` module
    'return-value tools/report.py:14', // in a plain folder
    'return-value tools/util.py:6',
  ]);
  const operator = findingAt(output.findings, 'operator', 'shop/cart.py', 44);
  assert.equal(operator.message, 'Unsupported operand types for / ("float" and "None")\nRight operand is of type "Optional[int]"');
  assert.deepEqual([operator.level, operator.column, operator.endLine, operator.endColumn], ['error', 12, 44, 13]);
  const argType = findingAt(output.findings, 'arg-type', 'shop/cart.py', 39);
  assert.deepEqual([argType.column, argType.endColumn], [44, 52]); // "prices" is columns 44–51
  assert.deepEqual(output.rules.find((r) => r.id === 'arg-type'), {
    id: 'arg-type',
    description: 'mypy error code "arg-type"',
    helpUri: 'https://mypy.readthedocs.io/en/stable/error_code_list.html#code-arg-type',
  });
  assert.equal(output.exitCode, 1);
});

test('mypy: a clean project has no findings', async (t) => {
  if (!(await toolReady(t, 'mypy'))) return;
  const { output } = await runOn(mypy, path.join(FIXTURES, 'python/clean'));
  assert.deepEqual(output.findings, []);
  assert.equal(output.exitCode, 0);
});

test("mypy: the project's mypy.ini applies (disallow_untyped_defs), and service/pyproject.toml [tool.mypy] to its folder", async (t) => {
  if (!(await toolReady(t, 'mypy'))) return;
  const { output } = await runOn(mypy, path.join(FIXTURES, 'python/configured'));
  // mypy's defaults report nothing here; service/handlers.py is untyped too but its own config allows it.
  assert.deepEqual(keys(output.findings), ['no-untyped-def app/core.py:6']);
  assert.equal(output.rules[0]?.helpUri, 'https://mypy.readthedocs.io/en/stable/error_code_list2.html#code-no-untyped-def');
});

test('mypy: files with syntax errors are reported and left out, and the other files are still type-checked', async (t) => {
  if (!(await toolReady(t, 'mypy'))) return;
  const { output } = await runOn(mypy, path.join(FIXTURES, 'python/syntax-error'));
  assert.deepEqual(keys(output.findings), [
    'return-value modern.py:6',
    'return-value stock/new.py:6', // checked once stock/old.py is excluded from the package mypy walks
    'syntax legacy.py:3', // print "…"
    'syntax older.py:3', // exec "…"
    'syntax stock/old.py:3', // raise E, "…"
  ]);
  assert.deepEqual(output.notes, [
    'mypy could not parse stock/old.py; type-checked the other files without it',
    'mypy could not parse legacy.py; type-checked the other files without it',
    'mypy could not parse older.py; type-checked the other files without it',
  ]);
  assert.equal(output.exitCode, 2);
});

test('mypy: a crash is a failure with what mypy printed; a config it cannot read is a note', async (t) => {
  const project = path.join(FIXTURES, 'python/clean');
  const env = fakeTools({ mypy: 'case "$1" in --version) echo "mypy 1.0.1 (compiled: yes)";; *) echo "Traceback (most recent call last):" >&2; echo "AssertionError: internal" >&2; exit 2;; esac' });
  await assert.rejects(runOn(mypy, project, { env }), (e: unknown) => {
    assert.ok(e instanceof ToolFailedError);
    assert.match(e.message, /^mypy exited with code 2: it crashed or rejected its command line or configuration$/);
    assert.match(e.detail ?? '', /AssertionError: internal/);
    return true;
  });
  if (!(await toolReady(t, 'mypy'))) return;
  const broken = copyProject(project, 'mypy-broken-config');
  fs.writeFileSync(path.join(broken, 'mypy.ini'), '[mypy]\npython_version = abc\n');
  const { output } = await runOn(mypy, broken);
  assert.deepEqual(output.findings, []);
  assert.match(output.notes?.[0] ?? '', /mypy warned and went on without what it names: mypy\.ini: \[mypy\]: python_version: Invalid python version 'abc'/);
});

test('mypy output: notes join the error they follow, stand-alone notes and other lines are dropped', () => {
  const stdout = [
    'a.py:3:5:3:9: error: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]',
    'a.py:3:5:3:9: note: Hint one',
    'a.py:4:1:4:1: note: By default the bodies of untyped functions are not checked  [annotation-unchecked]',
    'b.py:7: error: Unknown thing',
    'Success: no issues found in 1 source file',
  ].join('\n');
  const findings = parseMypyOutput(stdout, '/p', '/p');
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.endColumn, f.message]),
    [
      ['assignment', 'a.py', 3, 5, 10, 'Incompatible types in assignment (expression has type "str", variable has type "int")\nHint one'],
      ['misc', 'b.py', 7, undefined, undefined, 'Unknown thing'],
    ],
  );
});

// ---------------------------------------------------------------------------------------------
// pylint's mccabe complexity

test('complexity: every function and method with its McCabe rating (checked by hand), module-level code left out', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const { output } = await runOn(pylintComplexity, path.join(FIXTURES, 'python/defects'));
  assert.equal(pylintComplexity.metric, true);
  assert.deepEqual(output.findings, []);
  assert.deepEqual(
    output.functions?.map((f) => `${f.file}:${f.line} ${f.name} ${f.complexity}`),
    [
      'scripts/util.py:4 count 1',
      'shop/cart.py:12 Cart.__init__ 1',
      'shop/cart.py:16 Cart.add 3', // for + if
      'shop/cart.py:24 Cart.total 1', // a generator expression is no branch
      'shop/cart.py:29 discount 2', // if/else
      'shop/cart.py:37 checkout 1',
      'shop/cart.py:42 unit_price 1',
      'shop/legacy/old_rates.py:4 rate 1',
      'tools/report.py:4 render 4', // nested def (+1, folded into render) + its if + for
      'tools/report.py:17 grade 6', // if, if/elif/elif, while
      'tools/util.py:4 parse 1',
    ],
  );
});

test("complexity: the project's pylint config is ignored (a plugin it cannot load changes nothing)", async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const project = copyProject(path.join(FIXTURES, 'python/configured'), 'complexity-config');
  fs.appendFileSync(path.join(project, 'pylintrc'), '\n[MAIN]\nload-plugins=assay_plugin_that_is_not_installed\ndisable=all\n');
  const { output } = await runOn(pylintComplexity, project);
  assert.deepEqual(
    output.functions?.map((f) => `${f.file}:${f.line} ${f.name} ${f.complexity}`),
    ['app/core.py:6 double 1', 'service/handlers.py:6 handle 1'],
  );
  assert.equal(output.notes, undefined);
});

// ---------------------------------------------------------------------------------------------
// ShellCheck

test('shellcheck: the planted defects in a .sh and a shebang-only script; sourced files are followed', async (t) => {
  if (!(await toolReady(t, 'shellcheck'))) return;
  const files = projectFiles(path.join(FIXTURES, 'shell/defects'));
  assert.deepEqual(files, [
    { path: 'bin/run', language: 'shell' },
    { path: 'build.sh', language: 'shell' },
    { path: 'lib/env.bash', language: 'shell' },
  ]);
  const { output } = await runOn(shellcheck, path.join(FIXTURES, 'shell/defects'));
  // Not SC1091 "Not following: ../lib/env.bash" at bin/run:4: -x with SCRIPTDIR finds it.
  assert.deepEqual(keys(output.findings), [
    'SC2006 build.sh:7', // backticks (style)
    'SC2034 bin/run:5', // RETRIES unused (warning)
    'SC2068 bin/run:7', // unquoted $@ (error)
    'SC2086 build.sh:6', // unquoted $OUT_DIR (info)
  ]);
  assert.deepEqual(
    output.findings.map((f) => `${f.ruleId} ${f.level}`).sort(),
    ['SC2006 note', 'SC2034 warning', 'SC2068 error', 'SC2086 note'],
  );
  const quote = findingAt(output.findings, 'SC2086', 'build.sh', 6);
  assert.deepEqual([quote.column, quote.endLine, quote.endColumn], [22, 6, 30]); // $OUT_DIR
  assert.deepEqual(output.rules.find((r) => r.id === 'SC2068'), { id: 'SC2068', helpUri: 'https://www.shellcheck.net/wiki/SC2068' });
  assert.equal(output.exitCode, 1);
});

test("shellcheck: the project's .shellcheckrc applies; a clean script has no findings", async (t) => {
  if (!(await toolReady(t, 'shellcheck'))) return;
  const configured = await runOn(shellcheck, path.join(FIXTURES, 'shell/configured'));
  // SC2086 at deploy.sh:4 is disabled by .shellcheckrc.
  assert.deepEqual(keys(configured.output.findings), ['SC2164 deploy.sh:3']);
  const clean = await runOn(shellcheck, path.join(FIXTURES, 'shell/clean'));
  assert.deepEqual(clean.output.findings, []);
  assert.equal(clean.output.exitCode, 0);
});

// ---------------------------------------------------------------------------------------------
// Clippy

// Offline, so the crate whose dependency exists nowhere fails at once (online it fails too, after a
// registry lookup: "no matching package named …").
const OFFLINE = { ...process.env, CARGO_NET_OFFLINE: 'true' };

test('clippy: lints a package and a workspace, dedupes the test harness, and reports the crate it cannot resolve as a note', async (t) => {
  if (!(await toolReady(t, 'clippy'))) return;
  const { output, root } = await runOn(clippy, path.join(FIXTURES, 'rust/mixed'), { env: OFFLINE });
  assert.deepEqual(keys(output.findings), [
    'clippy::bool_assert_comparison ledger/src/lib.rs:24', // in #[cfg(test)]: --all-targets
    'clippy::bool_comparison ledger/src/lib.rs:14',
    'clippy::needless_return workspace/crates/cli/src/main.rs:2', // a workspace member: path from the project root
    'clippy::println_empty_string ledger/src/main.rs:2', // the binary target
    'clippy::redundant_field_names ledger/src/lib.rs:9',
    'unused_variables ledger/src/lib.rs:13', // a plain rustc warning
  ]);
  const fieldNames = findingAt(output.findings, 'clippy::redundant_field_names', 'ledger/src/lib.rs', 9);
  assert.deepEqual([fieldNames.level, fieldNames.column, fieldNames.endLine, fieldNames.endColumn, fieldNames.message], ['warning', 13, 9, 27, 'redundant field names in struct initialization']);
  assert.match(output.rules.find((r) => r.id === 'clippy::bool_comparison')?.helpUri ?? '', /^https:\/\/rust-lang\.github\.io\/rust-clippy\/.+#bool_comparison$/);
  assert.deepEqual(output.rules.find((r) => r.id === 'unused_variables'), { id: 'unused_variables' });
  assert.deepEqual(output.notes, ['unresolvable: not linted: no matching package named `assay-fixture-crate-that-does-not-exist` found']);
  // The workspace is linted through its root, once; lockfiles are untouched (runOn checks every file) and no target/ appears.
  assert.ok(!fs.existsSync(path.join(root, 'ledger/target')) && !fs.existsSync(path.join(root, 'unresolvable/Cargo.lock')));
});

test('clippy: a clean crate has no findings, and the Cargo.lock cargo writes for it is removed again', async (t) => {
  if (!(await toolReady(t, 'clippy'))) return;
  const { output, root } = await runOn(clippy, path.join(FIXTURES, 'rust/clean'), { env: OFFLINE });
  assert.deepEqual(output.findings, []);
  assert.equal(output.exitCode, 0);
  assert.equal(fs.existsSync(path.join(root, 'Cargo.lock')), false);
});

test('clippy: a Cargo.lock cargo wants to rewrite is linted with a rewritten copy and put back byte for byte', async (t) => {
  if (!(await toolReady(t, 'clippy'))) return;
  const project = fs.mkdtempSync(path.join(scratch, 'clippy-stale-lock-'));
  fs.cpSync(path.join(FIXTURES, 'rust/mixed/workspace'), project, { recursive: true });
  // The lockfile misses tally-cli's dependency on tally-core: `--locked` refuses it.
  const stale = fs.readFileSync(path.join(project, 'Cargo.lock'), 'utf8').replace('dependencies = [\n "tally-core",\n]\n', '');
  fs.writeFileSync(path.join(project, 'Cargo.lock'), stale);
  const { output, root } = await runOn(clippy, project, { env: OFFLINE });
  assert.deepEqual(keys(output.findings), ['clippy::needless_return crates/cli/src/main.rs:2']);
  assert.equal(output.notes?.length, 1);
  assert.match(output.notes![0]!, /^\.: Cargo\.lock is out of date \(.*--locked.*\); linted with the lockfile cargo wrote, then put the committed one back$/);
  assert.equal(fs.readFileSync(path.join(root, 'Cargo.lock'), 'utf8'), stale);
});

test('clippy: when no crate can be linted the tool fails with the reason', async (t) => {
  if (!(await toolReady(t, 'clippy'))) return;
  const project = fs.mkdtempSync(path.join(scratch, 'clippy-none-'));
  fs.cpSync(path.join(FIXTURES, 'rust/mixed/unresolvable'), path.join(project, 'unresolvable'), { recursive: true });
  await assert.rejects(runOn(clippy, project, { env: OFFLINE }), (e: unknown) => {
    assert.ok(e instanceof ToolFailedError);
    assert.equal(e.message, 'clippy could not lint any crate: unresolvable: not linted: no matching package named `assay-fixture-crate-that-does-not-exist` found');
    return true;
  });
});

test('clippy: without cargo it is skipped; without clippy it tries rustup and is skipped with rustup’s answer', async () => {
  const project = path.join(FIXTURES, 'rust/clean');
  await assert.rejects(runOn(clippy, project, { env: { ...process.env, PATH: '/nonexistent' } }), (e: unknown) => {
    assert.ok(e instanceof ToolSkippedError);
    assert.match(e.message, /^cargo is not installed \(install Rust with rustup/);
    return true;
  });
  const env = fakeTools({
    cargo: "echo \"error: no such command: \\`clippy\\`\" >&2; exit 101",
    rustup: 'echo "$@" > "$(dirname "$0")/rustup-args"; echo "error: toolchain \'stable\' is not installed" >&2; exit 1',
  });
  await assert.rejects(runOn(clippy, project, { env }), (e: unknown) => {
    assert.ok(e instanceof ToolSkippedError);
    assert.equal(e.message, "cargo clippy is not installed and `rustup component add clippy` failed: toolchain 'stable' is not installed");
    return true;
  });
  const bin = env.PATH!.split(':')[0]!;
  assert.equal(fs.readFileSync(path.join(bin, 'rustup-args'), 'utf8'), 'component add clippy\n');
});

// ---------------------------------------------------------------------------------------------
// sample/: the same findings as sample/expected-findings.json

/** The sample's rows for a tool, and ours, in the same form. pylint's JSON counts columns from 0. */
function compareWithSample(tool: string, findings: readonly Finding[], columnOffset = 0): void {
  const expected = expectedSample
    .filter((e) => e.tool === tool)
    .map((e) => sampleKey(tool, e.rule, e.file, e.line, e.column === undefined ? undefined : e.column + columnOffset, e.message ?? ''))
    .sort();
  // mypy's notes are appended to the message; the sample lists the error line alone.
  const actual = findings.map((f) => sampleKey(f.tool, f.ruleId, f.file, f.line, f.column, f.message.split('\n')[0]!)).sort();
  assert.ok(expected.length > 0, `the sample lists ${tool} findings`);
  assert.deepEqual(actual, expected);
}

test('sample/: pylint finds exactly what expected-findings.json lists', async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const run = await runOn(pylint, SAMPLE);
  sampleDurations.set('pylint', run.durationMs);
  compareWithSample('pylint', run.output.findings, 1);
  assert.deepEqual(
    run.output.rules.map((r) => `${r.id} ${r.name}`).sort(),
    expectedSample.filter((e) => e.tool === 'pylint').map((e) => `${e.rule} ${(e as { symbol?: string }).symbol}`).sort(),
  );
});

test('sample/: mypy finds exactly what expected-findings.json lists', async (t) => {
  if (!(await toolReady(t, 'mypy'))) return;
  const run = await runOn(mypy, SAMPLE);
  sampleDurations.set('mypy', run.durationMs);
  compareWithSample('mypy', run.output.findings);
});

test('sample/: shellcheck finds exactly what expected-findings.json lists', async (t) => {
  if (!(await toolReady(t, 'shellcheck'))) return;
  const run = await runOn(shellcheck, SAMPLE);
  sampleDurations.set('shellcheck', run.durationMs);
  compareWithSample('shellcheck', run.output.findings);
  const levels = Object.fromEntries(run.output.findings.map((f) => [f.ruleId, f.level]));
  const sampleLevels = Object.fromEntries(expectedSample.filter((e) => e.tool === 'shellcheck').map((e) => [e.rule, e.severity === 'info' ? 'note' : e.severity]));
  assert.deepEqual(levels, sampleLevels);
});

test('sample/: clippy finds exactly what expected-findings.json lists, and says why tools/stockctl was not linted', async (t) => {
  if (!(await toolReady(t, 'clippy'))) return;
  // As the adapter runs on a runner: online when the network is there. Here crates.io cannot be
  // reached, so stockctl fails to resolve; with network it resolves, and its code is clippy-clean.
  const run = await runOn(clippy, SAMPLE);
  sampleDurations.set('clippy', run.durationMs);
  compareWithSample('clippy', run.output.findings);
  for (const note of run.output.notes ?? []) assert.match(note, /^tools\/stockctl: not linted: failed to get `ansi_term` as a dependency of package `stockctl v0\.9\.0/);
});

test("sample/: pylint's mccabe rates classify() 13, as the sample's README says, and lists every function of api/", async (t) => {
  if (!(await toolReady(t, 'pylint'))) return;
  const run = await runOn(pylintComplexity, SAMPLE);
  sampleDurations.set('pylint-complexity', run.durationMs);
  const functions = run.output.functions ?? [];
  assert.deepEqual(functions.find((f) => f.name === 'classify'), { file: 'api/inventory.py', name: 'classify', line: 31, complexity: 13 });
  const defs = fs
    .readdirSync(path.join(SAMPLE, 'api'))
    .filter((f) => f.endsWith('.py'))
    .flatMap((f) => [...fs.readFileSync(path.join(SAMPLE, 'api', f), 'utf8').matchAll(/^\s*def (\w+)/gm)].map((m) => `api/${f} ${m[1]}`));
  assert.deepEqual(functions.map((f) => `${f.file} ${f.name}`).sort(), defs.sort());
});
