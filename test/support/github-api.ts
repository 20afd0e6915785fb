import { createHash } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApiValidator, recordedBody, type OpenApiDocument } from './openapi-request-validator';

/**
 * A stand-in for the GitHub REST API on 127.0.0.1 that holds every request to GitHub's own
 * OpenAPI description (@octokit/openapi). A request GitHub would refuse (unknown route, missing
 * or malformed parameter, body that breaks the schema) is answered 404/400 with what was wrong
 * and recorded in `violations`; a valid one gets what the test scripted for its operation, or the
 * spec's example response. Tests assert `violations` is empty.
 *
 *   const api = await startGitHubApi();
 *   after(() => api.close());
 *   api.respond('repos/create-commit-status', [{ status: 502 }, { status: 201 }]);
 *   const octokit = createGitHubClient({ token: 't', baseUrl: api.url, log, sleep });
 *
 * Answers that depend on the request (one per artifact id, say) come from `handle`; bytes that
 * GitHub serves from elsewhere (the blob storage an artifact download redirects to) from
 * `serveFile`, on the same 127.0.0.1 server under /_files/, outside the API description.
 * `scriptRunArtifacts` puts both together for the artifacts of a workflow run, as the real
 * @actions/artifact client reads them with `findBy`.
 */

export interface ScriptedResponse {
  /** Defaults to the operation's documented success status. */
  status?: number;
  headers?: Record<string, string | number>;
  /**
   * JSON value to send; a string is sent as is. Left out: the spec's example for a success, or
   * `{ message }` in GitHub's shape for an error status.
   */
  body?: unknown;
  /** Drop the connection without answering: what a reset between runner and GitHub looks like. */
  fault?: 'reset';
}

export interface RecordedRequest {
  method: string;
  /** Decoded path, without the query. */
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the text when it was not JSON, undefined when there was none. */
  body: unknown;
  operationId?: string;
  /** The matched path template, e.g. "/repos/{owner}/{repo}/statuses/{sha}". */
  route?: string;
  /** Path parameters, decoded: { owner, repo, sha }. */
  params: Record<string, string>;
  /** Empty when the request matches the description. */
  violations: string[];
  /** What the stand-in answered (0 for a dropped connection). */
  status: number;
}

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

export interface GitHubApi {
  /** Base URL to pass as the client's baseUrl, e.g. "http://127.0.0.1:40123". */
  url: string;
  requests: RecordedRequest[];
  violations: Violation[];
  /**
   * Queues answers for an operation, used one per valid request in order; after that the spec's
   * example answers. Key: operationId ("repos/create-commit-status"), Octokit's method name
   * ("repos.createCommitStatus") or "POST /repos/{owner}/{repo}/statuses/{sha}".
   */
  respond(operation: string, responses: ScriptedResponse[]): void;
  /**
   * Answers an operation from the request once its queued responses (respond) are used up:
   * e.g. a 302 per artifact id. Same keys as respond.
   */
  handle(operation: string, handler: (request: RecordedRequest) => ScriptedResponse): void;
  /**
   * Serves `body` at the returned URL (GET, under /_files/ of this server), as a storage
   * service outside the API would: no validation, no recording in `requests`.
   */
  serveFile(name: string, body: Buffer, contentType?: string): string;
  /** The GET requests for served files, as `/_files/<name>`. */
  fileRequests: string[];
  /** The recorded requests for one operation (same keys as respond). */
  requestsFor(operation: string): RecordedRequest[];
  close(): Promise<void>;
}

export interface StartGitHubApiOptions {
  /** Path to, or parsed, OpenAPI description; defaults to api.github.com's from @octokit/openapi. */
  spec?: string | OpenApiDocument;
}

