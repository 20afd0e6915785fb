import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { withGitConfigEnv } from '../lib/git/http-auth';
import { readBundle } from '../actions/publish-portal/bundle/read-bundle';
import { reportPath } from '../actions/publish-portal/bundle/report-path';
import type { PublishContext, PublishTarget, ReportBundle } from '../actions/publish-portal/model';
import { pagesBaseUrl, parseReports, publishToPages, renderIndexPage, type PagesOptions } from '../actions/publish-portal/pages';

const execFileAsync = promisify(execFile);
let scratch: string;
let counter = 0;

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-publish-pages-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A bare repository that, like GitHub, serves partial (blobless) fetches unless `filters` is false. */
async function bareRepo(filters = true): Promise<string> {
  const dir = path.join(scratch, `remote-${++counter}.git`);
  await execFileAsync('git', ['init', '-q', '--bare', dir]);
  if (filters) await execFileAsync('git', ['--git-dir', dir, 'config', 'uploadpack.allowFilter', 'true']);
  return dir;
}

/** A pre-receive hook that refuses every push with the given message, as a server would. */
async function refusePushes(repo: string, message: string): Promise<void> {
  const hook = path.join(repo, 'hooks', 'pre-receive');
  await writeFile(hook, `#!/bin/sh\necho ${JSON.stringify(message)} >&2\nexit 1\n`, { mode: 0o755 });
}

/** Runs git against the bare repository (no shell); `buffer` for file bytes. */
async function git(repo: string, args: string[]): Promise<string> {
  return (await execFileAsync('git', ['--git-dir', repo, ...args], { maxBuffer: 256 * 1024 * 1024 })).stdout;
}
async function blobBytes(repo: string, spec: string): Promise<Buffer> {
  return (await execFileAsync('git', ['--git-dir', repo, 'cat-file', 'blob', spec], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 })).stdout;
}
async function commitCount(repo: string, branch = 'gh-pages'): Promise<number> {
  return Number((await git(repo, ['rev-list', '--count', branch])).trim());
}
async function tree(repo: string, branch = 'gh-pages'): Promise<string[]> {
  return (await git(repo, ['ls-tree', '-r', '--name-only', branch])).split('\n').filter(Boolean);
}

interface BundleSpec {
  title?: string;
  grade?: string;
  counts?: Partial<Record<'critical' | 'high' | 'medium' | 'low' | 'note', number>>;
  /** Extra files: relative path → content. */
  files?: Record<string, string | Buffer>;
  withHtml?: boolean;
}

async function makeBundle(spec: BundleSpec = {}): Promise<ReportBundle> {
  const dir = path.join(scratch, `bundle-${++counter}`);
  await mkdir(path.join(dir, 'charts'), { recursive: true });
  const report = {
    meta: { title: spec.title ?? 'Widgets audit', kind: 'review', generatedAt: '2025-03-01T10:00:00Z' },
    grade: { letter: spec.grade ?? 'B', score: 81 },
    metrics: { findings: { bySeverity: { critical: 0, high: 1, medium: 2, low: 3, note: 4, ...spec.counts } } },
  };
  await writeFile(path.join(dir, 'report.json'), JSON.stringify(report));
  if (spec.withHtml !== false) await writeFile(path.join(dir, 'report.html'), `<!DOCTYPE html><title>r</title><p>${counter}</p>\r\n`);
  await writeFile(path.join(dir, 'report.md'), `# Report\r\nline with CRLF\r\n`);
  await writeFile(path.join(dir, 'charts', 'sort.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(dir, 'report.pdf'), randomBytes(4096));
  for (const [name, content] of Object.entries(spec.files ?? {})) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return readBundle(dir);
}

function target(bundle: ReportBundle, over: Partial<PublishTarget> = {}): PublishTarget {
  const base = { repository: 'acme/widgets', sha: 'a'.repeat(40), ref: 'refs/heads/main', runId: '101', runUrl: 'https://github.com/acme/widgets/actions/runs/101', ...over };
  return { ...base, reportPath: over.reportPath ?? reportPath({ repository: base.repository, ref: base.ref, runId: base.runId, reportId: bundle.reportId }) };
}

/** A context whose clock moves a minute per call to now(), so publishes are ordered. */
function context(start = Date.UTC(2025, 2, 1, 12, 0)): PublishContext & { lines: string[]; secrets: string[]; sleeps: number[] } {
  let t = start;
  const lines: string[] = [];
  const secrets: string[] = [];
  const sleeps: number[] = [];
  return {
    log: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }),
    now: () => new Date((t += 60_000)),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    setSecret: (s) => secrets.push(s),
    lines,
    secrets,
    sleeps,
  };
}

