import type { LockfileReadResult, ResolvedPackage } from '../model';
import { jsonKeyLines, keyPath } from './json-key-lines';
import { LockfileError } from './lockfile-error';

/**
 * npm's package-lock.json and npm-shrinkwrap.json.
 *
 * - lockfileVersion 2 and 3: the `packages` map, keyed by install path (`node_modules/a`,
 *   `node_modules/a/node_modules/b`, `packages/app/node_modules/c`). `link: true` entries point at
 *   workspace folders and keys without `node_modules/` are the workspaces themselves: both are the
 *   project's own code, not registry packages. `name` is set on aliased installs
 *   (`"lodash-old": "npm:lodash@4.17.15"` is installed at node_modules/lodash-old with name lodash).
 * - lockfileVersion 1 (npm 5 and 6), and v2 files without `packages`: the nested `dependencies`
 *   tree, where an alias's version reads `npm:lodash@4.17.15`.
 *
 * A version installed at several paths is reported at each: each is its own entry in the file
 * (and may need its own override to fix).
 */

interface PackageEntry {
  name?: string;
  version?: string;
  resolved?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface V1Entry {
  version?: string;
  dev?: boolean;
  dependencies?: Record<string, V1Entry>;
}

interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, PackageEntry>;
  dependencies?: Record<string, V1Entry>;
}

const NODE_MODULES = 'node_modules/';

/** A `resolved` or version that is not the registry: git, a tarball URL on disk, a folder. */
function nonRegistrySource(value: string | undefined): boolean {
  if (!value) return false;
  return /^(git\+|git:|github:|gitlab:|bitbucket:|file:|link:)/.test(value) || (/^[a-z]+:\/\//i.test(value) && !/\.tgz(#|$)|\/-\//.test(value));
}

function declaredNames(entry: PackageEntry | undefined): Set<string> {
  const names = new Set<string>();
  if (!entry) return names;
  for (const field of [entry.dependencies, entry.devDependencies, entry.optionalDependencies, entry.peerDependencies]) {
    for (const name of Object.keys(field ?? {})) names.add(name);
  }
  return names;
}

function readPackagesMap(lock: Lockfile, text: string, file: string, notes: string[]): ResolvedPackage[] {
  const packages = lock.packages!;
  const lines = jsonKeyLines(text, (path) => path.length === 1 && path[0] === 'packages');
  // What the root and each workspace declare: a package they name and that sits directly in their
  // node_modules (or hoisted to the root's) is a direct dependency.
  const workspaces = Object.keys(packages).filter((k) => !k.includes(NODE_MODULES));
  const declaredBy = new Map(workspaces.map((w) => [w, declaredNames(packages[w])]));
  const declaredAnywhere = new Set(workspaces.flatMap((w) => [...declaredBy.get(w)!]));
  const found: ResolvedPackage[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const at = key.lastIndexOf(NODE_MODULES);
    if (at === -1 || entry === null || typeof entry !== 'object' || entry.link) continue;
    const line = lines.get(keyPath(['packages'], key)) ?? 1;
    const installedAs = key.slice(at + NODE_MODULES.length);
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : installedAs;
    if (typeof entry.version !== 'string' || entry.version === '') {
      notes.push(`${file}:${line}: ${key} has no version; not checked`);
      continue;
    }
    if (nonRegistrySource(entry.resolved)) {
      notes.push(`${file}:${line}: ${name} comes from ${entry.resolved}, not the npm registry; not checked`);
      continue;
    }
    const parent = key.slice(0, Math.max(0, at - 1));
    const direct = parent === '' ? declaredAnywhere.has(installedAs) : (declaredBy.get(parent)?.has(installedAs) ?? false);
    found.push({ ecosystem: 'npm', name, version: entry.version, file, line, direct, dev: entry.dev === true || entry.devOptional === true, path: key });
  }
  return found;
}

/** `npm:lodash@4.17.15` → lodash, 4.17.15. */
function aliasTarget(version: string): { name: string; version: string } | undefined {
  const m = /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/.exec(version);
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

function readDependenciesTree(lock: Lockfile, text: string, file: string, notes: string[]): ResolvedPackage[] {
  // Keys of `dependencies` objects at any depth: dependencies.a, dependencies.a.dependencies.b, …
  const lines = jsonKeyLines(text, (path) => path.length % 2 === 1 && path.every((p, i) => i % 2 === 1 || p === 'dependencies'));
  const found: ResolvedPackage[] = [];
  const walk = (deps: Record<string, V1Entry>, objectPath: string[], installPath: string) => {
    for (const [key, entry] of Object.entries(deps)) {
      if (entry === null || typeof entry !== 'object') continue;
      const line = lines.get(keyPath(objectPath, key)) ?? 1;
      const path = `${installPath}${NODE_MODULES}${key}`;
      let name = key;
      let version = entry.version;
      const alias = typeof version === 'string' ? aliasTarget(version) : undefined;
      if (alias) ({ name, version } = alias);
      if (typeof version !== 'string' || version === '') {
        notes.push(`${file}:${line}: ${key} has no version; not checked`);
      } else if (nonRegistrySource(version) || /^[a-z]+:/i.test(version)) {
        notes.push(`${file}:${line}: ${key} comes from ${version}, not the npm registry; not checked`);
      } else {
        // v1 lists no declared dependencies of the root, so direct stays unknown.
        found.push({ ecosystem: 'npm', name, version, file, line, dev: entry.dev === true, path });
      }
      if (entry.dependencies && typeof entry.dependencies === 'object') {
        walk(entry.dependencies, [...objectPath, key, 'dependencies'], `${path}/`);
      }
    }
  };
  walk(lock.dependencies ?? {}, ['dependencies'], '');
  return found;
}

export function readPackageLock(text: string, file: string): LockfileReadResult {
  let lock: Lockfile;
  try {
    lock = JSON.parse(text) as Lockfile;
  } catch (error) {
    throw new LockfileError(file, `is not valid JSON (${(error as Error).message}); regenerate it with \`npm install --package-lock-only\``, { cause: error });
  }
  if (lock === null || typeof lock !== 'object' || Array.isArray(lock)) throw new LockfileError(file, 'is not an npm lockfile (expected a JSON object)');
  const notes: string[] = [];
  let found: ResolvedPackage[];
  if (lock.packages && typeof lock.packages === 'object') found = readPackagesMap(lock, text, file, notes);
  else if (lock.dependencies && typeof lock.dependencies === 'object') found = readDependenciesTree(lock, text, file, notes);
  else found = [];
  return { packages: found, notes };
}
