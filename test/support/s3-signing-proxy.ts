import { createHash, createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy on 127.0.0.1 in front of s3rver. s3rver 3.7 stores objects like S3 but does not check
 * SigV4 signatures (it only looks the access key up, see its middleware/authentication.js), so
 * this proxy records every request, checks its SigV4 signature and payload hash the way S3 does
 * (answering 403 SignatureDoesNotMatch like S3 when they are wrong), and can inject faults.
 *
 *   const proxy = await startS3SigningProxy(s3rverUrl);
 *   after(() => proxy.close());
 *   // point the client at proxy.url; assert on proxy.requests
 */

export interface S3RecordedRequest {
  method: string;
  url: string;
  /** The path without the query: /bucket/key. */
  path: string;
  headers: http.IncomingHttpHeaders;
  /** PutObject, CreateMultipartUpload, UploadPart, CompleteMultipartUpload, HeadObject, GetObject, ListObjectsV2, … */
  operation: string;
  /** Undefined when the SigV4 signature (and payload hash) verified; else what is wrong. */
  signatureProblem: string | undefined;
}

/** An answer to give instead of forwarding, or 'reset' to drop the connection without one. */
export type S3Fault = { status: number; body: string; headers?: Record<string, string> } | 'reset' | undefined;

export interface S3SigningProxy {
  url: URL;
  requests: S3RecordedRequest[];
  close(): Promise<void>;
}

export interface S3SigningProxyOptions {
  /** Access key id → secret access key the signatures are checked with; s3rver's own pair by default. */
  secrets?: Readonly<Record<string, string>>;
}

/** s3rver's built-in key pair. */
export const S3RVER_SECRETS: Readonly<Record<string, string>> = { S3RVER: 'S3RVER' };

export function s3OperationOf(method: string, url: string): string {
  const parsed = new URL(url, 'http://x');
  const query = parsed.searchParams;
  if (method === 'PUT') return query.has('partNumber') ? 'UploadPart' : 'PutObject';
  if (method === 'POST') return query.has('uploads') ? 'CreateMultipartUpload' : query.has('uploadId') ? 'CompleteMultipartUpload' : 'Post';
  if (method === 'DELETE') return query.has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject';
  if (method === 'HEAD') return 'HeadObject';
  if (query.get('list-type') === '2') return 'ListObjectsV2';
  return 'GetObject';
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const rfc3986 = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Checks an AWS Signature Version 4 as S3 does, for the Authorization header and for presigned
 * URLs (query parameters), and that x-amz-content-sha256 is the body's digest. Returns undefined
 * when all is right, else what is wrong.
 */
export function sigV4Problem(
  method: string,
  rawUrl: string,
  headers: http.IncomingHttpHeaders,
  body: Buffer,
  now = Date.now(),
  secrets: Readonly<Record<string, string>> = S3RVER_SECRETS,
): string | undefined {
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const pairs = (q < 0 ? '' : rawUrl.slice(q + 1))
    .split('&')
    .filter(Boolean)
    .map((p): [string, string] => {
      const i = p.indexOf('=');
      return [decodeURIComponent(i < 0 ? p : p.slice(0, i)), decodeURIComponent(i < 0 ? '' : p.slice(i + 1))];
    });
  const query = new Map(pairs);
  let credential: string, signedHeaders: string, signature: string, amzDate: string, payloadHash: string;
  const authorization = headers.authorization;
  if (authorization) {
    const m = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!m) return 'malformed Authorization header';
    [credential, signedHeaders, signature] = [m[1]!, m[2]!, m[3]!];
    amzDate = String(headers['x-amz-date'] ?? '');
    payloadHash = String(headers['x-amz-content-sha256'] ?? '');
    if (!payloadHash) return 'no x-amz-content-sha256';
    if (/^[0-9a-f]{64}$/.test(payloadHash) && payloadHash !== sha256(body)) return 'XAmzContentSHA256Mismatch';
  } else if (query.has('X-Amz-Signature')) {
    credential = query.get('X-Amz-Credential') ?? '';
    signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
    signature = query.get('X-Amz-Signature') ?? '';
    amzDate = query.get('X-Amz-Date') ?? '';
    payloadHash = 'UNSIGNED-PAYLOAD';
    const d = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(amzDate);
    if (!d) return 'malformed X-Amz-Date';
    const signedAt = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +d[4]!, +d[5]!, +d[6]!);
    if (now > signedAt + Number(query.get('X-Amz-Expires')) * 1000) return 'presigned URL expired';
  } else {
    return 'unsigned';
  }
  const [accessKeyId, date, region, service] = credential.split('/');
  const secret = secrets[accessKeyId!];
  if (!secret) return 'InvalidAccessKeyId';
  const canonicalQuery = pairs
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .sort()
    .join('&');
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${String(headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [method, rawPath, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), 'aws4_request');
  return createHmac('sha256', signingKey).update(stringToSign).digest('hex') === signature ? undefined : 'SignatureDoesNotMatch';
}

/**
 * Starts the proxy in front of `upstream`: records every request, refuses a bad signature as S3
 * would, and answers with `fault` instead of forwarding when that returns one. The Host header
 * is passed on unchanged, so the request s3rver sees is the one that was signed.
 */
export async function startS3SigningProxy(
  upstream: URL,
  fault: (request: S3RecordedRequest) => S3Fault = () => undefined,
  options: S3SigningProxyOptions = {},
): Promise<S3SigningProxy> {
  const secrets = options.secrets ?? S3RVER_SECRETS;
  const requests: S3RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const url = req.url ?? '/';
      const recorded: S3RecordedRequest = {
        method,
        url,
        path: url.split('?')[0]!,
        headers: req.headers,
        operation: s3OperationOf(method, url),
        signatureProblem: sigV4Problem(method, url, req.headers, body, Date.now(), secrets),
      };
      requests.push(recorded);
      const answer =
        recorded.signatureProblem !== undefined
          ? {
              status: recorded.signatureProblem === 'XAmzContentSHA256Mismatch' ? 400 : 403,
              body: s3ErrorXml(recorded.signatureProblem === 'unsigned' ? 'AccessDenied' : recorded.signatureProblem, recorded.signatureProblem),
            }
          : fault(recorded);
      if (answer === 'reset') {
        req.socket.destroy();
        return;
      }
      if (answer) {
        res.writeHead(answer.status, { 'content-type': 'application/xml', ...answer.headers });
        res.end(method === 'HEAD' ? undefined : answer.body);
        return;
      }
      const forward = http.request({ host: upstream.hostname, port: upstream.port, method, path: url, headers: req.headers }, (upstreamAnswer) => {
        res.writeHead(upstreamAnswer.statusCode ?? 502, upstreamAnswer.headers);
        upstreamAnswer.pipe(res);
      });
      forward.on('error', (err) => res.destroy(err));
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function s3ErrorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>test</RequestId></Error>`;
}
