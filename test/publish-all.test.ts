import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { createFolderArtifactStore } from '../lib/artifacts/folder-store';
import { createGitHubArtifactStore } from '../lib/artifacts/github-store';
import type { ArtifactStore } from '../lib/artifacts/store';
import { readBundle } from '../actions/publish-portal/bundle/read-bundle';
import type { PublishContext, PublishedLocation, PublishTarget, ReportBundle } from '../actions/publish-portal/model';
import {
  publishAll,
  redactUrls,
  trackSecrets,
  writePublishLog,
  type DestinationTask,
  type PublishLog,
} from '../actions/publish-portal/publish-all';
import { link, publishSummaryMarkdown } from '../actions/publish-portal/summary';
import { startResultsService, type ResultsService } from './support/results-service';

/**
 * publishAll with in-process destinations (the real ones have their own tests) and the fallback
 * artifact through the real @actions/artifact client against the results-service stand-in.
 */

const SECRET = 'whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SIGNATURE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

let scratch: string;
let bundleDir: string;
let bundle: ReportBundle;
let service: ResultsService;
let lines: string[];
let registered: string[];
const log = createConsoleLogger({ write: (line) => lines.push(line), verbose: true });

const target: PublishTarget = {
  repository: 'acme/widgets',
  sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  ref: 'refs/heads/main',
  runId: '123',
  runUrl: 'https://github.com/acme/widgets/actions/runs/123',
  reportPath: 'acme/widgets/main/123',
};

function context(): PublishContext {
  return trackSecrets({ log, now: () => new Date('2026-03-02T10:00:00Z'), setSecret: (value) => void registered.push(value) });
}

const pages = (url = 'https://acme.github.io/widgets/acme/widgets/main/123/report.html'): PublishedLocation => ({
  destination: 'github-pages',
  url,
  links: { index: 'https://acme.github.io/widgets/' },
  changed: true,
});

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-publish-all-'));
  bundleDir = path.join(scratch, 'bundle');
  const put = async (relative: string, content: string | Buffer) => {
    await mkdir(path.dirname(path.join(bundleDir, relative)), { recursive: true });
    await writeFile(path.join(bundleDir, relative), content);
  };
  await put('report.html', '<!doctype html><title>Widgets</title><h1>Widgets audit</h1>\n');
  await put('report.md', '# Widgets audit\n\nGrade B+\n');
  await put(
    'report.json',
    JSON.stringify({ meta: { title: 'Widgets | audit <b>', kind: 'review' }, grade: { letter: 'B+', score: 87 }, metrics: { findings: { bySeverity: { critical: 2, high: 3, medium: 1 }, total: 6 } } }),
  );
  await put('report.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300 * 1024)]));
  await put('charts/sort.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await put('data/all-bytes.bin', Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)));
  await put('.env', `WEBHOOK_SECRET=${SECRET}\n`);
  await put('publish.json', '{"stale": true}\n');
  bundle = await readBundle(bundleDir);
  service = await startResultsService();
});

