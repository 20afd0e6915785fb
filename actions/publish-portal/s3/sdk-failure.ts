import { errorMessage } from '../../../lib/errors';
import { isNetworkError, isRetryableFailure, networkErrorCode, type HttpFailure } from '../../../lib/http/retryable-status';

/**
 * AWS SDK (v3) errors read as the suite's neutral HttpFailure, so S3 and STS are retried by the
 * same rules as every other HTTP call (lib/http/retryable-status.ts). A service answer carries
 * `$metadata.httpStatusCode` and the raw response (`$response`, headers lower-cased); a failed
 * connection carries neither and is a network error; anything else (a bug, a bad argument) is
 * final and reported as status 0.
 */
export function sdkFailure(error: unknown): HttpFailure {
  const status = sdkStatus(error);
  if (status !== undefined) return { status, headers: sdkResponseHeaders(error) };
  if (isNetworkError(error)) return {};
  return { status: 0 };
}

export function sdkStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

function sdkResponseHeaders(error: unknown): Record<string, string> | undefined {
  const headers = (error as { $response?: { headers?: unknown } } | undefined)?.$response?.headers;
  return typeof headers === 'object' && headers !== null ? (headers as Record<string, string>) : undefined;
}

/**
 * The service's error code: "AccessDenied", "NoSuchBucket", "SlowDown". The SDK names the error
 * after it; a HEAD answer has no body, so there it is the status text ("NotFound", "Forbidden").
 */
export function sdkErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { Code?: unknown }).Code;
  const name = typeof code === 'string' && code ? code : error.name;
  // The SDK's names for "the answer had no error code" (a HEAD, a proxy's HTML page).
  return name && !['Error', 'Unknown', 'UnknownError'].includes(name) ? name : undefined;
}

/** "503 SlowDown", "403 AccessDenied", "ECONNRESET": one failure in a few words for the log. */
export function describeSdkFailure(error: unknown): string {
  const failure = sdkFailure(error);
  if (failure.status === undefined) return networkErrorCode(error) ?? 'network error';
  if (failure.status === 0) return errorMessage(error);
  const code = sdkErrorCode(error);
  return code && code !== String(failure.status) ? `${failure.status} ${code}` : String(failure.status);
}

export function isRetryableSdkFailure(error: unknown): boolean {
  return isRetryableFailure(sdkFailure(error));
}

/** The message the service gave, without the SDK's hint about `$response`; '' when it gave none. */
export function sdkServiceMessage(error: unknown): string {
  const message = errorMessage(error).split('\n')[0]!.trim();
  return ['Unknown', 'UnknownError'].includes(message) ? '' : message;
}
