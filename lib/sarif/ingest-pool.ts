import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../errors';
import { checkDeferredLog, ingestBuffer, unreadable, type IngestOptions, type IngestOutcome } from './ingest';
import { ColumnSink, packOutcome, unpackOutcome } from './ingest-transfer';
import { FileQueue } from './file-queue';
import type { IngestJob, IngestMessage, IngestResponse } from './ingest-worker';
import { prepareWalk } from './result-scans';
import { readWholeFileAhead } from './whole-file';

/**
 * Ingests several SARIF files at once: worker threads and the main thread take one file at a
 * time each (the largest first, each the next one as it finishes, from a counter in shared
 * memory, so a worker never waits for the busy main thread to hand it work), since reading and
 * checking the files is most of a large merge's work. A worker reads its file and hands its bytes over to
 * the main thread with the records (as columns: ingest-transfer.ts), both transferred, not
 * copied, so the bytes it checked are the bytes the merge later writes out. Outcomes are handed
 * over in file order whatever order they finish in, so the merge does not depend on timing. A
 * worker leaves the schema check of a log's skeleton to the main thread when its own fast check
 * (result-check.ts) does not vouch for it (IngestOptions.deferLogCheck), so no worker builds the
 * full validator for valid input; a file a worker found broken, or whose log fails the schema,
 * is ingested again on the main thread, which lists all its problems as a lone thread would.
 *
 * Workers need their code as a file: ingest-worker.ts beside this module when running from
 * source (through tsx), or `sarif-ingest-worker.mjs` beside a bundle that includes this module.
 * Where there is none, or for small inputs (a worker takes a few hundred ms to start), everything
 * runs on the main thread, with the same outcome.
 */

export interface ParallelIngestOptions {
  /** Worker threads besides the main thread. Default: one fewer than the CPUs, at most 3; 0 for none. */
  workers?: number;
  /** Inputs smaller than this in all (bytes) are ingested on the main thread alone. */
  minBytesForWorkers?: number;
  /**
   * The main thread takes files too (default true). Off, the workers take every file and the
   * main thread only adds them to the merge (tests use this to send all files through workers,
   * which start slower than a small input is read).
   */
  mainThreadIngests?: boolean;
}

export interface InputFile {
  path: string;
  /** Name used in messages. */
  name: string;
}

const DEFAULT_MIN_BYTES = 48 * 1024 * 1024;
/** Worker threads by default: one fewer than the CPUs (the main thread reads too), at most this many. */
const MAX_DEFAULT_WORKERS = 3;
/** The bundled worker's file name, beside the bundle. */
export const WORKER_BUNDLE_NAME = 'sarif-ingest-worker.mjs';

/** How to start a worker here, or undefined when no worker code can be found. */
function workerLauncher(): (() => Worker) | undefined {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  if (here.endsWith('.ts')) {
    // From source: the worker registers tsx itself, as the main thread was started with it.
    const source = path.join(dir, 'ingest-worker.ts');
    let tsx: string;
    try {
      // The ES module entry: tsx's CommonJS one cannot register hooks from a worker.
      tsx = import.meta.resolve('tsx/esm/api');
    } catch {
      return undefined;
    }
    if (!fs.existsSync(source)) return undefined;
    const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
    return () => new Worker(code, { eval: true });
  }
  const bundled = path.join(dir, WORKER_BUNDLE_NAME);
  if (!fs.existsSync(bundled)) return undefined;
  return () => new Worker(pathToFileURL(bundled));
}

/**
 * ingestBuffer on the main thread, its records made as a worker makes them: as columns (a few
 * typed arrays instead of an object per result on the merge's heap, which the garbage collector
 * would walk again and again), read straight off the bytes where they can be. Callers that want
 * the results as objects (keepObjects) get the object path.
 */
function ingestOnThisThread(buf: Buffer, name: string, options: IngestOptions): IngestOutcome {
  if (options.keepObjects) return ingestBuffer(buf, name, options);
  const outcome = ingestBuffer(buf, name, { ...options, recordSink: () => new ColumnSink() });
  return outcome.ok ? unpackOutcome(packOutcome(outcome).packed, buf) : outcome;
}

/** Files in the order workers take them: largest first, so the last to finish is a small one. */
function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** A worker thread working through the shared queue; `settled` once it has no more files, or failed. */
class WorkerLane {
  /** It ingested at least one file (it started and answered). */
  worked = false;
  readonly settled: Promise<void>;

