import { compare as comparePep440, valid as validPep440 } from '@renovatebot/pep440';
import semver from 'semver';

/**
 * Orders fixed versions of one package to pick the highest that an upgrade must reach: PEP 440
 * for PyPI, SemVer for npm, crates.io and anything semver-shaped, else a numeric-aware text order
 * (Debian, Alpine and other OS package versions from Trivy). Only versions of one package in one
 * ecosystem are ever compared, so mixing orders never happens.
 */
export function compareVersions(ecosystem: string | undefined, a: string, b: string): number {
  if (ecosystem?.toLowerCase() === 'pypi' && validPep440(a) && validPep440(b)) return comparePep440(a, b);
  const sa = semver.parse(a, { loose: true });
  const sb = semver.parse(b, { loose: true });
  if (sa && sb) return sa.compare(sb);
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The highest of the versions (undefined for none). */
export function highestVersion(ecosystem: string | undefined, versions: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || compareVersions(ecosystem, v, best) > 0) best = v;
  return best;
}
