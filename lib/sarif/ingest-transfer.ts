import type { IngestedFile, IngestedRun, IngestOutcome, RecordSink } from './ingest';
import { ruleLookup, type ResultRecord } from './result-record';
import { SMALL_HASH, type ScannedFacts } from './scanned-facts';
import type { SarifResultLevel } from './types';
import type { Severity } from '../severity';

/**
 * An ingested file as a worker thread sends it to the main thread. Records become columns
 * (numbers in one Float64Array, repeated strings as indexes into a table, dedupe keys as UTF-8 in
 * one buffer), whose buffers move to the main thread without a copy; the file's bytes are not
 * sent at all: the worker read them into shared memory, which the main thread sees too.
 */

const LEVELS: SarifResultLevel[] = ['error', 'warning', 'note', 'none'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'note'];
/** Positions in LEVELS and SEVERITIES, looked up per record (indexOf compared strings). */
const LEVEL_INDEX = Object.fromEntries(LEVELS.map((l, i) => [l, i])) as Record<SarifResultLevel, number>;
const SEVERITY_INDEX = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;
/** Numbers per record in `numbers`. */
const WIDTH = 10;

/** Distinct strings and, per record, which one (-1 for undefined). */
interface StringColumn {
  table: string[];
  index: Int32Array;
}

export interface PackedRun {
  run: IngestedRun['run'];
  numbers: Float64Array;
  ruleIds: StringColumn;
  sourceUris: StringColumn;
  /** Dedupe keys, UTF-8, one after another; record i's is keys[keyOffsets[i], keyOffsets[i + 1]). */
  keys: Uint8Array;
  keyOffsets: Uint32Array;
  /** Replacement JSON of results that changed, by record position. */
  texts: Array<[number, string]>;
}

export type PackedOutcome =
  | { ok: true; file: Omit<IngestedFile, 'runs'> & { runs: PackedRun[] } }
  | { ok: false; problems: Extract<IngestOutcome, { ok: false }>['problems'] };

function fromColumn(column: StringColumn, i: number): string | undefined {
  const at = column.index[i]!;
  return at < 0 ? undefined : column.table[at];
}

/**
 * Records written to columns as they are made (IngestOptions.recordSink), so a worker holds no
 * object per result: what it keeps of 50,000 results is a few typed arrays.
 */
export class ColumnSink implements RecordSink {
  private numbers = new Float64Array(1024 * WIDTH);
  private keys: Buffer = Buffer.allocUnsafeSlow(4 << 20);
  private keyOffsets = new Uint32Array(1025);
  private keyBytes = 0;
  private readonly ruleIds = new StringTable();
  private readonly sourceUris = new StringTable();
  private readonly texts: Array<[number, string]> = [];
  /**
   * Keys taken where they were made, not copied yet: source[pendingFrom, pendingTo) belongs at
   * keys[pendingAt…). Consecutive results' keys lie one after another in the walk's memory, so
   * a run's keys take a few copies instead of one per result (a tenth of the time on the results).
   */
  private pending: Buffer | undefined;
  private pendingFrom = 0;
  private pendingTo = 0;
  private pendingAt = 0;

  length = 0;

  /**
   * Room for `results` more records, made at once: growing by doubling copied the columns and
   * touched fresh pages again and again (11 ms of a 50,000-result file). Keys get 256 bytes each;
   * what is not written is never touched, so it costs no memory.
   */
  reserve(results: number): void {
    const rows = this.length + results;
    if (rows * WIDTH > this.numbers.length) this.resize(rows);
    if (this.keyBytes + results * 256 > this.keys.length) this.growKeys(results * 256);
    this.ruleIds.reserve(rows);
    this.sourceUris.reserve(rows);
  }

  push(r: ResultRecord): void {
    const i = this.length;
    this.grow(i);
    writeRow(this.numbers, i, r.start, r.end, r.seq, r.pretty, r);
    if (r.text !== undefined) this.texts.push([i, r.text]);
    this.ruleIds.add(r.ruleId);
    this.sourceUris.add(r.sourceUri);
    this.keyOffsets[i] = this.keyBytes;
    if (r.dedupeKey !== undefined) {
      // Keys are ASCII-sized mostly; make room for the worst case of UTF-8.
      const most = r.dedupeKey.length * 3;
      if (this.keyBytes + most > this.keys.length) this.growKeys(most);
      this.keyBytes += this.keys.write(r.dedupeKey, this.keyBytes, 'utf8');
    }
    this.length = i + 1;
    this.keyOffsets[this.length] = this.keyBytes;
  }

  /** Points the next scanned key at the end of the key column (pushFacts then takes it as written there). */
  keyTarget(facts: ScannedFacts): void {
    facts.writeKeyAt(this.keys, this.keyBytes);
  }

