import type { Stats } from '../model';

/** Median, mean, sample standard deviation (n − 1), min, max and coefficient of variation. */
export function summarize(values: readonly number[]): Stats {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  const stddev = Math.sqrt(variance);
  return { median, mean, stddev, min: sorted[0]!, max: sorted[n - 1]!, cv: mean !== 0 ? stddev / Math.abs(mean) : 0 };
}
