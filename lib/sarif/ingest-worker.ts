import * as fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ingestBuffer, unreadable, type IngestOptions } from './ingest';
import { ColumnSink, packOutcome, type PackedOutcome } from './ingest-transfer';
import { TRACE } from './merge';

/**
 * Worker thread of ingest-pool.ts: reads a SARIF file into memory shared with the main thread,
 * parses and checks it, and sends back the records (ingest-transfer.ts) with the shared bytes,
 * which the merge later writes out from without a copy.
 */

export interface IngestRequest {
  id: number;
  path: string;
  name: string;
  options: IngestOptions;
}

export interface IngestResponse {
  id: number;
  /** The file's bytes (shared), when it could be read. */
  bytes?: SharedArrayBuffer;
  length?: number;
  outcome?: PackedOutcome;
  /** The worker failed on this file: the main thread ingests it itself. */
  error?: string;
}

/** Reads a file into memory both threads can see. */
export function readShared(file: string): { bytes: SharedArrayBuffer; buf: Buffer } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = new SharedArrayBuffer(size);
    const buf = Buffer.from(bytes);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes, buf: buf.subarray(0, read) };
  } finally {
    fs.closeSync(fd);
  }
}

parentPort?.on('message', (request: IngestRequest) => {
  let shared: { bytes: SharedArrayBuffer; buf: Buffer };
  TRACE(`worker: start ${request.id}`);
  try {
    shared = readShared(request.path);
    TRACE(`worker: read ${request.id}`);
  } catch (err) {
    const response: IngestResponse = { id: request.id, outcome: { ok: false, problems: [unreadable(request.name, err)] } };
    parentPort!.postMessage(response);
    return;
  }
  try {
    const { packed, transfer } = packOutcome(ingestBuffer(shared.buf, request.name, { ...request.options, recordSink: () => new ColumnSink() }));
    const response: IngestResponse = { id: request.id, bytes: shared.bytes, length: shared.buf.length, outcome: packed };
    TRACE(`worker: ingested ${request.id}`);
    parentPort!.postMessage(response, transfer);
  } catch (err) {
    const response: IngestResponse = { id: request.id, bytes: shared.bytes, length: shared.buf.length, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
    parentPort!.postMessage(response);
  }
});
