import type { Ecosystem } from './model';

/**
 * How package names compare in each ecosystem. Lockfiles and advisories do not always spell a
 * name the same way (`Jinja2` vs `jinja2`, `Axios` vs `axios`), so both sides go through this
 * before they meet.
 */

/** PEP 503: lower case, every run of `-`, `_` and `.` becomes one `-`. */
export function pep503Name(name: string): string {
  return name.trim().toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The key a package is matched by.
 * - PyPI: PEP 503, the registry's own rule.
 * - npm: lower case. The registry refuses a new name that differs from an existing one only in
 *   case, and real advisories do spell names with capitals (GHSA-8hc4-vh64-cxmj says `Axios`).
 * - crates.io: lower case with `-` and `_` equal, the rule crates.io enforces for uniqueness.
 */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'PyPI':
      return `PyPI\u0000${pep503Name(name)}`;
    case 'npm':
      return `npm\u0000${name.trim().toLowerCase()}`;
    case 'crates.io':
      return `crates.io\u0000${name.trim().toLowerCase().replace(/-/g, '_')}`;
  }
}
