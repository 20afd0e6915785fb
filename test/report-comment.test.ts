import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  COMMENT_LIMIT_CHARS,
  REPORT_COMMENT_MARKER,
  commentBody,
  upsertPullRequestComment,
} from '../actions/generate-report/publish/pr-comment';
import { commentOnPullRequest, pullRequestNumber } from '../actions/generate-report/publish/pull-request';
import { artifactUrl, fullReportMarkdown } from '../actions/generate-report/publish/links';
import { createConsoleLogger, type Logger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { SUITE_RETRY_POLICY } from '../lib/retry';
import { createGitHubClient, type GitHubClient } from '../lib/github/client';
import { eventContext } from './support/event-payloads';
import { startGitHubApi, type GitHubApi } from './support/github-api';

/**
 * The sticky PR comment against the OpenAPI-validating stand-in of api.github.com: every request
 * is held to GitHub's description of GET/POST …/issues/{n}/comments and PATCH
 * …/issues/comments/{id}. The stand-in answers what each test scripts, so a "second run" sees the
 * comment the first one created.
 */

const OWNER = 'acme';
const REPO = 'widgets';
const PR = 42;
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const HUMAN = { login: 'octocat', id: 1, type: 'User' };

let api: GitHubApi;
let client: GitHubClient;
let lines: string[];
let log: Logger;

before(async () => {
  api = await startGitHubApi();
});
after(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.violations.length = 0;
  lines = [];
  log = createConsoleLogger({ write: (line) => lines.push(line), verbose: true });
  client = createGitHubClient({ token: 't0k3n', baseUrl: api.url, log, sleep: async () => {} });
});

