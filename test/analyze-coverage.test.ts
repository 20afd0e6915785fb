import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parseCobertura } from '../actions/analyze/coverage/cobertura';
import { type CoverageSummary, type FileCoverage, CoverageFormatError, summarize } from '../actions/analyze/coverage/file-coverage';
import { type CoverageReport, findCoverageReports, readCoverage } from '../actions/analyze/coverage/find-coverage';
import { parseLcov } from '../actions/analyze/coverage/lcov';
import { listProjectFiles } from '../actions/analyze/project-files';
import { createConsoleLogger } from '../lib/action/logger';

const temps: string[] = [];
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed when the file's tests end. */
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(prefix);
  temps.push(dir);
  return dir;
}

const REPO = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(REPO, 'sample');
const FIXTURES = path.join(REPO, 'test/fixtures/analyze/coverage');

function quietLog() {
  const lines: string[] = [];
  return { log: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }), lines };
}

function counts(c: FileCoverage | undefined): Omit<CoverageSummary, 'percent'> & { percent: number } {
  assert.ok(c, 'file has coverage');
  return { linesCovered: c.linesCovered, linesTotal: c.linesTotal, branchesCovered: c.branchesCovered, branchesTotal: c.branchesTotal, percent: c.percent };
}

async function projectFiles(root: string): Promise<string[]> {
  return (await listProjectFiles({ root, log: quietLog().log })).map((f) => f.path);
}

function report(file: string): CoverageReport {
  return { file, format: file.endsWith('.xml') ? 'cobertura' : 'lcov' };
}

