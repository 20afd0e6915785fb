import { severityFromSarifLevel, severityFromScore, severityRank, type Severity } from '../severity';
import type { SarifResult, SarifResultLevel, SarifRule, SarifRun, SarifToolComponent } from './types';

/**
 * One result as the merge holds it: where its JSON is, and the few facts the merge, dedupe and
 * limits decide on. The JSON is, by preference, a span of the file it came from (reused byte for
 * byte), else text we wrote after changing the result, else the object a caller passed in. No
 * result is held as an object tree longer than it takes to read these facts, which is what keeps
 * a merge of hundreds of thousands of results small.
 */
export interface ResultRecord {
  /** The file's bytes and the span of this result in them. */
  buf: Buffer | undefined;
  start: number;
  end: number;
  /** The span holds line breaks (the file was pretty-printed): compact it before reuse. */
  pretty: boolean;
  /** JSON text that replaces the span (the result was changed). */
  text: string | undefined;
  /** The result itself, when the caller passed objects; never changed in place. */
  object: SarifResult | undefined;
  ruleId: string;
  level: SarifResultLevel;
  /** `security-severity` of the result or its rule, 0.0–10.0. */
  score: number | undefined;
  severity: Severity;
  /** Sort key: higher is more severe (security-severity first, then level). */
  rank: number;
  /** How much the result says; of two duplicates the one with more is kept. */
  info: number;
  /**
   * Rule, primary location and fingerprint (the message when the result has no fingerprint);
   * undefined when it has neither location nor fingerprint.
   */
  dedupeKey: string | undefined;
  /** hashKey(dedupeKey), -1 when the result has no key. */
  keyHash: number;
  /**
   * Where the key's UTF-8 bytes are when dedupeKey itself is not held (a worker thread sent the
   * record: its keys come in one buffer): keyBytes[keyStart, keyEnd).
   */
  keyBytes: Buffer | undefined;
  keyStart: number;
  keyEnd: number;
  /** Already has partialFingerprints.primaryLocationLineHash. */
  hasLineHash: boolean;
  /** Has a primary location with a start line (a fingerprint can be computed). */
  fingerprintable: boolean;
  /** Its locations and thread-flow steps, as it arrived (before any cut). */
  locationCount: number;
  threadFlowLocationCount: number;
  /** For a result that lacks a line hash: the URI of its primary location (a fingerprint is read from that file). */
  sourceUri: string | undefined;
  /** Index of the source run within its merged run (which rule, artifact, … tables it refers to). */
  source: number;
  /** Order of arrival, to keep equal-severity results in their original order. */
  seq: number;
}

/**
 * A hash of a dedupe key (FNV-1a over its UTF-16 code units, 30 bits so it is a small integer),
 * what duplicates are looked up by; two keys with one hash are then compared in full
 * (recordKey), so a collision never merges two findings.
 */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/** A record's dedupe key in full, wherever it is held; undefined when it has none. */
export function recordKey(record: ResultRecord): string | undefined {
  if (record.dedupeKey !== undefined || record.keyHash < 0) return record.dedupeKey;
  return record.keyBytes?.toString('utf8', record.keyStart, record.keyEnd);
}

const LEVEL_RANK: Record<SarifResultLevel, number> = { error: 3, warning: 2, note: 1, none: 0 };

/**
 * Sort key, higher is more severe: the suite's severity (critical … note: from the
 * `security-severity` score where there is one, else from the level, lib/severity.ts), then the
 * score itself, then the level. So "kept by severity" means the same as the severities the cut
 * summary reports, and among equal severities a higher score or level goes first.
 */
export function rankOf(score: number | undefined, level: SarifResultLevel): number {
  const severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(level);
  return (severityRank(severity) * 1002 + (score === undefined ? 0 : 1 + Math.round(score * 100))) * 4 + LEVEL_RANK[level];
}

/** A `security-severity` value (a string by convention, sometimes a number) as a score, if valid. */
export function securitySeverityOf(properties: unknown): number | undefined {
  if (typeof properties !== 'object' || properties === null) return undefined;
  const raw = (properties as Record<string, unknown>)['security-severity'];
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
}

