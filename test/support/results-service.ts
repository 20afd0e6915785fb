/**
 * A stand-in for GitHub's Actions results service and the Azure blob storage behind it, so the
 * real `@actions/artifact` client can upload and download on 127.0.0.1.
 *
 * The protocol follows what @actions/artifact 6.x sends and checks (read from its lib/ sources):
 * - Twirp JSON: `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`, snake_case
 *   fields (`useProtoFieldName`), int64 values as strings, wrapper types (StringValue,
 *   Int64Value) as bare values, Timestamps as RFC 3339 strings; errors as `{code, msg}` with the
 *   Twirp HTTP status (the client reads `msg`, retries 5xx and 429, gives up on the rest).
 * - Blob: the signed upload URL goes to `BlockBlobClient.uploadStream`, which always stages
 *   blocks (`PUT ?comp=block&blockid=…`) and commits them (`PUT ?comp=blocklist`, XML body); a
 *   single-shot `PUT` (x-ms-blob-type: BlockBlob) is accepted too. Download is a plain GET of the
 *   signed URL; the client unzips when the content type is application/zip or the path ends .zip.
 *
 * State lives in this process and is reached only over HTTP, so jobs running as separate
 * processes share it exactly as jobs on separate runners share GitHub's. Artifacts are scoped by
 * the workflow run backend id carried in the runtime token, as GitHub scopes them by run.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** The message GitHub's service answers a second upload of one name with (HTTP 409). */
export const ALREADY_EXISTS_MESSAGE = 'an artifact with this name already exists on the workflow run';

export interface RecordedRequest {
  method: string;
  /** Path and query as received (signatures included). */
  url: string;
  /** Twirp method (`CreateArtifact`, …) or blob operation (`PutBlock`, `PutBlockList`, `PutBlob`, `GetBlob`). */
  operation: string;
  /** Parsed JSON body of a Twirp call. */
  json?: Record<string, unknown>;
  /** Body length of a blob upload. */
  bytes?: number;
  status: number;
  /** Ids from the bearer token of a Twirp call. */
  runId?: string;
  jobId?: string;
}

export interface StoredArtifact {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  createdAt: Date;
  expiresAt?: string;
  mimeType?: string;
  finalized: boolean;
  /** The committed blob (the zip), as a download would serve it. */
  blob?: Buffer;
  contentType?: string;
  /** As the client reported at FinalizeArtifact. */
  size?: number;
  /** As the client reported at FinalizeArtifact, e.g. `sha256:ab12…`. */
  digest?: string;
}

export interface RuntimeTokenOptions {
  runId: string;
  jobId: string;
}

export interface ResultsService {
  /** Value for ACTIONS_RESULTS_URL, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** The run id `env()` and `runtimeToken()` use unless told otherwise. */
  runId: string;
  /** Every request so far, oldest first. */
  requests: RecordedRequest[];
  runtimeToken(opts?: Partial<RuntimeTokenOptions>): string;
  /** What a job process needs in its environment to reach this service as job `jobId`. */
  env(jobId?: string, runId?: string): Record<string, string>;
  /** The artifacts of a run (finalized or not), oldest first. */
  artifacts(runId?: string): StoredArtifact[];
  /** Replaces the stored blob of a finalized artifact, e.g. to simulate corruption at rest. */
  tamper(name: string, change: (blob: Buffer) => Buffer, runId?: string): void;
  close(): Promise<void>;
}

/**
 * An unsigned JWT as the runner hands to a job: the client decodes the `scp` claim to find
 * `Actions.Results:<runBackendId>:<jobBackendId>` and never verifies the signature.
 */
export function makeRuntimeToken({ runId, jobId }: RuntimeTokenOptions): string {
  for (const [what, id] of [['run', runId], ['job', jobId]] as const) {
    if (!id || /[\s:]/.test(id)) throw new Error(`${what} id ${JSON.stringify(id)} must be non-empty without spaces or colons`);
  }
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'none' };
  const payload = {
    iss: 'assay-results-service-stand-in',
    iat: now,
    nbf: now,
    exp: now + 6 * 3600,
    scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId} Actions.UploadArtifacts:${runId}:${jobId}`,
  };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.`;
}

