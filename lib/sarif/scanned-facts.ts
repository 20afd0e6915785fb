import { severityFromSarifLevel, severityFromScore, type Severity } from '../severity';
import { REGION_FIELDS, SLOTS, hashBytes, type ResultScan } from './result-check';
import { rankOf, securitySeverityOf, type RuleLookup } from './result-record';
import type { SarifResultLevel, SarifRule } from './types';

/**
 * A result's facts (result-record.ts's resultFacts) read straight off the spans the byte-level
 * check captured (result-check.ts), without building the result's objects or its dedupe key as
 * a string: the key's bytes are put together in a buffer and hashed as they go. Of 200,000
 * results in a large merge nearly all take this path, and making objects and strings for each
 * was a third of reading a file.
 *
 * It only takes results whose facts it can read exactly as resultFacts would: an ASCII file (so
 * a key's bytes are its characters, and its hash the one hashKey gives the string), strings
 * without escapes, plain integers in the region, the rule found by index or id in the driver,
 * a location with its URI written out, and one fingerprint or a line hash. Anything else (a
 * message as the key, a rule reference object, a URI by artifact index …) makes readScannedFacts
 * say no, and the caller takes the object path, which gives the same facts more slowly
 * (test/sarif-scanned-facts.test.ts holds the two to each other).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/**
 * The part of a 32-bit hash used as a Map key: V8 keeps integers below 2³⁰ as small integers and
 * boxes larger ones as heap numbers, which a Map hashes and compares far more slowly (a rule
 * looked up by the hash of its id took 300 ns; 50,000 results a file).
 */
export const SMALL_HASH = 0x3fffffff;

/** What a run's rule gives a result that does not say itself. */
export interface RuleFacts {
  id: string;
  /** The id's bytes, undefined when it is not ASCII (then the key is made the slow way). */
  idBytes: Uint8Array | undefined;
  defaultLevel: SarifResultLevel | undefined;
  score: number | undefined;
}

function asciiBytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    bytes[i] = c;
  }
  return bytes;
}


/** One run's rules, looked up the way result-record.ts's ruleOf does for a result without a `rule` object. */
export class RunRules {
  private readonly byIndex: Array<RuleFacts | undefined>;
  /**
   * FNV hash of the id's bytes (its low 30 bits: see SMALL_HASH) → the rules with such an id
   * (lookup.byId's, the first of each id).
   */
  private readonly byIdHash = new Map<number, RuleFacts[]>();
  private readonly facts = new Map<SarifRule, RuleFacts>();

  constructor(lookup: RuleLookup) {
    this.byIndex = (lookup.driver?.rules ?? []).map((rule) => (rule ? this.factsOf(rule) : undefined));
    for (const [id, rule] of lookup.byId) {
      const facts = this.factsOf(rule);
      const bytes = asciiBytes(id);
      if (!bytes) continue; // an id beyond ASCII never matches the bytes of an ASCII file
      const hash = hashBytes(bytes) & SMALL_HASH;
      const list = this.byIdHash.get(hash);
      if (list) list.push({ ...facts, idBytes: bytes });
      else this.byIdHash.set(hash, [{ ...facts, idBytes: bytes }]);
    }
  }

  private factsOf(rule: SarifRule): RuleFacts {
    let facts = this.facts.get(rule);
    if (!facts) {
      const id = typeof rule.id === 'string' ? rule.id : '';
      facts = { id, idBytes: asciiBytes(id), defaultLevel: rule.defaultConfiguration?.level, score: securitySeverityOf(rule.properties) };
      this.facts.set(rule, facts);
    }
    return facts;
  }

  index(i: number): RuleFacts | undefined {
    return i >= 0 && i < this.byIndex.length ? this.byIndex[i] : undefined;
  }

  /** The rule whose id is buf[start, end) (bytes without escapes), whose FNV-1a hash is `hash`. */
  id(buf: Buffer, start: number, end: number, hash: number): RuleFacts | undefined {
    const list = this.byIdHash.get(hash & SMALL_HASH);
    if (!list) return undefined;
    for (const facts of list) {
      const bytes = facts.idBytes!;
      if (bytes.length !== end - start) continue;
      let k = 0;
      while (k < bytes.length && bytes[k] === buf[start + k]) k++;
      if (k === bytes.length) return facts;
    }
    return undefined;
  }
}

