import type { RecordRows } from './ingest-transfer';
import { recordKey, type ResultRecord } from './result-record';
import type { Severity } from '../severity';

/**
 * Drops duplicate results within one run: same rule, same primary location (URI and region) and
 * same fingerprint (partialFingerprints.primaryLocationLineHash, else the `fingerprints` set, and
 * for results without any fingerprint the same message), the key resultFacts() computes. The same
 * finding arrives twice when shards of one scan overlap, or when a tool's output is ingested
 * twice. Of two duplicates the one that says more (more locations, flow steps, fixes, properties)
 * is kept, in the place of the first, so output order does not depend on which one won. Results
 * with neither location nor fingerprint are never taken as duplicates: nothing says they are the
 * same finding.
 *
 * What it holds is, per result, where the result is: a record object (add), or a row of a run's
 * columns as a worker thread sent them (addRows), made a record object only when asked for
 * (recordAt). A merge of 200,000 results keeps 25,000 per run: the others are counted and cut on
 * their columns, without an object each for the garbage collector to walk again and again.
 */
/**
 * What the deduper reads of the results it holds, by position in a table: a run's rows as a
 * worker thread sent them (RecordRows), or a list of record objects (ObjectRows).
 */
interface HeldTable {
  keyHash(i: number): number;
  info(i: number): number;
  rank(i: number): number;
  severity(i: number): Severity;
  /** The dedupe key in full, undefined when it has none. */
  key(i: number): string | undefined;
  record(i: number): ResultRecord;
}

/** Record objects (add) as a table: each is its own record. */
class ObjectRows implements HeldTable {
  readonly list: ResultRecord[] = [];
  keyHash(i: number): number {
    return this.list[i]!.keyHash;
  }
  info(i: number): number {
    return this.list[i]!.info;
  }
  rank(i: number): number {
    return this.list[i]!.rank;
  }
  severity(i: number): Severity {
    return this.list[i]!.severity;
  }
  key(i: number): string | undefined {
    return recordKey(this.list[i]!);
  }
  record(i: number): ResultRecord {
    return this.list[i]!;
  }
}

export class ResultDeduper {
  /** Where held results are, and per table the `source` its rows' records get (undefined: objects that have theirs). */
  private readonly tables: HeldTable[] = [];
  private readonly sources: Array<number | undefined> = [];
  /** The table record objects go to, once there is one. */
  private objects: { table: number; rows: ObjectRows } | undefined;
  /** Per held result: its table, its position there, and its arrival (seq). */
  private tableOf = new Int32Array(1024);
  private indexOf = new Int32Array(1024);
  private seqOf = new Float64Array(1024);
  /** How many results are held. */
  count = 0;
  /** Key hash → position of the first result with it. */
  private readonly byHash = new HashPositions();
  /** Keys that share a hash with another key (hardly ever), in full → position. */
  private collided: Map<string, number> | undefined;
  /** How many arrivals were duplicates of a result already held. */
  duplicates = 0;
  /** The records, made once (see records). */
  private made: ResultRecord[] | undefined;

  /** Makes room for `more` results to come (a file's worth), so the tables grow once, not step by step. */
  reserve(more: number): void {
    this.byHash.reserve(this.count + more);
    this.room(this.count + more);
  }

  /** Adds a record object (its source and seq set by the caller). */
  add(record: ResultRecord): void {
    if (!this.objects) {
      this.objects = { table: this.tables.length, rows: new ObjectRows() };
      this.tables.push(this.objects.rows);
      this.sources.push(undefined);
    }
    const { table, rows } = this.objects;
    rows.list.push(record);
    this.place(table, rows.list.length - 1, record.seq);
  }

  /** Adds every row of a run's columns: their records get `source`, and seq from `seqStart` on in row order. */
  addRows(rows: RecordRows, source: number, seqStart: number): void {
    const table = this.tables.length;
    this.tables.push(rows);
    this.sources.push(source);
    this.reserve(rows.count);
    for (let i = 0; i < rows.count; i++) this.place(table, i, seqStart + i);
  }

