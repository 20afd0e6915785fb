import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { describe, test } from 'node:test';
import { ResultDeduper } from '../lib/sarif/dedupe';
import { ingestBuffer } from '../lib/sarif/ingest';
import { ColumnSink, packOutcome, unpackOutcome } from '../lib/sarif/ingest-transfer';
import { SarifMerger } from '../lib/sarif/merge';
import { SLOT_COUNT, checkLog, checkResult, scannedResult, type ResultScan } from '../lib/sarif/result-check';
import { hashKey, resultFacts, ruleLookup, type ResultRecord } from '../lib/sarif/result-record';
import { ResultWalk } from '../lib/sarif/result-walk';
import { RunRules, ScannedFacts, readScannedFacts } from '../lib/sarif/scanned-facts';
import { sarifDefinitionViolations, sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { sarifLimits } from '../lib/sarif/limits';
import type { SarifLog, SarifResult, SarifRun } from '../lib/sarif/types';

/**
 * The fast path of ingestion (result-check.ts): results checked on their bytes against the
 * schema, and their facts read off the bytes, instead of JSON.parse and ajv on each. It may only
 * ever vouch for what ajv finds valid, and what it reads must be what the objects say; anything
 * it does not vouch for goes the full way, so a merge is the same either way.
 */

const SHARED_SARIF = path.resolve(import.meta.dirname, '../../shared/fixtures/sarif-real');
const OWN_SARIF = path.resolve(import.meta.dirname, 'fixtures');

function sarifFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.sarif'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/** Real results (and their runs) from every fixture log that parses. */
function realResults(): Array<{ result: SarifResult; run: SarifRun }> {
  const out: Array<{ result: SarifResult; run: SarifRun }> = [];
  for (const file of [...sarifFiles(SHARED_SARIF), ...sarifFiles(OWN_SARIF)]) {
    let log: SarifLog;
    try {
      log = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as SarifLog;
    } catch {
      continue;
    }
    if (!Array.isArray(log.runs)) continue;
    for (const run of log.runs) if (Array.isArray(run?.results)) for (const result of run.results.slice(0, 200)) out.push({ result, run });
  }
  return out;
}

/** A result as the generator of the benchmark writes them, and one per shape the fixtures lack. */
function madeResults(): Array<{ result: SarifResult; run: SarifRun }> {
  const run: SarifRun = {
    tool: { driver: { name: 'T', rules: [{ id: 'r1', defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '7.5' } }] } },
    artifacts: [{ location: { uri: 'src/a.js' } }],
    results: [],
  };
  const results: SarifResult[] = [
    { ruleId: 'r1', ruleIndex: 0, message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js', index: 0 }, region: { startLine: 3, startColumn: 2, endColumn: 9 } } }], partialFingerprints: { primaryLocationLineHash: 'abc:1' } },
    { ruleId: 'r1', level: 'note', message: { id: 'x', arguments: ['a', 'b'] }, locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 1 } } }] },
    { ruleId: 'r1', message: { text: 'ü ☃ \u0001 "q"' }, fingerprints: { b: '2', a: '1' }, properties: { 'security-severity': 9.1, tags: ['a', 'b'] } },
    { rule: { id: 'r1', toolComponent: { name: 'T' } }, kind: 'review', message: { text: 'k' }, relatedLocations: [{ id: 1 }, { id: 2 }], fixes: [{ artifactChanges: [{ artifactLocation: { uri: 'a' }, replacements: [{ deletedRegion: { startLine: 1 } }] }] }] },
    {
      ruleId: 'r1',
      message: { text: 'flow' },
      codeFlows: [{ threadFlows: [{ locations: [{ location: { message: { text: 's' } }, nestingLevel: 0 }, { importance: 'essential' }] }, { locations: [{}] }] }],
      fingerprints: { matchBasedId: 'deadbeef_0' },
    },
  ];
  return results.map((result) => ({ result, run }));
}

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, true, false, 0, -1, -2, 1.5, '', 'x', 'file:///a b', 'http://x', 'a b', '%zz', [], {}, [1], ['a', 'a'], { a: 1 }, 'not-a-guid', 'error', 'fail', '\u0000', '😀', 100, 101, -0];
const ODD_KEYS = ['foo', 'properties', 'tags', 'index', 'uri', 'text', 'id', 'message', 'security-severity', 'primaryLocationLineHash', '__proto__'];

