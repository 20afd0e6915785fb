import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileResultWalk, generatedModule, GENERATED } from '../scripts/build-wasm';
import * as fs from 'node:fs';
import { scanSarifLayout, type SarifLayout } from '../lib/sarif/json-scan';
import { ResultScans, prepareWalk, takeWalkMemory } from '../lib/sarif/result-scans';
import { ResultWalk } from '../lib/sarif/result-walk';
import { ColumnSink, packOutcome } from '../lib/sarif/ingest-transfer';
import { ingestBuffer } from '../lib/sarif/ingest';

/**
 * The WebAssembly result walk (wasm/result-walk.ts, through lib/sarif/result-walk.ts): the
 * committed module is what its source compiles to, and a file laid out with it (whole results
 * arrays at once) comes out as with the JavaScript walk, result by result, also when the file
 * is broken. test/sarif-result-check.test.ts holds the two walks to each other on thousands of
 * real and mutated results.
 */

const layoutOf = (layout: SarifLayout | undefined) => layout && layout.runs.map((r) => r.results && { open: r.results.open, close: r.results.close, spans: r.results.spans });

/** The file laid out and checked with the WebAssembly walk and with the JavaScript one. */
function bothWays(text: string): { wasm: unknown; js: unknown; vouched: boolean[][] } {
  const buf = Buffer.from(text);
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const out: Array<{ layout: unknown; vouched: boolean[][] }> = [];
  for (const useWasm of [true, false]) {
    const scans = new ResultScans();
    scans.reset(buf, ascii, useWasm);
    const hooks = scans.hooks();
    assert.equal(hooks.visitResults !== undefined, useWasm, 'whole arrays at once only with WebAssembly');
    const layout = scanSarifLayout(buf, hooks.visitResult, hooks.visitResults);
    const vouched = (layout?.runs ?? []).map((r) => {
      const spans = r.results?.spans ?? [];
      const seen: boolean[] = [];
      for (let k = 0; k < spans.length; k += 2) seen.push(scans.take(spans[k]!) !== undefined);
      return seen;
    });
    out.push({ layout: layoutOf(layout), vouched });
    scans.done();
  }
  assert.deepEqual(out[0]!.vouched, out[1]!.vouched, `the same results vouched for: ${text}`);
  return { wasm: out[0]!.layout, js: out[1]!.layout, vouched: out[0]!.vouched };
}

