/**
 * The JavaScript/TypeScript adapters of analyze (ESLint, tsc, ESLint's complexity rule) run as the
 * real tools on the fixture projects in test/fixtures/analyze/js-ts, each copied into a temporary
 * folder first (so no tool writes into the repository, and no node_modules above a fixture lends
 * it tools). Every expectation below was checked by hand against the fixture's source.
 *
 * The tools come from Assay's own provisioning (npm install into ASSAY_TOOL_CACHE, default
 * <tmpdir>/assay-tool-cache, reused by later runs). Without npm or the registry the tests skip
 * with the reason, except under CI=true, where that is a failure.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../lib/action/logger';
import type { AnalysisContext, Finding, Language, ProjectFile } from '../actions/analyze/model';
import { withDirLock } from '../actions/analyze/provision/dir-lock';
import { ASSAY_NPM_TOOLS, assayNpmToolsDir, provisionAssayNpmTools, resolveEslint, resolveTypeScript, type AssayNpmTools } from '../actions/analyze/provision/npm-tools';
import { ToolFailedError, ToolSkippedError } from '../lib/tool-errors';
import { eslintAdapter, eslintErrorLines } from '../actions/analyze/tools/eslint';
import { eslintComplexityAdapter, functionNameFromSubject } from '../actions/analyze/tools/eslint-complexity';
import { findTsconfigFiles, parseTscOutput, tscAdapter } from '../actions/analyze/tools/tsc';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/analyze/js-ts');
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-js-ts-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const log = createConsoleLogger({ write: () => {} });
let tools: AssayNpmTools | undefined;
let unavailable: string | undefined;

before(async () => {
  try {
    tools = await provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log });
  } catch (err) {
    if (IN_CI || !(err instanceof ToolSkippedError)) throw err;
    unavailable = err.message;
  }
});

/** False (and the test skipped, with the reason) when the tools could not be installed here. */
function toolsReady(t: TestContext): boolean {
  if (tools) return true;
  t.skip(`ESLint/TypeScript could not be provisioned: ${unavailable}`);
  return false;
}

const LANGUAGE: Record<string, Language> = { '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript', '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript' };

