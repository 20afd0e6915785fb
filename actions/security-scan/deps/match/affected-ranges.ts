import type { Ecosystem } from '../model';
import type { OsvAffected } from '../osv/osv-record';
import { compareVersions, orderFor, parseVersion, type OrderKind, type ParsedVersion } from '../versions/version-order';

/**
 * One `affected[]` entry of an OSV record, prepared for evaluation: events parsed in the range's
 * version order and sorted, limits parsed, the `versions` list canonicalized. Done once per entry
 * and only for entries a lockfile package actually hits, so loading 100,000 records costs no
 * version parsing at all.
 *
 * Evaluation is the OSV schema's `IsVulnerable` (docs/schema.md, "Evaluation"): a version is
 * affected when it is in `versions` or in any SEMVER/ECOSYSTEM range; in a range the events are
 * walked in version order (introduced "0" first), `introduced` turns it on, `fixed` off at that
 * version, `last_affected` off after it; `limit` events bound the whole range (v < some limit).
 * GIT ranges name commits, which a lockfile does not have, so they are not evaluated.
 */

type EventKind = 'introduced' | 'fixed' | 'last_affected';

interface CompiledEvent {
  kind: EventKind;
  /** undefined for introduced "0", which precedes every version. */
  version: ParsedVersion | undefined;
  text: string;
}

interface CompiledRange {
  order: OrderKind;
  events: CompiledEvent[];
  /** null when the range has no limit (an implicit "*"). */
  limits: ParsedVersion[] | null;
}

export interface CompiledAffected {
  ranges: CompiledRange[];
  /** Canonical texts of the listed versions, per order they were read in. */
  versions: Map<OrderKind, Set<string>>;
  /** Raw texts too: a list may hold versions that parse in no order. */
  rawVersions: Set<string>;
  /** Event versions that did not parse; such an event is left out of its range. */
  unparsed: string[];
}

const EVALUATED_RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM']);

export function compileAffected(entry: OsvAffected, ecosystem: Ecosystem): CompiledAffected {
  const ranges: CompiledRange[] = [];
  const unparsed: string[] = [];
  for (const range of entry.ranges ?? []) {
    if (!EVALUATED_RANGE_TYPES.has(range.type) || !Array.isArray(range.events)) continue;
    const order = orderFor(ecosystem, range.type);
    const events: CompiledEvent[] = [];
    let limits: ParsedVersion[] | null = null;
    for (const event of range.events) {
      if (typeof event.limit === 'string') {
        // "*" (or any value holding it) means no upper bound; such a limit restricts nothing.
        if (event.limit.includes('*')) {
          limits = null;
          continue;
        }
        const parsed = parseVersion(order, event.limit);
        if (!parsed) unparsed.push(event.limit);
        else (limits ??= []).push(parsed);
        continue;
      }
      const kind: EventKind | undefined =
        typeof event.introduced === 'string' ? 'introduced' : typeof event.fixed === 'string' ? 'fixed' : typeof event.last_affected === 'string' ? 'last_affected' : undefined;
      if (!kind) continue;
      const text = event[kind]!;
      if (kind === 'introduced' && text === '0') {
        events.push({ kind, version: undefined, text });
        continue;
      }
      const parsed = parseVersion(order, text);
      if (!parsed) {
        unparsed.push(text);
        continue;
      }
      events.push({ kind, version: parsed, text });
    }
    // Array.prototype.sort is stable: events at the same version keep the record's order, so
    // "introduced 0.23.0, fixed 0.23.0" (RUSTSEC-2024-0399) stays the empty interval it means.
    events.sort((a, b) => {
      if (a.version === undefined || b.version === undefined) return a.version === b.version ? 0 : a.version === undefined ? -1 : 1;
      return compareVersions(a.version, b.version);
    });
    ranges.push({ order, events, limits });
  }
  const versions = new Map<OrderKind, Set<string>>();
  const rawVersions = new Set<string>();
  if (Array.isArray(entry.versions) && entry.versions.length > 0) {
    const order = orderFor(ecosystem, 'ECOSYSTEM');
    const set = new Set<string>();
    for (const v of entry.versions) {
      if (typeof v !== 'string') continue;
      rawVersions.add(v);
      const parsed = parseVersion(order, v);
      if (parsed) set.add(parsed.text);
    }
    versions.set(order, set);
  }
  return { ranges, versions, rawVersions, unparsed };
}

