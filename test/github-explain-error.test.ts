import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../lib/errors';
import { GitHubApiError, type GitHubApiErrorInit } from '../lib/github/api-error';
import { acceptedPermissions, explainGitHubError, explainedGitHubError } from '../lib/github/explain-error';

function apiError(init: Partial<GitHubApiErrorInit>): GitHubApiError {
  return new GitHubApiError({
    method: 'POST',
    route: '/repos/{owner}/{repo}/code-scanning/sarifs',
    url: 'https://api.github.com/repos/acme/widgets/code-scanning/sarifs',
    tried: 'not retried',
    attempts: 1,
    ...init,
  });
}

describe('explainGitHubError', () => {
  it('turns "Resource not accessible by integration" into the permissions: line to add', () => {
    const error = apiError({ status: 403, githubMessage: 'Resource not accessible by integration' });
    const text = explainGitHubError(error, { permission: 'security-events: write' });
    assert.equal(
      text,
      'The token is not allowed to do this ("Resource not accessible by integration"). ' +
        'Add `security-events: write` under `permissions:` in the workflow (or in the job that runs this step). ' +
        'A pull request from a fork always gets a read-only token, whatever `permissions:` says, ' +
        'so skip this step for fork pull requests (`if: github.event.pull_request.head.repo.fork != true`).',
    );
  });

  it('names the permission GitHub asked for when the caller did not', () => {
    const error = apiError({
      status: 403,
      githubMessage: 'Resource not accessible by integration',
      headers: { 'x-accepted-github-permissions': 'pull_requests=write; issues=write' },
    });
    assert.match(explainGitHubError(error) ?? '', /Add `pull-requests: write` under `permissions:`/);
  });

  it('speaks of the personal access token when that is what was refused', () => {
    const error = apiError({ status: 403, githubMessage: 'Resource not accessible by personal access token' });
    assert.equal(
      explainGitHubError(error, { permission: 'security-events: write' }),
      'The token is not allowed to do this ("Resource not accessible by personal access token"). ' +
        'Give the personal access token the `security-events: write` permission on acme/widgets.',
    );
  });

  it('404 on a repository: the token cannot see it', () => {
    const error = apiError({ status: 404, githubMessage: 'Not Found' });
    const text = explainGitHubError(error) ?? '';
    assert.match(text, /^GitHub answered 404 for acme\/widgets: the repository \(or what the request named in it\) does not exist, or this token cannot see the repository/);
    assert.match(text, /GITHUB_TOKEN reaches only the repository the workflow runs in/);
  });

  it('works on GitHub Enterprise URLs and on Octokit errors by shape', () => {
    const octokitError = Object.assign(new Error('Not Found'), {
      status: 404,
      request: { url: 'https://ghe.example.com/api/v3/repos/team/tool/statuses/abc' },
      response: { headers: {}, data: { message: 'Not Found' } },
    });
    assert.match(explainGitHubError(octokitError) ?? '', /^GitHub answered 404 for team\/tool:/);
  });

  it('explains a used-up rate limit with its reset time', () => {
    const error = apiError({
      status: 403,
      githubMessage: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1772445600' },
    });
    assert.match(explainGitHubError(error) ?? '', /rate limit for this token is used up.*It resets at 2026-03-02T10:00:00\.000Z/);
  });

  it('401: the token itself is bad', () => {
    assert.match(explainGitHubError(apiError({ status: 401, githubMessage: 'Bad credentials' })) ?? '', /did not accept the token \("Bad credentials"\)/);
  });

  it('says nothing when GitHub\'s message is already the whole story', () => {
    assert.equal(explainGitHubError(apiError({ status: 422, githubMessage: 'Validation Failed' })), undefined);
    assert.equal(
      explainGitHubError(apiError({ status: 403, githubMessage: 'Advanced Security must be enabled for this repository to use code scanning.' })),
      undefined,
    );
    assert.equal(explainGitHubError(apiError({ status: 404, url: 'https://api.github.com/user' })), undefined);
    assert.equal(explainGitHubError(new Error('boom')), undefined);
    assert.equal(explainGitHubError('boom'), undefined);
  });
});

describe('explainedGitHubError', () => {
  it('makes a permission refusal a ConfigurationError that keeps GitHub\'s answer', () => {
    const error = apiError({ status: 403, githubMessage: 'Resource not accessible by integration' });
    const explained = explainedGitHubError(error, { permission: 'statuses: write' });
    assert.ok(explained instanceof ConfigurationError);
    assert.equal(explained.cause, error);
    assert.ok(explained.message.startsWith(error.message));
    assert.match(explained.message, /Add `statuses: write`/);
  });

  it('passes through what it cannot explain', () => {
    const error = apiError({ status: 500, githubMessage: 'Server Error' });
    assert.equal(explainedGitHubError(error), error);
  });
});

describe('acceptedPermissions', () => {
  it('reads GitHub\'s header as workflow permissions', () => {
    assert.equal(acceptedPermissions({ 'x-accepted-github-permissions': 'contents=read' }), 'contents: read');
    assert.equal(
      acceptedPermissions({ 'x-accepted-github-permissions': 'contents=read; security_events=write,actions=read' }),
      'security-events: write, actions: read',
    );
    assert.equal(acceptedPermissions({}), undefined);
  });
});
