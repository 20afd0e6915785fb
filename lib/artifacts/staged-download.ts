import { lstat, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { ConfigurationError } from '../errors';
import type { DownloadedArtifact } from './store';
import { compare } from './upload-files';

/**
 * Downloads through a scratch folder inside the destination: `fill` writes the artifact there,
 * and only when it returns (the content checked) are the files moved into place. A corrupt
 * download therefore never mixes with, or half-replaces, what the destination already holds.
 * The scratch folder sits inside the destination so the final moves are renames on one disk.
 */
export async function downloadThroughStaging(
  destinationDir: string,
  fill: (stagingDir: string) => Promise<void>,
): Promise<DownloadedArtifact> {
  const destination = path.resolve(destinationDir);
  await mkdir(destination, { recursive: true });
  const staging = await mkdtemp(path.join(destination, '.assay-download-'));
  try {
    await fill(staging);
    const files = await listFiles(staging);
    await moveInto(staging, destination);
    return { path: destination, files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Every file under `dir` (hidden ones too), relative with `/` separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string, prefix: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(current, entry.name), relative);
      else out.push(relative);
    }
  };
  await walk(dir, '');
  return out.sort(compare);
}

async function moveInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const existing = await lstat(target).catch(() => undefined);
    if (entry.isDirectory() && existing?.isDirectory()) {
      await moveInto(source, target);
    } else if (existing && existing.isDirectory() !== entry.isDirectory()) {
      throw new ConfigurationError(
        `Cannot download into ${to}: ${target} is a ${existing.isDirectory() ? 'folder' : 'file'} ` +
          `where the artifact has a ${entry.isDirectory() ? 'folder' : 'file'}. Download into an empty folder.`,
      );
    } else {
      await rename(source, target);
    }
  }
}