/** The fixture's JS/TS files, as analyze's file listing gives them (relative, no node_modules). */
function projectFiles(root: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(child);
      } else if (LANGUAGE[path.extname(e.name)] && !e.name.endsWith('.d.ts')) {
        files.push({ path: child, language: LANGUAGE[path.extname(e.name)]! });
      }
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A fresh copy of a fixture project. */
function copyFixture(name: string): string {
  const target = fs.mkdtempSync(path.join(scratch, `${name}-`));
  fs.cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

function contextFor(root: string, extra: Partial<AnalysisContext> = {}): AnalysisContext {
  return {
    root,
    files: projectFiles(root),
    log,
    toolCache: TOOL_CACHE,
    tempDir: scratch,
    env: process.env,
    signal: AbortSignal.timeout(120_000),
    ...extra,
  };
}

/** (tool, ruleId, file, line), the identity the issue asks to compare. */
function keys(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.tool} ${f.ruleId} ${f.file}:${f.line}`).sort();
}

/** Every file under `root`, to prove a tool left nothing behind. */
function listTree(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
}

// ---------------------------------------------------------------- provisioning

test('provisioning installs the pinned ESLint and TypeScript once and reuses the install', async (t) => {
  if (!toolsReady(t)) return;
  const dir = assayNpmToolsDir(TOOL_CACHE);
  assert.equal(tools!.dir, dir);
  assert.match(path.basename(dir), /^assay-npm-tools-[0-9a-f]{12}$/);
  assert.equal(tools!.eslint.version, ASSAY_NPM_TOOLS.eslint);
  assert.equal(tools!.tsc.version, ASSAY_NPM_TOOLS.typescript);
  assert.equal(tools!.eslint.script, path.join(dir, 'node_modules/eslint/bin/eslint.js'));
  assert.equal(tools!.tsc.script, path.join(dir, 'node_modules/typescript/bin/tsc'));
  for (const pkg of Object.keys(ASSAY_NPM_TOOLS)) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
    assert.equal(manifest.version, ASSAY_NPM_TOOLS[pkg], pkg);
  }
  assert.ok(fs.existsSync(path.join(dir, 'assay-npm-tools.json')), 'the completion marker is written');
  assert.ok(!fs.readdirSync(TOOL_CACHE).some((n) => n.includes('.staging-') || n.endsWith('.lock')), 'no staging folder or lock is left');
  t.diagnostic(tools!.installMs > 0 ? `npm install took ${(tools!.installMs / 1000).toFixed(1)} s` : 'reused an earlier install');

  // Another process (a later run) finds the complete install and does not run npm again.
  const child = await runNode(
    `import { provisionAssayNpmTools } from ${JSON.stringify(path.join(here, '../actions/analyze/provision/npm-tools.ts'))};
     const r = await provisionAssayNpmTools({ toolCache: ${JSON.stringify(TOOL_CACHE)}, env: { PATH: '/nonexistent' }, log: { info() {}, debug() {}, notice() {}, warning() {}, error() {}, group: (n, f) => f() } });
     console.log(JSON.stringify({ installMs: r.installMs, eslint: r.eslint.version }));`,
  );
  assert.deepEqual(JSON.parse(child), { installMs: 0, eslint: ASSAY_NPM_TOOLS.eslint });
});

test('without npm on PATH provisioning is skipped with a reason that says what to do', async () => {
  const cache = fs.mkdtempSync(path.join(scratch, 'no-npm-'));
  await assert.rejects(
    provisionAssayNpmTools({ toolCache: cache, env: { PATH: path.join(scratch, 'empty-bin') }, log }),
    (err: unknown) => err instanceof ToolSkippedError && /npm is not on PATH/.test(err.message) && /devDependencies/.test(err.message),
  );
  assert.deepEqual(fs.readdirSync(cache), [], 'nothing is left in the cache');
});

test('a failed npm install is skipped with npm’s own error', async (t) => {
  if (!toolsReady(t)) return;
  const cache = fs.mkdtempSync(path.join(scratch, 'bad-install-'));
  await assert.rejects(
    provisionAssayNpmTools({ toolCache: cache, env: process.env, log, packages: { eslint: '0.0.0-assay-no-such-version' } }),
    (err: unknown) =>
      err instanceof ToolSkippedError && /npm install eslint@0\.0\.0-assay-no-such-version exited with code 1/.test(err.message) && /No matching version|ETARGET|notarget/i.test(err.message),
  );
  assert.deepEqual(fs.readdirSync(cache), [], 'the staging folder and the lock are removed');
});

test('the directory lock lets one holder in at a time and breaks a lock left by a dead process', async () => {
  const lock = path.join(scratch, 'lock-test.lock');
  const events: string[] = [];
  const hold = (name: string) =>
    withDirLock(lock, async () => {
      events.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 150));
      events.push(`${name} out`);
    }, { pollMs: 20 });
  await Promise.all([hold('a'), hold('b')]);
  assert.deepEqual(events, ['a in', 'a out', 'b in', 'b out']);
  assert.ok(!fs.existsSync(lock));

  // A lock whose owner (same host) no longer runs is stale.
  const dead = await runNode('console.log(process.pid)');
  fs.mkdirSync(lock);
  fs.writeFileSync(path.join(lock, 'owner.json'), JSON.stringify({ pid: Number(dead), host: os.hostname(), since: new Date().toISOString() }));
  let ran = false;
  await withDirLock(lock, async () => {
    ran = true;
  }, { pollMs: 20, signal: AbortSignal.timeout(5000) });
  assert.ok(ran);
});

test('the project’s own TypeScript and ESLint 9 come first; an ESLint older than 9 is passed over with a note', async (t) => {
  if (!toolsReady(t)) return;
  const project = fs.mkdtempSync(path.join(scratch, 'own-tools-'));
  const nested = path.join(project, 'packages/app');
  fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  fs.mkdirSync(nested, { recursive: true });
  // Found from a nested folder, as npx would: the project's tools are links to real installs.
  fs.symlinkSync(path.dirname(path.dirname(tools!.tsc.script)), path.join(project, 'node_modules/typescript'));
  fs.symlinkSync(path.dirname(path.dirname(tools!.eslint.script)), path.join(project, 'node_modules/eslint'));
  const options = { toolCache: TOOL_CACHE, env: process.env, log };
  const tsc = await resolveTypeScript(nested, options);
  assert.equal(tsc.source, 'project');
  assert.equal(tsc.script, path.join(project, 'node_modules/typescript/bin/tsc'));
  const eslint = await resolveEslint(nested, true, options);
  assert.equal(eslint.bin.source, 'project');
  assert.equal(eslint.note, undefined);
  // With Assay's bundled config, Assay's ESLint runs (its plugins match it).
  assert.equal((await resolveEslint(nested, false, options)).bin.source, 'assay');

  fs.rmSync(path.join(project, 'node_modules/eslint'));
  fs.mkdirSync(path.join(project, 'node_modules/eslint/bin'), { recursive: true });
  fs.writeFileSync(path.join(project, 'node_modules/eslint/package.json'), JSON.stringify({ name: 'eslint', version: '8.57.0', bin: { eslint: './bin/eslint.js' } }));
  fs.writeFileSync(path.join(project, 'node_modules/eslint/bin/eslint.js'), '');
  const old = await resolveEslint(nested, true, options);
  assert.equal(old.bin.source, 'assay');
  assert.match(old.note ?? '', /ESLint 8\.57\.0 .* predates flat config; ran Assay's ESLint instead/);
});

// ---------------------------------------------------------------- ESLint

const DEFECTS_ESLINT = [
  'eslint @typescript-eslint/no-explicit-any src/orders.ts:9',
  'eslint @typescript-eslint/no-unused-vars src/orders.ts:20',
  'eslint no-dupe-keys src/cart.js:14',
  'eslint no-empty src/cart.js:20',
  'eslint no-undef src/cart.js:9',
  'eslint no-unused-vars src/cart.js:5',
  'eslint parse-error src/broken.js:3',
  'eslint prefer-const src/orders.ts:10',
];

test('ESLint with Assay’s default config finds the planted JS and TS defects, and only those', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('defects');
  const started = performance.now();
  const out = await eslintAdapter.run(contextFor(root));
  t.diagnostic(`eslint on defects: ${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(keys(out.findings), DEFECTS_ESLINT);
  assert.equal(out.version, ASSAY_NPM_TOOLS.eslint);
  assert.equal(out.exitCode, 1);

  const undef = out.findings.find((f) => f.ruleId === 'no-undef')!;
  assert.deepEqual(
    { level: undef.level, severity: undef.severity, message: undef.message, column: undef.column, endLine: undef.endLine, endColumn: undef.endColumn },
    { level: 'error', severity: 'high', message: "'shippingCost' is not defined.", column: 18, endLine: 9, endColumn: 30 },
  );
  const parse = out.findings.find((f) => f.ruleId === 'parse-error')!;
  assert.equal(parse.message, "Parsing error: Unexpected keyword 'return'");

  const rules = new Map(out.rules.map((r) => [r.id, r]));
  assert.deepEqual([...rules.keys()].sort(), [...new Set(DEFECTS_ESLINT.map((k) => k.split(' ')[1]!))].sort());
  assert.deepEqual(rules.get('no-undef'), { id: 'no-undef', description: 'Disallow the use of undeclared variables unless mentioned in `/*global */` comments', helpUri: 'https://eslint.org/docs/latest/rules/no-undef' });
  assert.equal(rules.get('@typescript-eslint/no-explicit-any')?.helpUri, 'https://typescript-eslint.io/rules/no-explicit-any');
  assert.match(rules.get('parse-error')?.description ?? '', /could not parse/);
  assert.ok(out.notes?.some((n) => /no ESLint config covers .*; linted with Assay's default config/.test(n)));
  assert.ok(out.notes?.some((n) => /1 file\(s\) could not be parsed/.test(n)));
});

test('ESLint in changed-files mode lints only the changed file', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('defects');
  const out = await eslintAdapter.run(contextFor(root, { targetFiles: ['src/cart.js', 'README.md'] }));
  assert.deepEqual(keys(out.findings), DEFECTS_ESLINT.filter((k) => k.includes('src/cart.js')));
  await assert.rejects(eslintAdapter.run(contextFor(root, { targetFiles: ['worker/tsconfig.json'] })), (err: unknown) => err instanceof ToolSkippedError && /no changed JavaScript or TypeScript files/.test(err.message));
});

test('a project without defects gets no findings from ESLint or tsc', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('clean');
  const eslint = await eslintAdapter.run(contextFor(root));
  const tsc = await tscAdapter.run(contextFor(root));
  assert.deepEqual(eslint.findings, []);
  assert.deepEqual(tsc.findings, []);
  assert.equal(eslint.exitCode, 0);
  assert.equal(tsc.exitCode, 0);
  const complexity = await eslintComplexityAdapter.run(contextFor(root));
  assert.deepEqual(complexity.findings, []);
  assert.deepEqual(
    complexity.functions!.map((f) => `${f.file}:${f.line} ${f.name} ${f.complexity}`),
    ['src/format.js:2 formatMoney 2', 'src/math.ts:2 clamp 1', 'src/math.ts:6 <arrow function> 2', 'src/math.ts:7 <arrow function> 1'],
  );
});

