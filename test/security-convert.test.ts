/**
 * Conversion of other tools' native reports to SARIF with the real `sarif-multitool convert`:
 * a Pylint JSON report (written by Debian's pylint 2.16.2 on test/fixtures/security/convert/pylint)
 * and a CppCheck XML v2 report (written by Debian's cppcheck 2.10 on …/convert/cppcheck), both
 * committed with the fixtures. The converted runs must pass the SARIF 2.1.0 schema and
 * `sarif-multitool validate` with GitHub's rules. Most tests use the multitool of the npm
 * dev-dependency; one downloads it for real through @actions/tool-cache into temporary
 * RUNNER_TOOL_CACHE / RUNNER_TEMP folders and runs what it cached.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { runProcess } from '../lib/process/run-process';
import { createLog, writeLog } from '../lib/sarif/log';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { ToolFailedError } from '../lib/tool-errors';
import { convertReports, exceptionLine, type ConvertOptions } from '../actions/security-scan/convert/convert-reports';
import { MULTITOOL_TOOL_FORMATS, resolveToolFormat, toolFormatsFromHelp } from '../actions/security-scan/convert/formats';
import { expandGlob, globToRegExp } from '../actions/security-scan/convert/glob';
import { provideSarifMultitool, SARIF_MULTITOOL, sha512Integrity } from '../actions/security-scan/convert/multitool';
import { describeIssues, findMultitool, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/security/convert');
const multitoolSkip = multitoolSkipReason();

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-convert-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function copyFixtures(): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'project-'));
  fs.cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

function options(root: string, lines: string[] = []): ConvertOptions {
  return {
    root,
    log: createConsoleLogger({ write: (l) => lines.push(l) }),
    toolCache: path.join(scratch, 'tool-cache'),
    tempDir: fs.mkdtempSync(path.join(scratch, 'tmp-')),
    env: process.env,
    signal: AbortSignal.timeout(300_000),
    multitool: { preferInstalledPackage: true },
  };
}

async function assertValid(t: TestContext, runs: Parameters<typeof createLog>[0]): Promise<void> {
  const log = createLog(runs);
  assert.deepEqual(sarifSchemaViolations(log), []);
  const file = path.join(fs.mkdtempSync(path.join(scratch, 'sarif-')), 'converted.sarif');
  await writeLog(file, log);
  if (multitoolSkip) {
    t.diagnostic(`sarif-multitool validate not run: ${multitoolSkip}`);
    return;
  }
  const report = await validateWithMultitool(file, { ruleKinds: ['Sarif', 'Gh'] });
  assert.deepEqual(report.errors, [], describeIssues(report.errors));
}

describe('format names', () => {
  test('an unknown format is a configuration error that lists the accepted ones', async () => {
    await assert.rejects(convertReports([{ format: 'SpotBugs', glob: 'x.xml' }], options(scratch)), (e: unknown) => {
      assert.ok(e instanceof ConfigurationError);
      assert.equal(
        e.message,
        '"SpotBugs" is not a report format sarif-multitool can convert. Use one of: AndroidStudio, CisCat, ClangAnalyzer, ClangTidy, CppCheck, ContrastSecurity, FlawFinder, Fortify, FortifyFpr, FxCop, Hdf, Nessus, PREfast, Pylint, SemmleQL, StaticDriverVerifier, TSLint (the input "convert" takes lines "Format: glob", e.g. "CppCheck: reports/cppcheck.xml").',
      );
      return true;
    });
  });

  test('names match without regard to case or separators', () => {
    assert.equal(resolveToolFormat('cppcheck'), 'CppCheck');
    assert.equal(resolveToolFormat('clang-tidy'), 'ClangTidy');
    assert.equal(resolveToolFormat('PYLINT'), 'Pylint');
    assert.equal(resolveToolFormat('fortify_fpr'), 'FortifyFpr');
  });

  test("the list is the multitool's own (convert --help)", { skip: multitoolSkip }, async () => {
    const found = findMultitool();
    assert.ok('path' in found);
    const help = await runProcess(found.path, ['convert', '--help'], { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
    assert.deepEqual(toolFormatsFromHelp(`${help.stdout}\n${help.stderr}`), [...MULTITOOL_TOOL_FORMATS]);
  });
});

describe('globs', () => {
  test('patterns', () => {
    const re = (g: string) => globToRegExp(g);
    assert.ok(re('reports/*.xml').test('reports/cppcheck.xml'));
    assert.ok(!re('reports/*.xml').test('reports/sub/cppcheck.xml'));
    assert.ok(re('reports/**/*.xml').test('reports/cppcheck.xml'));
    assert.ok(re('reports/**/*.xml').test('reports/a/b/cppcheck.xml'));
    assert.ok(re('**/pylint.json').test('pylint.json'));
    assert.ok(re('out/report.{json,xml}').test('out/report.xml'));
    assert.ok(re('out/run[0-9].xml').test('out/run7.xml'));
    assert.ok(!re('out/run[!0-9].xml').test('out/run7.xml'));
    assert.ok(re('a+b/(x).json').test('a+b/(x).json'));
  });

  test('expansion: relative to the root, absolute as given, sorted; .git and node_modules only when named', () => {
    const root = copyFixtures();
    fs.mkdirSync(path.join(root, 'node_modules/x'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules/x/pylint.json'), '[]');
    assert.deepEqual(
      expandGlob('**/*.json', root).map((f) => path.relative(root, f)),
      ['pylint/pylint.json'],
    );
    assert.deepEqual(expandGlob(path.join(root, 'cppcheck', '*.xml'), '/elsewhere'), [path.join(root, 'cppcheck/cppcheck.xml')]);
    assert.deepEqual(expandGlob('cppcheck/cppcheck.xml', root), [path.join(root, 'cppcheck/cppcheck.xml')]);
    assert.deepEqual(expandGlob('missing/*.xml', root), []);
    assert.deepEqual(expandGlob('node_modules/**/*.json', root), [path.join(root, 'node_modules/x/pylint.json')]);
  });
});

