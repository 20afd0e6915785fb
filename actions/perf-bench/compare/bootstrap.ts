import { medianOfSorted, quantileOfSorted } from './order-statistics';
import type { Random } from './random';

/**
 * Percentile bootstrap confidence interval of median(current) / median(baseline).
 *
 * Each resample draws n values with replacement from each side (the two sides independently, as
 * the runs were) and takes the ratio of the two medians; the interval is the pair of quantiles
 * of those ratios. The percentile method is used rather than BCa: for a median the jackknife
 * acceleration BCa needs is unstable (the statistic jumps between order statistics), and the
 * percentile interval of a ratio is invariant under the log transform, so no skew correction is
 * lost. The random source is passed in: the same samples and seed give the same interval.
 *
 * Speed matters (the accuracy benchmark runs tens of thousands of these): a resample's median is
 * found without sorting. The values are sorted once; a resample is then a multiset of indices,
 * and since sorting is monotone, the median of the resampled values is the value at the median
 * index, which a counting pass over n buckets finds.
 */
export interface BootstrapInterval {
  /** The ratio of the medians of the samples themselves. */
  ratio: number;
  low: number;
  high: number;
  level: number;
  resamples: number;
}

export function bootstrapMedianRatio(
  baselineSorted: Float64Array,
  currentSorted: Float64Array,
  options: { resamples: number; level: number; random: Random },
): BootstrapInterval {
  const { resamples, level, random } = options;
  const ratios = new Float64Array(resamples);
  const scratchB = { counts: new Int32Array(baselineSorted.length), draws: new Int32Array(baselineSorted.length) };
  const scratchC = { counts: new Int32Array(currentSorted.length), draws: new Int32Array(currentSorted.length) };
  for (let r = 0; r < resamples; r++) {
    const mb = resampledMedian(baselineSorted, scratchB, random);
    const mc = resampledMedian(currentSorted, scratchC, random);
    ratios[r] = mc / mb;
  }
  ratios.sort();
  const tail = (1 - level) / 2;
  return {
    ratio: medianOfSorted(currentSorted) / medianOfSorted(baselineSorted),
    low: quantileOfSorted(ratios, tail),
    high: quantileOfSorted(ratios, 1 - tail),
    level,
    resamples,
  };
}

function resampledMedian(sorted: Float64Array, scratch: { counts: Int32Array; draws: Int32Array }, random: Random): number {
  const n = sorted.length;
  const { counts, draws } = scratch;
  counts.fill(0);
  random.fillInts(draws, n);
  for (let i = 0; i < n; i++) counts[draws[i]!]!++;
  // The k-th smallest drawn index (0-based) for k = ⌊(n−1)/2⌋ and ⌈(n−1)/2⌉.
  const kLow = (n - 1) >> 1;
  const kHigh = n >> 1;
  let seen = 0;
  let low = -1;
  for (let i = 0; i < n; i++) {
    seen += counts[i]!;
    if (low < 0 && seen > kLow) low = i;
    if (seen > kHigh) return (sorted[low]! + sorted[i]!) / 2;
  }
  return sorted[n - 1]!;
}
