import { isWhitespace } from './json-scan';
import { RESULT_WALK_WASM } from './result-walk-wasm';
import { SLOTS, Walker, logNode, resultNode, type SchemaNode } from './result-check';
import { scoreAt, settleFacts, type RunRules, type ScannedFacts } from './scanned-facts';
import type { SarifResultLevel } from './types';

/**
 * The result check of result-check.ts compiled to WebAssembly (wasm/result-walk.ts, built into
 * result-walk-wasm.ts by scripts/build-wasm.ts): the same walk over a result's bytes (and over a
 * log's skeleton, from the schema's root: checkLog), the same answer, about three times as fast, since a byte loop in WebAssembly has no bounds checks and
 * strings are scanned 16 bytes at a time. The schema goes in as tables, written here from the
 * nodes result-check.ts compiles (so both walks read one schema file); what needs JavaScript
 * (formats, patterns, escaped enum values, numbers that are not plain integers, unique items)
 * is answered by result-check.ts's own Walker, through the module's imports.
 *
 * One instance per thread: its memory holds the tables and the file being read (a copy: the
 * file's own buffer is handed to another thread afterwards, which a WebAssembly memory cannot
 * be). Where WebAssembly is not available (node --jitless), result-check.ts's walk runs instead.
 */

// The layout wasm/result-walk.ts uses (byte offsets).
const STATE_STEPS = 0;
const STATE_LINE_BREAK = 4;
const STATE_COUNT = 8;
/** Bytes of a row of facts (wasm/result-walk.ts's ROW_BYTES; the word offsets below are its fields). */
const ROW_BYTES = 96;
const LEVELS: SarifResultLevel[] = ['error', 'warning', 'note', 'none'];
/** Words a result checkResults stores takes: start, end, vouched, spans, counts, steps, line break. */
const RECORD_WORDS = 3 + 2 * 40 + 40 + 2;
const SPANS = 64;
const COUNTS = SPANS + 2 * 40 * 4;
const TABLES = 4096;
/** Zero bytes after a file: the walk reads a few bytes ahead, and a zero ends anything. */
const PADDING = 64;
/**
 * Records and rows of a file's results per byte of the file, as far as prepare() touches ahead: a
 * stored record is 500 bytes and a row 96 (plus its key), and a result takes 900 bytes of SARIF
 * or more (the bench's CodeQL and Semgrep shapes); fewer, larger results need less.
 */
const RESULT_BYTES_PER_FILE_BYTE = 0.6;

// Node layout (wasm/result-walk.ts's N_* and F_* constants).
const NODE_BYTES = 96;
const PROP_BYTES = 24;
const F_UNSUPPORTED = 1;
const F_COUNTS_STEPS = 2;
const F_STRING_CHECK = 4;
const F_MIN = 8;
const F_MAX = 16;
const F_ENUM_ONLY = 32;
const F_SAFE_ONLY = 64;
const F_ENUM = 128;

/** What is used of the WebAssembly API (the project's TypeScript libraries do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
const wasmApi = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface WalkExports {
  check(start: number, fileEnd: number, root: number): number;
  factsAll(records: number, count: number, rows: number, keys: number, base: number): number;
  checkResults(open: number, fileEnd: number, root: number, records: number, base: number): number;
}

/** Where factsAll put an array's rows (a byte offset in memory). */
export interface FactRows {
  rows: number;
  stored: StoredResults;
}

/** The results of one array as checkResults stored them (word offsets into memory). */
export interface StoredResults {
  /** Word index of the first record. */
  at: number;
  count: number;
}

let compiled: WasmModule | null | undefined;

function walkModule(): WasmModule | undefined {
  if (compiled === undefined) {
    try {
      if (!wasmApi) throw new Error('no WebAssembly');
      compiled = new wasmApi.Module(Buffer.from(RESULT_WALK_WASM, 'base64'));
    } catch {
      compiled = null; // no WebAssembly here (e.g. node --jitless)
    }
  }
  return compiled ?? undefined;
}

