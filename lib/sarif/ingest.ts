import { isAscii } from 'node:buffer';
import * as fs from 'node:fs/promises';
import { errorMessage } from '../errors';
import type { RecordRows } from './ingest-transfer';
import { compactJson, jsonPathAt, lineAndColumn, scanSarifLayout, spansWithLineBreaks, type SarifLayout } from './json-scan';
import { emptyTally, trimResult, type SarifLimits, type TrimTally } from './limits';
import { JSON_SYNTAX_RULE, schemaProblem, type SarifProblem } from './problems';
import { FILE_URI_MARK, dropDanglingArtifactIndexes, emptyRebaseCounts, rebaseArtifactLocation, rebasePlan, rebaseResult, type RebaseCounts, type RebasePlan } from './rebase';
import { SLOTS, checkLog, scanMarked, scannedResult, type ResultScan } from './result-check';
import { ResultScans } from './result-scans';
import { countThreadFlowLocations, hashKey, resultFacts, ruleLookup, type RecordFacts, type ResultRecord, type RuleLookup } from './result-record';
import { RunRules, ScannedFacts, readScannedFacts } from './scanned-facts';
import { sarifDefinitionViolations, sarifSchemaViolations } from './schema-validate';
import type { SarifLog, SarifResult, SarifRun } from './types';

/**
 * Reads SARIF files for a merge or an upload. Each file is parsed and held to the SARIF 2.1.0
 * schema; a file that is not JSON or breaks the schema yields problems naming the file, the JSON
 * path and the rule, and is left out, while every other file goes through. File locations are
 * rebased onto the checkout (rebase.ts).
 *
 * A file is never turned into one object tree: its bytes are scanned for where each result sits
 * (json-scan.ts), the rest of the log is parsed whole, and each result is checked on its bytes
 * against the schema's `result` definition in the same pass (result-check.ts), which reads off
 * the few values its record needs. A result that check does not vouch for (broken, unusual, or
 * one that ingestion changes: a URI to rebase, an index to drop, too many locations) is parsed,
 * held to the schema by ajv (which names the JSON path of each problem), changed and measured.
 * What is kept per result is a record (result-record.ts) pointing back into the file's bytes.
 */

export interface IngestOptions {
  /** The repository checkout that file URIs are made relative to. */
  checkoutRoot: string;
  /** Cut each result to GitHub's per-result limits (locations, thread-flow steps); off when undefined. */
  limits?: SarifLimits;
  /** Keep each result as an object on its record (for callers that want SarifLog objects back). */
  keepObjects?: boolean;
  /** Problems listed per file before the rest are only counted. */
  maxProblems?: number;
  /**
   * Leave the schema check of the log around the results to the caller, who gets the log's text
   * in `IngestedFile.uncheckedLog` (a worker thread does this: the main thread checks, while the
   * workers read on, and a worker need not build the schema validator for valid input).
   */
  deferLogCheck?: boolean;
  /** Records go to a sink of this factory's per run instead of arrays of objects (IngestedRun.sink). */
  recordSink?: () => RecordSink;
}

/** One run of an ingested file: its skeleton (results left out) and one record per result. */
export interface IngestedRun {
  run: SarifRun;
  records: ResultRecord[];
  lookup: RuleLookup;
  /** With IngestOptions.recordSink: where the records went instead of `records` (which is then empty). */
  sink?: RecordSink;
  /** Records that came as columns (from a worker thread, or the main thread's own ColumnSink): the same records as rows, without an object each. */
  rows?: RecordRows;
}

/** Takes a run's records as they are made (a worker thread writes them to columns at once: ingest-transfer.ts). */
export interface RecordSink {
  push(record: ResultRecord): void;
  /** Takes a record as facts read off the file's bytes (scanned-facts.ts), when the sink can. */
  pushFacts?(facts: ScannedFacts, buf: Buffer, start: number, end: number, pretty: boolean, seq: number): void;
  /** Before facts are read for pushFacts: where their key is to be written. */
  keyTarget?(facts: ScannedFacts): void;
  /** Room for this many more records (the count of a run's results, known before they are read). */
  reserve?(results: number): void;
  /** After the run's last record, before the file's walk goes on to anything else. */
  end?(): void;
}