after(async () => {
  await service.close();
  await rm(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  lines = [];
  registered = [];
});

describe('publishAll', () => {
  test('one destination publishes, one throws: both are listed, the bundle goes up as an artifact, byte for byte', async () => {
    const ctx = context();
    const store = createGitHubArtifactStore({ env: service.env('job-publish'), log });
    const destinations: DestinationTask[] = [
      { name: 'github-pages', publish: async () => pages() },
      {
        name: 's3',
        publish: async () => {
          ctx.setSecret(SIGNATURE);
          throw new Error(`PUT https://bucket.s3.example.com/acme/widgets/main/123/report.html?X-Amz-Signature=${SIGNATURE} answered 403 AccessDenied`);
        },
      },
    ];
    const result = await publishAll({ bundle, target, destinations, fallback: { store, artifactName: 'assay-report-unpublished' }, ctx });

    assert.deepEqual(result.published, [pages()]);
    assert.equal(result.failed.length, 1);
    assert.equal(result.failed[0]!.destination, 's3');
    assert.match(result.failed[0]!.error, /answered 403 AccessDenied/);
    assert.ok(!result.failed[0]!.error.includes(SIGNATURE), 'a registered secret is not in the result');
    assert.deepEqual(registered, [SIGNATURE], 'setSecret still reaches the runner');

    assert.ok(result.fallbackArtifact, 'a fallback artifact');
    assert.equal(result.fallbackArtifact.name, 'assay-report-unpublished');
    assert.equal(typeof result.fallbackArtifact.id, 'number');
    const stored = service.artifacts().find((a) => a.name === 'assay-report-unpublished');
    assert.ok(stored?.finalized, 'finalized on the service');
    assert.equal(stored.id, result.fallbackArtifact.id);
    assert.ok(
      lines.some((l) => l.startsWith('warning: ') && l.includes('s3 failed') && l.includes('artifact "assay-report-unpublished"') && l.includes('nothing is lost')),
      lines.join('\n'),
    );

    assert.match(
      publishSummaryMarkdown({ result, bundle, target }),
      new RegExp(`uploaded as artifact \\[assay-report-unpublished\\]\\(https://github\\.com/acme/widgets/actions/runs/123/artifacts/${result.fallbackArtifact.id}\\) \\(this workflow run\\)`),
    );

    // Another job downloads it: every bundle file, nothing else, the same bytes.
    const downloaded = await createGitHubArtifactStore({ env: service.env('job-republish'), log }).download('assay-report-unpublished', path.join(scratch, 'downloaded'));
    assert.deepEqual(downloaded.files, bundle.files.map((f) => f.path));
    assert.ok(!downloaded.files.includes('publish.json') && !downloaded.files.includes('.env'));
    for (const file of bundle.files) {
      const [want, got] = await Promise.all([readFile(file.absolutePath), readFile(path.join(downloaded.path, file.path))]);
      assert.ok(want.equals(got), `${file.path} differs after the round trip`);
    }
  });

  test('everything publishes: no fallback artifact', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'unused-store'), log });
    const result = await publishAll({
      bundle,
      target,
      destinations: [{ name: 'github-pages', publish: async () => pages() }],
      fallback: { store, artifactName: 'never' },
      ctx: context(),
    });
    assert.deepEqual(result, { published: [pages()], failed: [] });
    assert.deepEqual(await store.list(), []);
  });

  test('every destination fails and there is no fallback: said, not thrown', async () => {
    const result = await publishAll({
      bundle,
      target,
      destinations: [
        { name: 'github-pages', publish: () => Promise.reject(new Error('push refused')) },
        {
          name: 's3',
          publish: () => {
            throw new Error('synchronous throw'); // not even a promise
          },
        },
      ],
      fallback: undefined,
      ctx: context(),
    });
    assert.deepEqual(result.published, []);
    assert.deepEqual(result.failed, [
      { destination: 'github-pages', error: 'push refused' },
      { destination: 's3', error: 'synchronous throw' },
    ]);
    assert.equal(result.fallbackArtifact, undefined);
    assert.ok(lines.some((l) => l.includes('not published anywhere')), lines.join('\n'));
  });

  test('a fallback that cannot be uploaded is reported in the result, not thrown', async () => {
    const failing: ArtifactStore = {
      kind: 'folder',
      location: 'nowhere',
      upload: () => Promise.reject(new Error('disk full')),
      download: () => Promise.reject(new Error('unused')),
      list: async () => [],
    };
    const result = await publishAll({
      bundle,
      target,
      destinations: [{ name: 'webhook', publish: () => Promise.reject(new Error('portal down')) }],
      fallback: { store: failing, artifactName: 'x' },
      ctx: context(),
    });
    assert.equal(result.fallbackArtifact, undefined);
    assert.equal(result.fallbackError, 'disk full');
  });

  test('pages and s3 run at the same time; the webhook runs after both and gets the URLs of those that published', async () => {
    const events: string[] = [];
    let releasePages!: () => void;
    const pagesGate = new Promise<void>((resolve) => (releasePages = resolve));
    let webhookEarlier: readonly PublishedLocation[] | undefined;
    const s3: PublishedLocation = { destination: 's3', url: 'https://bucket.s3.example.com/acme/widgets/main/123/report.html', changed: false };
    const result = await publishAll({
      bundle,
      target,
      destinations: [
        // Listed first, so nothing about the order of the list makes it wait.
        {
          name: 'webhook',
          after: ['github-pages', 's3'],
          publish: async (earlier) => {
            events.push('webhook start');
            webhookEarlier = earlier;
            return { destination: 'webhook', url: 'https://portal.example.com/reports/42', links: { portalId: '42' }, changed: true };
          },
        },
        {
          name: 'github-pages',
          publish: async () => {
            events.push('pages start');
            await pagesGate;
            events.push('pages end');
            return pages();
          },
        },
        {
          name: 's3',
          publish: async () => {
            events.push('s3 start');
            events.push('s3 end');
            setTimeout(releasePages, 20);
            return s3;
          },
        },
      ],
      fallback: undefined,
      ctx: context(),
    });
    assert.deepEqual(events.slice(0, 2).sort(), ['pages start', 's3 start'], 'both start before either has to finish');
    assert.equal(events.at(-1), 'webhook start');
    assert.ok(events.indexOf('webhook start') > events.indexOf('pages end'));
    assert.deepEqual(webhookEarlier, [pages(), s3], 'in `after` order');
    assert.deepEqual(
      result.published.map((p) => p.destination),
      ['webhook', 'github-pages', 's3'],
      'results in the order given',
    );
  });

  test('a failed earlier destination is left out, and the webhook still runs', async () => {
    let webhookEarlier: readonly PublishedLocation[] | undefined;
    const result = await publishAll({
      bundle,
      target,
      destinations: [
        { name: 'github-pages', publish: () => Promise.reject(new Error('pages is off')) },
        { name: 's3', publish: async () => ({ destination: 's3', url: 'https://b.example.com/r.html', changed: true }) },
        {
          name: 'webhook',
          after: ['github-pages', 's3'],
          publish: async (earlier) => {
            webhookEarlier = earlier;
            return { destination: 'webhook', url: 'https://portal.example.com/r/1', changed: true };
          },
        },
      ],
      fallback: undefined,
      ctx: context(),
    });
    assert.deepEqual(webhookEarlier?.map((l) => l.destination), ['s3']);
    assert.deepEqual(result.failed.map((f) => f.destination), ['github-pages']);
    assert.equal(result.published.length, 2);
  });

  test('a name listed twice or a cycle in `after` is the caller\'s mistake and is thrown before anything runs', async () => {
    let ran = false;
    const publish = async () => {
      ran = true;
      return pages();
    };
    await assert.rejects(
      publishAll({ bundle, target, destinations: [{ name: 'github-pages', after: ['s3'], publish }, { name: 's3', after: ['github-pages'], publish }], fallback: undefined, ctx: context() }),
      /cycle: github-pages → s3 → github-pages/,
    );
    await assert.rejects(
      publishAll({ bundle, target, destinations: [{ name: 's3', publish }, { name: 's3', publish }], fallback: undefined, ctx: context() }),
      /listed twice/,
    );
    assert.equal(ran, false);
  });
});

