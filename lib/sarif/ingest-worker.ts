import { parentPort } from 'node:worker_threads';
import { ingestBuffer, unreadable, type IngestOptions } from './ingest';
import { ColumnSink, packOutcome, type PackedOutcome } from './ingest-transfer';
import { FileQueue } from './file-queue';
import { prepareWalk } from './result-scans';

/**
 * Worker thread of ingest-pool.ts: takes files from the pool's shared queue (a counter every
 * thread takes the next file from, so no thread waits for another to hand it work), reads each,
 * checks it and makes its records, and hands the records (as columns: ingest-transfer.ts) and the
 * file's bytes over to the main thread, without a copy of either (transferred), where the merge
 * writes results out of them.
 */

export interface IngestJob {
  files: ReadonlyArray<{ path: string; name: string; size: number }>;
  /** File indexes in the order they are taken. */
  order: readonly number[];
  /** FileQueue's counter: the position in `order` of the next file to take. */
  next: SharedArrayBuffer;
  /** Threads that take files (the workers, and the main thread when it takes files too). */
  threads: number;
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

/** Ingests one file of the job (its bytes, or why they could not be read) and answers with its outcome. */
function ingestOne(id: number, buf: Buffer | Error, name: string, options: IngestOptions): void {
  if (buf instanceof Error) {
    const message: IngestMessage = { kind: 'done', id, outcome: { ok: false, problems: [unreadable(name, buf)] } };
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

parentPort?.on('message', async (job: IngestJob) => {
  const queue = new FileQueue(job.next, job.order, job.files.map((f) => f.path), job.threads);
  // While its first file is read: the walk's memory for it (ResultWalk.prepare).
  const prepare = job.options.keepObjects ? undefined : (index: number) => prepareWalk(job.files[index]!.size);
  for await (const { index, bytes } of queue.files(prepare)) ingestOne(index, bytes, job.files[index]!.name, job.options);
  parentPort!.postMessage({ kind: 'finished' } satisfies IngestMessage);
});