function tempCopy(from: string): string {
  const dir = tempDir(path.join(os.tmpdir(), 'assay-coverage-'));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

test("sample/: both real reports are found and read, with the numbers their writers state", async () => {
  const { log } = quietLog();
  const reports = findCoverageReports({ root: SAMPLE, log });
  assert.deepEqual(
    reports.map((r) => [path.relative(SAMPLE, r.file), r.format]),
    [
      ['api/coverage.xml', 'cobertura'],
      ['web/coverage/lcov.info', 'lcov'],
    ],
  );
  const result = readCoverage({ root: SAMPLE, files: await projectFiles(SAMPLE), reports, log });
  // coverage.py: <source> is /home/runner/work/inventory/inventory (not here), filenames api/*.py.
  // Per class: lines from the <line> elements, branches from condition-coverage.
  assert.deepEqual(counts(result.files.get('api/__init__.py')), { linesCovered: 1, linesTotal: 1, branchesCovered: 0, branchesTotal: 0, percent: 100 });
  assert.deepEqual(counts(result.files.get('api/app.py')), { linesCovered: 0, linesTotal: 20, branchesCovered: 0, branchesTotal: 6, percent: 0 });
  assert.deepEqual(counts(result.files.get('api/inventory.py')), { linesCovered: 45, linesTotal: 59, branchesCovered: 21, branchesTotal: 36, percent: 76.27 });
  assert.deepEqual(counts(result.files.get('api/settings.py')), { linesCovered: 7, linesTotal: 9, branchesCovered: 1, branchesTotal: 4, percent: 77.78 });
  assert.deepEqual(counts(result.files.get('api/storage.py')), { linesCovered: 21, linesTotal: 21, branchesCovered: 2, branchesTotal: 2, percent: 100 });
  // c8's lcov: SF paths relative to web/ (where c8 ran), the report in web/coverage/. Equal to each record's LF/LH/BRF/BRH.
  assert.deepEqual(counts(result.files.get('web/src/api.ts')), { linesCovered: 33, linesTotal: 35, branchesCovered: 2, branchesTotal: 5, percent: 94.29 });
  assert.deepEqual(counts(result.files.get('web/src/inventory.ts')), { linesCovered: 57, linesTotal: 63, branchesCovered: 15, branchesTotal: 19, percent: 90.48 });
  assert.deepEqual(counts(result.files.get('web/src/legacy/pricing.js')), { linesCovered: 14, linesTotal: 20, branchesCovered: 2, branchesTotal: 4, percent: 70 });
  assert.equal(result.files.size, 8);
  // coverage.xml's own header: lines-valid=110 lines-covered=74 branches-valid=48 branches-covered=24; lcov: 118/104, 28/19.
  assert.deepEqual(result.totals, { linesCovered: 74 + 104, linesTotal: 110 + 118, branchesCovered: 24 + 19, branchesTotal: 48 + 28, percent: 78.07 });
  assert.deepEqual(
    result.reports.map((r) => [r.file, r.matched, r.unmatched]),
    [
      ['api/coverage.xml', 5, 0],
      ['web/coverage/lcov.info', 3, 0],
    ],
  );
  // The per-line map: api.ts lines 31-32 are the two missed ones (DA:31,0 DA:32,0); DA:15,2.
  const api = result.files.get('web/src/api.ts')!;
  assert.equal(api.lines.get(15), 2);
  assert.deepEqual([...api.lines].filter(([, hits]) => hits === 0).map(([line]) => line), [31, 32]);
  assert.deepEqual(api.functions, [
    { name: 'fromDto', line: 14, hits: 2 },
    { name: 'listItems', line: 27, hits: 1 },
  ]);
  // A function's share, from its line range: listItems spans 27-35 (lines 31, 32 missed; branches on 27, 28, 30).
  assert.deepEqual(summarize(api, 27, 35), { linesCovered: 7, linesTotal: 9, branchesCovered: 1, branchesTotal: 3, percent: 77.78 });
  // A line of app.py with two missed branches.
  assert.deepEqual(result.files.get('api/app.py')!.branches.get(16), { covered: 0, total: 2 });
});

test('c8 lcov and the Istanbul Cobertura report of the same run agree, line by line', async () => {
  const root = path.join(FIXTURES, 'js');
  const files = await projectFiles(root);
  assert.deepEqual(files, ['src/cart.js', 'src/price.js', 'test/cart.test.js', 'test/price.test.js']);
  const { log } = quietLog();
  const lcov = readCoverage({ root, files, reports: [report(path.join(root, 'coverage/lcov.info'))], log });
  const cobertura = readCoverage({ root, files, reports: [report(path.join(root, 'coverage/cobertura-coverage.xml'))], log });
  // lcov: LF:26 LH:17 BRF:8 BRH:7 and LF:22 LH:17 BRF:6 BRH:3; Cobertura header: lines 48/34, branches 14/10.
  assert.deepEqual(counts(lcov.files.get('src/cart.js')), { linesCovered: 17, linesTotal: 26, branchesCovered: 7, branchesTotal: 8, percent: 65.38 });
  assert.deepEqual(counts(lcov.files.get('src/price.js')), { linesCovered: 17, linesTotal: 22, branchesCovered: 3, branchesTotal: 6, percent: 77.27 });
  assert.deepEqual(cobertura.totals, { linesCovered: 34, linesTotal: 48, branchesCovered: 10, branchesTotal: 14, percent: 70.83 });
  assert.deepEqual(lcov.totals, cobertura.totals);
  for (const file of ['src/cart.js', 'src/price.js']) {
    assert.deepEqual([...cobertura.files.get(file)!.lines], [...lcov.files.get(file)!.lines], file);
  }
  // Functions: FN/FNDA from lcov, <method> from Cobertura.
  const names = (c: FileCoverage) => c.functions.map((f) => `${f.name}@${f.line}:${f.hits}`).sort();
  assert.deepEqual(names(lcov.files.get('src/cart.js')!), ['addItem@2:3', 'removeItem@15:0', 'total@24:2']);
  assert.deepEqual(names(cobertura.files.get('src/price.js')!), ['checkout@14:1', 'discount@4:1', 'unused@20:0']);
  // removeItem (15-22) never ran, but V8 counts its declaration line as run with the module.
  assert.deepEqual(summarize(lcov.files.get('src/cart.js')!, 15, 22), { linesCovered: 1, linesTotal: 8, branchesCovered: 0, branchesTotal: 0, percent: 12.5 });
});

test('an lcov file with several records of one file (two test runs concatenated) keeps the most hits per line', async () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'js/runs.lcov'), 'utf8');
  const parsed = parseLcov(text);
  assert.deepEqual(
    parsed.map((f) => f.candidates[0]),
    ['src/cart.js', 'src/price.js'],
  );
  const cart = parsed[0]!;
  // Run 1 (cart.test.js): DA:3,2 and DA:8,1; run 2 (price.test.js): DA:3,1 and DA:8,0.
  assert.equal(cart.lines.get(3), 2);
  assert.equal(cart.lines.get(8), 1);
  // Run 1 never removes anything: lines 16-22 stay 0 in both runs.
  assert.equal(cart.lines.get(16), 0);
  const root = path.join(FIXTURES, 'js');
  const result = readCoverage({ root, files: await projectFiles(root), reports: [report(path.join(root, 'runs.lcov'))], log: quietLog().log });
  // Lines: as many covered as in the single run over both test files (17 of 26).
  assert.equal(result.files.get('src/cart.js')!.linesCovered, 17);
  // Line 7's branches: run 1 has one (taken), run 2 one (not taken); the most known and most taken: 1 of 1.
  assert.deepEqual(result.files.get('src/cart.js')!.branches.get(7), { covered: 1, total: 1 });
  // The merged report and the single-run report together: still the single run's counts.
  const both = readCoverage({ root, files: await projectFiles(root), reports: [report(path.join(root, 'runs.lcov')), report(path.join(root, 'coverage/lcov.info'))], log: quietLog().log });
  assert.deepEqual(counts(both.files.get('src/cart.js')), { linesCovered: 17, linesTotal: 26, branchesCovered: 7, branchesTotal: 8, percent: 65.38 });
});

