import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bootstrapMedianRatio } from '../actions/perf-bench/compare/bootstrap';
import { compareSamples } from '../actions/perf-bench/compare/compare-samples';
import { exactSurvival, mannWhitneyU } from '../actions/perf-bench/compare/mann-whitney';
import { erfc, normalCdf } from '../actions/perf-bench/compare/normal-distribution';
import { median, medianConfidenceInterval, quantileOfSorted, sortedCopy } from '../actions/perf-bench/compare/order-statistics';
import { createRandom, type Random } from '../actions/perf-bench/compare/random';
import { biggerIsBetter } from '../actions/perf-bench/compare/value-direction';

/** Lognormal times with the given CV around `scale`, and optional outliers (×1.5–3). */
function times(random: Random, n: number, scale: number, cv: number, outlierRate = 0): number[] {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return Array.from({ length: n }, () => {
    let v = scale * Math.exp(sigma * random.normal() - (sigma * sigma) / 2);
    if (random.next() < outlierRate) v *= 1.5 + 1.5 * random.next();
    return v;
  });
}

describe('Mann-Whitney U against known values', () => {
  // scipy.stats.mannwhitneyu's documentation example (ages of males and females):
  // U1 = 17; exact two-sided p = 0.1111111111111111, asymptotic 0.11134688653314041.
  const males = [19, 22, 16, 29, 24];
  const females = [20, 11, 17, 12];

  test('U is the count of pairs where the first sample is larger', () => {
    assert.equal(mannWhitneyU(males, females).u, 17);
    assert.equal(mannWhitneyU(females, males).u, 20 - 17);
  });

  test('exact p-value: 7 of the C(9,4) = 126 arrangements are at least as extreme on one side', () => {
    // By hand: P(U ≥ 17) = P(U ≤ 3) by symmetry; the arrangements with U = 0, 1, 2, 3 number
    // 1, 1, 2, 3 (partitions of u into at most 4 parts of at most 5), so 7/126 one-sided.
    const r = mannWhitneyU(males, females, { method: 'exact' });
    assert.equal(r.method, 'exact');
    assert.ok(Math.abs(r.pGreater - 7 / 126) < 1e-15);
    assert.ok(Math.abs(r.pValue - 0.1111111111111111) < 1e-15);
    assert.equal(mannWhitneyU(males, females).method, 'exact', 'auto picks exact without ties');
  });

  test('normal approximation with continuity correction matches scipy', () => {
    // z = (17 − 10 − 0.5) / √(5·4·10/12) = 1.5922; p = 2·(1 − Φ(z)).
    const r = mannWhitneyU(males, females, { method: 'asymptotic' });
    assert.ok(Math.abs(r.pValue - 0.11134688653314041) < 1e-12, String(r.pValue));
  });

  test('ties: mid-ranks and the tie-corrected variance, as scipy computes them', () => {
    // Pooled ranks: the three 2s share rank 3, the three 3s rank 6, the two 7s rank 11.5.
    // R_x = 1+3+3+6+8+9 = 30, U = 30 − 21 = 9; Σ(t³−t) = 24+24+6 = 54;
    // var = 6·7/12 · (14 − 54/(13·12)) = 47.788; z = (33 − 21 − 0.5)/6.913 → p = 0.0962020408864322.
    const x = [1, 2, 2, 3, 4, 5];
    const y = [2, 3, 3, 6, 7, 7, 8];
    const r = mannWhitneyU(x, y);
    assert.equal(r.method, 'asymptotic');
    assert.equal(r.ties, true);
    assert.equal(r.u, 9);
    assert.ok(Math.abs(r.pValue - 0.0962020408864322) < 1e-12, String(r.pValue));
    assert.ok(Math.abs(r.pLess - 0.0481010204432161) < 1e-12);
    assert.ok(Math.abs(r.pGreater - 0.9647129660215834) < 1e-12);
    assert.throws(() => mannWhitneyU(x, y, { method: 'exact' }), /ties/);
  });

  test('exact p for 12 vs 15 values (scipy: 0.07458953304962189, one-sided 0.037294766524810945)', () => {
    const a = [10.346, 10.822, 10.33, 8.697, 10.905, 10.446, 9.463, 10.581, 10.365, 10.294, 10.028, 10.547];
    const b = [10.264, 10.837, 10.518, 11.599, 11.04, 10.708, 10.218, 10.743, 11.008, 10.724, 12.294, 12.007, 8.289, 9.111, 10.825];
    const r = mannWhitneyU(a, b);
    assert.equal(r.u, 53);
    assert.ok(Math.abs(r.pValue - 0.07458953304962189) < 1e-13, String(r.pValue));
    assert.ok(Math.abs(r.pLess - 0.037294766524810945) < 1e-13);
  });

  test('above the exact limit the normal approximation is used', () => {
    const random = createRandom(5);
    const a = Array.from({ length: 60 }, () => random.next());
    const b = Array.from({ length: 55 }, () => random.next());
    assert.equal(mannWhitneyU(a, b).method, 'asymptotic');
  });

  test('the exact null distribution sums to 1 and is symmetric', () => {
    const s = exactSurvival(10, 12);
    assert.ok(Math.abs(s[0]! - 1) < 1e-12);
    for (let u = 0; u <= 120; u++) {
      const pmf = s[u]! - s[u + 1]!;
      const mirror = s[120 - u]! - s[121 - u]!;
      assert.ok(Math.abs(pmf - mirror) < 1e-14);
    }
  });

  test('all values equal: no evidence either way', () => {
    const r = mannWhitneyU([5, 5, 5], [5, 5, 5, 5]);
    assert.equal(r.pValue, 1);
  });

  test('erfc and Φ agree with reference values', () => {
    // Python math.erfc.
    assert.ok(Math.abs(erfc(0.9) - 0.20309178757716786) < 1e-16);
    assert.ok(Math.abs(erfc(5.5) / 7.357847917974398e-15 - 1) < 1e-14);
    assert.ok(Math.abs(erfc(-1.2) - 1.9103139782296354) < 1e-15);
    assert.ok(Math.abs(normalCdf(1.959963984540054) - 0.975) < 1e-15);
  });
});