function inRange(range: CompiledRange, v: ParsedVersion): boolean {
  if (range.limits !== null && !range.limits.some((limit) => compareVersions(v, limit) < 0)) return false;
  let affected = false;
  for (const event of range.events) {
    if (event.kind === 'introduced') {
      if (event.version === undefined || compareVersions(v, event.version) >= 0) affected = true;
    } else if (event.kind === 'fixed') {
      if (compareVersions(v, event.version!) >= 0) affected = false;
    } else if (compareVersions(v, event.version!) > 0) {
      affected = false;
    }
  }
  return affected;
}

/** How an entry holds a version: through a range, through its `versions` list, or not at all. */
export type Inclusion = 'range' | 'versions' | undefined;

export function affectedBy(compiled: CompiledAffected, version: string): Inclusion {
  for (const range of compiled.ranges) {
    const v = parseVersion(range.order, version);
    if (v && inRange(range, v)) return 'range';
  }
  if (compiled.rawVersions.has(version)) return 'versions';
  for (const [order, set] of compiled.versions) {
    const v = parseVersion(order, version);
    if (v && set.has(v.text)) return 'versions';
  }
  return undefined;
}

/** The remedy an advisory offers for one installed version. */
export interface Remedy {
  /** The lowest version above the installed one that these entries no longer affect, from their `fixed` events; null when none does. */
  fixed: string | null;
  /** When a range holding the version ends with `last_affected` instead: that version (later ones are assumed safe). */
  lastAffected: string | null;
}

/**
 * The version to upgrade to: among the `fixed` events above the installed version (in every
 * range of the entries given, i.e. of one advisory for one package), the lowest one that none of
 * the entries affects. Taking the lowest fixed above the version, not the first fixed of the
 * record, matters when an advisory has one interval per release line (Django 4.2.10 is fixed in
 * 4.2.16, not in 5.1.1); checking it against all entries matters when intervals overlap.
 */
export function remedyFor(entries: readonly CompiledAffected[], version: string): Remedy {
  const candidates: { text: string; parsed: ParsedVersion }[] = [];
  let lastAffected: ParsedVersion | undefined;
  let lastAffectedText: string | null = null;
  for (const entry of entries) {
    for (const range of entry.ranges) {
      const v = parseVersion(range.order, version);
      if (!v) continue;
      for (const event of range.events) {
        if (event.version === undefined || compareVersions(event.version, v) <= 0) {
          continue;
        }
        if (event.kind === 'fixed') candidates.push({ text: event.text, parsed: event.version });
      }
      if (inRange(range, v)) {
        // A last_affected at or above the version that closes the interval holding it.
        const closing = range.events.find((e) => e.version !== undefined && e.kind !== 'introduced' && compareVersions(e.version, v) >= 0);
        if (closing?.kind === 'last_affected' && (lastAffected === undefined || compareVersions(closing.version!, lastAffected) > 0)) {
          lastAffected = closing.version;
          lastAffectedText = closing.text;
        }
      }
    }
  }
  candidates.sort((a, b) => (a.parsed.kind === b.parsed.kind ? compareVersions(a.parsed, b.parsed) : 0));
  for (const candidate of candidates) {
    if (entries.every((entry) => affectedBy(entry, candidate.text) === undefined)) {
      return { fixed: candidate.text, lastAffected: null };
    }
  }
  return { fixed: null, lastAffected: lastAffectedText };
}