  /**
   * A record straight from facts read off the file's bytes (scanned-facts.ts): the same columns
   * push() writes for the record resultFacts() would make, with no object or string in between.
   */
  pushFacts(f: ScannedFacts, buf: Buffer, start: number, end: number, pretty: boolean, seq: number): void {
    const i = this.length;
    this.grow(i);
    writeRow(this.numbers, i, start, end, seq, pretty, f);
    if (f.ruleIdStart >= 0) this.ruleIds.addBytes(buf, f.ruleIdStart, f.ruleIdEnd, f.ruleIdHash);
    else this.ruleIds.add(f.ruleIdText);
    if (f.sourceUriStart >= 0) this.sourceUris.addBytes(buf, f.sourceUriStart, f.sourceUriEnd, f.sourceUriHash);
    else this.sourceUris.add(undefined);
    this.keyOffsets[i] = this.keyBytes;
    const source = f.keySource;
    if (source) {
      // The key is still where it was made (setKey): copied with its neighbours' (flushKeys).
      const length = f.keyLength - f.keyStart;
      if (this.keyBytes + length > this.keys.length) this.growKeys(length);
      if (source === this.pending && f.keySourceStart === this.pendingTo && this.pendingAt + (this.pendingTo - this.pendingFrom) === this.keyBytes) {
        this.pendingTo += length;
      } else {
        this.flushKeys();
        this.pending = source;
        this.pendingFrom = f.keySourceStart;
        this.pendingTo = f.keySourceStart + length;
        this.pendingAt = this.keyBytes;
      }
      this.keyBytes += length;
    } else {
      // The key was written at the end of the key column (keyTarget); it may have moved it to a larger buffer.
      this.keys = f.key;
      this.keyBytes = f.keyLength;
    }
    this.length = i + 1;
    this.keyOffsets[this.length] = this.keyBytes;
  }

  /** Copies the pending keys into the key column. */
  private flushKeys(): void {
    const pending = this.pending;
    if (!pending) return;
    // A source that went away (the walk's memory grew) would copy nothing: fail loudly instead.
    if (pending.length < this.pendingTo) throw new Error('internal error: the SARIF walk memory holding dedupe keys changed before they were copied');
    pending.copy(this.keys, this.pendingAt, this.pendingFrom, this.pendingTo);
    this.pending = undefined;
  }

  /** The run's results are all in: keys still in the walk's memory are copied now, before it is reused. */
  end(): void {
    this.flushKeys();
  }

  private grow(i: number): void {
    if ((i + 1) * WIDTH <= this.numbers.length) return;
    this.resize((2 * this.numbers.length) / WIDTH);
  }

  /** Columns for `rows` records (keyOffsets has one entry more: the end of the last key). */
  private resize(rows: number): void {
    const numbers = new Float64Array(rows * WIDTH);
    numbers.set(this.numbers.subarray(0, this.length * WIDTH));
    this.numbers = numbers;
    const offsets = new Uint32Array(rows + 1);
    offsets.set(this.keyOffsets.subarray(0, this.length + 1));
    this.keyOffsets = offsets;
  }

  private growKeys(more: number): void {
    const grown = Buffer.allocUnsafeSlow(Math.max(this.keys.length * 2, this.keyBytes + more));
    this.keys.copy(grown, 0, 0, this.keyBytes);
    this.keys = grown;
  }

  /**
   * The columns, as views of their used part: no copy (a worker transfers the buffers whole, a
   * few MB of unused room included; the main thread reads its own files' columns where they are).
   */
  packed(run: IngestedRun['run']): PackedRun {
    this.flushKeys();
    const n = this.length;
    return {
      run,
      numbers: this.numbers.subarray(0, n * WIDTH),
      ruleIds: this.ruleIds.column(n),
      sourceUris: this.sourceUris.column(n),
      keys: this.keys.subarray(0, this.keyBytes),
      keyOffsets: this.keyOffsets.subarray(0, n + 1),
      texts: this.texts,
    };
  }
}

class StringTable {
  private readonly positions = new Map<string, number>();
  private readonly table: string[] = [];
  /** For addBytes: the last span's hash and the position of its string, by a hash of the bytes. */
  private readonly byHash = new Map<number, number>();
  private index = new Int32Array(1024);
  private length = 0;

  private room(): void {
    if (this.length >= this.index.length) this.reserve(this.index.length * 2);
  }

  /** Room for `rows` entries in all. */
  reserve(rows: number): void {
    if (rows <= this.index.length) return;
    const grown = new Int32Array(rows);
    grown.set(this.index.subarray(0, this.length));
    this.index = grown;
  }

