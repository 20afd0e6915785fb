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
      const scripted = scripts.get(operation.operationId)?.shift();
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
