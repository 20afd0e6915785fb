import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import {
  headerValue,
  isNetworkError,
  isRateLimited,
  isRetryableFailure,
  isRetryableStatus,
  parseRetryAfter,
  requestedWaitMs,
} from '../lib/http/retryable-status';

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('isRetryableFailure', () => {
  it('retries 408, 429 and 5xx', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599]) {
      assert.equal(isRetryableStatus(status), true, String(status));
      assert.equal(isRetryableFailure({ status }), true, String(status));
    }
  });

  it('never retries other 4xx, nor a 403 that is a permission refusal', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 413, 422, 451]) {
      assert.equal(isRetryableFailure({ status, headers: { 'x-ratelimit-remaining': '4999' } }), false, String(status));
    }
  });

  it('retries a 403 that is a rate limit: retry-after, or remaining 0', () => {
    assert.equal(isRetryableFailure({ status: 403, headers: { 'Retry-After': '30' } }), true);
    assert.equal(isRetryableFailure({ status: 403, headers: new Headers({ 'x-ratelimit-remaining': '0' }) }), true);
    assert.equal(isRateLimited({ status: 403, headers: { 'x-ratelimit-remaining': '1' } }), false);
    assert.equal(isRateLimited({ status: 404, headers: { 'retry-after': '1' } }), false);
  });

  it('retries when no response arrived', () => {
    assert.equal(isRetryableFailure({}), true);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('1', NOW), 1000);
    assert.equal(parseRetryAfter(' 120 ', NOW), 120_000);
    assert.equal(parseRetryAfter('0', NOW), 0);
    assert.equal(parseRetryAfter('1.5', NOW), 1500);
  });

  it('reads an HTTP date against the injected clock', () => {
    assert.equal(parseRetryAfter('Mon, 02 Mar 2026 10:00:07 GMT', NOW), 7000);
    assert.equal(parseRetryAfter('Mon, 02 Mar 2026 09:59:00 GMT', NOW), 0, 'a date in the past means now');
  });

  it('ignores what is neither', () => {
    for (const value of [undefined, '', 'soon', '-5', '1e3']) assert.equal(parseRetryAfter(value, NOW), undefined, String(value));
  });
});

describe('requestedWaitMs', () => {
  it('prefers Retry-After', () => {
    assert.equal(requestedWaitMs({ 'retry-after': '3', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 50) }, NOW), 3000);
  });

  it('waits for x-ratelimit-reset when the primary limit is used up', () => {
    assert.equal(requestedWaitMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 2) }, NOW), 2000);
    assert.equal(requestedWaitMs({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 2) }, NOW), 0);
  });

  it('says nothing when the server said nothing', () => {
    assert.equal(requestedWaitMs({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(NOW / 1000 + 2) }, NOW), undefined);
    assert.equal(requestedWaitMs(undefined, NOW), undefined);
  });
});

describe('headerValue', () => {
  it('reads plain objects case-insensitively, node arrays and fetch Headers', () => {
    assert.equal(headerValue({ 'Retry-After': '5' }, 'retry-after'), '5');
    assert.equal(headerValue({ 'set-cookie': ['a', 'b'] }, 'Set-Cookie'), 'a');
    assert.equal(headerValue(new Headers({ 'X-RateLimit-Reset': '9' }), 'x-ratelimit-reset'), '9');
    assert.equal(headerValue({ 'x-ratelimit-limit': 60 }, 'x-ratelimit-limit'), '60');
  });
});

describe('isNetworkError', () => {
  it('finds a system error code in the cause chain', async () => {
    // A port that was free a moment ago: nothing listens, so the connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    assert.equal(isNetworkError(refused), true);
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    assert.equal(isNetworkError(new Error('upload failed', { cause: reset })), true);
  });

  it('treats a timeout as transient and a deliberate abort as final', async () => {
    const timedOut = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    assert.equal(isNetworkError(timedOut), true);
    const aborted = new DOMException('This operation was aborted', 'AbortError');
    assert.equal(isNetworkError(aborted), false);
    assert.equal(isNetworkError(new Error('bad input')), false);
  });
});