/** What a run offers for resolving its results' rules, built once per run. */
export interface RuleLookup {
  driver: SarifToolComponent | undefined;
  extensions: readonly SarifToolComponent[];
  byId: Map<string, SarifRule>;
}

export function ruleLookup(run: SarifRun): RuleLookup {
  const driver = run.tool?.driver;
  const extensions = run.tool?.extensions ?? [];
  const byId = new Map<string, SarifRule>();
  for (const component of [driver, ...extensions]) {
    for (const rule of component?.rules ?? []) if (rule && typeof rule.id === 'string' && !byId.has(rule.id)) byId.set(rule.id, rule);
  }
  return { driver, extensions, byId };
}

/** The rule descriptor a result refers to (by rule.toolComponent and index, else by id). */
export function ruleOf(result: SarifResult, lookup: RuleLookup): SarifRule | undefined {
  const ref = result.rule;
  let component = lookup.driver;
  const componentRef = ref?.toolComponent;
  if (componentRef) {
    if (typeof componentRef.index === 'number') component = lookup.extensions[componentRef.index];
    else if (componentRef.guid || componentRef.name) {
      component = lookup.extensions.find((e) => (componentRef.guid ? e.guid === componentRef.guid : e.name === componentRef.name)) ?? lookup.driver;
    }
  }
  const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : ref?.index;
  const byIndex = typeof index === 'number' && index >= 0 ? component?.rules?.[index] : undefined;
  if (byIndex) return byIndex;
  const id = result.ruleId ?? ref?.id;
  return id === undefined ? undefined : lookup.byId.get(id);
}

/** Where the result's primary location is, resolved through run.artifacts when it only has an index. */
function primaryLocationKey(result: SarifResult, run: SarifRun): { key: string; startLine: number | undefined } | undefined {
  const physical = result.locations?.[0]?.physicalLocation;
  if (!physical) return undefined;
  let artifact = physical.artifactLocation;
  if (artifact && artifact.uri === undefined && typeof artifact.index === 'number') artifact = run.artifacts?.[artifact.index]?.location ?? artifact;
  const region = physical.region;
  const r = region
    ? `${region.startLine ?? ''}:${region.startColumn ?? ''}:${region.endLine ?? ''}:${region.endColumn ?? ''}:${region.charOffset ?? ''}:${region.charLength ?? ''}:${region.byteOffset ?? ''}:${region.byteLength ?? ''}`
    : '';
  const startLine = typeof region?.startLine === 'number' ? region.startLine : undefined;
  return { key: `${artifact?.uriBaseId ?? ''}\u0001${artifact?.uri ?? ''}\u0001${r}`, startLine };
}

/** A fingerprint set as one string whatever its key order (most have a single key). */
function sortedJson(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 1) return singleFingerprintText(keys[0]!, String(value[keys[0]!]));
  return JSON.stringify(keys.sort().map((k) => [k, value[k]]));
}

/** Steps in all of a result's thread flows. */
export function countThreadFlowLocations(result: SarifResult): number {
  let n = 0;
  for (const flow of result.codeFlows ?? []) for (const thread of flow.threadFlows ?? []) n += thread.locations?.length ?? 0;
  return n;
}

function keyCount(value: unknown): number {
  return typeof value === 'object' && value !== null ? Object.keys(value).length : 0;
}

export interface RecordFacts {
  ruleId: string;
  level: SarifResultLevel;
  score: number | undefined;
  severity: Severity;
  rank: number;
  info: number;
  dedupeKey: string | undefined;
  hasLineHash: boolean;
  fingerprintable: boolean;
  locationCount: number;
  threadFlowLocationCount: number;
}

/** How much a result holds, counted on its objects (countsOf) or on its bytes (result-check.ts). */
export interface ResultCounts {
  /** Its own properties. */
  keys: number;
  locations: number;
  relatedLocations: number;
  threadFlowLocations: number;
  fixes: number;
  /** Keys of partialFingerprints, fingerprints and properties. */
  partialFingerprints: number;
  fingerprints: number;
  properties: number;
  /** The fingerprints as the dedupe key writes them, when already known (result-check.ts reads a single one off the bytes). */
  fingerprintText?: string;
}