export interface IngestedFile {
  /** The file's name as the caller gave it, used in messages. */
  file: string;
  /** The log's own properties besides its runs ($schema, version, properties, …). */
  head: Omit<SarifLog, 'runs'>;
  /** Size in bytes, for the summary. */
  bytes: number;
  runs: IngestedRun[];
  rebase: RebaseCounts;
  tally: TrimTally;
  /**
   * With `deferLogCheck`: the log around the results (every results array empty), as read, still
   * to be held to the schema (checkDeferredLog). A log that fails it must be ingested anew
   * without `deferLogCheck`, which lists all its problems.
   */
  uncheckedLog?: string;
}

export type IngestOutcome = { ok: true; ingested: IngestedFile } | { ok: false; problems: SarifProblem[] };

const DEFAULT_MAX_PROBLEMS = 100;

/** V8 says where JSON.parse stopped as "at position N" (a UTF-16 index); absent at end of input. */
function errorPosition(err: unknown, text: string): number {
  const m = /at position (\d+)/.exec(errorMessage(err));
  return m ? Number(m[1]) : text.length;
}

/** The JSON.parse message without the position, which the problem gives as line and column. */
function syntaxMessage(err: unknown): string {
  return errorMessage(err)
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
}

function joinPath(outer: string, inner: string): string {
  if (inner === '') return outer;
  return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}

class ProblemList {
  readonly items: SarifProblem[] = [];
  more = 0;
  constructor(
    readonly file: string,
    readonly max: number,
  ) {}
  add(problem: SarifProblem): void {
    if (this.items.length < this.max) this.items.push(problem);
    else this.more++;
  }
  get count(): number {
    return this.items.length + this.more;
  }
  done(): SarifProblem[] {
    if (this.more > 0) {
      this.items.push({ file: this.file, path: '', rule: 'summary', level: 'error', message: `${this.more} further problems in this file are not listed` });
    }
    return this.items;
  }
}

function syntaxProblem(file: string, buf: Buffer, byteOffset: number, jsonPath: string, err: unknown): SarifProblem {
  const { line, column } = lineAndColumn(buf, byteOffset);
  return { file, path: jsonPath, rule: JSON_SYNTAX_RULE, level: 'error', message: `not valid JSON: ${syntaxMessage(err)}`, line, column };
}

/** What is done to each result, whichever way the file was read. */
interface ResultContext {
  run: SarifRun;
  /** Entries in run.artifacts: an artifactLocation.index at or past it points nowhere. */
  artifactCount: number;
  lookup: RuleLookup;
  plan: RebasePlan;
  options: IngestOptions;
  rebase: RebaseCounts;
  tally: TrimTally;
}

/**
 * Rebases and trims a parsed result and reads its facts into a record (its source is set by the
 * merge). `text` is set when the result changed, so its JSON is written anew.
 */
function recordOf(result: SarifResult, ctx: ResultContext, mayHoldFileUri: boolean, seq: number, mayHoldIndex = true): ResultRecord {
  let changed = false;
  if (mayHoldFileUri || ctx.plan.rewritesRelative) changed = rebaseResult(result, ctx.plan, ctx.rebase);
  if (mayHoldIndex && ctx.artifactCount === 0 && dropDanglingArtifactIndexes(result, 0, ctx.rebase)) changed = true;
  // Counted before any cut, for `assay sarif validate` to report.
  const locationCount = Array.isArray(result.locations) ? result.locations.length : 0;
  const threadFlowLocationCount = countThreadFlowLocations(result);
  if (ctx.options.limits && trimResult(result, ctx.options.limits, ctx.tally)) changed = true;
  return recordFrom(result, resultFacts(result, ctx.run, ctx.lookup), ctx.run, seq, changed ? JSON.stringify(result) : undefined, locationCount, threadFlowLocationCount);
}

/**
 * The record of a result result-check.ts vouched for, read from its bytes: the properties the
 * facts are made of were captured by the check, the rest only counted. Only for results nothing
 * would change: no file URI or base to rebase, no artifact index to drop, within the per-result
 * limits (the caller sees to that).
 */
function scannedRecord(buf: Buffer, ascii: boolean, scan: ResultScan, ctx: ResultContext, seq: number): ResultRecord {
  const { result, counts } = scannedResult(buf, scan, ascii);
  return recordFrom(result, resultFacts(result, ctx.run, ctx.lookup, counts), ctx.run, seq, undefined, counts.locations, counts.threadFlowLocations);
}

/**
 * The record of a result's facts; its bytes (buf, span, pretty) are the caller's to set. Every
 * record has the same properties, created in the same order (one hidden class).
 */