  /**
   * add() for the string whose bytes are buf[start, end) (ASCII, no escapes), whose FNV-1a hash
   * is `h`: most values repeat (a rule id, a file), so they are found by the hash of their bytes
   * and made a string only once.
   */
  addBytes(buf: Buffer, start: number, end: number, h: number): void {
    const at = this.byHash.get(h & SMALL_HASH);
    if (at !== undefined) {
      const known = this.table[at]!;
      if (known.length === end - start) {
        let k = 0;
        while (k < known.length && known.charCodeAt(k) === buf[start + k]) k++;
        if (k === known.length) {
          this.room();
          this.index[this.length++] = at;
          return;
        }
      }
    }
    this.add(buf.toString('latin1', start, end));
    this.byHash.set(h & SMALL_HASH, this.index[this.length - 1]!);
  }

  add(value: string | undefined): void {
    this.room();
    if (value === undefined) {
      this.index[this.length++] = -1;
      return;
    }
    let at = this.positions.get(value);
    if (at === undefined) {
      at = this.table.length;
      this.table.push(value);
      this.positions.set(value, at);
    }
    this.index[this.length++] = at;
  }

  column(n: number): StringColumn {
    return { table: this.table, index: this.index.subarray(0, n) };
  }
}

/** What a row of numbers holds besides the span, order and layout (a record's facts, or ScannedFacts). */
type RowFacts = Pick<ResultRecord, 'score' | 'rank' | 'info' | 'locationCount' | 'threadFlowLocationCount' | 'hasLineHash' | 'fingerprintable' | 'level' | 'severity' | 'keyHash'>;

/** Record i's numbers (WIDTH of them; PackedRecord reads them back). */
function writeRow(numbers: Float64Array, i: number, start: number, end: number, seq: number, pretty: boolean, f: RowFacts): void {
  const o = i * WIDTH;
  numbers[o] = start;
  numbers[o + 1] = end;
  numbers[o + 2] = f.score ?? NaN;
  numbers[o + 3] = f.rank;
  numbers[o + 4] = f.info;
  numbers[o + 5] = seq;
  numbers[o + 6] = f.locationCount;
  numbers[o + 7] = f.threadFlowLocationCount;
  numbers[o + 8] = (pretty ? 1 : 0) | (f.hasLineHash ? 2 : 0) | (f.fingerprintable ? 4 : 0) | (LEVEL_INDEX[f.level] << 3) | (SEVERITY_INDEX[f.severity] << 6);
  numbers[o + 9] = f.keyHash;
}

/** The outcome as columns, and the buffers to hand over with it (postMessage's transfer list). */
export function packOutcome(outcome: IngestOutcome): { packed: PackedOutcome; transfer: ArrayBuffer[] } {
  if (!outcome.ok) return { packed: outcome, transfer: [] };
  const { runs, ...rest } = outcome.ingested;
  const transfer: ArrayBuffer[] = [];
  const packedRuns = runs.map(({ run, records, sink }): PackedRun => {
    let columns: ColumnSink;
    if (sink instanceof ColumnSink) columns = sink;
    else {
      columns = new ColumnSink();
      for (const record of records) columns.push(record);
    }
    const packed = columns.packed(run);
    transfer.push(
      packed.numbers.buffer as ArrayBuffer,
      packed.keyOffsets.buffer as ArrayBuffer,
      packed.keys.buffer as ArrayBuffer,
      packed.ruleIds.index.buffer as ArrayBuffer,
      packed.sourceUris.index.buffer as ArrayBuffer,
    );
    return packed;
  });
  return { packed: { ok: true, file: { ...rest, runs: packedRuns } }, transfer };
}

/** A run's columns on the main thread, which its records read from. */
interface RunColumns {
  buf: Buffer;
  numbers: Float64Array;
  ruleIds: StringColumn;
  sourceUris: StringColumn;
  keyBytes: Buffer;
  keyOffsets: Uint32Array;
}

/**
 * A record read from its run's columns: what never changes after ingestion is read from them
 * when asked for, what the merge changes (its position, text, fingerprint) is its own. A few
 * fields each instead of two dozen, for 200,000 records, keeps the main thread's heap (and its
 * garbage collector's work) small.
 */
class PackedRecord implements ResultRecord {
  text: string | undefined;
  object: ResultRecord['object'] = undefined;
  readonly dedupeKey = undefined;
  source = -1;
  seq: number;
  hasLineHash: boolean;

  constructor(
    private readonly columns: RunColumns,
    private readonly i: number,
    text: string | undefined,
  ) {
    this.text = text;
    this.seq = columns.numbers[i * WIDTH + 5]!;
    this.hasLineHash = (columns.numbers[i * WIDTH + 8]! & 2) !== 0;
  }

