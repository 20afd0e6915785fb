import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError, HttpError } from '../lib/errors';
import { ASSAY_VERSION } from '../lib/version';
import { readBundle } from '../actions/publish-portal/bundle/read-bundle';
import type { PublishContext, PublishTarget, ReportBundle } from '../actions/publish-portal/model';
import {
  isLoopbackHost,
  publishToWebhook,
  requireSecureUrl,
  signatureHeaders,
  verifyAssaySignature,
} from '../actions/publish-portal/webhook';
import { WebhookReceiver } from './support/webhook-receiver';

/**
 * The webhook destination against a real receiver on 127.0.0.1 (test/support/webhook-receiver.ts)
 * that does what a portal must: recompute both signatures from the raw bytes it received, refuse
 * stale timestamps, and store each report once per Idempotency-Key. Faults (500, 429, 400, a
 * hung request) are scripted per test; sleeps are recorded, not waited for.
 */

const SECRET = 'whsec_3c1f0b0e-test-secret-never-printed';

function harness(now: () => Date = () => new Date()) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const secrets: string[] = [];
  const ctx: PublishContext = {
    log: createConsoleLogger({ write: (line) => lines.push(line), verbose: true }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now,
    setSecret: (value) => secrets.push(value),
  };
  return { ctx, sleeps, lines, secrets };
}

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function writeBundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-webhook-'));
  fs.writeFileSync(
    path.join(dir, 'report.json'),
    JSON.stringify({
      meta: { title: 'Widgets audit', kind: 'review', generatedAt: '2026-03-02T10:00:00Z' },
      grade: { letter: 'B', score: 82 },
      metrics: { findings: { bySeverity: { critical: 0, high: 2, medium: 3, low: 1, note: 4 }, total: 10 } },
    }),
  );
  fs.writeFileSync(path.join(dir, 'report.html'), '<!doctype html><title>Widgets audit</title><p>B</p>');
  fs.writeFileSync(path.join(dir, 'report.pdf'), PDF_BYTES);
  fs.mkdirSync(path.join(dir, 'charts'));
  fs.writeFileSync(path.join(dir, 'charts', 'sort.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const TARGET: PublishTarget = {
  repository: 'acme/widgets',
  sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  ref: 'refs/heads/main',
  runId: '4242',
  runUrl: 'https://github.com/acme/widgets/actions/runs/4242',
  reportPath: 'acme/widgets/main/4242',
};

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('publishToWebhook against a verifying receiver on 127.0.0.1', () => {
  const receiver = new WebhookReceiver(SECRET);
  let bundle: ReportBundle;
  let dir: string;

  before(async () => {
    await receiver.start();
    dir = writeBundle();
    bundle = await readBundle(dir);
  });
  after(async () => {
    await receiver.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => receiver.reset());

  it('POSTs a signed envelope that the receiver verifies from the raw bytes', async () => {
    const h = harness();
    const location = await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000 }, h.ctx);

    assert.equal(receiver.deliveries.length, 1);
    const d = receiver.deliveries[0]!;
    assert.ok(d.assayOk, 'Assay-Signature (t.body) verifies');
    assert.ok(d.githubOk, 'X-Assay-Signature-256 verifies');
    assert.ok(d.fresh, 'timestamp within tolerance');
    assert.match(String(d.headers['assay-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.equal(d.key, bundle.reportId);
    assert.equal(d.headers['content-type'], 'application/json');
    assert.equal(d.headers['user-agent'], `Assay/${ASSAY_VERSION}`);

    const envelope = receiver.stored.get(bundle.reportId)!;
    assert.equal(envelope.type, 'assay.report.published');
    assert.equal(envelope.version, 1);
    assert.equal(envelope.id, bundle.reportId);
    assert.equal(envelope.repository, 'acme/widgets');
    assert.equal(envelope.sha, TARGET.sha);
    assert.equal(envelope.ref, 'refs/heads/main');
    assert.equal(envelope.runId, '4242');
    assert.equal(envelope.runUrl, TARGET.runUrl);
    assert.equal(envelope.title, 'Widgets audit');
    assert.equal(envelope.grade, 'B');
    assert.equal(envelope.score, 82);
    assert.deepEqual(envelope.counts, { critical: 0, high: 2, medium: 3, low: 1, note: 4 });
    assert.equal(envelope.generatedAt, '2026-03-02T10:00:00Z');
    assert.deepEqual(envelope.links, { run: TARGET.runUrl });
    assert.deepEqual(
      envelope.files.map((f) => f.path),
      ['charts/sort.svg', 'report.html', 'report.json', 'report.pdf'],
    );
    const pdf = envelope.files.find((f) => f.path === 'report.pdf')!;
    assert.equal(pdf.contentType, 'application/pdf');
    assert.equal(pdf.size, PDF_BYTES.length);
    assert.deepEqual(Buffer.from(pdf.content!, 'base64'), PDF_BYTES);
    assert.equal(pdf.sha256, bundle.files.find((f) => f.path === 'report.pdf')!.sha256);

    assert.deepEqual(location, {
      destination: 'webhook',
      url: `https://portal.example/reports/${bundle.reportId.slice(0, 8)}`,
      links: { id: `rpt-${bundle.reportId.slice(0, 8)}` },
      changed: true,
    });
  });

  it('retries 500, 500 then succeeds: 3 attempts, one key, waits 1 s then 2 s, one report stored', async () => {
    receiver.script = [{ status: 500 }, { status: 500 }];
    const h = harness();
    const location = await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000 }, h.ctx);

    assert.equal(receiver.deliveries.length, 3);
    assert.deepEqual(
      receiver.deliveries.map((d) => d.key),
      [bundle.reportId, bundle.reportId, bundle.reportId],
    );
    assert.ok(receiver.deliveries.every((d) => d.assayOk && d.githubOk && d.fresh), 'every attempt is signed');
    assert.equal(new Set(receiver.deliveries.map((d) => d.raw.toString('base64'))).size, 1, 'the same body on every attempt');
    assert.deepEqual(h.sleeps, [1000, 2000]);
    assert.equal(receiver.stored.size, 1);
    assert.equal(location.changed, true);
    assert.ok(h.lines.some((l) => /attempt 2 of 3 after 500, waiting 1 s/.test(l)), h.lines.join('\n'));
  });

  it('gives up after 3 attempts of 503 with the statuses in the error', async () => {
    receiver.script = [{ status: 503 }, { status: 503 }, { status: 503, body: 'maintenance' }];
    const h = harness();
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, h.ctx));
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 503);
    assert.match(error.message, /answered 503: maintenance/);
    assert.match(error.message, /gave up after 3 attempts \(503, 503, 503, waiting 1 s then 2 s\)/);
    assert.deepEqual(h.sleeps, [1000, 2000]);
    assert.equal(receiver.stored.size, 0);
  });

  it('waits what a 429 Retry-After asks: 3 s', async () => {
    receiver.script = [{ status: 429, headers: { 'retry-after': '3' } }];
    const h = harness();
    await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, h.ctx);
    assert.deepEqual(h.sleeps, [3000]);
    assert.equal(receiver.deliveries.length, 2);
    assert.equal(receiver.stored.size, 1);
  });

  it('does not retry a 400 and says what the receiver answered', async () => {
    receiver.script = [{ status: 400, body: 'unknown field "grade"' }];
    const h = harness();
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, h.ctx));
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 400);
    assert.match(error.message, /webhook POST http:\/\/127\.0\.0\.1:\d+\/hooks\/assay answered 400: unknown field "grade"/);
    assert.match(error.message, /not retried: 400 is not a transient failure/);
    assert.equal(receiver.deliveries.length, 1);
    assert.deepEqual(h.sleeps, []);
  });

  it('does not follow a redirect (a POST would become a GET elsewhere) and names the target', async () => {
    receiver.script = [{ status: 301, headers: { location: 'https://portal.example/new-hook' } }];
    const h = harness();
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, h.ctx));
    assert.ok(error instanceof HttpError);
    assert.match(error.message, /answered 301 \(redirect to https:\/\/portal\.example\/new-hook; set the final URL/);
    assert.equal(receiver.deliveries.length, 1);
    assert.deepEqual(h.sleeps, []);
  });

  it('re-publishing the same bundle sends the same key; the deduping receiver stores no duplicate', async () => {
    const first = await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000 }, harness().ctx);
    const again = await readBundle(dir); // read afresh, as a second run would
    const h = harness();
    const second = await publishToWebhook(again, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000 }, h.ctx);

    assert.equal(receiver.deliveries.length, 2);
    assert.equal(receiver.deliveries[0]!.key, receiver.deliveries[1]!.key);
    assert.deepEqual(receiver.deliveries[0]!.raw, receiver.deliveries[1]!.raw, 'the same envelope bytes');
    assert.equal(receiver.stored.size, 1);
    assert.equal(first.changed, true);
    assert.equal(second.changed, false, '409 "already exists" is success, nothing changed');
    assert.deepEqual(second.links, { id: `rpt-${bundle.reportId.slice(0, 8)}` });
    assert.deepEqual(h.sleeps, []);
    assert.ok(h.lines.some((l) => /already holds report/.test(l)));
  });

  it('a stale timestamp is refused by the receiver and not retried', async () => {
    const h = harness(() => new Date(Date.now() - 10 * 60_000));
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, h.ctx));
    assert.equal(receiver.deliveries.length, 1);
    assert.ok(receiver.deliveries[0]!.assayOk, 'the signature itself is valid');
    assert.equal(receiver.deliveries[0]!.fresh, false);
    assert.match(error.message, /answered 401: timestamp outside tolerance/);
    assert.match(error.message, /webhook-secret/);
    assert.match(error.message, /clock/);
  });

  it('a wrong secret fails verification at the receiver', async () => {
    const h = harness();
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: 'not-the-secret', inlineMaxBytes: 0 }, h.ctx));
    assert.equal(receiver.deliveries[0]!.assayOk, false);
    assert.equal(receiver.deliveries[0]!.githubOk, false);
    assert.match(error.message, /answered 401: bad signature/);
  });

  it('treats a request timeout as retryable', async () => {
    receiver.script = ['hang'];
    const h = harness();
    const location = await publishToWebhook(
      bundle,
      TARGET,
      { url: receiver.url, secret: SECRET, inlineMaxBytes: 0, timeoutMs: 300 },
      h.ctx,
    );
    assert.equal(receiver.deliveries.length, 2);
    assert.deepEqual(h.sleeps, [1000]);
    assert.equal(location.changed, true);
    assert.ok(h.lines.some((l) => /after timeout after 300 ms/.test(l)), h.lines.join('\n'));
  });

  it('sends links for files published elsewhere and inlines only what has no URL and fits', async () => {
    const base = 'https://acme.github.io/widgets/acme/widgets/main/4242';
    const fileUrls = Object.fromEntries(bundle.files.filter((f) => f.path !== 'report.json').map((f) => [f.path, `${base}/${f.path}`]));
    await publishToWebhook(
      bundle,
      TARGET,
      { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000, fileUrls, links: { index: `${base}/` } },
      harness().ctx,
    );
    const envelope = receiver.stored.get(bundle.reportId)!;
    assert.deepEqual(envelope.links, { report: `${base}/report.html`, pdf: `${base}/report.pdf`, index: `${base}/`, run: TARGET.runUrl });
    for (const f of envelope.files) {
      if (f.path === 'report.json') {
        assert.equal(f.url, undefined);
        assert.deepEqual(Buffer.from(f.content!, 'base64'), fs.readFileSync(path.join(dir, 'report.json')));
      } else {
        assert.equal(f.url, `${base}/${f.path}`);
        assert.equal(f.content, undefined);
      }
    }

    receiver.reset();
    await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 10 }, harness().ctx);
    const small = receiver.stored.get(bundle.reportId)!;
    assert.ok(small.files.every((f) => f.content === undefined && f.url === undefined), 'over the limit: metadata only');
  });

  it('without a JSON answer the location is the webhook origin', async () => {
    receiver.answer = { status: 204, body: '', contentType: 'text/plain' };
    const location = await publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 0 }, harness().ctx);
    assert.deepEqual(location, { destination: 'webhook', url: receiver.url.origin, changed: true });
  });

  it('never puts the secret in the envelope, the log or an error; registers it as a secret', async () => {
    receiver.script = [{ status: 500 }, { status: 400, body: `echo: ${SECRET}` }];
    const h = harness();
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: receiver.url, secret: SECRET, inlineMaxBytes: 1_000_000 }, h.ctx));
    assert.deepEqual(h.secrets, [SECRET]);
    for (const d of receiver.deliveries) {
      assert.ok(!d.raw.toString('utf8').includes(SECRET));
      assert.ok(!JSON.stringify(d.headers).includes(SECRET));
    }
    assert.ok(!h.lines.join('\n').includes(SECRET), h.lines.join('\n'));
    assert.ok(!error.message.includes(SECRET), error.message);
    assert.match(error.message, /echo: \*\*\*/);
  });
});