/** The facts of one result, reused from result to result (read them before the next). */
export class ScannedFacts {
  level: SarifResultLevel = 'warning';
  score: number | undefined = undefined;
  severity: Severity = 'medium';
  rank = 0;
  info = 0;
  hasLineHash = false;
  fingerprintable = false;
  locationCount = 0;
  threadFlowLocationCount = 0;
  /** The rule id as a span of the file, or (start -1) as `ruleIdText`. */
  ruleIdStart = -1;
  ruleIdEnd = -1;
  ruleIdText = '';
  /** The URI a fingerprint would be read from, as a span of the file; start -1 for none. */
  sourceUriStart = -1;
  sourceUriEnd = -1;
  /**
   * The dedupe key's bytes, key[keyStart, keyLength), and hashKey() of it. The key is written
   * where the caller says (writeKeyAt): a sink points it at the end of its own key column, so a
   * record it takes needs no copy.
   */
  key: Buffer = Buffer.allocUnsafeSlow(1024);
  keyStart = 0;
  keyLength = 0;
  /** FNV-1a of the rule id's bytes and of the source URI's (what a sink looks them up by). */
  ruleIdHash = 0;
  sourceUriHash = 0;
  keyHash = 0;
  /** A backslash went into the key: a string in it is escaped, so its bytes are not its text. */
  escapes = false;
  private h = FNV_OFFSET;

  /**
   * A key made elsewhere (result-walk.ts): bytes[start, end), with its hash. Not copied: the
   * sink copies the keys of consecutive results in one go (ColumnSink), and the caller keeps
   * `bytes` unchanged until then. keyText() reads it wherever it is.
   */
  setKey(bytes: Buffer, start: number, end: number, hash: number): void {
    this.keySource = bytes;
    this.keySourceStart = start;
    this.keyLength = this.keyStart + (end - start);
    this.keyHash = hash;
  }

  /** Where setKey's key is (key[keyStart, keyLength) holds it when this is undefined). */
  keySource: Buffer | undefined = undefined;
  keySourceStart = 0;

  /** The key's bytes as text (for tests and messages). */
  keyText(): string {
    return this.keySource
      ? this.keySource.toString('latin1', this.keySourceStart, this.keySourceStart + this.keyLength - this.keyStart)
      : this.key.toString('latin1', this.keyStart, this.keyLength);
  }

  /** Writes the next key into `buffer` from `offset` on (room() may move it to a larger buffer). */
  writeKeyAt(buffer: Buffer, offset: number): void {
    this.key = buffer;
    this.keyStart = offset;
  }

  private room(n: number): void {
    if (this.keyLength + n <= this.key.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.key.length * 2, this.keyLength + n));
    this.key.copy(grown, 0, 0, this.keyLength);
    this.key = grown;
  }

  /** Appends bytes to the key, hashing them; returns the FNV-1a hash of these bytes alone. */
  put(bytes: ArrayLike<number>, start: number, end: number): number {
    this.room(end - start);
    const key = this.key;
    let o = this.keyLength;
    let h = this.h;
    let own = FNV_OFFSET;
    let escapes = false;
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      key[o++] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
      own = Math.imul(own ^ c, FNV_PRIME);
      escapes ||= c === BACKSLASH;
    }
    this.keyLength = o;
    this.h = h;
    if (escapes) this.escapes = true;
    return own | 0;
  }

  putByte(c: number): void {
    this.room(1);
    this.key[this.keyLength++] = c;
    this.h = Math.imul(this.h ^ c, FNV_PRIME);
  }

  startKey(): void {
    this.keySource = undefined;
    this.keyLength = this.keyStart;
    this.h = FNV_OFFSET;
    this.escapes = false;
  }

  endKey(): void {
    this.keyHash = this.h & 0x3fffffff;
  }
}

