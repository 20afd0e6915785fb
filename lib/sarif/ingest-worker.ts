import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ingestBuffer, unreadable, type IngestOptions } from './ingest';
import { ColumnSink, packOutcome, type PackedOutcome } from './ingest-transfer';

/**
 * Worker thread of ingest-pool.ts: reads a SARIF file, checks it and makes its records, and
 * hands the records (as columns: ingest-transfer.ts) and the file's bytes over to the main
 * thread, without a copy of either (transferred), where the merge writes results out of them.
 */

export interface IngestRequest {
  id: number;
  path: string;
  name: string;
  options: IngestOptions;
}

export interface IngestResponse {
  id: number;
  /** The file's bytes, when they could be read: handed over (transferred), not copied. */
  bytes?: ArrayBuffer;
  length?: number;
  outcome?: PackedOutcome;
  /** The worker failed on this file: the main thread ingests it itself. */
  error?: string;
}

/** Reads a file into a buffer of its own (not the pool's, so it can be handed to another thread). */
export function readWhole(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

parentPort?.on('message', (request: IngestRequest) => {
  let buf: Buffer;
  try {
    buf = readWhole(request.path);
  } catch (err) {
    const response: IngestResponse = { id: request.id, outcome: { ok: false, problems: [unreadable(request.name, err)] } };
    parentPort!.postMessage(response);
    return;
  }
  // The bytes go to the main thread with the outcome (the merge writes results out of them).
  const bytes = buf.buffer as ArrayBuffer;
  try {
    const { packed, transfer } = packOutcome(ingestBuffer(buf, request.name, { ...request.options, recordSink: () => new ColumnSink() }));
    const response: IngestResponse = { id: request.id, bytes, length: buf.length, outcome: packed };
    parentPort!.postMessage(response, [bytes, ...transfer]);
  } catch (err) {
    const response: IngestResponse = { id: request.id, bytes, length: buf.length, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
    parentPort!.postMessage(response, [bytes]);
  }
});
