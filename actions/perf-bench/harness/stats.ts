import type { Stats } from '../model';

/**
 * Summary statistics of one series. stddev is the sample standard deviation (n − 1), 0 for a
 * single value; cv = stddev / mean (0 when the mean is 0). Empty input is a programming error.
 */
export function stats(values: readonly number[]): Stats {
  if (values.length === 0) throw new RangeError('stats() of an empty series');
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  const stddev = Math.sqrt(variance);
  return {
    median,
    mean,
    stddev,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    cv: mean !== 0 ? stddev / Math.abs(mean) : 0,
  };
}
