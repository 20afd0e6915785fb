import { S3Client } from '@aws-sdk/client-s3';
import { explainS3Failure } from './s3-errors';
import type { S3Credentials } from './credentials';
import { suiteRetryMiddleware, type SdkRetryOptions } from './suite-retry-middleware';

export interface S3ClientOptions extends SdkRetryOptions {
  region: string;
  /** An S3-compatible store (MinIO, R2, s3rver); AWS when absent. */
  endpoint: URL | undefined;
  forcePathStyle: boolean;
  credentials: S3Credentials;
  /** For messages about AccessDenied on SSE-KMS uploads. */
  kmsKeyId: string | undefined;
}

/**
 * An S3 client with one retry policy (the suite's, see suite-retry-middleware.ts) and settings
 * every S3-compatible store accepts: no SDK retries, and checksums only where S3 requires them
 * (the SDK's default CRC32 trailers in aws-chunked bodies are not understood by every store).
 */
export function createS3Client(options: S3ClientOptions): S3Client {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint.href.replace(/\/+$/, '') } : {}),
    forcePathStyle: options.forcePathStyle,
    followRegionRedirects: options.endpoint === undefined,
    credentials: options.credentials,
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A dead connection must fail (and be retried), not hang the job.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
  });
  const endpoint = options.endpoint ? options.endpoint.href.replace(/\/+$/, '') : undefined;
  const retry = suiteRetryMiddleware(options, (operation, input) => {
    const bucket = typeof input.Bucket === 'string' ? input.Bucket : undefined;
    const key = typeof input.Key === 'string' ? input.Key : undefined;
    const part = typeof input.PartNumber === 'number' ? ` part ${input.PartNumber}` : '';
    const call = { operation, bucket, key, endpoint, kmsKeyId: options.kmsKeyId };
    return {
      label: `S3 ${operation} s3://${bucket ?? '?'}${key ? `/${key}` : ''}${part}`,
      onGiveUp: (error, summary) => explainS3Failure(error, call, summary),
    };
  });
  client.middlewareStack.add(retry.middleware, retry.options);
  return client;
}