// The slots as plain module constants: read once, not through the import on every result.
const S_RULE = SLOTS.rule;
const S_TOOL_COMPONENT = SLOTS.toolComponent;
const S_RULE_ID = SLOTS.ruleId;
const S_RULE_REF_ID = SLOTS.ruleRefId;
const S_RULE_INDEX = SLOTS.ruleIndex;
const S_RULE_REF_INDEX = SLOTS.ruleRefIndex;
const S_LEVEL = SLOTS.level;
const S_KIND = SLOTS.kind;
const S_SECURITY_SEVERITY = SLOTS.securitySeverity;
const S_LINE_HASH = SLOTS.lineHash;
const S_FINGERPRINTS = SLOTS.fingerprints;
const S_FINGERPRINT_KEY = SLOTS.fingerprintKey;
const S_FINGERPRINT_VALUE = SLOTS.fingerprintValue;
const S_LOCATIONS = SLOTS.locations;
const S_PRIMARY = SLOTS.primary;
const S_PHYSICAL_LOCATION = SLOTS.physicalLocation;
const S_ARTIFACT_LOCATION = SLOTS.artifactLocation;
const S_URI = SLOTS.uri;
const S_ARTIFACT_INDEX = SLOTS.artifactIndex;
const S_URI_BASE_ID = SLOTS.uriBaseId;
const S_REGION = SLOTS.region;
const S_START_LINE = SLOTS.startLine;
const S_RESULT = SLOTS.result;
const S_RELATED_LOCATIONS = SLOTS.relatedLocations;
const S_FIXES = SLOTS.fixes;
const S_PARTIAL_FINGERPRINTS = SLOTS.partialFingerprints;
const S_PROPERTIES = SLOTS.properties;

function spanStart(spans: Int32Array, slot: number): number {
  return spans[2 * slot]!;
}
function spanEnd(spans: Int32Array, slot: number): number {
  return spans[2 * slot + 1]!;
}
function has(spans: Int32Array, slot: number): boolean {
  return spans[2 * slot]! >= 0;
}

/** The number at a slot when it is written as String(n) would write it (a plain integer), else NaN. */
function plainInteger(buf: Buffer, start: number, end: number): number {
  let k = start;
  const negative = buf[k] === 0x2d;
  if (negative) k++;
  const digits = end - k;
  if (digits < 1 || digits > 15 || (buf[k] === 0x30 && (digits > 1 || negative))) return NaN;
  let n = 0;
  for (; k < end; k++) {
    const c = buf[k]!;
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + (c - 0x30);
  }
  return negative ? -n : n;
}

/**
 * A decimal written as digits with at most one point (what security-severity nearly always is),
 * as Number() reads it; NaN for anything else. Exact: a mantissa of at most 15 digits and a
 * power of ten are both exact doubles, and one division rounds correctly.
 */
function plainDecimal(buf: Buffer, start: number, end: number): number {
  if (end - start < 1 || end - start > 16) return NaN;
  let n = 0;
  let scale = 1;
  let point = false;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    if (c === 0x2e && !point && digits > 0 && k < end - 1) {
      point = true;
      continue;
    }
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + (c - 0x30);
    digits++;
    if (point) scale *= 10;
  }
  return digits > 15 ? NaN : n / scale;
}

/** The level a span spells (its bytes with the quotes), or undefined when it is not one of the four as plain bytes. */
function levelAt(buf: Buffer, start: number, end: number): SarifResultLevel | undefined {
  const c = buf[start + 1];
  const length = end - start - 2;
  if (c === 0x65 && length === 5) return 'error';
  if (c === 0x77 && length === 7) return 'warning';
  if (c === 0x6e && length === 4) return buf[start + 2] === 0x6f && buf[start + 3] === 0x74 ? 'note' : buf[start + 3] === 0x6e ? 'none' : undefined;
  return undefined;
}

/** Whether a kind span is exactly "fail" (the kind whose default level comes from the rule). */
function isFail(buf: Buffer, start: number, end: number): boolean {
  return end - start === 6 && buf[start + 1] === 0x66 && buf[start + 2] === 0x61 && buf[start + 3] === 0x69 && buf[start + 4] === 0x6c;
}

