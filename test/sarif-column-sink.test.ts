/**
 * ColumnSink (lib/sarif/ingest-transfer.ts) takes a result's dedupe key where it was made (the
 * WebAssembly walk's memory, ScannedFacts.setKey) and copies consecutive ones in one go, while a
 * key made by JavaScript is written straight into the column: whatever the mix, each record's
 * key in the packed columns is its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ColumnSink, packOutcome, unpackOutcome } from '../lib/sarif/ingest-transfer';
import { ScannedFacts } from '../lib/sarif/scanned-facts';
import type { IngestOutcome } from '../lib/sarif/ingest';

const run = { tool: { driver: { name: 'T' } } };
const file = Buffer.from('{}');

/** A record whose key was made elsewhere: source[start, end). */
function pushMade(sink: ColumnSink, facts: ScannedFacts, source: Buffer, start: number, end: number, seq: number): void {
  sink.keyTarget(facts);
  facts.startKey();
  facts.setKey(source, start, end, seq);
  sink.pushFacts(facts, file, 0, 2, false, seq);
}

/** A record whose key JavaScript writes into the column. */
function pushWritten(sink: ColumnSink, facts: ScannedFacts, key: string, seq: number): void {
  sink.keyTarget(facts);
  facts.startKey();
  facts.put(Buffer.from(key, 'latin1'), 0, key.length);
  facts.endKey();
  sink.pushFacts(facts, file, 0, 2, false, seq);
}

function keysOf(sink: ColumnSink): string[] {
  const outcome = { ok: true, ingested: { file: 'a.sarif', head: {}, bytes: 2, runs: [{ run, records: [], lookup: undefined, sink }], rebase: {}, tally: {} } } as unknown as IngestOutcome;
  const back = unpackOutcome(packOutcome(outcome).packed, file);
  assert.ok(back.ok);
  const rows = back.ingested.runs[0]!.rows!;
  return Array.from({ length: rows.count }, (_, i) => rows.key(i)!);
}

test('keys made elsewhere, consecutive or not, and keys written in between each end up as their own record', () => {
  const memory = Buffer.from('aaaa|bbbbbb|cc|dddd|zzzz|eeeee');
  const sink = new ColumnSink();
  const facts = new ScannedFacts();
  pushMade(sink, facts, memory, 0, 4, 0); // aaaa
  pushMade(sink, facts, memory, 4, 11, 1); // |bbbbbb (right after: same copy)
  pushWritten(sink, facts, 'written-1', 2);
  pushMade(sink, facts, memory, 11, 14, 3); // |cc (the key column moved on: a new copy)
  pushMade(sink, facts, memory, 19, 24, 4); // |zzzz (not after the last one in the source)
  pushMade(sink, facts, memory, 14, 19, 5); // |dddd (before it)
  pushWritten(sink, facts, 'written-2', 6);
  sink.end();
  assert.deepEqual(keysOf(sink), ['aaaa', '|bbbbbb', 'written-1', '|cc', '|zzzz', '|dddd', 'written-2']);
});

test('many keys: the column grows under keys not yet copied, and none is lost', () => {
  const parts = Array.from({ length: 40_000 }, (_, i) => `key-${i}-${'x'.repeat(i % 300)}`);
  const memory = Buffer.from(parts.join(''), 'latin1');
  const sink = new ColumnSink();
  const facts = new ScannedFacts();
  let at = 0;
  parts.forEach((part, i) => {
    if (i % 997 === 0) pushWritten(sink, facts, `js-${i}`, i);
    else pushMade(sink, facts, memory, at, at + part.length, i);
    at += part.length;
  });
  sink.end();
  assert.deepEqual(keysOf(sink), parts.map((part, i) => (i % 997 === 0 ? `js-${i}` : part)));
});

test('a source that went away before its keys were copied is an error, not empty keys', () => {
  const memory = Buffer.from(new ArrayBuffer(64));
  memory.write('abcdef');
  const sink = new ColumnSink();
  const facts = new ScannedFacts();
  pushMade(sink, facts, memory, 0, 6, 0);
  structuredClone(memory.buffer, { transfer: [memory.buffer] }); // detaches it, as a grown WebAssembly memory does
  assert.throws(() => sink.end(), /memory holding dedupe keys changed before they were copied/);
});