function recordFrom(result: SarifResult, facts: RecordFacts, run: SarifRun, seq: number, text: string | undefined, locationCount: number, threadFlowLocationCount: number): ResultRecord {
  // Where a fingerprint would be read from; resolved to a file only for results that are kept.
  let sourceUri: string | undefined;
  if (!facts.hasLineHash && facts.fingerprintable) {
    const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
    sourceUri = location?.uri ?? (typeof location?.index === 'number' ? run.artifacts?.[location.index]?.location?.uri : undefined);
  }
  return {
    buf: undefined,
    start: 0,
    end: 0,
    pretty: false,
    text,
    object: undefined,
    ruleId: facts.ruleId,
    level: facts.level,
    score: facts.score,
    severity: facts.severity,
    rank: facts.rank,
    info: facts.info,
    dedupeKey: facts.dedupeKey,
    keyHash: facts.dedupeKey === undefined ? -1 : hashKey(facts.dedupeKey),
    keyBytes: undefined,
    keyStart: 0,
    keyEnd: 0,
    hasLineHash: facts.hasLineHash,
    fingerprintable: facts.fingerprintable,
    locationCount,
    threadFlowLocationCount,
    sourceUri,
    source: -1,
    seq,
  };
}

/** Rebases the run's own artifact table (results may refer to it by index). */
function rebaseRunArtifacts(run: SarifRun, plan: RebasePlan, counts: RebaseCounts): void {
  for (const artifact of run.artifacts ?? []) {
    if (artifact?.location) rebaseArtifactLocation(artifact.location, plan, counts);
  }
}

/** The skeleton of a laid-out file: its text with every results array emptied, and where each piece came from. */
function skeletonOf(buf: Buffer, layout: SarifLayout): { bytes: Buffer; text: string; pieces: Array<{ at: number; from: number }> } {
  const parts: Buffer[] = [];
  const pieces: Array<{ at: number; from: number }> = [];
  let from = layout.start;
  let at = 0;
  for (const run of layout.runs) {
    if (!run.results) continue;
    const part = buf.subarray(from, run.results.open + 1);
    pieces.push({ at, from });
    parts.push(part);
    at += part.length;
    from = run.results.close;
  }
  pieces.push({ at, from });
  parts.push(buf.subarray(from));
  const bytes = Buffer.concat(parts);
  return { bytes, text: bytes.toString('utf8'), pieces };
}

/** A byte offset in the skeleton's text back to one in the file. */
function fileOffset(pieces: ReadonlyArray<{ at: number; from: number }>, skeletonOffset: number): number {
  let piece = pieces[0]!;
  for (const p of pieces) if (p.at <= skeletonOffset) piece = p;
  return piece.from + (skeletonOffset - piece.at);
}

/**
 * Reads one SARIF file. On success, the runs with a record per result; otherwise the problems
 * (all of them, up to maxProblems): a file with any problem contributes nothing.
 */
export async function ingestSarifFile(file: string, options: IngestOptions, name = file): Promise<IngestOutcome> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (err) {
    return { ok: false, problems: [unreadable(name, err)] };
  }
  return ingestBuffer(buf, name, options);
}

/** The problem for a file that could not be read. */
export function unreadable(name: string, err: unknown): SarifProblem {
  return { file: name, path: '', rule: 'input', level: 'error', message: `could not be read: ${errorMessage(err)}` };
}

