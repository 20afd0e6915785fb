import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { readBundle } from '../actions/publish-portal/bundle/read-bundle';
import { reportPath } from '../actions/publish-portal/bundle/report-path';
import type { PublishContext, PublishTarget, ReportBundle } from '../actions/publish-portal/model';
import { publishToS3, resolveS3Credentials, type S3PublishOptions } from '../actions/publish-portal/s3';
import { joinKey, objectUrl } from '../actions/publish-portal/s3/object-keys';
import { MULTIPART_THRESHOLD } from '../actions/publish-portal/s3/object-io';
import { s3ErrorXml, startS3SigningProxy as startProxy } from './support/s3-signing-proxy';

/**
 * The s3 destination against a real S3 implementation: s3rver on 127.0.0.1 (key "S3RVER", secret
 * "S3RVER"). s3rver 3.7 stores objects, metadata, content types and multipart uploads like S3,
 * but it does not check SigV4 signatures (it only looks the access key up, see its
 * middleware/authentication.js) and keeps no encryption headers. So most tests talk to it through
 * a small proxy on 127.0.0.1 that records each request, checks its SigV4 signature and payload
 * hash the way S3 does (answering 403 SignatureDoesNotMatch like S3 when they are wrong), and can
 * inject faults (test/support/s3-signing-proxy.ts).
 */

// s3rver ships no type declarations; only the little used here is typed.
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

const BUCKET = 'assay-reports';
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let tmp: string;
let s3rver: S3rverInstance;
let s3Url: URL;
let verifier: S3Client;

