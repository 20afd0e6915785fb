import type { Ecosystem } from '../model';
import { comparePep440, parsePep440, type Pep440Value } from './pep440-order';
import { compareSemver, parseSemver, semverText, type SemverValue } from './semver-order';

/**
 * The version order an OSV range is evaluated in. `SEMVER` ranges are SemVer 2.0 whatever the
 * ecosystem (OSV schema); `ECOSYSTEM` ranges use the ecosystem's own order: SemVer for npm and
 * crates.io (both registries require it), PEP 440 for PyPI.
 */
export type OrderKind = 'semver' | 'pep440';

export function orderFor(ecosystem: Ecosystem, rangeType: string): OrderKind {
  if (rangeType === 'SEMVER') return 'semver';
  return ecosystem === 'PyPI' ? 'pep440' : 'semver';
}

/**
 * A parsed version in one of the orders. `text` is its canonical form; two versions that compare
 * equal have the same `text` (PEP 440's 1.0 and 1.0.0 both read `1`), so `versions` lists are
 * looked up by it.
 */
export type ParsedVersion = { kind: 'semver'; value: SemverValue; text: string } | { kind: 'pep440'; value: Pep440Value; text: string };

// Each distinct version string is parsed once per order for the life of the process: advisories
// repeat the same bounds (`0`, `1.0.0`) and lockfiles the same versions. Bounded so a long-lived
// process cannot grow without end.
const CACHE_LIMIT = 500_000;
const caches: Record<OrderKind, Map<string, ParsedVersion | null>> = { semver: new Map(), pep440: new Map() };

export function parseVersion(kind: OrderKind, text: string): ParsedVersion | undefined {
  const cache = caches[kind];
  const hit = cache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  let parsed: ParsedVersion | null = null;
  if (kind === 'semver') {
    const value = parseSemver(text);
    if (value) parsed = { kind, value, text: semverText(value) };
  } else {
    const value = parsePep440(text);
    // Release without trailing zeros, then the rest of the normal form: equal versions, equal text.
    if (value) parsed = { kind, value, text: `${value.epoch}!${value.release.join('.')}${value.text.replace(/^(\d+!)?[\d.]+/, '')}` };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed ?? undefined;
}

/** Compares two versions of the same order. */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  if (a.kind === 'semver' && b.kind === 'semver') return compareSemver(a.value, b.value);
  if (a.kind === 'pep440' && b.kind === 'pep440') return comparePep440(a.value, b.value);
  throw new TypeError(`cannot compare a ${a.kind} version with a ${b.kind} version`);
}