/** ingestSarifFile for bytes already read (by a worker thread, from memory shared with the main thread). */
export function ingestBuffer(buf: Buffer, name: string, options: IngestOptions): IngestOutcome {
  const problems = new ProblemList(name, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  // Results are checked on their bytes while the file is laid out, in the same pass (result-check.ts).
  const ascii = isAscii(buf);
  let scans: ResultScans | undefined;
  if (!options.keepObjects) {
    scans = resultScans;
    scans.reset(buf, ascii);
  }
  try {
    const hooks = scans?.hooks();
    const layout = scanSarifLayout(buf, hooks?.visitResult, hooks?.visitResults);
    const ingested = layout ? ingestLaidOut(name, buf, layout, options, problems, ascii, scans) : ingestWhole(name, buf, options, problems);
    if (problems.count > 0 || !ingested) return { ok: false, problems: problems.done() };
    return { ok: true, ingested };
  } finally {
    scans?.done();
  }
}

/** One for the thread: ingestBuffer runs to the end before it is called again. */
const resultScans = new ResultScans();
const scannedFacts = new ScannedFacts();

/** The fast path: skeleton parsed whole, each result parsed from its span. */
function ingestLaidOut(file: string, buf: Buffer, layout: SarifLayout, options: IngestOptions, problems: ProblemList, ascii: boolean, scans: ResultScans | undefined): IngestedFile | undefined {
  const skeleton = skeletonOf(buf, layout);
  let log: SarifLog;
  try {
    log = JSON.parse(skeleton.text) as SarifLog;
  } catch (err) {
    const charOffset = errorPosition(err, skeleton.text);
    const byteOffset = Buffer.byteLength(skeleton.text.slice(0, charOffset));
    problems.add(syntaxProblem(file, buf, fileOffset(skeleton.pieces, byteOffset), jsonPathAt(skeleton.text, charOffset), err));
    return undefined;
  }
  // The skeleton is checked on its bytes first (result-check.ts); only what that check does not
  // vouch for goes to the full validator, which names each problem.
  const vouched = scans?.checkLog(skeleton.bytes) ?? checkLog(skeleton.bytes, 0, skeleton.bytes.length, ascii);
  if (vouched) {
    // valid: nothing to report, nothing to defer
  } else if (!options.deferLogCheck) for (const v of sarifSchemaViolations(log)) problems.add(schemaProblem(file, v));
  else if (!Array.isArray(log.runs) || log.runs.some((run) => typeof run !== 'object' || run === null || Array.isArray(run))) {
    // Not even the shape the rest relies on: the caller's check will list why.
    return { file, head: headOf(log), bytes: buf.length, runs: [], rebase: emptyRebaseCounts(), tally: emptyTally(), uncheckedLog: skeleton.text };
  }
  const runs = Array.isArray(log.runs) ? log.runs : [];
  if (problems.count > 0) {
    // The file is out, but its results are still checked, so one report lists all its problems.
    layout.runs.forEach((run, r) => validateOnly(file, buf, r, run.results?.spans ?? [], problems));
    return undefined;
  }
  // Results the scan could not see (a "results" key written with escapes) would be lost: read the file whole.
  if (runs.length !== layout.runs.length || runs.some((r, i) => !layout.runs[i]!.results && (r.results?.length ?? 0) > 0)) {
    return ingestWhole(file, buf, options, problems);
  }
  const rebase = emptyRebaseCounts();
  const tally = emptyTally();
  const ingestedRuns: IngestedRun[] = [];
  let seq = 0;
  runs.forEach((run, r) => {
    const plan = rebasePlan(run, options.checkoutRoot);
    rebaseRunArtifacts(run, plan, rebase);
    const lookup = ruleLookup(run);
    const artifactCount = run.artifacts?.length ?? 0;
    const ctx: ResultContext = { run, artifactCount, lookup, plan, options, rebase, tally };
    const sink = options.recordSink?.();
    const records: RecordSink = sink ?? [];
    const spans = layout.runs[r]!.results?.spans ?? [];
    sink?.reserve?.(spans.length / 2);
    // Which results were pretty-printed: the check saw it for those it read, the rest are looked at when needed.
    let pretty: Uint8Array | undefined;
    // Which results may hold a file URI, or an artifact index (only a run without artifacts can
    // have indexes that point nowhere): worked out for the results parsed whole, when there is one.
    let fileUris: Uint8Array | undefined;
    let indexes: Uint8Array | undefined;
    const marks = () => {
      fileUris ??= spansContaining(buf, spans, FILE_URI_MARK);
      // (`index"` is found faster than `"index"`, quotes being everywhere.)
      if (artifactCount === 0) indexes ??= spansContaining(buf, spans, 'index"');
    };
    // Results that nothing would change are checked on their bytes (result-check.ts) and never
    // parsed whole: the check marks the artifact locations that might change.
    const quick = scans !== undefined && !plan.rewritesRelative;
    // Facts straight off the bytes into the sink's columns where both can (an ASCII file).
    const pushFacts = ascii && sink?.pushFacts && sink.keyTarget ? sink : undefined;
    let rules: RunRules | undefined;
    const limits = options.limits;
    for (let k = 0; k < spans.length / 2; k++) {
      const start = spans[2 * k]!;
      const end = spans[2 * k + 1]!;
      if (quick && pushFacts && problems.count === 0) {
        // The WebAssembly walk read the facts of the whole array at once (result-scans.ts).
        rules ??= new RunRules(lookup);
        pushFacts.keyTarget!(scannedFacts);
        const taken = scans.quickFacts(start, rules, scannedFacts, artifactCount === 0, limits);
        if (taken >= 0) {
          pushFacts.pushFacts!(scannedFacts, buf, start, end, taken === 1, seq++);
          continue;
        }
      }
      if (quick) {
        const scan = scans.take(start);
        if (
          scan &&
          !scanMarked(scan, SLOTS.otherUri) &&
          !(artifactCount === 0 && (scanMarked(scan, SLOTS.anyIndex) || scanMarked(scan, SLOTS.artifactIndex))) &&
          (!limits || (scan.counts[SLOTS.locations]! <= limits.locationsPerResult && scan.threadFlowLocations <= limits.threadFlowLocationsPerResult))
        ) {
          if (problems.count > 0) continue; // valid, and the file is out anyway
          if (pushFacts) {
            rules ??= new RunRules(lookup);
            pushFacts.keyTarget!(scannedFacts);
            if (readScannedFacts(buf, scan, rules, scannedFacts)) {
              pushFacts.pushFacts!(scannedFacts, buf, start, end, scan.lineBreak, seq++);
              continue;
            }
          }
          const record = scannedRecord(buf, ascii, scan, ctx, seq++);
          record.buf = buf;
          record.start = start;
          record.end = end;
          record.pretty = scan.lineBreak;
          records.push(record);
          continue;
        }
      }
      const text = buf.toString(ascii ? 'latin1' : 'utf8', start, end);
      let result: SarifResult;
      try {
        result = JSON.parse(text) as SarifResult;
      } catch (err) {
        const charOffset = errorPosition(err, text);
        const byteOffset = start + (ascii ? charOffset : Buffer.byteLength(text.slice(0, charOffset)));
        problems.add(syntaxProblem(file, buf, byteOffset, joinPath(`runs[${r}].results[${k}]`, jsonPathAt(text, charOffset)), err));
        continue;
      }
      const violations = sarifDefinitionViolations('result', result, `/runs/${r}/results/${k}`);
      if (violations.length > 0) {
        for (const v of violations) problems.add(schemaProblem(file, v));
        continue;
      }
      if (problems.count > 0) continue; // the file is out; only its problems matter now
      marks();
      const record = recordOf(result, ctx, fileUris![k] === 1, seq++, indexes !== undefined && indexes[k] === 1);
      record.buf = buf;
      record.start = start;
      record.end = end;
      pretty ??= spansWithLineBreaks(buf, spans);
      record.pretty = pretty[k] === 1;
      if (options.keepObjects) record.object = result;
      records.push(record);
    }
    sink?.end?.();
    run.results = [];
    ingestedRuns.push(sink ? { run, records: [], lookup, sink } : { run, records: records as ResultRecord[], lookup });
  });
  if (problems.count > 0) return undefined;
  return { file, head: headOf(log), bytes: buf.length, runs: ingestedRuns, rebase, tally, ...(options.deferLogCheck && !vouched ? { uncheckedLog: skeleton.text } : {}) };
}

/** True when a log whose check was deferred (IngestedFile.uncheckedLog) holds to the schema. */
export function checkDeferredLog(text: string): boolean {
  try {
    return sarifSchemaViolations(JSON.parse(text)).length === 0;
  } catch {
    return false;
  }
}

/** Parses and checks the results of a run of a file that is already known to be broken. */
function validateOnly(file: string, buf: Buffer, r: number, spans: readonly number[], problems: ProblemList): void {
  for (let k = 0; k < spans.length / 2 && problems.more === 0; k++) {
    const start = spans[2 * k]!;
    const text = buf.toString('utf8', start, spans[2 * k + 1]!);
    let result: unknown;
    try {
      result = JSON.parse(text);
    } catch (err) {
      const charOffset = errorPosition(err, text);
      problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), joinPath(`runs[${r}].results[${k}]`, jsonPathAt(text, charOffset)), err));
      continue;
    }
    for (const v of sarifDefinitionViolations('result', result, `/runs/${r}/results/${k}`)) problems.add(schemaProblem(file, v));
  }
}