test('coverage.py: a CI <source>, absolute file names with an empty <source>, and several relative sources all map to the project', async () => {
  const root = path.join(FIXTURES, 'py');
  const files = await projectFiles(root);
  assert.deepEqual(files, ['scripts/report.py', 'src/shop/__init__.py', 'src/shop/cart.py', 'tests/test_cart.py']);
  const expected = {
    'scripts/report.py': { linesCovered: 4, linesTotal: 6, branchesCovered: 1, branchesTotal: 2, percent: 66.67 },
    'src/shop/__init__.py': { linesCovered: 1, linesTotal: 1, branchesCovered: 0, branchesTotal: 0, percent: 100 },
    'src/shop/cart.py': { linesCovered: 11, linesTotal: 16, branchesCovered: 5, branchesTotal: 8, percent: 68.75 },
  };
  for (const name of ['coverage.xml', 'tests/coverage.xml', 'coverage-relative.xml']) {
    const result = readCoverage({ root, files, reports: [report(path.join(root, name))], log: quietLog().log });
    assert.deepEqual(Object.fromEntries([...result.files].map(([p, c]) => [p, counts(c)])), expected, name);
    // The header of each: lines-valid="23" lines-covered="16" branches-valid="10" branches-covered="6".
    assert.deepEqual(result.totals, { linesCovered: 16, linesTotal: 23, branchesCovered: 6, branchesTotal: 10, percent: 69.57 }, name);
  }
  // The same reports when the project root is a folder above (a monorepo): paths gain "py/".
  const monorepo = FIXTURES;
  const all = await projectFiles(monorepo);
  for (const name of ['py/coverage.xml', 'py/tests/coverage.xml', 'py/coverage-relative.xml']) {
    const result = readCoverage({ root: monorepo, files: all, reports: [report(path.join(monorepo, name))], log: quietLog().log });
    assert.deepEqual([...result.files.keys()], ['py/scripts/report.py', 'py/src/shop/__init__.py', 'py/src/shop/cart.py'], name);
  }
});