  private place(table: number, i: number, seq: number): void {
    const t = this.tables[table]!;
    const hash = t.keyHash(i);
    if (hash < 0) {
      this.push(table, i, seq);
      return;
    }
    let at = this.byHash.get(hash);
    if (at === undefined) {
      this.byHash.set(hash, this.count);
      this.push(table, i, seq);
      return;
    }
    const key = t.key(i)!;
    if (this.tables[this.tableOf[at]!]!.key(this.indexOf[at]!) !== key) {
      // Another key with the same hash: told apart by the key itself.
      this.collided ??= new Map();
      at = this.collided.get(key);
      if (at === undefined) {
        this.collided.set(key, this.count);
        this.push(table, i, seq);
        return;
      }
    }
    this.duplicates++;
    if (t.info(i) > this.tables[this.tableOf[at]!]!.info(this.indexOf[at]!)) {
      // It takes the place (and the seq) of the one held.
      this.tableOf[at] = table;
      this.indexOf[at] = i;
    }
  }

  private push(table: number, i: number, seq: number): void {
    this.room(this.count + 1);
    this.tableOf[this.count] = table;
    this.indexOf[this.count] = i;
    this.seqOf[this.count] = seq;
    this.count++;
    this.made = undefined;
  }

  private room(count: number): void {
    if (count <= this.tableOf.length) return;
    let length = this.tableOf.length;
    while (length < count) length *= 2;
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(length);
      b.set(a);
      return b;
    };
    this.tableOf = grow(this.tableOf, (n) => new Int32Array(n));
    this.indexOf = grow(this.indexOf, (n) => new Int32Array(n));
    this.seqOf = grow(this.seqOf, (n) => new Float64Array(n));
  }

  /** The rank (ResultRecord.rank) of the result held at `p`. */
  rankAt(p: number): number {
    return this.tables[this.tableOf[p]!]!.rank(this.indexOf[p]!);
  }

  severityAt(p: number): Severity {
    return this.tables[this.tableOf[p]!]!.severity(this.indexOf[p]!);
  }

  /** The record held at `p`, with its source and seq; a row becomes a record object here (ask once per position). */
  recordAt(p: number): ResultRecord {
    const table = this.tableOf[p]!;
    const record = this.tables[table]!.record(this.indexOf[p]!);
    const source = this.sources[table];
    if (source !== undefined) record.source = source;
    record.seq = this.seqOf[p]!;
    return record;
  }

  /** Every held record in order of arrival (made once: for callers that want them all as objects). */
  get records(): ResultRecord[] {
    if (!this.made) {
      const made: ResultRecord[] = new Array(this.count);
      for (let p = 0; p < this.count; p++) made[p] = this.recordAt(p);
      this.made = made;
    }
    return this.made;
  }
}

/**
 * Key hash (a 30-bit non-negative integer) → position, in open addressing over typed arrays:
 * hundreds of thousands of entries without an object or a Map entry each, which the garbage
 * collector would otherwise walk again and again while a large merge runs.
 */
class HashPositions {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private size = 0;

  get(hash: number): number | undefined {
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === hash) return this.values[slot];
      if (key === -1) return undefined;
    }
  }

  /** Grows the table at once (one rehash) to hold `count` entries at most half full. */
  reserve(count: number): void {
    let length = this.keys.length;
    while (count * 2 > length) length *= 2;
    if (length > this.keys.length) this.resize(length);
  }

  /** Sets a hash that is not in the table yet. */
  set(hash: number, position: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(hash, position);
    this.size++;
  }

  private place(hash: number, position: number): void {
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = hash;
    this.values[slot] = position;
  }

  private grow(): void {
    this.resize(this.keys.length * 2);
  }

  private resize(length: number): void {
    const { keys, values } = this;
    this.keys = new Int32Array(length).fill(-1);
    this.values = new Int32Array(length);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.place(keys[i]!, values[i]!);
  }
}
