import * as os from 'node:os';
import type { Logger } from '../action/logger';
import { errorMessage } from '../errors';
import { ToolFailedError, ToolSkippedError } from '../tool-errors';

export type ToolStatus = 'ok' | 'failed' | 'timed-out' | 'skipped';

/** A tool or scanner: something that runs external programs and may be skipped, fail or hang. */
export interface Task<C, O> {
  readonly name: string;
  /** Measures rather than finds (complexity); shown apart in summaries. */
  readonly metric?: boolean;
  run(context: C & { signal: AbortSignal }): Promise<O>;
}

export interface TaskResult<O> {
  name: string;
  metric: boolean;
  status: ToolStatus;
  /** Why it failed, timed out or was skipped, in one sentence. */
  reason?: string;
  /** The end of what the tool printed, when it failed. */
  detail?: string;
  durationMs: number;
  output?: O;
}

export interface RunTasksOptions<C, O> {
  tasks: readonly Task<C, O>[];
  /** The context every task gets, with its own abort signal. */
  context: C;
  /** One line on what a task produced, for the log. */
  describe: (output: O) => string;
  timeoutMs: number;
  log: Logger;
  /** Extra time an adapter gets to return after its processes were killed, before we stop waiting. */
  graceMs?: number;
  /** Tools running at once; default the number of cores (the tools are CPU-bound). */
  concurrency?: number;
}

/**
 * Runs the tools in parallel, as many at a time as there are cores (each is a separate process),
 * in the order given (the caller puts the slowest first), and waits for all of them. A tool that crashes, prints garbage or runs past its time becomes a
 * result with the reason; it never takes the other tools' findings with it.
 */
export async function runTasks<C, O>(options: RunTasksOptions<C, O>): Promise<TaskResult<O>[]> {
  const results = new Map<Task<C, O>, TaskResult<O>>();
  const queue = [...options.tasks];
  const slots = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: slots }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) results.set(next, await runOne(next, options));
    }),
  );
  return options.tasks.map((a) => results.get(a)!);
}

async function runOne<C, O>(adapter: Task<C, O>, options: RunTasksOptions<C, O>): Promise<TaskResult<O>> {
  const controller = new AbortController();
  const started = performance.now();
  const base = { name: adapter.name, metric: adapter.metric === true };
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  let graceTimer: NodeJS.Timeout | undefined;
  // An adapter that ignores its abort signal must not hang the action: stop waiting after a grace period.
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      graceTimer = setTimeout(() => resolve('deadline'), options.graceMs ?? 5000);
    }, options.timeoutMs);
  });
  const timedOut = (): TaskResult<O> => ({
    ...base,
    status: 'timed-out',
    reason: `${adapter.name} ran longer than ${formatSeconds(options.timeoutMs)} and was stopped (input tool-timeout)`,
    durationMs: elapsed(),
  });
  try {
    const outcome = await Promise.race([adapter.run({ ...options.context, signal: controller.signal } as C & { signal: AbortSignal }), deadline]);
    if (outcome === 'deadline') return timedOut();
    options.log.info(`${adapter.name}: ${options.describe(outcome)} in ${formatSeconds(elapsed())}`);
    return { ...base, status: 'ok', durationMs: elapsed(), output: outcome };
  } catch (err) {
    if (controller.signal.aborted) return timedOut();
    if (err instanceof ToolSkippedError) {
      options.log.info(`${adapter.name} skipped: ${err.message}`);
      return { ...base, status: 'skipped', reason: err.message, durationMs: elapsed() };
    }
    const detail = err instanceof ToolFailedError ? err.detail : undefined;
    const reason = err instanceof ToolFailedError ? err.message : `${adapter.name} failed unexpectedly: ${errorMessage(err)}`;
    options.log.warning(`${reason}${detail ? `\n${detail}` : ''}`);
    return { ...base, status: 'failed', reason, ...(detail ? { detail } : {}), durationMs: elapsed() };
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
  }
}

export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
