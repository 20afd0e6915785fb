import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import * as zlib from 'node:zlib';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { GitHubApiError } from '../lib/github/api-error';
import { createGitHubClient, type GitHubClient } from '../lib/github/client';
import { statusCheckWaits, uploadRefFor, uploadSarif, type UploadSarifOptions } from '../lib/github/code-scanning';
import { buildToolRun } from '../lib/sarif/build-run';
import { createLog } from '../lib/sarif/log';
import type { SarifLog } from '../lib/sarif/types';
import { eventContext } from './support/event-payloads';
import { startGitHubApi, type GitHubApi } from './support/github-api';

/**
 * Upload to code scanning against the OpenAPI-validating stand-in for api.github.com: every
 * request must match GitHub's description of POST …/code-scanning/sarifs and GET …/sarifs/{id}.
 * The retry policy's sleeps and the processing waits are injected and recorded.
 */

const OWNER = 'acme';
const REPO = 'widgets';
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const SARIF_ID = '47177e22-5596-11eb-80a1-c1e54ef945c6';

interface Harness {
  api: GitHubApi;
  client: GitHubClient;
  /** Waits of the client's retry policy. */
  retrySleeps: number[];
  /** Waits between processing-status checks. */
  statusSleeps: number[];
  lines: string[];
}

async function harness(): Promise<Harness> {
  const api = await startGitHubApi();
  const retrySleeps: number[] = [];
  const statusSleeps: number[] = [];
  const lines: string[] = [];
  const client = createGitHubClient({
    token: 't0k3n',
    baseUrl: api.url,
    log: createConsoleLogger({ write: (line) => lines.push(line), verbose: true }),
    sleep: async (ms) => void retrySleeps.push(ms),
  });
  return { api, client, retrySleeps, statusSleeps, lines };
}

function sampleLog(category = 'assay-security/sast'): SarifLog {
  return createLog([
    buildToolRun({
      tool: { name: 'Bandit', version: '1.6.2' },
      root: '/home/runner/work/widgets/widgets',
      category,
      rules: [{ id: 'B602', description: 'subprocess call with shell=True', properties: { 'security-severity': '8.1' } }],
      findings: [{ ruleId: 'B602', level: 'error', message: 'subprocess call with shell=True identified', file: 'app/run.py', line: 12 }],
    }),
  ]);
}

function options(h: Harness, extra: Partial<UploadSarifOptions> = {}): UploadSarifOptions {
  return {
    client: h.client,
    owner: OWNER,
    repo: REPO,
    sarif: sampleLog(),
    commitSha: SHA,
    ref: 'refs/pull/42/merge',
    checkoutUri: '/home/runner/work/widgets/widgets',
    startedAt: new Date('2026-03-02T10:00:00.123Z'),
    toolName: 'Assay',
    wait: { timeoutMs: 10 * 60_000, sleep: async (ms) => void h.statusSleeps.push(ms) },
    log: createConsoleLogger({ write: (line) => h.lines.push(line), verbose: true }),
    ...extra,
  };
}

