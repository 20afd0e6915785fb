import type { BenchmarkResult } from '../model';

/**
 * The `fail-on-regression` decision: which benchmarks regressed, and the message the step fails
 * with. Only a "regressed" verdict counts; "inconclusive" never fails a build (noise is not a
 * finding), and a benchmark without a baseline cannot have regressed.
 */
export interface RegressionGate {
  fail: boolean;
  regressed: { name: string; ratio: number; confidenceInterval: [number, number] }[];
  message: string;
}

export function regressionGate(benchmarks: readonly BenchmarkResult[], failOnRegression: boolean): RegressionGate {
  const regressed = benchmarks
    .filter((b) => b.comparison?.verdict === 'regressed')
    .map((b) => ({ name: b.name, ratio: b.comparison!.ratio, confidenceInterval: b.comparison!.confidenceInterval }));
  const list = regressed
    .map((r) => `${r.name} (×${r.ratio.toFixed(3)}, ${percentOf(r.confidenceInterval)})`)
    .join('; ');
  const message =
    regressed.length === 0
      ? 'No benchmark regressed.'
      : `${regressed.length} benchmark(s) regressed: ${list}.` + (failOnRegression ? '' : ' (fail-on-regression is off, so the step passes.)');
  return { fail: failOnRegression && regressed.length > 0, regressed, message };
}

function percentOf([low, high]: [number, number]): string {
  return `interval ×${low.toFixed(3)}–×${high.toFixed(3)}`;
}
