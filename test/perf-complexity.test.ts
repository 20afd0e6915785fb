import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitComplexity, type ComplexityPoint } from '../actions/perf-bench/complexity/fit-complexity';
import { fUpperTail } from '../actions/perf-bench/complexity/f-distribution';
import { GROWTH_MODELS } from '../actions/perf-bench/complexity/growth-models';
import { fitLine } from '../actions/perf-bench/complexity/least-squares';
import { chooseTimeMetric } from '../actions/perf-bench/complexity/time-metric';
import { COMPLEXITY_CLASSES } from '../actions/perf-bench/model';
import { schemaViolations } from '../lib/schema/validate';

/** Deterministic noise for repeatable tests. */
function noise(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u1 = (s + 1) / 4294967297;
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u2 = (s + 1) / 4294967297;
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}

function series(cls: string, sizes: number[], a: number, b: number, cv = 0, seed = 1): ComplexityPoint[] {
  const f = GROWTH_MODELS.find((g) => g.class === cls)!.f;
  const z = noise(seed);
  return sizes.map((n) => ({ n, y: (a + b * f(n)) * (1 + cv * z()) }));
}

const doubling = (n0: number, m: number) => Array.from({ length: m }, (_, i) => n0 * 2 ** i);

test('least squares with a, b ≥ 0 recovers the constants and refuses a negative intercept', () => {
  const x = [1, 2, 3, 4];
  const exact = fitLine(x, [5, 7, 9, 11], [1, 1, 1, 1]);
  assert.ok(Math.abs(exact.a - 3) < 1e-9 && Math.abs(exact.b - 2) < 1e-9 && exact.rss < 1e-18);
  // The unconstrained line would be y = −2 + 3x; with a ≥ 0 the fit goes through the origin.
  const clamped = fitLine(x, [1, 4, 7, 10], [1, 1, 1, 1]);
  assert.equal(clamped.a, 0);
  assert.ok(clamped.b > 0);
  // x up to 2^600: scaled internally, no overflow in the sums.
  const big = fitLine([2 ** 100, 2 ** 200, 2 ** 400, 2 ** 600], [1, 1, 1, 2], [1, 1, 1, 1]);
  assert.ok(Number.isFinite(big.b) && Math.abs(big.a - 1) < 1e-9);
});

test('the F distribution tail matches tabulated critical values', () => {
  assert.ok(Math.abs(fUpperTail(10.128, 1, 3) - 0.05) < 1e-4);
  assert.ok(Math.abs(fUpperTail(34.116, 1, 3) - 0.01) < 1e-4);
  assert.ok(Math.abs(fUpperTail(5.987, 1, 6) - 0.05) < 1e-4);
  assert.equal(fUpperTail(0, 1, 5), 1);
});

test('every class is recognised on exact data with a large fixed cost, and on 5% noise', () => {
  const cases: [string, number[], number, number][] = [
    ['O(log n)', doubling(1, 8), 10, 5],
    ['O(n)', doubling(1000, 6), 40, 0.01],
    ['O(n log n)', doubling(64, 8), 40, 0.05],
    ['O(n^2)', doubling(500, 5), 40, 1e-4],
    ['O(n^3)', doubling(50, 5), 40, 1e-3],
    ['O(2^n)', [10, 12, 14, 16, 18, 20], 40, 1e-3],
  ];
  for (const [cls, sizes, a, b] of cases) {
    const exact = fitComplexity(series(cls, sizes, a, b));
    assert.equal(exact.class, cls, `exact ${cls}: ${JSON.stringify(exact.runnerUp)} ${exact.reason ?? ''}`);
    assert.ok(exact.rSquared > 0.999 && exact.confidence > 0.9, `${cls}: R² ${exact.rSquared}, confidence ${exact.confidence}`);
    assert.ok(Math.abs(exact.coefficients!.a - a) / a < 1e-3, `${cls}: intercept ${exact.coefficients!.a}`);
    const noisy = fitComplexity(series(cls, sizes, a / 10, b, 0.05, 7));
    assert.equal(noisy.class, cls, `noisy ${cls}: ${JSON.stringify(noisy.runnerUp)} ${noisy.reason ?? ''}`);
    assert.ok(noisy.confidence > 0 && noisy.confidence <= 1);
  }
});

test('a flat series is O(1) with an R² of 0 and a p-value that says it does not grow', () => {
  const flat = fitComplexity(series('O(1)', doubling(100, 6), 50, 0, 0.03, 3));
  assert.equal(flat.class, 'O(1)');
  assert.equal(flat.rSquared < 0.5, true);
  assert.ok(flat.growthPValue! >= 0.02);
  assert.match(flat.criterion, /F-test/);
});