function options(repository: string, over: Partial<PagesOptions> = {}): PagesOptions {
  return { repository, branch: 'gh-pages', maxReports: 10, workDir: path.join(scratch, 'work'), ...over };
}

async function reportsJson(repo: string) {
  return parseReports(await git(repo, ['show', 'gh-pages:reports.json']), 'reports.json').document;
}

describe('publishing to a Pages branch', () => {
  test('the first publish creates the branch: .nojekyll, the files byte for byte, the index listing the report', async () => {
    const repo = await bareRepo();
    const bundle = await makeBundle();
    const t = target(bundle);
    const ctx = context();
    const published = await publishToPages(bundle, t, options(repo), ctx);

    assert.equal(published.destination, 'github-pages');
    assert.equal(published.changed, true);
    const base = pathToFileURL(repo).href;
    assert.equal(published.url, `${base}/reports/acme/widgets/main/101/report.html`);
    assert.equal(published.links?.index, `${base}/index.html`);
    assert.equal(published.links?.commit, (await git(repo, ['rev-parse', 'gh-pages'])).trim());
    assert.equal(await commitCount(repo), 1);

    const files = await tree(repo);
    assert.ok(files.includes('.nojekyll'));
    assert.equal((await blobBytes(repo, 'gh-pages:.nojekyll')).length, 0);
    for (const f of bundle.files) {
      const bytes = await blobBytes(repo, `gh-pages:reports/${t.reportPath}/${f.path}`);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), f.sha256, `${f.path} is byte-identical (CRLF kept)`);
    }
    assert.deepEqual(
      files.filter((f) => f.startsWith('reports/')).sort(),
      bundle.files.map((f) => `reports/${t.reportPath}/${f.path}`).sort(),
    );

    const doc = await reportsJson(repo);
    assert.equal(doc.reports.length, 1);
    assert.deepEqual(
      { ...doc.reports[0], publishedAt: undefined },
      {
        reportPath: 'acme/widgets/main/101',
        reportId: bundle.reportId,
        entry: 'report.html',
        title: 'Widgets audit',
        repository: 'acme/widgets',
        ref: 'refs/heads/main',
        sha: 'a'.repeat(40),
        runId: '101',
        runUrl: 'https://github.com/acme/widgets/actions/runs/101',
        grade: 'B',
        score: 81,
        counts: { critical: 0, high: 1, medium: 2, low: 3, note: 4 },
        total: 10,
        generatedAt: '2025-03-01T10:00:00Z',
        publishedAt: undefined,
        files: bundle.files.length,
        bytes: bundle.totalBytes,
      },
    );
    const index = await git(repo, ['show', 'gh-pages:index.html']);
    assert.match(index, /<a href="reports\/acme\/widgets\/main\/101\/report\.html">Widgets audit<\/a>/);
    assert.match(index, /<td class="grade">B<\/td>/);
    assert.match(index, /refs\/heads\/main/);
    assert.match(index, /<a href="https:\/\/github.com\/acme\/widgets\/actions\/runs\/101"[^>]*>101<\/a>/);
    assert.match(index, /2025-03-01 12:0\d UTC/);
    const author = (await git(repo, ['log', '-1', '--format=%an <%ae>|%s', 'gh-pages'])).trim();
    assert.equal(author, 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|Publish report acme/widgets/main/101');
    assert.deepEqual(await readdir(path.join(scratch, 'work')), [], 'the scratch clone is removed');
  });

  test('publishing the same bundle again makes no commit and says changed: false', async () => {
    const repo = await bareRepo();
    const bundle = await makeBundle();
    const ctx = context();
    const first = await publishToPages(bundle, target(bundle), options(repo), ctx);
    const again = await publishToPages(bundle, target(bundle), options(repo), ctx);
    assert.equal(again.changed, false);
    assert.equal(again.url, first.url);
    assert.equal(again.links?.commit, first.links?.commit);
    assert.equal(await commitCount(repo), 1);
    assert.ok(ctx.lines.some((l) => /already holds this report/.test(l)));
  });

  test('another run adds an entry, newest first; a re-publish of a run with other bytes replaces its entry', async () => {
    const repo = await bareRepo();
    const ctx = context();
    const one = await makeBundle({ title: 'Run one' });
    const two = await makeBundle({ title: 'Run two', grade: 'A' });
    await publishToPages(one, target(one, { runId: '1' }), options(repo), ctx);
    await publishToPages(two, target(two, { runId: '2' }), options(repo), ctx);
    let doc = await reportsJson(repo);
    assert.deepEqual(doc.reports.map((r) => r.title), ['Run two', 'Run one']);
    const index = await git(repo, ['show', 'gh-pages:index.html']);
    assert.ok(index.indexOf('Run two') < index.indexOf('Run one'), 'newest first on the page too');

    // Run 1 re-published with different bytes: one entry for its path, now the newest.
    const oneAgain = await makeBundle({ title: 'Run one, again' });
    const result = await publishToPages(oneAgain, target(oneAgain, { runId: '1' }), options(repo), ctx);
    assert.equal(result.changed, true);
    doc = await reportsJson(repo);
    assert.deepEqual(doc.reports.map((r) => `${r.reportPath} ${r.title}`), ['acme/widgets/main/1 Run one, again', 'acme/widgets/main/2 Run two']);
    assert.equal(await commitCount(repo), 3);
    // The replaced folder holds exactly the new bundle (no file of the old one left behind).
    const folder = (await tree(repo)).filter((f) => f.startsWith('reports/acme/widgets/main/1/'));
    assert.deepEqual(folder.sort(), oneAgain.files.map((f) => `reports/acme/widgets/main/1/${f.path}`).sort());
  });

  test('bounded history: with max-reports 2, a third run removes the oldest folder and entry', async () => {
    const repo = await bareRepo();
    const ctx = context();
    for (const run of ['1', '2', '3']) {
      const b = await makeBundle({ title: `Run ${run}` });
      await publishToPages(b, target(b, { runId: run }), options(repo, { maxReports: 2 }), ctx);
    }
    const doc = await reportsJson(repo);
    assert.deepEqual(doc.reports.map((r) => r.runId), ['3', '2']);
    const folders = new Set((await tree(repo)).filter((f) => f.startsWith('reports/')).map((f) => f.split('/').slice(0, 5).join('/')));
    assert.deepEqual([...folders].sort(), ['reports/acme/widgets/main/2', 'reports/acme/widgets/main/3']);
    assert.match(await git(repo, ['log', '-1', '--format=%B', 'gh-pages']), /Removed \(over max-reports\):\n {2}acme\/widgets\/main\/1/);
    assert.doesNotMatch(await git(repo, ['show', 'gh-pages:index.html']), /Run 1/);
  });

  test('a push rejected because another run pushed in between is rebuilt on the new tip; both reports are kept', async () => {
    const repo = await bareRepo();
    const ctx = context();
    const mine = await makeBundle({ title: 'Mine' });
    const theirs = await makeBundle({ title: 'Theirs' });
    const attempts: number[] = [];
    const result = await publishToPages(
      mine,
      target(mine, { runId: '7' }),
      options(repo, {
        beforePush: async (attempt) => {
          attempts.push(attempt);
          // Another workflow run publishes between our fetch and our push.
          if (attempt === 1) await publishToPages(theirs, target(theirs, { runId: '8' }), options(repo), context(Date.UTC(2025, 2, 1, 11, 0)));
        },
      }),
      ctx,
    );
    assert.deepEqual(attempts, [1, 2]);
    assert.equal(result.changed, true);
    assert.equal(ctx.sleeps.length, 1, 'one wait before the second attempt');
    assert.ok(ctx.lines.some((l) => /attempt 2 of 5 after a rejected push/.test(l)), ctx.lines.join('\n'));
    const doc = await reportsJson(repo);
    assert.deepEqual(doc.reports.map((r) => r.title), ['Mine', 'Theirs']);
    const folders = new Set((await tree(repo)).filter((f) => f.startsWith('reports/')).map((f) => f.split('/')[4]));
    assert.deepEqual([...folders].sort(), ['7', '8']);
    assert.equal(await commitCount(repo), 2, 'a linear history: theirs, then mine on top');
    assert.equal(result.links?.commit, (await git(repo, ['rev-parse', 'gh-pages'])).trim());
  });

  test('three publishes at once (Promise.all): every report lands, also from a server without partial fetches', async () => {
    const repo = await bareRepo(false);
    const bundles = await Promise.all(['a', 'b', 'c'].map((x) => makeBundle({ title: `Parallel ${x}` })));
    const results = await Promise.all(
      bundles.map((b, i) =>
        publishToPages(b, target(b, { runId: `p${i}` }), options(repo, { attempts: 10 }), { ...context(), sleep: (ms) => new Promise((r) => setTimeout(r, ms / 20)) }),
      ),
    );
    assert.ok(results.every((r) => r.changed));
    const doc = await reportsJson(repo);
    assert.deepEqual(doc.reports.map((r) => r.runId).sort(), ['p0', 'p1', 'p2']);
    const folders = new Set((await tree(repo)).filter((f) => f.startsWith('reports/')).map((f) => f.split('/')[4]));
    assert.deepEqual([...folders].sort(), ['p0', 'p1', 'p2']);
  });

  test('a push rejected more often than allowed fails with advice', async () => {
    const repo = await bareRepo();
    const mine = await makeBundle();
    let n = 0;
    await assert.rejects(
      publishToPages(
        mine,
        target(mine, { runId: 'busy' }),
        options(repo, {
          attempts: 2,
          beforePush: async () => {
            const other = await makeBundle({ title: `other ${n}` });
            await publishToPages(other, target(other, { runId: `other-${n++}` }), options(repo), context());
          },
        }),
        context(),
      ),
      /rejected 2 times.*concurrency/s,
    );
  });

  test('titles, refs and run ids are escaped in the index; a javascript: run URL is not linked', async () => {
    const repo = await bareRepo();
    const evilTitle = '<script>alert("t")</script> & <img src=x onerror=alert(1)>';
    const evilRef = 'refs/heads/"><svg onload=alert(2)>';
    const bundle = await makeBundle({ title: evilTitle });
    const t = target(bundle, { ref: evilRef, runId: `9'"><b>`, runUrl: 'javascript:alert(3)', repository: 'acme/<i>widgets</i>' });
    await publishToPages(bundle, t, options(repo), context());
    const index = await git(repo, ['show', 'gh-pages:index.html']);
    for (const raw of ['<script', '<img', '<svg', '<b>', '<i>', 'javascript:', 'onerror=alert(1)>']) assert.ok(!index.includes(raw), `no raw ${raw}`);
    assert.ok(index.includes('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(index.includes('refs/heads/&quot;&gt;&lt;svg onload=alert(2)&gt;'));
    assert.ok(index.includes('9&#39;&quot;&gt;&lt;b&gt;'));
    assert.match(index, /Content-Security-Policy" content="default-src 'none'/);
    // The report path itself was slugged: the link is a plain relative path.
    assert.match(index, /href="reports\/acme\/i-widgets\/i\/svg-onload-alert-2\/9-b\/report\.html"/);
    // The stored list keeps the text as it was (it is data, escaped only where it is shown).
    assert.equal((await reportsJson(repo)).reports[0]!.title, evilTitle);
  });

  test('a bundle without report.html links its folder', async () => {
    const repo = await bareRepo();
    const bundle = await makeBundle({ withHtml: false });
    // A relative path is the caller's, not the scratch clone's.
    const relative = path.relative(process.cwd(), repo);
    const published = await publishToPages(bundle, target(bundle), options(relative, { pagesBaseUrl: 'https://pages.example/site/' }), context());
    assert.equal(published.url, 'https://pages.example/site/reports/acme/widgets/main/101/');
    assert.equal(published.links?.index, 'https://pages.example/site/index.html');
    assert.match(await git(repo, ['show', 'gh-pages:index.html']), /href="reports\/acme\/widgets\/main\/101\/"/);
  });

  test('a branch that already serves a site of its own is not overwritten', async () => {
    const repo = await bareRepo();
    const site = path.join(scratch, `site-${++counter}`);
    await mkdir(site);
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' };
    await execFileAsync('git', ['init', '-q', '-b', 'gh-pages', site]);
    await writeFile(path.join(site, 'index.html'), '<h1>Docs</h1>');
    await execFileAsync('git', ['-C', site, 'add', '.'], { env });
    await execFileAsync('git', ['-C', site, 'commit', '-q', '--no-verify', '-m', 'docs'], { env });
    await execFileAsync('git', ['-C', site, 'push', '-q', repo, 'gh-pages'], { env });
    const bundle = await makeBundle();
    await assert.rejects(publishToPages(bundle, target(bundle), options(repo), context()), (e: Error) => e instanceof ConfigurationError && /Assay did not write.*pages-branch/s.test(e.message));
    assert.equal(await commitCount(repo), 1);
  });

  test('a push the server refuses says what to fix: the permission, or the branch protection', async () => {
    const repo = await bareRepo();
    const bundle = await makeBundle();
    await publishToPages(bundle, target(bundle, { runId: '1' }), options(repo), context());
    await refusePushes(repo, 'Permission to acme/widgets.git denied to github-actions[bot].');
    const ctx = context();
    await assert.rejects(
      publishToPages(bundle, target(bundle, { runId: '2' }), options(repo), ctx),
      (e: Error) => e instanceof ConfigurationError && /push to branch gh-pages .* was refused.*Permission to acme\/widgets\.git denied.*`contents: write`.*permissions: contents: write/s.test(e.message),
    );
    assert.equal(ctx.sleeps.length, 0, 'not retried');
    await refusePushes(repo, 'GH006: Protected branch update failed for refs/heads/gh-pages.');
    await assert.rejects(
      publishToPages(bundle, target(bundle, { runId: '2' }), options(repo), context()),
      (e: Error) => e instanceof ConfigurationError && /branch protection rule.*GH006.*pages-branch/s.test(e.message),
    );
    assert.equal(await commitCount(repo), 1);
  });

  test('bad options are refused before any git work', async () => {
    const bundle = await makeBundle();
    await assert.rejects(publishToPages(bundle, target(bundle), options('x', { branch: 'bad..name' }), context()), /not a valid branch name/);
    await assert.rejects(publishToPages(bundle, target(bundle), options('x', { maxReports: 0 }), context()), /max-reports/);
    await assert.rejects(publishToPages(bundle, { ...target(bundle), reportPath: '../etc' }, options('x'), context()), /not a safe path/);
  });
});

describe('the token', () => {
  test('travels as an extra header (never in the URL), is registered as a secret, and never reaches the log; a 403 says what to fix', async () => {
    const token = 'ghs_SuperSecretToken1234567890';
    const seen: { url: string; authorization: string | undefined }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Permission to acme/widgets.git denied to github-actions[bot].\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const repository = `http://127.0.0.1:${port}/acme/widgets.git`;
      const bundle = await makeBundle();
      const ctx = context();
      const error = await publishToPages(bundle, target(bundle), options(repository, { token }), ctx).then(
        () => assert.fail('a 403 must fail'),
        (e: Error) => e,
      );
      assert.ok(error instanceof ConfigurationError, String(error));
      assert.match(error.message, /contents: write/);
      const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
      assert.ok(seen.length > 0);
      assert.ok(seen.some((r) => r.authorization === `basic ${basic}`), 'the token was sent as a header');
      assert.ok(seen.every((r) => !r.url.includes(token)), 'never in the URL');
      assert.deepEqual(ctx.secrets, [token, basic]);
      for (const text of [...ctx.lines, error.message]) {
        assert.ok(!text.includes(token) && !text.includes(basic), `no token in: ${text}`);
      }
    } finally {
      server.close();
    }
  });

  test('with a local repository the token is registered but stays out of every log line', async () => {
    const repo = await bareRepo();
    const token = 'ghp_LocalTokenShouldNeverShow000';
    const bundle = await makeBundle();
    const ctx = context();
    await publishToPages(bundle, target(bundle), options(repo, { token }), ctx);
    assert.deepEqual(ctx.secrets, [token]);
    assert.ok(ctx.lines.length > 0);
    assert.ok(ctx.lines.every((l) => !l.includes(token)));
  });

  test('git configuration through GIT_CONFIG_* keeps what the environment already has', () => {
    const env = withGitConfigEnv({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'a.b', GIT_CONFIG_VALUE_0: 'c' }, { 'http.https://github.com/.extraheader': 'x' });
    assert.deepEqual(env, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_VALUE_0: 'c',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: 'x',
    });
  });
});

