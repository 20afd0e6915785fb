import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { createGitHubClient, type GitHubClient } from '../lib/github/client';
import { startGitHubApi, type GitHubApi } from './support/github-api';
import { convertSchema } from './support/openapi-request-validator';

/**
 * The stand-in itself: it must refuse what GitHub's description refuses (or the client tests
 * prove nothing) and accept what it allows. Malformed requests Octokit would never send are
 * made with fetch.
 */

describe('startGitHubApi', () => {
  let api: GitHubApi;
  let client: GitHubClient;
  before(async () => {
    api = await startGitHubApi();
    client = createGitHubClient({ token: 't0k3n', baseUrl: api.url, log: createConsoleLogger({ write: () => {} }) });
  });
  after(async () => {
    await api.close();
  });

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers 404 with what was wrong for a path the API does not have', async () => {
    const count = api.violations.length;
    const response = await fetch(`${api.url}/repos/acme/widgets/no-such-thing`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('x-assay-violations') ?? '', /no operation in the OpenAPI description has this path/);
    const body = (await response.json()) as { message: string; errors: string[] };
    assert.match(body.message, /^Not Found/);
    assert.equal(api.violations.length, count + 1);
  });

  it('answers 404 for a method the path does not take, naming the ones it does', async () => {
    const response = await fetch(`${api.url}/repos/acme/widgets/statuses/abc`, { method: 'PUT' });
    assert.equal(response.status, 404);
    assert.match(response.headers.get('x-assay-violations') ?? '', /has no PUT here, only POST/);
  });

  it('refuses a missing body, invalid JSON, a wrong content type and unknown fields', async () => {
    const cases: [Promise<Response>, RegExp][] = [
      [fetch(`${api.url}/repos/acme/widgets/statuses/abc`, { method: 'POST' }), /missing required request body/],
      [post('/repos/acme/widgets/statuses/abc', '{"state":'), /not valid JSON/],
      [post('/repos/acme/widgets/statuses/abc', 'state=success', 'application/x-www-form-urlencoded'), /content-type "application\/x-www-form-urlencoded" is not accepted/],
      [post('/repos/acme/widgets/statuses/abc', '{"state":"success","target":"x"}'), /body has unknown property "target"/],
      [post('/repos/acme/widgets/statuses/abc', '{"context":"x"}'), /body is missing required property "state"/],
      [post('/repos/acme/widgets/statuses/abc', '{"state":"success","description":null}'), /^$/],
    ];
    for (const [request, expected] of cases) {
      const response = await request;
      const violations = response.headers.get('x-assay-violations') ?? '';
      assert.match(violations, expected, `${response.status} ${violations}`);
      assert.equal(response.status, expected.source === '^$' ? 201 : 400);
      await response.arrayBuffer();
    }
  });

  it('checks query parameters against their types after coercion', async () => {
    const bad = await fetch(`${api.url}/repos/acme/widgets/pulls?per_page=lots&state=merged`);
    assert.equal(bad.status, 400);
    const violations = bad.headers.get('x-assay-violations') ?? '';
    assert.match(violations, /query parameter "per_page" must be integer/);
    assert.match(violations, /query parameter "state" must be one of "open", "closed", "all"/);
    const good = await fetch(`${api.url}/repos/acme/widgets/pulls?per_page=5&state=closed`);
    assert.equal(good.status, 200);
    assert.ok(Array.isArray(await good.json()));
  });

  it('records valid requests with their operation, decoded path parameters and query', async () => {
    api.requests.length = 0;
    await client.rest.git.getRef({ owner: 'acme', repo: 'widgets', ref: 'heads/feature/x' });
    const [request] = api.requests;
    assert.equal(request!.operationId, 'git/get-ref');
    assert.deepEqual(request!.params, { owner: 'acme', repo: 'widgets', ref: 'heads/feature/x' });
    assert.deepEqual(request!.violations, []);
    assert.equal(request!.status, 200);
  });

  it('picks the literal route over a parameter: /pulls/comments is not pull number "comments"', async () => {
    api.requests.length = 0;
    await client.rest.pulls.listReviewCommentsForRepo({ owner: 'acme', repo: 'widgets' });
    assert.equal(api.requests[0]!.operationId, 'pulls/list-review-comments-for-repo');
  });

  it('answers with the spec example, or with what was scripted, in order', async () => {
    api.respond('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', [
      { status: 201, body: { id: 42, body: 'scripted' }, headers: { location: 'https://example.com/c/42' } },
    ]);
    const first = await client.rest.issues.createComment({ owner: 'acme', repo: 'widgets', issue_number: 7, body: 'hello' });
    assert.equal(first.data.id, 42);
    assert.equal(first.headers.location, 'https://example.com/c/42');
    const second = await client.rest.issues.createComment({ owner: 'acme', repo: 'widgets', issue_number: 7, body: 'again' });
    assert.equal(second.status, 201);
    assert.equal(second.data.body, 'Me too'); // the example in GitHub's description
    assert.deepEqual(
      api.requestsFor('issues.createComment').map((r) => r.body),
      [{ body: 'hello' }, { body: 'again' }],
    );
  });

  it('answers 204 operations without a body', async () => {
    const response = await client.rest.issues.deleteComment({ owner: 'acme', repo: 'widgets', comment_id: 1 });
    assert.equal(response.status, 204);
  });

  it('refuses to script an operation that does not exist', () => {
    assert.throws(() => api.respond('repos/create-comit-status', [{ status: 500 }]), /no operation "repos\/create-comit-status"/);
  });
});

describe('startGitHubApi with another description', () => {
  it('takes a parsed spec (GHES, or a trimmed one)', async () => {
    const api = await startGitHubApi({
      spec: {
        openapi: '3.0.3',
        paths: {
          '/meta': { get: { operationId: 'meta/get', responses: { '200': { content: { 'application/json': { example: { ok: true } } } } } } },
        },
      },
    });
    try {
      const response = await fetch(`${api.url}/meta`);
      assert.deepEqual(await response.json(), { ok: true });
      assert.equal((await fetch(`${api.url}/zen`)).status, 404);
    } finally {
      await api.close();
    }
  });
});

describe('convertSchema (OpenAPI 3.0 → JSON Schema)', () => {
  it('turns nullable into a null type, also beside enum and $ref', () => {
    assert.deepEqual(convertSchema({ type: 'string', nullable: true, example: 'x' }), { type: ['string', 'null'] });
    assert.deepEqual(convertSchema({ type: 'string', enum: ['a'], nullable: true }), { type: ['string', 'null'], enum: ['a', null] });
    assert.deepEqual(convertSchema({ allOf: [{ $ref: '#/components/schemas/user' }], nullable: true }), {
      anyOf: [{ allOf: [{ $ref: 'https://assay.invalid/openapi.json#/components/schemas/user' }] }, { type: 'null' }],
    });
  });

  it('drops discriminator and turns boolean exclusiveMinimum into a number', () => {
    assert.deepEqual(convertSchema({ oneOf: [], discriminator: { propertyName: 'type' } }), { oneOf: [] });
    assert.deepEqual(convertSchema({ type: 'number', minimum: 0, exclusiveMinimum: true }), { type: 'number', exclusiveMinimum: 0 });
  });

  it('keeps property names that look like keywords', () => {
    assert.deepEqual(convertSchema({ type: 'object', properties: { nullable: { type: 'boolean' }, example: { type: 'string' } } }), {
      type: 'object',
      properties: { nullable: { type: 'boolean' }, example: { type: 'string' } },
    });
  });
});