before(async () => {
  // tmpfs when there is one: s3rver's file store is then not limited by this machine's disk.
  const scratch = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  tmp = fs.mkdtempSync(path.join(scratch, 'assay-publish-s3-'));
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(tmp, 's3rver'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const address = await s3rver.run();
  s3Url = new URL(`http://127.0.0.1:${address.port}`);
  verifier = new S3Client({ region: 'us-east-1', endpoint: s3Url.href, forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
});

after(async () => {
  verifier?.destroy();
  await s3rver?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

let bundleCounter = 0;

/** Writes the files into a fresh folder and reads it as a bundle, as main.ts does. */
async function makeBundle(files: Record<string, string | Buffer>): Promise<ReportBundle> {
  const dir = path.join(tmp, `bundle-${++bundleCounter}`);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return readBundle(dir);
}

const REPORT_FILES = {
  'report.html': '<!doctype html><html><head><title>Assay report</title></head><body><h1>Grade B</h1></body></html>\n',
  'report.md': '# Assay report\n\nGrade **B**\n',
  'report.json': JSON.stringify({ meta: { title: 'Shop audit', generatedAt: '2025-05-01T10:00:00.000Z' }, grade: { letter: 'B', score: 82 } }),
  'report.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2048)]),
  'charts/sort.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
};

let runCounter = 1000;

/** A target with its own run id, so each test publishes to its own place. */
function targetFor(bundle: ReportBundle, runId = String(++runCounter)): PublishTarget {
  const repository = 'acme/shop';
  const ref = 'refs/heads/main';
  return {
    repository,
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref,
    runId,
    runUrl: `https://github.com/${repository}/actions/runs/${runId}`,
    reportPath: reportPath({ repository, ref, runId, reportId: bundle.reportId }),
  };
}

interface Recorder {
  ctx: PublishContext;
  lines: string[];
  sleeps: number[];
  secrets: string[];
}

function recorder(): Recorder {
  const lines: string[] = [];
  const sleeps: number[] = [];
  const secrets: string[] = [];
  return {
    lines,
    sleeps,
    secrets,
    ctx: {
      log: createConsoleLogger({ write: (line) => lines.push(line), verbose: true }),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      now: () => new Date(),
      setSecret: (value) => secrets.push(value),
    },
  };
}

function options(endpoint: URL, overrides: Partial<S3PublishOptions> = {}): S3PublishOptions {
  return {
    bucket: BUCKET,
    endpoint,
    prefix: 'portal/',
    sse: { type: 'AES256' },
    credentials: S3RVER_CREDENTIALS,
    presignExpiresSeconds: 604_800,
    concurrency: 8,
    ...overrides,
  };
}

async function getObject(key: string, bucket = BUCKET): Promise<{ bytes: Buffer; contentType: string | undefined; metadata: Record<string, string> | undefined }> {
  const answer = await verifier.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return { bytes: Buffer.from(await answer.Body!.transformToByteArray()), contentType: answer.ContentType, metadata: answer.Metadata };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => assert.fail('expected the publish to fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof Error, `expected an Error, got ${String(error)}`);
  return error;
}

// ---------------------------------------------------------------------------------------------

describe('publishToS3 against s3rver', () => {
  it('uploads every file with identical bytes, its content type, its digest and AES256, then the manifest last', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    const proxy = await startProxy(s3Url);
    const r = recorder();
    try {
      const published = await publishToS3(bundle, target, options(proxy.url), r.ctx);
      const base = `portal/${target.reportPath}`;
      assert.equal(published.destination, 's3');
      assert.equal(published.changed, true);
      assert.equal(published.url, `${proxy.url.origin}/${BUCKET}/${base}/report.html`);
      assert.equal(published.links?.manifest, `${proxy.url.origin}/${BUCKET}/${base}/manifest.json`);
      assert.ok(!base.includes('//') && !base.startsWith('/'));

      for (const file of bundle.files) {
        const stored = await getObject(`${base}/${file.path}`);
        assert.equal(sha256(stored.bytes), file.sha256, `${file.path}: bytes differ`);
        assert.equal(stored.contentType, file.contentType, `${file.path}: content type`);
        assert.equal(stored.metadata?.sha256, file.sha256, `${file.path}: x-amz-meta-sha256`);
      }
      assert.equal((await getObject(`${base}/report.html`)).contentType, 'text/html; charset=utf-8');

      const puts = proxy.requests.filter((q) => q.operation === 'PutObject');
      assert.equal(puts.length, bundle.files.length + 1);
      for (const put of puts) {
        assert.equal(put.headers['x-amz-server-side-encryption'], 'AES256', `${put.url}: SSE header`);
        assert.equal(put.headers['x-amz-server-side-encryption-aws-kms-key-id'], undefined);
      }
      assert.ok(puts.at(-1)!.path.endsWith('/manifest.json'), 'manifest.json is uploaded last');
      assert.deepEqual(proxy.requests.filter((q) => q.signatureProblem !== undefined), [], 'every request carries a valid SigV4 signature');
      assert.ok(puts.every((q) => q.headers['x-amz-content-sha256'] === q.headers['x-amz-meta-sha256']), 'signed with the bundle digest');
      assert.equal(proxy.requests.filter((q) => q.operation === 'ListObjectsV2').length, 1, 'one listing instead of a HEAD per file');
      assert.equal(proxy.requests.filter((q) => q.operation === 'HeadObject').length, 0);

      const manifest = JSON.parse((await getObject(`${base}/manifest.json`)).bytes.toString('utf8')) as Record<string, unknown> & {
        files: { path: string; size: number; sha256: string; contentType: string }[];
      };
      assert.equal(manifest.reportId, bundle.reportId);
      assert.equal(manifest.repository, 'acme/shop');
      assert.equal(manifest.sha, target.sha);
      assert.equal(manifest.ref, 'refs/heads/main');
      assert.equal(manifest.runId, target.runId);
      assert.equal(manifest.generatedAt, '2025-05-01T10:00:00.000Z');
      assert.equal(manifest.files.length, bundle.files.length);
      for (const entry of manifest.files) {
        const stored = await getObject(`${base}/${entry.path}`);
        assert.equal(sha256(stored.bytes), entry.sha256, `manifest digest of ${entry.path}`);
        assert.equal(stored.bytes.length, entry.size);
        assert.equal(stored.contentType, entry.contentType);
      }
      const manifestText = JSON.stringify(manifest);
      assert.ok(!manifestText.includes('S3RVER') && !manifestText.includes('X-Amz-'), 'nothing secret in the manifest');
      assert.ok(r.secrets.includes('S3RVER'), 'credentials are registered as secrets');
    } finally {
      await proxy.close();
    }
  });

  it('sends aws:kms and the key id on every upload when SSE-KMS is asked for', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const proxy = await startProxy(s3Url);
    const kmsKeyId = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    try {
      await publishToS3(bundle, targetFor(bundle), options(proxy.url, { sse: { type: 'aws:kms', kmsKeyId } }), recorder().ctx);
      const puts = proxy.requests.filter((q) => q.operation === 'PutObject');
      assert.equal(puts.length, bundle.files.length + 1);
      for (const put of puts) {
        assert.equal(put.headers['x-amz-server-side-encryption'], 'aws:kms');
        assert.equal(put.headers['x-amz-server-side-encryption-aws-kms-key-id'], kmsKeyId);
      }
    } finally {
      await proxy.close();
    }
  });

  it('is idempotent: a second publish of the same report writes nothing and says changed: false', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    const proxy = await startProxy(s3Url);
    try {
      const first = await publishToS3(bundle, target, options(proxy.url), recorder().ctx);
      const seen = proxy.requests.length;
      const r = recorder();
      const second = await publishToS3(bundle, target, options(proxy.url), r.ctx);
      const again = proxy.requests.slice(seen);
      assert.equal(second.changed, false);
      assert.equal(second.url, first.url);
      assert.equal(second.links?.manifest, first.links?.manifest);
      assert.deepEqual(
        again.filter((q) => q.method !== 'GET' && q.method !== 'HEAD'),
        [],
        'no PutObject (or any other write) on the second publish',
      );
      assert.deepEqual(again.map((q) => q.operation), ['GetObject'], 'only the manifest is read');
      assert.ok(r.lines.some((l) => l.includes('already holds this report')), r.lines.join('\n'));
    } finally {
      await proxy.close();
    }
  });

  it('re-uploads only the files that changed, then the manifest', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    const proxy = await startProxy(s3Url);
    try {
      await publishToS3(bundle, target, options(proxy.url), recorder().ctx);
      fs.writeFileSync(path.join(bundle.dir, 'report.md'), '# Assay report\n\nGrade **A**\n');
      const changedBundle = await readBundle(bundle.dir);
      const seen = proxy.requests.length;
      const result = await publishToS3(changedBundle, target, options(proxy.url), recorder().ctx);
      const puts = proxy.requests.slice(seen).filter((q) => q.operation === 'PutObject');
      assert.equal(result.changed, true);
      assert.deepEqual(
        puts.map((q) => q.path.split('/').pop()),
        ['report.md', 'manifest.json'],
      );
      const stored = await getObject(`portal/${target.reportPath}/report.md`);
      assert.equal(stored.bytes.toString('utf8'), '# Assay report\n\nGrade **A**\n');
    } finally {
      await proxy.close();
    }
  });

  it('skips objects already stored with the same digest even when no manifest is there yet (a resumed publish)', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    const direct = await startProxy(s3Url, (q) => (q.path.endsWith('/manifest.json') && q.method === 'PUT' ? { status: 500, body: s3ErrorXml('InternalError', 'boom') } : undefined));
    try {
      // First publish dies while writing the manifest: every file is there, the manifest is not.
      await rejection(publishToS3(bundle, target, options(direct.url), recorder().ctx));
    } finally {
      await direct.close();
    }
    const proxy = await startProxy(s3Url);
    try {
      const result = await publishToS3(bundle, target, options(proxy.url), recorder().ctx);
      assert.equal(result.changed, true);
      const puts = proxy.requests.filter((q) => q.operation === 'PutObject');
      assert.deepEqual(puts.map((q) => q.path.split('/').pop()), ['manifest.json']);
      assert.equal(proxy.requests.filter((q) => q.operation === 'HeadObject').length, bundle.files.length);
    } finally {
      await proxy.close();
    }
  });

  it('returns a presigned URL that plain fetch can open, valid for 7 days by default', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const proxy = await startProxy(s3Url);
    try {
      const published = await publishToS3(bundle, targetFor(bundle), options(proxy.url, { presignExpiresSeconds: undefined }), recorder().ctx);
      const presigned = new URL(published.links!.presigned!);
      assert.equal(presigned.origin + presigned.pathname, published.url);
      assert.equal(presigned.searchParams.get('X-Amz-Expires'), '604800');
      assert.equal(presigned.searchParams.get('X-Amz-SignedHeaders'), 'host');
      const seen = proxy.requests.length;
      const response = await fetch(presigned);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), REPORT_FILES['report.html']);
      assert.equal(proxy.requests[seen]!.signatureProblem, undefined, 'the presigned signature verifies');
      // The signature covers the key: the same query on another object is refused.
      const other = new URL(presigned);
      other.pathname = other.pathname.replace(/report\.html$/, 'report.md');
      assert.equal((await fetch(other)).status, 403);
      assert.equal((await fetch(published.url)).status, 403, 'the plain object URL needs a signature');
    } finally {
      await proxy.close();
    }
  });

  it('uploads files of 16 MiB and more as multipart uploads, encrypted, with identical bytes', async () => {
    const big = randomBytes(MULTIPART_THRESHOLD + 1024 * 1024);
    const bundle = await makeBundle({ 'report.html': REPORT_FILES['report.html'], 'data/trace.bin': big });
    const target = targetFor(bundle);
    const proxy = await startProxy(s3Url);
    try {
      await publishToS3(bundle, target, options(proxy.url), recorder().ctx);
      const create = proxy.requests.filter((q) => q.operation === 'CreateMultipartUpload');
      assert.equal(create.length, 1);
      assert.ok(create[0]!.url.includes('/data/trace.bin'));
      assert.equal(create[0]!.headers['x-amz-server-side-encryption'], 'AES256');
      assert.equal(create[0]!.headers['x-amz-meta-sha256'], sha256(big));
      assert.equal(proxy.requests.filter((q) => q.operation === 'UploadPart').length, 3, '17 MiB in 8 MiB parts');
      assert.equal(proxy.requests.filter((q) => q.operation === 'CompleteMultipartUpload').length, 1);
      const stored = await getObject(`portal/${target.reportPath}/data/trace.bin`);
      assert.equal(sha256(stored.bytes), sha256(big));
      const head = await verifier.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `portal/${target.reportPath}/data/trace.bin` }));
      assert.equal(head.ContentType, 'application/octet-stream');
    } finally {
      await proxy.close();
    }
  });
});

