import type { Logger } from '../../../lib/action/logger';
import { drive } from './drive';
import { toLoadMetrics, type LoadMetrics } from './metrics';
import { stressSteps, type LoadRequest, type StressPlan } from './spec';

export type StepFailure = 'error-rate' | 'p99-latency' | 'service-exited';

export interface StressStepReport extends LoadMetrics {
  ok: boolean;
  /** Why the step failed, when it did. */
  reason?: StepFailure;
  /** The reason in words, with the measured value and the limit. */
  detail?: string;
}

/** Where the service stopped coping, as far as the plan went. */
export interface BreakingPoint {
  /** True when a step failed; false when every planned step held up to max-connections. */
  found: boolean;
  /** The highest concurrency that held, with its throughput and p99; null when the first step failed. */
  lastGood: StepSummary | null;
  /** The first concurrency that failed, and why; null when none did. */
  firstBad: (StepSummary & { reason: StepFailure; detail: string }) | null;
}

export interface StepSummary {
  connections: number;
  throughput: number;
  p99Ms: number;
  errorRate: number;
}

export interface StressRun {
  steps: StressStepReport[];
  breakingPoint: BreakingPoint;
}

export interface StressOptions {
  url: string;
  requests?: readonly LoadRequest[];
  requestTimeoutS: number;
  log: Logger;
  signal?: AbortSignal;
  /** Null while the service runs; a description of its exit once it has gone. */
  serviceGone: () => string | null;
}

/**
 * Rising concurrency, one bounded autocannon run per step at full speed (no rate limit), until a
 * step's error rate passes the limit, its p99 passes the latency limit, or the service dies. The
 * steps after the first failure are not run: the breaking point is between the last good step
 * and the first bad one.
 */
export async function runStress(plan: StressPlan, options: StressOptions): Promise<StressRun> {
  const steps: StressStepReport[] = [];
  let lastGood: StepSummary | null = null;
  for (const connections of stressSteps(plan)) {
    const metrics = toLoadMetrics(
      await drive({
        url: options.url,
        connections,
        durationS: plan.stepDurationS,
        ...(options.requests ? { requests: options.requests } : {}),
        requestTimeoutS: options.requestTimeoutS,
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
    const step: StressStepReport = { ...metrics, ...judgeStep(metrics, plan, options.serviceGone()) };
    steps.push(step);
    options.log.info(
      `  ${connections} connections: ${metrics.throughput.mean} req/s, p99 ${metrics.latencyMs.p99} ms, ` +
        `errors ${(metrics.errors.rate * 100).toFixed(2)}%${step.ok ? '' : ` ✗ ${step.detail}`}`,
    );
    if (!step.ok) {
      return { steps, breakingPoint: { found: true, lastGood, firstBad: { ...summarize(step), reason: step.reason!, detail: step.detail! } } };
    }
    lastGood = summarize(step);
  }
  return { steps, breakingPoint: { found: false, lastGood, firstBad: null } };
}

/** Whether one step held: the service is alive, errors within the limit, p99 within the limit. */
export function judgeStep(m: LoadMetrics, plan: Pick<StressPlan, 'errorRateLimit' | 'p99LimitMs'>, serviceGone: string | null): Pick<StressStepReport, 'ok' | 'reason' | 'detail'> {
  if (serviceGone) return { ok: false, reason: 'service-exited', detail: `the service ${serviceGone} during this step` };
  if (m.errors.rate > plan.errorRateLimit) {
    return {
      ok: false,
      reason: 'error-rate',
      detail: `error rate ${pct(m.errors.rate)} (${m.errors.non2xx} non-2xx, ${m.errors.errors} socket errors/timeouts) is above the limit ${pct(plan.errorRateLimit)}`,
    };
  }
  if (plan.p99LimitMs !== undefined && m.latencyMs.p99 > plan.p99LimitMs) {
    return { ok: false, reason: 'p99-latency', detail: `p99 latency ${m.latencyMs.p99} ms is above the limit ${plan.p99LimitMs} ms` };
  }
  return { ok: true };
}

function summarize(m: LoadMetrics): StepSummary {
  return { connections: m.connections, throughput: m.throughput.mean, p99Ms: m.latencyMs.p99, errorRate: m.errors.rate };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}
