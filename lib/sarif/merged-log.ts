import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { assembleGzip } from './chunked-gzip';
import type { MergeSummary } from './merge-summary';
import type { SarifLog, SarifRun } from './types';

/**
 * The merged log as bytes: the glue around the runs' results (glue[0], results of run 0,
 * glue[1], …) and each result's JSON, as the size fit measured them, with the exact gzip of
 * those bytes (made when first asked for: its CRC-32 is a pass over the whole text). Nothing here is a JavaScript object tree of the whole log: writing it copies
 * buffers, most of them spans of the input files.
 */
export class MergedSarif {
  constructor(
    /** Text around the results. */
    private readonly glue: readonly Buffer[],
    /** Per run: its skeleton (results left out) and the text of its results, in output order. */
    readonly runs: ReadonlyArray<{ run: SarifRun; results: Buffer }>,
    /** The deflate stream of exactly these bytes, in pieces, as measured against GitHub's limit. */
    private readonly deflated: readonly Buffer[],
    readonly summary: MergeSummary,
  ) {}

  private gzipped: Buffer | undefined;

  /** The gzip of the log's text (summary.gzipBytes long). */
  get gzip(): Buffer {
    this.gzipped ??= assembleGzip(this.deflated, this.pieces());
    return this.gzipped;
  }

  /** Every buffer of the log's text, in order. */
  *pieces(): Generator<Buffer> {
    yield this.glue[0]!;
    for (let r = 0; r < this.runs.length; r++) {
      yield this.runs[r]!.results;
      yield this.glue[r + 1]!;
    }
  }

  get bytes(): number {
    let n = 0;
    for (const piece of this.pieces()) n += piece.length;
    return n;
  }

  /** The log's text as one buffer. */
  toBuffer(): Buffer {
    return Buffer.concat([...this.pieces()]);
  }

  /** The log as an object (parsed from its text: a copy the caller may change). */
  toLog(): SarifLog {
    return JSON.parse(this.toBuffer().toString('utf8')) as SarifLog;
  }

  /**
   * Writes the log (or, with `gzip`, its gzip) to `file`, through a temporary file renamed into
   * place so a reader never sees half a log; the folder is created.
   */
  async write(file: string, options: { gzip?: boolean } = {}): Promise<void> {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = await fs.open(temporary, 'w');
    try {
      if (options.gzip) await handle.write(this.gzip);
      else await writeAll(handle, this.pieces());
      await handle.close();
      await fs.rename(temporary, file);
    } catch (err) {
      await handle.close().catch(() => {});
      await fs.rm(temporary, { force: true });
      throw err;
    }
  }
}

/** Writes many small buffers through a few large writes. */
async function writeAll(handle: fs.FileHandle, pieces: Iterable<Buffer>): Promise<void> {
  const block = Buffer.allocUnsafe(4 << 20);
  let used = 0;
  for (const piece of pieces) {
    if (piece.length > block.length - used) {
      if (used > 0) await handle.write(block, 0, used);
      used = 0;
      if (piece.length > block.length) {
        await handle.write(piece);
        continue;
      }
    }
    used += piece.copy(block, used);
  }
  if (used > 0) await handle.write(block, 0, used);
}
