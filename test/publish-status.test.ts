import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { GitHubApiError } from '../lib/github/api-error';
import { createGitHubClient, type GitHubClient } from '../lib/github/client';
import { SUITE_RETRY_POLICY } from '../lib/retry';
import type { ReportSummary } from '../actions/publish-portal/model';
import {
  commitStateFor,
  setCommitStatus,
  statusDescription,
  STATUS_DESCRIPTION_LIMIT,
} from '../actions/publish-portal/status/commit-status';
import { startGitHubApi, type GitHubApi } from './support/github-api';

/**
 * The commit status of a publish, against the OpenAPI-validating stand-in for api.github.com:
 * every request must match GitHub's description of POST /repos/{owner}/{repo}/statuses/{sha}.
 */

const OWNER = 'acme';
const REPO = 'widgets';
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const OPERATION = 'repos/create-commit-status';

let api: GitHubApi;
let client: GitHubClient;
let lines: string[];
let sleeps: number[];
const log = createConsoleLogger({ write: (line) => lines.push(line), verbose: true });

before(async () => {
  api = await startGitHubApi();
  client = createGitHubClient({ token: 't0k3n', baseUrl: api.url, log, sleep: async (ms) => void sleeps.push(ms) });
});
after(() => api.close());
beforeEach(() => {
  lines = [];
  sleeps = [];
  api.requests.length = 0;
  api.violations.length = 0;
});

function summary(extra: Partial<ReportSummary> = {}): ReportSummary {
  return {
    title: 'Widgets audit',
    grade: 'B+',
    score: 87,
    counts: { critical: 2, high: 3, medium: 1, low: 0, note: 0 },
    total: 6,
    worst: 'critical',
    generatedAt: '2026-03-02T10:00:00Z',
    kind: 'review',
    ...extra,
  };
}

