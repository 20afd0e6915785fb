import { parse as parseToml } from 'smol-toml';
import type { LockfileReadResult, ResolvedPackage } from '../model';
import { pep503Name } from '../package-names';
import { LockfileError } from './lockfile-error';
import { packageTableLines } from './toml-package-lines';

/**
 * poetry.lock (lock-version 1.x with `category`, 2.0, and 2.1 with `groups`). One `[[package]]`
 * table per installed distribution. Packages whose `[package.source]` is git, a folder, a local
 * file or a URL are not PyPI releases; a `legacy` source (a private index) is still a PyPI-style
 * release and is checked. Direct dependencies are those pyproject.toml (`manifest`) declares,
 * under [project] or [tool.poetry].
 */

interface PoetryPackage {
  name?: string;
  version?: string;
  category?: string;
  groups?: string[];
  source?: { type?: string; url?: string; reference?: string };
}

export interface PoetryLockOptions {
  /** pyproject.toml beside the lockfile, as text. */
  manifest?: string;
}

const NOT_PYPI = new Set(['git', 'directory', 'file', 'url']);

/** PEP 508 names from `dependencies = ["requests>=2", …]` or a `{name = "…"}` table. */
function declared(manifest: string | undefined): Set<string> {
  const names = new Set<string>();
  if (!manifest) return names;
  let data: Record<string, unknown>;
  try {
    data = parseToml(manifest) as Record<string, unknown>;
  } catch {
    return names;
  }
  const addRequirement = (req: unknown) => {
    if (typeof req !== 'string') return;
    const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req);
    if (m) names.add(pep503Name(m[1]!));
  };
  const project = data.project as Record<string, unknown> | undefined;
  for (const req of (project?.dependencies as unknown[]) ?? []) addRequirement(req);
  for (const list of Object.values((project?.['optional-dependencies'] as Record<string, unknown[]>) ?? {})) for (const req of list ?? []) addRequirement(req);
  const poetry = (data.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined;
  const tables: unknown[] = [poetry?.dependencies, poetry?.['dev-dependencies']];
  for (const group of Object.values((poetry?.group as Record<string, { dependencies?: unknown }>) ?? {})) tables.push(group?.dependencies);
  for (const table of tables) {
    if (typeof table !== 'object' || table === null) continue;
    for (const name of Object.keys(table)) if (name.toLowerCase() !== 'python') names.add(pep503Name(name));
  }
  return names;
}

export function readPoetryLock(text: string, file: string, options: PoetryLockOptions = {}): LockfileReadResult {
  let data: { package?: PoetryPackage[] };
  try {
    data = parseToml(text) as { package?: PoetryPackage[] };
  } catch (error) {
    throw new LockfileError(file, `is not valid TOML (${(error as Error).message.split('\n')[0]}); regenerate it with \`poetry lock\``, { cause: error });
  }
  const lines = packageTableLines(text);
  const direct = declared(options.manifest);
  const packages: ResolvedPackage[] = [];
  const notes: string[] = [];
  (data.package ?? []).forEach((pkg, i) => {
    const line = lines[i] ?? 1;
    if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
      notes.push(`${file}:${line}: a [[package]] without name or version; skipped`);
      return;
    }
    if (pkg.source?.type && NOT_PYPI.has(pkg.source.type)) {
      notes.push(`${file}:${line}: ${pkg.name} comes from ${pkg.source.type} ${pkg.source.url ?? ''}`.trimEnd() + ', not PyPI; not checked');
      return;
    }
    const resolved: ResolvedPackage = { ecosystem: 'PyPI', name: pkg.name, version: pkg.version, file, line };
    if (options.manifest !== undefined) resolved.direct = direct.has(pep503Name(pkg.name));
    if (pkg.category !== undefined) resolved.dev = pkg.category === 'dev';
    else if (Array.isArray(pkg.groups)) resolved.dev = !pkg.groups.includes('main');
    packages.push(resolved);
  });
  return { packages, notes };
}
