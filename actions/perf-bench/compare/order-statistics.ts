/** Medians and quantiles, shared by the comparison, the bootstrap, the history and the charts. */

/** Median of values sorted ascending (the mean of the two middle ones for an even count). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function median(values: readonly number[]): number {
  return medianOfSorted(sortedCopy(values));
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Quantile by linear interpolation between order statistics (Hyndman-Fan type 7, numpy's default). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * A distribution-free confidence interval for the median from order statistics: the narrowest
 * symmetric pair (x₍ₖ₎, x₍ₙ₋ₖ₊₁₎) whose binomial(n, ½) coverage is at least `level`. Needs no
 * random numbers, so charts stay byte-for-byte reproducible. With too few values for the level
 * (n < 6 at 95%) it falls back to the range, and says so.
 */
export function medianConfidenceInterval(values: readonly number[], level = 0.95): { low: number; high: number; exact: boolean; coverage: number } {
  const sorted = sortedCopy(values);
  const n = sorted.length;
  if (n === 0) return { low: NaN, high: NaN, exact: false, coverage: 0 };
  // X ~ Bin(n, ½) counts the values below the true median; (x₍ₖ₎, x₍ₙ₋ₖ₊₁₎) covers it with
  // probability P(k ≤ X ≤ n − k) = 1 − 2·P(X ≤ k − 1). The largest such k gives the narrowest interval.
  const pmf: number[] = [];
  let p = Math.pow(0.5, n);
  for (let i = 0; i <= n; i++) {
    pmf.push(p);
    p = (p * (n - i)) / (i + 1);
  }
  let atOrBelow = 0; // P(X ≤ k − 1)
  let best: { k: number; coverage: number } | undefined;
  for (let k = 1; k <= Math.floor((n + 1) / 2); k++) {
    atOrBelow += pmf[k - 1]!;
    const coverage = 1 - 2 * atOrBelow;
    if (coverage < level) break;
    best = { k, coverage };
  }
  if (!best) return { low: sorted[0]!, high: sorted[n - 1]!, exact: false, coverage: 1 - 2 * pmf[0]! };
  return { low: sorted[best.k - 1]!, high: sorted[n - best.k]!, exact: true, coverage: best.coverage };
}