/** Writes the schema graph from `roots` as tables (see wasm/result-walk.ts); returns their bytes and the roots' and each node's place. */
function writeTables(roots: readonly SchemaNode[]): { bytes: Uint8Array; rootPtrs: number[]; nodes: SchemaNode[] } {
  let buffer = new ArrayBuffer(1 << 16);
  let view = new DataView(buffer);
  let top = TABLES;
  const alloc = (size: number): number => {
    const at = (top + 7) & ~7;
    top = at + size;
    while (top - TABLES > buffer.byteLength) {
      const grown = new ArrayBuffer(buffer.byteLength * 2);
      new Uint8Array(grown).set(new Uint8Array(buffer));
      buffer = grown;
      view = new DataView(buffer);
    }
    return at;
  };
  const i32 = (ptr: number, value: number) => view.setInt32(ptr - TABLES, value, true);
  const f64 = (ptr: number, value: number) => view.setFloat64(ptr - TABLES, value, true);
  const bytesAt = (ptr: number, bytes: ArrayLike<number>) => new Uint8Array(buffer, ptr - TABLES, bytes.length).set(bytes);

  const nodes: SchemaNode[] = [];
  const ptrs = new Map<SchemaNode, number>();
  const safeTables = new Map<Uint8Array, number>();
  // Places every node first (the graph has cycles), then fills them in.
  const place = (node: SchemaNode): number => {
    let ptr = ptrs.get(node);
    if (ptr === undefined) {
      ptr = alloc(NODE_BYTES);
      ptrs.set(node, ptr);
      nodes.push(node);
    }
    return ptr;
  };
  const requiredList = (branches: Array<[number, number]> | undefined): number => {
    if (!branches) return 0;
    const ptr = alloc(4 + 8 * branches.length);
    i32(ptr, branches.length);
    branches.forEach(([lo, hi], b) => {
      i32(ptr + 4 + 8 * b, lo);
      i32(ptr + 8 + 8 * b, hi);
    });
    return ptr;
  };
  const rootPtrs = roots.map(place);
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const ptr = ptrs.get(node)!;
    const onlyEnum = node.enumStrings !== undefined && node.format === undefined && node.pattern === undefined;
    const onlySafe = node.enumStrings === undefined && node.pattern === undefined && node.formatSafe !== undefined;
    const flags =
      (node.unsupported ? F_UNSUPPORTED : 0) |
      (node.countsSteps ? F_COUNTS_STEPS : 0) |
      (node.enumStrings !== undefined || node.format !== undefined || node.pattern !== undefined ? F_STRING_CHECK : 0) |
      (node.minimum !== undefined ? F_MIN : 0) |
      (node.maximum !== undefined ? F_MAX : 0) |
      (onlyEnum ? F_ENUM_ONLY : 0) |
      (onlySafe ? F_SAFE_ONLY : 0) |
      (node.enumStrings !== undefined ? F_ENUM : 0);
    i32(ptr, flags);
    i32(ptr + 4, node.types);
    i32(ptr + 8, node.items ? place(node.items) : 0);
    i32(ptr + 12, node.firstItem ? place(node.firstItem) : 0);
    i32(ptr + 16, node.minItems);
    i32(ptr + 20, node.unique);
    if (node.mask >= 0) {
      const table = alloc(4 * (node.mask + 1));
      node.table.forEach((prop, slot) => {
        if (!prop) return i32(table + 4 * slot, 0);
        const p = alloc(PROP_BYTES);
        const key = alloc(prop.bytes.length);
        bytesAt(key, prop.bytes);
        i32(p, prop.bit);
        i32(p + 4, prop.hash);
        i32(p + 8, prop.bytes.length);
        i32(p + 12, key);
        i32(p + 16, place(prop.node));
        i32(p + 20, prop.slot);
        i32(table + 4 * slot, p);
      });
      i32(ptr + 24, table);
    } else i32(ptr + 24, 0);
    i32(ptr + 28, node.mask);
    i32(ptr + 32, node.additional === undefined ? -1 : node.additional === false ? 0 : place(node.additional));
    i32(ptr + 36, node.requiredLo);
    i32(ptr + 40, node.requiredHi);
    i32(ptr + 44, requiredList(node.anyOf));
    i32(ptr + 48, requiredList(node.oneOf));
    i32(ptr + 52, node.countSlot);
    i32(ptr + 56, node.extraSlot);
    i32(ptr + 60, node.unsafeSlot);
    if (node.enumStrings) {
      const values = [...node.enumStrings].map((v) => Buffer.from(v, 'utf8'));
      const list = alloc(4 + 8 * values.length);
      i32(list, values.length);
      values.forEach((v, e) => {
        const at = alloc(v.length);
        bytesAt(at, v);
        i32(list + 4 + 8 * e, v.length);
        i32(list + 8 + 8 * e, at);
      });
      i32(ptr + 64, list);
    } else i32(ptr + 64, 0);
    i32(ptr + 68, n);
    if (node.formatSafe) {
      let safe = safeTables.get(node.formatSafe);
      if (safe === undefined) {
        safe = alloc(256);
        bytesAt(safe, node.formatSafe);
        safeTables.set(node.formatSafe, safe);
      }
      i32(ptr + 72, safe);
    } else i32(ptr + 72, 0);
    f64(ptr + 80, node.minimum ?? 0);
    f64(ptr + 88, node.maximum ?? 0);
  }
  return { bytes: new Uint8Array(buffer, 0, top - TABLES), rootPtrs, nodes };
}

