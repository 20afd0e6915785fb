import { ConfigurationError, HttpError } from '../../../lib/errors';
import type { RetrySummary } from '../../../lib/retry';
import { sdkErrorCode, sdkFailure, sdkServiceMessage } from './sdk-failure';

/** What one S3 request was about, for messages that say what to change. */
export interface S3Call {
  /** SDK operation: "PutObject", "HeadObject", "UploadPart", … */
  operation: string;
  bucket: string | undefined;
  key: string | undefined;
  /** The endpoint when it is not AWS, for "bucket … does not exist at …". */
  endpoint: string | undefined;
  /** Set for SSE-KMS uploads: AccessDenied may then be KMS's. */
  kmsKeyId: string | undefined;
}

/** An S3 answer the user can fix: access denied, no such bucket, bad credentials. */
export class S3ConfigurationError extends ConfigurationError {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Any other failed S3 request: a 404 for a key, a 5xx after every retry, a broken connection. */
export class S3RequestError extends HttpError {
  constructor(
    message: string,
    status: number | undefined,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, status, options);
  }
}

/** The IAM permission an operation needs. */
export function permissionFor(operation: string): string {
  switch (operation) {
    case 'PutObject':
    case 'CreateMultipartUpload':
    case 'UploadPart':
    case 'CompleteMultipartUpload':
      return 's3:PutObject';
    case 'AbortMultipartUpload':
      return 's3:AbortMultipartUpload';
    case 'GetObject':
    case 'HeadObject':
      return 's3:GetObject';
    case 'ListObjectsV2':
      return 's3:ListBucket';
    default:
      return `s3:${operation}`;
  }
}

/**
 * Turns the final failure of one S3 request into the error the user reads: what was asked, what
 * S3 answered, what the retry policy did, and for the mistakes a user makes (permissions, bucket
 * name, credentials) what to change. Anything that is not an S3 answer passes through unchanged.
 */
export function explainS3Failure(error: unknown, call: S3Call, summary: RetrySummary): unknown {
  const failure = sdkFailure(error);
  const code = sdkErrorCode(error);
  const where = `s3://${call.bucket ?? '?'}${call.key ? `/${call.key}` : ''}`;
  const asked = `S3 ${call.operation} ${where}`;
  if (failure.status === 0) return error;
  if (failure.status === undefined) {
    return new S3RequestError(
      `${asked} could not reach ${call.endpoint ?? 'S3'} (${summary.text}).`,
      undefined,
      undefined,
      { cause: error },
    );
  }
  const status = failure.status;
  const answered = `${asked} was refused with ${status}${code ? ` ${code}` : ''}`;
  const serviceMessage = sdkServiceMessage(error);
  const said = serviceMessage && serviceMessage !== code ? ` ("${serviceMessage}")` : '';

  if (code === 'NoSuchBucket') {
    return new S3ConfigurationError(
      `${answered}${said}: bucket "${call.bucket}" does not exist${call.endpoint ? ` at ${call.endpoint}` : ' in this account and region'}. ` +
        'Check input "s3-bucket" (the bare bucket name, no s3:// and no path)' +
        (call.endpoint ? ' and "s3-endpoint".' : ' and "s3-region".'),
      status,
      code,
      { cause: error },
    );
  }
  if (status === 403 && (code === 'AccessDenied' || code === 'Forbidden' || code === undefined)) {
    const permission = permissionFor(call.operation);
    const resource =
      permission === 's3:ListBucket'
        ? `arn:aws:s3:::${call.bucket ?? '<bucket>'}`
        : `arn:aws:s3:::${call.bucket ?? '<bucket>'}/${call.key ? call.key.replace(/[^/]*$/, '') : ''}*`;
    const kms = call.kmsKeyId && permission === 's3:PutObject'
      ? ` Uploads encrypted with SSE-KMS also need kms:GenerateDataKey (and kms:Decrypt for multipart uploads) on key ${call.kmsKeyId}.`
      : '';
    return new S3ConfigurationError(
      `${answered}${said}: the credentials may not ${call.operation} in bucket "${call.bucket}". ` +
        `Grant ${permission} on ${resource} to the IAM user or role the workflow uses.${kms}`,
      status,
      code,
      { cause: error },
    );
  }
  if (code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch' || code === 'ExpiredToken' || code === 'InvalidToken') {
    return new S3ConfigurationError(
      `${answered}${said}: the credentials are not valid for ${call.endpoint ?? 'this S3 region'}. ` +
        'Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the role assumed with OIDC) and that they belong to this account and endpoint.',
      status,
      code,
      { cause: error },
    );
  }
  if (code === 'XAmzContentSHA256Mismatch' || code === 'BadDigest') {
    return new S3RequestError(
      `${answered}${said}: the bytes sent do not match the file's SHA-256 recorded when the bundle was read, so the file changed on disk while publishing. Publish again once nothing writes to the bundle folder.`,
      status,
      code,
      { cause: error },
    );
  }
  return new S3RequestError(`${answered}${said} (${summary.text}).`, status, code, { cause: error });
}

/** True for S3's "you may not": 403 AccessDenied. */
export function isAccessDenied(error: unknown): boolean {
  const { status, code } = s3ErrorFacts(error);
  return status === 403 && code === 'AccessDenied';
}

/** Status and code of an error from an S3 request, whatever it was wrapped in. */
export function s3ErrorFacts(error: unknown): { status: number | undefined; code: string | undefined } {
  if (error instanceof S3ConfigurationError || error instanceof S3RequestError) return { status: error.status, code: error.code };
  const failure = sdkFailure(error);
  return { status: failure.status, code: sdkErrorCode(error) };
}
