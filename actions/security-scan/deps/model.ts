/**
 * What the dependency check works on: packages resolved by a lockfile, in the three ecosystems
 * the OSV database names the way we do (`npm`, `PyPI`, `crates.io`, OSV's own spelling).
 */

export const ECOSYSTEMS = ['npm', 'PyPI', 'crates.io'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export function isEcosystem(value: string): value is Ecosystem {
  return (ECOSYSTEMS as readonly string[]).includes(value);
}

/** One package version a lockfile pins. */
export interface ResolvedPackage {
  ecosystem: Ecosystem;
  /**
   * The name as the lockfile spells it (`Jinja2`, `@babel/core`), so messages show what the user
   * wrote. Matching compares `packageKey(ecosystem, name)` (PEP 503 for PyPI), never this string.
   */
  name: string;
  version: string;
  /** The lockfile, relative to the scanned root, with forward slashes. */
  file: string;
  /** 1-based line where the package's entry starts. */
  line: number;
  /** A dependency the project declares itself (as against a transitive one), when the lockfile says. */
  direct?: boolean;
  /** Only needed for development (npm `dev`, Pipfile `develop`, Poetry's dev group), when the lockfile says. */
  dev?: boolean;
  /** Where it sits in the install tree, when that is more than the name (npm `node_modules/a/node_modules/b`). */
  path?: string;
}

/** What reading one lockfile gave. */
export interface LockfileReadResult {
  packages: ResolvedPackage[];
  /**
   * What a reader left out and why, for the summary: unpinned requirements, git and path sources,
   * lines it could not understand. Each note starts with `file:line` when it is about a line.
   */
  notes: string[];
}

/** A lockfile found under the root. */
export interface LockfileRef {
  kind: LockfileKind;
  /** Absolute path. */
  path: string;
  /** Relative to the root, forward slashes. */
  file: string;
}

export type LockfileKind = 'package-lock' | 'yarn-lock' | 'pnpm-lock' | 'requirements' | 'poetry-lock' | 'pipfile-lock' | 'cargo-lock';