/** security-severity as securitySeverityOf() reads it, from its span. */
export function scoreAt(buf: Buffer, start: number, end: number): number | undefined {
  const c = buf[start]!;
  let value: unknown;
  if (c === QUOTE) {
    let plain = true;
    for (let i = start + 1; i < end - 1; i++) if (buf[i] === BACKSLASH) plain = false;
    const n = plain ? plainDecimal(buf, start + 1, end - 1) : NaN;
    if (!Number.isNaN(n)) return n <= 10 ? n : undefined;
    value = plain ? buf.toString('latin1', start + 1, end - 1) : JSON.parse(buf.toString('latin1', start, end));
  } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
    const n = plainDecimal(buf, start, end);
    value = Number.isNaN(n) ? Number(buf.toString('latin1', start, end)) : n;
  } else {
    return undefined;
  }
  return securitySeverityOf({ 'security-severity': value });
}

/**
 * The facts that take the rule: the level (the result's, else none for a kind other than fail,
 * else the rule's default), the score (the result's security-severity, else the rule's), and
 * the severity and rank they make.
 */
export function settleFacts(out: ScannedFacts, rule: RuleFacts | undefined, level: SarifResultLevel | undefined, otherKind: boolean, ownScore: number | undefined): void {
  const settled = level ?? (otherKind ? 'none' : (rule?.defaultLevel ?? 'warning'));
  const score = ownScore ?? rule?.score;
  out.level = settled;
  out.score = score;
  out.severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(settled);
  out.rank = rankOf(score, settled);
}

/**
 * Reads a vouched-for result's facts into `out` from the check's spans (the file is ASCII).
 * False when the result is not one this path reads exactly; `out` is then in no defined state.
 */
