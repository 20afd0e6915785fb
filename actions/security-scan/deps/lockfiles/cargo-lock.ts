import { parse as parseToml } from 'smol-toml';
import type { LockfileReadResult, ResolvedPackage } from '../model';
import { LockfileError } from './lockfile-error';
import { packageTableLines } from './toml-package-lines';

/**
 * Cargo.lock, every format Cargo has written: v1 (checksums in a `[metadata]` table, dependencies
 * as `"name version (source)"`), v2 (no version line, checksums inline), v3 (`version = 3`) and v4
 * (`version = 4`, Cargo 1.78+). Only crates.io packages are checked: a `[[package]]` without
 * `source` is a workspace member or a path dependency (the project's own code), `git+` sources are
 * commits, and another registry's crate shares nothing but its name with crates.io's. Direct
 * dependencies are those the local packages list.
 */

interface CargoPackage {
  name?: string;
  version?: string;
  source?: string;
  dependencies?: string[];
}

/** crates.io as Cargo writes it: the git index (all versions) or the sparse protocol. */
export function isCratesIo(source: string): boolean {
  return /^registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index\/?$/.test(source) || /^sparse\+https:\/\/index\.crates\.io\/?$/.test(source);
}

export function readCargoLock(text: string, file: string): LockfileReadResult {
  let data: { package?: CargoPackage[] };
  try {
    data = parseToml(text) as { package?: CargoPackage[] };
  } catch (error) {
    throw new LockfileError(file, `is not valid TOML (${(error as Error).message.split('\n')[0]}); regenerate it with \`cargo generate-lockfile\``, { cause: error });
  }
  const lines = packageTableLines(text);
  const list = Array.isArray(data.package) ? data.package : [];
  // What the local packages depend on: "name" when only one version is locked, else "name version".
  const directNames = new Set<string>();
  const directVersions = new Set<string>();
  // Cargo before 1.22 wrote the root package as a `[root]` table instead of a [[package]].
  const oldRoot = (data as { root?: CargoPackage }).root;
  for (const pkg of oldRoot ? [...list, oldRoot] : list) {
    if (pkg.source !== undefined) continue;
    for (const dep of pkg.dependencies ?? []) {
      const [name, version] = dep.split(' ');
      if (!name) continue;
      if (version) directVersions.add(`${name} ${version}`);
      else directNames.add(name);
    }
  }
  const packages: ResolvedPackage[] = [];
  const notes: string[] = [];
  list.forEach((pkg, i) => {
    const line = lines[i] ?? 1;
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
      notes.push(`${file}:${line}: a [[package]] without name or version; skipped`);
      return;
    }
    if (pkg.source === undefined) return;
    if (!isCratesIo(pkg.source)) {
      const where = pkg.source.startsWith('git+') ? `git (${pkg.source.slice(4).split('#')[0]})` : `the registry ${pkg.source.replace(/^(registry|sparse)\+/, '')}`;
      notes.push(`${file}:${line}: ${pkg.name} ${pkg.version} comes from ${where}, not crates.io; not checked`);
      return;
    }
    const direct = directNames.has(pkg.name) || directVersions.has(`${pkg.name} ${pkg.version}`);
    packages.push({ ecosystem: 'crates.io', name: pkg.name, version: pkg.version, file, line, direct });
  });
  return { packages, notes };
}
