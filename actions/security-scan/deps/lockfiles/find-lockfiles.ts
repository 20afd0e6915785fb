import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { LockfileKind, LockfileRef } from '../model';

/**
 * Finds the lockfiles under a folder. Installed dependencies and build output are not the
 * project's lockfiles (node_modules holds `.package-lock.json` and every package's own files,
 * target/ and virtualenvs hold copies), so those folders are never entered, nor are symlinks
 * followed (a link back up would loop).
 */

export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.pnpm-store',
  '.yarn',
  'target',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  'site-packages',
  '.cargo',
  '.git',
  '.hg',
  '.svn',
]);

const BY_NAME: Record<string, LockfileKind> = {
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'package-lock',
  'yarn.lock': 'yarn-lock',
  'pnpm-lock.yaml': 'pnpm-lock',
  'poetry.lock': 'poetry-lock',
  'Pipfile.lock': 'pipfile-lock',
  'Cargo.lock': 'cargo-lock',
};

/** requirements.txt, requirements-dev.txt, dev-requirements.txt, requirements/base.txt. */
export function lockfileKind(relativePath: string): LockfileKind | undefined {
  const base = path.posix.basename(relativePath);
  const byName = BY_NAME[base];
  if (byName) return byName;
  if (/^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/i.test(base)) return 'requirements';
  const parent = path.posix.basename(path.posix.dirname(relativePath));
  if (/^requirements$/i.test(parent) && base.endsWith('.txt')) return 'requirements';
  return undefined;
}

export interface FindLockfilesOptions {
  /** Folder names to skip in addition to SKIPPED_FOLDERS. */
  skip?: Iterable<string>;
  signal?: AbortSignal;
}

export async function findLockfiles(root: string, options: FindLockfilesOptions = {}): Promise<LockfileRef[]> {
  const skip = new Set([...SKIPPED_FOLDERS, ...(options.skip ?? [])]);
  const found: LockfileRef[] = [];
  const walk = async (dir: string, relative: string) => {
    options.signal?.throwIfAborted();
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder we may not read (permissions) is not a reason to stop the scan.
      if (relative === '') throw error;
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) await walk(path.join(dir, entry.name), rel);
      } else if (entry.isFile()) {
        const kind = lockfileKind(rel);
        if (kind) found.push({ kind, path: path.join(dir, entry.name), file: rel });
      }
    }
  };
  await walk(path.resolve(root), '');
  return found;
}
