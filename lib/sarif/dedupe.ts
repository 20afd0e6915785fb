import { recordKey, type ResultRecord } from './result-record';

/**
 * Drops duplicate results within one run: same rule, same primary location (URI and region) and
 * same fingerprint (partialFingerprints.primaryLocationLineHash, else the `fingerprints` set, and
 * for results without any fingerprint the same message), the key resultFacts() computes. The same finding arrives twice when shards of one scan overlap, or
 * when a tool's output is ingested twice. Of two duplicates the one that says more (more
 * locations, flow steps, fixes, properties) is kept, in the place of the first, so output order
 * does not depend on which one won. Results with neither location nor fingerprint are never
 * taken as duplicates: nothing says they are the same finding.
 */
export class ResultDeduper {
  readonly records: ResultRecord[] = [];
  /** Key hash → position of the first record with it. */
  private readonly byHash = new HashPositions();
  /** Keys that share a hash with another key (hardly ever), in full → position. */
  private collided: Map<string, number> | undefined;
  /** How many arrivals were duplicates of a result already held. */
  duplicates = 0;

  /** Makes room for `more` records to come (a file's worth), so the table grows once, not step by step. */
  reserve(more: number): void {
    this.byHash.reserve(this.records.length + more);
  }

  add(record: ResultRecord): void {
    const hash = record.keyHash;
    if (hash < 0) {
      this.records.push(record);
      return;
    }
    let at = this.byHash.get(hash);
    if (at === undefined) {
      this.byHash.set(hash, this.records.length);
      this.records.push(record);
      return;
    }
    const key = recordKey(record)!;
    if (recordKey(this.records[at]!) !== key) {
      // Another key with the same hash: told apart by the key itself.
      this.collided ??= new Map();
      at = this.collided.get(key);
      if (at === undefined) {
        this.collided.set(key, this.records.length);
        this.records.push(record);
        return;
      }
    }
    this.duplicates++;
    const held = this.records[at]!;
    if (record.info > held.info) {
      record.seq = held.seq;
      this.records[at] = record;
    }
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