/**
 * Environment for a process that should use the service at `url` as job `jobId` of run `runId`.
 * GITHUB_SERVER_URL is pinned to github.com because the client refuses any other host as GHES.
 */
export function resultsServiceEnv(url: string, ids: RuntimeTokenOptions): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(ids),
    ACTIONS_RESULTS_URL: url,
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface PendingUpload {
  blocks: Map<string, Buffer>;
}

export async function startResultsService(): Promise<ResultsService> {
  const defaultRunId = randomUUID();
  const signingKey = randomBytes(32);
  const requests: RecordedRequest[] = [];
  const runs = new Map<string, StoredArtifact[]>();
  const uploads = new Map<number, PendingUpload>();
  let nextId = 1;
  let origin = '';

  const runArtifacts = (runId: string) => {
    let list = runs.get(runId);
    if (!list) runs.set(runId, (list = []));
    return list;
  };

  // A SAS-like URL: the signature binds path, permissions and expiry, so a URL handed out for
  // one artifact cannot be replayed for another or used to write where it may only read.
  const sign = (pathname: string, permissions: string, expires: string) =>
    createHmac('sha256', signingKey).update(`${permissions}\n${expires}\n${pathname}`).digest('base64url');
  const signedUrl = (artifact: StoredArtifact, permissions: 'cw' | 'r') => {
    const pathname = `/blob/${encodeURIComponent(artifact.runId)}/${artifact.id}/${encodeURIComponent(artifact.name)}.zip`;
    const expires = new Date(Date.now() + 3600_000).toISOString();
    const query = new URLSearchParams({ sv: '2023-11-03', sp: permissions, se: expires, sig: sign(pathname, permissions, expires) });
    return `${origin}${pathname}?${query}`;
  };

  const identify = (req: http.IncomingMessage) => {
    const auth = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    if (!token) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
    let claims: { scp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    } catch {
      throw new TwirpError(401, 'unauthenticated', 'the bearer token is not a JWT');
    }
    const scope = String(claims.scp ?? '')
      .split(' ')
      .map((s) => s.split(':'))
      .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3);
    if (!scope) throw new TwirpError(403, 'permission_denied', 'the token has no Actions.Results scope');
    return { runId: scope[1]!, jobId: scope[2]! };
  };

  const twirp = (method: string, body: Record<string, unknown>, ids: { runId: string; jobId: string }): object => {
    if (body.workflow_run_backend_id !== ids.runId) {
      throw new TwirpError(403, 'permission_denied', 'workflow_run_backend_id does not match the token');
    }
    const writes = method === 'CreateArtifact' || method === 'FinalizeArtifact' || method === 'DeleteArtifact';
    if (writes && body.workflow_job_run_backend_id !== ids.jobId) {
      throw new TwirpError(403, 'permission_denied', 'workflow_job_run_backend_id does not match the token');
    }
    const list = runArtifacts(ids.runId);
    const name = typeof body.name === 'string' ? body.name : '';
    const finalizedNamed = () => list.find((a) => a.finalized && a.name === name);

    switch (method) {
      case 'CreateArtifact': {
        if (!name) throw new TwirpError(400, 'invalid_argument', 'name is required');
        if (typeof body.version !== 'number' || body.version < 4) {
          throw new TwirpError(400, 'invalid_argument', 'version must be 4 or later');
        }
        if (finalizedNamed()) throw new TwirpError(409, 'already_exists', ALREADY_EXISTS_MESSAGE);
        // An upload that never finalized (a failed attempt) may be retried under the same name.
        for (const stale of list.filter((a) => !a.finalized && a.name === name)) {
          list.splice(list.indexOf(stale), 1);
          uploads.delete(stale.id);
        }
        const artifact: StoredArtifact = {
          id: nextId++,
          name,
          runId: ids.runId,
          jobId: ids.jobId,
          createdAt: new Date(),
          finalized: false,
          ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}),
          ...(typeof body.mime_type === 'string' ? { mimeType: body.mime_type } : {}),
        };
        list.push(artifact);
        uploads.set(artifact.id, { blocks: new Map() });
        return { ok: true, signed_upload_url: signedUrl(artifact, 'cw') };
      }
      case 'FinalizeArtifact': {
        const artifact = list.find((a) => !a.finalized && a.name === name && a.jobId === ids.jobId);
        if (!artifact) {
          if (finalizedNamed()) throw new TwirpError(409, 'already_exists', ALREADY_EXISTS_MESSAGE);
          throw new TwirpError(404, 'not_found', `no artifact upload named ${name} was created by this job`);
        }
        if (!artifact.blob) throw new TwirpError(400, 'failed_precondition', 'the artifact content was never committed');
        const size = Number(body.size ?? 0);
        if (size !== artifact.blob.length) {
          throw new TwirpError(400, 'invalid_argument', `size ${size} does not match the ${artifact.blob.length} bytes uploaded`);
        }
        const hash = typeof body.hash === 'string' ? body.hash : undefined;
        if (hash && hash !== `sha256:${sha256(artifact.blob)}`) {
          throw new TwirpError(400, 'invalid_argument', 'hash does not match the uploaded content');
        }
        artifact.finalized = true;
        artifact.size = size;
        if (hash) artifact.digest = hash;
        uploads.delete(artifact.id);
        return { ok: true, artifact_id: String(artifact.id) };
      }
      case 'ListArtifacts': {
        const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
        const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter);
        const found = list.filter(
          (a) => a.finalized && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter),
        );
        return {
          artifacts: found.map((a) => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          })),
        };
      }
      case 'GetSignedArtifactURL': {
        const artifact = finalizedNamed();
        if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
        return { signed_url: signedUrl(artifact, 'r') };
      }
      case 'DeleteArtifact': {
        const artifact = finalizedNamed();
        if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
        list.splice(list.indexOf(artifact), 1);
        return { ok: true, artifact_id: String(artifact.id) };
      }
      default:
        throw new TwirpError(404, 'bad_route', `no such method ${method}`);
    }
  };

  const findBlobArtifact = (url: URL, permission: 'w' | 'r') => {
    const parts = url.pathname.split('/');
    const runId = decodeURIComponent(parts[2] ?? '');
    const id = Number(parts[3]);
    const permissions = url.searchParams.get('sp') ?? '';
    const expires = url.searchParams.get('se') ?? '';
    const signature = url.searchParams.get('sig') ?? '';
    if (signature !== sign(url.pathname, permissions, expires) || !permissions.includes(permission)) {
      throw new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the signature is formed correctly.');
    }
    if (!(Date.parse(expires) > Date.now())) throw new BlobError(403, 'AuthenticationFailed', 'Signed expiry time has passed.');
    const artifact = runs.get(runId)?.find((a) => a.id === id);
    if (!artifact) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
    return artifact;
  };

  const blob = (req: http.IncomingMessage, url: URL, body: Buffer, res: http.ServerResponse): string => {
    const query = rawQuery(url);
    if (req.method === 'GET') {
      const artifact = findBlobArtifact(url, 'r');
      if (!artifact.finalized || !artifact.blob) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      res.writeHead(200, {
        'content-type': artifact.contentType ?? 'application/zip',
        'content-length': artifact.blob.length,
        'x-ms-blob-type': 'BlockBlob',
        etag: etag(artifact.blob),
      });
      res.end(artifact.blob);
      return 'GetBlob';
    }
    if (req.method !== 'PUT') throw new BlobError(405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
    const artifact = findBlobArtifact(url, 'w');
    const upload = uploads.get(artifact.id);
    if (!upload || artifact.finalized) throw new BlobError(409, 'BlobImmutable', 'The blob of a finalized artifact cannot change.');
    let operation: string;
    if (query.comp === 'block') {
      if (!query.blockid) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required');
      upload.blocks.set(query.blockid, body);
      operation = 'PutBlock';
    } else if (query.comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
      const missing = ids.find((id) => !upload.blocks.has(id));
      if (missing !== undefined) throw new BlobError(400, 'InvalidBlockList', `block ${missing} was never staged`);
      artifact.blob = Buffer.concat(ids.map((id) => upload.blocks.get(id)!));
      artifact.contentType = header(req, 'x-ms-blob-content-type') ?? 'application/octet-stream';
      upload.blocks.clear();
      operation = 'PutBlockList';
    } else if (query.comp === undefined && header(req, 'x-ms-blob-type') === 'BlockBlob') {
      artifact.blob = body;
      artifact.contentType = header(req, 'x-ms-blob-content-type') ?? header(req, 'content-type') ?? 'application/octet-stream';
      operation = 'PutBlob';
    } else {
      throw new BlobError(400, 'UnsupportedQueryParameter', `unsupported blob operation ${url.search}`);
    }
    res.writeHead(201, {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2023-11-03',
      'x-ms-request-server-encrypted': 'true',
      'last-modified': new Date().toUTCString(),
      ...(artifact.blob && operation !== 'PutBlock' ? { etag: etag(artifact.blob) } : {}),
      'content-length': 0,
    });
    res.end();
    return operation;
  };

  const handle = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', operation: '', status: 0 };
    requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));

    if (url.pathname.startsWith(TWIRP_PREFIX)) {
      record.operation = url.pathname.slice(TWIRP_PREFIX.length);
      try {
        if (req.method !== 'POST') throw new TwirpError(404, 'bad_route', 'Twirp methods take POST');
        if (!(header(req, 'content-type') ?? '').startsWith('application/json')) {
          throw new TwirpError(404, 'bad_route', 'only the JSON encoding is served here');
        }
        const ids = identify(req);
        record.runId = ids.runId;
        record.jobId = ids.jobId;
        let json: Record<string, unknown>;
        try {
          json = JSON.parse(body.toString('utf8') || '{}');
        } catch {
          throw new TwirpError(400, 'malformed', 'the body is not JSON');
        }
        record.json = json;
        sendJson(res, 200, twirp(record.operation, json, ids));
      } catch (err) {
        if (!(err instanceof TwirpError)) throw err;
        sendJson(res, err.status, { code: err.code, msg: err.message });
      }
      return;
    }

    if (url.pathname.startsWith('/blob/')) {
      record.bytes = body.length;
      try {
        record.operation = blob(req, url, body, res);
      } catch (err) {
        if (!(err instanceof BlobError)) throw err;
        record.operation = req.method === 'GET' ? 'GetBlob' : 'PutBlob';
        const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${err.code}</Code><Message>${err.message}</Message></Error>`;
        res.writeHead(err.status, { 'content-type': 'application/xml', 'x-ms-error-code': err.code });
        res.end(xml);
      }
      return;
    }

    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, Buffer.concat(chunks), res);
      } catch (err) {
        // A bug in the stand-in must show up as a failed request, not kill the test process.
        if (!res.headersSent) sendJson(res, 500, { code: 'internal', msg: String(err) });
        else res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // Never keep a test process alive just because a test forgot to close the service.
  server.unref();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    runId: defaultRunId,
    requests,
    runtimeToken: (opts = {}) => makeRuntimeToken({ runId: opts.runId ?? defaultRunId, jobId: opts.jobId ?? 'job-1' }),
    env: (jobId = 'job-1', runId = defaultRunId) => resultsServiceEnv(`${origin}/`, { runId, jobId }),
    artifacts: (runId = defaultRunId) => [...(runs.get(runId) ?? [])],
    tamper: (name, change, runId = defaultRunId) => {
      const artifact = runs.get(runId)?.find((a) => a.finalized && a.name === name);
      if (!artifact?.blob) throw new Error(`no finalized artifact ${name} in run ${runId}`);
      artifact.blob = change(Buffer.from(artifact.blob));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of the blob client would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function sendJson(res: http.ServerResponse, status: number, value: object): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Query values decoded without URLSearchParams, which would turn a base64 `+` into a space. */
function rawQuery(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of url.search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    out[key] = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
  }
  return out;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function etag(data: Buffer): string {
  return `"0x${sha256(data).slice(0, 16).toUpperCase()}"`;
}