test('the project’s own eslint.config.mjs is honoured: its rules and levels, not the default ones', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('own-config');
  const out = await eslintAdapter.run(contextFor(root));
  // no-unused-vars is off in the project's config (src/app.js:5 would be reported by the default
  // config), and its config covers .js only, so src/types.ts (an `any`) is skipped quietly.
  assert.deepEqual(keys(out.findings), ['eslint eqeqeq src/app.js:7', 'eslint no-console src/app.js:6', 'eslint no-var src/app.js:2']);
  assert.equal(out.findings.find((f) => f.ruleId === 'no-var')?.level, 'warning');
  assert.equal(out.findings.find((f) => f.ruleId === 'no-var')?.severity, 'medium');
  assert.equal(out.notes, undefined);
});

test('a broken eslint.config.mjs fails the tool with an error that names the config and quotes ESLint', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('broken-config');
  await assert.rejects(eslintAdapter.run(contextFor(root)), (err: unknown) => {
    assert.ok(err instanceof ToolFailedError);
    assert.equal(err.message, "ESLint could not run with the config eslint.config.mjs at eslint.config.mjs:5: SyntaxError: Unexpected token ']'");
    assert.match(err.detail ?? '', /Oops! Something went wrong/);
    return true;
  });
});

test('a config whose plugin is not installed fails with ESLint’s error and what to do', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('missing-plugin');
  await assert.rejects(eslintAdapter.run(contextFor(root)), (err: unknown) => {
    assert.ok(err instanceof ToolFailedError);
    assert.match(err.message, /^ESLint could not run with the config eslint\.config\.mjs: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package 'eslint-plugin-assay-fixture-missing' imported from .*eslint\.config\.mjs/);
    assert.match(err.message, /install the project's dependencies \(npm ci\) before analyze/);
    return true;
  });
});

