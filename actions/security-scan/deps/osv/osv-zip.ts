import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { isOsvRecord, type OsvRecord } from './osv-record';

/**
 * Reads an OSV export zip: osv.dev publishes one per ecosystem (gs://osv-vulnerabilities/
 * <ecosystem>/all.zip, e.g. npm/all.zip), one `<id>.json` record per entry at the top level.
 * Entries are streamed one at a time, so a large export never sits in memory as a whole; only the
 * parsed records do (and `keep` can drop those the scan does not need).
 */

export interface ReadZipOptions {
  /** Return false to drop a record right after parsing (e.g. an ecosystem no lockfile uses). */
  keep?: (record: OsvRecord) => boolean;
  /** Called for an entry that is not an OSV record; the rest of the zip is still read. */
  onInvalid?: (entry: string, reason: string) => void;
  signal?: AbortSignal;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readOsvZip(zipPath: string, options: ReadZipOptions = {}): Promise<OsvRecord[]> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: true, strictFileNames: false });
  const records: OsvRecord[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      options.signal?.throwIfAborted();
      if (entry.fileName.endsWith('/') || !entry.fileName.toLowerCase().endsWith('.json')) continue;
      const text = (await readAll(await zip.openReadStreamPromise(entry))).toString('utf8');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        options.onInvalid?.(entry.fileName, `not JSON (${(error as Error).message})`);
        continue;
      }
      for (const value of Array.isArray(parsed) ? parsed : [parsed]) {
        if (!isOsvRecord(value)) {
          options.onInvalid?.(entry.fileName, 'not an OSV record (no id)');
          continue;
        }
        if (!options.keep || options.keep(value)) records.push(value);
      }
    }
  } finally {
    zip.close();
  }
  return records;
}
