/**
 * SemVer 2.0 precedence (semver.org, section 11) for npm and crates.io versions and for OSV
 * `SEMVER` ranges. Written here rather than calling the `semver` package per comparison because
 * the matcher compares hundreds of thousands of times: a version is parsed once into a small
 * tuple and compared without allocation. The tests hold it to the `semver` package's `compare`.
 */

export interface SemverValue {
  major: number;
  minor: number;
  patch: number;
  /** Prerelease identifiers; numbers for numeric ones. Empty for a release. */
  pre: (string | number)[];
}

// Lenient in what real data holds: a leading `v` or `=`, a missing minor or patch ("1.2" in some
// advisories), build metadata (ignored by precedence). Leading zeros are accepted as numbers.
const SEMVER = /^\s*[v=]?\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\s*$/;
const NUMERIC = /^\d+$/;

/** Parses a version, or returns undefined when it is not one. */
export function parseSemver(text: string): SemverValue | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? 0 : Number(m[2]),
    patch: m[3] === undefined ? 0 : Number(m[3]),
    pre: m[4] === undefined ? [] : m[4].split('.').map((id) => (NUMERIC.test(id) ? Number(id) : id)),
  };
}

function compareIdentifier(a: string | number, b: string | number): number {
  const an = typeof a === 'number';
  const bn = typeof b === 'number';
  // Numeric identifiers have lower precedence than alphanumeric ones.
  if (an && bn) return a === b ? 0 : a < b ? -1 : 1;
  if (an) return -1;
  if (bn) return 1;
  // Alphanumeric identifiers compare in ASCII order.
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Negative, zero or positive as `a` precedes, equals or follows `b`. */
export function compareSemver(a: SemverValue, b: SemverValue): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch !== b.patch) return a.patch < b.patch ? -1 : 1;
  const ap = a.pre;
  const bp = b.pre;
  // A release follows all of its prereleases.
  if (ap.length === 0 || bp.length === 0) return bp.length - ap.length === 0 ? 0 : ap.length === 0 ? 1 : -1;
  const n = Math.min(ap.length, bp.length);
  for (let i = 0; i < n; i++) {
    const c = compareIdentifier(ap[i]!, bp[i]!);
    if (c !== 0) return c;
  }
  // A larger set of identifiers follows a smaller one with the same start.
  return ap.length === bp.length ? 0 : ap.length < bp.length ? -1 : 1;
}

/** The canonical text of a version (build metadata dropped), for equality in `versions` lists. */
export function semverText(v: SemverValue): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre.length > 0 ? `-${v.pre.join('.')}` : ''}`;
}
