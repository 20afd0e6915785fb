import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { RetryError, SUITE_RETRY_POLICY, backoffDelayMs, formatWait, retry, type RetryOptions } from '../lib/retry';

/** A failure that says whether it is transient and how long "the server" asked to wait. */
class Failure extends Error {
  constructor(
    readonly code: string,
    readonly transient = true,
    readonly waitMs?: number,
  ) {
    super(`failed with ${code}`);
  }
}

function recorder() {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const options: Omit<RetryOptions, 'shouldRetry'> = {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: createConsoleLogger({ write: (line) => lines.push(line) }),
    describe: (e) => (e instanceof Failure ? e.code : String(e)),
    retryAfterMs: (e) => (e instanceof Failure ? e.waitMs : undefined),
  };
  return { sleeps, lines, options, shouldRetry: (e: unknown) => e instanceof Failure && e.transient };
}

async function giveUp(promise: Promise<unknown>): Promise<RetryError> {
  const error = await promise.then(
    () => assert.fail('expected retry to give up'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof RetryError, `expected a RetryError, got ${String(error)}`);
  return error;
}

describe('SUITE_RETRY_POLICY', () => {
  it('is 3 attempts, 1 s doubling to at most 8 s, server waits up to 60 s', () => {
    assert.deepEqual({ ...SUITE_RETRY_POLICY }, { attempts: 3, initialDelayMs: 1000, maxDelayMs: 8000, maxRetryAfterMs: 60_000 });
    assert.ok(Object.isFrozen(SUITE_RETRY_POLICY));
  });
});

describe('retry', () => {
  it('returns the first success and passes the attempt number', async () => {
    const r = recorder();
    const seen: number[] = [];
    const value = await retry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 2) throw new Failure('502');
        return 'done';
      },
      { ...r.options, shouldRetry: r.shouldRetry },
    );
    assert.equal(value, 'done');
    assert.deepEqual(seen, [1, 2]);
    assert.deepEqual(r.sleeps, [1000]);
    assert.deepEqual(r.lines, ['attempt 2 of 3 after 502, waiting 1 s']);
  });

  it('doubles the wait up to the 8 s cap when more attempts are allowed', async () => {
    const r = recorder();
    let calls = 0;
    const error = await giveUp(
      retry(
        async () => {
          calls++;
          throw new Failure('503');
        },
        { ...r.options, shouldRetry: r.shouldRetry, attempts: 7, label: 'PUT s3://bucket/key' },
      ),
    );
    assert.equal(calls, 7);
    assert.deepEqual(r.sleeps, [1000, 2000, 4000, 8000, 8000, 8000]);
    assert.equal(error.summary.reason, 'attempts-exhausted');
    assert.equal(error.summary.attempts, 7);
    assert.equal(r.lines[0], 'PUT s3://bucket/key: attempt 2 of 7 after 503, waiting 1 s');
    assert.equal(r.lines[5], 'PUT s3://bucket/key: attempt 7 of 7 after 503, waiting 8 s');
    assert.ok(error.cause instanceof Failure);
    assert.match(error.message, /^failed with 503 \(gave up after 7 attempts \(503, 503, 503, 503, 503, 503, 503, waiting 1 s then 2 s then 4 s then 8 s then 8 s then 8 s\)\)$/);
  });

  it('uses the suite policy by default: 3 attempts, waits 1 s and 2 s', async () => {
    const r = recorder();
    let calls = 0;
    await giveUp(
      retry(
        async () => {
          calls++;
          throw new Failure('ECONNRESET');
        },
        { ...r.options, shouldRetry: r.shouldRetry },
      ),
    );
    assert.equal(calls, 3);
    assert.deepEqual(r.sleeps, [1000, 2000]);
  });

  it('respects the predicate: a final failure is not retried', async () => {
    const r = recorder();
    let calls = 0;
    const error = await giveUp(
      retry(
        async () => {
          calls++;
          throw new Failure('404', false);
        },
        { ...r.options, shouldRetry: r.shouldRetry },
      ),
    );
    assert.equal(calls, 1);
    assert.deepEqual(r.sleeps, []);
    assert.equal(error.summary.reason, 'not-retryable');
    assert.equal(error.summary.text, 'not retried: 404 is not a transient failure');
  });

  it('stops when a later failure is final', async () => {
    const r = recorder();
    const failures = [new Failure('500'), new Failure('422', false)];
    const error = await giveUp(
      retry(
        async (attempt) => {
          throw failures[attempt - 1];
        },
        { ...r.options, shouldRetry: r.shouldRetry },
      ),
    );
    assert.equal(error.summary.attempts, 2);
    assert.equal(error.summary.text, '2 attempts (500, 422, waiting 1 s); 422 is not transient, so no further attempt');
  });

  it('honours a server-requested wait instead of the backoff', async () => {
    const r = recorder();
    await retry(
      async (attempt) => {
        if (attempt === 1) throw new Failure('429', true, 5000);
        if (attempt === 2) throw new Failure('503', true, 0);
        return 1;
      },
      { ...r.options, shouldRetry: r.shouldRetry },
    );
    assert.deepEqual(r.sleeps, [5000, 0]);
    assert.equal(r.lines[0], 'attempt 2 of 3 after 429, waiting 5 s as the server asked');
  });

  it('fails at once when the server asks to wait longer than maxRetryAfterMs', async () => {
    const r = recorder();
    let calls = 0;
    const error = await giveUp(
      retry(
        async () => {
          calls++;
          throw new Failure('429', true, 90_000);
        },
        { ...r.options, shouldRetry: r.shouldRetry },
      ),
    );
    assert.equal(calls, 1);
    assert.deepEqual(r.sleeps, []);
    assert.equal(error.summary.reason, 'wait-too-long');
    assert.equal(error.summary.requestedWaitMs, 90_000);
    assert.match(error.message, /the server asked to wait 90 s before trying again, longer than the 60 s this run will wait/);
  });

  it('throws what onGiveUp builds', async () => {
    const r = recorder();
    class DomainError extends Error {}
    const error = await retry(
      async () => {
        throw new Failure('500');
      },
      {
        ...r.options,
        shouldRetry: r.shouldRetry,
        attempts: 2,
        onGiveUp: (e, summary) => new DomainError(`upload failed: ${(e as Error).message}; ${summary.text}`),
      },
    ).catch((e: unknown) => e);
    assert.ok(error instanceof DomainError);
    assert.equal(error.message, 'upload failed: failed with 500; gave up after 2 attempts (500, 500, waiting 1 s)');
  });

  it('rejects a policy without attempts', async () => {
    await assert.rejects(retry(async () => 1, { shouldRetry: () => true, attempts: 0 }), RangeError);
  });
});

describe('backoffDelayMs and formatWait', () => {
  it('doubles from the initial delay and caps', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, SUITE_RETRY_POLICY)),
      [1000, 2000, 4000, 8000, 8000, 8000],
    );
  });

  it('writes waits as a person reads them', () => {
    assert.equal(formatWait(250), '250 ms');
    assert.equal(formatWait(1000), '1 s');
    assert.equal(formatWait(1500), '1.5 s');
    assert.equal(formatWait(60_000), '60 s');
    assert.equal(formatWait(3_600_000), '3600 s (60 min)');
    assert.equal(formatWait(36_000_000), '36000 s (10 h)');
  });
});