  get buf(): Buffer {
    return this.columns.buf;
  }
  get start(): number {
    return this.columns.numbers[this.i * WIDTH]!;
  }
  get end(): number {
    return this.columns.numbers[this.i * WIDTH + 1]!;
  }
  get pretty(): boolean {
    return (this.columns.numbers[this.i * WIDTH + 8]! & 1) !== 0;
  }
  get ruleId(): string {
    return fromColumn(this.columns.ruleIds, this.i)!;
  }
  get level(): SarifResultLevel {
    return LEVELS[(this.columns.numbers[this.i * WIDTH + 8]! >> 3) & 7]!;
  }
  get score(): number | undefined {
    const score = this.columns.numbers[this.i * WIDTH + 2]!;
    return Number.isNaN(score) ? undefined : score;
  }
  get severity(): Severity {
    return SEVERITIES[(this.columns.numbers[this.i * WIDTH + 8]! >> 6) & 7]!;
  }
  get rank(): number {
    return this.columns.numbers[this.i * WIDTH + 3]!;
  }
  get info(): number {
    return this.columns.numbers[this.i * WIDTH + 4]!;
  }
  get keyHash(): number {
    return this.columns.numbers[this.i * WIDTH + 9]!;
  }
  get keyBytes(): Buffer {
    return this.columns.keyBytes;
  }
  get keyStart(): number {
    return this.columns.keyOffsets[this.i]!;
  }
  get keyEnd(): number {
    return this.columns.keyOffsets[this.i + 1]!;
  }
  get fingerprintable(): boolean {
    return (this.columns.numbers[this.i * WIDTH + 8]! & 4) !== 0;
  }
  get locationCount(): number {
    return this.columns.numbers[this.i * WIDTH + 6]!;
  }
  get threadFlowLocationCount(): number {
    return this.columns.numbers[this.i * WIDTH + 7]!;
  }
  get sourceUri(): string | undefined {
    return fromColumn(this.columns.sourceUris, this.i);
  }
}

/**
 * A run's records as its columns hold them, without an object each: what a merge decides on
 * (key hash, how much a result says, its rank and severity) is read off the columns, and a
 * record object is made only for a result the merge keeps (record()).
 */
export class RecordRows {
  private readonly replaced: Map<number, string>;
  readonly count: number;

  constructor(
    private readonly columns: RunColumns,
    texts: ReadonlyArray<[number, string]>,
  ) {
    this.replaced = new Map(texts);
    this.count = columns.keyOffsets.length - 1;
  }

  keyHash(i: number): number {
    return this.columns.numbers[i * WIDTH + 9]!;
  }
  info(i: number): number {
    return this.columns.numbers[i * WIDTH + 4]!;
  }
  rank(i: number): number {
    return this.columns.numbers[i * WIDTH + 3]!;
  }
  severity(i: number): Severity {
    return SEVERITIES[(this.columns.numbers[i * WIDTH + 8]! >> 6) & 7]!;
  }
  /** Row i's dedupe key in full, undefined when it has none. */
  key(i: number): string | undefined {
    if (this.keyHash(i) < 0) return undefined;
    return this.columns.keyBytes.toString('utf8', this.columns.keyOffsets[i]!, this.columns.keyOffsets[i + 1]!);
  }
  /** Row i as a record object (a new one each call). */
  record(i: number): ResultRecord {
    // (Most runs have no replaced text: no lookup per record then.)
    return new PackedRecord(this.columns, i, this.replaced.size > 0 ? this.replaced.get(i) : undefined);
  }
}

/**
 * The outcome back on the main thread, its records reading from the columns and pointing into
 * `buf` (the shared bytes): each run's `rows`, and its `records` as objects when first asked for
 * (a merge takes the rows: SarifMerger.addIngested).
 */
export function unpackOutcome(packed: PackedOutcome, buf: Buffer): IngestOutcome {
  if (!packed.ok) return packed;
  const { runs, ...rest } = packed.file;
  const ingested: IngestedFile = {
    ...rest,
    runs: runs.map(({ run, numbers, ruleIds, sourceUris, keys, keyOffsets, texts }): IngestedRun => {
      const rows = new RecordRows({ buf, numbers, ruleIds, sourceUris, keyBytes: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), keyOffsets }, texts);
      let records: ResultRecord[] | undefined;
      return {
        run,
        lookup: ruleLookup(run),
        rows,
        get records(): ResultRecord[] {
          if (!records) {
            records = new Array(rows.count);
            for (let i = 0; i < rows.count; i++) records[i] = rows.record(i);
          }
          return records;
        },
      };
    }),
  };
  return { ok: true, ingested };
}