/** The ordinary path for files the scan does not handle: JSON.parse and the schema on the whole log. */
function ingestWhole(file: string, buf: Buffer, options: IngestOptions, problems: ProblemList): IngestedFile | undefined {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const text = buf.toString('utf8', start);
  let log: SarifLog;
  try {
    log = JSON.parse(text) as SarifLog;
  } catch (err) {
    const charOffset = errorPosition(err, text);
    problems.add(syntaxProblem(file, buf, start + Buffer.byteLength(text.slice(0, charOffset)), jsonPathAt(text, charOffset), err));
    return undefined;
  }
  for (const v of sarifSchemaViolations(log)) problems.add(schemaProblem(file, v));
  if (problems.count > 0) return undefined;
  return ingestParsed(file, log, buf.length, options);
}

/** Records for a parsed, valid log that is ours to change. */
function ingestParsed(file: string, log: SarifLog, bytes: number, options: IngestOptions): IngestedFile {
  const rebase = emptyRebaseCounts();
  const tally = emptyTally();
  let seq = 0;
  const runs = log.runs.map((run): IngestedRun => {
    const plan = rebasePlan(run, options.checkoutRoot);
    rebaseRunArtifacts(run, plan, rebase);
    const lookup = ruleLookup(run);
    const ctx: ResultContext = { run, artifactCount: run.artifacts?.length ?? 0, lookup, plan, options, rebase, tally };
    const records = (run.results ?? []).map((result) => {
      const record = recordOf(result, ctx, true, seq++);
      record.text = undefined;
      record.object = result;
      return record;
    });
    run.results = [];
    return { run, records, lookup };
  });
  return { file, head: headOf(log), bytes, runs, rebase, tally };
}

