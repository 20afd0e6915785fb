import type { AutocannonResult } from 'autocannon';

/** What one autocannon run (a load test, or one step of a stress test) measured. */
export interface LoadMetrics {
  connections: number;
  /** Seconds the run actually lasted. */
  durationS: number;
  requests: {
    /** Requests sent, as autocannon counts them (at a fixed rate it counts each connection's first second up front). */
    sent: number;
    /** Responses received, any status. */
    completed: number;
    /** Responses with a 2xx status. */
    ok: number;
  };
  /** Responses per second, over the run's one-second samples. */
  throughput: { mean: number; stddev: number; min: number; max: number };
  /** 2xx responses per second over the whole run. */
  okPerSecond: number;
  /** Latency of every response (any status), in milliseconds at autocannon's 1 ms resolution. */
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number; stddev: number };
  errors: {
    /** Responses whose status is not 2xx. */
    non2xx: number;
    /** Requests that got no response: socket errors and timeouts (autocannon's `errors`). */
    errors: number;
    /** The part of `errors` that were timeouts. */
    timeouts: number;
    /** (non2xx + errors) / (completed + errors); 1 when nothing was even attempted. */
    rate: number;
  };
  /** Responses by status code. */
  statusCodes: Record<string, number>;
  /** Response bytes per second, mean of the one-second samples. */
  bytesPerSecond: number;
}

/** Turns autocannon's result (sampled every 1000 ms) into our metrics. */
export function toLoadMetrics(r: AutocannonResult): LoadMetrics {
  const ok = r['2xx'];
  const attempts = r.requests.total + r.errors;
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = count;
  return {
    connections: r.connections,
    durationS: r.duration,
    requests: { sent: r.requests.sent, completed: r.requests.total, ok },
    throughput: { mean: round(r.requests.mean), stddev: round(r.requests.stddev), min: r.requests.min, max: r.requests.max },
    okPerSecond: r.duration > 0 ? round(ok / r.duration) : 0,
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      mean: round(r.latency.mean),
      stddev: round(r.latency.stddev),
    },
    errors: {
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      rate: attempts > 0 ? round((r.non2xx + r.errors) / attempts, 6) : 1,
    },
    statusCodes,
    bytesPerSecond: round(r.throughput.mean),
  };
}

function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
