import { parentPort } from 'node:worker_threads';
import { ingestBuffer, type IngestOptions } from './ingest';
import { packOutcome } from './ingest-transfer';

/**
 * Worker thread of ingest-pool.ts: parses and checks SARIF files the main thread read into
 * shared memory, and sends back the records (ingest-transfer.ts). It never reads a file itself.
 */

export interface IngestRequest {
  id: number;
  bytes: SharedArrayBuffer;
  length: number;
  name: string;
  options: IngestOptions;
}

parentPort?.on('message', (request: IngestRequest) => {
  try {
    const buf = Buffer.from(request.bytes, 0, request.length);
    parentPort!.postMessage({ id: request.id, outcome: packOutcome(ingestBuffer(buf, request.name, request.options)) });
  } catch (err) {
    parentPort!.postMessage({ id: request.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) });
  }
});
