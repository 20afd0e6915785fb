/**
 * End-to-end tests of the publish-portal action: its committed bundle (actions/publish-portal/dist)
 * run the way the GitHub runner runs it (test/support/local-runner.ts: Node 24, INPUT_*, GITHUB_*,
 * file commands), and the `assay publish-portal` command (bin/assay.js → dist/cli).
 *
 * Every destination and notification reaches a real receiver on 127.0.0.1: a bare git repository
 * for github-pages, s3rver behind a proxy that checks every SigV4 signature for s3, a portal that
 * verifies the webhook signatures and dedupes by Idempotency-Key, a Slack incoming-webhook
 * stand-in, smtp-server, the OpenAPI-validating GitHub API stand-in for the commit status, and
 * the results-service stand-in for the fallback artifact. Everything is checked as a user sees
 * it: exit code, outputs, job summary, publish.json, and what each receiver got.
 *
 * process.env is never changed; every run gets its environment passed in. The receivers are
 * started once and stopped in after().
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createConsoleLogger } from '../lib/action/logger';
import { createGitHubArtifactStore } from '../lib/artifacts/github-store';
import { runProcess } from '../lib/process/run-process';
import { startGitHubApi, type GitHubApi } from './support/github-api';
import { REPO_ROOT, runLocalAction, type LocalRunResult } from './support/local-runner';
import { SlackStandIn, SmtpStandIn } from './support/notify-receivers';
import { startResultsService, type ResultsService } from './support/results-service';
import { startS3SigningProxy, type S3SigningProxy } from './support/s3-signing-proxy';
import { WebhookReceiver } from './support/webhook-receiver';

const execFileAsync = promisify(execFile);
const BIN = path.join(REPO_ROOT, 'bin/assay.js');

const OWNER = 'acme';
const REPO = 'widgets';
const REPOSITORY = `${OWNER}/${REPO}`;
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const REF = 'refs/heads/main';
const RUN_ID = '4242';
const FAILING_RUN_ID = '4243';
const PAGES_BASE = 'https://acme.github.io/widgets';
const BUCKET = 'assay-reports';
const S3_PREFIX = 'portal';
const FALLBACK = 'assay-report-unpublished';

// Secrets: none of them may reach stdout, stderr, the job summary or publish.json.
const WEBHOOK_SECRET = 'whsec_e2e-4f1c9a7b-webhook-secret-never-printed';
const GITHUB_TOKEN = 'ghs_e2eTokenNeverPrinted0123456789abcdef';
const SMTP_USER = 'assay';
const SMTP_PASSWORD = 'smtp-e2e-p4ss-w0rd-never-printed';
const AWS = { accessKeyId: 'AKIAASSAYE2E00000001', secretAccessKey: 'assay/e2e+aws-secret-key-never-printed' };

// s3rver ships no type declarations; only the little used here is typed.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const requireCjs = createRequire(import.meta.url);
const S3rver = requireCjs('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;
/** s3rver knows one key pair (S3RVER/S3RVER); the action publishes with its own, registered here. */
const s3rverAccounts = requireCjs('s3rver/lib/models/account') as { DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void } };

const log = createConsoleLogger({ write: () => {} });

let scratch: string;
let s3rver: S3rverInstance;
let s3: S3SigningProxy;
let verifier: S3Client;
let portal: WebhookReceiver;
let slack: SlackStandIn;
let smtp: SmtpStandIn;
let api: GitHubApi;
let results: ResultsService;
let pagesRepo: string;
/** The workspace of the happy path, reused by the idempotent re-run. */
let workspace: string;

