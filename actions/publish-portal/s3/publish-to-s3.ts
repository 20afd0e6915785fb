import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ConfigurationError } from '../../../lib/errors';
import { formatWait } from '../../../lib/retry';
import type { BundleFile, PublishContext, PublishedLocation, PublishTarget, ReportBundle } from '../model';
import { mapBounded } from './bounded-parallel';
import { maskCredentials, type S3CredentialProvider, type S3Credentials } from './credentials';
import { MANIFEST_NAME, buildManifest, manifestHolds, parseManifest, sameManifest, serializeManifest, type S3Encryption, type S3Manifest } from './manifest';
import { getText, headObject, listKeys, putText, storedObjectMatches, uploadFile, type Store } from './object-io';
import { joinKey, objectUrl, type ObjectLocation } from './object-keys';
import { createS3Client } from './s3-client';
import { isAccessDenied } from './s3-errors';

/** SigV4's limit for a presigned URL: 7 days. */
export const MAX_PRESIGN_EXPIRES_SECONDS = 604_800;
export const DEFAULT_CONCURRENCY = 8;
const DEFAULT_REGION = 'us-east-1';

export interface S3PublishOptions {
  bucket: string;
  /** An S3-compatible store (MinIO, R2, s3rver, …); AWS S3 when absent. */
  endpoint?: URL;
  /** Key prefix before the report path; may be empty. */
  prefix: string;
  /** us-east-1 when absent. */
  region?: string;
  sse: S3Encryption;
  credentials: S3Credentials | S3CredentialProvider;
  /** How long the presigned link to the report stays valid: 1 s … 7 days (the default). */
  presignExpiresSeconds?: number;
  /** Uploads in flight at once; 8 when absent. */
  concurrency?: number;
  /** Path-style addressing; by default on for a custom endpoint, off for AWS. */
  forcePathStyle?: boolean;
}

/** The file a person opens, in order of preference. */
const ENTRY_FILES = ['report.html', 'report.pdf', 'report.md', 'report.json'];

/**
 * Publishes the bundle under s3://<bucket>/<prefix>/<reportPath>/: each file with its content
 * type, server-side encryption and its SHA-256 as x-amz-meta-sha256, uploaded in parallel, then
 * manifest.json last. Idempotent: what the existing manifest (or the object's own metadata)
 * shows is already there is not uploaded again, and a report already published in full writes
 * nothing at all and reports changed: false.
 */
export async function publishToS3(bundle: ReportBundle, target: PublishTarget, options: S3PublishOptions, ctx: PublishContext): Promise<PublishedLocation> {
  const settings = checkOptions(options);
  if (bundle.files.some((f) => f.path === MANIFEST_NAME)) {
    throw new ConfigurationError(`the bundle holds a file named ${MANIFEST_NAME}, which the s3 destination writes itself next to the report; rename or remove that file.`);
  }
  const credentials = typeof options.credentials === 'function' ? await options.credentials() : options.credentials;
  maskCredentials(credentials, ctx.setSecret);

  const location: ObjectLocation = {
    bucket: options.bucket,
    endpoint: options.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
  };
  const client = createS3Client({
    region: settings.region,
    endpoint: options.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials,
    kmsKeyId: options.sse.type === 'aws:kms' ? options.sse.kmsKeyId : undefined,
    log: ctx.log,
    ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
    now: () => ctx.now().getTime(),
  });
  const store: Store = { client, bucket: options.bucket, encryption: options.sse };
  const base = joinKey(options.prefix, target.reportPath);
  const keyOf = (file: BundleFile) => joinKey(base, file.path);
  const manifestKey = joinKey(base, MANIFEST_NAME);
  const started = performance.now();

  try {
    const existing = await readExistingManifest(store, manifestKey, ctx);

    // Files the manifest does not vouch for may still be there (a publish that stopped before
    // its manifest): one listing says which keys exist, and only those are looked at with HEAD.
    const vouched = new Set(bundle.files.filter((f) => manifestHolds(existing, f, options.sse)));
    const present = vouched.size < bundle.files.length ? await listKeys(store, `${base}/`) : new Map<string, number>();
    let uploadedBytes = 0;
    const outcomes = await mapBounded(bundle.files, settings.concurrency, async (file) => {
      if (vouched.has(file)) return 'unchanged';
      const key = keyOf(file);
      const mayBeThere = present === undefined || present.get(key) === file.size;
      if (mayBeThere && storedObjectMatches(await headObject(store, key), file, options.sse)) return 'unchanged';
      await uploadFile(store, key, file);
      uploadedBytes += file.size;
      return 'uploaded';
    });
    const uploaded = outcomes.filter((o) => o === 'uploaded').length;

    const generatedAt = bundle.summary.generatedAt ?? existing?.generatedAt ?? ctx.now().toISOString();
    const manifest = buildManifest(bundle, target, options.sse, generatedAt);
    const changed = uploaded > 0 || !existing || !sameManifest(existing, manifest);
    if (changed) {
      const text = serializeManifest(manifest);
      await putText(store, manifestKey, text, 'application/json; charset=utf-8', createHash('sha256').update(text).digest('hex'));
    }

    const where = `s3://${options.bucket}/${base}/`;
    const took = formatWait(performance.now() - started);
    ctx.log.info(
      changed
        ? `s3: published ${where}: ${uploaded} of ${bundle.files.length} files uploaded (${formatBytes(uploadedBytes)}), ` +
            `${bundle.files.length - uploaded} already there, manifest written, in ${took}`
        : `s3: ${where} already holds this report (all ${bundle.files.length} files match manifest.json); nothing written`,
    );

    const entry = entryFile(bundle);
    const entryKey = keyOf(entry);
    const presigned = await getSignedUrl(client, new GetObjectCommand({ Bucket: options.bucket, Key: entryKey }), {
      expiresIn: settings.presignExpiresSeconds,
    });
    warnIfLinkOutlivesCredentials(credentials, settings.presignExpiresSeconds, ctx);
    return {
      destination: 's3',
      url: objectUrl(location, entryKey),
      links: { presigned, manifest: objectUrl(location, manifestKey) },
      changed,
    };
  } finally {
    client.destroy();
  }
}

