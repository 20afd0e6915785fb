import type { LockfileReadResult, ResolvedPackage } from '../model';
import { pep503Name } from '../package-names';
import { jsonKeyLines, keyPath } from './json-key-lines';
import { LockfileError } from './lockfile-error';
import { pinnedVersion } from './requirements-txt';

/**
 * Pipfile.lock (pipenv): JSON with `default` (runtime) and `develop` sections, each mapping a
 * package to `{"version": "==1.2.3", "hashes": […], "markers": …}`. Entries with `git`, `path`,
 * `file` or `editable` and no `==` version are not PyPI releases. Direct dependencies are those
 * the Pipfile beside the lockfile (`manifest`) lists under [packages] or [dev-packages].
 */

interface PipfileEntry {
  version?: string;
  git?: string;
  path?: string;
  file?: string;
  editable?: boolean;
}

export interface PipfileLockOptions {
  /** Names declared in the Pipfile (any spelling), when the caller read it. */
  declared?: Iterable<string>;
}

export function readPipfileLock(text: string, file: string, options: PipfileLockOptions = {}): LockfileReadResult {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new LockfileError(file, `is not valid JSON (${(error as Error).message}); regenerate it with \`pipenv lock\``, { cause: error });
  }
  if (typeof data !== 'object' || data === null) throw new LockfileError(file, 'is not a Pipfile.lock (expected a JSON object)');
  const lines = jsonKeyLines(text, (p) => p.length === 1 && (p[0] === 'default' || p[0] === 'develop'));
  const declared = options.declared ? new Set([...options.declared].map(pep503Name)) : undefined;
  const packages: ResolvedPackage[] = [];
  const notes: string[] = [];
  for (const section of ['default', 'develop'] as const) {
    const entries = data[section];
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [name, entry] of Object.entries(entries as Record<string, PipfileEntry>)) {
      const line = lines.get(keyPath([section], name)) ?? 1;
      const source = entry?.git ?? entry?.path ?? entry?.file;
      const version = typeof entry?.version === 'string' ? pinnedVersion(entry.version) : undefined;
      if (version === undefined) {
        notes.push(`${file}:${line}: ${name} ${source ? `comes from ${source}, not PyPI` : 'has no == version'}; not checked`);
        continue;
      }
      const pkg: ResolvedPackage = { ecosystem: 'PyPI', name, version, file, line, dev: section === 'develop' };
      if (declared) pkg.direct = declared.has(pep503Name(name));
      packages.push(pkg);
    }
  }
  return { packages, notes };
}

/** Package names a Pipfile (TOML) declares under [packages] and [dev-packages]. */
export function pipfileDeclaredNames(pipfile: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const section of ['packages', 'dev-packages']) {
    const table = pipfile[section];
    if (typeof table === 'object' && table !== null) names.push(...Object.keys(table));
  }
  return names;
}