test('a project with only a legacy .eslintrc.json is linted with the default config, and the fallback is noted', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('legacy-config');
  const out = await eslintAdapter.run(contextFor(root));
  // eqeqeq on line 5 is only in the legacy config, which ESLint 9 does not read.
  assert.deepEqual(keys(out.findings), ['eslint no-unused-vars src/roles.js:4']);
  assert.equal(out.notes?.length, 1);
  assert.match(out.notes![0]!, /legacy ESLint config \(\.eslintrc\.json\), which ESLint 9 does not read; linted with Assay's default config instead/);
  assert.match(out.notes![0]!, /npx @eslint\/migrate-config \.eslintrc\.json/);
});

test('ESLint’s fatal output is reduced to its error lines', () => {
  const printed = `\nOops! Something went wrong! :(\n\nESLint: 9.39.5\n\nConfiguration for rule "no-var" is invalid. Expected severity of "off", 0, "warn", 1, "error", or 2.\n\nYou passed '"eror"'.\n\nSee https://eslint.org/docs/latest/use/configure/rules#using-configuration-files for configuring rules.\n`;
  assert.equal(
    eslintErrorLines(printed),
    `Configuration for rule "no-var" is invalid. Expected severity of "off", 0, "warn", 1, "error", or 2. You passed '"eror"'. See https://eslint.org/docs/latest/use/configure/rules#using-configuration-files for configuring rules.`,
  );
});

