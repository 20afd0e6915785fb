import * as zlib from 'node:zlib';

/**
 * Gzip built from independently compressed pieces, the way pigz builds it: each chunk of the
 * text is deflated on its own (on libuv's thread pool, so several at once), primed with the 32 KB
 * of text that precede it so it compresses as if the stream had never been cut, and ended with a
 * sync flush, so the deflated chunks simply concatenate into one deflate stream. The gzip member
 * is that stream between a 10-byte header and the CRC-32 and length of the whole text.
 *
 * Why: the compressed size of any prefix of a chunk sequence is then a sum, known exactly without
 * compressing again. That is what lets the merge cut results to GitHub's 10 MB gzipped limit
 * with one compression pass (fit-size.ts), and the bytes it measured are the bytes uploaded.
 */

/** Deflate level: zlib's default, as `gzip` and codeql-action use. */
export const GZIP_LEVEL = 6;

/** Deflate looks back at most 32 KB; more dictionary would be ignored. */
const WINDOW = 32 * 1024;

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
/** An empty final block (fixed Huffman, BFINAL set): ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** Bytes a gzip member adds around its deflate stream: header, final block, CRC-32 and length. */
export const GZIP_OVERHEAD = HEADER.length + FINAL_BLOCK.length + 8;

/** Deflates `data` as a chunk of a longer stream whose preceding text ends with `before`. */
export function deflateChunk(data: Buffer, before: Buffer | undefined, level = GZIP_LEVEL): Promise<Buffer> {
  const dictionary = before && before.length > 0 ? before.subarray(Math.max(0, before.length - WINDOW)) : undefined;
  return new Promise((resolve, reject) => {
    // One output buffer for the whole chunk: zlib's default 16 KB would call back into
    // JavaScript once per 16 KB, which for a large log costs more than it should.
    const chunkSize = Math.max(64 * 1024, Math.min(8 << 20, data.length + 1024));
    zlib.deflateRaw(data, { level, chunkSize, finishFlush: zlib.constants.Z_SYNC_FLUSH, ...(dictionary ? { dictionary } : {}) }, (err, out) => (err ? reject(err) : resolve(out)));
  });
}

/** Runs async jobs with at most `limit` at a time, in order of the list; `stop()` true ends dispatching. */
export async function runLimited<T>(jobs: ReadonlyArray<() => Promise<T>>, limit: number, stop: () => boolean = () => false): Promise<Array<T | undefined>> {
  const results: Array<T | undefined> = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length && !stop()) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return results;
}

/** One gzip member from deflated chunks (each from deflateChunk, in text order) and the text they hold (for the CRC-32 and length). */
export function assembleGzip(deflated: readonly Buffer[], text: Iterable<Buffer>): Buffer {
  let crc = 0;
  let length = 0;
  for (const piece of text) {
    crc = zlib.crc32(piece, crc);
    length += piece.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return Buffer.concat([HEADER, ...deflated, FINAL_BLOCK, trailer]);
}
