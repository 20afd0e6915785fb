import type { BundleFile, PublishTarget, ReportBundle } from '../model';

/**
 * manifest.json, written last next to the report's files: what was published, from where, and
 * each file's digest. A reader can check every object against it, and the next publish to the
 * same place reads it to skip what is already there. It holds nothing secret: no credentials,
 * no presigned URLs.
 */

export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_SCHEMA = 'assay-s3-manifest/1';

export type S3Encryption = { type: 'AES256' } | { type: 'aws:kms'; kmsKeyId: string };

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  contentType: string;
}

export interface S3Manifest {
  schema: typeof MANIFEST_SCHEMA;
  reportId: string;
  repository: string;
  sha: string | null;
  ref: string | null;
  runId: string | null;
  runUrl: string | null;
  /** When the report was generated (report.json), else when it was first published here. */
  generatedAt: string;
  /** How the objects are encrypted at rest; a change re-uploads them. */
  encryption: S3Encryption;
  files: ManifestFile[];
}

export function buildManifest(bundle: ReportBundle, target: PublishTarget, encryption: S3Encryption, generatedAt: string): S3Manifest {
  return {
    schema: MANIFEST_SCHEMA,
    reportId: bundle.reportId,
    repository: target.repository,
    sha: target.sha ?? null,
    ref: target.ref ?? null,
    runId: target.runId ?? null,
    runUrl: target.runUrl ?? null,
    generatedAt,
    encryption: encryption.type === 'aws:kms' ? { type: 'aws:kms', kmsKeyId: encryption.kmsKeyId } : { type: 'AES256' },
    files: bundle.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType })),
  };
}

export function serializeManifest(manifest: S3Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A manifest read back from the store, or undefined when it is not one of ours (then nothing is skipped). */
export function parseManifest(text: string): S3Manifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<S3Manifest>;
  if (m.schema !== MANIFEST_SCHEMA || typeof m.reportId !== 'string' || !Array.isArray(m.files)) return undefined;
  const files = m.files.filter(
    (f): f is ManifestFile =>
      typeof f === 'object' &&
      f !== null &&
      typeof f.path === 'string' &&
      typeof f.size === 'number' &&
      typeof f.sha256 === 'string' &&
      typeof f.contentType === 'string',
  );
  if (files.length !== m.files.length) return undefined;
  const encryption = m.encryption;
  if (!encryption || (encryption.type !== 'AES256' && encryption.type !== 'aws:kms')) return undefined;
  return {
    schema: MANIFEST_SCHEMA,
    reportId: m.reportId,
    repository: String(m.repository ?? ''),
    sha: m.sha ?? null,
    ref: m.ref ?? null,
    runId: m.runId ?? null,
    runUrl: m.runUrl ?? null,
    generatedAt: String(m.generatedAt ?? ''),
    encryption,
    files,
  };
}

/** True when the manifest records this exact file (bytes, type) stored with the same encryption. */
export function manifestHolds(manifest: S3Manifest | undefined, file: BundleFile, encryption: S3Encryption): boolean {
  if (!manifest || !sameEncryption(manifest.encryption, encryption)) return false;
  const entry = manifest.files.find((f) => f.path === file.path);
  return entry !== undefined && entry.sha256 === file.sha256 && entry.size === file.size && entry.contentType === file.contentType;
}

/** Same content once serialized: then writing the new manifest would change nothing. */
export function sameManifest(a: S3Manifest, b: S3Manifest): boolean {
  return serializeManifest(a) === serializeManifest(b);
}

function sameEncryption(a: S3Encryption, b: S3Encryption): boolean {
  if (a.type !== b.type) return false;
  return a.type === 'AES256' || (b.type === 'aws:kms' && a.kmsKeyId === b.kmsKeyId);
}