/** An issue comment as GitHub returns it (the fields Octokit's types and our code read). */
function comment(id: number, body: string, user: { login: string; id: number; type: string } = BOT) {
  return {
    id,
    node_id: `IC_${id}`,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/comments/${id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`,
    issue_url: `https://api.github.com/repos/${OWNER}/${REPO}/issues/${PR}`,
    body,
    user: { ...user, node_id: 'MDQ6VXNlcjE=', avatar_url: '', url: '', html_url: '', site_admin: false },
    created_at: '2026-03-02T10:00:00Z',
    updated_at: '2026-03-02T10:00:00Z',
    author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function report(run: number): string {
  return `# Assay report\n\nRun ${run}: grade B+\n\n| Severity | Count |\n|---|---|\n| critical | 0 |\n| high | ${run} |\n`;
}

function mutating() {
  return api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

describe('upsertPullRequestComment', () => {
  test('first run creates the comment; the second edits that same comment in place', async () => {
    // Run 1: no comment yet.
    api.respond('issues/list-comments', [{ status: 200, body: [comment(7, 'LGTM', HUMAN)] }]);
    api.respond('issues/create-comment', [{ status: 201, body: comment(9001, `${REPORT_COMMENT_MARKER}\n${report(1)}`) }]);
    const first = await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: report(1), log });
    assert.deepEqual(first, { commentId: 9001, url: `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-9001`, action: 'created' });

    const posted = api.requestsFor('issues/create-comment');
    assert.equal(posted.length, 1);
    const postedBody = (posted[0]!.body as { body: string }).body;
    assert.equal(postedBody, `${REPORT_COMMENT_MARKER}\n${report(1)}`, 'the marker is the first line, then the report unchanged');

    // Run 2: GitHub now lists what run 1 posted.
    api.respond('issues/list-comments', [{ status: 200, body: [comment(7, 'LGTM', HUMAN), comment(9001, postedBody)] }]);
    api.respond('issues/update-comment', [{ status: 200, body: comment(9001, `${REPORT_COMMENT_MARKER}\n${report(2)}`) }]);
    const second = await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: report(2), log });
    assert.deepEqual(second, { commentId: 9001, url: first.url, action: 'updated' });

    assert.deepEqual(mutating(), [
      `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`,
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/9001`,
    ]);
    const patched = api.requestsFor('issues/update-comment')[0]!;
    assert.equal(patched.params.comment_id, String(first.commentId), 'the PATCH goes to the id the POST returned');
    assert.equal((patched.body as { body: string }).body, `${REPORT_COMMENT_MARKER}\n${report(2)}`);
    for (const list of api.requestsFor('issues/list-comments')) assert.equal(list.query.per_page, '100');
    assert.deepEqual(api.violations, []);
  });

  test('finds the comment on a later page (Link header) and stops paging there', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => comment(100 + i, `comment ${i}`, i % 2 ? HUMAN : BOT));
    const next = `${api.url}/repos/${OWNER}/${REPO}/issues/${PR}/comments?per_page=100&page=2`;
    const last = `${api.url}/repos/${OWNER}/${REPO}/issues/${PR}/comments?per_page=100&page=3`;
    api.respond('issues/list-comments', [
      { status: 200, headers: { link: `<${next}>; rel="next", <${last}>; rel="last"` }, body: page1 },
      {
        status: 200,
        headers: { link: `<${last}>; rel="next", <${last}>; rel="last"` },
        body: [comment(555, `${REPORT_COMMENT_MARKER}\nold report`), comment(556, `${REPORT_COMMENT_MARKER}\nduplicate from a racing run`)],
      },
    ]);
    api.respond('issues/update-comment', [{ status: 200, body: comment(555, 'x') }]);
    const result = await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: report(3), log });
    assert.equal(result.action, 'updated');
    assert.equal(result.commentId, 555, 'the oldest qualifying comment');
    const lists = api.requestsFor('issues/list-comments');
    assert.equal(lists.length, 2, 'page 3 is never fetched once the comment is found');
    assert.equal(lists[1]!.query.page, '2');
    assert.deepEqual(mutating(), [`PATCH /repos/${OWNER}/${REPO}/issues/comments/555`]);
    assert.deepEqual(api.violations, []);
  });

  test("a person's comment that quotes the marker is never overwritten", async () => {
    api.respond('issues/list-comments', [{ status: 200, body: [comment(31, `${REPORT_COMMENT_MARKER}\nI copied the bot's comment`, HUMAN)] }]);
    api.respond('issues/create-comment', [{ status: 201, body: comment(32, 'x') }]);
    const result = await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: report(1), log });
    assert.equal(result.action, 'created');
    assert.deepEqual(mutating(), [`POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`]);
    assert.ok(lines.some((l) => /Comment 31 .* written by octocat \(User\), not a bot: left alone/.test(l)), lines.join('\n'));
  });

  test('a comment by the named author (a personal access token\'s account) counts as ours', async () => {
    api.respond('issues/list-comments', [{ status: 200, body: [comment(77, `${REPORT_COMMENT_MARKER}\nold`, { login: 'assay-bot-user', id: 5, type: 'User' })] }]);
    api.respond('issues/update-comment', [{ status: 200, body: comment(77, 'x') }]);
    const result = await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: report(1), log, author: 'Assay-Bot-User' });
    assert.equal(result.action, 'updated');
    assert.equal(result.commentId, 77);
  });

  test('a comment that merely mentions the marker later in its text is not ours', async () => {
    api.respond('issues/list-comments', [{ status: 200, body: [comment(88, `Why does the report start with ${REPORT_COMMENT_MARKER}?`)] }]);
    api.respond('issues/create-comment', [{ status: 201, body: comment(89, 'x') }]);
    assert.equal((await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: 'r', log })).action, 'created');
  });

  test('a body of 70,000 characters is cut at a line boundary to ≤ 65,536 with a note and the link', async () => {
    const row = (i: number) => `| finding ${String(i).padStart(5, '0')} | ${'x'.repeat(80)} |`;
    const rows = Array.from({ length: 650 }, (_, i) => row(i));
    let big = `# Assay report\n\n| Finding | Detail |\n|---|---|\n${rows.join('\n')}\n`;
    big = big + 'y'.repeat(70_000 - big.length);
    assert.equal(big.length, 70_000);
    const link = fullReportMarkdown(
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_RUN_ID: '123' },
      { name: 'assay-report', id: 456 },
    );
    api.respond('issues/list-comments', [{ status: 200, body: [] }]);
    api.respond('issues/create-comment', [{ status: 201, body: comment(1, 'x') }]);
    await upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: big, log, fullReport: link });

    const sent = (api.requestsFor('issues/create-comment')[0]!.body as { body: string }).body;
    assert.ok(sent.length <= COMMENT_LIMIT_CHARS, `sent ${sent.length} characters`);
    assert.ok(sent.length > 60_000, 'most of the report is kept');
    assert.ok(sent.startsWith(`${REPORT_COMMENT_MARKER}\n# Assay report\n`));
    const [kept, note] = sent.split('\n\n> [!NOTE]\n');
    assert.ok(note, 'the note follows a blank line, outside the table');
    assert.match(note!, /^> This comment was cut after line \d+ of \d+ of the report to stay under GitHub's limit of 65,536 characters for a comment\./);
    assert.ok(note!.includes('[`assay-report` artifact](https://github.com/acme/widgets/actions/runs/123/artifacts/456)'), note);
    const keptLines = kept!.split('\n').slice(1);
    const original = big.split('\n');
    keptLines.forEach((line, i) => assert.equal(line, original[i], `line ${i + 1} is kept whole`));
    assert.ok(lines.some((l) => l.startsWith('warning: The report\'s Markdown (70000 characters) is longer than a PR comment may be')));
    assert.deepEqual(api.violations, []);
  });

  test('the marker must be one hidden HTML comment', async () => {
    await assert.rejects(
      upsertPullRequestComment({ client, owner: OWNER, repo: REPO, issueNumber: PR, body: 'r', log, marker: 'assay-report' }),
      ConfigurationError,
    );
    assert.equal(api.requests.length, 0);
  });
});