describe('setCommitStatus against the OpenAPI-validating stand-in', () => {
  test('the request matches the description: state, context, description and the report link', async () => {
    const result = await setCommitStatus({
      client,
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      state: 'success',
      targetUrl: 'https://acme.github.io/widgets/acme/widgets/main/123/report.html',
      summary: summary(),
      log,
    });
    assert.deepEqual(api.violations, []);
    const [request, ...more] = api.requestsFor(OPERATION);
    assert.equal(more.length, 0);
    assert.deepEqual(request!.params, { owner: OWNER, repo: REPO, sha: SHA });
    assert.deepEqual(request!.body, {
      state: 'success',
      context: 'assay/report',
      description: 'Grade B+ (87) · 2 critical, 3 high, 1 medium',
      target_url: 'https://acme.github.io/widgets/acme/widgets/main/123/report.html',
    });
    assert.equal(result.outcome, 'set');
    assert.equal(result.state, 'success');
    assert.equal(result.context, 'assay/report');
    assert.equal(result.outcome === 'set' && typeof result.id, 'number', 'the id from GitHub\'s answer');
    assert.ok(lines.some((l) => l.includes('Commit status "assay/report"') && l.includes('success')), lines.join('\n'));
  });

  test('a custom context, a failure state, no grade and a link that is not http(s) (left out)', async () => {
    await setCommitStatus({
      client,
      owner: OWNER,
      repo: REPO,
      sha: SHA,
      state: 'failure',
      targetUrl: 's3://bucket/key/report.html',
      summary: summary({ grade: '?', score: undefined, counts: { critical: 0, high: 0, medium: 0, low: 0, note: 0 }, total: 0, worst: undefined }),
      note: 'github-pages, s3 failed',
      context: 'assay/portal',
      log,
    });
    assert.deepEqual(api.violations, []);
    const body = api.requestsFor(OPERATION)[0]!.body as Record<string, unknown>;
    assert.equal(body.state, 'failure');
    assert.equal(body.context, 'assay/portal');
    assert.equal(body.description, 'github-pages, s3 failed · no findings');
    assert.ok(!('target_url' in body));
  });

  test('the description stays within GitHub\'s 140 characters with every severity, huge counts and a long note', async () => {
    const big = 123_456_789_012;
    const crowded = summary({
      grade: 'C-',
      counts: { critical: big, high: big, medium: big, low: big, note: big },
      total: big * 5,
    });
    const note = 'github-pages, s3 and webhook could not publish the report because every one of them refused the upload';
    const result = await setCommitStatus({ client, owner: OWNER, repo: REPO, sha: SHA, state: 'error', summary: crowded, note, log });
    assert.deepEqual(api.violations, []);
    const description = (api.requestsFor(OPERATION)[0]!.body as { description: string }).description;
    assert.equal(description, result.description);
    assert.ok(Array.from(description).length <= STATUS_DESCRIPTION_LIMIT, `${Array.from(description).length} characters: ${description}`);
    assert.ok(description.length <= STATUS_DESCRIPTION_LIMIT, 'no surrogate pairs either');
    assert.ok(description.endsWith('…'), description);
    assert.ok(description.startsWith('github-pages, s3 and webhook'), description);

    // Without the note it all fits: five severities, each named.
    const full = statusDescription(crowded);
    assert.equal(full, `Grade C- (87) · ${big} critical, ${big} high, ${big} medium, ${big} low, ${big} notes`);
    assert.ok(Array.from(full).length <= STATUS_DESCRIPTION_LIMIT);

    // A cut never splits a character made of two UTF-16 units.
    const emoji = statusDescription(summary(), '🚀'.repeat(200));
    assert.ok(Array.from(emoji).length <= STATUS_DESCRIPTION_LIMIT);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji), 'no lone high surrogate');
  });

  test('403 "Resource not accessible by integration" is explained (statuses: write, fork pull requests) and not thrown', async () => {
    api.respond(OPERATION, [
      {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'statuses=write' },
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status', status: '403' },
      },
    ]);
    const result = await setCommitStatus({ client, owner: OWNER, repo: REPO, sha: SHA, state: 'success', summary: summary(), log });
    assert.equal(result.outcome, 'refused');
    assert.ok(result.outcome === 'refused');
    assert.equal(result.status, 403);
    assert.match(result.message, /GitHub refused the commit status on acme\/widgets@6dcb09b5b578: GitHub API POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\}.* answered 403 Forbidden: Resource not accessible by integration/);
    assert.match(result.message, /Add `statuses: write` under `permissions:`/);
    assert.match(result.message, /pull request from a fork always gets a read-only token/);
    assert.match(result.message, /The report itself is published; only the commit status is missing\./);
    assert.equal(api.requestsFor(OPERATION).length, 1, 'a refusal is not retried');
    assert.deepEqual(sleeps, []);
    assert.deepEqual(api.violations, []);
    assert.ok(!lines.some((l) => l.startsWith('warning:') || l.startsWith('error:')), 'the caller decides how to log it');
  });

  test('404 (the token cannot see the repository) is explained too, naming statuses: write', async () => {
    api.respond(OPERATION, [{ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }]);
    const result = await setCommitStatus({ client, owner: OWNER, repo: REPO, sha: SHA, state: 'success', summary: summary(), log });
    assert.ok(result.outcome === 'refused');
    assert.equal(result.status, 404);
    assert.match(result.message, /GitHub answered 404 for acme\/widgets/);
    assert.match(result.message, /statuses: write/);
    assert.match(result.message, /fork/);
  });

  test('422 "No commit found for SHA" says the commit is not in the repository', async () => {
    api.respond(OPERATION, [{ status: 422, body: { message: `No commit found for SHA: ${SHA}`, documentation_url: 'https://docs.github.com/rest' } }]);
    const result = await setCommitStatus({ client, owner: OWNER, repo: REPO, sha: SHA, state: 'success', summary: summary(), log });
    assert.ok(result.outcome === 'refused');
    assert.match(result.message, /is not in acme\/widgets/);
  });

  test('GitHub failing past the suite\'s retries is thrown, not passed off as a refusal', async () => {
    api.respond(OPERATION, Array.from({ length: SUITE_RETRY_POLICY.attempts }, () => ({ status: 502 })));
    await assert.rejects(
      setCommitStatus({ client, owner: OWNER, repo: REPO, sha: SHA, state: 'success', summary: summary(), log }),
      (error: unknown) => error instanceof GitHubApiError && error.status === 502,
    );
    assert.equal(api.requestsFor(OPERATION).length, SUITE_RETRY_POLICY.attempts);
  });
});

describe('commitStateFor', () => {
  const location = { destination: 's3' as const, url: 'https://x/report.html', changed: true };
  test('success when published anywhere, failure when every destination failed', () => {
    assert.equal(commitStateFor({ published: [location], failed: [] }), 'success');
    assert.equal(commitStateFor({ published: [location], failed: [{ destination: 'webhook', error: 'x' }] }), 'success');
    assert.equal(commitStateFor({ published: [], failed: [{ destination: 'webhook', error: 'x' }] }), 'failure');
  });
});
