import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { link, mkdir, mkdtemp, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../action/logger';
import { ConfigurationError } from '../errors';
import { validateArtifactName, validateRetentionDays } from './artifact-rules';
import { ArtifactDigestMismatchError, ArtifactNameTakenError, ArtifactNotFoundError } from './errors';
import { downloadThroughStaging, listFiles } from './staged-download';
import type { ArtifactStore, ArtifactSummary } from './store';
import { compare, selectUploadFiles } from './upload-files';

/**
 * Artifacts in a plain folder, for runs outside GitHub (the `assay` command on a laptop, in other
 * CI systems). Layout under the root:
 *
 *   <name>/...                 the files, as uploaded
 *   <name>.artifact.json       the manifest: size and SHA-256 of every file, and the digest
 *
 * An artifact exists once its manifest exists; the manifest is written last, in one step, so a
 * half-finished upload is never seen. The digest is the SHA-256 of the file list in `sha256sum`
 * format (`<hex>  <path>\n` per file, sorted by path), so a person can recompute it with
 * `cd <name> && find . -type f -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum`.
 * Expiry is recorded but never enforced: the folder belongs to the user, who deletes what they like.
 */
export const MANIFEST_SUFFIX = '.artifact.json';
const MANIFEST_FORMAT = 'assay-artifact/1';

export interface FolderArtifactStoreOptions {
  /** The folder artifacts live in; created on the first upload. */
  root: string;
  log: Logger;
}

export interface ArtifactManifest {
  format: typeof MANIFEST_FORMAT;
  name: string;
  id: number;
  createdAt: string;
  expiresAt?: string;
  size: number;
  digest: string;
  files: ManifestEntry[];
}

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

export function createFolderArtifactStore({ root: rootOption, log }: FolderArtifactStoreOptions): ArtifactStore {
  const root = path.resolve(rootOption);
  const where = `the artifact folder ${root}`;
  const manifestPath = (name: string) => path.join(root, `${name}${MANIFEST_SUFFIX}`);

  const readManifest = async (name: string): Promise<ArtifactManifest | undefined> => {
    let text: string;
    try {
      text = await readFile(manifestPath(name), 'utf8');
    } catch (err) {
      if (isCode(err, 'ENOENT')) return undefined;
      throw err;
    }
    return parseManifest(name, text);
  };

  const list = async (): Promise<ArtifactSummary[]> => {
    const entries = await readdir(root, { withFileTypes: true }).catch((err) => {
      if (isCode(err, 'ENOENT')) return [];
      throw err;
    });
    const summaries: ArtifactSummary[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(MANIFEST_SUFFIX) || entry.name.startsWith('.assay-')) continue;
      const name = entry.name.slice(0, -MANIFEST_SUFFIX.length);
      try {
        const manifest = await readManifest(name);
        if (manifest) summaries.push({ name, id: manifest.id, size: manifest.size, digest: manifest.digest });
      } catch (err) {
        log.warning(`Skipping ${entry.name} in ${root}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    return summaries.sort((a, b) => compare(a.name, b.name));
  };

  return {
    kind: 'folder',
    location: root,

    async upload(name, rootDir, files, options = {}) {
      validateArtifactName(name);
      if (name.endsWith(MANIFEST_SUFFIX)) {
        throw new ConfigurationError(
          `The artifact name "${name}" ends with "${MANIFEST_SUFFIX}", which the folder store keeps for manifests. Choose another name.`,
        );
      }
      validateRetentionDays(options.retentionDays);
      const selection = await selectUploadFiles(name, rootDir, files);
      if (await readManifest(name)) throw new ArtifactNameTakenError(name, where);

      await mkdir(root, { recursive: true });
      const staging = await mkdtemp(path.join(root, '.assay-upload-'));
      // mkdtemp makes a private (0700) folder; the content folder gets the usual permissions.
      const content = path.join(staging, 'content');
      try {
        const entries: ManifestEntry[] = [];
        for (const file of selection.files) {
          const copied = await copyHashing(file.absolute, path.join(content, ...file.relative.split('/')));
          entries.push({ path: file.relative, ...copied });
        }
        const createdAt = new Date();
        const manifest: ArtifactManifest = {
          format: MANIFEST_FORMAT,
          name,
          id: Math.max(0, ...(await list()).map((a) => a.id ?? 0)) + 1,
          createdAt: createdAt.toISOString(),
          ...(options.retentionDays === undefined
            ? {}
            : { expiresAt: new Date(createdAt.getTime() + options.retentionDays * 86_400_000).toISOString() }),
          size: entries.reduce((sum, e) => sum + e.size, 0),
          digest: listDigest(entries),
          files: entries,
        };

        const artifactDir = path.join(root, name);
        try {
          // Fails when the folder exists and is not empty: the race with a concurrent upload of
          // the same name is decided here, by the file system.
          await rename(content, artifactDir);
        } catch (err) {
          if (!isCode(err, 'EEXIST', 'ENOTEMPTY', 'ENOTDIR', 'EISDIR')) throw err;
          if (await readManifest(name)) throw new ArtifactNameTakenError(name, where);
          throw new ConfigurationError(
            `${artifactDir} already exists but is not an artifact (there is no ${path.basename(manifestPath(name))}). ` +
              'Remove it, or choose another artifact name.',
          );
        }
        await publishManifest(manifestPath(name), manifest, () => new ArtifactNameTakenError(name, where));
        log.info(`Artifact "${name}": ${entries.length} file(s), ${manifest.size} bytes, stored in ${artifactDir}.`);
        return { id: manifest.id, name, size: manifest.size, digest: manifest.digest, files: entries.length };
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },

    async download(name, destinationDir) {
      validateArtifactName(name);
      const manifest = await readManifest(name);
      if (!manifest) throw new ArtifactNotFoundError(name, (await list()).map((a) => a.name), where);
      const artifactDir = path.join(root, name);
      if (listDigest(manifest.files) !== manifest.digest) {
        throw new ArtifactDigestMismatchError(name, `its manifest ${manifestPath(name)} was altered after upload`);
      }
      const present = await listFiles(artifactDir).catch((err) => {
        if (isCode(err, 'ENOENT')) return [];
        throw err;
      });
      const recorded = new Set(manifest.files.map((f) => f.path));
      const added = present.find((p) => !recorded.has(p));
      if (added !== undefined) throw new ArtifactDigestMismatchError(name, `${added} was added to ${artifactDir} after upload`);
      const kept = new Set(present);
      const missing = manifest.files.find((f) => !kept.has(f.path));
      if (missing) throw new ArtifactDigestMismatchError(name, `${missing.path} is missing from ${artifactDir}`);

      log.info(`Copying artifact "${name}" (${manifest.files.length} file(s)) from ${artifactDir} into ${destinationDir}.`);
      // Hashing while copying checks the very bytes that land in the destination.
      return downloadThroughStaging(destinationDir, async (staging) => {
        for (const entry of manifest.files) {
          const copied = await copyHashing(path.join(artifactDir, entry.path), path.join(staging, ...entry.path.split('/')));
          if (copied.sha256 !== entry.sha256) {
            throw new ArtifactDigestMismatchError(
              name,
              `${entry.path} has SHA-256 ${copied.sha256}, not the ${entry.sha256} recorded at upload`,
            );
          }
        }
      });
    },

    list,
  };
}

/** SHA-256 of the file list in `sha256sum` format, sorted by path. */
export function listDigest(entries: readonly ManifestEntry[]): string {
  const lines = [...entries]
    .sort((a, b) => compare(a.path, b.path))
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
  return createHash('sha256').update(lines).digest('hex');
}

function parseManifest(name: string, text: string): ArtifactManifest {
  const malformed = (why: string) =>
    new ArtifactDigestMismatchError(name, `its manifest is not a valid ${MANIFEST_FORMAT} manifest (${why})`);
  let value: Partial<ArtifactManifest>;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed('not JSON');
  }
  if (value.format !== MANIFEST_FORMAT) throw malformed(`format is ${JSON.stringify(value.format)}`);
  if (value.name !== name) throw malformed(`it names "${value.name}"`);
  if (typeof value.digest !== 'string' || !Array.isArray(value.files) || typeof value.id !== 'number') {
    throw malformed('digest, id or files missing');
  }
  for (const entry of value.files) {
    // A path leaving the artifact folder would let a doctored manifest read or write elsewhere.
    const segments = String(entry?.path).split('/');
    if (
      typeof entry?.path !== 'string' ||
      typeof entry.sha256 !== 'string' ||
      typeof entry.size !== 'number' ||
      path.isAbsolute(entry.path) ||
      segments.some((s) => s === '' || s === '.' || s === '..')
    ) {
      throw malformed(`bad file entry ${JSON.stringify(entry)}`);
    }
  }
  return value as ArtifactManifest;
}

/** Creates the manifest in one step (a hard link cannot half-exist) and never over another one. */
async function publishManifest(target: string, manifest: ArtifactManifest, taken: () => Error): Promise<void> {
  const temporary = path.join(path.dirname(target), `.assay-manifest-${randomBytes(6).toString('hex')}`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  try {
    await link(temporary, target);
  } catch (err) {
    if (isCode(err, 'EEXIST')) throw taken();
    throw err;
  } finally {
    await unlink(temporary);
  }
}

async function copyHashing(from: string, to: string): Promise<{ size: number; sha256: string }> {
  await mkdir(path.dirname(to), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to));
  return { size, sha256: hash.digest('hex') };
}

function isCode(err: unknown, ...codes: string[]): boolean {
  return typeof err === 'object' && err !== null && codes.includes((err as { code?: unknown }).code as string);
}