describe('the Pages URL', () => {
  test('derived for github.com repositories, given, or the repository path', () => {
    assert.equal(pagesBaseUrl('https://github.com/Acme/widgets.git', undefined), 'https://acme.github.io/widgets');
    assert.equal(pagesBaseUrl('https://x-access-token:t@github.com/acme/widgets', undefined), 'https://acme.github.io/widgets');
    assert.equal(pagesBaseUrl('git@github.com:acme/widgets.git', undefined), 'https://acme.github.io/widgets');
    assert.equal(pagesBaseUrl('https://github.com/acme/acme.github.io.git', undefined), 'https://acme.github.io');
    assert.equal(pagesBaseUrl('https://github.com/acme/widgets.git', 'https://reports.acme.dev/'), 'https://reports.acme.dev');
    assert.equal(pagesBaseUrl('/srv/git/pages.git', undefined), 'file:///srv/git/pages.git');
    assert.equal(pagesBaseUrl('https://user:secret@git.example.com/team/pages.git', undefined), 'https://***@git.example.com/team/pages');
  });

  test('an empty index page says so', () => {
    assert.match(renderIndexPage({ schema: 'assay-pages-reports/1', reports: [] }), /No reports published yet/);
  });

  test('a damaged reports.json is refused with what to do; unusable entries are left out', () => {
    assert.throws(() => parseReports('{oops', 'reports.json on branch gh-pages'), /not valid JSON.*restore it/s);
    const { document, skipped } = parseReports(
      JSON.stringify({ reports: [{ reportPath: '../../x', publishedAt: '2025-01-01T00:00:00Z' }, { reportPath: 'a/b', publishedAt: '2025-01-01T00:00:00Z', title: 7 }] }),
      'r',
    );
    assert.deepEqual(document.reports.map((r) => `${r.reportPath} ${r.title}`), ['a/b a/b']);
    assert.equal(skipped.length, 1);
  });
});