describe('sarif-multitool convert', () => {
  test('a real Pylint JSON report and a real CppCheck XML report become valid, GitHub-ready SARIF', { skip: multitoolSkip }, async (t) => {
    const root = copyFixtures();
    const lines: string[] = [];
    const started = performance.now();
    const outcome = await convertReports(
      [
        { format: 'Pylint', glob: 'pylint/*.json' },
        { format: 'cppcheck', glob: 'cppcheck/**/*.xml' },
      ],
      options(root, lines),
    );
    t.diagnostic(`two conversions: ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(outcome.failures, []);
    assert.deepEqual(outcome.notes, []);
    assert.equal(outcome.multitool?.source, 'installed-package');
    assert.deepEqual(
      outcome.sarif.map((s) => s.file),
      ['pylint/pylint.json', 'cppcheck/cppcheck.xml'],
    );
    const [pylint, cppcheck] = outcome.sarif.map((s) => s.runs[0]!);
    const summary = (run: typeof pylint) => (run!.results ?? []).map((r) => `${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine}`);
    assert.deepEqual(summary(pylint), [
      'C0116(missing-function-docstring) shop/cart.py:5',
      'W0102(dangerous-default-value) shop/cart.py:5',
      'W0613(unused-argument) shop/cart.py:5',
      'C0116(missing-function-docstring) shop/cart.py:12',
      'W0613(unused-argument) shop/cart.py:12',
      'W0611(unused-import) shop/cart.py:2',
    ]);
    assert.deepEqual(summary(cppcheck), ['arrayIndexOutOfBounds src/buffer.c:8', 'arrayIndexOutOfBounds src/buffer.c:9', 'memleak src/buffer.c:23']);
    assert.equal(cppcheck!.tool.driver.name, 'CppCheck');
    assert.equal(cppcheck!.tool.driver.version, '2.10.0');
    assert.equal(cppcheck!.tool.driver.informationUri, 'https://cppcheck.sourceforge.io/');
    assert.deepEqual(cppcheck!.automationDetails, { id: 'assay-security/convert/cppcheck/' });
    assert.deepEqual(pylint!.automationDetails, { id: 'assay-security/convert/pylint/' });
    // Every result points at a rule the driver describes (GitHub requires tool.driver.rules).
    for (const run of [pylint!, cppcheck!]) {
      for (const r of run.results ?? []) assert.equal(run.tool.driver.rules?.[r.ruleIndex!]?.id, r.ruleId);
    }
    assert.deepEqual(
      cppcheck!.tool.driver.rules?.map((r) => r.id),
      ['arrayIndexOutOfBounds', 'memleak'],
    );
    assert.ok(lines.some((l) => l === 'convert: cppcheck/cppcheck.xml (CppCheck) → 3 result(s)'), lines.join('\n'));
    await assertValid(t, [pylint!, cppcheck!]);
  });

  test('a report that is not in the stated format fails alone, naming the file and the error; a glob matching nothing is a note', { skip: multitoolSkip }, async () => {
    const root = copyFixtures();
    const outcome = await convertReports(
      [
        { format: 'CppCheck', glob: 'pylint/pylint.json' },
        { format: 'CppCheck', glob: 'cppcheck/cppcheck.xml' },
        { format: 'ClangTidy', glob: 'reports/clang-tidy*.txt' },
      ],
      options(root),
    );
    assert.deepEqual(outcome.sarif.map((s) => s.file), ['cppcheck/cppcheck.xml']);
    assert.deepEqual(outcome.failures, [
      { file: 'pylint/pylint.json', format: 'CppCheck', reason: 'sarif-multitool exited with code 1: System.Xml.XmlException: Data at the root level is invalid. Line 1, position 1.' },
    ]);
    assert.deepEqual(outcome.notes, [`convert: no file matches "reports/clang-tidy*.txt" (ClangTidy), relative to ${root}`]);
  });

  test('nothing matched: the multitool is not even fetched', async () => {
    const outcome = await convertReports([{ format: 'Fortify', glob: 'nothing/*.fvdl' }], { ...options(scratch), multitool: { binaryPath: '/nonexistent/should-not-run' } });
    assert.equal(outcome.multitool, undefined);
    assert.equal(outcome.sarif.length, 0);
    assert.equal(outcome.notes.length, 1);
  });

  test('exceptionLine picks the .NET exception', () => {
    assert.equal(exceptionLine('SARIF Multitool 5.7.0\nSystem.ArgumentException: Unrecognized tool specified: X\n   at Foo'), 'System.ArgumentException: Unrecognized tool specified: X');
    assert.equal(exceptionLine(''), 'no output');
  });
});

describe('fetching sarif-multitool with @actions/tool-cache', () => {
  /** Runs `fn` with RUNNER_TOOL_CACHE and RUNNER_TEMP pointing at fresh temporary folders. */
  async function withRunnerFolders<T>(fn: (cache: string) => Promise<T>): Promise<T> {
    const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
    const cache = fs.mkdtempSync(path.join(scratch, 'runner-tool-cache-'));
    process.env.RUNNER_TOOL_CACHE = cache;
    process.env.RUNNER_TEMP = fs.mkdtempSync(path.join(scratch, 'runner-temp-'));
    try {
      return await fn(cache);
    } finally {
      for (const [key, value] of [['RUNNER_TOOL_CACHE', saved.cache], ['RUNNER_TEMP', saved.temp]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  }

  test('downloads the pinned tarball from the npm registry, checks its sha512, caches it, and the cached tool converts a report', { skip: process.platform !== 'linux' || process.arch !== 'x64' ? 'sarif-multitool is fetched for Linux x64 only' : false, timeout: 600_000 }, async (t) => {
    await withRunnerFolders(async (cache) => {
      const log = createConsoleLogger({ write: () => {} });
      const started = performance.now();
      const first = await provideSarifMultitool({ log, toolCache: cache, tempDir: scratch });
      t.diagnostic(`download, check and cache: ${Math.round(performance.now() - started)} ms`);
      assert.equal(first.source, 'downloaded');
      assert.equal(first.path, path.join(cache, 'sarif-multitool', SARIF_MULTITOOL.version, 'x64', 'Sarif.Multitool'));
      assert.ok(fs.existsSync(path.join(cache, 'sarif-multitool', SARIF_MULTITOOL.version, 'x64.complete')));
      const version = await runProcess(first.path, ['--version'], { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
      // It prints its banner ("SARIF Multitool 5.7.0+e506911c…") on stderr.
      assert.match(`${version.stdout}${version.stderr}`, /SARIF Multitool 5\.7\.0\+/);

      // The next run finds it in the tool cache, and it converts for real.
      const root = copyFixtures();
      const outcome = await convertReports([{ format: 'CppCheck', glob: 'cppcheck/cppcheck.xml' }], { ...options(root), multitool: {} });
      assert.equal(outcome.multitool?.source, 'tool-cache');
      assert.equal(outcome.sarif[0]?.runs[0]?.results?.length, 3);
      await assertValid(t, outcome.sarif[0]!.runs);
    });
  });

  test('a tarball whose sha512 does not match is refused, and nothing is cached', async () => {
    const body = Buffer.from('not the multitool');
    const server = http.createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await withRunnerFolders(async (cache) => {
        const release = { version: '0.0.1-test', url: `http://127.0.0.1:${port}/sarif-multitool.tgz`, integrity: SARIF_MULTITOOL.integrity };
        await assert.rejects(provideSarifMultitool({ log: createConsoleLogger({ write: () => {} }), toolCache: cache, tempDir: scratch, release }), (e: unknown) => {
          assert.ok(e instanceof ToolFailedError);
          assert.match(e.message, /does not match its pinned integrity \(expected sha512-NxUb.*, got sha512-.*\); nothing from it was run/);
          return true;
        });
        assert.ok(!fs.existsSync(path.join(cache, 'sarif-multitool', '0.0.1-test')));
      });
    } finally {
      server.close();
    }
  });

  test('sha512Integrity computes npm\'s integrity string', async () => {
    const file = path.join(scratch, 'integrity.txt');
    fs.writeFileSync(file, 'abc');
    assert.equal(await sha512Integrity(file), 'sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==');
  });
});