/** The memory as bytes, 32-bit words and doubles. */
function views(memory: WasmMemory): [Buffer, Int32Array, Float64Array] {
  return [Buffer.from(memory.buffer), new Int32Array(memory.buffer), new Float64Array(memory.buffer)];
}

/** The WebAssembly walk of one thread, over the file loaded last. */
export class ResultWalk {
  private readonly exports: WalkExports;
  private readonly memory: WasmMemory;
  private readonly rootPtr: number;
  /** The whole log's node (checkLog). */
  private readonly logRootPtr: number;
  private readonly nodes: SchemaNode[];
  /** Where a file's bytes start in memory, and where the file loaded last ends. */
  private readonly fileBase: number;
  private fileEnd = 0;
  /** Where the next array's records go (bytes). */
  private recordsTop = 0;
  private ascii = true;
  /** Memory prepare() touched up to. */
  private preparedTo = 0;
  /** Views of the memory (new ones after it grows). */
  private bytes: Buffer;
  private words: Int32Array;
  private doubles: Float64Array;
  /** result-check.ts's walk, for what the WebAssembly one asks of JavaScript. */
  private readonly js = new Walker();

  private constructor(module: WasmModule) {
    const { bytes, rootPtrs, nodes } = writeTables([resultNode(), logNode()]);
    [this.rootPtr, this.logRootPtr] = rootPtrs as [number, number];
    this.nodes = nodes;
    this.fileBase = (TABLES + bytes.length + 15) & ~15;
    this.memory = new wasmApi!.Memory({ initial: Math.ceil((this.fileBase + PADDING) / 65536) });
    const instance = new wasmApi!.Instance(module, {
      env: {
        memory: this.memory,
        stringCheck: (id: number, start: number, end: number, escaped: number) => this.stringCheck(id, start, end, escaped),
        parseNumber: (start: number, end: number) => Number(this.bytes.toString('latin1', start, end)),
        unique: (kind: number, start: number, end: number) => this.unique(kind, start, end),
      },
    });
    this.exports = instance.exports as unknown as WalkExports;
    [this.bytes, this.words, this.doubles] = views(this.memory);
    this.bytes.set(bytes, TABLES);
  }

  /** The walk for this thread, or undefined where WebAssembly is not available. */
  static create(): ResultWalk | undefined {
    const module = walkModule();
    return module ? new ResultWalk(module) : undefined;
  }

  /**
   * Makes the memory a file of `fileBytes` will need (its bytes, and the records and rows of its
   * results, estimated at RESULT_BYTES_PER_FILE_BYTE) and touches it, so the kernel maps those
   * pages now rather than while the file is checked. For a thread that waits for its first file
   * to be read anyway: the first file took 140 ms longer to ingest than the next, a third of that
   * in page faults of memory touched for the first time.
   */
  prepare(fileBytes: number): void {
    const end = this.fileBase + Math.ceil(fileBytes * (1 + RESULT_BYTES_PER_FILE_BYTE)) + PADDING;
    if (end <= this.preparedTo) return;
    this.room(end);
    this.bytes.fill(0, Math.max(this.preparedTo, this.fileBase), end);
    this.preparedTo = end;
  }

  /** All of the walk's memory as a buffer (for reuse once the walk is done with: takeWalkMemory). */
  memoryView(): Buffer {
    return Buffer.from(this.memory.buffer);
  }

  /** Bytes of memory the walk has (prepare() and files grow it). */
  get memoryBytes(): number {
    return this.memory.buffer.byteLength;
  }

  /** Copies a file in (results are then checked by their offsets in it). */
  load(buf: Buffer, ascii: boolean): void {
    this.room(this.fileBase + buf.length + PADDING);
    this.bytes.set(buf, this.fileBase);
    this.bytes.fill(0, this.fileBase + buf.length, this.fileBase + buf.length + PADDING);
    this.fileEnd = this.fileBase + buf.length;
    this.recordsTop = (this.fileEnd + PADDING + 15) & ~15;
    this.ascii = ascii;
  }

