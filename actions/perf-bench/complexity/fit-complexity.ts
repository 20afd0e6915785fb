import type { ComplexityClass, ComplexityFit } from '../model';
import { fUpperTail } from './f-distribution';
import { GROWTH_MODELS } from './growth-models';
import { fitLine } from './least-squares';

/** One measurement: input size n and the cost y (milliseconds, bytes, …). Repeated n are allowed. */
export interface ComplexityPoint {
  n: number;
  y: number;
}

export interface FitComplexityOptions {
  /** Fewer distinct sizes than this give "inconclusive". Default 4: a two-parameter fit on three
   *  points leaves one degree of freedom, too few to tell classes apart honestly. */
  minSizes?: number;
  /** Significance level of the growth test (O(1) against the best growing class). Default 0.02,
   *  tuned with scripts/bench/perf-complexity.ts: 0.01 called about 9% of the O(log n) series
   *  with a small rise "O(1)" (0.02: 3.5%); 0.05 missed 6.5% of flat series (0.02: 2.7%), as the
   *  best of six slopes fits noise better than a single slope would. */
  growthAlpha?: number;
  /** The best growing class must beat the runner-up by at least this much evidence (ΔBIC, or
   *  the smaller of ΔBIC and Δχ² with repetitions), else "inconclusive". Default 1 (a likelihood
   *  ratio of e^0.5 ≈ 1.65). Tuned with scripts/bench/perf-complexity.ts: 2 turned about 1.5% more
   *  of the n-versus-n·log n series from right to "inconclusive"; 0.5 turned more inconclusive
   *  ones wrong than right. */
  minEvidence?: number;
  /** Relative scatter of the points around the best fit above which nothing is concluded. Default 0.25. */
  maxRelativeResidual?: number;
}

export interface CandidateFit {
  class: Exclude<ComplexityClass, 'inconclusive'>;
  a: number;
  b: number;
  /** Weighted residual sum of squares (relative residuals). */
  rss: number;
  bic: number;
  rSquared: number;
}

export interface ComplexityFitDetail extends ComplexityFit {
  /** The best-fitting class even when the verdict is "inconclusive". */
  likely?: Exclude<ComplexityClass, 'inconclusive'>;
  /** y ≈ a + b·f(n) of the chosen (or likely) class, f with natural logarithms. */
  coefficients?: { a: number; b: number };
  runnerUp?: {
    class: Exclude<ComplexityClass, 'inconclusive'>;
    deltaBic: number;
    /** With repeated samples per size: the runner-up's excess residual over the noise the
     *  repetitions show (Δχ²). The evidence is the smaller of this and ΔBIC. */
    deltaChiSquare?: number;
  };
  /** Relative standard error of the median per size, from the repetitions (when there are ≥ 3 per size). */
  replicateNoise?: number;
  /** p-value of the growth test: small means the series does grow. */
  growthPValue?: number;
  /** Why the verdict is "inconclusive". */
  reason?: string;
  sizes: number;
  candidates: CandidateFit[];
}

export const COMPLEXITY_CRITERION =
  'weighted least squares of y = a + b·f(n) (a, b ≥ 0; weights 1/y², i.e. relative errors) on the median per size; ' +
  'O(1) unless the best growing class explains significantly more (F-test, p < α); ' +
  'otherwise the growing class with the lowest BIC, inconclusive when the evidence against the runner-up is below τ ' +
  '(evidence = ΔBIC, or with repeated samples per size the smaller of ΔBIC and Δχ² against the noise the repetitions show), ' +
  'when fewer than the minimum sizes were measured, or when the scatter around the best fit is too large';

/** A relative residual below this is treated as measurement resolution (keeps log(RSS) finite on exact data). */
const RESOLUTION = 1e-3;

