import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createConsoleLogger, type Logger } from '../lib/action/logger';
import { SchemaValidationError, ConfigurationError } from '../lib/errors';
import { schemaViolations } from '../lib/schema/validate';
import { runLoadTest, type LoadReport } from '../actions/perf-bench/load/run-load-test';
import { MAX_STRESS_STEPS, parseLoadTests, stressSteps, type LoadTestSpec } from '../actions/perf-bench/load/spec';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/perf/load');
const SERVER = path.join(FIXTURES, 'degrading-server.mjs');

const lines: string[] = [];
const log: Logger = createConsoleLogger({ write: (l) => lines.push(l) });
const base = { log, env: process.env, root: FIXTURES };

/** A free port on 127.0.0.1 (bound and released; the service binds it a moment later). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

function serverCommand(port: number, ...extra: string[]): string[] {
  return [process.execPath, SERVER, '--port', String(port), '--lifetime-s', '60', ...extra];
}

function spec(raw: Record<string, unknown>): LoadTestSpec {
  return parseLoadTests([raw], 'bench.yml')[0]!;
}

function report(r: { load?: Record<string, unknown> }): LoadReport {
  return r.load as unknown as LoadReport;
}

test('the spec: defaults filled in, stress steps planned, mistakes named with the field and the fix', () => {
  const [load, stress] = parseLoadTests(
    [
      { name: 'api', mode: 'load', start: { command: ['node', 'server.js'], ready: { url: 'http://127.0.0.1:3000/health' } }, load: { rate: 50 } },
      {
        name: 'api-stress',
        mode: 'stress',
        start: { command: ['node', 'server.js'], ready: { url: 'http://127.0.0.1:3000/health', 'expect-status': 204 } },
        url: 'http://127.0.0.1:3000/items',
        requests: [{ method: 'POST', path: '/items', headers: { 'content-type': 'application/json' }, body: '{}' }],
        stress: { 'max-connections': 100, step: { add: 25 }, 'p99-limit-ms': 250 },
      },
    ],
    'bench.yml',
  );
  assert.deepEqual(load, {
    name: 'api',
    mode: 'load',
    start: { command: ['node', 'server.js'], ready: { url: 'http://127.0.0.1:3000/health', timeoutS: 30 }, stopGraceS: 5 },
    url: 'http://127.0.0.1:3000/health',
    requestTimeoutS: 10,
    load: { rate: 50, perConnection: false, durationS: 10, connections: 10 },
  });
  assert.equal(stress!.mode, 'stress');
  assert.deepEqual(stress!.start.ready.expectStatus, [204]);
  assert.ok(stress!.mode === 'stress' && stress!.stress.stepDurationS === 5 && stress!.stress.errorRateLimit === 0.01);
  assert.deepEqual(stressSteps({ startConnections: 1, maxConnections: 100, step: { add: 25 } }), [1, 26, 51, 76, 100]);
  assert.deepEqual(stressSteps({ startConnections: 1, maxConnections: 64, step: { multiply: 2 } }), [1, 2, 4, 8, 16, 32, 64]);
  assert.deepEqual(stressSteps({ startConnections: 1, maxConnections: 5, step: { multiply: 1.1 } }), [1, 2, 3, 4, 5]);

  const bad = (raw: Record<string, unknown>) => () => parseLoadTests([raw], 'bench.yml');
  const start = { command: ['node', 's.js'], ready: { url: 'http://127.0.0.1:1/' } };
  assert.throws(bad({ name: 'x', mode: 'load', start, load: { duration: 5 } }), (e: unknown) => e instanceof SchemaValidationError && /bench\.yml.*at \/load\/0\/load: must have required property 'rate'/s.test(e.message));
  assert.throws(bad({ name: 'x', mode: 'stress', start }), (e: unknown) => e instanceof SchemaValidationError && /at \/load\/0: must have required property 'stress'/.test(e.message));
  assert.throws(bad({ name: 'x', mode: 'load', start: { command: 'node s.js', ready: start.ready }, load: { rate: 1 } }), /at \/load\/0\/start\/command: must be array/);
  assert.throws(bad({ name: 'x', mode: 'load', start, load: { rate: 1 }, stress: { 'max-connections': 2 } }), (e: unknown) => e instanceof ConfigurationError && /"stress" block but mode is "load"/.test(e.message));
  assert.throws(bad({ name: 'x', mode: 'stress', start, stress: { 'start-connections': 10, 'max-connections': 5 } }), /start-connections \(10\) is above stress.max-connections \(5\)/);
  assert.throws(bad({ name: 'x', mode: 'stress', start, stress: { 'max-connections': 1000, step: { add: 1 } } }), new RegExp(`more than ${MAX_STRESS_STEPS} steps; use a larger stress.step`));
  assert.throws(() => parseLoadTests([{ name: 'x', mode: 'load', start, load: { rate: 1 } }, { name: 'x', mode: 'load', start, load: { rate: 1 } }], 'bench.yml'), /"x" is used twice/);
});

test('load: a fixed rate is held within 20 %, percentiles are ordered, and the service is stopped', async () => {
  const port = await freePort();
  const r = await runLoadTest(
    spec({
      name: 'fixed-rate',
      mode: 'load',
      start: { command: serverCommand(port, '--work-ms', '0.2', '--sleep-ms', '1'), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      load: { rate: 100, duration: 3, connections: 5 },
    }),
    base,
  );
  assert.equal(r.status, 'ok', r.error);
  assert.equal(r.kind, 'load');
  const l = report(r);
  const m = l.summary!;
  assert.ok(Math.abs(l.achievedRate! - 100) <= 20, `achieved ${l.achievedRate} req/s for a target of 100`);
  assert.ok(Math.abs(m.throughput.mean - 100) <= 20, `per-second mean ${m.throughput.mean}`);
  assert.ok(m.throughput.stddev >= 0);
  assert.ok(m.latencyMs.p50 > 0 && m.latencyMs.p50 <= m.latencyMs.p90 && m.latencyMs.p90 <= m.latencyMs.p99 && m.latencyMs.p99 <= m.latencyMs.max, JSON.stringify(m.latencyMs));
  assert.deepEqual(m.errors, { non2xx: 0, errors: 0, timeouts: 0, rate: 0 });
  assert.equal(m.requests.ok, m.requests.completed);
  assert.equal(m.statusCodes['200'], m.requests.completed);
  assert.ok(m.durationS >= 3 && m.durationS < 5);
  assert.equal(l.service.stop!.signal, 'SIGTERM');
  assert.deepEqual(l.service.stop!.survivors, []);
  assert.ok(!isRunning(l.service.pid!), 'the service is gone');
  // performance.json takes the result as it is.
  assert.deepEqual(schemaViolations('performance', { schemaVersion: 1, generatedAt: new Date().toISOString(), benchmarks: [r] }), []);
});

test('stress: the breaking point lies between the last concurrency the server can queue and the first it sheds with 503', async () => {
  const port = await freePort();
  // The server answers 503 when more than 6 requests are in flight. With one request per
  // connection in flight, 4 connections can never be refused; 16 always are.
  const r = await runLoadTest(
    spec({
      name: 'shed',
      mode: 'stress',
      start: { command: serverCommand(port, '--work-ms', '0', '--sleep-ms', '2', '--max-in-flight', '6'), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      stress: { 'start-connections': 1, 'max-connections': 64, step: { multiply: 2 }, 'step-duration': 1, 'error-rate-limit': 0.01 },
    }),
    base,
  );
  assert.equal(r.status, 'ok', r.error);
  assert.equal(r.kind, 'stress');
  const l = report(r);
  const bp = l.breakingPoint!;
  assert.equal(bp.found, true);
  assert.equal(bp.firstBad!.reason, 'error-rate');
  // Never at 4 or below (at most 4 in flight); by 16 the queue is always past 6 (32 is the
  // loose bound for a machine so loaded that clients lag behind).
  assert.ok([8, 16, 32].includes(bp.firstBad!.connections), `first bad step at ${bp.firstBad!.connections} connections`);
  assert.equal(bp.lastGood!.connections, bp.firstBad!.connections / 2);
  assert.match(bp.firstBad!.detail, /error rate .* non-2xx.* is above the limit 1\.00%/);
  // Steps ran in order up to the first bad one and no further, each with its own numbers.
  assert.deepEqual(
    l.steps!.map((s) => s.connections),
    [1, 2, 4, 8, 16, 32].filter((c) => c <= bp.firstBad!.connections),
  );
  for (const s of l.steps!) {
    assert.ok(s.throughput.mean > 0 && s.latencyMs.p50 <= s.latencyMs.p99 && s.latencyMs.p99 <= s.latencyMs.max);
    if (s.ok) assert.equal(s.errors.non2xx, 0);
  }
  const bad = l.steps!.at(-1)!;
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.non2xx > 0 && bad.statusCodes['503']! > 0);
  assert.equal(l.summary!.connections, bp.lastGood!.connections);
  assert.ok(!isRunning(l.service.pid!));
});

test('stress: a p99 latency limit finds where queueing makes the server too slow', async () => {
  const port = await freePort();
  // Served one at a time, 10 ms each: p99 is at least 10 ms × connections, so 16 connections
  // (≥ 160 ms) always pass a 100 ms limit, and 2 (about 20 ms) always hold.
  const r = await runLoadTest(
    spec({
      name: 'slow',
      mode: 'stress',
      start: { command: serverCommand(port, '--work-ms', '0', '--sleep-ms', '10'), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      stress: { 'max-connections': 32, 'step-duration': 1, 'p99-limit-ms': 100 },
    }),
    base,
  );
  assert.equal(r.status, 'ok', r.error);
  const bp = report(r).breakingPoint!;
  assert.equal(bp.firstBad!.reason, 'p99-latency');
  assert.ok([4, 8, 16].includes(bp.firstBad!.connections), `first bad step at ${bp.firstBad!.connections}`);
  assert.equal(bp.lastGood!.connections, bp.firstBad!.connections / 2);
  assert.ok(bp.firstBad!.p99Ms > 100 && bp.lastGood!.p99Ms <= 100);
  assert.match(bp.firstBad!.detail, /p99 latency \d+ ms is above the limit 100 ms/);
});

test('a service that never gets ready: a timed-out result naming the URL, and its whole process group killed (SIGKILL when it ignores SIGTERM)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-load-'));
  const pidFile = path.join(dir, 'pids.json');
  const port = await freePort();
  const started = Date.now();
  const r = await runLoadTest(
    spec({
      name: 'never',
      mode: 'load',
      start: {
        command: [process.execPath, path.join(FIXTURES, 'never-ready.mjs'), pidFile, '--ignore-sigterm'],
        ready: { url: `http://127.0.0.1:${port}/health`, timeout: 2.5 },
        'stop-grace': 0.5,
      },
      load: { rate: 10, duration: 1 },
    }),
    base,
  );
  assert.equal(r.status, 'timed-out');
  assert.match(r.error!, new RegExp(`did not become ready: http://127.0.0.1:${port}/health did not answer as expected within 2.5 s \\(last attempt: connection refused\\)`));
  assert.match(r.error!, /never-ready: warming caches forever/);
  assert.ok(Date.now() - started < 15_000);
  const pids = JSON.parse(fs.readFileSync(pidFile, 'utf8')) as { pid: number; child: number };
  const l = report(r);
  assert.equal(l.service.pid, pids.pid);
  assert.equal(l.service.stop!.signal, 'SIGKILL');
  assert.ok(!isRunning(pids.pid), 'the service is gone');
  assert.ok(!isRunning(pids.child), "the service's own child is gone too");
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a service that crashes at start: a failed result with its exit code and the end of its stderr', async () => {
  const r = await runLoadTest(
    spec({
      name: 'crash',
      mode: 'load',
      start: { command: [process.execPath, 'crash-at-start.mjs'], ready: { url: 'http://127.0.0.1:9/health', timeout: 20 } },
      load: { rate: 10, duration: 1 },
    }),
    base,
  );
  assert.equal(r.status, 'failed');
  assert.match(r.error!, /the service ".*crash-at-start\.mjs" exited with code 3 before http:\/\/127\.0\.0\.1:9\/health answered/);
  assert.match(r.error!, /fatal: listen address "127.0.0.1:99999" is not a valid port/);
  assert.equal(report(r).service.exit!.code, 3);
});

test('a command that does not exist, or a cwd that is not there: a failed result that says so', async () => {
  const missing = await runLoadTest(
    spec({ name: 'missing', mode: 'load', start: { command: ['assay-no-such-server'], ready: { url: 'http://127.0.0.1:9/' } }, load: { rate: 1 } }),
    base,
  );
  assert.equal(missing.status, 'failed');
  assert.match(missing.error!, /"assay-no-such-server" was not found on PATH/);
  const noDir = await runLoadTest(
    spec({ name: 'nodir', mode: 'load', start: { command: [process.execPath], cwd: 'no-such-dir', ready: { url: 'http://127.0.0.1:9/' } }, load: { rate: 1 } }),
    base,
  );
  assert.match(noDir.error!, /start.cwd "no-such-dir" is not a folder/);
});

test('a launcher that exits 0 after starting the server: the server is used, then stopped with the rest of the group', async () => {
  const port = await freePort();
  const r = await runLoadTest(
    spec({
      name: 'launched',
      mode: 'load',
      start: { command: [process.execPath, 'launcher.mjs', '--port', String(port), '--lifetime-s', '60'], ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      // A sequence of requests, each connection sending them in turn.
      requests: [{ method: 'GET', path: '/items' }, { method: 'POST', path: '/items', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' }],
      load: { rate: 20, duration: 1, connections: 2 },
    }),
    base,
  );
  assert.equal(r.status, 'ok', r.error);
  assert.ok(report(r).summary!.requests.ok > 0);
  assert.equal(report(r).requests, 2);
  assert.equal(report(r).service.stop!.signal, 'SIGTERM', 'the orphaned server was found in the group and stopped');
  // Nothing answers on the port any more.
  await assert.rejects(fetch(`http://127.0.0.1:${port}/health`));
});

test('a service that dies during the load: a failed result with its output', async () => {
  const port = await freePort();
  const r = await runLoadTest(
    spec({
      name: 'dies',
      mode: 'load',
      start: { command: serverCommand(port, '--crash-after', '30'), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      load: { rate: 50, duration: 2 },
    }),
    base,
  );
  assert.equal(r.status, 'failed');
  assert.match(r.error!, /the service exited with code 70 during the load test/);
  assert.match(r.error!, /simulated crash after 30 requests/);
  assert.ok(report(r).summary!.errors.errors > 0, 'the requests after the crash are counted as errors');
});

test('an abort during the load stops autocannon and the service, then rejects', async () => {
  const port = await freePort();
  const controller = new AbortController();
  const reason = new Error('cancelled by the test');
  const logged: string[] = [];
  const aborting: Logger = createConsoleLogger({
    write: (l) => {
      logged.push(l);
      if (/ready after/.test(l)) setTimeout(() => controller.abort(reason), 500);
    },
  });
  const started = Date.now();
  await assert.rejects(
    runLoadTest(
      spec({
        name: 'aborted',
        mode: 'load',
        start: { command: serverCommand(port), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
        url: `http://127.0.0.1:${port}/`,
        load: { rate: 20, duration: 30 },
      }),
      { ...base, log: aborting, signal: controller.signal },
    ),
    (e: unknown) => e === reason,
  );
  assert.ok(Date.now() - started < 15_000, 'stopped well before the 30 s duration');
  const pid = Number(/\(pid (\d+)\)/.exec(logged.join('\n'))?.[1]);
  assert.ok(pid > 0 && !isRunning(pid), 'the service is gone');
  await assert.rejects(fetch(`http://127.0.0.1:${port}/health`), 'nothing answers any more');
});

test('an exception in the middle (here from the logger) still stops the service', async () => {
  const port = await freePort();
  const throwing: Logger = createConsoleLogger({
    write: (l) => {
      if (/ready after/.test(l)) throw new Error('the log broke');
    },
  });
  const r = await runLoadTest(
    spec({
      name: 'throws',
      mode: 'load',
      start: { command: serverCommand(port), ready: { url: `http://127.0.0.1:${port}/health`, timeout: 20 } },
      url: `http://127.0.0.1:${port}/`,
      load: { rate: 20, duration: 5 },
    }),
    { ...base, log: throwing },
  );
  assert.equal(r.status, 'failed');
  assert.match(r.error!, /throws: the log broke/);
  assert.equal(report(r).service.stop!.signal, 'SIGTERM');
  assert.ok(!isRunning(report(r).service.pid!));
});
