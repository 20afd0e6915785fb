import autocannon, { type AutocannonRequest, type AutocannonResult, type Instance } from 'autocannon';
import type { LoadRequest } from './spec';

export interface DriveOptions {
  url: string;
  connections: number;
  durationS: number;
  /** Requests per second over all connections (or per connection with `perConnection`); none = as fast as it answers. */
  rate?: number;
  perConnection?: boolean;
  requests?: readonly LoadRequest[];
  requestTimeoutS: number;
  signal?: AbortSignal;
}

/** Slack beyond duration + request timeout before a run that does not end is stopped by force. */
const WATCHDOG_SLACK_MS = 10_000;

/**
 * One bounded autocannon run. Aborting stops it within a second (autocannon checks its stop flag
 * once per sample interval) and rejects with the signal's reason.
 */
export function drive(options: DriveOptions): Promise<AutocannonResult> {
  options.signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    let finished = false;
    let watchdog: NodeJS.Timeout | undefined;
    let forced: NodeJS.Timeout | undefined;
    const settle = (fn: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(watchdog);
      clearTimeout(forced);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    let instance: Instance;
    try {
      instance = autocannon(
        {
          url: options.url,
          connections: options.connections,
          duration: options.durationS,
          // With a rate, autocannon's correction for coordinated omission uses ceil(1 / rate) as the
          // expected interval, i.e. 1 ms at any rate above 1 req/s per connection, and back-fills a
          // synthetic sample for every millisecond of each response: percentiles and counts would be
          // made up, so latencies are recorded as measured. (Without a rate it makes no correction.)
          ...(options.rate !== undefined
            ? { ...(options.perConnection ? { connectionRate: options.rate } : { overallRate: options.rate }), ignoreCoordinatedOmission: true }
            : {}),
          ...(options.requests ? { requests: options.requests.map(toAutocannonRequest) } : {}),
          timeout: options.requestTimeoutS,
          // One-second samples, so the requests histogram is directly in requests per second.
          sampleInt: 1000,
        },
        (err, result) => settle(() => (options.signal?.aborted ? reject(options.signal.reason) : err ? reject(err) : resolve(result))),
      );
    } catch (e) {
      settle(() => reject(e));
      return;
    }
    // autocannon reports invalid options through the callback before it returns.
    if (finished) return;
    const stopNow = () => {
      instance.stop();
      // autocannon ends at its next sample tick; if even that never comes, give up on it.
      forced = setTimeout(() => settle(() => reject(options.signal?.aborted ? options.signal.reason : new Error('autocannon did not stop'))), 5000);
    };
    const onAbort = () => stopNow();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    watchdog = setTimeout(stopNow, options.durationS * 1000 + options.requestTimeoutS * 1000 + WATCHDOG_SLACK_MS);
  });
}

function toAutocannonRequest(r: LoadRequest): AutocannonRequest {
  return {
    ...(r.method ? { method: r.method } : {}),
    ...(r.path ? { path: r.path } : {}),
    ...(r.headers ? { headers: r.headers } : {}),
    ...(r.body !== undefined ? { body: r.body } : {}),
  };
}