describe('publish.json', () => {
  test('report id, target, each destination\'s url/changed/failure and the fallback, without any secret', async () => {
    const ctx = context();
    ctx.setSecret(SECRET);
    const presigned = `https://bucket.s3.example.com/acme/widgets/main/123/report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260302&X-Amz-Signature=${SIGNATURE}`;
    const store = createFolderArtifactStore({ root: path.join(scratch, 'fallback-store'), log });
    const result = await publishAll({
      bundle,
      target,
      destinations: [
        { name: 'github-pages', publish: async () => ({ ...pages(), changed: false }) },
        { name: 's3', publish: async () => ({ destination: 's3', url: 'https://bucket.s3.example.com/acme/widgets/main/123/report.html', links: { presigned }, changed: true }) },
        {
          name: 'webhook',
          after: ['github-pages', 's3'],
          publish: async () => {
            throw new Error(`https://portal.example.com/hook answered 401: signature sha256=${SECRET.slice(0, 4)}… did not match; secret ${SECRET}`);
          },
        },
      ],
      fallback: { store, artifactName: 'assay-report-unpublished' },
      ctx,
    });
    const file = path.join(scratch, 'out', 'nested', 'publish.json');
    const written = await writePublishLog(file, result, bundle, target);
    const text = await readFile(file, 'utf8');
    assert.deepEqual(JSON.parse(text), written);
    assert.ok(!text.includes(SECRET), 'the registered webhook secret');
    assert.ok(!text.includes(SIGNATURE), 'the presigned URL\'s signature');
    assert.ok(!text.includes('AKIAEXAMPLE'), 'the presigned URL\'s credential');

    const entry: PublishLog = JSON.parse(text);
    assert.equal(entry.reportId, bundle.reportId);
    assert.equal(entry.files, bundle.files.length);
    assert.deepEqual(entry.target, { ...target });
    assert.deepEqual(entry.destinations.map((d) => [d.destination, d.result]), [
      ['github-pages', 'unchanged'],
      ['s3', 'published'],
      ['webhook', 'failed'],
    ]);
    const [pagesEntry, s3Entry, webhookEntry] = entry.destinations;
    assert.ok(pagesEntry && 'url' in pagesEntry && s3Entry && 'url' in s3Entry && webhookEntry && 'error' in webhookEntry);
    assert.equal(pagesEntry.url, pages().url);
    assert.equal(pagesEntry.changed, false);
    assert.equal(s3Entry.changed, true);
    assert.match(s3Entry.links!.presigned!, /X-Amz-Signature=\*\*\*/);
    assert.match(webhookEntry.error, /answered 401.*secret \*\*\*/);
    assert.deepEqual(entry.fallbackArtifact, { name: 'assay-report-unpublished', id: result.fallbackArtifact!.id ?? null });
  });

  test('URLs lose credentials: user:password and signature parameters', () => {
    assert.equal(redactUrls('see https://user:pa55@example.com/x?a=1&sig=abc and more'), 'see https://example.com/x?a=1&sig=*** and more');
    assert.equal(redactUrls('https://example.com/report.html'), 'https://example.com/report.html');
  });
});

