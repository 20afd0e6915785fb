import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { errorMessage } from '../../../../lib/errors';
import type { Logger } from '../../../../lib/action/logger';
import type { LockfileReadResult, LockfileRef, ResolvedPackage } from '../model';
import { packageKey } from '../package-names';
import { readCargoLock } from './cargo-lock';
import { readPackageLock } from './package-lock';
import { pipfileDeclaredNames, readPipfileLock } from './pipfile-lock';
import { readPnpmLock } from './pnpm-lock';
import { readPoetryLock } from './poetry-lock';
import { readRequirements } from './requirements-txt';
import { readYarnLock } from './yarn-lock';

/**
 * Reads one lockfile with the reader for its kind. The manifest beside it (package.json,
 * pyproject.toml, Pipfile), when there is one, tells direct from transitive dependencies.
 */
export function readLockfile(ref: LockfileRef, root: string): LockfileReadResult {
  const dir = path.dirname(ref.path);
  const sibling = (name: string): string | undefined => {
    try {
      return fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  if (ref.kind === 'requirements') return readRequirements(ref.path, root);
  const text = fs.readFileSync(ref.path, 'utf8');
  switch (ref.kind) {
    case 'package-lock':
      return readPackageLock(text, ref.file);
    case 'yarn-lock': {
      const manifest = sibling('package.json');
      let parsed: unknown;
      try {
        parsed = manifest === undefined ? undefined : JSON.parse(manifest);
      } catch {
        parsed = undefined;
      }
      return readYarnLock(text, ref.file, { manifest: parsed });
    }
    case 'pnpm-lock':
      return readPnpmLock(text, ref.file);
    case 'poetry-lock': {
      const manifest = sibling('pyproject.toml');
      return readPoetryLock(text, ref.file, manifest === undefined ? {} : { manifest });
    }
    case 'pipfile-lock': {
      const pipfile = sibling('Pipfile');
      let declared: string[] | undefined;
      try {
        declared = pipfile === undefined ? undefined : pipfileDeclaredNames(parseToml(pipfile) as Record<string, unknown>);
      } catch {
        declared = undefined;
      }
      return readPipfileLock(text, ref.file, declared ? { declared } : {});
    }
    case 'cargo-lock':
      return readCargoLock(text, ref.file);
  }
}

export interface ReadLockfilesResult {
  packages: ResolvedPackage[];
  notes: string[];
  /** Lockfiles that could not be read, with the reason. */
  failed: { file: string; reason: string }[];
}

/**
 * Reads every lockfile; one that cannot be read is reported and the others still go through.
 * A package pinned on the same line of the same file twice (a requirements file included by two
 * others) is kept once.
 */
export function readLockfiles(refs: readonly LockfileRef[], root: string, log?: Logger): ReadLockfilesResult {
  const packages: ResolvedPackage[] = [];
  const notes: string[] = [];
  const failed: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  const seenNotes = new Set<string>();
  for (const ref of refs) {
    let result: LockfileReadResult;
    try {
      result = readLockfile(ref, root);
    } catch (error) {
      const reason = errorMessage(error);
      failed.push({ file: ref.file, reason });
      log?.warning(`dependency check: ${reason}`, { file: ref.file });
      continue;
    }
    log?.debug(`dependency check: ${ref.file}: ${result.packages.length} packages`);
    for (const pkg of result.packages) {
      const id = `${pkg.file}\u0000${pkg.line}\u0000${packageKey(pkg.ecosystem, pkg.name)}\u0000${pkg.version}`;
      if (seen.has(id)) continue;
      seen.add(id);
      packages.push(pkg);
    }
    for (const note of result.notes) {
      if (seenNotes.has(note)) continue;
      seenNotes.add(note);
      notes.push(note);
    }
  }
  return { packages, notes, failed };
}
