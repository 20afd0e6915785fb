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
  private readonly byHash = new Map<number, number>();
  /** Keys that share a hash with another key (hardly ever), in full → position. */
  private collided: Map<string, number> | undefined;
  /** How many arrivals were duplicates of a result already held. */
  duplicates = 0;

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