describe('order statistics', () => {
  test('median and type-7 quantiles', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(quantileOfSorted(sortedCopy([1, 2, 3, 4, 5]), 0.25), 2);
    assert.equal(quantileOfSorted(sortedCopy([1, 2, 3, 4]), 0.5), 2.5);
  });

  test('distribution-free CI of the median: the order statistics with ≥ 95% binomial coverage', () => {
    // n = 10: P(2 ≤ X ≤ 8) = 1 − 2·(1 + 10)/1024 = 0.9785 (k = 2); k = 3 gives 0.891 < 0.95.
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    const ci = medianConfidenceInterval(values);
    assert.deepEqual([ci.low, ci.high, ci.exact], [2, 9, true]);
    assert.ok(Math.abs(ci.coverage - (1 - 22 / 1024)) < 1e-12);
    const few = medianConfidenceInterval([3, 1, 2]);
    assert.deepEqual([few.low, few.high, few.exact], [1, 3, false]);
  });
});

describe('bootstrap of the ratio of medians', () => {
  const random = createRandom(11);
  const baseline = sortedCopy(times(random, 20, 100, 0.1));
  const current = sortedCopy(times(random, 20, 120, 0.1));

  test('the same seed gives the same interval, to the last bit', () => {
    const a = bootstrapMedianRatio(baseline, current, { resamples: 2000, level: 0.95, random: createRandom(42) });
    const b = bootstrapMedianRatio(baseline, current, { resamples: 2000, level: 0.95, random: createRandom(42) });
    assert.deepEqual(a, b);
    const c = bootstrapMedianRatio(baseline, current, { resamples: 2000, level: 0.95, random: createRandom(43) });
    assert.notDeepEqual([a.low, a.high], [c.low, c.high]);
    assert.ok(a.low < a.ratio && a.ratio < a.high);
  });

  test('the counting shortcut draws resample medians from the same distribution as sorting resamples', () => {
    // Naive bootstrap: resample, sort, take the median. Compare the two distributions of
    // median(current resample) / median(baseline resample) through their quantiles.
    const naiveRandom = createRandom(7);
    const naive: number[] = [];
    const med = (xs: Float64Array) => {
      const n = xs.length;
      const r = Array.from({ length: n }, () => xs[naiveRandom.int(n)]!).sort((p, q) => p - q);
      return n % 2 ? r[(n - 1) / 2]! : (r[n / 2 - 1]! + r[n / 2]!) / 2;
    };
    for (let i = 0; i < 20000; i++) {
      const mb = med(baseline);
      naive.push(med(current) / mb);
    }
    const sortedNaive = sortedCopy(naive);
    const fast = bootstrapMedianRatio(baseline, current, { resamples: 20000, level: 0.9, random: createRandom(8) });
    assert.ok(Math.abs(fast.low - quantileOfSorted(sortedNaive, 0.05)) < 0.01, `${fast.low} vs ${quantileOfSorted(sortedNaive, 0.05)}`);
    assert.ok(Math.abs(fast.high - quantileOfSorted(sortedNaive, 0.95)) < 0.01, `${fast.high} vs ${quantileOfSorted(sortedNaive, 0.95)}`);
  });

  test('the seeded generator is reproducible and uniform enough', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const xs = Array.from({ length: 10000 }, () => a.next());
    assert.deepEqual(xs.slice(0, 5), Array.from({ length: 5 }, () => b.next()));
    const m = xs.reduce((s, v) => s + v, 0) / xs.length;
    assert.ok(Math.abs(m - 0.5) < 0.01);
    assert.ok(xs.every((v) => v >= 0 && v < 1));
    const ints = new Int32Array(1000);
    a.fillInts(ints, 7);
    assert.ok(ints.every((v) => v >= 0 && v < 7));
  });
});

