import { parentPort } from 'node:worker_threads';
import { ingestBuffer, unreadable, type IngestOptions } from './ingest';
import { ColumnSink, packOutcome, type PackedOutcome } from './ingest-transfer';
import { readWholeFile } from './whole-file';

/**
 * Worker thread of ingest-pool.ts: takes files from the pool's shared queue (a counter every
 * thread takes the next file from, so no thread waits for another to hand it work), reads each,
 * checks it and makes its records, and hands the records (as columns: ingest-transfer.ts) and the
 * file's bytes over to the main thread, without a copy of either (transferred), where the merge
 * writes results out of them.
 */

export interface IngestJob {
  files: ReadonlyArray<{ path: string; name: string }>;
  /** File indexes in the order they are taken. */
  order: readonly number[];
  /** Int32Array over a SharedArrayBuffer: [0] is the position in `order` of the next file to take. */
  next: SharedArrayBuffer;
  options: IngestOptions;
}

export type IngestMessage =
  | ({ kind: 'done' } & IngestResponse)
  /** No files left. */
  | { kind: 'finished' };

export interface IngestResponse {
  id: number;
  /** The file's bytes, when they could be read: handed over (transferred), not copied. */
  bytes?: ArrayBuffer;
  length?: number;
  outcome?: PackedOutcome;
  /** The worker failed on this file: the main thread ingests it itself. */
  error?: string;
}

/** Ingests one file of the job and answers with its outcome. */
function ingestOne(id: number, path: string, name: string, options: IngestOptions): void {
  let buf: Buffer;
  try {
    buf = readWholeFile(path);
  } catch (err) {
    const message: IngestMessage = { kind: 'done', id, outcome: { ok: false, problems: [unreadable(name, err)] } };
    parentPort!.postMessage(message);
    return;
  }
  // The bytes go to the main thread with the outcome (the merge writes results out of them).
  const bytes = buf.buffer as ArrayBuffer;
  try {
    const { packed, transfer } = packOutcome(ingestBuffer(buf, name, { ...options, recordSink: () => new ColumnSink() }));
    const message: IngestMessage = { kind: 'done', id, bytes, length: buf.length, outcome: packed };
    parentPort!.postMessage(message, [bytes, ...transfer]);
  } catch (err) {
    const message: IngestMessage = { kind: 'done', id, bytes, length: buf.length, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
    parentPort!.postMessage(message, [bytes]);
  }
}

parentPort?.on('message', (job: IngestJob) => {
  const next = new Int32Array(job.next);
  for (let at = Atomics.add(next, 0, 1); at < job.order.length; at = Atomics.add(next, 0, 1)) {
    const id = job.order[at]!;
    ingestOne(id, job.files[id]!.path, job.files[id]!.name, job.options);
  }
  parentPort!.postMessage({ kind: 'finished' } satisfies IngestMessage);
});
