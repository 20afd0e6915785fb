import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { ConfigurationError } from '../errors';
import { validateArtifactPath } from './artifact-rules';

export interface UploadFile {
  absolute: string;
  /** Path inside the artifact: relative to the root, `/` separators. */
  relative: string;
}

export interface UploadSelection {
  /** The root folder, absolute. */
  root: string;
  /** Sorted by `relative`, no duplicates. */
  files: UploadFile[];
}

/**
 * Decides which files an upload takes. Without a list: every file under `rootDir` except hidden
 * ones (a name starting with `.`, at any depth), which is what upload-artifact v4 does by default
 * so that `.git` folders and `.env` files do not leak into artifacts. With a list: exactly those
 * files (a hidden file named on purpose is taken), folders expanded like the root.
 */
export async function selectUploadFiles(
  artifact: string,
  rootDir: string,
  files?: readonly string[],
): Promise<UploadSelection> {
  const root = path.resolve(rootDir);
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) {
    throw new ConfigurationError(`The folder "${rootDir}" to upload as artifact "${artifact}" does not exist or is not a folder.`);
  }

  const chosen = new Set<string>();
  if (files === undefined) {
    await collectVisibleFiles(root, chosen, new Set());
  } else {
    for (const file of files) {
      const absolute = path.resolve(root, file);
      const relative = path.relative(root, absolute);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        throw new ConfigurationError(
          `The file "${file}" cannot go into artifact "${artifact}": it is outside the artifact's root folder ${root}.`,
        );
      }
      const info = await stat(absolute).catch(() => undefined);
      if (!info) throw new ConfigurationError(`The file "${file}" listed for artifact "${artifact}" does not exist.`);
      if (info.isDirectory()) await collectVisibleFiles(absolute, chosen, new Set());
      else chosen.add(absolute);
    }
  }

  const selected = [...chosen]
    .map((absolute) => ({ absolute, relative: path.relative(root, absolute).split(path.sep).join('/') }))
    .sort((a, b) => compare(a.relative, b.relative));
  if (selected.length === 0) {
    throw new ConfigurationError(
      `There is nothing to upload as artifact "${artifact}": no files under ${root} (hidden files are left out unless listed).`,
    );
  }
  for (const file of selected) validateArtifactPath(artifact, file.relative);
  return { root, files: selected };
}

/** Symbolic links are followed, as upload-artifact does; `seen` stops a link cycle. */
async function collectVisibleFiles(dir: string, out: Set<string>, seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    // A dangling link has nothing to upload; stat() tells a linked folder from a linked file.
    const kind = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
    if (kind?.isDirectory()) await collectVisibleFiles(full, out, seen);
    else if (kind?.isFile()) out.add(full);
  }
}

/** Code-unit order, so the order (and the folder store's digest) never depends on the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