describe('job summary', () => {
  test('a table of destination, result and link; outside text escaped; the fallback artifact linked', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'summary-store'), log });
    const result = await publishAll({
      bundle,
      target,
      destinations: [
        { name: 'github-pages', publish: async () => pages() },
        { name: 's3', publish: () => Promise.reject(new Error('bucket | <script>alert(1)</script>\nsecond line')) },
        { name: 'webhook', publish: async () => ({ destination: 'webhook', url: 'javascript:alert(1)', changed: true }) },
      ],
      fallback: { store, artifactName: 'assay-report-unpublished' },
      ctx: context(),
    });
    const md = publishSummaryMarkdown({
      result,
      bundle,
      target,
      status: { outcome: 'set', state: 'success', context: 'assay/report', description: 'Grade B+ (87) · 2 critical', targetUrl: pages().url, id: 1 },
    });
    assert.match(md, /^### ⚠️ Report partly published: Widgets \\\| audit &lt;b&gt;\n/);
    assert.match(md, /\| Destination \| Result \| Link \|\n\|---\|---\|---\|\n/);
    assert.ok(md.includes(`| GitHub Pages | ✅ published | [open report](${pages().url}) · [index](https://acme.github.io/widgets/) |`), md);
    assert.ok(md.includes('| S3 | ❌ failed: bucket \\| &lt;script&gt;alert(1)&lt;/script&gt; | — |'), md);
    assert.ok(md.includes('| Webhook | ✅ published | javascript:alert(1) |'), 'no javascript: link');
    assert.ok(!md.includes('second line'));
    assert.match(md, /uploaded as artifact `assay-report-unpublished` \(.*summary-store\), so nothing is lost/, 'a folder store has no run page to link');
    assert.match(md, /Commit status `assay\/report`: success/);
    // Each table row has exactly the four cell separators of three columns.
    for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Destination'))) {
      assert.equal(row.replace(/\\\|/g, '').split('|').length, 5, row);
    }
  });

  test('links: parentheses and pipes in a URL cannot end the link or the cell', () => {
    assert.equal(link('open', 'https://example.com/a(b)|c'), '[open](https://example.com/a%28b%29%7Cc)');
    assert.equal(link('x', 'data:text/html,hi'), 'data:text/html,hi');
  });
});