describe('publishToS3 retries and errors', () => {
  it('retries a 503 twice with the suite policy (waits 1 s then 2 s) and succeeds on the third attempt', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    let failures = 0;
    const proxy = await startProxy(s3Url, (q) =>
      q.operation === 'PutObject' && q.path.endsWith('/report.html') && failures++ < 2
        ? { status: 503, body: s3ErrorXml('SlowDown', 'Please reduce your request rate.') }
        : undefined,
    );
    const r = recorder();
    try {
      const published = await publishToS3(bundle, target, options(proxy.url), r.ctx);
      assert.equal(published.changed, true);
      assert.equal(proxy.requests.filter((q) => q.operation === 'PutObject' && q.path.endsWith('/report.html')).length, 3);
      assert.deepEqual(r.sleeps, [1000, 2000]);
      assert.ok(r.lines.some((l) => l.includes('attempt 2 of 3 after 503 SlowDown, waiting 1 s')), r.lines.join('\n'));
      const stored = await getObject(`portal/${target.reportPath}/report.html`);
      assert.equal(stored.bytes.toString('utf8'), REPORT_FILES['report.html']);
    } finally {
      await proxy.close();
    }
  });

  it('honours Retry-After on a 503', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    let failures = 0;
    const proxy = await startProxy(s3Url, (q) =>
      q.operation === 'PutObject' && q.path.endsWith('/report.md') && failures++ < 1
        ? { status: 503, body: s3ErrorXml('ServiceUnavailable', 'try later'), headers: { 'retry-after': '3' } }
        : undefined,
    );
    const r = recorder();
    try {
      await publishToS3(bundle, targetFor(bundle), options(proxy.url), r.ctx);
      assert.deepEqual(r.sleeps, [3000]);
    } finally {
      await proxy.close();
    }
  });

  it('retries a connection dropped without an answer', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const target = targetFor(bundle);
    let drops = 0;
    const proxy = await startProxy(s3Url, (q) => (q.operation === 'PutObject' && q.path.endsWith('/report.pdf') && drops++ < 1 ? 'reset' : undefined));
    const r = recorder();
    try {
      await publishToS3(bundle, target, options(proxy.url), r.ctx);
      assert.deepEqual(r.sleeps, [1000]);
      assert.ok(r.lines.some((l) => /attempt 2 of 3 after (ECONNRESET|EPIPE|socket hang up)/.test(l)), r.lines.join('\n'));
      const stored = await getObject(`portal/${target.reportPath}/report.pdf`);
      assert.equal(sha256(stored.bytes), bundle.files.find((f) => f.path === 'report.pdf')!.sha256);
    } finally {
      await proxy.close();
    }
  });

  it('gives up after 3 attempts of 503 with a message that says what was tried', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const proxy = await startProxy(s3Url, (q) => (q.operation === 'PutObject' ? { status: 503, body: s3ErrorXml('SlowDown', 'slow down') } : undefined));
    const r = recorder();
    try {
      const error = await rejection(publishToS3(bundle, targetFor(bundle), options(proxy.url, { concurrency: 1 }), r.ctx));
      assert.match(error.message, /gave up after 3 attempts \(503 SlowDown, 503 SlowDown, 503 SlowDown, waiting 1 s then 2 s\)/);
      assert.equal(proxy.requests.filter((q) => q.operation === 'PutObject').length, 3, 'the first failing file stops the publish');
    } finally {
      await proxy.close();
    }
  });

  it('does not retry 403 AccessDenied and names the bucket and the s3:PutObject permission', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const proxy = await startProxy(s3Url, () => ({ status: 403, body: s3ErrorXml('AccessDenied', 'Access Denied') }));
    const r = recorder();
    try {
      const error = await rejection(publishToS3(bundle, targetFor(bundle), options(proxy.url), r.ctx));
      assert.ok(error instanceof ConfigurationError, `a ConfigurationError, got ${error.name}`);
      assert.match(error.message, new RegExp(`bucket "${BUCKET}"`));
      assert.match(error.message, /s3:PutObject/);
      assert.match(error.message, /403 AccessDenied/);
      assert.deepEqual(r.sleeps, [], 'no wait, no retry');
      const perRequest = new Map<string, number>();
      for (const q of proxy.requests) perRequest.set(`${q.method} ${q.url}`, (perRequest.get(`${q.method} ${q.url}`) ?? 0) + 1);
      assert.ok([...perRequest.values()].every((n) => n === 1), 'every request was made once');
      assert.ok(proxy.requests.some((q) => q.operation === 'PutObject'));
    } finally {
      await proxy.close();
    }
  });

  it('names the bucket when it does not exist', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const error = await rejection(publishToS3(bundle, targetFor(bundle), options(s3Url, { bucket: 'no-such-reports' }), recorder().ctx));
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /NoSuchBucket/);
    assert.match(error.message, /bucket "no-such-reports" does not exist/);
  });

  it('says the credentials are wrong when S3 rejects the signature or the key', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const proxy = await startProxy(s3Url);
    const r = recorder();
    try {
      const error = await rejection(
        publishToS3(bundle, targetFor(bundle), options(proxy.url, { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'wrong' } }), r.ctx),
      );
      assert.ok(error instanceof ConfigurationError);
      assert.match(error.message, /SignatureDoesNotMatch/);
      assert.match(error.message, /AWS_SECRET_ACCESS_KEY/);
      assert.equal(proxy.requests.length, 1, 'not retried');
      assert.ok(r.secrets.includes('wrong'), 'the secret was registered before any request');
    } finally {
      await proxy.close();
    }
    // s3rver itself knows its one access key.
    const unknownKey = await rejection(
      publishToS3(bundle, targetFor(bundle), options(s3Url, { credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }), recorder().ctx),
    );
    assert.ok(unknownKey instanceof ConfigurationError);
    assert.match(unknownKey.message, /InvalidAccessKeyId/);
  });

  it('refuses a presigned lifetime above the SigV4 maximum of 7 days', async () => {
    const bundle = await makeBundle(REPORT_FILES);
    const error = await rejection(publishToS3(bundle, targetFor(bundle), options(s3Url, { presignExpiresSeconds: 604_801 }), recorder().ctx));
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /7 days/);
  });
});

