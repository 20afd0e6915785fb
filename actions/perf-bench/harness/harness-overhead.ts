import type { Stats } from '../model';
import { measureProcess } from './measure-process';
import { stats } from './stats';

export interface HarnessOverhead {
  /**
   * Median wall time measured for a program that does nothing (`true`): spawning, exec and
   * reaping. Every sample's wall time includes about this much; it is reported (performance.json
   * `harnessOverheadMs`), not subtracted, because it is far below the run-to-run noise of any
   * process benchmark and the complexity fit's intercept absorbs it anyway.
   */
  overheadMs: number;
  overhead: Stats;
  /**
   * Median cost per measured run outside the measured interval (starting the Python helper,
   * passing the request, reading the result): it makes the job longer, not the samples.
   */
  perRunCostMs: number;
  /**
   * ru_maxrss of the no-op. The kernel carries the helper's resident set over to the child it
   * spawns, so this is the floor of every peakRssBytes: a program smaller than this reads as
   * this. Any interpreter (node ≈ 40 MB) is above it.
   */
  rssFloorBytes: number;
  runs: number;
}

export interface OverheadOptions {
  env: Record<string, string | undefined>;
  python?: string;
  signal?: AbortSignal;
  /** Default 20. */
  runs?: number;
}

/** Measures the harness itself by measuring `true` many times. */
export async function measureHarnessOverhead(options: OverheadOptions): Promise<HarnessOverhead> {
  const runs = options.runs ?? 20;
  const walls: number[] = [];
  const totals: number[] = [];
  const rss: number[] = [];
  // One unmeasured run first: it pays for resolving the interpreter and warming the caches.
  await measureProcess(['true'], { env: options.env, python: options.python, signal: options.signal, timeoutMs: 10_000 });
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = await measureProcess(['true'], { env: options.env, python: options.python, signal: options.signal, timeoutMs: 10_000 });
    totals.push(performance.now() - started);
    walls.push(run.wallMs);
    rss.push(run.peakRssBytes);
  }
  const overhead = stats(walls);
  return {
    overheadMs: round3(overhead.median),
    overhead,
    perRunCostMs: round3(Math.max(0, stats(totals).median - overhead.median)),
    rssFloorBytes: stats(rss).median,
    runs,
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