before(async () => {
  // tmpfs when there is one: s3rver's file store is then not limited by this machine's disk.
  scratch = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'assay-publish-portal-e2e-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(scratch, 's3rver'), configureBuckets: [{ name: BUCKET, configs: [] }] });
  const address = await s3rver.run();
  const s3rverUrl = new URL(`http://127.0.0.1:${address.port}`);
  s3rverAccounts.DUMMY_ACCOUNT.createKeyPair(AWS.accessKeyId, AWS.secretAccessKey);
  s3 = await startS3SigningProxy(s3rverUrl, undefined, { secrets: { [AWS.accessKeyId]: AWS.secretAccessKey } });
  verifier = new S3Client({ region: 'us-east-1', endpoint: s3rverUrl.href, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

  portal = new WebhookReceiver(WEBHOOK_SECRET);
  slack = new SlackStandIn();
  smtp = new SmtpStandIn({ username: SMTP_USER, password: SMTP_PASSWORD });
  await Promise.all([portal.start(), slack.start(), smtp.start()]);
  [api, results] = await Promise.all([startGitHubApi(), startResultsService()]);

  pagesRepo = await bareRepository('pages.git');
  workspace = path.join(scratch, 'workspace-happy');
  writeBundle(path.join(workspace, 'assay-results'));
});

after(async () => {
  verifier?.destroy();
  await Promise.allSettled([s3?.close(), portal?.stop(), slack?.stop(), smtp?.stop(), api?.close(), results?.close()]);
  await s3rver?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096), Buffer.from('\n%%EOF\n')]);
const REPORT_JSON = {
  meta: { title: 'Widgets audit', kind: 'review', generatedAt: '2026-03-02T10:00:00Z' },
  grade: { letter: 'B', score: 82 },
  metrics: { findings: { bySeverity: { critical: 0, high: 2, medium: 3, low: 1, note: 4 }, total: 10 } },
};
const BUNDLE_FILES = ['charts/x.svg', 'report.html', 'report.json', 'report.md', 'report.pdf'];

/** A small report bundle as generate-report writes it. */
function writeBundle(dir: string, extra = ''): void {
  fs.mkdirSync(path.join(dir, 'charts'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'report.json'), JSON.stringify(REPORT_JSON));
  fs.writeFileSync(path.join(dir, 'report.md'), `# Widgets audit\n\nGrade **B** (82): 2 high, 3 medium, 1 low, 4 notes.\n${extra}`);
  fs.writeFileSync(path.join(dir, 'report.html'), `<!doctype html><html><head><title>Widgets audit</title></head><body><h1>Grade B</h1>${extra}</body></html>\n`);
  fs.writeFileSync(path.join(dir, 'report.pdf'), PDF);
  fs.writeFileSync(path.join(dir, 'charts', 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
}

/** The report id as documented: SHA-256 over "<path> <sha256>\n" of every file, sorted by path. */
function reportIdOf(dir: string): string {
  const lines = BUNDLE_FILES.map((f) => `${f} ${createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}

async function bareRepository(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await execFileAsync('git', ['init', '-q', '--bare', dir]);
  await execFileAsync('git', ['--git-dir', dir, 'config', 'uploadpack.allowFilter', 'true']);
  return dir;
}

async function git(repo: string, args: string[]): Promise<string> {
  return (await execFileAsync('git', ['--git-dir', repo, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}
async function blob(repo: string, spec: string): Promise<Buffer> {
  return (await execFileAsync('git', ['--git-dir', repo, 'cat-file', 'blob', spec], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })).stdout;
}

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    destination: 'github-pages,s3,webhook',
    'pages-repository': pagesRepo,
    'pages-url': PAGES_BASE,
    's3-bucket': BUCKET,
    's3-endpoint': s3.url.href,
    's3-prefix': S3_PREFIX,
    'webhook-url': portal.url.href,
    'webhook-secret': WEBHOOK_SECRET,
    notify: 'slack,email',
    'slack-webhook-url': slack.url,
    'smtp-host': '127.0.0.1',
    'smtp-port': String(smtp.port),
    'smtp-username': SMTP_USER,
    'smtp-password': SMTP_PASSWORD,
    'email-from': 'Assay <assay@acme.example>',
    'email-to': 'lead@acme.example, qa@acme.example',
    'update-status': 'true',
    'github-token': GITHUB_TOKEN,
    ...overrides,
  };
}

/** The action on a runner: a push to main of acme/widgets, run RUN_ID, in `dir`. */
function publish(dir: string, runId: string, overrides: Record<string, string> = {}): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: 'actions/publish-portal',
    workspace: dir,
    inputs: inputs(overrides),
    event: {
      name: 'push',
      payload: { ref: REF, after: SHA, repository: { full_name: REPOSITORY, name: REPO, owner: { login: OWNER } } },
      env: { GITHUB_SHA: SHA, GITHUB_REF: REF, GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' },
    },
    repository: REPOSITORY,
    token: GITHUB_TOKEN,
    env: {
      ...results.env('job-publish'),
      GITHUB_API_URL: api.url,
      GITHUB_RUN_ID: runId,
      AWS_ACCESS_KEY_ID: AWS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: AWS.secretAccessKey,
    },
    timeoutMs: 60_000,
  });
}

const describeRun = (r: LocalRunResult) => `exit ${r.exitCode}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

/** stdout without the ::add-mask:: commands (those hand the secrets to the runner, which never prints them). */
const printed = (r: LocalRunResult) => r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

const SECRETS = { WEBHOOK_SECRET, GITHUB_TOKEN, SMTP_PASSWORD, AWS_SECRET: AWS.secretAccessKey };

function assertNoSecrets(where: string, text: string): void {
  for (const [name, value] of Object.entries(SECRETS)) assert.ok(!text.includes(value), `${name} appears in ${where}:\n${text}`);
}

const reportPathOf = (runId: string) => `${OWNER}/${REPO}/main/${runId}`;
const pagesUrlOf = (runId: string) => `${PAGES_BASE}/reports/${reportPathOf(runId)}/report.html`;
const s3UrlOf = (runId: string) => `${s3.url.origin}/${BUCKET}/${S3_PREFIX}/${reportPathOf(runId)}/report.html`;

async function s3Object(key: string): Promise<Buffer> {
  const answer = await verifier.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await answer.Body!.transformToByteArray());
}
async function s3Keys(prefix: string): Promise<string[]> {
  const answer = await verifier.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (answer.Contents ?? []).map((o) => o.Key!).sort();
}

const STATUS = 'repos/create-commit-status';

// ---------------------------------------------------------------------------------------------

describe('publish-portal on a runner', () => {
  let first: LocalRunResult;
  let reportId: string;

  test('publishes to Pages, S3 and the webhook, notifies Slack and e-mail, sets the commit status', async () => {
    const bundleDir = path.join(workspace, 'assay-results');
    reportId = reportIdOf(bundleDir);
    first = await publish(workspace, RUN_ID);
    const r = first;
    assert.equal(r.exitCode, 0, describeRun(r));
    assert.equal(r.note, undefined, 'ran on Node 24');

    // Outputs.
    const pagesUrl = pagesUrlOf(RUN_ID);
    const s3Url = s3UrlOf(RUN_ID);
    const portalUrl = `https://portal.example/reports/${reportId.slice(0, 8)}`;
    assert.equal(r.outputs['report-id'], reportId);
    assert.deepEqual(JSON.parse(r.outputs.urls!), { 'github-pages': pagesUrl, s3: s3Url, webhook: portalUrl });
    assert.equal(r.outputs['pages-url'], pagesUrl);
    assert.equal(r.outputs['pages-index-url'], `${PAGES_BASE}/index.html`);
    assert.equal(r.outputs['s3-url'], s3Url);
    assert.equal(r.outputs['webhook-url'], portalUrl);
    assert.equal(r.outputs.failed, '');
    assert.equal(r.outputs['fallback-artifact-id'], undefined);
    const presigned = new URL(r.outputs['presigned-url']!);
    assert.equal(`${presigned.origin}${presigned.pathname}`, s3Url);
    assert.equal(presigned.searchParams.get('X-Amz-Expires'), '604800');
    const seen = s3.requests.length;
    const opened = await fetch(presigned);
    assert.equal(opened.status, 200, 'the presigned link opens the report');
    assert.equal(await opened.text(), fs.readFileSync(path.join(bundleDir, 'report.html'), 'utf8'));
    assert.equal(s3.requests[seen]!.signatureProblem, undefined);

    // github-pages: one commit on gh-pages with every file, byte for byte, under reports/<owner>/<repo>/<ref>/<run>/.
    assert.equal((await git(pagesRepo, ['rev-list', '--count', 'gh-pages'])).trim(), '1');
    const tree = (await git(pagesRepo, ['ls-tree', '-r', '--name-only', 'gh-pages'])).split('\n').filter(Boolean);
    const folder = `reports/${reportPathOf(RUN_ID)}`;
    assert.deepEqual(
      tree.filter((f) => f.startsWith('reports/')),
      BUNDLE_FILES.map((f) => `${folder}/${f}`),
      'the bundle and nothing else (no publish.json)',
    );
    for (const file of ['.nojekyll', 'index.html', 'reports.json']) assert.ok(tree.includes(file), `${file} on the branch`);
    for (const f of BUNDLE_FILES) {
      assert.ok((await blob(pagesRepo, `gh-pages:${folder}/${f}`)).equals(fs.readFileSync(path.join(bundleDir, f))), `${f} byte for byte on Pages`);
    }
    assert.match(await git(pagesRepo, ['show', 'gh-pages:index.html']), new RegExp(`href="${folder}/report\\.html"`));

    // s3: every file and the manifest, each PUT signed and encrypted.
    const base = `${S3_PREFIX}/${reportPathOf(RUN_ID)}`;
    assert.deepEqual(await s3Keys(`${base}/`), [...BUNDLE_FILES, 'manifest.json'].map((f) => `${base}/${f}`).sort());
    for (const f of BUNDLE_FILES) assert.ok((await s3Object(`${base}/${f}`)).equals(fs.readFileSync(path.join(bundleDir, f))), `${f} byte for byte in S3`);
    const manifest = JSON.parse((await s3Object(`${base}/manifest.json`)).toString('utf8')) as { reportId: string; repository: string; sha: string; runId: string; files: { path: string }[] };
    assert.equal(manifest.reportId, reportId);
    assert.equal(manifest.repository, REPOSITORY);
    assert.equal(manifest.sha, SHA);
    assert.equal(manifest.runId, RUN_ID);
    assert.deepEqual(manifest.files.map((f) => f.path).sort(), BUNDLE_FILES);
    assert.deepEqual(s3.requests.filter((q) => q.signatureProblem !== undefined).map((q) => `${q.method} ${q.url}: ${q.signatureProblem}`), [], 'every S3 request is signed right');
    const puts = s3.requests.filter((q) => q.operation === 'PutObject');
    assert.equal(puts.length, BUNDLE_FILES.length + 1);
    assert.ok(puts.every((q) => q.headers['x-amz-server-side-encryption'] === 'AES256'));
    assert.ok(puts.at(-1)!.path.endsWith('/manifest.json'), 'the manifest goes last');

    // webhook: one signed delivery keyed by the report id, linking to where Pages and S3 put the report.
    assert.equal(portal.deliveries.length, 1);
    const delivery = portal.deliveries[0]!;
    assert.ok(delivery.assayOk && delivery.githubOk && delivery.fresh, 'both signatures verify, the timestamp is fresh');
    assert.equal(delivery.key, reportId);
    assert.equal(delivery.headers['idempotency-key'], r.outputs['report-id']);
    const envelope = portal.stored.get(reportId)!;
    assert.equal(envelope.id, reportId);
    assert.equal(envelope.repository, REPOSITORY);
    assert.equal(envelope.sha, SHA);
    assert.equal(envelope.ref, REF);
    assert.equal(envelope.runId, RUN_ID);
    assert.equal(envelope.runUrl, `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}`);
    assert.equal(envelope.grade, 'B');
    assert.deepEqual(envelope.counts, REPORT_JSON.metrics.findings.bySeverity);
    assert.equal(envelope.links.report, pagesUrl);
    assert.equal(envelope.links.pdf, `${PAGES_BASE}/${folder}/report.pdf`);
    assert.equal(envelope.links['github-pages'], pagesUrl);
    assert.equal(envelope.links.s3, s3Url);
    assert.equal(envelope.links.run, envelope.runUrl);
    for (const [name, url] of Object.entries(envelope.links)) assert.match(url, /^https?:\/\//, `links.${name} is a URL: ${url}`);
    assert.deepEqual(
      envelope.files.map((f) => [f.path, f.url, f.content]),
      BUNDLE_FILES.map((f) => [f, `${PAGES_BASE}/${folder}/${f}`, undefined]),
      'files travel as links to Pages, not inline',
    );
    assert.ok(!delivery.raw.toString('utf8').includes(WEBHOOK_SECRET));

    // Slack: one message about this report, linking to it.
    assert.equal(slack.requests.length, 1);
    const message = slack.requests[0]!.json;
    assert.match(message.text, /Widgets audit — grade B/);
    assert.match(message.text, /acme\/widgets/);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.url) : []));
    assert.ok(buttons.includes(pagesUrl), `a button opens the report: ${JSON.stringify(buttons)}`);

    // E-mail: one mail, logged in, to both recipients, with the PDF byte for byte.
    assert.equal(smtp.mails.length, 1);
    const mail = smtp.mails[0]!;
    assert.equal(mail.user, SMTP_USER);
    assert.equal(mail.from, 'assay@acme.example');
    assert.deepEqual(mail.to, ['lead@acme.example', 'qa@acme.example']);
    assert.match(mail.parsed.subject ?? '', /^\[Assay\] HIGH: Widgets audit — grade B$/);
    assert.equal(mail.parsed.attachments.length, 1);
    assert.equal(mail.parsed.attachments[0]!.filename, 'report.pdf');
    assert.equal(mail.parsed.attachments[0]!.contentType, 'application/pdf');
    assert.ok(mail.parsed.attachments[0]!.content.equals(PDF), 'the PDF attachment is the file');
    assert.ok((mail.parsed.text ?? '').includes(pagesUrl));

    // Commit status: valid against GitHub's OpenAPI description, linking to the first published URL.
    assert.deepEqual(api.violations, []);
    const statuses = api.requestsFor(STATUS);
    assert.equal(statuses.length, 1);
    assert.deepEqual(statuses[0]!.params, { owner: OWNER, repo: REPO, sha: SHA });
    assert.deepEqual(statuses[0]!.body, {
      state: 'success',
      context: 'assay/report',
      description: 'Grade B (82) · 2 high, 3 medium, 1 low, 4 notes',
      target_url: pagesUrl,
    });
    assert.equal(statuses[0]!.status, 201);
    assert.match(String(statuses[0]!.headers.authorization), new RegExp(`^(token|Bearer) ${GITHUB_TOKEN}$`), 'with the github-token');

    // publish.json: every destination, no secret.
    const logFile = path.join(bundleDir, 'publish.json');
    const logText = fs.readFileSync(logFile, 'utf8');
    assertNoSecrets('publish.json', logText);
    assert.ok(!logText.includes(presigned.searchParams.get('X-Amz-Signature')!), 'the presigned signature is not in publish.json');
    const entry = JSON.parse(logText) as { reportId: string; destinations: { destination: string; result: string; url?: string }[]; fallbackArtifact: unknown };
    assert.equal(entry.reportId, reportId);
    assert.deepEqual(
      entry.destinations.map((d) => [d.destination, d.result, d.url]),
      [
        ['github-pages', 'published', pagesUrl],
        ['s3', 'published', s3Url],
        ['webhook', 'published', portalUrl],
      ],
    );
    assert.equal(entry.fallbackArtifact, null);

    // Job summary: a row per destination and the commit status.
    assert.match(r.summary, /^### ✅ Report published: Widgets audit$/m);
    assert.match(r.summary, /\| Destination \| Result \| Link \|/);
    for (const label of ['GitHub Pages', 'S3', 'Webhook']) assert.match(r.summary, new RegExp(`^\\| ${label} \\| ✅ published \\|`, 'm'), r.summary);
    assert.ok(r.summary.includes(`[open report](${pagesUrl})`), r.summary);
    assert.match(r.summary, /Commit status `assay\/report`: success/);
    assertNoSecrets('the job summary', r.summary);
    assert.ok(!r.summary.includes('X-Amz-Signature'), 'the presigned URL (a read credential) stays out of the job summary');
    assert.match(r.summary, /presigned \(in the step output `presigned-url`\)/);

    // Secrets: registered with the runner, never printed.
    for (const secret of [WEBHOOK_SECRET, GITHUB_TOKEN, SMTP_PASSWORD, AWS.secretAccessKey, slack.url]) {
      assert.ok(r.masks.includes(secret), `${secret} is masked`);
    }
    assertNoSecrets('stdout', printed(r));
    assertNoSecrets('stderr', r.stderr);
    assert.ok(!printed(r).includes('XXXXsecretXXXX'), 'the Slack webhook URL is not printed');
    assert.deepEqual(r.annotations.filter((a) => a.level === 'error'), []);
    assert.deepEqual(results.artifacts(), [], 'nothing failed, so no fallback artifact');
  });

  test('is idempotent: the same run again gives the same URLs and writes nothing new', async (t) => {
    if (!first || first.exitCode !== 0) return t.skip('needs the first publish');
    const tip = (await git(pagesRepo, ['rev-parse', 'gh-pages'])).trim();
    const s3Seen = s3.requests.length;
    const statusSeen = api.requestsFor(STATUS).length;

    const r = await publish(workspace, RUN_ID);
    assert.equal(r.exitCode, 0, describeRun(r));
    for (const name of ['report-id', 'urls', 'pages-url', 'pages-index-url', 's3-url', 'webhook-url', 'failed']) {
      assert.equal(r.outputs[name], first.outputs[name], `output ${name} is the same`);
    }

    assert.equal((await git(pagesRepo, ['rev-parse', 'gh-pages'])).trim(), tip, 'no new commit on gh-pages');
    assert.equal((await git(pagesRepo, ['rev-list', '--count', 'gh-pages'])).trim(), '1');

    const again = s3.requests.slice(s3Seen);
    assert.deepEqual(again.filter((q) => q.operation === 'PutObject').map((q) => q.path), [], 'no second PutObject');
    assert.deepEqual(again.filter((q) => q.method !== 'GET' && q.method !== 'HEAD').map((q) => `${q.method} ${q.path}`), [], 'no write to S3 at all');

    assert.equal(portal.deliveries.length, 2);
    assert.equal(portal.deliveries[1]!.key, reportId, 'the same Idempotency-Key');
    assert.ok(portal.deliveries[1]!.assayOk && portal.deliveries[1]!.githubOk);
    assert.equal(portal.stored.size, 1, 'the portal deduped: one stored report');
    assert.equal(slack.requests.length, 1, 'no second Slack message for the same report');
    assert.equal(smtp.mails.length, 1, 'no second e-mail for the same report');

    const entry = JSON.parse(fs.readFileSync(path.join(workspace, 'assay-results', 'publish.json'), 'utf8')) as { destinations: { destination: string; result: string }[] };
    assert.deepEqual(
      entry.destinations.map((d) => [d.destination, d.result]),
      [
        ['github-pages', 'unchanged'],
        ['s3', 'unchanged'],
        ['webhook', 'unchanged'],
      ],
    );
    assert.match(r.summary, /^\| GitHub Pages \| ✅ unchanged \(already there\) \|/m);
    assert.equal(api.requestsFor(STATUS).length, statusSeen + 1, 'the status is set again (statuses are cheap and idempotent per context)');
    assert.deepEqual(api.violations, []);
    assertNoSecrets('stdout', printed(r));
    assert.deepEqual(results.artifacts(), []);
  });

  test('a failing destination fails the step; the others still publish, the bundle is kept as an artifact, the status says so', async () => {
    const dir = path.join(scratch, 'workspace-failing');
    const bundleDir = path.join(dir, 'assay-results');
    writeBundle(bundleDir, '<!-- second report -->');
    portal.script = [{ status: 400, body: 'unknown field "grade"' }];
    const deliveriesBefore = portal.deliveries.length;
    const storedBefore = portal.stored.size;
    const s3Seen = s3.requests.length;

    const r = await publish(dir, FAILING_RUN_ID);
    assert.equal(r.exitCode, 1, describeRun(r));
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    assert.equal(errors.length, 1, describeRun(r));
    assert.match(errors[0]!, /^publish-portal failed: webhook: /);
    assert.match(errors[0]!, /answered 400: unknown field "grade"/);
    assert.match(errors[0]!, new RegExp(`kept as artifact "${FALLBACK}"`));
    assert.doesNotMatch(errors[0]!, /\.\./, 'no doubled full stop');
    assert.equal(portal.deliveries.length, deliveriesBefore + 1, 'a 400 is not retried');
    assert.equal(portal.stored.size, storedBefore);

    // Pages and S3 published all the same.
    assert.equal(r.outputs.failed, 'webhook');
    assert.equal(r.outputs['pages-url'], pagesUrlOf(FAILING_RUN_ID));
    assert.equal(r.outputs['s3-url'], s3UrlOf(FAILING_RUN_ID));
    assert.deepEqual(Object.keys(JSON.parse(r.outputs.urls!)), ['github-pages', 's3']);
    const folder = `reports/${reportPathOf(FAILING_RUN_ID)}`;
    assert.ok((await blob(pagesRepo, `gh-pages:${folder}/report.html`)).equals(fs.readFileSync(path.join(bundleDir, 'report.html'))));
    assert.equal((await git(pagesRepo, ['rev-list', '--count', 'gh-pages'])).trim(), '2');
    const base = `${S3_PREFIX}/${reportPathOf(FAILING_RUN_ID)}`;
    assert.deepEqual(await s3Keys(`${base}/`), [...BUNDLE_FILES, 'manifest.json'].map((f) => `${base}/${f}`).sort());
    assert.ok(s3.requests.slice(s3Seen).every((q) => q.signatureProblem === undefined));

    // The fallback artifact holds the bundle, byte for byte, for another job to download.
    const artifacts = results.artifacts().filter((a) => a.name === FALLBACK);
    assert.equal(artifacts.length, 1);
    assert.ok(artifacts[0]!.finalized);
    assert.equal(r.outputs['fallback-artifact-id'], String(artifacts[0]!.id));
    const downloaded = await createGitHubArtifactStore({ env: results.env('job-republish'), log }).download(FALLBACK, path.join(scratch, 'fallback-download'));
    assert.deepEqual([...downloaded.files].sort(), BUNDLE_FILES);
    for (const f of BUNDLE_FILES) {
      assert.ok(fs.readFileSync(path.join(downloaded.path, f)).equals(fs.readFileSync(path.join(bundleDir, f))), `${f} in the artifact`);
    }

    // The commit status is still set, with a note, linking to the first URL that published.
    assert.deepEqual(api.violations, []);
    const status = api.requestsFor(STATUS).at(-1)!;
    assert.deepEqual(status.body, {
      state: 'success',
      context: 'assay/report',
      description: 'webhook failed · Grade B (82) · 2 high, 3 medium, 1 low, 4 notes',
      target_url: pagesUrlOf(FAILING_RUN_ID),
    });

    const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'publish.json'), 'utf8')) as {
      destinations: { destination: string; result: string; error?: string }[];
      fallbackArtifact: { name: string; id: number | null } | null;
    };
    assert.deepEqual(entry.destinations.map((d) => [d.destination, d.result]), [
      ['github-pages', 'published'],
      ['s3', 'published'],
      ['webhook', 'failed'],
    ]);
    assert.match(entry.destinations[2]!.error!, /answered 400/);
    assert.deepEqual(entry.fallbackArtifact, { name: FALLBACK, id: artifacts[0]!.id });
    assert.match(r.summary, /^### ⚠️ Report partly published: Widgets audit$/m);
    assert.match(r.summary, /^\| Webhook \| ❌ failed: .*answered 400/m);
    assert.ok(r.summary.includes(`uploaded as artifact [${FALLBACK}](https://github.com/${REPOSITORY}/actions/runs/${FAILING_RUN_ID}/artifacts/${artifacts[0]!.id})`), r.summary);
    assertNoSecrets('stdout', printed(r));
    assertNoSecrets('publish.json', JSON.stringify(entry));
  });

  test('destination s3 without s3-bucket fails before anything is published, naming the input', async () => {
    const dir = path.join(scratch, 'workspace-bad-input');
    writeBundle(path.join(dir, 'assay-results'));
    const s3Seen = s3.requests.length;
    const tip = (await git(pagesRepo, ['rev-parse', 'gh-pages'])).trim();
    const r = await publish(dir, '4244', { destination: 's3', 's3-bucket': '' });
    assert.equal(r.exitCode, 1, describeRun(r));
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    assert.deepEqual(errors, ['publish-portal: destination "s3" needs input "s3-bucket"; set the bucket name.']);
    assert.equal(s3.requests.length, s3Seen, 'nothing sent to S3');
    assert.equal((await git(pagesRepo, ['rev-parse', 'gh-pages'])).trim(), tip);
    assert.deepEqual(r.outputs, {});
  });
});

describe('assay publish-portal', () => {
  /** The command as a user runs it, outside any runner: no GITHUB_*, RUNNER_* or ACTIONS_* variables. */
  function assay(args: string[], cwd: string) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|NODE_TEST_CONTEXT$|NODE_OPTIONS$)/.test(k)));
    return runProcess(process.execPath, [BIN, 'publish-portal', ...args], { cwd, env, timeoutMs: 60_000 });
  }

  test('publishes a folder to a Pages repository and prints the URL', async () => {
    const cwd = path.join(scratch, 'cli-project');
    const dir = path.join(cwd, 'out');
    writeBundle(dir);
    const repo = await bareRepository('cli-pages.git');
    const r = await assay(['--input-dir', dir, '--destination', 'github-pages', '--pages-repository', repo], cwd);
    assert.equal(r.exitCode, 0, `${r.stdout}\n${r.stderr}`);

    const id = reportIdOf(dir);
    const reportPath = `local/cli-project/local/local-${id.slice(0, 12)}`;
    const url = `${pathToFileURL(repo).href}/reports/${reportPath}/report.html`;
    const outputs = Object.fromEntries(r.stdout.split('\n').flatMap((l) => (/^[a-z-]+=/.test(l) ? [[l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]] : [])));
    assert.equal(outputs['pages-url'], url, r.stdout);
    assert.equal(outputs['report-id'], id);
    assert.equal(outputs.failed, '');
    assert.deepEqual(JSON.parse(outputs.urls!), { 'github-pages': url });
    const tree = (await git(repo, ['ls-tree', '-r', '--name-only', 'gh-pages'])).split('\n').filter((f) => f.startsWith('reports/'));
    assert.deepEqual(tree, BUNDLE_FILES.map((f) => `reports/${reportPath}/${f}`));
    assert.ok(fs.existsSync(path.join(cwd, 'assay-results', 'publish.json')), 'publish.json in the default output-dir');
  });

  test('github-pages without --pages-repository outside a GitHub run is a configuration error (exit 2) naming the input', async () => {
    const cwd = path.join(scratch, 'cli-project-2');
    const dir = path.join(cwd, 'out');
    writeBundle(dir);
    const r = await assay(['--input-dir', dir, '--destination', 'github-pages'], cwd);
    assert.equal(r.exitCode, 2, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stderr, /publish-portal: destination "github-pages" outside a GitHub run needs input "pages-repository" \(a git URL or a path to push to\)\./);
    assert.match(r.stderr, /see 'assay publish-portal --help'/);
    assert.ok(!fs.existsSync(path.join(cwd, 'assay-results', 'publish.json')), 'nothing was published, so no publish log');
  });
});
