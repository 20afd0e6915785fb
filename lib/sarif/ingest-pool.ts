import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../errors';
import { ingestBuffer, unreadable, type IngestOptions, type IngestOutcome } from './ingest';
import { unpackOutcome, type PackedOutcome } from './ingest-transfer';
import type { IngestRequest } from './ingest-worker';

/**
 * Ingests several SARIF files at once: the main thread and worker threads each take a share
 * (balanced by size), since parsing and schema-checking is nearly all of a large merge's work and
 * one thread does one file at a time. Files are read by the main thread into shared memory, so
 * the bytes a worker parsed are the bytes the merge later writes out, with no copy between
 * threads. Outcomes are handed over in file order whatever order they finish in, so the merge
 * does not depend on timing.
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

/** Reads a file into memory both threads can see. */
async function readShared(file: string): Promise<{ bytes: SharedArrayBuffer; buf: Buffer }> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new SharedArrayBuffer(size);
    const buf = Buffer.from(bytes);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buf, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { bytes, buf: buf.subarray(0, read) };
  } finally {
    await handle.close();
  }
}

/** Files split into `lanes` shares of about equal size (largest first, each to the lightest share). */
function balance(sizes: readonly number[], lanes: number): number[][] {
  const shares = Array.from({ length: lanes }, () => ({ bytes: 0, files: [] as number[] }));
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  for (const i of order) {
    const lightest = shares.reduce((best, s) => (s.bytes < best.bytes ? s : best));
    lightest.files.push(i);
    lightest.bytes += sizes[i]!;
  }
  return shares.map((s) => s.files.sort((a, b) => a - b));
}

class WorkerLane {
  private readonly pending = new Map<number, { resolve: (o: PackedOutcome) => void; reject: (e: Error) => void }>();
  private failed: Error | undefined;
  /** It ingested at least one file (it started and answered). */
  worked = false;

  constructor(readonly worker: Worker) {
    worker.on('message', (message: { id: number; outcome?: PackedOutcome; error?: string }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      this.worked = true;
      if (message.outcome) waiting.resolve(message.outcome);
      else waiting.reject(new Error(message.error ?? 'the worker gave no outcome'));
    });
    const fail = (err: Error) => {
      this.failed = err;
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.pending.size > 0) fail(new Error(`the worker thread exited (${code})`));
    });
  }

  ingest(request: IngestRequest): Promise<PackedOutcome> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }
}

/**
 * Ingests `files` and calls `onOutcome` for each, in file order. `onOutcome` runs on the main
 * thread (between its own files), so it may add to a merge. Resolves with the number of worker
 * threads that took part.
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
  const wanted = parallel.workers ?? Math.min(3, os.availableParallelism() - 1);
  const launch = wanted > 0 && files.length > 1 && total >= (parallel.minBytesForWorkers ?? DEFAULT_MIN_BYTES) ? workerLauncher() : undefined;
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
  const onMain = async (index: number) => {
    const file = files[index]!;
    let buf: Buffer;
    try {
      buf = await fs.promises.readFile(file.path);
    } catch (err) {
      commit(index, { ok: false, problems: [unreadable(file.name, err)] });
      return;
    }
    commit(index, ingestBuffer(buf, file.name, options));
  };

  if (workerCount === 0) {
    for (let i = 0; i < files.length; i++) await onMain(i);
    return 0;
  }

  // With one worker the main thread takes a share too; with more, it only receives and merges
  // (which costs it enough, and the workers collect their garbage on their own heaps).
  const shares = workerCount === 1 ? balance(sizes, 2) : [[], ...balance(sizes, workerCount)];
  const lanes = shares.slice(1).map(() => new WorkerLane(launch!()));
  try {
    // Workers get their files first (read and posted before the main thread starts parsing,
    // which keeps it from reading anything else for a while).
    const workerJobs = await Promise.all(
      lanes.map(async (lane, l) =>
        Promise.all(
          shares[l + 1]!.map(async (index) => {
            const file = files[index]!;
            let shared: { bytes: SharedArrayBuffer; buf: Buffer };
            try {
              shared = await readShared(file.path);
            } catch (err) {
              return { index, outcome: Promise.resolve<IngestOutcome>({ ok: false, problems: [unreadable(file.name, err)] }) };
            }
            const outcome = lane
              .ingest({ id: index, bytes: shared.bytes, length: shared.buf.length, name: file.name, options })
              .then((packed) => unpackOutcome(packed, shared.buf))
              // A worker that fails (it could not start, or crashed) leaves its files to the main thread.
              .catch(() => ingestBuffer(shared.buf, file.name, options));
            return { index, outcome };
          }),
        ),
      ),
    );
    const settled = workerJobs.flat().map(({ index, outcome }) => outcome.then((o) => commit(index, o)));
    for (const index of shares[0]!) {
      await onMain(index);
      // Let finished workers' outcomes in between the main thread's files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(settled);
    return lanes.filter((lane) => lane.worked).length;
  } catch (err) {
    throw new Error(`ingesting SARIF files in parallel failed: ${errorMessage(err)}`, { cause: err });
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
}
