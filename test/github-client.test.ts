import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { HttpError } from '../lib/errors';
import { GitHubApiError } from '../lib/github/api-error';
import { createGitHubClient, githubApiUrl, type GitHubClient } from '../lib/github/client';
import { explainGitHubError } from '../lib/github/explain-error';
import { startGitHubApi, type GitHubApi } from './support/github-api';

/**
 * The suite's GitHub client, through the real Octokit of @actions/github, against a stand-in
 * that checks every request against GitHub's OpenAPI description. Only the faults GitHub cannot
 * be asked for on demand (502, 429, rate limits) are scripted; sleeps and the clock are injected
 * so the retry waits are asserted, not waited for.
 */

const OWNER = 'acme';
const REPO = 'widgets';
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const NOW = Date.parse('2026-03-02T10:00:00Z');

interface Harness {
  api: GitHubApi;
  client: GitHubClient;
  sleeps: number[];
  lines: string[];
}

async function harness(baseUrl?: string): Promise<Harness> {
  const api = await startGitHubApi();
  const sleeps: number[] = [];
  const lines: string[] = [];
  const client = createGitHubClient({
    token: 't0k3n',
    baseUrl: baseUrl ?? api.url,
    log: createConsoleLogger({ write: (line) => lines.push(line), verbose: true }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => NOW,
  });
  return { api, client, sleeps, lines };
}

function createStatus(client: GitHubClient, state = 'success') {
  return client.rest.repos.createCommitStatus({
    owner: OWNER,
    repo: REPO,
    sha: SHA,
    state: state as 'success',
    context: 'assay/report',
    description: 'Assay report published',
    target_url: 'https://example.com/report',
  });
}

async function rejection(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GitHubApiError, `expected a GitHubApiError, got ${String(error)}`);
    assert.ok(error instanceof HttpError);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('createGitHubClient against the OpenAPI-validating stand-in', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(async () => {
    await h.api.close();
  });

  it('sends a valid commit status that the description accepts', async () => {
    const response = await createStatus(h.client);
    assert.equal(response.status, 201);
    assert.equal(response.data.state, 'success'); // the spec's example answer
    assert.deepEqual(h.api.violations, []);
    assert.equal(h.api.requests.length, 1);
    const [request] = h.api.requests;
    assert.equal(request!.operationId, 'repos/create-commit-status');
    assert.equal(request!.route, '/repos/{owner}/{repo}/statuses/{sha}');
    assert.deepEqual(request!.params, { owner: OWNER, repo: REPO, sha: SHA });
    assert.deepEqual(request!.body, {
      state: 'success',
      context: 'assay/report',
      description: 'Assay report published',
      target_url: 'https://example.com/report',
    });
    assert.equal(request!.headers.authorization, 'token t0k3n');
    assert.match(String(request!.headers['user-agent']), /^assay /);
    assert.deepEqual(h.sleeps, []);
  });

  it('a body that breaks the schema is caught by the stand-in and not retried', async () => {
    const error = await rejection(createStatus(h.client, 'bogus'));
    assert.equal(error.status, 400);
    assert.match(error.message, /POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\}/);
    assert.match(error.message, /state must be one of "error", "failure", "pending", "success"/);
    assert.match(error.message, /not retried: 400 is not a transient failure/);
    assert.equal(h.api.requests.length, 1);
    assert.equal(h.api.violations.length, 1);
    assert.equal(h.api.violations[0]!.operationId, 'repos/create-commit-status');
    assert.deepEqual(h.api.violations[0]!.problems, ['body at /state must be one of "error", "failure", "pending", "success"']);
    assert.deepEqual(h.sleeps, []);
  });

  it('429 with Retry-After: 1 then success: one retry after 1000 ms', async () => {
    h.api.respond('repos/create-commit-status', [
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit.' } },
    ]);
    const response = await createStatus(h.client);
    assert.equal(response.status, 201);
    assert.equal(h.api.requests.length, 2);
    assert.deepEqual(h.sleeps, [1000]);
    assert.ok(
      h.lines.some((l) => l.includes('attempt 2 of 3 after 429, waiting 1 s as the server asked')),
      h.lines.join('\n'),
    );
    assert.deepEqual(h.api.violations, []);
  });

  it('502 three times: 3 attempts, waits of 1 s and 2 s, then an HttpError naming the status', async () => {
    h.api.respond('repos.createCommitStatus', [
      { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } },
      { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } },
      { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } },
    ]);
    const error = await rejection(createStatus(h.client));
    assert.equal(error.status, 502);
    assert.equal(error.attempts, 3);
    assert.equal(h.api.requests.length, 3);
    assert.deepEqual(h.sleeps, [1000, 2000]);
    assert.match(error.message, /^GitHub API POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\} \(http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/widgets\/statuses\/6dcb/);
    assert.match(error.message, /answered 502 Bad Gateway: 502 Bad Gateway;/);
    assert.match(error.message, /gave up after 3 attempts \(502, 502, 502, waiting 1 s then 2 s\)/);
    assert.deepEqual(
      h.lines.filter((l) => l.includes('attempt')),
      [
        'GitHub API POST /repos/{owner}/{repo}/statuses/{sha}: attempt 2 of 3 after 502, waiting 1 s',
        'GitHub API POST /repos/{owner}/{repo}/statuses/{sha}: attempt 3 of 3 after 502, waiting 2 s',
      ],
    );
  });

  it('500 then success', async () => {
    h.api.respond('repos/create-commit-status', [{ status: 500 }]);
    const response = await createStatus(h.client);
    assert.equal(response.status, 201);
    assert.equal(h.api.requests.length, 2);
    assert.deepEqual(h.sleeps, [1000]);
  });

  it('422 is final: no retry, and GitHub\'s message is in the error', async () => {
    h.api.respond('repos/create-commit-status', [
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Status', code: 'custom', message: 'This SHA and context has reached the maximum number of statuses.' }],
          documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
        },
      },
    ]);
    const error = await rejection(createStatus(h.client));
    assert.equal(error.status, 422);
    assert.equal(h.api.requests.length, 1);
    assert.deepEqual(h.sleeps, []);
    assert.equal(error.githubMessage, 'Validation Failed');
    assert.match(error.message, /answered 422 Unprocessable Entity: Validation Failed \(This SHA and context has reached the maximum number of statuses\.\)/);
    assert.equal(error.documentationUrl, 'https://docs.github.com/rest/commits/statuses#create-a-commit-status');
  });

  it('403 with x-ratelimit-remaining: 0 waits until x-ratelimit-reset (2 s ahead), then retries', async () => {
    h.api.respond('repos/create-commit-status', [
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': String(NOW / 1000 + 2) },
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      },
    ]);
    const response = await createStatus(h.client);
    assert.equal(response.status, 201);
    assert.equal(h.api.requests.length, 2);
    assert.deepEqual(h.sleeps, [2000]);
    assert.ok(h.lines.some((l) => l.includes('after 403 (rate limit), waiting 2 s')), h.lines.join('\n'));
  });

  it('403 permission refusal is final and explained', async () => {
    h.api.respond('repos/create-commit-status', [
      {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'statuses=write' },
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
      },
    ]);
    const error = await rejection(createStatus(h.client));
    assert.equal(error.status, 403);
    assert.equal(h.api.requests.length, 1);
    assert.deepEqual(h.sleeps, []);
    const explanation = explainGitHubError(error);
    assert.match(explanation ?? '', /Add `statuses: write` under `permissions:`/);
    assert.match(explanation ?? '', /fork always gets a read-only token/);
  });

  it('Retry-After longer than the cap fails at once, saying how long GitHub asked for', async () => {
    h.api.respond('repos/create-commit-status', [
      { status: 429, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } },
    ]);
    const error = await rejection(createStatus(h.client));
    assert.equal(error.status, 429);
    assert.equal(h.api.requests.length, 1);
    assert.deepEqual(h.sleeps, []);
    assert.match(error.message, /the server asked to wait 3600 s \(60 min\) before trying again, longer than the 60 s this run will wait/);
  });

  it('a dropped connection is retried', async () => {
    h.api.respond('repos/create-commit-status', [{ fault: 'reset' }]);
    const response = await createStatus(h.client);
    assert.equal(response.status, 201);
    assert.equal(h.api.requests.length, 2);
    assert.deepEqual(h.sleeps, [1000]);
  });

  it('paginated GETs go through the policy, with query parameters validated', async () => {
    h.api.respond('repos/list-commit-statuses-for-ref', [{ status: 503 }]);
    const statuses = await h.client.paginate(h.client.rest.repos.listCommitStatusesForRef, {
      owner: OWNER,
      repo: REPO,
      ref: 'heads/main',
      per_page: 100,
    });
    assert.ok(statuses.length > 0);
    assert.deepEqual(h.sleeps, [1000]);
    assert.deepEqual(h.api.violations, []);
    const last = h.api.requests.at(-1)!;
    assert.deepEqual(last.params, { owner: OWNER, repo: REPO, ref: 'heads/main' });
    assert.deepEqual(last.query, { per_page: '100' });
  });

  it('a query parameter the operation does not take is a violation', async () => {
    const error = await rejection(
      h.client.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner: OWNER, repo: REPO, ref: SHA, perpage: 5 }),
    );
    assert.equal(error.status, 400);
    assert.match(error.message, /unknown query parameter "perpage"/);
    assert.equal(h.api.violations.length, 1);
  });
});