describe('commentBody', () => {
  test('a short report is sent as is, after the marker', () => {
    assert.equal(commentBody('hello\n', REPORT_COMMENT_MARKER, undefined), `${REPORT_COMMENT_MARKER}\nhello\n`);
  });

  test('a cut inside a code block or <details> closes them before the note', () => {
    const body = `<details><summary>All findings</summary>\n\n\`\`\`text\n${'line of tool output\n'.repeat(5000)}\`\`\`\n</details>\n`;
    const text = commentBody(body, REPORT_COMMENT_MARKER, 'the artifact');
    assert.ok(text.length <= COMMENT_LIMIT_CHARS);
    assert.match(text, /line of tool output\n```\n<\/details>\n\n> \[!NOTE\]\n> This comment was cut/);
  });

  test('one line longer than the limit is cut inside, and never splits a character', () => {
    const text = commentBody('😀'.repeat(40_000), REPORT_COMMENT_MARKER, 'the artifact');
    assert.ok(text.length <= COMMENT_LIMIT_CHARS);
    assert.doesNotMatch(text, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, 'no lone surrogate');
  });
});

describe('commentOnPullRequest', () => {
  test('on a pull_request event the number comes from the payload', async () => {
    const event = eventContext('pull_request');
    const number = (event.payload.pull_request as { number: number }).number;
    assert.equal(pullRequestNumber(event.payload), number);
    api.respond('issues/list-comments', [{ status: 200, body: [] }]);
    api.respond('issues/create-comment', [{ status: 201, body: comment(5, 'x') }]);
    const outcome = await commentOnPullRequest({ client, owner: OWNER, repo: REPO, body: report(1), log, event: { name: event.name, payload: event.payload } });
    assert.equal(outcome.action, 'created');
    assert.deepEqual(mutating(), [`POST /repos/${OWNER}/${REPO}/issues/${number}/comments`]);
    assert.deepEqual(api.violations, []);
  });

  test('on a push there is no pull request: no request at all, and the log says why', async () => {
    const event = eventContext('push');
    const outcome = await commentOnPullRequest({ client, owner: OWNER, repo: REPO, body: report(1), log, event: { name: 'push', payload: event.payload } });
    assert.equal(outcome.action, 'skipped');
    assert.equal(api.requests.length, 0);
    assert.ok(lines.includes('No PR comment: this run was started by a push event, which has no pull request to comment on.'), lines.join('\n'));
  });

  test('an issue comment on a pull request counts; one on an issue does not', () => {
    assert.equal(pullRequestNumber({ issue: { number: 12, pull_request: { url: 'https://api.github.com/repos/a/b/pulls/12' } } }), 12);
    assert.equal(pullRequestNumber({ issue: { number: 13 } }), undefined);
    assert.equal(pullRequestNumber({}), undefined);
    assert.equal(pullRequestNumber(null), undefined);
  });

  test('a fork pull request\'s read-only token (403) is a warning that says why, not a failure', async () => {
    const event = eventContext('pull_request');
    const pr = event.payload.pull_request as { head: { repo: { full_name: string; fork: boolean } } };
    pr.head.repo.full_name = 'someone/widgets';
    pr.head.repo.fork = true;
    api.respond('issues/list-comments', [{ status: 200, body: [] }]);
    api.respond('issues/create-comment', [
      {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' },
      },
    ]);
    const outcome = await commentOnPullRequest({ client, owner: OWNER, repo: REPO, body: report(1), log, event: { name: event.name, payload: event.payload } });
    assert.equal(outcome.action, 'skipped');
    const warning = lines.find((l) => l.startsWith('warning: '));
    assert.ok(warning, lines.join('\n'));
    const text = lines.slice(lines.indexOf(warning!)).join('\n');
    assert.match(text, /GitHub refused the report comment on #\d+: .*403/);
    assert.match(text, /This pull request comes from the fork someone\/widgets, and GitHub gives workflows of fork pull requests a read-only token\./);
    assert.match(text, /Add `pull-requests: write` under `permissions:`/);
    assert.match(text, /The report itself is complete; only the PR comment is missing\./);
    assert.equal(api.requestsFor('issues/create-comment').length, 1, 'a refusal is not retried');
    assert.deepEqual(api.violations, []);
  });

  test('a server error that outlasts the retries is thrown', async () => {
    const event = eventContext('pull_request');
    api.respond('issues/list-comments', Array.from({ length: SUITE_RETRY_POLICY.attempts }, () => ({ status: 502 })));
    await assert.rejects(
      commentOnPullRequest({ client, owner: OWNER, repo: REPO, body: 'r', log, event: { name: event.name, payload: event.payload } }),
      /502/,
    );
    assert.equal(api.requestsFor('issues/list-comments').length, SUITE_RETRY_POLICY.attempts, 'the suite policy retried it');
    assert.equal(mutating().length, 0);
  });
});

describe('links', () => {
  test('the artifact page of this run, on github.com or a GHES host', () => {
    assert.equal(
      artifactUrl({ GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '9' }, 3),
      'https://ghe.example.com/a/b/actions/runs/9/artifacts/3',
    );
    assert.equal(artifactUrl({}, 3), undefined);
    assert.equal(fullReportMarkdown({}, { name: 'assay-report', id: undefined }), 'the `assay-report` artifact of this workflow run');
  });
});
