/**
 * waitUntilReady against real HTTP servers on 127.0.0.1 and a real (idle) service process: what
 * the timed-out error says is the last attempt that finished, not one the deadline cut short.
 */
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { startService, type ServiceHandle } from '../actions/perf-bench/load/service-process';
import { ServiceNotReadyError } from '../actions/perf-bench/load/service-errors';
import { waitUntilReady } from '../actions/perf-bench/load/wait-ready';

/** A server whose answer to the k-th request (from 1) is a status, or undefined to never answer. */
async function withServer(answer: (k: number) => number | undefined, body: (url: string, requests: () => number) => Promise<void>): Promise<void> {
  let k = 0;
  const server = http.createServer((_req, res) => {
    const status = answer(++k);
    if (status !== undefined) res.writeHead(status).end();
    // otherwise the request hangs until the client gives up (or the server closes below)
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}/health`, () => k);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

async function withIdleService(body: (service: ServiceHandle) => Promise<void>): Promise<void> {
  const service = await startService(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { env: process.env });
  try {
    await body(service);
  } finally {
    await service.stop(500);
  }
}

test('ready after two 503s: the third attempt succeeds', async () => {
  await withServer((k) => (k < 3 ? 503 : 200), async (url) => {
    await withIdleService(async (service) => {
      const r = await waitUntilReady(url, service, { timeoutMs: 5000, intervalMs: 20, commandLabel: 'idle' });
      assert.equal(r.attempts, 3);
    });
  });
});

test('an attempt cut short by the deadline does not replace what the last finished attempt found', async () => {
  // First a quick 503, then no answer at all: the attempt in flight when time runs out got less
  // than its full 2 s, so the error reports the 503.
  await withServer((k) => (k === 1 ? 503 : undefined), async (url, requests) => {
    await withIdleService(async (service) => {
      const started = Date.now();
      const e = await waitUntilReady(url, service, { timeoutMs: 800, intervalMs: 20, commandLabel: 'idle' }).then(
        () => assert.fail('ready?'),
        (err: unknown) => err,
      );
      assert.ok(e instanceof ServiceNotReadyError, String(e));
      assert.equal(e.lastProblem, 'answered 503, expected a 2xx status');
      assert.match(e.message, /within 0\.8 s \(last attempt: answered 503, expected a 2xx status\)/);
      assert.equal(requests(), 2);
      assert.ok(Date.now() - started < 2000, 'the hanging attempt ends at the deadline, not after 2 s');
    });
  });
});

test('when no attempt finished, the error says the one it made got no answer in the time left', async () => {
  await withServer(() => undefined, async (url) => {
    await withIdleService(async (service) => {
      const e = await waitUntilReady(url, service, { timeoutMs: 500, commandLabel: 'idle' }).then(
        () => assert.fail('ready?'),
        (err: unknown) => err,
      );
      assert.ok(e instanceof ServiceNotReadyError, String(e));
      // The one attempt got what was left of the 500 ms (a little less on a busy machine).
      const ms = Number(/^ETIMEDOUT: no answer within (\d+) ms$/.exec(e.lastProblem)?.[1]);
      assert.ok(ms > 250 && ms <= 500, e.lastProblem);
    });
  });
});

test('a port nobody listens on: connection refused', async () => {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  await withIdleService(async (service) => {
    const e = await waitUntilReady(`http://127.0.0.1:${port}/`, service, { timeoutMs: 600, commandLabel: 'idle' }).then(
      () => assert.fail('ready?'),
      (err: unknown) => err,
    );
    assert.ok(e instanceof ServiceNotReadyError, String(e));
    assert.equal(e.lastProblem, 'connection refused');
  });
});