describe('the WebAssembly result walk', () => {
  test('lib/sarif/result-walk-wasm.ts is what wasm/result-walk.ts compiles to', async () => {
    const fresh = generatedModule(await compileResultWalk());
    assert.equal(fs.readFileSync(GENERATED, 'utf8'), fresh, 'run node --import tsx scripts/build-wasm.ts');
  });

  test('results arrays laid out at once match the result-by-result layout, broken ones included', () => {
    const good = '{"ruleId":"a","message":{"text":"m"}}';
    const bad = '{"ruleId":7,"message":{}}';
    const cases = [
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},${bad} , \n${good}]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[]},{"tool":{"driver":{"name":"U"}},"results":[ ${good} ]}]}`,
      `{"version":"2.1.0","runs":[{"results":[${good}],"tool":{"driver":{"name":"T"}},"results":[${good},${good}]}]}`,
      // Not the shape the fast path takes: the file is then read the ordinary way.
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},,${good}]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[,${good}]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},"x"]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},{"ruleId":"a","message":{"text":"unterminated}]}]}`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[${good},{"rul`,
      `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"a\\u0041","message":{"text":"\\"q\\" \\\\ ☃"}}]}]}`,
    ];
    const shapes = cases.map((text) => {
      const { wasm, js, vouched } = bothWays(text);
      assert.deepEqual(wasm, js, text);
      return { laid: wasm !== undefined, vouched };
    });
    assert.deepEqual(
      shapes.map((s) => s.laid),
      [true, true, true, false, false, false, false, false, false, true],
    );
    assert.deepEqual(shapes[0]!.vouched, [[true, false, true]]);
    assert.deepEqual(shapes[2]!.vouched, [[true, true]], 'a repeated "results" key: the last array counts, as JSON.parse has it');
    assert.deepEqual(shapes[9]!.vouched, [[true]], 'escapes are checked, not given up on');
  });

  test('a file that ends inside a key of a result is refused, not read past its end', () => {
    const text = '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"T"}},"results":[{"ruleId":"a","mess';
    const outcome = ingestBuffer(Buffer.from(text), 'cut.sarif', { checkoutRoot: '/' });
    assert.equal(outcome.ok, false);
    assert.deepEqual(bothWays(text).wasm, undefined);
  });

  test('a walk prepared for a file of n bytes has its memory ahead, and reads files as an unprepared one does', () => {
    const results = Array.from({ length: 300 }, (_, i) => ({ ruleId: `r${i % 7}`, level: i % 3 === 0 ? 'error' : 'note', message: { text: `m${i}` }, locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i % 11}.js` }, region: { startLine: i + 1 } } }], partialFingerprints: { primaryLocationLineHash: `h${i}:1` } }));
    const buf = Buffer.from(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [{ id: 'r0', defaultConfiguration: { level: 'warning' } }] } }, results }] }));
    const fresh = ResultWalk.create()!;
    const prepared = ResultWalk.create()!;
    prepared.prepare(4 << 20);
    assert.ok(prepared.memoryBytes >= (4 << 20) * 1.6, `${prepared.memoryBytes} bytes`);
    assert.ok(fresh.memoryBytes < 1 << 20);
    const before = prepared.memoryBytes;
    prepared.prepare(1 << 20); // smaller: nothing more to do
    assert.equal(prepared.memoryBytes, before);
    for (const walk of [fresh, prepared]) walk.load(buf, true);
    const open = buf.indexOf('"results":[') + '"results":'.length;
    const a = fresh.checkResults(open);
    const b = prepared.checkResults(open);
    assert.ok(a && b);
    assert.equal(a.close, b.close);
    assert.deepEqual(a.spans, b.spans);
    assert.equal(a.spans.length, 600);

    // prepareWalk (this thread's walk) before ingesting: the same records as without.
    const options = { checkoutRoot: '/', recordSink: () => new ColumnSink() };
    const plain = ingestBuffer(buf, 'a.sarif', options);
    prepareWalk(buf.length);
    const after = ingestBuffer(buf, 'a.sarif', options);
    assert.ok(plain.ok && after.ok);
    assert.deepEqual(packOutcome(after).packed, packOutcome(plain).packed);
  });

  test('the walk memory handed over for reuse is not touched by later files, and runs out into fresh buffers', () => {
    const results = Array.from({ length: 200 }, (_, i) => ({ ruleId: `r${i % 5}`, message: { text: `m${i}` }, locations: [{ physicalLocation: { artifactLocation: { uri: `f${i}.js` }, region: { startLine: i + 1 } } }], partialFingerprints: { primaryLocationLineHash: `h${i}:1` } }));
    const buf = Buffer.from(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results }] }));
    const options = { checkoutRoot: '/', recordSink: () => new ColumnSink() };
    const first = ingestBuffer(buf, 'a.sarif', options);
    const alloc = takeWalkMemory();
    const piece = alloc(100_000);
    piece.fill(0x61);
    // The next file gets a walk of its own: the piece keeps its bytes, the records are the same.
    const second = ingestBuffer(buf, 'a.sarif', options);
    assert.ok(first.ok && second.ok);
    assert.deepEqual(packOutcome(second).packed, packOutcome(first).packed);
    assert.ok(piece.every((b) => b === 0x61));
    // Pieces do not overlap; past the end of the memory they are buffers of their own.
    const next = alloc(16);
    next.fill(0x62);
    assert.ok(piece.every((b) => b === 0x61));
    const big = alloc(64 << 20); // more than a walk that read this small file has
    assert.equal(big.length, 64 << 20);
    assert.notEqual(big.buffer, piece.buffer);
  });
});
