/**
 * The OSV API client of the dependency check (issue #4) against a stand-in of api.osv.dev on
 * 127.0.0.1: querybatch batching (≤ 1,000 queries a request) and pagination, GET /v1/vulns/{id},
 * the suite retry policy (Retry-After honoured, a 5xx burst ends in a clear error), the record
 * cache between runs, and a whole scan through the API matching the offline result.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { HttpError } from '../lib/errors';
import { AdvisoryIndex } from '../actions/security-scan/deps/match/advisory-index';
import type { Ecosystem } from '../actions/security-scan/deps/model';
import { OsvApiClient, type OsvQuery } from '../actions/security-scan/deps/osv/osv-api';
import type { OsvRecord } from '../actions/security-scan/deps/osv/osv-record';
import { RecordCache } from '../actions/security-scan/deps/osv/record-cache';
import { scanDependencies } from '../actions/security-scan/deps/scan-dependencies';

const REPO = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(REPO, '../shared');
const OSV = path.join(SHARED, 'fixtures/osv');
const LOCKFILES = path.join(SHARED, 'fixtures/lockfiles');
const IN_CI = process.env.CI === 'true';
const sharedSkip = fs.existsSync(OSV) ? false : IN_CI ? false : `../shared/fixtures (${SHARED}) is not here; the API scan against the real OSV records did not run`;
const quiet = createConsoleLogger({ write: () => {} });

interface QueryBody {
  queries: { package: { ecosystem: Ecosystem; name: string }; version: string; page_token?: string }[];
}

/** What the stand-in does for one request; the default behaves as osv.dev over `records`. */
type Override = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => boolean;

class OsvStandIn {
  server!: http.Server;
  baseUrl = '';
  records = new Map<string, OsvRecord>();
  requests: { method: string; url: string; body: string }[] = [];
  /** Ids to split over two pages for a query, keyed "ecosystem/name@version". */
  paged = new Set<string>();
  override: Override | undefined;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        this.requests.push({ method: req.method!, url: req.url!, body });
        if (this.override?.(req, body, res)) return;
        this.answer(req, body, res);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.requests = [];
    this.override = undefined;
    this.paged.clear();
  }

  private json(res: http.ServerResponse, status: number, value: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  }

  private answer(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const { queries } = JSON.parse(body) as QueryBody;
      if (queries.length > 1000) return this.json(res, 400, { code: 3, message: 'Too many queries.' });
      const index = new AdvisoryIndex(this.records.values());
      const results = queries.map((q) => {
        const hits = index.match({ ecosystem: q.package.ecosystem, name: q.package.name, version: q.version, file: '', line: 1 }).map((m) => ({ id: m.record.id, modified: m.record.modified }));
        const key = `${q.package.ecosystem}/${q.package.name}@${q.version}`;
        if (!this.paged.has(key) || hits.length < 2) return hits.length > 0 ? { vulns: hits } : {};
        // First page: the first hit and a token; the token's page: the rest.
        return q.page_token === 'page-2' ? { vulns: hits.slice(1) } : { vulns: hits.slice(0, 1), next_page_token: 'page-2' };
      });
      return this.json(res, 200, { results });
    }
    const m = /^\/v1\/vulns\/(.+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && m) {
      const record = this.records.get(decodeURIComponent(m[1]!));
      return record ? this.json(res, 200, record) : this.json(res, 404, { code: 5, message: 'Bug not found.' });
    }
    this.json(res, 404, { code: 5, message: 'Not found' });
  }
}

const standIn = new OsvStandIn();
before(() => standIn.start());
after(() => standIn.stop());

function record(id: string, ecosystem: Ecosystem, name: string, fixed: string, modified = '2024-01-01T00:00:00Z'): OsvRecord {
  return { id, modified, summary: `${name} is vulnerable`, affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }] };
}

