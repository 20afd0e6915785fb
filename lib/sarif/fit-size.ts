import * as os from 'node:os';
import { GZIP_LEVEL, GZIP_OVERHEAD, deflateChunk, runLimited } from './chunked-gzip';

/**
 * GitHub refuses an upload over 10 MB gzipped (413). This cuts the merged log to fit by dropping
 * its least severe results, measuring the gzipped size exactly:
 *
 * - a quick pass at deflate level 1 (FAST_LEVEL): when the log fits even so, that gzip is the
 *   answer (exact, and what `--gzip-output` writes; an uploader's level 6 only comes out smaller);
 *
 * - the log is laid out as glue (everything but results) and, per run, the text of its results,
 *   most severe first, with where each result starts;
 * - each run's pieces are deflated in chunks (chunked-gzip.ts), most severe chunks first across
 *   all runs, and dispatching stops once what is compressed already exceeds the limit, since
 *   the chunks not yet compressed would be dropped anyway;
 * - the largest prefix in severity order (across runs) whose size, estimated from the chunk
 *   sizes, fits is chosen, and its exact size computed by deflating only the partial chunk at
 *   each run's cut; if the estimate was a little short, a few more results go and it is checked
 *   again.
 *
 * The deflated pieces returned are exactly what was measured, so what is uploaded is what was
 * checked; they become a gzip (assembleGzip: header, CRC-32, length) only when someone wants the
 * gzip's bytes, since the CRC over the whole text is a pass of its own.
 */

export interface SizedRun {
  /** The run's results, most severe first, as they are written: each with the separator before it. */
  text: Buffer;
  /** Where each result starts in `text` (its separator included); one more entry: text.length. */
  offsets: ArrayLike<number>;
  /** Each result's rank (higher is more severe), same order, non-increasing. */
  ranks: ArrayLike<number>;
  /**
   * Writes results [from, to) into `text`, when it is not filled yet: each chunk is filled just
   * before it is compressed, so filling overlaps compressing.
   */
  fill?: (from: number, to: number) => void;
}

export interface SizeFitInput {
  /** Text around the runs' results: glue[0], results of run 0, glue[1], …, glue[runs.length]. */
  glue: readonly Buffer[];
  runs: readonly SizedRun[];
  limitBytes: number;
  /** Uncompressed bytes per chunk (the granularity of the first pass); default 2 MiB. */
  chunkBytes?: number;
  concurrency?: number;
}

export interface SizeFit {
  /** Results kept per run (a prefix of each run's pieces). */
  keep: number[];
  /** The deflate stream of what was kept, in pieces (assembleGzip makes them a gzip). */
  deflated: Buffer[];
  /** Size of that gzip. */
  gzipBytes: number;
  /** Uncompressed size of what was kept. */
  rawBytes: number;
  /** False when even the log without any results is over the limit. */
  fits: boolean;
  /** The deflate level of `gzip`: FAST_LEVEL when the log fit at it, else GZIP_LEVEL. */
  level: number;
}

interface Chunk {
  run: number;
  /** Results [from, to) of the run. */
  from: number;
  to: number;
  raw: number;
  /** Its deflated form, once compressed. */
  deflated?: Buffer;
  /** Its text is in the run's `text` (SizedRun.fill). */
  filled?: boolean;
}

function fillChunk(run: SizedRun, chunk: Chunk): void {
  if (chunk.filled) return;
  run.fill?.(chunk.from, chunk.to);
  chunk.filled = true;
}

/** The run's text of results [from, to). */
function textOf(run: SizedRun, from: number, to: number): Buffer {
  return run.text.subarray(run.offsets[from]!, run.offsets[to]!);
}

/** The last `max` bytes of the run's text before result `index` (what a chunk starting there is primed with). */
function textBefore(run: SizedRun, index: number, max = 32 * 1024): Buffer | undefined {
  const end = run.offsets[index]!;
  return end === 0 ? undefined : run.text.subarray(Math.max(0, end - max), end);
}

/** Compresses a chunk. */
async function deflateWhole(run: SizedRun, chunk: Chunk, level: number): Promise<Buffer> {
  fillChunk(run, chunk);
  chunk.deflated = await deflateChunk(textOf(run, chunk.from, chunk.to), textBefore(run, chunk.from), level);
  return chunk.deflated;
}

