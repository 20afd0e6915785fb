import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { LockfileReadResult, ResolvedPackage } from '../model';
import { LockfileError } from './lockfile-error';
import { parseSimpleYaml } from './simple-yaml';

/**
 * pnpm-lock.yaml. The `packages` map's keys changed format three times:
 * - lockfileVersion 5.x (pnpm 5–7): `/name/1.2.3`, `/@scope/name/1.2.3`, peers after an
 *   underscore (`/react-dom/18.2.0_react@18.2.0`);
 * - 6.x (pnpm 8): `/name@1.2.3`, peers in parentheses (`/react-dom@18.2.0(react@18.2.0)`);
 * - 9.x (pnpm 9 and 10): `name@1.2.3` without the slash, peers moved to `snapshots`.
 * Entries from git, a folder or a local tarball carry a `resolution` with `repo`/`commit`,
 * `directory` or a `file:` tarball and are not registry packages. Direct dependencies are those
 * the importers (the workspace's projects, or the top level before workspaces) declare.
 */

interface PackageEntry {
  name?: string;
  version?: string;
  dev?: boolean;
  resolution?: { integrity?: string; tarball?: string; type?: string; repo?: string; commit?: string; directory?: string };
}

/** The package a `packages` key (or an importer's version reference) names, in the lockfile's major format. */
export function parsePnpmKey(key: string, major: number): { name: string; version: string } | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key;
  let name: string;
  let version: string;
  if (major >= 6) {
    const paren = k.indexOf('(');
    if (paren !== -1) k = k.slice(0, paren);
    const at = k.lastIndexOf('@');
    if (at <= 0) return undefined;
    name = k.slice(0, at);
    version = k.slice(at + 1);
  } else {
    const segments = k.split('/');
    const nameLength = k.startsWith('@') ? 2 : 1;
    if (segments.length !== nameLength + 1) return undefined;
    name = segments.slice(0, nameLength).join('/');
    version = segments[nameLength]!.split('_')[0]!;
  }
  // A registry version starts with a digit; `file:…`, `link:…`, URLs and git hosts do not.
  if (!/^\d/.test(version) || name === '') return undefined;
  return { name, version };
}

/** An importer's dependency value: `1.2.3`, `1.2.3_peer`, `1.2.3(peer)`, an alias key, or `link:…`. */
function importerTarget(depName: string, value: unknown, major: number): string | undefined {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : value;
  if (typeof version !== 'string') return undefined;
  if (/^\d/.test(version)) {
    const plain = version.replace(/[_(].*$/, '');
    return `${depName}@${plain}`;
  }
  const aliased = parsePnpmKey(version, major);
  return aliased ? `${aliased.name}@${aliased.version}` : undefined;
}

function directPackages(data: Record<string, unknown>, major: number): Set<string> {
  const direct = new Set<string>();
  const importers: unknown[] = [data];
  if (typeof data.importers === 'object' && data.importers !== null) importers.push(...Object.values(data.importers as Record<string, unknown>));
  for (const importer of importers) {
    if (typeof importer !== 'object' || importer === null) continue;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = (importer as Record<string, unknown>)[field];
      if (typeof deps !== 'object' || deps === null) continue;
      for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
        const target = importerTarget(name, value, major);
        if (target) direct.add(target);
      }
    }
  }
  return direct;
}

function notFromRegistry(entry: PackageEntry, key: string): string | undefined {
  const r = entry.resolution;
  if (r?.type === 'git' || r?.repo || r?.commit) return `git (${r.repo ?? key})`;
  if (r?.type === 'directory' || r?.directory) return `the folder ${r.directory ?? key}`;
  if (r?.tarball?.startsWith('file:')) return `the local tarball ${r.tarball}`;
  if (/(^|\/)(file:|link:)/.test(key)) return key;
  return undefined;
}

/** The lockfile as data plus the line of each `packages` key: the fast reader, else the `yaml` package. */
function load(text: string, file: string, useYamlPackage: boolean): { data: Record<string, unknown>; packageLine: (key: string) => number | undefined } {
  const simple = useYamlPackage ? undefined : parseSimpleYaml(text);
  if (simple) return { data: simple.data, packageLine: (key) => simple.keyLine(['packages', key]) };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (doc.errors.length > 0) {
    throw new LockfileError(file, `is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); regenerate it with \`pnpm install --lockfile-only\``);
  }
  const lines = new Map<string, number>();
  const packagesNode = doc.get('packages', true);
  if (isMap(packagesNode)) {
    for (const pair of packagesNode.items as Pair[]) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  return { data: (doc.toJS() ?? {}) as Record<string, unknown>, packageLine: (key) => lines.get(key) };
}

export interface PnpmLockOptions {
  /** Read with the `yaml` package even when the fast reader could (tests compare the two). */
  useYamlPackage?: boolean;
}

export function readPnpmLock(text: string, file: string, options: PnpmLockOptions = {}): LockfileReadResult {
  const { data, packageLine } = load(text, file, options.useYamlPackage === true);
  if (typeof data !== 'object' || data === null || data.lockfileVersion === undefined) {
    throw new LockfileError(file, 'is not a pnpm lockfile (no lockfileVersion)');
  }
  const major = Math.floor(Number.parseFloat(String(data.lockfileVersion)));
  if (!Number.isFinite(major)) throw new LockfileError(file, `has a lockfileVersion pnpm does not write: ${String(data.lockfileVersion)}`);
  const notes: string[] = [];
  const direct = directPackages(data, major);
  const found: ResolvedPackage[] = [];
  const seen = new Set<string>();
  const packagesData = data.packages;
  if (typeof packagesData !== 'object' || packagesData === null) return { packages: found, notes };
  for (const [key, value] of Object.entries(packagesData as Record<string, unknown>)) {
    const line = packageLine(key) ?? 1;
    const entry = (typeof value === 'object' && value !== null ? value : {}) as PackageEntry;
    const elsewhere = notFromRegistry(entry, key);
    if (elsewhere) {
      notes.push(`${file}:${line}: ${entry.name ?? key} comes from ${elsewhere}, not the npm registry; not checked`);
      continue;
    }
    const parsed =
      typeof entry.name === 'string' && typeof entry.version === 'string' && /^\d/.test(entry.version)
        ? { name: entry.name, version: entry.version }
        : parsePnpmKey(key, major);
    if (!parsed) {
      notes.push(`${file}:${line}: cannot tell the package and version of "${key}"; not checked`);
      continue;
    }
    // Peer variants of one version (5.x/6.x) are one package for the advisories.
    const id = `${parsed.name}@${parsed.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const pkg: ResolvedPackage = { ecosystem: 'npm', name: parsed.name, version: parsed.version, file, line, direct: direct.has(id) };
    if (typeof entry.dev === 'boolean') pkg.dev = entry.dev;
    found.push(pkg);
  }
  return { packages: found, notes };
}