/** A sleep that records the waits and does not wait. */
function recordingSleep(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

describe('OSV API client', () => {
  test('2,500 packages make 3 querybatch requests of at most 1,000 queries, in order', async () => {
    standIn.reset();
    standIn.records = new Map([['TEST-1', record('TEST-1', 'npm', 'pkg-1234', '2.0.0')]]);
    const queries: OsvQuery[] = Array.from({ length: 2500 }, (_, i) => ({ ecosystem: 'npm', name: `pkg-${i}`, version: '1.0.0' }));
    const client = new OsvApiClient({ baseUrl: standIn.baseUrl });
    const results = await client.queryBatch(queries);
    const batches = standIn.requests.filter((r) => r.url === '/v1/querybatch').map((r) => (JSON.parse(r.body) as QueryBody).queries);
    assert.deepEqual(
      batches.map((b) => b.length),
      [1000, 1000, 500],
    );
    assert.equal(batches[1]![234]!.package.name, 'pkg-1234');
    assert.equal(results.length, 2500);
    assert.deepEqual(results[1234], [{ id: 'TEST-1', modified: '2024-01-01T00:00:00Z' }]);
    assert.ok(results.every((r, i) => i === 1234 || r.length === 0));
    assert.equal(client.stats.querybatchRequests, 3);
  });

  test('a result with next_page_token is asked again with page_token and the pages are merged; PyPI names go PEP 503-normalized', async () => {
    standIn.reset();
    standIn.records = new Map([
      ['TEST-A', record('TEST-A', 'PyPI', 'pyyaml', '6.0')],
      ['TEST-B', record('TEST-B', 'PyPI', 'pyyaml', '5.4')],
    ]);
    standIn.paged.add('PyPI/pyyaml@5.3.1');
    const client = new OsvApiClient({ baseUrl: standIn.baseUrl });
    const results = await client.queryBatch([
      { ecosystem: 'PyPI', name: 'PyYAML', version: '5.3.1' },
      { ecosystem: 'PyPI', name: 'idna', version: '3.7' },
    ]);
    assert.deepEqual(
      results.map((r) => r.map((v) => v.id)),
      [['TEST-A', 'TEST-B'], []],
    );
    const bodies = standIn.requests.map((r) => JSON.parse(r.body) as QueryBody);
    assert.equal(bodies.length, 2);
    assert.deepEqual(bodies[0]!.queries[0], { package: { ecosystem: 'PyPI', name: 'pyyaml' }, version: '5.3.1' });
    assert.deepEqual(bodies[1]!.queries, [{ package: { ecosystem: 'PyPI', name: 'pyyaml' }, version: '5.3.1', page_token: 'page-2' }]);
  });

  test('a 429 with Retry-After is waited out as asked, then the 200 is used', async () => {
    standIn.reset();
    standIn.records = new Map([['TEST-1', record('TEST-1', 'npm', 'left-pad', '2.0.0')]]);
    let calls = 0;
    standIn.override = (_req, _body, res) => {
      if (++calls > 1) return false;
      res.writeHead(429, { 'retry-after': '3', 'content-type': 'application/json' });
      res.end('{"code":8,"message":"Too many requests"}');
      return true;
    };
    const { waits, sleep } = recordingSleep();
    const lines: string[] = [];
    const client = new OsvApiClient({ baseUrl: standIn.baseUrl, retry: { sleep }, log: createConsoleLogger({ write: (l) => lines.push(l) }) });
    const results = await client.queryBatch([{ ecosystem: 'npm', name: 'left-pad', version: '1.3.0' }]);
    assert.deepEqual(results[0]!.map((v) => v.id), ['TEST-1']);
    assert.deepEqual(waits, [3000]);
    assert.equal(standIn.requests.length, 2);
    assert.match(lines.join('\n'), /attempt 2 of 3 after 429, waiting 3 s as the server asked/);
  });

  test('a 429 with Retry-After on a real clock: the second request comes after the wait', async () => {
    standIn.reset();
    standIn.records = new Map();
    const at: number[] = [];
    standIn.override = (_req, _body, res) => {
      at.push(Date.now());
      if (at.length > 1) return false;
      res.writeHead(429, { 'retry-after': '1' });
      res.end();
      return true;
    };
    await new OsvApiClient({ baseUrl: standIn.baseUrl }).queryBatch([{ ecosystem: 'npm', name: 'x', version: '1.0.0' }]);
    assert.equal(at.length, 2);
    assert.ok(at[1]! - at[0]! >= 950, `waited ${at[1]! - at[0]!} ms`);
  });

  test('a burst of 500s ends, after the policy 3 attempts (waits 1 s, 2 s), in an HttpError that says what failed and what to do', async () => {
    standIn.reset();
    standIn.override = (_req, _body, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"code":13,"message":"internal error"}');
      return true;
    };
    const { waits, sleep } = recordingSleep();
    const client = new OsvApiClient({ baseUrl: standIn.baseUrl, retry: { sleep } });
    await assert.rejects(client.queryBatch([{ ecosystem: 'npm', name: 'x', version: '1.0.0' }]), (e: unknown) => {
      assert.ok(e instanceof HttpError);
      assert.equal(e.status, 500);
      assert.match(e.message, /^OSV API POST http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch answered 500: \{"code":13,"message":"internal error"\} \(gave up after 3 attempts \(500, 500, 500, waiting 1 s then 2 s\)\)/);
      assert.match(e.message, /give an offline database with the osv-database input/);
      return true;
    });
    assert.deepEqual(waits, [1000, 2000]);
    assert.equal(standIn.requests.length, 3);
  });

  test('a 400 is not retried; an unreachable server is a clear error', async () => {
    standIn.reset();
    standIn.override = (_req, _body, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"code":3,"message":"Invalid query."}');
      return true;
    };
    const { sleep } = recordingSleep();
    await assert.rejects(new OsvApiClient({ baseUrl: standIn.baseUrl, retry: { sleep } }).queryBatch([{ ecosystem: 'npm', name: 'x', version: '1' }]), /answered 400: .*not retried: 400 is not a transient failure/);
    assert.equal(standIn.requests.length, 1);
    // A port nobody listens on (the stand-in's own, once it is closed, is not reused here).
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await assert.rejects(new OsvApiClient({ baseUrl: `http://127.0.0.1:${port}`, retry: { sleep } }).queryBatch([{ ecosystem: 'npm', name: 'x', version: '1' }]), /could not be reached \(ECONNREFUSED\) \(gave up after 3 attempts/);
  });

  test('records come from the cache when their modified time is unchanged, and are fetched again when it changed', async () => {
    standIn.reset();
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-osv-cache-'));
    try {
      standIn.records = new Map([
        ['TEST-1', record('TEST-1', 'npm', 'a', '2.0.0')],
        ['TEST-2', record('TEST-2', 'npm', 'b', '2.0.0')],
      ]);
      const fetchAll = async () => {
        const client = new OsvApiClient({ baseUrl: standIn.baseUrl, cache: new RecordCache(cacheDir), concurrency: 2 });
        const hits = await client.queryBatch([
          { ecosystem: 'npm', name: 'a', version: '1.0.0' },
          { ecosystem: 'npm', name: 'b', version: '1.0.0' },
        ]);
        const records = await client.getVulns(hits.flat());
        return { client, ids: records.map((r) => `${r.id}@${r.modified}`).sort() };
      };
      const first = await fetchAll();
      assert.deepEqual([first.client.stats.vulnRequests, first.client.stats.cacheHits], [2, 0]);
      assert.deepEqual(fs.readdirSync(cacheDir).sort(), ['TEST-1.json', 'TEST-2.json']);
      const second = await fetchAll();
      assert.deepEqual([second.client.stats.vulnRequests, second.client.stats.cacheHits], [0, 2]);
      standIn.records.set('TEST-2', record('TEST-2', 'npm', 'b', '3.0.0', '2024-05-05T00:00:00Z'));
      const third = await fetchAll();
      assert.deepEqual([third.client.stats.vulnRequests, third.client.stats.cacheHits], [1, 1]);
      assert.deepEqual(third.ids, ['TEST-1@2024-01-01T00:00:00Z', 'TEST-2@2024-05-05T00:00:00Z']);
      assert.equal(standIn.requests.filter((r) => r.url === '/v1/vulns/TEST-2').length, 2);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('scan through the OSV API', () => {
  test('the shared lockfiles give the same findings through the API as from the folder', { skip: sharedSkip }, async () => {
    if (!fs.existsSync(OSV)) assert.fail(`CI=true but ../shared/fixtures is missing at ${SHARED}`);
    standIn.reset();
    standIn.records = new Map(
      fs
        .readdirSync(OSV)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(fs.readFileSync(path.join(OSV, f), 'utf8')) as OsvRecord)
        .filter((r) => !r.withdrawn)
        .map((r) => [r.id, r]),
    );
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-osv-api-'));
    try {
      const summarize = (out: Awaited<ReturnType<typeof scanDependencies>>) => out.findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity} ${f.dependency.fixedVersion}`).sort();
      const offline = await scanDependencies({ root: LOCKFILES, database: { kind: 'folder', path: OSV }, log: quiet });
      const api = await scanDependencies({ root: LOCKFILES, database: { kind: 'api', baseUrl: standIn.baseUrl }, cacheDir, log: quiet });
      assert.deepEqual(summarize(api), summarize(offline));
      assert.equal(api.findings.length, 32);
      const fetched = standIn.requests.filter((r) => r.method === 'GET').length;
      assert.equal(standIn.requests.filter((r) => r.url === '/v1/querybatch').length, 1);
      // Each advisory is fetched once, however many packages it hits.
      assert.equal(fetched, new Set(api.findings.map((f) => f.ruleId)).size);
      // The second run reads every record from the cache.
      standIn.reset();
      const again = await scanDependencies({ root: LOCKFILES, database: { kind: 'api', baseUrl: standIn.baseUrl }, cacheDir, log: quiet });
      assert.deepEqual(summarize(again), summarize(offline));
      assert.equal(standIn.requests.filter((r) => r.method === 'GET').length, 0);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('an advisory the API reports but whose ranges do not cover the version is still reported, marked as the API said', async () => {
    standIn.reset();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-osv-api-only-'));
    try {
      fs.writeFileSync(path.join(dir, 'requirements.txt'), 'idna==3.4\n');
      standIn.records = new Map([['TEST-9', record('TEST-9', 'PyPI', 'idna', '3.0')]]);
      standIn.override = (req, _body, res) => {
        if (req.url !== '/v1/querybatch') return false;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ results: [{ vulns: [{ id: 'TEST-9', modified: '2024-01-01T00:00:00Z' }] }] }));
        return true;
      };
      const out = await scanDependencies({ root: dir, database: { kind: 'api', baseUrl: standIn.baseUrl, fetch: globalThis.fetch }, log: quiet });
      assert.deepEqual(
        out.findings.map((f) => [f.ruleId, f.dependency.matchedBy, f.line]),
        [['TEST-9', 'api', 1]],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