function mutate(value: unknown, rand: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  if (rand() < 0.15 || depth > 6) return structuredClone(pick(ODD_VALUES));
  if (Array.isArray(value)) {
    const out = value.map((x) => (rand() < 0.3 ? mutate(x, rand, depth + 1) : x));
    if (rand() < 0.2 && out.length > 0) out.push(structuredClone(out[0]));
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) {
      if (rand() < 0.08) continue;
      out[k] = rand() < 0.3 ? mutate(x, rand, depth + 1) : x;
    }
    if (rand() < 0.08) Object.defineProperty(out, pick(ODD_KEYS), { value: structuredClone(pick(ODD_VALUES)), enumerable: true, configurable: true, writable: true });
    return out;
  }
  return rand() < 0.5 ? structuredClone(pick(ODD_VALUES)) : value;
}

/** JSON of a value, now and then pretty, escaped, with a repeated key, a number written otherwise or a byte changed. */
function serialize(value: unknown, rand: () => number): string {
  let text = rand() < 0.3 ? JSON.stringify(value, null, 2) : JSON.stringify(value);
  if (rand() < 0.1) text = text.replace(/"ruleId"/, '"rule\\u0049d"');
  if (rand() < 0.1) text = text.replace(/"message":/, '"message":{"text":"dup"},"message":');
  if (rand() < 0.1) text = text.replace(/\//, '\\/');
  if (rand() < 0.05) text = text.replace(/: ?(\d+)/, ': $1.0');
  if (rand() < 0.05) text = text.replace(/: ?(\d+)/, ': $1e0');
  if (rand() < 0.05) {
    const i = Math.floor(rand() * text.length);
    const bytes = ['', ',', '}', '"', '\t', '\n', '0', '-', 'e', '.', '\\', '\u0001'];
    text = text.slice(0, i) + bytes[Math.floor(rand() * bytes.length)]! + text.slice(i + 1);
  }
  return text;
}

const isAsciiText = (text: string) => /^[\x00-\x7f]*$/.test(text);

const wasmWalk = ResultWalk.create();

/**
 * The WebAssembly walk (result-walk.ts) gives the JavaScript one's answer: it vouches for the same
 * results, and captures the same spans and counts.
 */
function assertSameWalk(buf: Buffer, ascii: boolean, scan: ResultScan | undefined, label: string): void {
  assert.ok(wasmWalk, 'WebAssembly is available here');
  wasmWalk.load(buf, ascii);
  const end = buf[0] === 0x7b ? wasmWalk.check(0) : -1;
  assert.equal(end, scan ? scan.end : -1, `the WebAssembly walk ${end < 0 ? 'refused' : 'vouched for'} what the JavaScript one did not: ${label}`);
  if (!scan) return;
  const seen = new Int32Array(3 * SLOT_COUNT + 2);
  wasmWalk.capturedInto(seen, 0, SLOT_COUNT);
  assert.deepEqual([...seen.subarray(0, 2 * SLOT_COUNT)], [...scan.spans], `spans: ${label}`);
  assert.deepEqual([...seen.subarray(2 * SLOT_COUNT, 3 * SLOT_COUNT)], [...scan.counts], `counts: ${label}`);
  assert.equal(seen[3 * SLOT_COUNT], scan.threadFlowLocations, `steps: ${label}`);
  assert.equal(seen[3 * SLOT_COUNT + 1] === 1, scan.lineBreak, `line break: ${label}`);
}

const scannedFacts = new ScannedFacts();

/** The facts scanned-facts.ts read into `f` (offsets into `buf`) are resultFacts' own. */
function assertFactsAre(f: ScannedFacts, buf: Buffer, result: SarifResult, run: SarifRun, label: string): void {
  const want = resultFacts(result, run, ruleLookup(run));
  const ruleId = f.ruleIdStart >= 0 ? buf.toString('latin1', f.ruleIdStart, f.ruleIdEnd) : f.ruleIdText;
  const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
  const sourceUri = !want.hasLineHash && want.fingerprintable ? location?.uri : undefined;
  assert.deepEqual(
    {
      ruleId,
      level: f.level,
      score: f.score,
      severity: f.severity,
      rank: f.rank,
      info: f.info,
      dedupeKey: f.keyText(),
      keyHash: f.keyHash,
      hasLineHash: f.hasLineHash,
      fingerprintable: f.fingerprintable,
      locationCount: f.locationCount,
      threadFlowLocationCount: f.threadFlowLocationCount,
      sourceUri: f.sourceUriStart >= 0 ? buf.toString('latin1', f.sourceUriStart, f.sourceUriEnd) : undefined,
    },
    { ...want, keyHash: want.dedupeKey === undefined ? -1 : hashKey(want.dedupeKey), sourceUri },
    `facts off the bytes: ${label}`,
  );
}

/**
 * Facts read straight off the bytes, where that path takes the result, are resultFacts' own:
 * by scanned-facts.ts in JavaScript, and by the WebAssembly walk (result-walk.ts's factsAll and
 * rowFacts, on the result as the only element of a results array). Says which of the two took it.
 */
function assertSameFacts(buf: Buffer, ascii: boolean, scan: ResultScan, result: SarifResult, run: SarifRun, label: string): { js: boolean; wasm: boolean } {
  const took = { js: false, wasm: false };
  if (!ascii) return took;
  const rules = new RunRules(ruleLookup(run));
  scannedFacts.writeKeyAt(Buffer.alloc(256), 0);
  if (readScannedFacts(buf, scan, rules, scannedFacts)) {
    assertFactsAre(scannedFacts, buf, result, run, label);
    took.js = true;
  }
  const array = Buffer.concat([Buffer.from('['), buf, Buffer.from(']')]);
  wasmWalk!.load(array, ascii);
  const laid = wasmWalk!.checkResults(0);
  assert.ok(laid && laid.stored.count === 1, `laid out as an array of one: ${label}`);
  scannedFacts.writeKeyAt(Buffer.alloc(256), 0);
  if (wasmWalk!.rowFacts(wasmWalk!.factsAll(laid.stored), 0, rules, array, scannedFacts, false, undefined) >= 0) {
    assertFactsAre(scannedFacts, array, result, run, `${label} (WebAssembly)`);
    took.wasm = true;
  }
  return took;
}

describe('result-check: the fast check of results on their bytes', () => {
  const samples = [...realResults(), ...madeResults()];

  test('it vouches for the real results, and what it reads makes the same facts as the parsed result', () => {
    let vouched = 0;
    for (const { result, run } of samples) {
      for (const text of [JSON.stringify(result), JSON.stringify(result, null, 2)]) {
        const buf = Buffer.from(text);
        const scan = checkResult(buf, 0, buf.length, isAsciiText(text));
        assertSameWalk(buf, isAsciiText(text), scan, text.slice(0, 300));
        const valid = sarifDefinitionViolations('result', result).length === 0;
        if (!scan) continue;
        assertSameFacts(buf, isAsciiText(text), scan, result, run, text.slice(0, 300));
        vouched++;
        assert.ok(valid, `vouched for an invalid result: ${text.slice(0, 300)}`);
        const { result: read, counts } = scannedResult(buf, scan, isAsciiText(text));
        const lookup = ruleLookup(run);
        assert.deepEqual(resultFacts(read, run, lookup, counts), resultFacts(result, run, lookup), text.slice(0, 300));
        assert.equal(scan.lineBreak, text.includes('\n'));
      }
    }
    // Every valid sample is vouched for (real tools' output is what the fast path is for).
    const validSamples = samples.filter(({ result }) => sarifDefinitionViolations('result', result).length === 0).length;
    assert.equal(vouched, 2 * validSamples, 'every valid result, compact and pretty, is checked on its bytes');
  });

  test('it never vouches for a result the schema or JSON.parse refuses (mutated real results)', () => {
    const rand = random(4);
    let vouched = 0;
    let refused = 0;
    const readOffBytes = { js: 0, wasm: 0 };
    for (let i = 0; i < 6000; i++) {
      const { result, run } = samples[Math.floor(rand() * samples.length)]!;
      const text = serialize(rand() < 0.2 ? result : mutate(result, rand), rand);
      const buf = Buffer.from(text);
      const ascii = isAsciiText(text);
      const scan = buf[0] === 0x7b ? checkResult(buf, 0, buf.length, ascii) : undefined;
      assertSameWalk(buf, ascii, scan && scan.end === buf.length ? scan : buf[0] === 0x7b ? checkResult(buf, 0, buf.length, ascii, true) : undefined, text.slice(0, 400));
      let parsed: SarifResult | undefined;
      try {
        parsed = JSON.parse(text) as SarifResult;
      } catch {
        parsed = undefined;
      }
      const valid = parsed !== undefined && sarifDefinitionViolations('result', parsed).length === 0;
      if (!valid) refused++;
      if (!scan) continue;
      vouched++;
      assert.ok(valid, `vouched for what the schema refuses: ${text.slice(0, 400)}`);
      const { result: read, counts } = scannedResult(buf, scan, ascii);
      const lookup = ruleLookup(run);
      assert.deepEqual(resultFacts(read, run, lookup, counts), resultFacts(parsed!, run, lookup), text.slice(0, 400));
      const took = assertSameFacts(buf, ascii, scan, parsed!, run, text.slice(0, 400));
      if (took.js) readOffBytes.js++;
      if (took.wasm) readOffBytes.wasm++;
    }
    assert.ok(vouched > 1000 && refused > 1000, `a fair share of each (${vouched} vouched, ${refused} refused)`);
    assert.ok(readOffBytes.js > 500 && readOffBytes.wasm > 500, `facts read straight off the bytes: ${readOffBytes.js} in JavaScript, ${readOffBytes.wasm} in WebAssembly`);
  });

  test('it never vouches for a log the schema refuses, and vouches for the real logs around their results', () => {
    const rand = random(9);
    const logs: SarifLog[] = [];
    for (const file of [...sarifFiles(SHARED_SARIF), ...sarifFiles(OWN_SARIF)]) {
      try {
        const log = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as SarifLog;
        if (Array.isArray(log.runs)) logs.push({ ...log, runs: log.runs.map((r) => (typeof r === 'object' && r !== null ? { ...r, ...(r.results ? { results: [] } : {}) } : r)) });
      } catch {
        // not JSON: nothing to check
      }
    }
    // The WebAssembly walk (what ingestion uses where it can) answers as the JavaScript one on each.
    const wasm = ResultWalk.create();
    assert.ok(wasm, 'WebAssembly is available here');
    const both = (buf: Buffer, ascii: boolean): boolean => {
      const js = checkLog(buf, 0, buf.length, ascii);
      assert.equal(wasm.checkLog(buf, ascii), js, `the two walks disagree on: ${buf.toString().slice(0, 300)}`);
      return js;
    };
    for (const log of logs) {
      const buf = Buffer.from(JSON.stringify(log, null, 1));
      if (sarifSchemaViolations(log).length === 0) assert.ok(both(buf, isAsciiText(buf.toString())), 'a valid real log is vouched for');
    }
    let vouched = 0;
    for (let i = 0; i < 1500; i++) {
      const text = serialize(mutate(logs[Math.floor(rand() * logs.length)]!, rand), rand);
      const buf = Buffer.from(text);
      if (!both(buf, isAsciiText(text))) continue;
      vouched++;
      assert.deepEqual(sarifSchemaViolations(JSON.parse(text)), [], `vouched for an invalid log: ${text.slice(0, 300)}`);
    }
    assert.ok(vouched > 100 && vouched < 1400, `a fair share of mutated logs vouched for (${vouched} of 1500)`);
  });
});

describe('ingestion: the fast path and the full one make the same records', () => {
  const limits = sarifLimits();
  const fields = (r: ResultRecord) => ({
    start: r.start,
    end: r.end,
    pretty: r.pretty,
    text: r.text,
    ruleId: r.ruleId,
    level: r.level,
    score: r.score,
    severity: r.severity,
    rank: r.rank,
    info: r.info,
    keyHash: r.keyHash,
    hasLineHash: r.hasLineHash,
    fingerprintable: r.fingerprintable,
    locationCount: r.locationCount,
    threadFlowLocationCount: r.threadFlowLocationCount,
    sourceUri: r.sourceUri,
    seq: r.seq,
  });

  /** Logs that make results change on the way in: file URIs in and out of the checkout, bases in it, indexes without artifacts, over-long flows. */
  function changingLogs(checkout: string): SarifLog[] {
    const inside = pathToFileURL(path.join(checkout, 'src/a.js')).href;
    const result = (extra: Partial<SarifResult>): SarifResult => ({ ruleId: 'r', message: { text: 'm' }, ...extra });
    const loc = (artifactLocation: Record<string, unknown>) => ({ physicalLocation: { artifactLocation, region: { startLine: 2 } } });
    return [
      {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'T' } },
            results: [
              result({ locations: [loc({ uri: inside })] }),
              result({ locations: [loc({ uri: 'file:///elsewhere/b.js' })] }),
              result({ locations: [loc({ uri: 'src/c.js', index: 4 })] }),
              result({ locations: [loc({ uri: 'src/d.js' })], relatedLocations: [loc({ uri: 'src/e.js', index: 0 })] }),
              result({ locations: [loc({ uri: 'src/f.js' })], codeFlows: [{ threadFlows: [{ locations: Array.from({ length: 12 }, () => ({})) }] }] }),
              result({ locations: [loc({ uri: 'src/g.js' })], fingerprints: { k: 'v' } }),
            ],
          },
        ],
      },
      {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'U' } },
            originalUriBaseIds: { SRC: { uri: pathToFileURL(path.join(checkout, 'pkg')).href + '/' } },
            results: [result({ locations: [loc({ uri: 'x.js', uriBaseId: 'SRC' })] }), result({ locations: [loc({ uri: 'y.js' })] })],
          },
        ],
      },
    ];
  }

  test('on the real logs, the generated ones and logs whose results change on the way in', () => {
    const checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-result-check-'));
    const inputs: Array<{ name: string; buf: Buffer }> = [...sarifFiles(SHARED_SARIF), ...sarifFiles(OWN_SARIF)].map((f) => ({ name: path.basename(f), buf: fs.readFileSync(f) }));
    for (const [i, log] of changingLogs(checkout).entries()) {
      inputs.push({ name: `changing-${i}.sarif`, buf: Buffer.from(JSON.stringify(log)) });
      inputs.push({ name: `changing-${i}-pretty.sarif`, buf: Buffer.from(JSON.stringify(log, null, 2)) });
    }
    let compared = 0;
    for (const { name, buf } of inputs) {
      const options = { checkoutRoot: checkout, limits: { ...limits, threadFlowLocationsPerResult: 10 } };
      const fast = ingestBuffer(buf, name, options);
      const full = ingestBuffer(buf, name, { ...options, keepObjects: true });
      assert.equal(fast.ok, full.ok, name);
      if (!fast.ok || !full.ok) {
        assert.deepEqual(fast.ok ? [] : fast.problems, full.ok ? [] : full.problems, name);
        continue;
      }
      assert.deepEqual(fast.ingested.rebase, full.ingested.rebase, name);
      assert.deepEqual(fast.ingested.tally, full.ingested.tally, name);
      fast.ingested.runs.forEach((run, r) => {
        const other = full.ingested.runs[r]!;
        assert.deepEqual(run.run, other.run, name);
        assert.deepEqual(run.records.map(fields), other.records.map(fields), name);
        compared += run.records.length;
      });
      // And through a worker's columns: what the main thread reads back is the same.
      const packed = packOutcome(ingestBuffer(buf, name, { ...options, recordSink: () => new ColumnSink() })).packed;
      const back = unpackOutcome(packed, buf);
      assert.ok(back.ok, name);
      back.ingested.runs.forEach((run, r) => assert.deepEqual(run.records.map(fields), fast.ingested.runs[r]!.records.map(fields), name));
    }
    assert.ok(compared > 50, `${compared} records compared`);
  });
});