/**
 * Deflate level of the first pass. A log that fits at this level is done after it, at a third of
 * the CPU of level 6; only a log that does not fit is compressed at GZIP_LEVEL, which packs some
 * 15 % more results into the limit.
 */
export const FAST_LEVEL = 1;

/** Compresses the chunks most severe first at `level`; stops dispatching once over the limit. Returns the size. */
async function compressInOrder(runs: readonly SizedRun[], order: readonly Chunk[], startBytes: number, limitBytes: number, level: number, concurrency: number): Promise<number> {
  let compressed = startBytes;
  await runLimited(
    order.map((chunk) => async () => {
      // Read `compressed` after the await: `x += await y` would add to a stale x.
      const deflated = await deflateWhole(runs[chunk.run]!, chunk, level);
      compressed += deflated.length;
    }),
    concurrency,
    () => compressed > limitBytes,
  );
  return compressed;
}

export async function fitGzipSize(input: SizeFitInput): Promise<SizeFit> {
  // 2 MiB: each chunk is primed with the 32 KB before it and set up on the main thread, which
  // at 512 KiB made compressing 66 MB at level 1 take 190 ms on 2 cores instead of 140 (the
  // gzip is 0.1 % larger); a cut inside a chunk deflates at most that much again.
  const chunkBytes = input.chunkBytes ?? 2 * 1024 * 1024;
  // Some more jobs than CPUs in flight (libuv runs 4 at once), so none waits while the next chunk is filled.
  const concurrency = input.concurrency ?? Math.max(4, os.availableParallelism());
  const { runs, glue, limitBytes } = input;

  // Chunks of each run, at result boundaries.
  const counts = runs.map((run) => run.offsets.length - 1);
  const chunks: Chunk[][] = runs.map((run, r) => {
    const list: Chunk[] = [];
    let from = 0;
    for (let i = 0; i < counts[r]!; i++) {
      const raw = run.offsets[i + 1]! - run.offsets[from]!;
      if (raw >= chunkBytes || i === counts[r]! - 1) {
        list.push({ run: r, from, to: i + 1, raw });
        from = i + 1;
      }
    }
    return list;
  });

  // Most severe chunks first, whichever run they belong to.
  const order = chunks.flat().sort((a, b) => runs[b.run]!.ranks[b.from]! - runs[a.run]!.ranks[a.from]! || a.run - b.run || a.from - b.from);
  const all = counts;
  const everything = () => chunks.every((list) => list.every((c) => c.deflated));
  // A quick pass first: most logs fit, and then this is the whole work.
  const fastGlue = await Promise.all(glue.map((g) => deflateChunk(g, undefined, FAST_LEVEL)));
  const fastGlueBytes = fastGlue.reduce((n, d) => n + d.length, 0) + GZIP_OVERHEAD;
  if ((await compressInOrder(runs, order, fastGlueBytes, limitBytes, FAST_LEVEL, concurrency)) <= limitBytes && everything()) {
    return { ...assemble(input, fastGlue, chunks, all, new Map()), level: FAST_LEVEL };
  }
  for (const chunk of order) chunk.deflated = undefined;
  // Whatever the quick pass did not get to is filled now: the cut may keep it.
  for (const chunk of order) fillChunk(runs[chunk.run]!, chunk);

  const glueDeflated = await Promise.all(glue.map((g) => deflateChunk(g, undefined)));
  const glueBytes = glueDeflated.reduce((n, d) => n + d.length, 0) + GZIP_OVERHEAD;
  const compressed = await compressInOrder(runs, order, glueBytes, limitBytes, GZIP_LEVEL, concurrency);
  if (everything() && compressed <= limitBytes) return assemble(input, glueDeflated, chunks, all, new Map());

  // Results in severity order across runs: position → run.
  const total = all.reduce((a, b) => a + b, 0);
  const sequence = new Uint32Array(total);
  {
    const next = runs.map(() => 0);
    for (let p = 0; p < total; p++) {
      let best = -1;
      for (let r = 0; r < runs.length; r++) {
        if (next[r]! >= all[r]!) continue;
        if (best === -1 || runs[r]!.ranks[next[r]!]! > runs[best]!.ranks[next[best]!]!) best = r;
      }
      sequence[p] = best;
      next[best]!++;
    }
  }
  const keepFor = (k: number): number[] => {
    const keep = runs.map(() => 0);
    for (let p = 0; p < k; p++) keep[sequence[p]!]!++;
    return keep;
  };

  // Average compression of what was compressed, for chunks that were not.
  let rawDone = 0;
  let deflatedDone = 0;
  for (const list of chunks) for (const c of list) if (c.deflated) {
    rawDone += c.raw;
    deflatedDone += c.deflated.length;
  }
  const ratio = rawDone > 0 ? deflatedDone / rawDone : 1;

  const offsets = runs.map((run) => run.offsets);
  const estimate = (keep: number[]): number => {
    let size = glueBytes;
    keep.forEach((k, r) => {
      for (const c of chunks[r]!) {
        if (c.from >= k) break;
        const full = c.deflated ? c.deflated.length : c.raw * ratio;
        size += c.to <= k ? full : (full * (offsets[r]![k]! - offsets[r]![c.from]!)) / c.raw;
      }
    });
    return size;
  };

  // Largest prefix whose estimate fits.
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimate(keepFor(mid)) <= limitBytes) lo = mid;
    else hi = mid - 1;
  }
  let k = lo;
  for (let attempt = 0; attempt < 20; attempt++) {
    const keep = keepFor(k);
    const partials = await deflateKept(runs, chunks, keep, concurrency);
    const fit = assemble(input, glueDeflated, chunks, keep, partials);
    if (fit.gzipBytes <= limitBytes || k === 0) return { ...fit, fits: fit.gzipBytes <= limitBytes };
    // A little over: drop about as many more results as the excess takes, at least one.
    const perResult = fit.gzipBytes / Math.max(1, k);
    k = Math.max(0, k - Math.max(1, Math.ceil((fit.gzipBytes - limitBytes) / perResult)));
  }
  const keep = runs.map(() => 0);
  const fit = assemble(input, glueDeflated, chunks, keep, new Map());
  return { ...fit, fits: fit.gzipBytes <= limitBytes };
}