export function countsOf(result: SarifResult): ResultCounts {
  return {
    keys: keyCount(result),
    locations: Array.isArray(result.locations) ? result.locations.length : 0,
    relatedLocations: result.relatedLocations?.length ?? 0,
    threadFlowLocations: countThreadFlowLocations(result),
    fixes: result.fixes?.length ?? 0,
    partialFingerprints: keyCount(result.partialFingerprints),
    fingerprints: keyCount(result.fingerprints),
    properties: keyCount(result.properties),
  };
}

/**
 * The facts of one result in its run: its rule and level (the rule's default level applies when
 * the result gives none; a result whose kind is not "fail" defaults to "none", SARIF §3.27.10),
 * its score, how much it says, and its dedupe key (same rule, same primary location and region,
 * same fingerprint: partialFingerprints.primaryLocationLineHash, else the `fingerprints` set,
 * else, for a result with no fingerprint at all, the same message).
 */
export function resultFacts(result: SarifResult, run: SarifRun, lookup: RuleLookup, counts: ResultCounts = countsOf(result)): RecordFacts {
  const rule = ruleOf(result, lookup);
  const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? '';
  const defaultLevel = result.kind !== undefined && result.kind !== 'fail' ? 'none' : (rule?.defaultConfiguration?.level ?? 'warning');
  const level: SarifResultLevel = result.level ?? defaultLevel;
  const score = securitySeverityOf(result.properties) ?? securitySeverityOf(rule?.properties);
  const severity = score !== undefined ? severityFromScore(score) : severityFromSarifLevel(level);

  const lineHash = result.partialFingerprints?.primaryLocationLineHash;
  // Without any fingerprint the message is what tells two findings of one rule at one place
  // apart (Trivy reports every vulnerable package of an image at the image's line 1).
  const fingerprint =
    typeof lineHash === 'string' && lineHash !== ''
      ? `h:${lineHash}`
      : counts.fingerprints > 0
        ? `f:${counts.fingerprintText ?? sortedJson(result.fingerprints!)}`
        : `m:${result.message?.text ?? `${result.message?.id ?? ''}${JSON.stringify(result.message?.arguments ?? [])}`}`;
  // (keysOnMessage() below says when the last branch is taken.)
  const location = primaryLocationKey(result, run);
  const dedupeKey = location ? `${ruleId}\u0000${location.key}\u0000${fingerprint}` : fingerprint.startsWith('m:') ? undefined : `${ruleId}\u0000\u0000${fingerprint}`;

  const locationCount = counts.locations;
  const threadFlowLocationCount = counts.threadFlowLocations;
  const info =
    counts.keys +
    locationCount +
    counts.relatedLocations +
    threadFlowLocationCount +
    counts.fixes +
    counts.partialFingerprints +
    counts.fingerprints +
    counts.properties;

  return {
    ruleId,
    level,
    score,
    severity,
    rank: rankOf(score, level),
    info,
    dedupeKey,
    hasLineHash: typeof lineHash === 'string' && lineHash !== '',
    fingerprintable: location?.startLine !== undefined && location.startLine >= 1,
    locationCount,
    threadFlowLocationCount,
  };
}

/** The result's dedupe key is made with its message: it has no fingerprint of either kind (see resultFacts). */
export function keysOnMessage(result: Pick<SarifResult, 'partialFingerprints' | 'fingerprints'>, fingerprints = keyCount(result.fingerprints)): boolean {
  const lineHash = result.partialFingerprints?.primaryLocationLineHash;
  return !(typeof lineHash === 'string' && lineHash !== '') && !(fingerprints > 0);
}

/** A single fingerprint as the dedupe key writes a fingerprint set (sortedJson). */
export function singleFingerprintText(key: string, value: string): string {
  return `${key}=${value}`;
}

/** Severity rank for ordering runs (higher first); see lib/severity. */
export function severityOrder(severity: Severity): number {
  return severityRank(severity);
}
