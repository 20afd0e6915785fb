import type { Comparison, Verdict } from '../model';
import { bootstrapMedianRatio } from './bootstrap';
import { mannWhitneyU, type MannWhitneyResult } from './mann-whitney';
import { medianOfSorted, sortedCopy } from './order-statistics';
import { createRandom } from './random';

/**
 * One comparison of a benchmark's raw samples against its baseline's raw samples.
 *
 * The question "is it slower?" gets two answers that must agree before a regression is claimed:
 *  - significance: the Mann-Whitney U test on the raw samples. Rank-based, so outliers (a GC
 *    pause, a noisy neighbour) count as one rank each, and on normal data it is 95% as efficient
 *    as the t-test (3/π);
 *  - size: the ratio of the medians must be at least 1 + minEffect (5% by default). A real but
 *    tiny change is not worth failing a build for, and the median, like the test, shrugs off
 *    outliers.
 * Verdicts (for smaller-is-better values such as times; reversed when bigger is better):
 *  - regressed: one-sided p (current larger) < α of this look, and ratio ≥ 1 + minEffect;
 *  - improved: one-sided p (current smaller) < α of this look, and ratio ≤ 1 / (1 + minEffect);
 *  - unchanged: the ratio and its whole confidence interval lie within [1/(1 + m), 1 + m], i.e.
 *    any change is smaller than the minimum effect (an equivalence test);
 *  - inconclusive: none of these; more samples may settle it (see sequential.ts).
 * The interval shown is a percentile bootstrap of the ratio of medians (bootstrap.ts) from a
 * seeded random source, so the same samples always give the same interval. The p-value shown is
 * the usual two-sided one (twice the smaller tail).
 *
 * α bounds the chance that a benchmark that did not change is called regressed (and, separately,
 * improved). The default, 0.5%, keeps the false-alarm rate under 1% with room to spare, and with
 * up to 30 samples a side still catches about 96% of 15% slowdowns at 10% noise with 5% outliers
 * (scripts/bench/perf-regression.ts measures both).
 * In a sequential comparison each look gets a share of α (sequential.ts).
 */
export interface ComparisonOptions {
  /** Smallest change that counts, as a fraction: 0.05 = 5%. */
  minEffect: number;
  /** Most false alarms per direction (one-sided), over all looks of the comparison. */
  alpha: number;
  /** Which look of a sequential comparison this is, and the share of α it may spend. */
  look: LookSpending | undefined;
  /** Level of the reported interval, also used for the "unchanged" (equivalence) decision. */
  confidenceLevel: number;
  /** Bootstrap resamples. */
  resamples: number;
  seed: number;
  /** For throughput-like values (ops/s): a smaller current value is then the regression. */
  biggerIsBetter: boolean;
  /**
   * Values below this are raised to it: a 0 ms run means "below the clock's resolution", and a
   * median of 0 would make the ratio meaningless.
   */
  resolution: number;
}

export interface LookSpending {
  /** 1-based. */
  index: number;
  of: number;
  /** Fraction of α this look may spend; the shares of all looks sum to at most 1. */
  share: number;
}

export const DEFAULT_COMPARISON_OPTIONS: Readonly<ComparisonOptions> = Object.freeze({
  minEffect: 0.05,
  alpha: 0.005,
  look: undefined,
  confidenceLevel: 0.95,
  resamples: 2000,
  seed: 0x5eed,
  biggerIsBetter: false,
  resolution: 1e-6,
});

/** A Comparison as performance.json holds it, with the working that led to the verdict. */
export interface SampleComparison extends Comparison {
  pValue: number;
  samples: { baseline: number; current: number };
  /** The one-sided significance threshold this look used (α × its share). */
  alphaPerLook: number;
  minEffect: number;
  /** One sentence: why this verdict. */
  reason: string;
}

export function compareSamples(
  baselineValues: readonly number[],
  currentValues: readonly number[],
  options: Partial<ComparisonOptions> = {},
): SampleComparison {
  return finishComparison(screenSamples(baselineValues, currentValues, options));
}

/**
 * The cheap part of a comparison: medians and the rank test, no bootstrap. Tells whether the
 * interval could change the verdict; sequential.ts uses it to skip the bootstrap at looks that
 * can only end in "take more samples".
 */
export interface Screen {
  options: ComparisonOptions;
  baseline: Float64Array;
  current: Float64Array;
  ratio: number;
  test: MannWhitneyResult;
  alphaPerLook: number;
  /** The test and the effect size alone decide: regressed or improved whatever the interval. */
  decidedByTest: boolean;
  /** The ratio is within ±minEffect, so the interval may show "unchanged". */
  couldBeUnchanged: boolean;
}

export function screenSamples(baselineValues: readonly number[], currentValues: readonly number[], options: Partial<ComparisonOptions> = {}): Screen {
  const o = { ...DEFAULT_COMPARISON_OPTIONS, ...options };
  validateOptions(o);
  const baseline = prepare(baselineValues, o.resolution, 'baseline');
  const current = prepare(currentValues, o.resolution, 'current');
  const ratio = medianOfSorted(current) / medianOfSorted(baseline);
  const test = mannWhitneyU(Array.from(current), Array.from(baseline));
  const alphaPerLook = o.alpha * (o.look?.share ?? 1);
  const upper = 1 + o.minEffect;
  const decidedByTest = (test.pGreater < alphaPerLook && ratio >= upper) || (test.pLess < alphaPerLook && ratio <= 1 / upper);
  return { options: o, baseline, current, ratio, test, alphaPerLook, decidedByTest, couldBeUnchanged: ratio >= 1 / upper && ratio <= upper };
}