const accepted = { status: 202, body: { id: SARIF_ID, url: `https://api.github.com/repos/${OWNER}/${REPO}/code-scanning/sarifs/${SARIF_ID}` } };
const status = (processing_status: string, extra: Record<string, unknown> = {}) => ({ status: 200, body: { processing_status, ...extra } });

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ConfigurationError, `expected a ConfigurationError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the upload to fail');
}

describe('uploadSarif against the OpenAPI-validating stand-in', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(async () => {
    await h.api.close();
  });

  test('202, then pending → complete: the request matches the description and carries the log gzipped and base64-encoded', async () => {
    h.api.respond('code-scanning/upload-sarif', [accepted]);
    h.api.respond('code-scanning/get-sarif', [status('pending'), status('pending'), status('complete', { analyses_url: `https://api.github.com/repos/${OWNER}/${REPO}/code-scanning/analyses?sarif_id=${SARIF_ID}` })]);
    const log = sampleLog();
    const result = await uploadSarif(options(h, { sarif: log }));

    assert.deepEqual(h.api.violations, []);
    assert.equal(result.sarifId, SARIF_ID);
    assert.equal(result.processingStatus, 'complete');
    assert.deepEqual(result.errors, []);
    assert.match(result.analysesUrl ?? '', /analyses\?sarif_id=/);
    assert.deepEqual(h.statusSleeps, [5000, 10_000, 20_000], 'checks at 5, 15 and 35 s');
    assert.deepEqual(h.retrySleeps, []);

    const [upload] = h.api.requestsFor('code-scanning/upload-sarif');
    const body = upload!.body as Record<string, string>;
    assert.deepEqual(upload!.params, { owner: OWNER, repo: REPO });
    assert.equal(body.commit_sha, SHA);
    assert.equal(body.ref, 'refs/pull/42/merge');
    assert.equal(body.checkout_uri, 'file:///home/runner/work/widgets/widgets/');
    assert.equal(body.started_at, '2026-03-02T10:00:00Z');
    assert.equal(body.tool_name, 'Assay');
    const sent = zlib.gunzipSync(Buffer.from(body.sarif!, 'base64'));
    assert.deepEqual(JSON.parse(sent.toString('utf8')), log);
    assert.equal(result.gzippedBytes, Buffer.from(body.sarif!, 'base64').length);
    const polls = h.api.requestsFor('code-scanning/get-sarif');
    assert.equal(polls.length, 3);
    assert.deepEqual(polls[0]!.params, { owner: OWNER, repo: REPO, sarif_id: SARIF_ID });
  });

  test('429 with Retry-After, then 202: the suite policy waits as asked and the upload goes through', async () => {
    h.api.respond('code-scanning/upload-sarif', [{ status: 429, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit.' } }, accepted]);
    h.api.respond('code-scanning/get-sarif', [status('complete')]);
    const result = await uploadSarif(options(h));
    assert.equal(result.processingStatus, 'complete');
    assert.deepEqual(h.retrySleeps, [3000]);
    assert.equal(h.api.requestsFor('code-scanning/upload-sarif').length, 2);
    assert.deepEqual(h.api.violations, []);
  });

  test('a burst of 5xx: 3 attempts with waits of 1 s and 2 s, then an error that says what was tried', async () => {
    h.api.respond('code-scanning/upload-sarif', [{ status: 502 }, { status: 503 }, { status: 500 }]);
    await assert.rejects(uploadSarif(options(h)), (error: unknown) => {
      assert.ok(error instanceof GitHubApiError, String(error));
      assert.equal(error.status, 500);
      assert.equal(error.attempts, 3);
      assert.match(error.message, /POST \/repos\/\{owner\}\/\{repo\}\/code-scanning\/sarifs/);
      assert.match(error.message, /gave up after 3 attempts \(502, 503, 500, waiting 1 s then 2 s\)/);
      return true;
    });
    assert.deepEqual(h.retrySleeps, [1000, 2000]);
    assert.equal(h.api.requestsFor('code-scanning/get-sarif').length, 0);
  });

  test('403 "Resource not accessible by integration" (fork pull request, or no security-events: write) is explained, not retried', async () => {
    h.api.respond('code-scanning/upload-sarif', [
      {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'security_events=write' },
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data' },
      },
    ]);
    const error = await configurationError(uploadSarif(options(h)));
    assert.match(error.message, /^Could not upload the SARIF to acme\/widgets: GitHub API POST/);
    assert.match(error.message, /Resource not accessible by integration/);
    assert.match(error.message, /Add `security-events: write` under `permissions:`/);
    assert.match(error.message, /pull request from a fork always gets a read-only token/);
    assert.ok(!/\n\s+at /.test(error.message), 'no stack trace in the message');
    assert.equal(h.api.requestsFor('code-scanning/upload-sarif').length, 1);
    assert.deepEqual(h.retrySleeps, []);
  });

  test('403 because code scanning is not enabled is explained as that, not as a permission', async () => {
    h.api.respond('code-scanning/upload-sarif', [{ status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } }]);
    const error = await configurationError(uploadSarif(options(h)));
    assert.match(error.message, /Code scanning is not available for this repository/);
    assert.ok(!/security-events: write/.test(error.message));
  });

  test('413 from GitHub is explained as the size limit', async () => {
    h.api.respond('code-scanning/upload-sarif', [{ status: 413, body: { message: 'Payload Too Large' } }]);
    const error = await configurationError(uploadSarif(options(h)));
    assert.match(error.message, /too large: it must be at most 10 MB gzipped/);
    assert.match(error.message, /assay sarif merge/);
  });

  test('processing failed: the status and GitHub\'s errors are reported', async () => {
    h.api.respond('code-scanning/upload-sarif', [accepted]);
    h.api.respond('code-scanning/get-sarif', [status('pending'), status('failed', { errors: ['locationFromSarifResult: expected artifact location', 'run[0]: too many results'] })]);
    const result = await uploadSarif(options(h));
    assert.equal(result.processingStatus, 'failed');
    assert.deepEqual(result.errors, ['locationFromSarifResult: expected artifact location', 'run[0]: too many results']);
    assert.ok(h.lines.some((l) => l.includes('could not process the SARIF') && l.includes('too many results')), h.lines.join('\n'));
  });

  test('still pending at the time limit: reported as pending after checks at 5, 15, 35, 75 and 155 s', async () => {
    h.api.respond('code-scanning/upload-sarif', [accepted]);
    h.api.respond('code-scanning/get-sarif', Array.from({ length: 10 }, () => status('pending')));
    const result = await uploadSarif(options(h, { wait: { timeoutMs: 200_000, sleep: async (ms) => void h.statusSleeps.push(ms) } }));
    assert.equal(result.processingStatus, 'pending');
    assert.deepEqual(h.statusSleeps, [5000, 10_000, 20_000, 40_000, 80_000]);
    assert.ok(h.lines.some((l) => l.includes('had not finished processing')));
  });

  test('refused before anything is sent: two runs of one tool and category, or over 10 MB gzipped', async () => {
    const two = sampleLog();
    two.runs.push(structuredClone(two.runs[0]!));
    const duplicate = await configurationError(uploadSarif(options(h, { sarif: two })));
    assert.match(duplicate.message, /two runs of "Bandit" in category "assay-security\/sast" \(runs\[0\] and runs\[1\]\)/);

    const big = sampleLog();
    // Random text hardly compresses: 16,000 messages of 1 KB are over 10 MB gzipped.
    big.runs[0]!.results = Array.from({ length: 16_000 }, (_, i) => ({ ruleId: 'B602', message: { text: `${i} ${randomBytes(800).toString('base64')}` } }));
    const large = await configurationError(uploadSarif(options(h, { sarif: big })));
    assert.match(large.message, /MB gzipped; GitHub code scanning takes at most 10 MB/);
    assert.equal(h.api.requests.length, 0);
  });

  test('a category fills runs that have none, as upload-sarif\'s input does', async () => {
    h.api.respond('code-scanning/upload-sarif', [accepted]);
    const log = sampleLog();
    delete log.runs[0]!.automationDetails;
    await uploadSarif(options(h, { sarif: JSON.stringify(log), category: '/language:python', wait: false }));
    const body = h.api.requestsFor('code-scanning/upload-sarif')[0]!.body as { sarif: string };
    const sent = JSON.parse(zlib.gunzipSync(Buffer.from(body.sarif, 'base64')).toString()) as SarifLog;
    assert.equal(sent.runs[0]!.automationDetails?.id, '/language:python/');
  });
});