/**
 * A log the caller built or read (e.g. runs from buildToolRun), taken like a file: checked against
 * the schema, then rebased and measured. The caller's objects are not changed (a copy is).
 */
export function ingestLog(log: SarifLog, name: string, options: IngestOptions): IngestOutcome {
  const problems = new ProblemList(name, options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  for (const v of sarifSchemaViolations(log)) problems.add(schemaProblem(name, v));
  if (problems.count > 0) return { ok: false, problems: problems.done() };
  return { ok: true, ingested: ingestParsed(name, structuredClone(log), 0, options) };
}

function headOf(log: SarifLog): Omit<SarifLog, 'runs'> {
  const { runs: _runs, ...head } = log;
  return head;
}

/** Marks the spans whose bytes contain `needle` (one pass over the buffer). */
function spansContaining(buf: Buffer, spans: readonly number[], needle: string): Uint8Array {
  const marks = new Uint8Array(spans.length / 2);
  if (spans.length === 0) return marks;
  let k = 0;
  for (let pos = buf.indexOf(needle, spans[0]!); pos !== -1 && k < marks.length; pos = buf.indexOf(needle, pos + 1)) {
    while (k < marks.length && spans[2 * k + 1]! <= pos) k++;
    if (k < marks.length && spans[2 * k]! <= pos) marks[k] = 1;
  }
  return marks;
}

/**
 * The records' JSON one after another as a run's results are written (each after its separator:
 * "\n" before the first, ",\n" before the others), compact, in one buffer; and where each record's
 * text (its separator included) starts, with the end last. The buffer is laid out at once and
 * filled by `fill(from, to)`, records [from, to), so a caller can compress what is filled while
 * it fills the rest; `fill()` with no arguments fills it all.
 */
export function recordsText(records: readonly ResultRecord[], alloc: (size: number) => Buffer = Buffer.allocUnsafe): { text: Buffer; offsets: Float64Array; fill: (from?: number, to?: number) => void } {
  // Texts that are not spans reused as they are (changed results, objects, pretty-printed spans).
  const made = new Map<number, Buffer>();
  const offsets = new Float64Array(records.length + 1);
  let at = 0;
  records.forEach((record, k) => {
    offsets[k] = at;
    at += k === 0 ? 1 : 2;
    if (record.text === undefined && record.buf && !record.pretty) at += record.end - record.start;
    else {
      const bytes = record.text !== undefined ? Buffer.from(record.text) : record.buf ? compactJson(record.buf, record.start, record.end) : Buffer.from(JSON.stringify(record.object));
      made.set(k, bytes);
      at += bytes.length;
    }
  });
  offsets[records.length] = at;
  const text = alloc(at);
  const fill = (from = 0, to = records.length) => {
    for (let k = from; k < to; k++) {
      const record = records[k]!;
      let o = offsets[k]!;
      if (k > 0) text[o++] = 0x2c;
      text[o++] = 0x0a;
      const bytes = made.get(k);
      if (bytes) bytes.copy(text, o);
      else record.buf!.copy(text, o, record.start, record.end);
    }
  };
  return { text, offsets, fill };
}

/** A record's result as an object of its own (parsed again from its JSON; the caller may change it). */
export function recordObject(record: ResultRecord): SarifResult {
  if (record.text !== undefined) return JSON.parse(record.text) as SarifResult;
  if (record.buf) return JSON.parse(record.buf.toString('utf8', record.start, record.end)) as SarifResult;
  return structuredClone(record.object!);
}