describe('webhook URL policy', () => {
  it('requires https unless the host is loopback', async () => {
    const { ctx } = harness();
    const bundle = await readBundle(writeBundle());
    let called = 0;
    const fetchStub = (async () => {
      called++;
      return new Response('{}', { status: 200 });
    }) as typeof fetch;

    for (const url of ['http://portal.example/hooks', 'http://10.0.0.5/hooks', 'ftp://portal.example/x', 'http://127.0.0.1.nip.io/x']) {
      const error = await rejection(publishToWebhook(bundle, TARGET, { url: new URL(url), secret: SECRET, inlineMaxBytes: 0, fetch: fetchStub }, ctx));
      assert.ok(error instanceof ConfigurationError, url);
      assert.match(error.message, /input "webhook-url" must be an https:\/\/ URL/, url);
    }
    assert.equal(called, 0, 'nothing was sent');

    for (const url of ['https://portal.example/hooks', 'http://127.0.0.1:8080/x', 'http://[::1]:8080/x', 'http://localhost/x']) {
      await publishToWebhook(bundle, TARGET, { url: new URL(url), secret: SECRET, inlineMaxBytes: 0, fetch: fetchStub }, ctx);
    }
    assert.equal(called, 4);
    fs.rmSync(bundle.dir, { recursive: true, force: true });
  });

  it('recognizes loopback hosts only', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '[::1]', '::1', 'localhost', 'LOCALHOST']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['127.0.0.1.example', 'example.com', '10.0.0.1', '[::2]', '0.0.0.0']) assert.equal(isLoopbackHost(host), false, host);
    assert.throws(() => requireSecureUrl('https://user:pw@portal.example/', 'webhook-url'), /must not carry a user name or password/);
  });

  it('refuses an empty secret, naming the input', async () => {
    const bundle = await readBundle(writeBundle());
    const error = await rejection(publishToWebhook(bundle, TARGET, { url: new URL('https://portal.example/'), secret: '', inlineMaxBytes: 0 }, harness().ctx));
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /webhook-secret/);
    fs.rmSync(bundle.dir, { recursive: true, force: true });
  });
});

describe('verifyAssaySignature', () => {
  it('accepts what signatureHeaders produced and refuses tampering, staleness and malformed headers', () => {
    const body = '{"type":"assay.report.published"}';
    const t = 1_772_445_600;
    const headers = signatureHeaders(SECRET, body, t);
    assert.deepEqual(verifyAssaySignature({ header: headers['Assay-Signature'], body, secret: SECRET, now: t + 10 }), { ok: true, timestamp: t });
    assert.equal(verifyAssaySignature({ header: headers['Assay-Signature'], body: `${body} `, secret: SECRET, now: t }).ok, false);
    assert.equal(verifyAssaySignature({ header: headers['Assay-Signature'], body, secret: 'other', now: t }).ok, false);
    assert.equal(verifyAssaySignature({ header: headers['Assay-Signature'], body, secret: SECRET, now: t + 301 }).ok, false);
    assert.equal(verifyAssaySignature({ header: 'garbage', body, secret: SECRET, now: t }).ok, false);
    const expected = createHmac('sha256', SECRET).update(body).digest('hex');
    assert.equal(headers['X-Assay-Signature-256'], `sha256=${expected}`);
  });
});