// ---------------------------------------------------------------- tsc

const DEFECTS_TSC = ['tsc TS2322 src/orders.ts:15', 'tsc TS2322 worker/job.ts:12', 'tsc TS2339 worker/job.ts:8', 'tsc TS2345 src/stock.ts:12'];

test('tsc checks every tsconfig.json (root first), skips vendored ones and writes nothing', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('defects');
  // A dependency's own tsconfig and broken source: never the project's to check.
  fs.mkdirSync(path.join(root, 'node_modules/dep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules/dep/tsconfig.json'), '{ "include": ["."] }');
  fs.writeFileSync(path.join(root, 'node_modules/dep/index.ts'), 'export const x: number = "not a number";\n');
  assert.deepEqual(findTsconfigFiles(root), ['tsconfig.json', 'worker/tsconfig.json']);
  const before = listTree(root);
  const started = performance.now();
  const out = await tscAdapter.run(contextFor(root));
  t.diagnostic(`tsc on defects (2 tsconfigs): ${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(keys(out.findings), DEFECTS_TSC);
  assert.deepEqual(listTree(root), before, 'no .tsbuildinfo or temporary tsconfig is left');
  assert.equal(out.version, ASSAY_NPM_TOOLS.typescript);
  assert.notEqual(out.exitCode, 0);

  const chain = out.findings.find((f) => f.file === 'worker/job.ts' && f.ruleId === 'TS2322')!;
  assert.equal(
    chain.message,
    "Type '(attempt: string) => string' is not assignable to type '(attempt: number) => void'.\n  Types of parameters 'attempt' and 'attempt' are incompatible.\n    Type 'number' is not assignable to type 'string'.",
  );
  assert.deepEqual({ level: chain.level, severity: chain.severity, column: chain.column }, { level: 'error', severity: 'high', column: 14 });
  assert.deepEqual(out.rules.map((r) => r.id), ['TS2322', 'TS2339', 'TS2345']);
});

test('tsc in changed-files mode reports only the changed file, though its imports are checked', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('defects');
  const before = listTree(root);
  // orders.ts imports stock.ts, whose error is in the program but not in a changed file.
  const started = performance.now();
  const out = await tscAdapter.run(contextFor(root, { targetFiles: ['src/orders.ts'] }));
  t.diagnostic(`tsc on one changed file: ${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(keys(out.findings), ['tsc TS2322 src/orders.ts:15']);
  assert.deepEqual(listTree(root), before, 'the temporary tsconfig is removed');

  const worker = await tscAdapter.run(contextFor(root, { targetFiles: ['worker/job.ts', 'src/cart.js'] }));
  assert.deepEqual(keys(worker.findings), ['tsc TS2322 worker/job.ts:12', 'tsc TS2339 worker/job.ts:8']);
  await assert.rejects(tscAdapter.run(contextFor(root, { targetFiles: ['src/cart.js'] })), (err: unknown) => err instanceof ToolSkippedError && /no changed TypeScript files/.test(err.message));
});

test('TypeScript without a tsconfig.json is checked with strict defaults, and that is noted', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('no-tsconfig');
  const out = await tscAdapter.run(contextFor(root));
  assert.deepEqual(keys(out.findings), ['tsc TS7006 src/list.ts:2']);
  assert.equal(out.findings[0]!.message, "Parameter 'items' implicitly has an 'any' type.");
  assert.match(out.notes?.[0] ?? '', /^no tsconfig\.json found; checked 1 TypeScript file\(s\) with tsc --strict --skipLibCheck/);
});

