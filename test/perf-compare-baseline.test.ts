import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createConsoleLogger } from '../lib/action/logger';
import { createFolderArtifactStore } from '../lib/artifacts/folder-store';
import { ConfigurationError, SchemaValidationError } from '../lib/errors';
import { schemaViolations } from '../lib/schema/validate';
import { loadBaseline, documentFromEntry } from '../actions/perf-bench/compare/baseline-source';
import { compareWithBaseline, pairSamples } from '../actions/perf-bench/compare/match-baseline';
import type { PerformanceDocument } from '../actions/perf-bench/compare/performance-document';
import { createRandom } from '../actions/perf-bench/compare/random';
import { regressionGate } from '../actions/perf-bench/compare/regression-gate';
import { createGitBranchHistory } from '../actions/perf-bench/history/git-branch-history';
import { entryFromResults } from '../actions/perf-bench/history/history-document';
import type { BenchmarkResult } from '../actions/perf-bench/model';

const execFileAsync = promisify(execFile);
const log = createConsoleLogger({ write: () => {} });
let scratch: string;
before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-perf-baseline-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const random = createRandom(99);
function noisy(n: number, scale: number, cv = 0.03): number[] {
  return Array.from({ length: n }, () => scale * (1 + cv * random.normal()));
}
function bench(name: string, runs: { size?: number; wall: number[] }[], extra: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return {
    name,
    kind: 'command',
    status: 'ok',
    runs: runs.map((r) => ({
      ...(r.size === undefined ? {} : { size: r.size }),
      samples: r.wall.map((wallMs) => ({ wallMs, userMs: wallMs * 0.9, systemMs: 1, cpuPercent: 95, peakRssBytes: 20_000_000, exitCode: 0 })),
    })),
    ...extra,
  };
}
function doc(benchmarks: BenchmarkResult[], sha = 'base'): PerformanceDocument {
  return { schemaVersion: 1, generatedAt: '2025-06-01T12:00:00Z', commit: { sha, ref: 'refs/heads/main' }, benchmarks };
}

const baselineBenchmarks = [
  bench('sort', [
    { size: 1000, wall: noisy(20, 10) },
    { size: 8000, wall: noisy(20, 100) },
  ]),
  bench('parse', [{ wall: noisy(20, 50) }]),
  bench('startup', [{ wall: noisy(20, 30) }]),
  bench('renamed-away', [{ wall: noisy(20, 30) }]),
];
const currentBenchmarks = [
  // 30% slower at the largest size, the same at the smallest.
  bench('sort', [
    { size: 1000, wall: noisy(20, 10) },
    { size: 8000, wall: noisy(20, 130) },
    { size: 16000, wall: noisy(20, 260) },
  ]),
  bench('parse', [{ wall: noisy(20, 50, 0.005) }]),
  bench('startup', [{ wall: noisy(20, 20) }]),
  bench('brand-new', [{ wall: noisy(20, 5) }]),
  bench('grown', [{ size: 99, wall: noisy(5, 5) }]),
];

describe('comparing a run with its baseline', () => {
  const result = compareWithBaseline(currentBenchmarks, [...baselineBenchmarks, bench('grown', [{ size: 50, wall: noisy(5, 5) }])]);
  const byName = new Map(result.benchmarks.map((b) => [b.name, b]));

  test('benchmarks are matched by name, then at the largest input size both runs have', () => {
    const sort = byName.get('sort')!;
    assert.equal(sort.comparison?.verdict, 'regressed');
    assert.equal((sort.comparison as unknown as { size: number }).size, 8000);
    assert.ok(sort.comparison!.ratio > 1.2);
    assert.equal(byName.get('startup')!.comparison?.verdict, 'improved');
  });

  test('a benchmark without a baseline gets no comparison, and says so', () => {
    const fresh = byName.get('brand-new')! as BenchmarkResult & { comparisonNote?: string };
    assert.equal(fresh.comparison, undefined);
    assert.equal(fresh.comparisonNote, 'not compared: no benchmark named "brand-new" in the baseline');
    const grown = byName.get('grown')! as BenchmarkResult & { comparisonNote?: string };
    assert.match(grown.comparisonNote!, /no input size in common \(this run: 99; baseline: 50\)/);
    assert.deepEqual(
      result.outcomes.map((o) => [o.name, o.status]),
      [
        ['sort', 'compared'],
        ['parse', 'compared'],
        ['startup', 'compared'],
        ['brand-new', 'no-baseline'],
        ['grown', 'not-comparable'],
      ],
    );
    assert.deepEqual(result.onlyInBaseline, ['renamed-away']);
  });

  test('the benchmarks with comparisons are valid against the performance schema', () => {
    assert.deepEqual(schemaViolations('performance', doc(result.benchmarks)), []);
  });

  test('failed benchmarks are not compared', () => {
    const failed = pairSamples({ ...currentBenchmarks[1]!, status: 'failed' }, baselineBenchmarks[1]);
    assert.deepEqual(failed, { status: 'not-comparable', reason: 'it did not finish in this run (failed)' });
    const failedBase = pairSamples(currentBenchmarks[1]!, { ...baselineBenchmarks[1]!, status: 'timed-out' });
    assert.deepEqual(failedBase, { status: 'not-comparable', reason: 'it did not finish in the baseline run (timed-out)' });
  });

  test('fail-on-regression: which benchmarks regressed, and whether to fail', () => {
    const on = regressionGate(result.benchmarks, true);
    assert.equal(on.fail, true);
    assert.deepEqual(on.regressed.map((r) => r.name), ['sort']);
    assert.match(on.message, /^1 benchmark\(s\) regressed: sort \(×1\.\d{3}, interval ×1\.\d{3}–×1\.\d{3}\)\.$/);
    const off = regressionGate(result.benchmarks, false);
    assert.equal(off.fail, false);
    assert.match(off.message, /fail-on-regression is off/);
    assert.deepEqual(regressionGate([bench('x', [{ wall: [1] }])], true), { fail: false, regressed: [], message: 'No benchmark regressed.' });
  });
});

