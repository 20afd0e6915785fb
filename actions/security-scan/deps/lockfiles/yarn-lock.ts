import type { LockfileReadResult, ResolvedPackage } from '../model';
import { LockfileError } from './lockfile-error';

/**
 * yarn.lock, both formats:
 * - classic (yarn 1, "# yarn lockfile v1"): a YAML-like format of its own (`version "1.2.3"`),
 *   entries keyed by the specifiers that resolved to them (`"lodash@^4.17.0", lodash@^4.17.20:`);
 *   an alias reads `"lodash-old@npm:lodash@4.17.15"`.
 * - berry (yarn 2+, has `__metadata`): YAML, where each entry's `resolution` says what was
 *   installed (`lodash@npm:4.17.20`). Only `npm:` resolutions are registry packages: `workspace:`
 *   is the project itself, `patch:` a patched copy of an npm entry that is listed on its own too,
 *   and `link:`, `portal:`, `file:`, git and `exec:` are not in any advisory database.
 *
 * Both are read line by line: entries start at column 0 and their fields sit two spaces in, which
 * also gives each entry's line. A direct dependency is one the package.json beside the lockfile
 * (`manifest`) or a berry workspace entry declares with the same specifier.
 */

export interface YarnLockOptions {
  /** The package.json next to the lockfile, parsed, to tell direct dependencies. */
  manifest?: unknown;
}

interface Entry {
  line: number;
  specifiers: string[];
  fields: Map<string, string>;
  /** `dependencies` of the entry (berry workspaces), as `name@range` descriptors. */
  dependencies: string[];
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  return v;
}

/** `@scope/name@range` → [`@scope/name`, `range`]. */
export function splitDescriptor(descriptor: string): [string, string] | undefined {
  const at = descriptor.indexOf('@', descriptor.startsWith('@') ? 1 : 0);
  if (at <= 0) return undefined;
  return [descriptor.slice(0, at), descriptor.slice(at + 1)];
}

function parseEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let inDependencies = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      // "spec1, spec2:" — the key; `__metadata:` too (skipped later).
      const key = raw.replace(/:\s*$/, '');
      // classic quotes each specifier, berry the whole list: quotes never belong to a specifier.
      const specifiers = key
        .split(/,\s*/)
        .map((s) => s.trim().replace(/^"|"$/g, ''))
        .filter(Boolean);
      current = { line: i + 1, specifiers, fields: new Map(), dependencies: [] };
      entries.push(current);
      inDependencies = false;
      continue;
    }
    if (!current) continue;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (indent === 2) {
      // classic: `version "1.2.3"`; berry: `version: 1.2.3`.
      const m = /^("[^"]+"|[^\s:]+):?\s*(.*)$/.exec(body);
      if (!m) continue;
      const field = unquote(m[1]!);
      const value = m[2]!;
      inDependencies = field === 'dependencies' && value === '';
      if (value !== '') current.fields.set(field, unquote(value));
    } else if (indent === 4 && inDependencies) {
      const m = /^("[^"]+"|[^\s:]+):?\s+(.+)$/.exec(body);
      if (m) current.dependencies.push(`${unquote(m[1]!)}@${unquote(m[2]!)}`);
    }
  }
  return entries;
}

function manifestDescriptors(manifest: unknown): Set<string> {
  const out = new Set<string>();
  if (typeof manifest !== 'object' || manifest === null) return out;
  const m = manifest as Record<string, unknown>;
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = m[field];
    if (typeof deps !== 'object' || deps === null) continue;
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof range !== 'string') continue;
      out.add(`${name}@${range}`);
      // berry writes the default protocol into the lockfile: `lodash@npm:4.17.20`.
      if (!/^[a-z]+:/i.test(range)) out.add(`${name}@npm:${range}`);
    }
  }
  return out;
}

// Specifier ranges that do not come from the registry (classic lockfiles keep the range only).
const NON_REGISTRY_RANGE = /^(file:|link:|portal:|git\+|git:|github:|gitlab:|bitbucket:|https?:|workspace:|exec:|patch:)/;

function readClassic(entries: Entry[], file: string, declared: Set<string>, notes: string[]): ResolvedPackage[] {
  const found: ResolvedPackage[] = [];
  for (const entry of entries) {
    const first = entry.specifiers[0];
    const version = entry.fields.get('version');
    if (!first || !version) continue;
    const split = splitDescriptor(first);
    if (!split) {
      notes.push(`${file}:${entry.line}: cannot tell the package name in "${first}"; not checked`);
      continue;
    }
    let [name, range] = split;
    if (range.startsWith('npm:')) {
      // An alias: the key names the alias, the range the real package.
      const target = splitDescriptor(range.slice(4));
      if (target) name = target[0];
      else name = range.slice(4);
    } else if (NON_REGISTRY_RANGE.test(range) && !/\/-\/[^/]+\.tgz/.test(entry.fields.get('resolved') ?? '')) {
      notes.push(`${file}:${entry.line}: ${name} comes from ${range}, not the npm registry; not checked`);
      continue;
    }
    const direct = entry.specifiers.some((s) => declared.has(s));
    found.push({ ecosystem: 'npm', name, version, file, line: entry.line, direct });
  }
  return found;
}

function readBerry(entries: Entry[], file: string, declared: Set<string>, notes: string[]): ResolvedPackage[] {
  for (const entry of entries) {
    if (entry.fields.get('resolution')?.includes('@workspace:')) for (const d of entry.dependencies) declared.add(d);
  }
  const found: ResolvedPackage[] = [];
  for (const entry of entries) {
    if (entry.specifiers[0] === '__metadata') continue;
    const resolution = entry.fields.get('resolution');
    if (!resolution) continue;
    const split = splitDescriptor(resolution);
    if (!split) continue;
    const [name, reference] = split;
    if (reference.startsWith('npm:')) {
      const version = reference.slice(4);
      const direct = entry.specifiers.some((s) => declared.has(s));
      found.push({ ecosystem: 'npm', name, version, file, line: entry.line, direct });
    } else if (!/^(workspace|patch):/.test(reference)) {
      notes.push(`${file}:${entry.line}: ${name} resolves to ${reference}, not the npm registry; not checked`);
    }
  }
  return found;
}

export function readYarnLock(text: string, file: string, options: YarnLockOptions = {}): LockfileReadResult {
  const entries = parseEntries(text);
  const berry = entries.some((e) => e.specifiers[0] === '__metadata');
  if (!berry && !/yarn lockfile v1/.test(text) && entries.length > 0 && !entries.some((e) => e.fields.has('version'))) {
    throw new LockfileError(file, 'is not a yarn lockfile (no entry has a version); regenerate it with `yarn install`');
  }
  const notes: string[] = [];
  const declared = manifestDescriptors(options.manifest);
  const packages = berry ? readBerry(entries, file, declared, notes) : readClassic(entries, file, declared, notes);
  return { packages, notes };
}