test('tsc’s plain output is parsed with continuation lines and file-less diagnostics', () => {
  // As printed by tsc 5.9 for a config with `types: ["node"]` and no @types/node, and a bad option.
  const printed = [
    "error TS2688: Cannot find type definition file for 'node'.",
    '  The file is in the program because:',
    "    Entry point of type library 'node' specified in compilerOptions",
    "tsconfig.json(1,35): error TS5023: Unknown compiler option 'foo'.",
    'Debug Failure. False expression.',
  ].join('\n');
  assert.deepEqual(parseTscOutput(printed), {
    diagnostics: [
      { line: 1, column: 1, category: 'error', code: 'TS2688', message: "Cannot find type definition file for 'node'.\n  The file is in the program because:\n    Entry point of type library 'node' specified in compilerOptions" },
      { file: 'tsconfig.json', line: 1, column: 35, category: 'error', code: 'TS5023', message: "Unknown compiler option 'foo'." },
    ],
    unparsed: ['Debug Failure. False expression.'],
  });
});

// ---------------------------------------------------------------- complexity

test('complexity: every function with the value counted by hand, whatever the project config and inline comments say', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('complexity');
  // The project's own config would hide everything below 20; Assay's measurement ignores it.
  fs.writeFileSync(path.join(root, 'eslint.config.mjs'), "export default [{ rules: { complexity: ['error', 20] } }];\n");
  const started = performance.now();
  const out = await eslintComplexityAdapter.run(contextFor(root));
  t.diagnostic(`complexity on the complexity fixture: ${Math.round(performance.now() - started)} ms`);
  assert.equal(eslintComplexityAdapter.metric, true);
  assert.deepEqual(out.findings, []);
  assert.deepEqual(
    out.functions!.filter((f) => f.file.startsWith('src/')).map((f) => `${f.file}:${f.line} ${f.name} ${f.complexity}`),
    [
      'src/branches.js:4 grade 4', // if, else if, else if
      'src/branches.js:15 canShip 4', // &&, ||, ?:
      'src/branches.js:20 total 4', // two default parameters, for…of
      'src/branches.js:28 readConfig 2', // catch
      'src/branches.js:36 drain 4', // while, do…while, for
      'src/branches.js:49 route 3', // two cases (default does not count)
      'src/branches.js:60 <arrow function> 1',
      'src/branches.js:65 push 2', // ??
      'src/branches.js:69 size 1', // getter
      'src/branches.js:73 #peek 2', // ?.
      'src/branches.js:79 find 2', // object method, ?:
      'src/branches.js:84 <function> 1', // anonymous function expression
      'src/branches.js:89 quiet 2', // ||, despite its eslint-disable comment
      'src/shapes.ts:4 area 2', // ?:
      'src/shapes.ts:8 label 3', // ?., ??
      'src/shapes.ts:12 load 6', // default parameter, for, catch, if, ||
      'src/shapes.ts:28 <class static block> 2', // if
    ],
  );
  assert.equal(out.notes, undefined);
});

test('complexity in changed-files mode measures only the changed files', async (t) => {
  if (!toolsReady(t)) return;
  const root = copyFixture('complexity');
  const out = await eslintComplexityAdapter.run(contextFor(root, { targetFiles: ['src/shapes.ts'] }));
  assert.deepEqual(new Set(out.functions!.map((f) => f.file)), new Set(['src/shapes.ts']));
});

test('function names come from the subject of ESLint’s complexity message', () => {
  const cases: [string, string][] = [
    ["Function 'foo'", 'foo'],
    ["Async generator function 'stream'", 'stream'],
    ["Static method 'create'", 'create'],
    ["Method 'it''s'", "it''s"],
    ['Private method #secret', '#secret'],
    ['Static private method #make', '#make'],
    ["Getter 'size'", 'size'],
    ['Constructor', 'constructor'],
    ['Arrow function', '<arrow function>'],
    ['Async arrow function', '<async arrow function>'],
    ['Function', '<function>'],
    ['Class static block', '<class static block>'],
  ];
  for (const [subject, name] of cases) assert.equal(functionNameFromSubject(subject), name, subject);
});

/** Runs a script with this Node (and tsx) in its own process; resolves with its stdout. */
function runNode(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.join(here, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`node exited with ${code}`))));
  });
}
