/**
 * The part of autocannon 9's programmatic API the load runner uses. autocannon ships no types and
 * the project has no @types/autocannon, so this declares only what we call, as lib/run.js and
 * lib/aggregateResult.js define it.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  interface AutocannonOptions {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Requests per second over all connections. */
    overallRate?: number;
    /** Requests per second for each connection. */
    connectionRate?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    /** Milliseconds between the per-interval throughput samples. */
    sampleInt?: number;
    requests?: AutocannonRequest[];
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Records latencies as measured instead of back-filling for coordinated omission. */
    ignoreCoordinatedOmission?: boolean;
    excludeErrorStats?: boolean;
  }

  /** Histogram summary as hdr-histogram-percentiles-obj writes it (p50, p90, p99, p99_9, …). */
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
    [percentile: string]: number;
  }

  interface AutocannonResult {
    url: string;
    connections: number;
    sampleInt: number;
    /** Seconds, two decimals. */
    duration: number;
    samples: number;
    start: Date;
    finish: Date;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    statusCodeStats: Record<string, { count: number }>;
    /** Milliseconds. */
    latency: Histogram & { totalCount: number };
    /** Responses per sample interval. */
    requests: Histogram & { sent: number };
    /** Bytes per sample interval. */
    throughput: Histogram;
  }

  interface Instance extends EventEmitter {
    stop(): void;
  }

  function autocannon(options: AutocannonOptions, callback: (err: Error | null, result: AutocannonResult) => void): Instance;

  export default autocannon;
  export type { AutocannonOptions, AutocannonRequest, AutocannonResult, Histogram, Instance };
}