/**
 * Fits the series against O(1), O(log n), O(n), O(n log n), O(n²), O(n³), O(2ⁿ) and picks one.
 *
 * Why this criterion:
 * - Process benchmarks have a large fixed cost (interpreter start-up, allocation of the heap), so
 *   every class carries an intercept a; fitting y = b·f(n) alone would call a linear program with
 *   a 40 ms start-up "O(log n)".
 * - Noise in timings is multiplicative (a few per cent of the value), so residuals are relative:
 *   weights 1/y². Unweighted, the largest size alone decides the fit.
 * - All growing classes have two parameters, so among them BIC (= likelihood) ranks by the residual
 *   sum of squares, and ΔBIC between the best and the runner-up measures how clearly the data
 *   separate them. Confidence = tanh(ΔBIC/4): the BIC two-model posterior of the best, mapped from
 *   [0.5, 1] to [0, 1].
 * - O(1) is nested in every growing class (b = 0), so a slope always fits noise a little better;
 *   an F-test asks whether the best slope explains more than noise would, at level α. For O(1)
 *   the confidence is 1 − p of that test.
 * - With a handful of sizes the residuals of a good fit can be small by luck, and BIC then takes
 *   the noise for smaller than it is. When the points hold repeated samples per size, the spread
 *   of the repetitions says how noisy each median is; the runner-up must then also fit worse by
 *   more than that noise explains (Δχ² = ΔRSS / noise variance), else the evidence is that smaller
 *   number. A contended machine thus gives "inconclusive", not a confident wrong class.
 */
export function fitComplexity(points: readonly ComplexityPoint[], options: FitComplexityOptions = {}): ComplexityFitDetail {
  const minSizes = options.minSizes ?? 4;
  const alpha = options.growthAlpha ?? 0.02;
  const minDelta = options.minEvidence ?? 1;
  const maxResidual = options.maxRelativeResidual ?? 0.25;
  const criterion = `${COMPLEXITY_CRITERION} (α = ${alpha}, τ = ${minDelta}, minimum ${minSizes} sizes, maximum scatter ${Math.round(maxResidual * 100)}%)`;

  const { series, noise } = mediansBySize(points);
  const m = series.length;
  const base = { criterion, sizes: m, candidates: [] as CandidateFit[] };
  if (m < minSizes) {
    return { ...base, class: 'inconclusive', rSquared: 0, confidence: 0, reason: `${m} distinct size${m === 1 ? '' : 's'} measured; at least ${minSizes} are needed to tell growth classes apart` };
  }
  const ns = series.map((p) => p.n);
  const ys = series.map((p) => p.y);
  // Zero costs (a no-op's memory delta, a timer's resolution) would get infinite weight.
  const positive = ys.filter((y) => y > 0);
  const floor = positive.length > 0 ? Math.min(...positive) * 1e-3 : 1;
  const weights = ys.map((y) => 1 / Math.max(y, floor) ** 2);

  const candidates: CandidateFit[] = [];
  for (const model of GROWTH_MODELS) {
    const xs = ns.map(model.f);
    if (!xs.every(Number.isFinite)) continue;
    const line = fitLine(model.parameters === 1 ? xs.map(() => 0) : xs, ys, weights);
    const rss = Math.max(line.rss, m * RESOLUTION ** 2);
    candidates.push({
      class: model.class,
      a: line.a,
      b: model.parameters === 1 ? 0 : line.b,
      rss: line.rss,
      bic: m * Math.log(rss / m) + model.parameters * Math.log(m),
      rSquared: rSquared(ys, xs.map((x) => line.a + (model.parameters === 1 ? 0 : line.b) * x)),
    });
  }
  const constant = candidates.find((c) => c.class === 'O(1)')!;
  const growing = candidates.filter((c) => c.class !== 'O(1)').sort((p, q) => p.bic - q.bic);
  const best = growing[0]!;
  const second = growing[1]!;
  const withBase = { ...base, candidates };

  // Does it grow at all? F-test of the best slope against the constant (1 and m − 2 degrees of freedom).
  const rssBest = Math.max(best.rss, m * RESOLUTION ** 2);
  const f = (Math.max(constant.rss - best.rss, 0) / 1) / (rssBest / (m - 2));
  const pGrowth = fUpperTail(f, 1, m - 2);

  if (pGrowth >= alpha) {
    const scatter = Math.sqrt(constant.rss / (m - 1));
    if (scatter > maxResidual) {
      return { ...withBase, class: 'inconclusive', likely: 'O(1)', rSquared: constant.rSquared, confidence: 0, growthPValue: pGrowth, coefficients: { a: constant.a, b: 0 }, reason: `the values scatter by ${pct(scatter)} around their mean, too much to tell whether they grow` };
    }
    return { ...withBase, class: 'O(1)', rSquared: constant.rSquared, confidence: round(1 - pGrowth), growthPValue: pGrowth, coefficients: { a: constant.a, b: 0 }, runnerUp: { class: best.class, deltaBic: round(best.bic - constant.bic) } };
  }

  const deltaBic = second.bic - best.bic;
  const deltaChi = noise !== undefined ? (second.rss - best.rss) / Math.max(noise ** 2, RESOLUTION ** 2) : undefined;
  const delta = deltaChi !== undefined ? Math.min(deltaBic, deltaChi) : deltaBic;
  const detail = {
    ...withBase,
    likely: best.class,
    rSquared: round(best.rSquared),
    confidence: round(Math.tanh(delta / 4)),
    growthPValue: pGrowth,
    coefficients: { a: best.a, b: best.b },
    runnerUp: { class: second.class, deltaBic: round(deltaBic), ...(deltaChi !== undefined ? { deltaChiSquare: round(deltaChi) } : {}) },
    ...(noise !== undefined ? { replicateNoise: round(noise) } : {}),
  };
  const scatter = Math.sqrt(best.rss / (m - 2));
  if (scatter > maxResidual) {
    return { ...detail, class: 'inconclusive', confidence: 0, reason: `the values scatter by ${pct(scatter)} around the best fit (${best.class}), too much to tell the class` };
  }
  if (delta < minDelta) {
    const measure = deltaChi !== undefined && deltaChi < deltaBic ? `Δχ² ${delta.toFixed(2)} against the repetitions' noise of ${pct(noise!)}` : `ΔBIC ${delta.toFixed(2)}`;
    return { ...detail, class: 'inconclusive', reason: `${best.class} and ${second.class} fit about equally well (${measure} < ${minDelta})` };
  }
  return { ...detail, class: best.class };
}

