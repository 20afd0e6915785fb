import { SLOT_COUNT, checkResult, type ResultScan } from './result-check';
import type { ResultsVisitor } from './json-scan';
import type { SarifLimits } from './limits';
import { ResultWalk, type FactRows, type StoredResults } from './result-walk';
import type { RunRules, ScannedFacts } from './scanned-facts';

/** Numbers a ResultScans keeps per result: spans, counts, thread-flow steps, line break. */
const STORED = 3 * SLOT_COUNT + 2;
const EMPTY = Buffer.alloc(0);

/** The thread's WebAssembly walk, made on first use (undefined where there is no WebAssembly). */
let wasmWalk: ResultWalk | null | undefined;

/**
 * Gets this thread's walk ready for a file of `fileBytes` before the file is there (ResultWalk's
 * prepare): for a thread that waits for the file to be read.
 */
export function prepareWalk(fileBytes: number): void {
  if (wasmWalk === undefined) wasmWalk = ResultWalk.create() ?? null;
  wasmWalk?.prepare(fileBytes);
}

/**
 * Hands this thread's walk memory over for reuse, once the files it read are all in: an
 * allocator that carves buffers out of it (fresh ones once it runs out), and the walk is
 * forgotten (the next file gets a new one). For the merged log's text, some 66 MB in a large
 * merge: in new buffers its pages were faulted in while the text was copied (23 of the copy's
 * 33 ms), while the walk's memory, as large, is mapped already and idle. Safe because the walk
 * is only used synchronously, file by file, and nothing points into its memory between files.
 */
export function takeWalkMemory(): (size: number) => Buffer {
  const memory = wasmWalk?.memoryView();
  wasmWalk = undefined;
  let used = 0;
  return (size) => {
    if (!memory || used + size > memory.length) return Buffer.allocUnsafe(size);
    const piece = memory.subarray(used, used + size);
    used = (used + size + 7) & ~7;
    return piece;
  };
}

/**
 * The checks of a file's results, made while json-scan.ts lays the file out (one pass over the
 * bytes for both), kept until the records are made: what each vouched-for result's check saw.
 * The check is result-walk.ts's (WebAssembly) where it can run, else result-check.ts's
 * checkResult; both give the same answer.
 */
export class ResultScans {
  private starts: number[] = [];
  private store = new Int32Array(1024 * STORED);
  private next = 0;
  private buf: Buffer = EMPTY;
  private ascii = true;
  private walk: ResultWalk | undefined;
  /** What take() hands out (read before the next take). */
  private readonly spans = new Int32Array(2 * SLOT_COUNT);
  private readonly counts = new Int32Array(SLOT_COUNT);
  /** With the WebAssembly walk: the arrays it stored, and per result (as `starts`) which array and which of its records. */
  private stored: StoredResults[] = [];
  private refs: number[] = [];
  /** Per stored array, the rows of facts factsAll read (made when first asked for). */
  private rows: FactRows[] = [];

  /** Starts over on a file; `useWasm` false keeps to the JavaScript check (tests compare the two). */
  reset(buf: Buffer, ascii: boolean, useWasm = true): void {
    this.starts = [];
    this.refs = [];
    this.stored = [];
    this.rows = [];
    this.next = 0;
    this.buf = buf;
    this.ascii = ascii;
    if (wasmWalk === undefined) wasmWalk = ResultWalk.create() ?? null;
    this.walk = useWasm ? (wasmWalk ?? undefined) : undefined;
    this.walk?.load(buf, ascii);
  }

  /**
   * The hooks for json-scan.ts's scanSarifLayout: with the WebAssembly walk, whole results arrays
   * at once (visitResults); else each result (visitResult).
   */
  hooks(): { visitResult?: (start: number) => number; visitResults?: ResultsVisitor } {
    if (!this.walk) return { visitResult: (start) => this.visit(start) };
    const walk = this.walk;
    return {
      visitResults: (open) => {
        const laid = walk.checkResults(open);
        if (!laid) return undefined;
        const array = this.stored.length;
        this.stored.push(laid.stored);
        for (let k = 0; k < laid.stored.count; k++) {
          this.starts.push(laid.spans[2 * k]!);
          this.refs.push(array, k);
        }
        return laid;
      },
    };
  }