interface Settings {
  region: string;
  forcePathStyle: boolean;
  concurrency: number;
  presignExpiresSeconds: number;
}

function checkOptions(options: S3PublishOptions): Settings {
  if (!options.bucket || /[/\s]|^s3:/i.test(options.bucket)) {
    throw new ConfigurationError(`input "s3-bucket": "${options.bucket}" is not a bucket name; give the bare name (my-reports), without s3:// or a path (use "s3-prefix" for that).`);
  }
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ConfigurationError(`s3 upload concurrency must be a whole number of at least 1, got ${concurrency}.`);
  }
  const presignExpiresSeconds = options.presignExpiresSeconds ?? MAX_PRESIGN_EXPIRES_SECONDS;
  if (!Number.isInteger(presignExpiresSeconds) || presignExpiresSeconds < 1 || presignExpiresSeconds > MAX_PRESIGN_EXPIRES_SECONDS) {
    throw new ConfigurationError(
      `input "s3-presign-expires": the presigned link's lifetime must be 1 to ${MAX_PRESIGN_EXPIRES_SECONDS} seconds (7 days, the most SigV4 allows), got ${presignExpiresSeconds}.`,
    );
  }
  if (options.sse.type === 'aws:kms' && !options.sse.kmsKeyId) {
    throw new ConfigurationError('server-side encryption aws:kms needs a KMS key id, alias or ARN; give one, or use AES256.');
  }
  return {
    region: options.region || DEFAULT_REGION,
    forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
    concurrency,
    presignExpiresSeconds,
  };
}

async function readExistingManifest(store: Store, key: string, ctx: PublishContext): Promise<S3Manifest | undefined> {
  let text: string | undefined;
  try {
    text = await getText(store, key);
  } catch (error) {
    if (!isAccessDenied(error)) throw error;
    // Without s3:GetObject, or without s3:ListBucket for a key that does not exist, S3 says 403.
    ctx.log.info(
      `s3: cannot read s3://${store.bucket}/${key} (403 AccessDenied), so every file is checked or uploaded again; ` +
        'grant s3:GetObject and s3:ListBucket to make re-publishing skip what is already there.',
    );
    return undefined;
  }
  if (text === undefined) return undefined;
  const manifest = parseManifest(text);
  if (!manifest) ctx.log.warning(`s3: s3://${store.bucket}/${key} is not a manifest this action wrote; it will be replaced.`);
  return manifest;
}

function entryFile(bundle: ReportBundle): BundleFile {
  for (const name of ENTRY_FILES) {
    const file = bundle.files.find((f) => f.path === name);
    if (file) return file;
  }
  return bundle.files[0]!;
}

/** A presigned URL stops working when the credentials that signed it expire, whatever it says. */
function warnIfLinkOutlivesCredentials(credentials: S3Credentials, expiresSeconds: number, ctx: PublishContext): void {
  if (!credentials.expiration) return;
  const linkEnds = ctx.now().getTime() + expiresSeconds * 1000;
  if (credentials.expiration.getTime() >= linkEnds) return;
  ctx.log.warning(
    `s3: the presigned link works only until ${credentials.expiration.toISOString()}, when the temporary credentials that signed it expire ` +
      `(not the ${formatWait(expiresSeconds * 1000)} asked for). For a longer-lived link, sign with an IAM user's keys or share the object URL.`,
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