  constructor(
    private readonly worker: Worker,
    job: IngestJob,
    onResponse: (response: IngestResponse) => void,
  ) {
    this.settled = new Promise((resolve) => {
      worker.on('message', (message: IngestMessage) => {
        if (message.kind === 'done') {
          this.worked = true;
          onResponse(message);
        } else if (message.kind === 'finished') resolve();
      });
      // A file it took and never answered is ingested on the main thread (see ingestFiles).
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
    });
    worker.postMessage(job);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/**
 * Ingests `files` and calls `onOutcome` for each, in file order. `onOutcome` runs on the main
 * thread, so it may add to a merge. Resolves with the number of worker threads that took part.
 */
export async function ingestFiles(
  files: readonly InputFile[],
  options: IngestOptions,
  parallel: ParallelIngestOptions,
  onOutcome: (index: number, outcome: IngestOutcome) => void,
): Promise<number> {
  const sizes = files.map((f) => {
    try {
      return fs.statSync(f.path).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  const wanted = parallel.workers ?? Math.min(MAX_DEFAULT_WORKERS, os.availableParallelism() - 1);
  const launch = wanted > 0 && files.length > 1 && total >= (parallel.minBytesForWorkers ?? DEFAULT_MIN_BYTES) ? workerLauncher() : undefined;
  // No more threads than files (the main thread counts when it takes files too).
  const workerCount = launch ? Math.min(wanted, (parallel.mainThreadIngests ?? true) ? files.length - 1 : files.length) : 0;

  const outcomes: Array<IngestOutcome | undefined> = new Array(files.length);
  let committed = 0;
  const commit = (index: number, outcome: IngestOutcome) => {
    outcomes[index] = outcome;
    while (committed < files.length && outcomes[committed] !== undefined) {
      onOutcome(committed, outcomes[committed]!);
      outcomes[committed] = undefined; // handed over: let it go
      committed++;
    }
  };
  const onMain = async (index: number, bytes?: Buffer) => {
    const file = files[index]!;
    let buf = bytes;
    if (!buf) {
      try {
        buf = await readWholeFileAhead(file.path);
      } catch (err) {
        commit(index, { ok: false, problems: [unreadable(file.name, err)] });
        return;
      }
    }
    commit(index, ingestOnThisThread(buf, file.name, options));
  };

  if (workerCount === 0) {
    for (let i = 0; i < files.length; i++) await onMain(i);
    return 0;
  }

  // Each thread takes the next file, the largest first, as it finishes one (file-queue.ts: it
  // reads the next ahead while it has taken fewer than its share); the main thread also
  // checks the skeletons the workers left to it (deferLogCheck), adds the records to the merge in
  // file order, and ingests itself whatever a worker could not.
  const order = largestFirst(sizes);
  const mainIngests = parallel.mainThreadIngests ?? true;
  const next = FileQueue.counter();
  const job: IngestJob = { files: files.map(({ path, name }, i) => ({ path, name, size: sizes[i]! })), order, next, threads: workerCount + (mainIngests ? 1 : 0), options: { ...options, deferLogCheck: true } };
  const answered = new Set<number>();
  const handling: Array<Promise<void> | undefined> = [];
  const handle = (response: IngestResponse) => {
    const index = response.id;
    answered.add(index);
    const buf = response.bytes ? Buffer.from(response.bytes, 0, response.length) : undefined;
    const outcome = response.outcome;
    if (!outcome || response.error !== undefined || !buf) return onMain(index, buf);
    // A broken file, or a log that fails the schema: ingested again here, the way that lists
    // every problem of it (with the log's own).
    if (!outcome.ok) return onMain(index, buf);
    const { uncheckedLog, ...ingested } = outcome.file;
    if (uncheckedLog !== undefined && !checkDeferredLog(uncheckedLog)) return onMain(index, buf);
    commit(index, unpackOutcome({ ok: true, file: ingested }, buf));
    return undefined;
  };
  const lanes: WorkerLane[] = [];
  try {
    for (let w = 0; w < workerCount; w++) lanes.push(new WorkerLane(launch!(), job, (response) => handling.push(handle(response))));
    // The main thread takes files too (it would otherwise wait), between adding the workers' to the merge.
    await new Promise((resolve) => setImmediate(resolve));
    if (mainIngests) {
      const queue = new FileQueue(next, order, files.map((f) => f.path), job.threads);
      // While its first file is read: the walk's memory for it (ResultWalk.prepare).
      const prepare = options.keepObjects ? undefined : (index: number) => prepareWalk(sizes[index]!);
      for await (const { index, bytes } of queue.files(prepare)) {
        answered.add(index);
        const file = files[index]!;
        if (bytes instanceof Error) {
          commit(index, { ok: false, problems: [unreadable(file.name, bytes)] });
        } else {
          commit(index, ingestOnThisThread(bytes, file.name, options));
        }
        // Lets the workers' answers in before the next file.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await Promise.all(lanes.map((lane) => lane.settled));
    await Promise.all(handling);
    // Files a worker took but never answered (it crashed, or could not start its code).
    for (const index of order) if (!answered.has(index)) await onMain(index);
    return lanes.filter((lane) => lane.worked).length;
  } catch (err) {
    throw new Error(`ingesting SARIF files in parallel failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await Promise.all(lanes.map((lane) => lane.terminate()));
  }
}