describe('uploadRefFor', () => {
  test('pull request: refs/pull/N/merge with the merge commit, or refs/pull/N/head when the head was checked out', () => {
    const { env, payload } = eventContext('pull_request');
    const pr = payload.pull_request as { number: number; head: { sha: string } };
    const withName = { ...env, GITHUB_EVENT_NAME: 'pull_request' };
    assert.deepEqual(
      { ...uploadRefFor(withName, payload), reason: undefined },
      { ref: `refs/pull/${pr.number}/merge`, commitSha: env.GITHUB_SHA, reason: undefined },
    );
    const head = uploadRefFor(withName, payload, pr.head.sha);
    assert.equal(head.ref, `refs/pull/${pr.number}/head`);
    assert.equal(head.commitSha, pr.head.sha);
  });

  test('push: GITHUB_REF and GITHUB_SHA; a ref code scanning does not take is a configuration error', () => {
    const { env, payload } = eventContext('push');
    const ref = uploadRefFor({ ...env, GITHUB_EVENT_NAME: 'push' }, payload);
    assert.equal(ref.ref, env.GITHUB_REF);
    assert.equal(ref.commitSha, env.GITHUB_SHA);
    assert.throws(() => uploadRefFor({ GITHUB_EVENT_NAME: 'push', GITHUB_SHA: SHA, GITHUB_REF: 'refs/remotes/origin/x' }, {}), ConfigurationError);
    assert.throws(() => uploadRefFor({ GITHUB_EVENT_NAME: 'push' }, {}), /GITHUB_REF and GITHUB_SHA must be set/);
  });

  test('status checks are spaced as codeql-action spaces them', () => {
    const waits: number[] = [];
    for (const w of statusCheckWaits()) {
      waits.push(w);
      if (waits.length === 7) break;
    }
    const at = waits.reduce<number[]>((acc, w) => [...acc, (acc.at(-1) ?? 0) + w], []);
    assert.deepEqual(at.slice(0, 5), [5000, 15_000, 35_000, 75_000, 155_000]);
    assert.deepEqual(waits.slice(5), [80_000, 80_000]);
  });
});