describe('createGitHubClient when GitHub cannot be reached', () => {
  it('retries a refused connection, then says it could not reach GitHub', async () => {
    // A port that was just free: nothing listens there, so the connection is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const sleeps: number[] = [];
    const lines: string[] = [];
    const client = createGitHubClient({
      token: 't0k3n',
      baseUrl: `http://127.0.0.1:${port}`,
      log: createConsoleLogger({ write: (line) => lines.push(line) }),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    const error = await rejection(createStatus(client));
    assert.equal(error.status, undefined);
    assert.equal(error.attempts, 3);
    assert.deepEqual(sleeps, [1000, 2000]);
    assert.match(error.message, /could not reach GitHub \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/);
    assert.match(error.message, /gave up after 3 attempts \(ECONNREFUSED, ECONNREFUSED, ECONNREFUSED, waiting 1 s then 2 s\)/);
    assert.ok(lines.some((l) => l.endsWith('attempt 2 of 3 after ECONNREFUSED, waiting 1 s')), lines.join('\n'));
  });
});

describe('githubApiUrl', () => {
  it('uses GITHUB_API_URL (GitHub Enterprise) and falls back to api.github.com', () => {
    assert.equal(githubApiUrl({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }), 'https://ghe.example.com/api/v3');
    assert.equal(githubApiUrl({ GITHUB_API_URL: '' }), 'https://api.github.com');
    assert.equal(githubApiUrl({}), 'https://api.github.com');
  });

  it('is where the client goes when no baseUrl is given', async () => {
    const api = await startGitHubApi();
    const saved = process.env.GITHUB_API_URL;
    try {
      process.env.GITHUB_API_URL = api.url;
      const client = createGitHubClient({ token: 't0k3n', log: createConsoleLogger({ write: () => {} }) });
      const response = await createStatus(client);
      assert.equal(response.status, 201);
      assert.equal(api.requests.length, 1);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
      await api.close();
    }
  });
});