test('cargo-llvm-cov: absolute CI paths in lcov and the lcov2cobertura XML map onto sample/engine', async () => {
  const files = await projectFiles(SAMPLE);
  for (const name of ['lcov.info', 'cobertura.xml']) {
    const { log, lines } = quietLog();
    const result = readCoverage({ root: SAMPLE, files, reports: [report(path.join(FIXTURES, 'rust', name))], log });
    // DA lines: forecast.rs 21 (llvm-cov's LF says 22, which is why LF is not trusted), planner.rs 29, all run.
    assert.deepEqual(counts(result.files.get('engine/src/forecast.rs')), { linesCovered: 0, linesTotal: 21, branchesCovered: 0, branchesTotal: 0, percent: 0 }, name);
    assert.deepEqual(counts(result.files.get('engine/src/planner.rs')), { linesCovered: 29, linesTotal: 29, branchesCovered: 0, branchesTotal: 0, percent: 100 }, name);
    assert.equal(result.files.size, 2, name);
    assert.equal(result.files.get('engine/src/planner.rs')!.lines.get(30), 2, name);
    assert.ok(!lines.some((l) => l.includes('warning')), lines.join('\n'));
  }
  // Function names: mangled in lcov, demangled by lcov2cobertura.
  const xml = parseCobertura(fs.readFileSync(path.join(FIXTURES, 'rust/cobertura.xml'), 'utf8'));
  const planner = xml.find((f) => f.candidates[0]!.endsWith('src/planner.rs'))!;
  assert.deepEqual(planner.candidates, ['/home/runner/work/inventory/inventory/engine/src/planner.rs', 'src/planner.rs']);
  assert.ok(planner.functions.some((f) => f.name === 'inventory_engine::planner::plan_orders' && f.line === 28 && f.hits === 1));
  // <methods> repeat a function's first line with the call count; they must not count as lines twice.
  assert.equal(planner.lines.size, 29);
});

test('a report made in another folder layout maps by the suffix that explains the most files', async () => {
  const root = tempDir(path.join(os.tmpdir(), 'assay-coverage-'));
  fs.cpSync(path.join(FIXTURES, 'js/src'), path.join(root, 'packages/shop/src'), { recursive: true });
  fs.writeFileSync(path.join(root, '__init__.py'), '');
  // The js report (SF:src/cart.js) kept in a reports/ folder: relative paths that need "packages/shop/" in front.
  fs.mkdirSync(path.join(root, 'reports'));
  fs.copyFileSync(path.join(FIXTURES, 'js/coverage/lcov.info'), path.join(root, 'reports/lcov.info'));
  // A report with absolute paths from a container, including a package the project does not have.
  fs.writeFileSync(
    path.join(root, 'reports/coverage.xml'),
    `<?xml version="1.0" ?>
<coverage version="7.4.0" line-rate="0.5" branch-rate="0" lines-covered="2" lines-valid="4" branches-covered="0" branches-valid="0" complexity="0">
  <sources><source>/app</source></sources>
  <packages><package name="x"><classes>
    <class name="cart.js" filename="packages/shop/src/cart.js"><methods/><lines><line number="4" hits="9"/><line number="5" hits="0"/></lines></class>
    <class name="__init__.py" filename="vendor_lib/__init__.py"><methods/><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class>
  </classes></package></packages>
</coverage>`,
  );
  const files = await projectFiles(root);
  assert.deepEqual(files, ['__init__.py', 'packages/shop/src/cart.js', 'packages/shop/src/price.js']);
  const { log } = quietLog();
  const result = readCoverage({ root, files, reports: findCoverageReports({ root, log }), log });
  assert.deepEqual([...result.files.keys()], ['packages/shop/src/cart.js', 'packages/shop/src/price.js']);
  // Merged: the lcov run (DA:4,0 DA:5,0) and the XML (4 hit 9 times): most hits per line.
  assert.equal(result.files.get('packages/shop/src/cart.js')!.lines.get(4), 9);
  assert.equal(result.files.get('packages/shop/src/cart.js')!.lines.get(5), 0);
  // /app/vendor_lib/__init__.py is not the root's __init__.py.
  assert.deepEqual(
    result.reports.map((r) => [r.file, r.matched, r.unmatched]),
    [
      ['reports/coverage.xml', 1, 1],
      ['reports/lcov.info', 2, 0],
    ],
  );
});