export function readScannedFacts(buf: Buffer, scan: ResultScan, rules: RunRules, out: ScannedFacts): boolean {
  const spans = scan.spans;
  const counts = scan.counts;
  // A `rule` reference into a tool component is left to ruleOf; one with an id or index only
  // points into the driver, as ruleIndex and ruleId do (which win over it).
  const hasRef = has(spans, S_RULE);
  if (hasRef && has(spans, S_TOOL_COMPONENT)) return false;

  // The rule: by index in the driver, else by id (ruleOf's order).
  let rule: RuleFacts | undefined;
  const idSlot = has(spans, S_RULE_ID) ? S_RULE_ID : hasRef && has(spans, S_RULE_REF_ID) ? S_RULE_REF_ID : -1;
  const indexSlot = has(spans, S_RULE_INDEX) ? S_RULE_INDEX : hasRef && has(spans, S_RULE_REF_INDEX) ? S_RULE_REF_INDEX : -1;
  const hasRuleId = idSlot >= 0;
  if (indexSlot >= 0) {
    const index = plainInteger(buf, spanStart(spans, indexSlot), spanEnd(spans, indexSlot));
    if (Number.isNaN(index)) return false;
    rule = rules.index(index);
  }
  out.startKey();
  if (hasRuleId) {
    out.ruleIdStart = spanStart(spans, idSlot) + 1;
    out.ruleIdEnd = spanEnd(spans, idSlot) - 1;
    out.ruleIdHash = out.put(buf, out.ruleIdStart, out.ruleIdEnd);
    if (out.escapes) return false;
    rule ??= rules.id(buf, out.ruleIdStart, out.ruleIdEnd, out.ruleIdHash);
  } else {
    out.ruleIdStart = -1;
    out.ruleIdText = rule?.id ?? '';
    if (rule && !rule.idBytes) return false;
    if (rule) out.put(rule.idBytes!, 0, rule.idBytes!.length);
  }
  out.putByte(0);

  let level: SarifResultLevel | undefined;
  if (has(spans, S_LEVEL)) {
    level = levelAt(buf, spanStart(spans, S_LEVEL), spanEnd(spans, S_LEVEL));
    if (level === undefined) return false;
  }
  const otherKind = has(spans, S_KIND) && !isFail(buf, spanStart(spans, S_KIND), spanEnd(spans, S_KIND));
  settleFacts(out, rule, level, otherKind, has(spans, S_SECURITY_SEVERITY) ? scoreAt(buf, spanStart(spans, S_SECURITY_SEVERITY), spanEnd(spans, S_SECURITY_SEVERITY)) : undefined);

  // The fingerprint part of the key: a line hash, else a single fingerprint.
  const hasLineHash = has(spans, S_LINE_HASH) && spanEnd(spans, S_LINE_HASH) - spanStart(spans, S_LINE_HASH) > 2;
  if (!hasLineHash) {
    if (!has(spans, S_FINGERPRINTS) || counts[S_FINGERPRINTS] !== 1) return false; // a set, or the message as key
    if (buf[spanStart(spans, S_FINGERPRINT_VALUE)] !== QUOTE) return false;
  }

  // The primary location.
  const located = has(spans, S_LOCATIONS) && has(spans, S_PRIMARY) && has(spans, S_PHYSICAL_LOCATION);
  let startLine = NaN;
  out.sourceUriStart = -1;
  if (located) {
    if (has(spans, S_ARTIFACT_LOCATION)) {
      const hasUri = has(spans, S_URI);
      if (!hasUri && has(spans, S_ARTIFACT_INDEX)) return false; // the URI is in run.artifacts
      if (has(spans, S_URI_BASE_ID)) {
        out.put(buf, spanStart(spans, S_URI_BASE_ID) + 1, spanEnd(spans, S_URI_BASE_ID) - 1);
      }
      out.putByte(1);
      if (hasUri) {
        out.sourceUriStart = spanStart(spans, S_URI) + 1;
        out.sourceUriEnd = spanEnd(spans, S_URI) - 1;
        out.sourceUriHash = out.put(buf, out.sourceUriStart, out.sourceUriEnd);
      }
      out.putByte(1);
    } else {
      out.putByte(1);
      out.putByte(1);
    }
    if (has(spans, S_REGION)) {
      for (let k = 0; k < REGION_FIELDS.length; k++) {
        const slot = S_START_LINE + k;
        if (k > 0) out.putByte(0x3a);
        if (!has(spans, slot)) continue;
        const start = spanStart(spans, slot);
        const end = spanEnd(spans, slot);
        const value = plainInteger(buf, start, end);
        if (Number.isNaN(value)) return false;
        if (k === 0) startLine = value;
        out.put(buf, start, end);
      }
    }
  }
  out.putByte(0); // (unlocated: `${ruleId}\0\0${fingerprint}`, the location part empty)
  if (hasLineHash) {
    out.putByte(0x68); // h:
    out.putByte(0x3a);
    out.put(buf, spanStart(spans, S_LINE_HASH) + 1, spanEnd(spans, S_LINE_HASH) - 1);
  } else {
    out.putByte(0x66); // f:key=value
    out.putByte(0x3a);
    out.put(buf, spanStart(spans, S_FINGERPRINT_KEY) + 1, spanEnd(spans, S_FINGERPRINT_KEY) - 1);
    out.putByte(0x3d);
    out.put(buf, spanStart(spans, S_FINGERPRINT_VALUE) + 1, spanEnd(spans, S_FINGERPRINT_VALUE) - 1);
  }
  // Strings with escapes (their bytes are not their text) are left to the object path.
  if (out.escapes) return false;
  out.endKey();

  out.hasLineHash = hasLineHash;
  out.fingerprintable = located && startLine >= 1;
  if (hasLineHash || !out.fingerprintable) out.sourceUriStart = -1;
  out.locationCount = counts[S_LOCATIONS]!;
  out.threadFlowLocationCount = scan.threadFlowLocations;
  out.info =
    counts[S_RESULT]! +
    out.locationCount +
    counts[S_RELATED_LOCATIONS]! +
    out.threadFlowLocationCount +
    counts[S_FIXES]! +
    counts[S_PARTIAL_FINGERPRINTS]! +
    counts[S_FINGERPRINTS]! +
    counts[S_PROPERTIES]!;
  return true;
}
