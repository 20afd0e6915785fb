/** Which time the complexity fit uses. */
export type TimeMetric = 'cpu' | 'wall';
export type TimeMetricSetting = TimeMetric | 'auto';

export interface TimeMetricChoice {
  metric: TimeMetric;
  reason: string;
}

/** Share of the wall time's growth the CPU time must show for "auto" to fit CPU time. */
const CPU_GROWTH_SHARE = 0.1;

/**
 * Picks the time to fit. CPU time (user + system, exact in the kernel's accounting) is the work
 * the program did; wall time adds every wait: for I/O and sleep, which belongs to the program,
 * but also for a CPU another job holds, which does not, and on a shared runner that wait can
 * triple a run's wall time and swamp the curve. So "auto" fits CPU time when it grows with n
 * (its growth from the smallest to the largest size is at least 10% of the wall time's growth:
 * contention scales a computing program's wall time, it does not stop its CPU time growing) and
 * wall time when it does not (a program that waits longer for larger n, e.g. sleeps or I/O).
 * `medians` are per size, smallest size first.
 */
export function chooseTimeMetric(setting: TimeMetricSetting, medians: readonly { cpuMs: number; wallMs: number }[]): TimeMetricChoice {
  if (setting === 'cpu') return { metric: 'cpu', reason: 'CPU time (user + system), as the benchmark file asks' };
  if (setting === 'wall') return { metric: 'wall', reason: 'wall time, as the benchmark file asks' };
  const first = medians[0];
  const last = medians[medians.length - 1];
  if (!first || !last) return { metric: 'wall', reason: 'wall time (no sizes to compare)' };
  const wallGrowth = last.wallMs - first.wallMs;
  const cpuGrowth = last.cpuMs - first.cpuMs;
  if (wallGrowth <= 0) {
    return { metric: 'cpu', reason: 'CPU time (user + system): wall time does not grow with n, so CPU time is the steadier measure of the same' };
  }
  const share = cpuGrowth / wallGrowth;
  const pct = `${Math.round(share * 100)}%`;
  if (share >= CPU_GROWTH_SHARE) {
    return {
      metric: 'cpu',
      reason: `CPU time (user + system): it grows with n (by ${pct} of the wall time's growth), so the program computes, and unlike wall time it leaves out waiting for a busy CPU`,
    };
  }
  return {
    metric: 'wall',
    reason: `wall time: CPU time hardly grows with n (${pct} of the wall time's growth), so the program waits (sleep, I/O, network) rather than computes`,
  };
}