describe('performance', () => {
  test('a 200-file, 50 MB bundle is published in 5 s or less', async () => {
    const dir = path.join(scratch, 'big-bundle');
    await mkdir(path.join(dir, 'data'), { recursive: true });
    const size = (50 * 1024 * 1024) / 200;
    await writeFile(path.join(dir, 'report.json'), JSON.stringify({ meta: { title: 'Big' } }));
    await writeFile(path.join(dir, 'report.html'), '<p>big</p>');
    for (let i = 0; i < 198; i++) await writeFile(path.join(dir, 'data', `blob-${String(i).padStart(3, '0')}.bin`), randomBytes(size));
    const bundle = await readBundle(dir);
    assert.equal(bundle.files.length, 200);
    assert.ok(bundle.totalBytes >= 49.5 * 1024 * 1024);
    const repo = await bareRepo();

    const started = performance.now();
    const published = await publishToPages(bundle, target(bundle, { runId: 'big' }), options(repo), context());
    const seconds = (performance.now() - started) / 1000;
    console.log(`# 50 MB / 200-file bundle published in ${seconds.toFixed(2)} s`);
    assert.equal(published.changed, true);
    assert.ok(seconds <= 5, `published in ${seconds.toFixed(2)} s, more than 5 s`);
    const sample = bundle.files[100]!;
    assert.equal(createHash('sha256').update(await blobBytes(repo, `gh-pages:reports/acme/widgets/main/big/${sample.path}`)).digest('hex'), sample.sha256);
  });
});
