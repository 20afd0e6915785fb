import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../errors';
import { checkDeferredLog, ingestBuffer, unreadable, type IngestOptions, type IngestOutcome } from './ingest';
import { ColumnSink, packOutcome, unpackOutcome } from './ingest-transfer';
import type { IngestRequest, IngestResponse } from './ingest-worker';

/**
 * Ingests several SARIF files at once: worker threads and the main thread take one file at a
 * time each (the largest first, each the next one as it finishes), since reading and checking
 * the files is most of a large merge's work. A worker reads its file and hands its bytes over to
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

/** Files in the order workers take them: largest first, so the last to finish is a small one. */
function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** A worker thread and the file it is on. */
class WorkerLane {
  private waiting: { resolve: (r: IngestResponse) => void; reject: (e: Error) => void } | undefined;
  private failed: Error | undefined;
  /** It ingested at least one file (it started and answered). */
  worked = false;

  constructor(readonly worker: Worker) {
    worker.on('message', (message: IngestResponse) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      this.worked = true;
      waiting?.resolve(message);
    });
    const fail = (err: Error) => {
      this.failed = err;
      this.waiting?.reject(err);
      this.waiting = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the worker thread exited (${code})`)));
  }

  ingest(request: IngestRequest): Promise<IngestResponse> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(request);
    });
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
  // Every thread, the main one included, gets a file at least.
  const workerCount = launch ? Math.min(wanted, files.length - 1) : 0;

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
        buf = await fs.promises.readFile(file.path);
      } catch (err) {
        commit(index, { ok: false, problems: [unreadable(file.name, err)] });
        return;
      }
    }
    commit(index, ingestBuffer(buf, file.name, options));
  };

  if (workerCount === 0) {
    for (let i = 0; i < files.length; i++) await onMain(i);
    return 0;
  }

  // Each thread takes the next file, the largest first, as it finishes one; the main thread also
  // checks the skeletons the workers left to it (deferLogCheck), adds the records to the merge in
  // file order, and ingests itself whatever a worker could not.
  const queue = largestFirst(sizes);
  const workerOptions: IngestOptions = { ...options, deferLogCheck: true };
  const lanes = Array.from({ length: workerCount }, () => new WorkerLane(launch!()));
  const handle = (index: number, response: IngestResponse) => {
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
  try {
    // The main thread takes files too (it would otherwise wait), between adding the workers' to the merge.
    const mainLane = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        const file = files[index]!;
        let buf: Buffer;
        try {
          buf = await fs.promises.readFile(file.path);
        } catch (err) {
          commit(index, { ok: false, problems: [unreadable(file.name, err)] });
          continue;
        }
        // Its records as columns too: a few typed arrays instead of an object per result on the merge's heap.
        const outcome = ingestBuffer(buf, file.name, { ...options, recordSink: () => new ColumnSink() });
        commit(index, outcome.ok ? unpackOutcome(packOutcome(outcome).packed, buf) : outcome);
        // Lets the workers' answers in before the next file.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const working = Promise.all([
      mainLane(),
      ...lanes.map(async (lane) => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const file = files[index]!;
          let response: IngestResponse;
          try {
            response = await lane.ingest({ id: index, path: file.path, name: file.name, options: workerOptions });
          } catch {
            // A worker that fails (it could not start, or crashed) leaves its files to the main thread.
            await onMain(index);
            continue;
          }
          await handle(index, response);
        }
      }),
    ]);
    await working;
    return lanes.filter((lane) => lane.worked).length;
  } catch (err) {
    throw new Error(`ingesting SARIF files in parallel failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
}