/**
 * Median y per distinct n, sorted by n; points with a non-finite or negative value, or n < 1, are
 * left out. `noise`: the pooled relative standard error of those medians, when at least half the
 * sizes have 3 or more samples (robust: 1.4826 × MAD / median per size, × 1.2533 / √k for a median).
 */
function mediansBySize(points: readonly ComplexityPoint[]): { series: ComplexityPoint[]; noise?: number } {
  const groups = new Map<number, number[]>();
  for (const p of points) {
    if (!(Number.isFinite(p.n) && p.n >= 1 && Number.isFinite(p.y) && p.y >= 0)) continue;
    const list = groups.get(p.n) ?? [];
    list.push(p.y);
    groups.set(p.n, list);
  }
  const sorted = [...groups.entries()].sort((p, q) => p[0] - q[0]);
  const series = sorted.map(([n, ys]) => ({ n, y: median(ys) }));
  const variances: number[] = [];
  for (const [, ys] of sorted) {
    const med = median(ys);
    if (ys.length < 3 || med <= 0) continue;
    const sd = 1.4826 * median(ys.map((y) => Math.abs(y - med)));
    variances.push(((1.2533 * sd) / med) ** 2 / ys.length);
  }
  if (variances.length * 2 < sorted.length || variances.length === 0) return { series };
  return { series, noise: Math.sqrt(variances.reduce((s, v) => s + v, 0) / variances.length) };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((p, q) => p - q);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Ordinary R² on the original scale; 0 for a model that explains no variance (O(1)), 1 for flat data fitted exactly. */
function rSquared(ys: readonly number[], fitted: readonly number[]): number {
  const mean = ys.reduce((s, y) => s + y, 0) / ys.length;
  const tss = ys.reduce((s, y) => s + (y - mean) ** 2, 0);
  const rss = ys.reduce((s, y, i) => s + (y - fitted[i]!) ** 2, 0);
  if (tss === 0) return rss === 0 ? 1 : 0;
  return 1 - rss / tss;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