describe('compareSamples verdicts on constructed data', () => {
  test('a clear 30% slowdown is a regression, with the interval above 1', () => {
    const random = createRandom(1);
    const c = compareSamples(times(random, 20, 100, 0.05), times(random, 20, 130, 0.05));
    assert.equal(c.verdict, 'regressed', c.reason);
    assert.ok(c.ratio > 1.2 && c.ratio < 1.4);
    assert.ok(c.confidenceInterval[0] > 1.05 && c.confidenceInterval[1] > c.confidenceInterval[0]);
    assert.ok(c.pValue < 0.001);
    assert.equal(c.confidenceLevel, 0.95);
    assert.deepEqual(c.samples, { baseline: 20, current: 20 });
    assert.match(c.method, /Mann-Whitney U \(exact/);
    assert.match(c.method, /bootstrap/);
    assert.ok(c.baseline > 90 && c.baseline < 110 && c.current > 120);
  });

  test('a clear 25% speed-up is an improvement', () => {
    const random = createRandom(2);
    const c = compareSamples(times(random, 20, 100, 0.05), times(random, 20, 75, 0.05));
    assert.equal(c.verdict, 'improved', c.reason);
    assert.ok(c.ratio < 0.85 && c.confidenceInterval[1] < 0.95);
  });

  test('identical distributions with little noise are unchanged (the interval is within ±5%)', () => {
    const random = createRandom(3);
    const c = compareSamples(times(random, 30, 100, 0.02), times(random, 30, 100, 0.02));
    assert.equal(c.verdict, 'unchanged', c.reason);
    assert.ok(c.confidenceInterval[0] >= 1 / 1.05 && c.confidenceInterval[1] <= 1.05);
  });

  test('the very same samples on both sides are unchanged, ratio 1', () => {
    const random = createRandom(4);
    const xs = times(random, 15, 50, 0.02);
    const c = compareSamples(xs, xs);
    assert.equal(c.verdict, 'unchanged');
    assert.equal(c.ratio, 1);
    assert.ok(c.pValue > 0.9);
  });

  test('heavy outliers on one side only do not raise an alarm', () => {
    // Same distribution, but 4 of the 20 current samples are GC-pause outliers 2.5–4× slower.
    const random = createRandom(5);
    const baseline = times(random, 20, 100, 0.03);
    const current = times(random, 20, 100, 0.03).map((v, i) => (i % 5 === 0 ? v * (2.5 + i / 20) : v));
    const c = compareSamples(baseline, current);
    assert.notEqual(c.verdict, 'regressed', c.reason);
    assert.ok(c.ratio < 1.05, `median ratio ${c.ratio}`);
    // The means tell another story: that is what a mean-based rule would alert on.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    assert.ok(mean(current) / mean(baseline) > 1.3);
  });

  test('many no-change pairs with 5% outliers: false regressions stay near α', () => {
    let flagged = 0;
    for (let i = 0; i < 300; i++) {
      const random = createRandom(1000 + i);
      const c = compareSamples(times(random, 20, 100, 0.1, 0.05), times(random, 20, 100, 0.1, 0.05), { resamples: 200 });
      if (c.verdict === 'regressed') flagged++;
    }
    assert.ok(flagged <= 6, `${flagged} of 300 no-change pairs called regressed`);
  });

  test('tiny samples are inconclusive, however large the difference', () => {
    const c = compareSamples([100, 101], [200, 201]);
    assert.equal(c.verdict, 'inconclusive', c.reason);
    assert.ok(c.pValue > 0.3);
    const one = compareSamples([100], [300]);
    assert.equal(one.verdict, 'inconclusive');
    assert.equal(one.ratio, 3);
  });

  test('a significant but small change (2%) is not a regression', () => {
    const random = createRandom(6);
    const c = compareSamples(times(random, 30, 100, 0.005), times(random, 30, 102, 0.005));
    assert.ok(c.pValue < 0.001);
    assert.ok(['unchanged', 'inconclusive'].includes(c.verdict), c.verdict);
    assert.notEqual(c.verdict, 'regressed');
  });

  test('for throughput (bigger is better) a drop is the regression', () => {
    const random = createRandom(7);
    const c = compareSamples(times(random, 20, 1000, 0.03), times(random, 20, 700, 0.03), { biggerIsBetter: true });
    assert.equal(c.verdict, 'regressed');
    assert.ok(biggerIsBetter('ops/sec') && biggerIsBetter('req/s') && biggerIsBetter('Hz') && biggerIsBetter('MB/s'));
    assert.ok(!biggerIsBetter('ms') && !biggerIsBetter('ns/iter') && !biggerIsBetter('bytes') && !biggerIsBetter(undefined));
  });

  test('zero times (below the clock) do not break the ratio', () => {
    const c = compareSamples([0, 0, 0, 0, 0], [0, 0, 0, 0, 0]);
    assert.equal(c.ratio, 1);
    assert.ok(Number.isFinite(c.confidenceInterval[0]));
  });

  test('the minimum effect and α are parameters', () => {
    const random = createRandom(8);
    const baseline = times(random, 30, 100, 0.01);
    const current = times(random, 30, 103, 0.01);
    assert.notEqual(compareSamples(baseline, current).verdict, 'regressed');
    assert.equal(compareSamples(baseline, current, { minEffect: 0.02 }).verdict, 'regressed');
  });

  test('bad input is refused with a clear message', () => {
    assert.throws(() => compareSamples([], [1]), /baseline side has no samples/);
    assert.throws(() => compareSamples([1, NaN], [1]), /finite non-negative/);
    assert.throws(() => compareSamples([1], [1], { alpha: 2 }), /alpha/);
    assert.throws(() => compareSamples([1], [1], { resamples: 5 }), /resamples/);
  });

  test('the result is deterministic: the same samples give the same comparison', () => {
    const random = createRandom(9);
    const b = times(random, 12, 100, 0.1, 0.05);
    const c = times(random, 12, 110, 0.1, 0.05);
    assert.deepEqual(compareSamples(b, c), compareSamples(b, c));
  });
});
