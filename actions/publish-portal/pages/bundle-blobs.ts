import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { ConfigurationError } from '../../../lib/errors';
import type { Git } from '../../../lib/git/scratch-repository';
import type { BundleFile } from '../model';

/** A bundle file stored as a blob in the scratch repository. */
export interface StoredFile {
  /** Relative to the report's folder, '/'-separated. */
  path: string;
  blob: string;
  /** Stored as is (its bytes do not compress): git should not look for deltas either. */
  incompressible: boolean;
}

/** Files from this size on are checked for compressibility; smaller ones cost nothing either way. */
const SAMPLE_FROM_BYTES = 128 * 1024;
const SAMPLE_BYTES = 32 * 1024;

/**
 * Writes every file into the scratch repository's object store, the bytes as they are
 * (--no-filters: whatever core.autocrlf or a .gitattributes would do), so nothing is copied into
 * a work tree and a retry reuses the blobs.
 *
 * What a report holds is of two kinds. Text (HTML, JSON, SVG, Markdown) compresses well and
 * deltas well against the previous run's files: it becomes ordinary objects, compressed when
 * pushed. PDFs, images and other already-compressed data do neither: deflating 50 MB of them again
 * and searching them for deltas costs seconds and saves nothing. A sample of each larger file
 * decides; the incompressible ones go into packs stored at level 0 (which the push then sends as
 * they are), and `-delta` keeps git from searching them (see noDeltaAttributes).
 */
export async function storeBundleBlobs(git: Git, files: readonly BundleFile[]): Promise<StoredFile[]> {
  for (const f of files) {
    const parts = f.path.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git') || /[\0]/.test(f.path)) {
      throw new ConfigurationError(`bundle file "${f.path}" cannot be stored in a git branch; rename it (no empty, ".", ".." or ".git" segments).`);
    }
  }
  const incompressible = new Set<string>();
  for (const f of files) if (f.size >= SAMPLE_FROM_BYTES && (await looksIncompressible(f.absolutePath))) incompressible.add(f.path);

  const blobs = new Map<string, string>();
  // Stored: each file streamed into a pack of its own (core.bigFileThreshold), uncompressed. The
  // scratch repository is thrown away afterwards, so its writes need no fsync. Hashing is most of
  // the work for a large bundle: a few git processes share it (and the text files) at once.
  const packed = ['-c', 'core.bigFileThreshold=1', '-c', 'pack.compression=0', '-c', 'core.fsync=none'];
  const stored = files.filter((f) => incompressible.has(f.path));
  const ways = Math.max(1, Math.min(4, availableParallelism(), Math.ceil(stored.length / 16)));
  await Promise.all([
    ...Array.from({ length: ways }, (_, w) => hashAll(git, stored.filter((_f, i) => i % ways === w), packed, blobs)),
    hashAll(git, files.filter((f) => !incompressible.has(f.path)), [], blobs),
  ]);
  return files.map((f) => ({ path: f.path, blob: blobs.get(f.path)!, incompressible: incompressible.has(f.path) }));
}

async function hashAll(git: Git, files: readonly BundleFile[], config: readonly string[], into: Map<string, string>): Promise<void> {
  // --stdin-paths reads one path a line: a name with a line break goes alone.
  const plain = files.filter((f) => !/[\r\n]/.test(f.absolutePath));
  if (plain.length > 0) {
    const hashed = await git.ok([...config, 'hash-object', '-w', '--no-filters', '--stdin-paths'], { stdin: plain.map((f) => `${f.absolutePath}\n`).join('') });
    const lines = hashed.stdout.trim().split('\n');
    if (lines.length !== plain.length) throw new Error(`git hash-object returned ${lines.length} ids for ${plain.length} files`);
    plain.forEach((f, i) => into.set(f.path, lines[i]!.trim()));
  }
  for (const f of files) {
    if (!into.has(f.path)) into.set(f.path, (await git.ok([...config, 'hash-object', '-w', '--no-filters', '--', f.absolutePath])).stdout.trim());
  }
}

/** Deflating a sample from the middle of the file saves less than 5 %: compressed already, or random. */
async function looksIncompressible(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const { bytesRead } = await handle.read(sample, 0, sample.length, Math.max(0, Math.floor(size / 2) - sample.length / 2));
    if (bytesRead === 0) return false;
    return deflateRawSync(sample.subarray(0, bytesRead), { level: 1 }).length >= bytesRead * 0.95;
  } finally {
    await handle.close();
  }
}

/**
 * `.git/info/attributes` lines that mark the stored files `-delta`, so the push does not spend
 * seconds looking for deltas in data that has none. A path the pattern syntax cannot say plainly
 * (white space, quotes) is left out: it is only searched, not wrong.
 */
export function noDeltaAttributes(folder: string, files: readonly StoredFile[]): string {
  return files
    .filter((f) => f.incompressible && !/[\s"'\\]/.test(`${folder}/${f.path}`))
    .map((f) => `/${`${folder}/${f.path}`.replace(/[*?[\]!#]/g, (c) => `\\${c}`)} -delta\n`)
    .join('');
}

/** Text (reports.json, index.html, .nojekyll) stored as a blob. */
export async function storeTextBlob(git: Git, text: string): Promise<string> {
  return (await git.ok(['hash-object', '-w', '--no-filters', '--stdin'], { stdin: text })).stdout.trim();
}