describe('object keys and URLs', () => {
  it('joins prefix, report path and file path without double or leading slashes', () => {
    assert.equal(joinKey('', 'acme/shop/main/1', 'report.html'), 'acme/shop/main/1/report.html');
    assert.equal(joinKey('/reports/', '/acme/shop/main/1/', 'charts/a.svg'), 'reports/acme/shop/main/1/charts/a.svg');
    assert.equal(joinKey('a//b', undefined, 'c'), 'a/b/c');
  });

  it('is path-style on a custom endpoint and virtual-hosted on AWS', () => {
    const key = 'acme/shop/main/1/report.html';
    assert.equal(
      objectUrl({ bucket: 'b', endpoint: new URL('http://127.0.0.1:9000/'), region: 'us-east-1', forcePathStyle: true }, key),
      'http://127.0.0.1:9000/b/acme/shop/main/1/report.html',
    );
    assert.equal(
      objectUrl({ bucket: 'b', endpoint: undefined, region: 'eu-west-1', forcePathStyle: false }, key),
      'https://b.s3.eu-west-1.amazonaws.com/acme/shop/main/1/report.html',
    );
    assert.equal(
      objectUrl({ bucket: 'my.reports', endpoint: undefined, region: 'eu-west-1', forcePathStyle: false }, 'a b/r.html'),
      'https://s3.eu-west-1.amazonaws.com/my.reports/a%20b/r.html',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Credentials

interface StsCall {
  params: URLSearchParams;
  authorization: string | undefined;
}

/**
 * A stand-in for AWS STS: AssumeRoleWithWebIdentity cannot run here (it needs AWS and a real
 * GitHub OIDC token), so this answers the Query-protocol request with the XML STS documents,
 * handing out s3rver's key pair with a session token, and records what it was sent.
 */
async function startStsStandIn(answer: (call: StsCall) => { status: number; body: string } | undefined = () => undefined) {
  const calls: StsCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const call = { params: new URLSearchParams(Buffer.concat(chunks).toString('utf8')), authorization: req.headers.authorization };
      calls.push(call);
      const custom = answer(call);
      res.writeHead(custom?.status ?? 200, { 'content-type': 'text/xml' });
      res.end(
        custom?.body ??
          `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>repo:acme/shop:ref:refs/heads/main</SubjectFromWebIdentityToken>
    <Audience>sts.amazonaws.com</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/assay-publisher/${call.params.get('RoleSessionName')}</Arn>
      <AssumedRoleId>AROAEXAMPLE:${call.params.get('RoleSessionName')}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>S3RVER</AccessKeyId>
      <SecretAccessKey>S3RVER</SecretAccessKey>
      <SessionToken>FwoGZXIvYXdzEXAMPLE/session+token==</SessionToken>
      <Expiration>${new Date(Date.now() + 3600_000).toISOString()}</Expiration>
    </Credentials>
    <Provider>arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const ROLE = 'arn:aws:iam::123456789012:role/assay-publisher';

describe('resolveS3Credentials', () => {
  it('reads static keys from the environment and registers them as secrets', async () => {
    const secrets: string[] = [];
    const credentials = await resolveS3Credentials(
      { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret/key+1', AWS_SESSION_TOKEN: 'tok/en=' },
      { setSecret: (v) => secrets.push(v) },
    );
    assert.deepEqual(credentials, { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret/key+1', sessionToken: 'tok/en=' });
    assert.ok(secrets.includes('secret/key+1') && secrets.includes('tok/en=') && secrets.includes(encodeURIComponent('tok/en=')));
  });

  it('says what to set when there are no credentials at all', async () => {
    const error = await rejection(resolveS3Credentials({}));
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /AWS_ACCESS_KEY_ID/);
    assert.match(error.message, /AWS_SECRET_ACCESS_KEY/);
    assert.match(error.message, /id-token: write/);
  });

  it('names the missing half of a key pair', async () => {
    const error = await rejection(resolveS3Credentials({ AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE' }));
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /AWS_SECRET_ACCESS_KEY is not/);
  });

  it('asks for the id-token: write permission when the OIDC token cannot be had', async () => {
    const error = await rejection(
      resolveS3Credentials(
        {},
        {
          roleToAssume: ROLE,
          getIdToken: async () => {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
          },
        },
      ),
    );
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /permissions: id-token: write/);
    const noToken = await rejection(resolveS3Credentials({}, { roleToAssume: ROLE }));
    assert.match(noToken.message, /id-token: write/);
  });

  it('exchanges the GitHub OIDC token with STS AssumeRoleWithWebIdentity and publishes with the session', async () => {
    const sts = await startStsStandIn();
    const audiences: string[] = [];
    const secrets: string[] = [];
    try {
      const credentials = await resolveS3Credentials(
        { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2', AWS_REGION: 'eu-west-1' },
        {
          roleToAssume: ROLE,
          getIdToken: async (audience) => {
            audiences.push(audience);
            return 'eyJhbGciOiJSUzI1NiJ9.github-oidc-token.signature';
          },
          stsEndpoint: sts.url,
          setSecret: (v) => secrets.push(v),
        },
      );
      assert.deepEqual(audiences, ['sts.amazonaws.com']);
      assert.equal(sts.calls.length, 1);
      const params = sts.calls[0]!.params;
      assert.equal(params.get('Action'), 'AssumeRoleWithWebIdentity');
      assert.equal(params.get('RoleArn'), ROLE);
      assert.equal(params.get('WebIdentityToken'), 'eyJhbGciOiJSUzI1NiJ9.github-oidc-token.signature');
      assert.equal(params.get('RoleSessionName'), 'assay-4242-2');
      assert.equal(sts.calls[0]!.authorization, undefined, 'AssumeRoleWithWebIdentity is not signed');
      assert.equal(credentials.accessKeyId, 'S3RVER');
      assert.equal(credentials.sessionToken, 'FwoGZXIvYXdzEXAMPLE/session+token==');
      assert.ok(credentials.expiration instanceof Date);
      for (const secret of ['eyJhbGciOiJSUzI1NiJ9.github-oidc-token.signature', 'S3RVER', 'FwoGZXIvYXdzEXAMPLE/session+token==']) {
        assert.ok(secrets.includes(secret), `${secret} registered as a secret`);
      }

      // The session credentials work for the publish, and the session token is sent with it.
      const bundle = await makeBundle(REPORT_FILES);
      const proxy = await startProxy(s3Url);
      const r = recorder();
      try {
        const published = await publishToS3(bundle, targetFor(bundle), options(proxy.url, { credentials: async () => credentials }), r.ctx);
        assert.equal(published.changed, true);
        assert.ok(proxy.requests.every((q) => q.headers['x-amz-security-token'] === 'FwoGZXIvYXdzEXAMPLE/session+token=='));
        assert.ok(r.secrets.includes(encodeURIComponent('FwoGZXIvYXdzEXAMPLE/session+token==')), 'the token as it appears in a presigned URL is masked too');
        assert.ok(r.lines.some((l) => l.includes('presigned link works only until')), 'warns that the link ends with the session');
      } finally {
        await proxy.close();
      }
    } finally {
      await sts.close();
    }
  });

  it('retries STS with the suite policy when it is unavailable', async () => {
    let calls = 0;
    const sts = await startStsStandIn(() =>
      calls++ < 1
        ? { status: 503, body: '<ErrorResponse><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>try again</Message></Error></ErrorResponse>' }
        : undefined,
    );
    const sleeps: number[] = [];
    try {
      const credentials = await resolveS3Credentials(
        {},
        { roleToAssume: ROLE, getIdToken: async () => 'token', stsEndpoint: sts.url, sleep: async (ms) => void sleeps.push(ms) },
      );
      assert.equal(credentials.accessKeyId, 'S3RVER');
      assert.equal(sts.calls.length, 2);
      assert.deepEqual(sleeps, [1000]);
    } finally {
      await sts.close();
    }
  });

  it('explains a refused AssumeRoleWithWebIdentity with the trust policy to fix, without retrying', async () => {
    const sts = await startStsStandIn(() => ({
      status: 403,
      body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>x</RequestId></ErrorResponse>`,
    }));
    try {
      const error = await rejection(
        resolveS3Credentials({ GITHUB_REPOSITORY: 'acme/shop' }, { roleToAssume: ROLE, getIdToken: async () => 'token', stsEndpoint: sts.url }),
      );
      assert.ok(error instanceof ConfigurationError);
      assert.match(error.message, /trust policy/);
      assert.match(error.message, /repo:acme\/shop:\*/);
      assert.equal(sts.calls.length, 1);
    } finally {
      await sts.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Performance

describe('publishToS3 performance', () => {
  it('uploads 200 files, 50 MB in all, to s3rver in at most 3 s', async () => {
    const dir = path.join(tmp, 'perf-bundle');
    const count = 200;
    const each = 250_000;
    for (let i = 0; i < count; i++) {
      const name = i === 0 ? 'report.html' : `assets/blob-${String(i).padStart(3, '0')}.bin`;
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), randomBytes(each));
    }
    const bundle = await readBundle(dir);
    assert.equal(bundle.files.length, count);
    assert.equal(bundle.totalBytes, 50_000_000);

    // s3rver's own floor: the same bytes as bare unsigned PUTs, no SDK, at the same concurrency.
    const concurrency = 8;
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const floorStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const file = bundle.files[next++]!;
          const body = await fs.promises.readFile(file.absolutePath);
          await new Promise<void>((resolve, reject) => {
            const put = http.request(
              { host: s3Url.hostname, port: s3Url.port, method: 'PUT', path: `/${BUCKET}/floor/${file.path}`, agent, headers: { 'content-length': body.length } },
              (answer) => answer.resume().on('end', resolve),
            );
            put.on('error', reject);
            put.end(body);
          });
        }
      }),
    );
    const floorMs = performance.now() - floorStarted;
    agent.destroy();

    // s3rver runs in this process, so a busy machine slows both ends at once. A run over the
    // limit is repeated (to a fresh place, so it uploads everything again) up to twice; every
    // time is printed.
    const times: number[] = [];
    for (let run = 0; run < 3 && !(times.length > 0 && Math.min(...times) <= 3000); run++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const published = await publishToS3(bundle, targetFor(bundle), options(s3Url, { concurrency }), recorder().ctx);
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      times.push(ms);
      assert.equal(published.changed, true);
      console.log(
        `# s3 publish: ${count} files, ${bundle.totalBytes / 1e6} MB to s3rver in ${ms.toFixed(0)} ms ` +
          `(concurrency ${concurrency}; this process, s3rver included, used ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ` +
          `bare unsigned PUTs of the same files: ${floorMs.toFixed(0)} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs)`,
      );
    }
    assert.ok(Math.min(...times) <= 3000, `took ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  });
});