  /**
   * result-check.ts's checkLog on this walk: true when the log's JSON in `buf` (whitespace around
   * it allowed; `ascii` when all its bytes are) is certainly valid, false to leave it to the full check. For a log's skeleton
   * (its results taken out: rules, artifacts, invocations), which the JavaScript walk took 20–50
   * ms to check in a CodeQL log of 6,000 artifacts. The bytes go in after the records stored so
   * far, which stay as they are.
   */
  checkLog(buf: Buffer, ascii: boolean): boolean {
    this.ascii = ascii;
    let from = 0;
    let to = buf.length;
    while (from < to && isWhitespace(buf[from]!)) from++;
    while (to > from && isWhitespace(buf[to - 1]!)) to--;
    if (from === to) return false;
    const at = Math.max(this.recordsTop, this.fileBase);
    const end = at + (to - from);
    this.room(end + PADDING);
    this.bytes.set(buf.subarray(from, to), at);
    this.bytes.fill(0, end, end + PADDING);
    const after = this.exports.check(at, end, this.logRootPtr);
    this.refresh();
    return after === end;
  }

  /** Memory up to `needed` bytes, grown when short. */
  private room(needed: number): void {
    if (needed > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((needed - this.memory.buffer.byteLength) / 65536));
    this.refresh();
  }

  /** Views of the memory again when it grew (the old ones are detached). */
  private refresh(): void {
    if (this.bytes.buffer !== this.memory.buffer) [this.bytes, this.words, this.doubles] = views(this.memory);
  }

  /**
   * Checks every result of the `results` array whose `[` is at `open` (an offset in the file):
   * the offset of its `]`, each element's span, and where their records are (read them with
   * storedScan and factsAll), or undefined when the array is not in the shape the fast path handles.
   */
  checkResults(open: number): { close: number; spans: number[]; stored: StoredResults } | undefined {
    const records = this.recordsTop;
    const close = this.exports.checkResults(this.fileBase + open, this.fileEnd, this.rootPtr, records, this.fileBase);
    this.refresh();
    if (close < 0) return undefined;
    const count = this.words[STATE_COUNT / 4]!;
    this.recordsTop = records + 4 * RECORD_WORDS * count;
    const words = this.words;
    const base = this.fileBase;
    const spans: number[] = new Array(2 * count);
    for (let k = 0, w = records / 4; k < count; k++, w += RECORD_WORDS) {
      spans[2 * k] = words[w]! - base;
      spans[2 * k + 1] = words[w + 1]! - base;
    }
    return { close: close - base, spans, stored: { at: records / 4, count } };
  }

  /** Whether stored record k was vouched for; its captures then go into the arrays given (spans are file offsets). */
  storedScan(stored: StoredResults, k: number, spans: Int32Array, counts: Int32Array): { steps: number; lineBreak: boolean } | undefined {
    const words = this.words;
    const w = stored.at + k * RECORD_WORDS;
    if (words[w + 2] !== 1) return undefined;
    spans.set(words.subarray(w + 3, w + 3 + 80));
    counts.set(words.subarray(w + 3 + 80, w + 3 + 120));
    return { steps: words[w + 123]!, lineBreak: words[w + 124] === 1 };
  }

  /**
   * Checks the result whose `{` is at `start` in the file: the offset after it when vouched for,
   * else -1. Its captures are then read with capturedInto.
   */
  check(start: number): number {
    const after = this.exports.check(this.fileBase + start, this.fileEnd, this.rootPtr);
    return after < 0 ? -1 : after - this.fileBase;
  }

  /**
   * The last check's spans (as file offsets), counts, thread-flow steps and line break, written
   * into `out` from `at` in ResultScans's order: spans, counts, steps, line break.
   */
  capturedInto(out: Int32Array, at: number, slotCount: number): void {
    const words = this.words;
    const base = this.fileBase;
    const spans = SPANS / 4;
    for (let k = 0; k < 2 * slotCount; k++) {
      const v = words[spans + k]!;
      out[at + k] = v < 0 ? -1 : v - base;
    }
    out.set(words.subarray(COUNTS / 4, COUNTS / 4 + slotCount), at + 2 * slotCount);
    out[at + 3 * slotCount] = words[STATE_STEPS / 4]!;
    out[at + 3 * slotCount + 1] = words[STATE_LINE_BREAK / 4]!;
  }

  /**
   * The facts of every stored result of an array (wasm/result-walk.ts's factsAll): a row each,
   * and their dedupe keys, after everything stored so far. Read a row with rowFacts.
   */
  factsAll(stored: StoredResults): FactRows {
    const rows = this.recordsTop;
    const keys = rows + ROW_BYTES * stored.count;
    this.room(keys + 64);
    const end = this.exports.factsAll(4 * stored.at, stored.count, rows, keys, this.fileBase);
    this.refresh();
    if (end < 0) throw new Error('the SARIF walk could not grow its memory for the keys');
    this.recordsTop = (end + 15) & ~15;
    return { rows, stored };
  }

