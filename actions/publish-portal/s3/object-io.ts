import * as fs from 'node:fs';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BundleFile } from '../model';
import type { S3Encryption } from './manifest';
import { isAccessDenied, s3ErrorFacts } from './s3-errors';

/** Files of this size or more go up as multipart uploads (parts of PART_SIZE, PART_QUEUE at once). */
export const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
export const PART_SIZE = 8 * 1024 * 1024;
export const PART_QUEUE = 4;

/** The user metadata key holding a file's SHA-256: the object header x-amz-meta-sha256. */
export const SHA256_METADATA = 'sha256';

export interface Store {
  client: S3Client;
  bucket: string;
  encryption: S3Encryption;
}

function encryptionHeaders(encryption: S3Encryption) {
  return encryption.type === 'aws:kms'
    ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: encryption.kmsKeyId }
    : { ServerSideEncryption: 'AES256' as const };
}

/**
 * Uploads one bundle file with its content type, encryption and digest. Small files go up in one
 * PutObject from a buffer (a buffer, unlike a stream, can be sent again when the retry policy
 * retries); large ones as a multipart upload whose parts are buffers retried one by one.
 */
export async function uploadFile(store: Store, key: string, file: BundleFile): Promise<void> {
  const params = {
    Bucket: store.bucket,
    Key: key,
    ContentType: file.contentType,
    Metadata: { [SHA256_METADATA]: file.sha256 },
    ...encryptionHeaders(store.encryption),
  };
  if (file.size < MULTIPART_THRESHOLD) {
    const body = await fs.promises.readFile(file.absolutePath);
    await store.client.send(withKnownDigest(new PutObjectCommand({ ...params, Body: body, ContentLength: body.length }), file.sha256));
    return;
  }
  const upload = new Upload({
    client: store.client,
    params: { ...params, Body: fs.createReadStream(file.absolutePath) },
    partSize: PART_SIZE,
    queueSize: PART_QUEUE,
    leavePartsOnError: false,
  });
  await upload.done();
}

/** Uploads a small text object (the manifest) with the destination's encryption. */
export async function putText(store: Store, key: string, text: string, contentType: string, sha256: string): Promise<void> {
  const body = Buffer.from(text, 'utf8');
  await store.client.send(
    withKnownDigest(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: key,
        Body: body,
        ContentLength: body.length,
        ContentType: contentType,
        CacheControl: 'no-cache',
        Metadata: { [SHA256_METADATA]: sha256 },
        ...encryptionHeaders(store.encryption),
      }),
      sha256,
    ),
  );
}

/**
 * Signs the upload with the digest the bundle already holds as its payload hash
 * (x-amz-content-sha256) instead of letting the SDK hash the body again. S3 checks that header
 * against the bytes it receives and refuses a mismatch (XAmzContentSHA256Mismatch), so what is
 * stored is exactly what x-amz-meta-sha256 and the manifest say, even if the file changed on disk
 * after the bundle was read.
 */
function withKnownDigest(command: PutObjectCommand, sha256: string): PutObjectCommand {
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers['x-amz-content-sha256'] = sha256;
      return next(args);
    },
    { step: 'build', priority: 'high', name: 'assayKnownPayloadDigest' },
  );
  return command;
}

/** What a HEAD tells about a stored object, or undefined when it is not there (or not visible). */
export interface StoredObject {
  size: number | undefined;
  sha256: string | undefined;
  contentType: string | undefined;
  /** Absent when the store does not say (S3-compatible stores often do not). */
  serverSideEncryption: string | undefined;
  kmsKeyId: string | undefined;
}

export async function headObject(store: Store, key: string): Promise<StoredObject | undefined> {
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }));
    return {
      size: head.ContentLength,
      sha256: head.Metadata?.[SHA256_METADATA],
      contentType: head.ContentType,
      serverSideEncryption: head.ServerSideEncryption,
      kmsKeyId: head.SSEKMSKeyId,
    };
  } catch (error) {
    // 404: not there. 403: without s3:ListBucket S3 answers a missing key with 403; upload it.
    const { status } = s3ErrorFacts(error);
    if (status === 404 || status === 403) return undefined;
    throw error;
  }
}

/** True when the stored object is this file as this destination would store it. */
export function storedObjectMatches(stored: StoredObject | undefined, file: BundleFile, encryption: S3Encryption): boolean {
  if (!stored || stored.sha256 !== file.sha256 || stored.size !== file.size || stored.contentType !== file.contentType) return false;
  if (stored.serverSideEncryption === undefined) return true;
  if (stored.serverSideEncryption !== encryption.type) return false;
  // S3 reports the key as an ARN; a configured alias or bare id cannot be compared, so trust it.
  return encryption.type !== 'aws:kms' || stored.kmsKeyId === undefined || !encryption.kmsKeyId.startsWith('arn:') || stored.kmsKeyId === encryption.kmsKeyId;
}

/**
 * The keys under a prefix with their sizes, or undefined when listing is not allowed (no
 * s3:ListBucket): then every file not in the manifest is looked at with HEAD instead.
 */
export async function listKeys(store: Store, prefix: string): Promise<Map<string, number> | undefined> {
  const keys = new Map<string, number>();
  let token: string | undefined;
  try {
    do {
      const page = await store.client.send(
        new ListObjectsV2Command({ Bucket: store.bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.set(object.Key, object.Size ?? -1);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } catch (error) {
    if (isAccessDenied(error)) return undefined;
    throw error;
  }
  return keys;
}

/** The text of an object; undefined when there is no such key. Other failures are thrown. */
export async function getText(store: Store, key: string): Promise<string | undefined> {
  try {
    const answer = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
    return answer.Body ? await answer.Body.transformToString('utf8') : '';
  } catch (error) {
    const { status, code } = s3ErrorFacts(error);
    if (status === 404 && code !== 'NoSuchBucket') return undefined;
    throw error;
  }
}