describe('the merge around the fast path', () => {
  test('on worker threads, broken inputs are reported as on the main thread, and the rest merged alike', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-result-check-'));
    const files = [...sarifFiles(SHARED_SARIF), ...sarifFiles(OWN_SARIF)];
    // A file whose log around the results breaks the schema, and one whose result does.
    const good = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ ruleId: 'r', message: { text: 'm' } }] }] };
    fs.writeFileSync(path.join(dir, 'bad-log.sarif'), JSON.stringify({ ...good, runs: [{ ...good.runs[0], tool: { driver: {} } }] }));
    fs.writeFileSync(path.join(dir, 'bad-result.sarif'), JSON.stringify({ ...good, runs: [{ ...good.runs[0], results: [{ ruleId: 'r', message: { text: 'm' } }, { ruleId: 7, message: {} }] }] }));
    files.push(path.join(dir, 'bad-log.sarif'), path.join(dir, 'bad-result.sarif'));
    const inputs = files.map((f) => ({ path: f, name: path.basename(f) }));
    const merge = async (workers: number) => {
      const merger = new SarifMerger({ checkoutRoot: dir, parallel: { workers, minBytesForWorkers: 0, mainThreadIngests: false } });
      const added = await merger.addFiles(inputs);
      return { added, used: merger.workersUsed, problems: merger.problems, merged: await merger.finish() };
    };
    const inThread = await merge(0);
    const onWorkers = await merge(2);
    // Every file went through a worker (which of the two took it is up to which was ready first).
    assert.ok(onWorkers.used >= 1, `${onWorkers.used} workers worked`);
    assert.equal(onWorkers.added, inThread.added);
    assert.deepEqual(onWorkers.problems, inThread.problems);
    assert.ok(inThread.problems.some((p) => p.file === 'bad-log.sarif' && p.path.startsWith('runs[0].tool.driver')));
    assert.ok(inThread.problems.some((p) => p.file === 'bad-result.sarif' && p.path.startsWith('runs[0].results[1]')));
    assert.ok(onWorkers.merged.toBuffer().equals(inThread.merged.toBuffer()));
  });

  test('duplicates are found by key hash, and two keys with one hash are told apart', () => {
    const record = (key: string, hash: number, info = 1): ResultRecord =>
      ({ dedupeKey: key, keyHash: hash, info, seq: 0, keyBytes: undefined, keyStart: 0, keyEnd: 0 }) as unknown as ResultRecord;
    const deduper = new ResultDeduper();
    deduper.add(record('a', 7));
    deduper.add(record('b', 7)); // same hash, another key: a collision, not a duplicate
    deduper.add(record('b', 7, 5)); // a duplicate of "b" that says more: it takes b's place
    deduper.add(record('a', 7));
    deduper.add(record('c', hashKey('c')));
    assert.deepEqual(
      deduper.records.map((r) => [r.dedupeKey, r.info]),
      [
        ['a', 1],
        ['b', 5],
        ['c', 1],
      ],
    );
    assert.equal(deduper.duplicates, 2);
  });

  test('the gzip of a merged log is the gzip of its text, also when results are cut to fit', async () => {
    const checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-result-check-'));
    const rand = random(11);
    const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa'.split(' ');
    const results: SarifResult[] = Array.from({ length: 3000 }, (_, i) => ({
      ruleId: `r${i % 7}`,
      level: (['error', 'warning', 'note'] as const)[i % 3],
      message: { text: Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(' ') },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i % 50}.js` }, region: { startLine: 1 + (i % 400) } } }],
      partialFingerprints: { primaryLocationLineHash: `${i.toString(16)}:1` },
    }));
    const log: SarifLog = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results }] };
    for (const gzippedBytes of [10_000_000, 40_000]) {
      const merger = new SarifMerger({ checkoutRoot: checkout, limits: { gzippedBytes } });
      assert.ok(merger.addLog(log, 'log.sarif'));
      const merged = await merger.finish();
      assert.ok(zlib.gunzipSync(merged.gzip).equals(merged.toBuffer()));
      assert.ok(merged.gzip.length <= gzippedBytes);
      if (gzippedBytes < 1_000_000) assert.ok(merged.summary.results < 3000, 'results were cut');
    }
  });
});