  /** Checks the result whose `{` is at `start` (json-scan.ts's visitResult): the offset after it when vouched for, else -1. */
  visit(start: number): number {
    let end: number;
    let scan: ResultScan | undefined;
    if (this.walk) {
      end = this.walk.check(start);
      if (end < 0) return -1;
    } else {
      scan = checkResult(this.buf, start, this.buf.length, this.ascii, true);
      if (!scan) return -1;
      end = scan.end;
    }
    const k = this.starts.length;
    if ((k + 1) * STORED > this.store.length) {
      const grown = new Int32Array(this.store.length * 2);
      grown.set(this.store);
      this.store = grown;
    }
    const o = k * STORED;
    if (scan) {
      this.store.set(scan.spans, o);
      this.store.set(scan.counts, o + 2 * SLOT_COUNT);
      this.store[o + 3 * SLOT_COUNT] = scan.threadFlowLocations;
      this.store[o + 3 * SLOT_COUNT + 1] = scan.lineBreak ? 1 : 0;
    } else {
      this.walk!.capturedInto(this.store, o, SLOT_COUNT);
    }
    this.starts.push(start);
    return end;
  }

  /** What the check of the result at `start` saw, or undefined when it did not vouch (results are asked for in file order). */
  take(start: number): ResultScan | undefined {
    while (this.next < this.starts.length && this.starts[this.next]! < start) this.next++;
    if (this.next >= this.starts.length || this.starts[this.next] !== start) return undefined;
    if (this.walk && this.refs.length > 0) {
      const saw = this.walk.storedScan(this.stored[this.refs[2 * this.next]!]!, this.refs[2 * this.next + 1]!, this.spans, this.counts);
      return saw && { spans: this.spans, counts: this.counts, threadFlowLocations: saw.steps, end: -1, lineBreak: saw.lineBreak };
    }
    const o = this.next * STORED;
    this.spans.set(this.store.subarray(o, o + 2 * SLOT_COUNT));
    this.counts.set(this.store.subarray(o + 2 * SLOT_COUNT, o + 3 * SLOT_COUNT));
    return { spans: this.spans, counts: this.counts, threadFlowLocations: this.store[o + 3 * SLOT_COUNT]!, end: -1, lineBreak: this.store[o + 3 * SLOT_COUNT + 1] === 1 };
  }

  /**
   * With the WebAssembly walk, the result at `start` when ingestion takes it as it is, its facts
   * read into `out` (result-walk.ts's rowFacts: the facts of a whole array are read at once, when
   * the first of its results is asked for): 1 when it was pretty-printed, 0 when not, -1 when the
   * caller must look at it itself (take()). A number, not an object: this runs for nearly every
   * result. Results are asked for in file order.
   */
  quickFacts(start: number, rules: RunRules, out: ScannedFacts, noArtifacts: boolean, limits: SarifLimits | undefined): number {
    if (!this.walk || this.refs.length === 0) return -1;
    while (this.next < this.starts.length && this.starts[this.next]! < start) this.next++;
    if (this.next >= this.starts.length || this.starts[this.next] !== start) return -1;
    const array = this.refs[2 * this.next]!;
    const rows = (this.rows[array] ??= this.walk.factsAll(this.stored[array]!));
    return this.walk.rowFacts(rows, this.refs[2 * this.next + 1]!, rules, this.buf, out, noArtifacts, limits);
  }

  /**
   * checkLog (result-check.ts) on the log's skeleton `bytes`, by the WebAssembly walk when this
   * file is read with it; undefined when it is not (the caller runs the JavaScript check).
   */
  checkLog(bytes: Buffer): boolean | undefined {
    return this.walk?.checkLog(bytes, this.ascii);
  }

  /** Lets go of the file (and of the walk: reset() takes the thread's walk again, which takeWalkMemory may have replaced). */
  done(): void {
    this.walk = undefined;
    this.buf = EMPTY;
    this.starts = [];
    this.refs = [];
    this.stored = [];
    this.rows = [];
  }
}
