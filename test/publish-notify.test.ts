import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError, HttpError } from '../lib/errors';
import type { Severity } from '../lib/severity';
import type { PublishContext, PublishTarget, ReportSummary } from '../actions/publish-portal/model';
import {
  EmailError,
  NOTIFY_ON,
  PRIORITIES,
  buildSlackMessage,
  emailPriorityHeaders,
  notifyEmail,
  notifySlack,
  priorityFor,
  shouldNotify,
  type NotifyOn,
  type Priority,
} from '../actions/publish-portal/notify';
import { SlackStandIn, SmtpStandIn } from './support/notify-receivers';

/**
 * Notifications against real receivers on 127.0.0.1 (test/support/notify-receivers.ts): a Slack
 * incoming-webhook stand-in that records the JSON it receives, and smtp-server receiving the
 * mail, which mailparser then reads back as a mail client would. Sleeps are recorded, not
 * waited for.
 */

const MALICIOUS_TITLE = '<!channel> <script>alert(1)</script> & @here <@U123|boss>';

function harness() {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const secrets: string[] = [];
  const ctx: PublishContext = {
    log: createConsoleLogger({ write: (line) => lines.push(line), verbose: true }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => new Date(),
    setSecret: (value) => secrets.push(value),
  };
  return { ctx, sleeps, lines, secrets };
}

function summary(counts: Partial<Record<Severity, number>>, extra: Partial<ReportSummary> = {}): ReportSummary {
  const full = { critical: 0, high: 0, medium: 0, low: 0, note: 0, ...counts };
  const worst = (['critical', 'high', 'medium', 'low'] as const).find((s) => full[s] > 0);
  return {
    title: 'Widgets audit',
    grade: 'C',
    score: 71,
    counts: full,
    total: Object.values(full).reduce((a, b) => a + b, 0),
    worst,
    generatedAt: '2026-03-02T10:00:00Z',
    kind: 'review',
    ...extra,
  };
}

const TARGET: PublishTarget = {
  repository: 'acme/widgets',
  sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  ref: 'refs/pull/12/merge',
  runId: '4242',
  runUrl: 'https://github.com/acme/widgets/actions/runs/4242',
  reportPath: 'acme/widgets/pr-12/4242',
};

const LINKS = {
  'Open report': 'https://acme.github.io/widgets/acme/widgets/pr-12/4242/report.html',
  PDF: 'https://bucket.s3.example/acme/widgets/pr-12/4242/report.pdf?X-Amz-Signature=abc&X-Amz-Expires=3600',
};

/** A header as sent (mailparser folds X-Priority and Importance into `priority`). */
function headerLine(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('priorityFor and shouldNotify', () => {
  it('takes the priority from the worst finding; notes only or none is low', () => {
    const table: [Partial<Record<Severity, number>>, Priority][] = [
      [{}, 'low'],
      [{ note: 7 }, 'low'],
      [{ low: 1, note: 3 }, 'low'],
      [{ medium: 2, low: 5 }, 'medium'],
      [{ high: 1, medium: 9 }, 'high'],
      [{ critical: 1, high: 4, low: 2 }, 'critical'],
    ];
    for (const [counts, expected] of table) assert.equal(priorityFor(summary(counts)), expected, JSON.stringify(counts));
    // From the counts when `worst` was not filled in.
    assert.equal(priorityFor(summary({ high: 2 }, { worst: undefined })), 'high');
  });

  it('notifies at or above the notify-on threshold, always with "always"', () => {
    const expected: Record<NotifyOn, Priority[]> = {
      critical: ['critical'],
      high: ['critical', 'high'],
      medium: ['critical', 'high', 'medium'],
      low: ['critical', 'high', 'medium', 'low'],
      always: ['critical', 'high', 'medium', 'low'],
    };
    assert.deepEqual([...NOTIFY_ON], ['critical', 'high', 'medium', 'low', 'always']);
    for (const notifyOn of NOTIFY_ON) {
      for (const priority of PRIORITIES) {
        assert.equal(shouldNotify(priority, notifyOn), expected[notifyOn].includes(priority), `${priority} under notify-on ${notifyOn}`);
      }
    }
  });
});

describe('notifySlack against an incoming-webhook stand-in', () => {
  const slack = new SlackStandIn();
  before(() => slack.start());
  after(() => slack.stop());
  beforeEach(() => {
    slack.requests.length = 0;
    slack.script = [];
  });

  it('posts a Block Kit message: header, counts and priority, context, buttons', async () => {
    const h = harness();
    await notifySlack(
      { webhookUrl: slack.url, summary: summary({ critical: 1, high: 2, medium: 3, low: 4, note: 5 }), target: TARGET, links: LINKS, priority: 'critical' },
      h.ctx,
    );
    assert.equal(slack.requests.length, 1);
    const { json, headers } = slack.requests[0]!;
    assert.match(String(headers['content-type']), /^application\/json/);
    assert.deepEqual(
      json.blocks.map((b) => b.type),
      ['header', 'section', 'context', 'actions'],
    );
    const [header, section, context, actions] = json.blocks;
    assert.ok(header?.type === 'header');
    assert.equal(header.text.type, 'plain_text');
    assert.equal(header.text.text, 'Widgets audit — grade C');
    assert.ok(section?.type === 'section');
    assert.deepEqual(
      section.fields!.map((f) => f.text),
      ['*Priority*\n:red_circle: CRITICAL', '*Critical*\n1', '*High*\n2', '*Medium*\n3', '*Low*\n4', '*Note*\n5', '*Score*\n71'],
    );
    assert.ok(section.fields!.every((f) => f.type === 'mrkdwn'));
    assert.ok(context?.type === 'context');
    assert.deepEqual(
      context.elements.map((e) => e.text),
      ['*acme/widgets*', 'PR #12', '`6dcb09b`', '<https://github.com/acme/widgets/actions/runs/4242|Run 4242>'],
    );
    assert.ok(actions?.type === 'actions');
    assert.deepEqual(
      actions.elements.map((b) => [b.type, b.text.text, b.url]),
      [
        ['button', 'Open report', LINKS['Open report']],
        ['button', 'PDF', LINKS.PDF],
      ],
    );
    assert.equal(actions.elements[0]!.style, 'primary');
    assert.match(json.text, /^\[Assay\] CRITICAL: Widgets audit — grade C \(1 critical, 2 high, 3 medium, 4 low, 5 note\) in acme\/widgets PR #12$/);
    assert.deepEqual(h.secrets, [slack.url]);
    assert.deepEqual(h.sleeps, []);
  });

  it('escapes a malicious title everywhere: no <!channel>, no <script>, no @here, no forged mention', async () => {
    await notifySlack(
      {
        webhookUrl: slack.url,
        summary: summary({ high: 1 }, { title: MALICIOUS_TITLE, grade: '<b>A</b>' }),
        target: { ...TARGET, repository: 'acme/<!here>', ref: 'refs/heads/<@U999>' },
        links: { '<!everyone> click': 'https://example.com/r', evil: 'javascript:alert(1)' },
        priority: 'high',
      },
      harness().ctx,
    );
    const { json } = slack.requests[0]!;
    const serialized = JSON.stringify(json);
    for (const bad of ['<!channel>', '<!here>', '<!everyone>', '<script>', '<@U123', '<@U999>', '<b>', '@here', 'javascript:']) {
      assert.ok(!serialized.includes(bad), `${bad} must not reach Slack: ${serialized}`);
    }
    const header = json.blocks[0]!;
    assert.ok(header.type === 'header');
    assert.equal(
      header.text.text,
      '&lt;!channel&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; @\u200bhere &lt;@U123|boss&gt; — grade &lt;b&gt;A&lt;/b&gt;',
    );
    assert.match(json.text, /&lt;!channel&gt; &lt;script&gt;/);
    const actions = json.blocks.find((b) => b.type === 'actions');
    assert.ok(actions?.type === 'actions');
    assert.deepEqual(
      actions.elements.map((b) => b.text.text),
      ['&lt;!everyone&gt; click'],
      'the javascript: link is dropped',
    );
  });

  it('leaves the actions block out when there is nothing to link', () => {
    const message = buildSlackMessage({ summary: summary({}), target: { ...TARGET, runUrl: undefined, sha: undefined }, links: {}, priority: 'low' });
    assert.deepEqual(
      message.blocks.map((b) => b.type),
      ['header', 'section', 'context'],
    );
  });

  it('retries a 500 and honours a 429 Retry-After with the suite policy', async () => {
    slack.script = [
      { status: 500, body: 'internal_error' },
      { status: 429, body: 'rate_limited', headers: { 'retry-after': '3' } },
    ];
    const h = harness();
    await notifySlack({ webhookUrl: slack.url, summary: summary({ low: 1 }), target: TARGET, links: LINKS, priority: 'low' }, h.ctx);
    assert.equal(slack.requests.length, 3);
    assert.deepEqual(h.sleeps, [1000, 3000]);
  });

  it('does not retry a 404 and never prints the webhook URL', async () => {
    slack.script = [{ status: 404, body: 'no_service' }];
    const h = harness();
    const error = await rejection(
      notifySlack({ webhookUrl: slack.url, summary: summary({ low: 1 }), target: TARGET, links: LINKS, priority: 'low' }, h.ctx),
    );
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.match(error.message, /Slack webhook POST answered 404: no_service/);
    assert.match(error.message, /create a new incoming webhook/);
    assert.equal(slack.requests.length, 1);
    const secretPart = 'XXXXsecretXXXX';
    assert.ok(!error.message.includes(secretPart));
    assert.ok(!h.lines.join('\n').includes(secretPart));
  });

  it('requires https for a non-loopback Slack URL', async () => {
    const error = await rejection(
      notifySlack({ webhookUrl: 'http://hooks.slack.com/services/T/B/X', summary: summary({}), target: TARGET, links: {}, priority: 'low' }, harness().ctx),
    );
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /input "slack-webhook-url" must be an https:\/\/ URL/);
  });
});

describe('notifyEmail against smtp-server', () => {
  const smtp = new SmtpStandIn({ username: 'assay', password: 'smtp-p4ss-w0rd' });
  let dir: string;
  let pdfPath: string;
  const pdfBytes = Buffer.concat([
    Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)),
    Buffer.from('\n%%EOF\n'),
  ]);
  const settings = () => ({ host: '127.0.0.1', port: smtp.port, secure: false, username: 'assay', password: 'smtp-p4ss-w0rd' });

  before(async () => {
    await smtp.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-notify-'));
    pdfPath = path.join(dir, 'report.pdf');
    fs.writeFileSync(pdfPath, pdfBytes);
  });
  after(async () => {
    await smtp.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    smtp.mails.length = 0;
    smtp.rcptFailures = [];
    smtp.rcptAttempts = 0;
  });

  it('sends subject, priority headers, escaped HTML and the PDF byte for byte', async () => {
    const h = harness();
    const result = await notifyEmail(
      {
        smtp: settings(),
        from: 'Assay <assay@acme.example>',
        to: ['lead@acme.example', 'qa@acme.example'],
        summary: summary({ critical: 1, high: 2 }, { title: MALICIOUS_TITLE, grade: 'D' }),
        target: TARGET,
        links: LINKS,
        priority: 'critical',
        pdfPath,
      },
      h.ctx,
    );
    assert.deepEqual(result.accepted, ['lead@acme.example', 'qa@acme.example']);
    assert.deepEqual(result.rejected, []);
    assert.equal(result.attempts, 1);
    assert.equal(smtp.mails.length, 1);
    const mail = smtp.mails[0]!;
    assert.equal(mail.user, 'assay', 'logged in');
    assert.equal(mail.from, 'assay@acme.example');
    assert.deepEqual(mail.to, ['lead@acme.example', 'qa@acme.example']);

    const { parsed } = mail;
    assert.equal(parsed.subject, `[Assay] CRITICAL: ${MALICIOUS_TITLE} — grade D`);
    assert.equal(headerLine(parsed, 'X-Priority'), '1 (Highest)');
    assert.equal(headerLine(parsed, 'Importance'), 'High');
    assert.equal(parsed.headers.get('priority'), 'high', 'mailparser reads it as high');
    assert.equal(parsed.messageId, result.messageId);

    assert.equal(parsed.attachments.length, 1);
    const [pdf] = parsed.attachments;
    assert.equal(pdf!.contentType, 'application/pdf');
    assert.equal(pdf!.filename, 'report.pdf');
    assert.ok(pdf!.content.equals(pdfBytes), 'the attachment is the file, byte for byte');

    const html = String(parsed.html);
    assert.ok(!html.includes('<script>'), html);
    assert.ok(!html.includes('<!channel>'));
    assert.ok(html.includes('&lt;!channel&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; @here'), html);
    assert.ok(html.includes(`href="${LINKS.PDF.replace(/&/g, '&amp;')}"`), 'link hrefs are attribute-escaped');
    assert.ok(html.includes('href="https://github.com/acme/widgets/actions/runs/4242"'));

    const text = parsed.text ?? '';
    assert.ok(text.includes(`Assay report: ${MALICIOUS_TITLE}`));
    assert.ok(text.includes('Findings: 3 (1 critical, 2 high, 0 medium, 0 low, 0 note)'));
    assert.ok(text.includes(`Open report: ${LINKS['Open report']}`));
    assert.ok(text.includes('Ref: PR #12'));
    assert.ok(text.includes('The PDF report is attached.'));

    assert.deepEqual(h.secrets, ['smtp-p4ss-w0rd']);
    assert.ok(!h.lines.join('\n').includes('smtp-p4ss-w0rd'));
  });

  it('marks medium as X-Priority 3 and low as 5; sends without a PDF when there is none', async () => {
    for (const [priority, xPriority, importance] of [
      ['medium', '3 (Normal)', 'Normal'],
      ['low', '5 (Lowest)', 'Low'],
    ] as const) {
      await notifyEmail(
        { smtp: settings(), from: 'assay@acme.example', to: ['lead@acme.example'], summary: summary({ medium: 1 }), target: TARGET, links: {}, priority },
        harness().ctx,
      );
      const mail = smtp.mails.pop()!;
      assert.equal(mail.parsed.subject, `[Assay] ${priority.toUpperCase()}: Widgets audit — grade C`);
      assert.equal(headerLine(mail.parsed, 'X-Priority'), xPriority);
      assert.equal(headerLine(mail.parsed, 'Importance'), importance);
      assert.equal(mail.parsed.headers.get('priority'), priority === 'medium' ? 'normal' : 'low');
      assert.equal(mail.parsed.attachments.length, 0);
    }
    assert.deepEqual(emailPriorityHeaders('high')['X-Priority'], '1 (Highest)');
  });

  it('retries a transient 451 and succeeds on the second attempt', async () => {
    smtp.rcptFailures = [{ code: 451, message: 'Greylisted, try again later' }];
    const h = harness();
    const result = await notifyEmail(
      { smtp: settings(), from: 'assay@acme.example', to: ['lead@acme.example'], summary: summary({}), target: TARGET, links: {}, priority: 'low' },
      h.ctx,
    );
    assert.equal(result.attempts, 2);
    assert.deepEqual(h.sleeps, [1000]);
    assert.equal(smtp.mails.length, 1);
    assert.ok(h.lines.some((l) => /attempt 2 of 3 after SMTP 451, waiting 1 s/.test(l)), h.lines.join('\n'));
  });

  it('does not retry a permanent 550', async () => {
    smtp.rcptFailures = [{ code: 550, message: 'No such user here' }];
    const h = harness();
    const error = await rejection(
      notifyEmail(
        { smtp: settings(), from: 'assay@acme.example', to: ['nobody@acme.example'], summary: summary({}), target: TARGET, links: {}, priority: 'low' },
        h.ctx,
      ),
    );
    assert.ok(error instanceof EmailError, String(error));
    assert.equal(error.responseCode, 550);
    assert.match(error.message, /No such user here/);
    assert.match(error.message, /not retried: SMTP 550 is not a transient failure/);
    assert.equal(smtp.rcptAttempts, 1);
    assert.deepEqual(h.sleeps, []);
  });

  it('a refused login is the user\'s to fix, not retried, and the password stays out of the message', async () => {
    const h = harness();
    const error = await rejection(
      notifyEmail(
        {
          smtp: { ...settings(), password: 'wrong-password-123' },
          from: 'assay@acme.example',
          to: ['lead@acme.example'],
          summary: summary({}),
          target: TARGET,
          links: {},
          priority: 'low',
        },
        h.ctx,
      ),
    );
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.match(error.message, /refused the login/);
    assert.match(error.message, /smtp-password/);
    assert.ok(!error.message.includes('wrong-password-123'));
    assert.deepEqual(h.sleeps, []);
    assert.deepEqual(h.secrets, ['wrong-password-123']);
  });

  it('retries when the server cannot be reached, then reports the connection failure', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const h = harness();
    const error = await rejection(
      notifyEmail(
        { smtp: { host: '127.0.0.1', port: closed, secure: false }, from: 'assay@acme.example', to: ['lead@acme.example'], summary: summary({}), target: TARGET, links: {}, priority: 'low' },
        h.ctx,
      ),
    );
    assert.ok(error instanceof EmailError, String(error));
    assert.match(error.message, /gave up after 3 attempts/);
    assert.deepEqual(h.sleeps, [1000, 2000]);
  });

  it('needs recipients', async () => {
    const error = await rejection(
      notifyEmail({ smtp: settings(), from: 'assay@acme.example', to: [' '], summary: summary({}), target: TARGET, links: {}, priority: 'low' }, harness().ctx),
    );
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /email-to/);
  });
});
