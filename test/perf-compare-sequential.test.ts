import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRandom, type Random } from '../actions/perf-bench/compare/random';
import { alphaShares, decide, plannedLooks, sampleUntilDecided, targetSamples } from '../actions/perf-bench/compare/sequential';

function times(random: Random, n: number, scale: number, cv: number, outlierRate = 0): number[] {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return Array.from({ length: n }, () => {
    let v = scale * Math.exp(sigma * random.normal() - (sigma * sigma) / 2);
    if (random.next() < outlierRate) v *= 1.5 + 1.5 * random.next();
    return v;
  });
}

/** A sampler over two fixed distributions that records what it was asked for. */
function harness(seed: number, baselineScale: number, currentScale: number, cv: number, outlierRate = 0) {
  const random = createRandom(seed);
  const asked: { baseline: number; current: number; look: number }[] = [];
  return {
    initial: { baseline: times(random, 10, baselineScale, cv, outlierRate), current: times(random, 10, currentScale, cv, outlierRate) },
    asked,
    take: async (more: { baseline: number; current: number }, look: number) => {
      asked.push({ ...more, look });
      return { baseline: times(random, more.baseline, baselineScale, cv, outlierRate), current: times(random, more.current, currentScale, cv, outlierRate) };
    },
  };
}

describe('the sampling plan and α spending', () => {
  test('10, 20, 30 samples a side: three looks, α shared 5% / 10% / 85%', () => {
    const plan = { initial: 10, step: 10, max: 30 };
    assert.equal(plannedLooks(plan), 3);
    assert.deepEqual([1, 2, 3].map((k) => targetSamples(plan, k)), [10, 20, 30]);
    const shares = alphaShares(3);
    assert.deepEqual(shares.map((s) => Number(s.toFixed(10))), [0.05, 0.1, 0.85]);
    for (const k of [1, 2, 4, 7]) assert.ok(Math.abs(alphaShares(k).reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.equal(plannedLooks({ initial: 5, step: 10, max: 30 }), 4);
    assert.throws(() => plannedLooks({ initial: 10, step: 0, max: 30 }), /sampling plan/);
  });

  test('each look tests at its share of α, and the method says so', () => {
    const random = createRandom(1);
    const d = decide(times(random, 20, 100, 0.05), times(random, 20, 140, 0.05));
    assert.equal(d.status, 'decided');
    assert.equal(d.look, 2, 'inferred from 20 samples a side');
    assert.ok(d.comparison);
    assert.ok(Math.abs(d.comparison.alphaPerLook - 0.005 * 0.1) < 1e-15);
    assert.match(d.comparison.method, /look 2 of 3 spending 10% of α/);
    const first = decide(times(random, 10, 100, 0.05), times(random, 10, 140, 0.05));
    assert.ok(first.comparison && Math.abs(first.comparison.alphaPerLook - 0.005 * 0.05) < 1e-15);
  });
});

describe('decide()', () => {
  test('an inconclusive first look asks for 10 more samples a side', () => {
    const random = createRandom(2);
    const d = decide(times(random, 10, 100, 0.1, 0.05), times(random, 10, 104, 0.1, 0.05));
    assert.equal(d.status, 'need-more');
    if (d.status === 'need-more') {
      assert.deepEqual(d.more, { baseline: 10, current: 10 });
      assert.equal(d.look, 1);
      assert.ok(Number.isFinite(d.preliminary.ratio) && d.preliminary.pValue > 0);
    }
  });

  test('the look follows the current side: a stored baseline of 30 does not end the comparison', () => {
    const random = createRandom(3);
    const d = decide(times(random, 30, 100, 0.1), times(random, 10, 103, 0.1));
    assert.equal(d.look, 1);
    assert.equal(d.status, 'need-more');
    if (d.status === 'need-more') assert.deepEqual(d.more, { baseline: 0, current: 10 });
    const second = decide(times(random, 10, 100, 0.1), times(random, 20, 103, 0.1));
    assert.equal(second.look, 2);
    if (second.status === 'need-more') assert.deepEqual(second.more, { baseline: 20, current: 10 });
  });

  test('at the last look an unclear answer is final: inconclusive', () => {
    const random = createRandom(4);
    const d = decide(times(random, 30, 100, 0.1), times(random, 30, 103, 0.1));
    assert.equal(d.status, 'decided');
    if (d.status === 'decided') assert.equal(d.look, 3);
    const forced = decide(times(random, 10, 100, 0.1), times(random, 10, 103, 0.1), { final: true });
    assert.equal(forced.status, 'decided');
  });

  test('a look beyond the plan is refused', () => {
    assert.throws(() => decide([1, 2, 3], [1, 2, 3], { look: 4 }), /outside the plan/);
  });
});

describe('sampleUntilDecided()', () => {
  test('a clear 50% slowdown stops after the first look, with 10 samples a side', async () => {
    const h = harness(10, 100, 150, 0.05);
    const r = await sampleUntilDecided(h.initial, h.take);
    assert.equal(r.comparison.verdict, 'regressed', r.comparison.reason);
    assert.equal(r.looks, 1);
    assert.deepEqual(h.asked, []);
    assert.deepEqual(r.comparison.samples, { baseline: 10, current: 10 });
    assert.equal(r.stoppedBecause, 'decided');
  });

  test('a quiet no-change pair stops after the first look: unchanged', async () => {
    const h = harness(15, 100, 100, 0.01);
    const r = await sampleUntilDecided(h.initial, h.take);
    assert.equal(r.comparison.verdict, 'unchanged', r.comparison.reason);
    assert.equal(r.looks, 1);
    assert.deepEqual(h.asked, []);
  });

  test('an unclear case goes to 30 samples a side and ends inconclusive', async () => {
    // No change, but 10% noise: 30 samples a side cannot rule out a 5% change either way.
    const h = harness(11, 100, 100, 0.1, 0.05);
    const r = await sampleUntilDecided(h.initial, h.take);
    assert.equal(r.looks, 3);
    assert.deepEqual(
      h.asked.map((a) => [a.baseline, a.current, a.look]),
      [
        [10, 10, 1],
        [10, 10, 2],
      ],
    );
    assert.equal(r.baseline.length, 30);
    assert.equal(r.current.length, 30);
    assert.deepEqual(r.comparison.samples, { baseline: 30, current: 30 });
    assert.equal(r.comparison.verdict, 'inconclusive');
    assert.equal(r.stoppedBecause, 'max-samples');
    assert.match(r.comparison.method, /look 3 of 3/);
  });

  test('a 15% slowdown at 10% noise is caught once more samples come in', async () => {
    let caught = 0;
    let looks = 0;
    for (let seed = 0; seed < 40; seed++) {
      const h = harness(500 + seed, 100, 115, 0.1, 0.05);
      const r = await sampleUntilDecided(h.initial, h.take, { resamples: 500 });
      if (r.comparison.verdict === 'regressed') caught++;
      looks += r.looks;
    }
    assert.ok(caught >= 36, `caught ${caught} of 40`);
    assert.ok(looks / 40 > 1.3, 'some comparisons needed more than one look');
  });

  test('stops when the sampler has nothing more to give (a stored baseline, a finished harness)', async () => {
    const random = createRandom(12);
    const initial = { baseline: times(random, 10, 100, 0.1), current: times(random, 10, 103, 0.1) };
    const r = await sampleUntilDecided(initial, async () => ({}));
    assert.equal(r.stoppedBecause, 'no-more-samples');
    assert.equal(r.looks, 1);
    assert.equal(r.comparison.verdict, 'inconclusive');
    assert.ok(r.comparison.confidenceInterval[0] < r.comparison.confidenceInterval[1]);
  });

  test('a fixed baseline: the current side grows alone to 30', async () => {
    const random = createRandom(13);
    const baseline = times(random, 10, 100, 0.1);
    const asked: number[] = [];
    const r = await sampleUntilDecided({ baseline, current: times(random, 10, 103, 0.1) }, async (more) => {
      asked.push(more.current);
      return { current: times(random, more.current, 103, 0.1) };
    });
    assert.equal(r.baseline.length, 10);
    assert.equal(r.current.length, 30);
    assert.deepEqual(asked, [10, 10]);
  });

  test('a sampler that returns more than asked is trimmed to the plan', async () => {
    const random = createRandom(14);
    const r = await sampleUntilDecided({ baseline: times(random, 10, 100, 0.1), current: times(random, 10, 103, 0.1) }, async () => ({
      baseline: times(random, 50, 100, 0.1),
      current: times(random, 50, 103, 0.1),
    }));
    assert.ok(r.baseline.length <= 30 && r.current.length <= 30);
  });
});

describe('the accuracy benchmark script', () => {
  test('runs side by side with the seed printed (a short run)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/perf-regression.ts', '--seed', '7', '--trials', '40'], {
      encoding: 'utf8',
      cwd: new URL('..', import.meta.url).pathname,
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stdout, /seed 7 \(repeat with --seed 7\)/);
    assert.match(r.stdout, /Assay: Mann-Whitney \+ 5% min effect, adaptive 10→30 a side/);
    assert.match(r.stdout, /github-action-benchmark rule, current\/previous > 200% \(default\)/);
    assert.match(r.stdout, /github-action-benchmark rule, current\/previous > 110%/);
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/perf-regression.ts', '--seed', '7', '--trials', '40'], {
      encoding: 'utf8',
      cwd: new URL('..', import.meta.url).pathname,
    });
    const table = (s: string) => s.split('\n').filter((l) => !l.startsWith('time:')).join('\n');
    assert.equal(table(again.stdout), table(r.stdout), 'the same seed gives the same figures');
  });
});