describe('where a baseline comes from', () => {
  test('a file: validated against the performance schema', async () => {
    const file = path.join(scratch, 'baseline.json');
    await writeFile(file, JSON.stringify(doc(baselineBenchmarks)));
    const loaded = await loadBaseline({ kind: 'file', file }, log);
    assert.equal(loaded.found, true);
    if (loaded.found) assert.equal(loaded.document.benchmarks.length, 4);

    const bad = path.join(scratch, 'bad.json');
    await writeFile(bad, JSON.stringify({ schemaVersion: 1, benchmarks: [] }));
    await assert.rejects(loadBaseline({ kind: 'file', file: bad }, log), SchemaValidationError);
    await assert.rejects(loadBaseline({ kind: 'file', file: path.join(scratch, 'missing.json') }, log), ConfigurationError);
  });

  test('an artifact of the base branch (folder artifact store): performance.json found inside', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts'), log });
    const upload = path.join(scratch, 'upload');
    await mkdir(path.join(upload, 'out'), { recursive: true });
    await writeFile(path.join(upload, 'out', 'performance.json'), JSON.stringify(doc(baselineBenchmarks, 'from-artifact')));
    await writeFile(path.join(upload, 'out', 'summary.md'), '# perf\n');
    await store.upload('assay-performance-main', upload);
    const loaded = await loadBaseline({ kind: 'artifact', store, name: 'assay-performance-main', workDir: path.join(scratch, 'work') }, log);
    assert.equal(loaded.found, true);
    if (!loaded.found) return;
    assert.equal(loaded.document.commit?.sha, 'from-artifact');
    assert.match(loaded.origin, /out\/performance\.json of artifact "assay-performance-main"/);
    const compared = compareWithBaseline(currentBenchmarks, loaded.document.benchmarks);
    assert.equal(compared.benchmarks[0]!.comparison?.verdict, 'regressed');
  });

  test('no such artifact yet is "no baseline", not an error; an artifact without performance.json is', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts2'), log });
    const missing = await loadBaseline({ kind: 'artifact', store, name: 'assay-performance-main', workDir: path.join(scratch, 'work') }, log);
    assert.equal(missing.found, false);
    if (!missing.found) assert.match(missing.reason, /Artifact "assay-performance-main" was not found/);
    const other = path.join(scratch, 'other');
    await mkdir(other, { recursive: true });
    await writeFile(path.join(other, 'report.md'), 'x');
    await store.upload('wrong', other);
    await assert.rejects(
      loadBaseline({ kind: 'artifact', store, name: 'wrong', workDir: path.join(scratch, 'work') }, log),
      /Artifact "wrong" has no performance\.json \(it holds: report\.md\)/,
    );
  });

  test('the history branch: the newest entry for the base ref, its raw samples as the baseline', async () => {
    const remote = path.join(scratch, 'history.git');
    await execFileAsync('git', ['init', '-q', '--bare', remote]);
    const history = createGitBranchHistory({ remote, workDir: path.join(scratch, 'git-work'), log });
    const record = (benchmarks: BenchmarkResult[], commit: string, ref: string, day: number) =>
      history.append(entryFromResults(benchmarks, { commit, ref, date: new Date(Date.UTC(2025, 5, day)) }), 20);
    await record(baselineBenchmarks.map((b) => ({ ...b, name: `${b.name}` })), 'old-main', 'main', 1);
    await record(baselineBenchmarks, 'new-main', 'refs/heads/main', 3);
    await record(currentBenchmarks, 'feature-tip', 'feature', 4);

    const loaded = await loadBaseline({ kind: 'history', history, ref: 'main' }, log);
    assert.equal(loaded.found, true);
    if (!loaded.found) return;
    assert.equal(loaded.document.commit?.sha, 'new-main');
    assert.deepEqual(schemaViolations('performance', loaded.document), []);
    const sort = loaded.document.benchmarks.find((b) => b.name === 'sort')!;
    assert.deepEqual(sort.runs!.map((r) => [r.size, r.samples.length]), [
      [1000, 20],
      [8000, 20],
    ]);
    const compared = compareWithBaseline(currentBenchmarks, loaded.document.benchmarks);
    assert.equal(compared.benchmarks.find((b) => b.name === 'sort')!.comparison?.verdict, 'regressed');

    const none = await loadBaseline({ kind: 'history', history, ref: 'release' }, log);
    assert.deepEqual(none.found, false);
    if (!none.found) assert.match(none.reason, /no entry for release yet/);
  });

  test('a history entry turns back into samples one for one', () => {
    const e = entryFromResults([bench('a', [{ size: 3, wall: [1, 2, 3] }])], { commit: 'c', ref: 'main', date: new Date(0) });
    const d = documentFromEntry(e);
    assert.deepEqual(d.benchmarks[0]!.runs![0]!.samples.map((s) => [s.wallMs, s.peakRssBytes]), [
      [1, 20_000_000],
      [2, 20_000_000],
      [3, 20_000_000],
    ]);
  });
});