export async function startGitHubApi(options: StartGitHubApiOptions = {}): Promise<GitHubApi> {
  const validator = openApiValidator(options.spec);
  const scripts = new Map<string, ScriptedResponse[]>();
  const handlers = new Map<string, (request: RecordedRequest) => ScriptedResponse>();
  const files = new Map<string, { body: Buffer; contentType: string }>();
  const fileRequests: string[] = [];
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  let sequence = 0;

  const operationFor = (key: string) => {
    const operation = validator.find(key);
    if (!operation) {
      // A typo in a test should fail the test, not silently answer with the example.
      throw new Error(`startGitHubApi: no operation "${key}" in the OpenAPI description`);
    }
    return operation;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in.invalid');
      if (url.pathname.startsWith(FILES_PREFIX)) {
        fileRequests.push(url.pathname);
        const file = req.method === 'GET' ? files.get(url.pathname) : undefined;
        if (!file) res.writeHead(404, { 'content-type': 'text/plain' }).end('no such file');
        else res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) }).end(file.body);
        return;
      }
      const raw = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks) };
      const result = validator.validate(raw);
      const record: RecordedRequest = {
        method: raw.method,
        path: safeDecodePath(url.pathname),
        query: queryRecord(url.searchParams),
        headers: req.headers,
        body: recordedBody(raw, result.body),
        ...(result.operation ? { operationId: result.operation.operationId, route: result.operation.route } : {}),
        params: result.params,
        violations: result.problems,
        status: 0,
      };
      requests.push(record);
      const requestId = `ASSAY:${++sequence}`;

      if (result.status) {
        violations.push({
          method: record.method,
          path: record.path,
          ...(record.operationId ? { operationId: record.operationId } : {}),
          problems: result.problems,
        });
        record.status = result.status;
        send(res, result.status, { 'x-assay-violations': headerSafe(result.problems.join('; ')), 'x-github-request-id': requestId }, {
          message:
            result.status === 404
              ? 'Not Found (Assay GitHub API stand-in: no such operation)'
              : 'Assay GitHub API stand-in: the request does not match the OpenAPI description',
          errors: result.problems,
          documentation_url: 'https://docs.github.com/rest',
        });
        return;
      }

      const operation = result.operation!;
      const handler = handlers.get(operation.operationId);
      const scripted = scripts.get(operation.operationId)?.shift() ?? handler?.(record);
      if (scripted?.fault === 'reset') {
        req.socket.destroy();
        return;
      }
      const example = validator.exampleResponse(operation);
      const status = scripted?.status ?? example.status;
      const body =
        scripted && 'body' in scripted
          ? scripted.body
          : status < 300
            ? example.body
            : { message: STATUS_CODES[status] ?? 'Error', documentation_url: 'https://docs.github.com/rest' };
      record.status = status;
      send(res, status, { 'x-github-request-id': requestId, ...scripted?.headers }, body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // A test that forgets close() must still let the process end.
  server.unref();
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    respond(key, responses) {
      const operation = operationFor(key);
      scripts.set(operation.operationId, [...(scripts.get(operation.operationId) ?? []), ...responses]);
    },
    handle(key, handler) {
      handlers.set(operationFor(key).operationId, handler);
    },
    serveFile(name, body, contentType = 'application/octet-stream') {
      const pathname = `${FILES_PREFIX}${encodeURIComponent(name)}`;
      files.set(pathname, { body, contentType });
      return `http://127.0.0.1:${port}${pathname}`;
    },
    fileRequests,
    requestsFor(key) {
      const operation = operationFor(key);
      return requests.filter((r) => r.operationId === operation.operationId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Clients keep connections alive; close them so close() does not wait on them.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Where serveFile's bytes live; no route of the REST API starts so. */
const FILES_PREFIX = '/_files/';

export interface RunArtifact {
  name: string;
  /** Path inside the artifact (with /) → content. */
  files: Record<string, string | Buffer>;
  /** The digest the listing reports; default the zip's true SHA-256 ("sha256:<hex>"). */
  digest?: string | null;
}

export interface ScriptedRunArtifacts {
  /** What the listing says, by name: id, size and digest, and the zip that is served. */
  artifacts: { id: number; name: string; size: number; digest: string | null; zip: Buffer }[];
}

/**
 * The artifacts of a workflow run as GitHub's REST API gives them to a client with `findBy`
 * (what @actions/artifact 6.x does with a token, read from its lib/internal sources):
 *
 *   GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?per_page=100&page=1
 *       → { total_count, artifacts: [{ id, name, size_in_bytes, digest, … }] }
 *   GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip   (redirect: manual)
 *       → 302, Location: a signed storage URL, which serves the zip (application/zip)
 *
 * Another run, repository or artifact id is answered 404, as GitHub does.
 */
export function scriptRunArtifacts(api: GitHubApi, run: { owner: string; repo: string; runId: number; artifacts: RunArtifact[] }): ScriptedRunArtifacts {
  const sameRepo = (r: RecordedRequest) => r.params.owner === run.owner && r.params.repo === run.repo;
  const notFound: ScriptedResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/actions/artifacts', status: '404' } };
  const created = new Date(Date.now() - 3600_000).toISOString();
  const expires = new Date(Date.now() + 89 * 86400_000).toISOString();
  const artifacts = run.artifacts.map((a, i) => {
    const zip = zipArchive(a.files);
    const id = 1_000_000 + run.runId % 1000 * 100 + i;
    const digest = a.digest === undefined ? `sha256:${createHash('sha256').update(zip).digest('hex')}` : a.digest;
    return { id, name: a.name, size: zip.length, digest, zip, url: api.serveFile(`run-${run.runId}-${id}.zip`, zip, 'application/zip') };
  });
  api.handle('actions/list-workflow-run-artifacts', (r) => {
    if (!sameRepo(r) || r.params.run_id !== String(run.runId)) return notFound;
    const perPage = Number(r.query.per_page ?? 30);
    const page = Number(r.query.page ?? 1);
    const base = `${api.url}/repos/${run.owner}/${run.repo}/actions/artifacts`;
    return {
      status: 200,
      body: {
        total_count: artifacts.length,
        artifacts: artifacts.slice((page - 1) * perPage, page * perPage).map((a) => ({
          id: a.id,
          node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
          name: a.name,
          size_in_bytes: a.size,
          url: `${base}/${a.id}`,
          archive_download_url: `${base}/${a.id}/zip`,
          expired: false,
          created_at: created,
          expires_at: expires,
          updated_at: created,
          digest: a.digest,
          workflow_run: { id: run.runId, repository_id: 42, head_repository_id: 42, head_branch: 'main', head_sha: '009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d' },
        })),
      },
    };
  });
  api.handle('actions/download-artifact', (r) => {
    const artifact = artifacts.find((a) => String(a.id) === r.params.artifact_id);
    if (!sameRepo(r) || !artifact) return notFound;
    // GitHub's redirect carries a short-lived signature in the query.
    return { status: 302, headers: { location: `${artifact.url}?sig=assay-stand-in&se=${encodeURIComponent(expires)}` }, body: undefined };
  });
  return { artifacts: artifacts.map(({ id, name, size, digest, zip }) => ({ id, name, size, digest, zip })) };
}

/** A zip of `files` (stored, no compression) as zip tools write it: local headers, central directory, end record. */
export function zipArchive(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(0, 10);
    entry.writeUInt16LE(0, 12);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(files).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body: unknown): void {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  if (body === undefined || status === 204 || status === 304) {
    res.writeHead(status, lower).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  lower['content-type'] ??= typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  lower['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(status, lower).end(text);
}

/** Header values must be one line of visible ASCII. */
function headerSafe(text: string): string {
  const flat = text.replace(/[^\x20-\x7e]/g, '?');
  return flat.length > 4000 ? `${flat.slice(0, 4000)}...` : flat;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

function safeDecodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