test('"inconclusive", with the reason, when the data cannot tell', () => {
  const three = fitComplexity(series('O(n)', [1000, 2000, 4000], 10, 1));
  assert.equal(three.class, 'inconclusive');
  assert.match(three.reason!, /3 distinct sizes measured; at least 4/);

  const scattered = fitComplexity(series('O(1)', doubling(100, 6), 50, 0, 0.6, 5));
  assert.equal(scattered.class, 'inconclusive');
  assert.match(scattered.reason!, /scatter/);

  // n and n log n over a narrow range of large n with a large fixed cost: the two are within noise.
  const close = fitComplexity(series('O(n log n)', [1e6, 1.2e6, 1.4e6, 1.6e6, 1.8e6], 500, 1e-5, 0.02, 11));
  assert.equal(close.class, 'inconclusive', JSON.stringify(close));
  assert.match(close.reason!, /fit about equally well/);
  assert.ok(close.likely);
  assert.ok(close.confidence < 0.3);
});

test('repeated samples per size: noisy repetitions make the fit inconclusive instead of confidently wrong', () => {
  // Medians that happen to lie on a curve, but each size's repetitions scatter by ±30%.
  const sizes = doubling(64, 8);
  const z = noise(21);
  const points = sizes.flatMap((n) => {
    const centre = 60 + 0.004 * n * Math.log(n);
    return [0.7, 0.85, 1, 1.15, 1.3].map((k) => ({ n, y: centre * (k + 0.01 * z()) }));
  });
  const fit = fitComplexity(points);
  assert.ok(fit.replicateNoise! > 0.1, `replicate noise ${fit.replicateNoise}`);
  assert.ok(fit.runnerUp!.deltaChiSquare! < fit.runnerUp!.deltaBic);
  assert.notEqual(fit.confidence > 0.9, true);
  // The same medians with tight repetitions: confident.
  const tight = fitComplexity(sizes.flatMap((n) => [0.99, 1, 1.01].map((k) => ({ n, y: (60 + 0.004 * n * Math.log(n)) * k }))));
  assert.equal(tight.class, 'O(n log n)');
  assert.ok(tight.confidence > 0.9);
});

test('sizes too large for 2^n leave that class out; zeros and bad points do not break the fit', () => {
  const fit = fitComplexity(series('O(n)', doubling(10000, 6), 5, 2));
  assert.equal(fit.class, 'O(n)');
  assert.ok(!fit.candidates.some((c) => c.class === 'O(2^n)'));
  // n·ln n is 0 at n = 1: a zero cost must not get an infinite weight.
  const withZero = fitComplexity([...series('O(n log n)', doubling(1, 7), 0, 3), { n: Number.NaN, y: 1 }, { n: 5, y: -1 }]);
  assert.equal(withZero.class, 'O(n log n)');
  assert.equal(withZero.sizes, 7);
});

test('every class the fit can return is one the performance schema accepts', () => {
  for (const cls of [...COMPLEXITY_CLASSES, 'inconclusive']) {
    const doc = {
      schemaVersion: 1,
      generatedAt: '2026-11-22T00:00:00Z',
      benchmarks: [{ name: 'x', status: 'ok', complexity: { time: { class: cls, rSquared: 0.9, confidence: 0.5, criterion: 'c' } } }],
    };
    assert.deepEqual(schemaViolations('performance', doc), [], cls);
  }
  const fit = fitComplexity(series('O(n)', doubling(1000, 6), 40, 0.01));
  const doc = { schemaVersion: 1, generatedAt: '2026-11-22T00:00:00Z', benchmarks: [{ name: 'x', status: 'ok', complexity: { time: fit } }] };
  assert.deepEqual(schemaViolations('performance', doc), []);
});

test('time metric: CPU time when it grows with n, wall time for a program that waits', () => {
  const computing = chooseTimeMetric('auto', [
    { cpuMs: 60, wallMs: 62 },
    { cpuMs: 400, wallMs: 1200 }, // contended: wall tripled, CPU still grew
  ]);
  assert.equal(computing.metric, 'cpu');
  const waiting = chooseTimeMetric('auto', [
    { cpuMs: 40, wallMs: 100 },
    { cpuMs: 41, wallMs: 2000 },
  ]);
  assert.equal(waiting.metric, 'wall');
  assert.match(waiting.reason, /waits/);
  assert.equal(chooseTimeMetric('wall', [{ cpuMs: 1, wallMs: 1 }]).metric, 'wall');
});