/**
 * Deflates what the cut needs and the first pass did not do: whole chunks below the cut it
 * stopped before, and the part of the chunk each run's cut falls in (returned, keyed by run).
 */
async function deflateKept(runs: readonly SizedRun[], chunks: Chunk[][], keep: number[], concurrency: number): Promise<Map<number, Partial>> {
  const out = new Map<number, Partial>();
  const jobs: Array<() => Promise<void>> = [];
  keep.forEach((k, r) => {
    const run = runs[r]!;
    for (const chunk of chunks[r]!) {
      if (chunk.from >= k) break;
      if (chunk.to <= k) {
        if (!chunk.deflated) jobs.push(async () => void (await deflateWhole(run, chunk, GZIP_LEVEL)));
      } else {
        jobs.push(async () => {
          out.set(r, { deflated: await deflateChunk(textOf(run, chunk.from, k), textBefore(run, chunk.from)) });
        });
      }
    }
  });
  await runLimited(jobs, concurrency);
  return out;
}

/** The compressed part of a chunk a cut falls in. */
interface Partial {
  deflated: Buffer;
}

function assemble(input: SizeFitInput, glueDeflated: Buffer[], chunks: Chunk[][], keep: number[], partials: Map<number, Partial>): SizeFit {
  const deflated: Buffer[] = [glueDeflated[0]!];
  let rawBytes = input.glue[0]!.length;
  keep.forEach((k, r) => {
    for (const c of chunks[r]!) {
      if (c.from >= k) break;
      deflated.push(c.to <= k ? c.deflated! : partials.get(r)!.deflated);
    }
    rawBytes += textOf(input.runs[r]!, 0, k).length;
    deflated.push(glueDeflated[r + 1]!);
    rawBytes += input.glue[r + 1]!.length;
  });
  const gzipBytes = deflated.reduce((n, d) => n + d.length, GZIP_OVERHEAD);
  return { keep, deflated, gzipBytes, rawBytes, fits: true, level: GZIP_LEVEL };
}