export function finishComparison(screen: Screen): SampleComparison {
  const { options: o, baseline, current, ratio, test, alphaPerLook } = screen;
  const interval = bootstrapMedianRatio(baseline, current, {
    resamples: o.resamples,
    level: o.confidenceLevel,
    random: createRandom(o.seed),
  });
  const upper = 1 + o.minEffect;
  const lower = 1 / upper;
  const larger = test.pGreater < alphaPerLook;
  const smaller = test.pLess < alphaPerLook;
  const range = `[${interval.low.toFixed(3)}, ${interval.high.toFixed(3)}]`;

  let verdict: Verdict;
  let reason: string;
  const change = describeChange(ratio);
  const oneSided = (p: number, which: string) => `one-sided Mann-Whitney p = ${formatP(p)} (current ${which}) < ${formatP(alphaPerLook)}`;
  if (larger && ratio >= upper) {
    verdict = o.biggerIsBetter ? 'improved' : 'regressed';
    reason = `${oneSided(test.pGreater, 'larger')} and the median is ${change} (at least ${percent(o.minEffect)})`;
  } else if (smaller && ratio <= lower) {
    verdict = o.biggerIsBetter ? 'regressed' : 'improved';
    reason = `${oneSided(test.pLess, 'smaller')} and the median is ${change} (at least ${percent(o.minEffect)})`;
  } else if (screen.couldBeUnchanged && interval.low >= lower && interval.high <= upper) {
    verdict = 'unchanged';
    reason = `the median is ${change} and the ${percent(o.confidenceLevel)} interval of the ratio ${range} is within ±${percent(o.minEffect)}`;
  } else {
    verdict = 'inconclusive';
    reason =
      larger || smaller
        ? `the samples differ (one-sided Mann-Whitney p = ${formatP(Math.min(test.pGreater, test.pLess))}), but the median is only ${change}, under the ${percent(o.minEffect)} minimum effect, and the interval ${range} does not rule out a change of ${percent(o.minEffect)} or more`
        : `Mann-Whitney p = ${formatP(Math.min(test.pGreater, test.pLess))} (one-sided) is not below ${formatP(alphaPerLook)}, and the interval ${range} does not rule out a ${percent(o.minEffect)} change`;
  }

  return {
    verdict,
    ratio,
    confidenceInterval: [interval.low, interval.high],
    confidenceLevel: o.confidenceLevel,
    pValue: test.pValue,
    method: describeMethod(o, test.method),
    baseline: medianOfSorted(baseline),
    current: medianOfSorted(current),
    samples: { baseline: baseline.length, current: current.length },
    alphaPerLook,
    minEffect: o.minEffect,
    reason,
  };
}

function describeMethod(o: ComparisonOptions, test: 'exact' | 'asymptotic'): string {
  const look = o.look
    ? `, look ${o.look.index} of ${o.look.of} spending ${percent(o.look.share)} of α (weighted Bonferroni) = ${formatP(o.alpha * o.look.share)}`
    : '';
  return (
    `Mann-Whitney U (${test === 'exact' ? 'exact' : 'normal approximation, tie-corrected'}; one-sided per direction, α = ${o.alpha}${look}) ` +
    `with a minimum effect of ${percent(o.minEffect)} on the ratio of medians; ` +
    `${percent(o.confidenceLevel)} percentile bootstrap interval of the ratio of medians (${o.resamples} resamples, seed ${o.seed})`
  );
}

function prepare(values: readonly number[], resolution: number, side: string): Float64Array {
  if (values.length === 0) throw new RangeError(`the ${side} side has no samples to compare`);
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`the ${side} side has a sample that is not a finite non-negative number: ${v}`);
  }
  return sortedCopy(values.map((v) => Math.max(v, resolution)));
}

function validateOptions(o: ComparisonOptions): void {
  const bad = (what: string) => {
    throw new RangeError(`comparison option ${what}`);
  };
  if (!(o.minEffect >= 0 && o.minEffect < 10)) bad(`minEffect must be a fraction ≥ 0 (0.05 = 5%), got ${o.minEffect}`);
  if (!(o.alpha > 0 && o.alpha < 0.5)) bad(`alpha must be in (0, 0.5), got ${o.alpha}`);
  if (o.look && !(o.look.share > 0 && o.look.share <= 1)) bad(`look.share must be in (0, 1], got ${o.look.share}`);
  if (!(o.confidenceLevel > 0 && o.confidenceLevel < 1)) bad(`confidenceLevel must be in (0, 1), got ${o.confidenceLevel}`);
  if (!(Number.isInteger(o.resamples) && o.resamples >= 100)) bad(`resamples must be an integer ≥ 100, got ${o.resamples}`);
  if (!(o.resolution > 0)) bad(`resolution must be > 0, got ${o.resolution}`);
}

function describeChange(ratio: number): string {
  if (ratio >= 1) return `${percent(ratio - 1, 1)} higher`;
  return `${percent(1 - ratio, 1)} lower`;
}

function percent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

function formatP(p: number): string {
  if (p === 0) return '0';
  if (p < 0.0001) return p.toExponential(1);
  return Number(p.toPrecision(2)).toString();
}