  /**
   * scanned-facts.ts's readScannedFacts for row k, from what factsAll read in WebAssembly: the
   * key, the numbers, the rule's place. Only for a result ingestion takes as it is (no URI to
   * rebase, no artifact index when the run has no artifacts, within the per-result limits):
   * else -1, and the caller goes the way it would without the row. Otherwise 1 when the result
   * was pretty-printed (a line break between its tokens), 0 when not. `buf` is the file.
   */
  rowFacts(rows: FactRows, k: number, rules: RunRules, buf: Buffer, out: ScannedFacts, noArtifacts: boolean, limits: { locationsPerResult: number; threadFlowLocationsPerResult: number } | undefined): number {
    const words = this.words;
    const w = (rows.rows + ROW_BYTES * k) / 4;
    if (words[w] !== 1) return -1;
    const marks = words[w + 19]!;
    if ((marks & 1) !== 0 || (noArtifacts && (marks & 6) !== 0)) return -1;
    if (limits && (words[w + 15]! > limits.locationsPerResult || words[w + 16]! > limits.threadFlowLocationsPerResult)) return -1;
    const base = this.fileBase;
    const keyAt = words[w + 18]!;
    out.setKey(this.bytes, keyAt, keyAt + words[w + 1]!, words[w + 2]!);
    out.ruleIdStart = words[w + 3]! - base;
    out.ruleIdEnd = words[w + 4]! - base;
    out.ruleIdHash = words[w + 5]!;
    const ruleIndex = words[w + 6]!;
    const rule = (ruleIndex >= 0 ? rules.index(ruleIndex) : undefined) ?? rules.id(buf, out.ruleIdStart, out.ruleIdEnd, out.ruleIdHash);
    const level = words[w + 7]!;
    const scoreState = words[w + 17]!;
    let score: number | undefined;
    if (scoreState === 1) score = this.doubles[(rows.rows + ROW_BYTES * k + 80) / 8]!;
    else if (scoreState === 3) score = this.scoreOf(rows, k, buf);
    settleFacts(out, rule, level >= 0 ? LEVELS[level] : undefined, words[w + 8] === 0, score);
    out.hasLineHash = words[w + 9] === 1;
    out.fingerprintable = words[w + 10] === 1;
    const sourceStart = words[w + 11]!;
    out.sourceUriStart = sourceStart < 0 ? -1 : sourceStart - base;
    out.sourceUriEnd = words[w + 12]! - base;
    out.sourceUriHash = words[w + 13]!;
    out.info = words[w + 14]!;
    out.locationCount = words[w + 15]!;
    out.threadFlowLocationCount = words[w + 16]!;
    return (marks & 8) !== 0 ? 1 : 0;
  }

  /** security-severity that WebAssembly left to JavaScript (not plain digits): read off the stored span. */
  private scoreOf(rows: FactRows, k: number, buf: Buffer): number | undefined {
    const w = rows.stored.at + k * RECORD_WORDS + 3 + 2 * SLOTS.securitySeverity;
    return scoreAt(buf, this.words[w]!, this.words[w + 1]!);
  }

  /** A string's enum, format and pattern, as result-check.ts's stringValue holds it to them. */
  private stringCheck(id: number, start: number, end: number, escaped: number): number {
    const node = this.nodes[id]!;
    const js = this.js;
    js.buf = this.bytes;
    js.ascii = this.ascii;
    js.escaped = escaped !== 0;
    const text = js.text(start, end);
    if (node.enumStrings !== undefined && !node.enumStrings.has(text)) return 0;
    if (node.format !== undefined && !node.format(text)) return 0;
    if (node.pattern !== undefined && !node.pattern.test(text)) return 0;
    return 1;
  }

  /** Whether the items of the (already checked) array at [start, end) are unique, as result-check.ts's distinct decides. */
  private unique(kind: number, start: number, end: number): number {
    const js = this.js;
    js.buf = this.bytes;
    js.end = end;
    js.ascii = this.ascii;
    const spans: number[] = [];
    let i = js.ws(start + 1);
    while (i < end - 1) {
      const from = i;
      i = js.any(i);
      if (i < 0) return 0;
      spans.push(from, i);
      i = js.ws(i);
      if (this.bytes[i] === 0x2c) i = js.ws(i + 1);
    }
    return js.distinct(spans, kind) ? 1 : 0;
  }
}

/** SLOTS.primary as wasm/result-walk.ts has it (SLOT_PRIMARY). */
if (SLOTS.primary !== 13) throw new Error('wasm/result-walk.ts captures the primary location in slot 13; SLOTS.primary moved');