test('finding reports skips node_modules, virtualenvs and Cargo targets, and goes no deeper than asked', () => {
  const root = tempDir(path.join(os.tmpdir(), 'assay-coverage-'));
  const put = (rel: string, text = 'TN:\n') => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  put('coverage/lcov.info');
  put('coverage/cobertura-coverage.xml');
  put('cobertura.xml');
  put('engine/coverage.lcov');
  put('packages/app/coverage/lcov.info');
  put('node_modules/pkg/coverage/lcov.info');
  put('.venv/lib/coverage.xml');
  put('env/pyvenv.cfg', 'home = /usr/bin');
  put('env/lib/coverage.xml');
  put('engine/Cargo.toml', '[package]');
  put('engine/target/cobertura.xml');
  put('a/b/c/d/e/f/lcov.info');
  put('coverage/lcov-report/index.html', '<html>');
  const { log } = quietLog();
  assert.deepEqual(
    findCoverageReports({ root, log }).map((r) => [path.relative(root, r.file), r.format]),
    [
      ['cobertura.xml', 'cobertura'],
      ['coverage/cobertura-coverage.xml', 'cobertura'],
      ['coverage/lcov.info', 'lcov'],
      ['engine/coverage.lcov', 'lcov'],
      ['packages/app/coverage/lcov.info', 'lcov'],
    ],
  );
  assert.equal(findCoverageReports({ root, log, maxDepth: 6 }).length, 6);
});

test('a broken or foreign report is a warning that names it, and the other reports still count', async () => {
  const root = tempCopy(path.join(FIXTURES, 'js'));
  fs.writeFileSync(path.join(root, 'lcov.info'), '<html>not lcov</html>\n');
  fs.writeFileSync(path.join(root, 'coverage.xml'), '<?xml version="1.0"?><coverage generated="1" clover="4.4.1"><project/></coverage>');
  fs.writeFileSync(path.join(root, 'cobertura.xml'), '<coverage><packages><package></coverage>');
  const { log, lines } = quietLog();
  const result = readCoverage({ root, files: await projectFiles(root), reports: findCoverageReports({ root, log }), log });
  const byFile = Object.fromEntries(result.reports.map((r) => [r.file, r.error ?? `${r.matched} files`]));
  assert.match(byFile['lcov.info']!, /not an lcov tracefile/);
  assert.match(byFile['coverage.xml']!, /Clover report, not Cobertura/);
  assert.match(byFile['cobertura.xml']!, /not well-formed XML/);
  assert.equal(byFile['coverage/lcov.info'], '2 files');
  assert.equal(result.files.get('src/cart.js')!.linesCovered, 17);
  assert.equal(lines.filter((l) => l.startsWith('warning: coverage report')).length, 3, lines.join('\n'));
  assert.throws(() => parseLcov('just text\n'), CoverageFormatError);
});

test('a report that names none of the project files says so', async () => {
  const root = tempDir(path.join(os.tmpdir(), 'assay-coverage-'));
  fs.mkdirSync(path.join(root, 'lib'));
  fs.writeFileSync(path.join(root, 'lib/other.js'), 'export {};\n');
  fs.copyFileSync(path.join(FIXTURES, 'js/coverage/lcov.info'), path.join(root, 'lcov.info'));
  const { log, lines } = quietLog();
  const result = readCoverage({ root, files: await projectFiles(root), reports: findCoverageReports({ root, log }), log });
  assert.equal(result.files.size, 0);
  assert.deepEqual(result.totals, { linesCovered: 0, linesTotal: 0, branchesCovered: 0, branchesTotal: 0, percent: 100 });
  assert.ok(lines.some((l) => /warning: coverage report lcov.info names 2 files and none of them is in the project/.test(l)), lines.join('\n'));
});

test('lcov details: FN with an end line, lcov 2 FNL/FNA, "-" for an unrun branch, CRLF, checksums', () => {
  const text = [
    'TN:',
    'SF:/src/a.c',
    'FN:3,9,main',
    'FNDA:4,main',
    'FNL:0,12,20',
    'FNA:0,0,helper<int, char>',
    'DA:3,4,abc123',
    'DA:4,=====',
    'BRDA:4,0,0,-',
    'BRDA:4,0,1,2',
    'BRDA:4,e1,(a > 0) == true,1',
    'end_of_record',
  ].join('\r\n');
  const [file] = parseLcov(text);
  assert.ok(file);
  assert.deepEqual([...file.lines], [
    [3, 4],
    [4, 0],
  ]);
  assert.deepEqual(file.branches.get(4), { covered: 2, total: 3 });
  assert.deepEqual(file.functions, [
    { name: 'main', line: 3, endLine: 9, hits: 4 },
    { name: 'helper<int, char>', line: 12, endLine: 20, hits: 0 },
  ]);
});
