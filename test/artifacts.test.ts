import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ActionHost } from '../lib/action/host';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import {
  ArtifactDigestMismatchError,
  ArtifactNameTakenError,
  ArtifactNotFoundError,
} from '../lib/artifacts/errors';
import { createFolderArtifactStore, listDigest, MANIFEST_SUFFIX, type ArtifactManifest } from '../lib/artifacts/folder-store';
import { createGitHubArtifactStore } from '../lib/artifacts/github-store';
import { createArtifactStore } from '../lib/artifacts/select-store';
import { artifactNameInput, publishStageArtifact } from '../lib/artifacts/stage-artifact';
import type { ArtifactStore } from '../lib/artifacts/store';
import { startResultsService, type ResultsService } from './support/results-service';

const execFileAsync = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const log = createConsoleLogger({ write: () => {} });
const savedEnv = { ...process.env };
let scratch: string;
let fixture: string;

/** Visible files of the fixture, as they must appear in an artifact. */
const VISIBLE = [
  'bin/all-bytes.bin',
  'data/nested/deep/values.json',
  'empty.txt',
  'large/random.bin',
  'report/summary.md',
];

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-artifacts-'));
  fixture = path.join(scratch, 'fixture');
  const put = async (relative: string, content: string | Buffer) => {
    await mkdir(path.dirname(path.join(fixture, relative)), { recursive: true });
    await writeFile(path.join(fixture, relative), content);
  };
  await put('report/summary.md', '# Summary\n\nAll good.\n');
  await put('data/nested/deep/values.json', JSON.stringify({ values: [1, 2, 3] }));
  await put('bin/all-bytes.bin', Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)));
  // Random bytes do not compress, so the zip passes the client's 8 MiB chunk size and the upload
  // takes more than one block.
  await put('large/random.bin', randomBytes(9 * 1024 * 1024 + 123));
  await put('empty.txt', '');
  await put('.env', 'SECRET=1\n');
  await put('.git/config', '[core]\n');
  await put('report/.cache/tmp.txt', 'cached\n');
});

after(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  await rm(scratch, { recursive: true, force: true });
});

async function freshDir(label: string): Promise<string> {
  return mkdtemp(path.join(scratch, `${label}-`));
}

async function assertSameFiles(downloaded: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const [want, got] = await Promise.all([readFile(path.join(fixture, file)), readFile(path.join(downloaded, file))]);
    assert.ok(want.equals(got), `${file} differs after the round trip`);
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Flips a byte of the zip's central directory: the archive still extracts (unzip-stream only
 * reads the local headers), so only the digest can notice. That is the case the check exists for.
 */
function flipCentralDirectoryByte(zip: Buffer): Buffer {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory > 0, 'the blob is a zip');
  const directoryStart = zip.readUInt32LE(endOfDirectory + 16);
  zip[directoryStart + 4] ^= 0xff;
  return zip;
}

describe('GitHub store with the real @actions/artifact client', () => {
  let service: ResultsService;
  let uploader: ArtifactStore;

  before(async () => {
    service = await startResultsService();
    uploader = createGitHubArtifactStore({ env: service.env('job-analyze'), log });
  });
  after(() => service.close());

  test('uploads a folder and downloads it byte for byte, verified by digest', async () => {
    const uploaded = await uploader.upload('assay-analysis', fixture);
    assert.equal(uploaded.name, 'assay-analysis');
    assert.equal(uploaded.files, VISIBLE.length);
    assert.equal(typeof uploaded.id, 'number');
    assert.match(uploaded.digest, /^[0-9a-f]{64}$/);

    const stored = service.artifacts().find((a) => a.name === 'assay-analysis');
    assert.ok(stored?.finalized && stored.blob);
    assert.equal(uploaded.id, stored.id);
    assert.equal(uploaded.digest, sha256(stored.blob), 'the digest the client computed is that of the zip the server holds');
    assert.equal(stored.digest, `sha256:${uploaded.digest}`);
    assert.equal(uploaded.size, stored.blob.length);
    assert.equal(stored.jobId, 'job-analyze');

    const blocks = service.requests.filter((r) => r.operation === 'PutBlock');
    assert.ok(blocks.length >= 2, `a zip over 8 MiB goes up in several blocks (saw ${blocks.length})`);
    assert.ok(service.requests.some((r) => r.operation === 'PutBlockList' && r.status === 201));
    const create = service.requests.find((r) => r.operation === 'CreateArtifact');
    assert.equal(create?.json?.workflow_run_backend_id, service.runId);
    assert.equal(create?.json?.name, 'assay-analysis');

    const destination = await freshDir('github-download');
    const downloaded = await uploader.download('assay-analysis', destination);
    assert.equal(downloaded.path, destination);
    assert.deepEqual(downloaded.files, VISIBLE, 'every visible file and no hidden one');
    await assertSameFiles(destination, VISIBLE);
    assert.deepEqual((await readdir(destination)).sort(), ['bin', 'data', 'empty.txt', 'large', 'report'], 'no staging left');
    const getBlob = service.requests.filter((r) => r.operation === 'GetBlob');
    assert.equal(getBlob.at(-1)?.status, 200);
  });

  test('another job of the same run lists and downloads it; another run does not see it', async () => {
    await uploader.upload('assay-security', fixture, ['report/summary.md']);
    const reporter = createGitHubArtifactStore({ env: service.env('job-report'), log });

    const listed = await reporter.list();
    const security = listed.find((a) => a.name === 'assay-security');
    assert.ok(security, `listed: ${listed.map((a) => a.name).join(', ')}`);
    assert.equal(typeof security.id, 'number');
    assert.equal(security.digest, sha256(service.artifacts().find((a) => a.name === 'assay-security')!.blob!));

    const destination = await freshDir('second-job');
    const downloaded = await reporter.download('assay-security', destination);
    assert.deepEqual(downloaded.files, ['report/summary.md']);
    await assertSameFiles(destination, ['report/summary.md']);
    assert.ok(service.requests.some((r) => r.operation === 'GetSignedArtifactURL' && r.jobId === 'job-report'));

    const otherRun = createGitHubArtifactStore({ env: service.env('job-report', 'another-run'), log });
    assert.deepEqual(await otherRun.list(), []);
    await assert.rejects(otherRun.download('assay-security', await freshDir('other-run')), ArtifactNotFoundError);
  });

  test('a job in another process, configured only by its environment, shares the run', async () => {
    // What the end-to-end tests do: the child sees nothing of this process but the service's URL.
    const script = `
      const { createArtifactStore } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'lib/artifacts/select-store.ts')).href)});
      const store = createArtifactStore({ env: process.env, folder: 'unused', log: { debug() {}, info() {} } });
      const result = await store.upload('from-child', process.env.FIXTURE, ['report/summary.md', 'bin/all-bytes.bin']);
      console.log('RESULT ' + JSON.stringify({ kind: store.kind, ...result }));`;
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repo,
      env: { ...process.env, ...service.env('job-child'), FIXTURE: fixture },
    });
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    assert.ok(line, stdout);
    const result = JSON.parse(line.slice('RESULT '.length));
    assert.equal(result.kind, 'github');
    assert.equal(result.files, 2);

    const stored = service.artifacts().find((a) => a.name === 'from-child');
    assert.equal(stored?.jobId, 'job-child');
    assert.equal(result.digest, sha256(stored!.blob!));
    const destination = await freshDir('from-child');
    const downloaded = await createGitHubArtifactStore({ env: service.env('job-report'), log }).download('from-child', destination);
    assert.deepEqual(downloaded.files, ['bin/all-bytes.bin', 'report/summary.md']);
    await assertSameFiles(destination, downloaded.files);
  });

  test('a name can be uploaded only once per run', async () => {
    await uploader.upload('assay-performance', fixture, ['empty.txt', 'bin']);
    for (const store of [uploader, createGitHubArtifactStore({ env: service.env('job-bench-2'), log })]) {
      await assert.rejects(store.upload('assay-performance', fixture, ['report/summary.md']), (err) => {
        assert.ok(err instanceof ArtifactNameTakenError);
        assert.ok(err instanceof ConfigurationError, 'the user fixes it by choosing another name');
        assert.match(err.message, /"assay-performance" already exists in this workflow run/);
        return true;
      });
    }
    const created = service.requests.filter((r) => r.operation === 'CreateArtifact' && r.json?.name === 'assay-performance');
    assert.deepEqual(created.map((r) => r.status), [200, 409, 409]);
  });

  test('downloading a missing name fails naming it and the artifacts that exist', async () => {
    await assert.rejects(uploader.download('assay-anaylsis', await freshDir('missing')), (err) => {
      assert.ok(err instanceof ArtifactNotFoundError);
      assert.equal(err.artifact, 'assay-anaylsis');
      assert.ok(err.available.includes('assay-analysis'));
      assert.match(err.message, /Artifact "assay-anaylsis" was not found in this workflow run/);
      assert.match(err.message, /"assay-analysis"/);
      return true;
    });
  });

  test('a blob altered in storage fails the digest check and writes nothing', async () => {
    await uploader.upload('assay-report', fixture, ['report/summary.md', 'data']);
    service.tamper('assay-report', flipCentralDirectoryByte);
    const destination = await freshDir('corrupt');
    await assert.rejects(uploader.download('assay-report', destination), (err) => {
      assert.ok(err instanceof ArtifactDigestMismatchError);
      assert.match(err.message, /Artifact "assay-report" failed its integrity check/);
      return true;
    });
    assert.deepEqual(await readdir(destination), [], 'the corrupt content never reaches the destination');
  });

  test('retention goes to the service as an expiry date', async () => {
    await uploader.upload('assay-retained', fixture, ['empty.txt'], { retentionDays: 3 });
    const create = service.requests.find((r) => r.operation === 'CreateArtifact' && r.json?.name === 'assay-retained');
    const expires = Date.parse(String(create?.json?.expires_at));
    const days = (expires - Date.now()) / 86_400_000;
    assert.ok(days > 2.9 && days <= 3.01, `expires in ${days} days`);
    await assert.rejects(uploader.upload('assay-retained-long', fixture, ['empty.txt'], { retentionDays: 91 }), ConfigurationError);
  });

  test('a wrong upload is refused before anything is sent', async () => {
    const before = service.requests.length;
    await assert.rejects(uploader.upload('bad/name', fixture), /may not contain/);
    await assert.rejects(uploader.upload('outside', fixture, ['../elsewhere.txt']), /outside the artifact's root folder/);
    await assert.rejects(uploader.upload('missing-file', fixture, ['nope.txt']), /"nope.txt" listed for artifact "missing-file" does not exist/);
    await assert.rejects(uploader.upload('no-folder', path.join(scratch, 'absent')), /does not exist or is not a folder/);
    assert.equal(service.requests.length, before);
  });

  test('the injected environment is used and process.env is left as it was', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    assert.ok((await uploader.list()).length > 0);
    assert.equal(process.env.ACTIONS_RUNTIME_TOKEN, undefined);
    assert.equal(process.env.ACTIONS_RESULTS_URL, undefined);
  });
});

describe('folder store', () => {
  let root: string;
  let store: ArtifactStore;

  before(async () => {
    root = path.join(await freshDir('folder-store'), 'artifacts');
    store = createFolderArtifactStore({ root, log });
  });

  test('round trip: visible files, byte for byte, with a manifest of digests', async () => {
    const uploaded = await store.upload('assay-analysis', fixture);
    assert.equal(uploaded.files, VISIBLE.length);
    assert.equal(uploaded.id, 1);

    const manifest: ArtifactManifest = JSON.parse(await readFile(path.join(root, `assay-analysis${MANIFEST_SUFFIX}`), 'utf8'));
    assert.deepEqual(manifest.files.map((f) => f.path), VISIBLE);
    assert.equal(manifest.digest, uploaded.digest);
    assert.equal(listDigest(manifest.files), uploaded.digest);
    const random = manifest.files.find((f) => f.path === 'large/random.bin')!;
    assert.equal(random.sha256, sha256(await readFile(path.join(fixture, 'large/random.bin'))));
    assert.equal(uploaded.size, manifest.files.reduce((sum, f) => sum + f.size, 0));

    const destination = await freshDir('folder-download');
    const downloaded = await store.download('assay-analysis', destination);
    assert.deepEqual(downloaded.files, VISIBLE);
    await assertSameFiles(destination, VISIBLE);
    assert.deepEqual(await store.list(), [{ name: 'assay-analysis', id: 1, size: uploaded.size, digest: uploaded.digest }]);
  });

  test('a hidden file is taken when listed on purpose', async () => {
    const uploaded = await store.upload('with-hidden', fixture, ['.env', 'report']);
    assert.equal(uploaded.files, 2);
    const downloaded = await store.download('with-hidden', await freshDir('hidden'));
    assert.deepEqual(downloaded.files, ['.env', 'report/summary.md']);
  });

  test('names are immutable', async () => {
    await store.upload('assay-once', fixture, ['empty.txt']);
    await assert.rejects(store.upload('assay-once', fixture, ['report/summary.md']), (err) => {
      assert.ok(err instanceof ArtifactNameTakenError);
      assert.match(err.message, /"assay-once" already exists in the artifact folder/);
      return true;
    });
    const downloaded = await store.download('assay-once', await freshDir('once'));
    assert.deepEqual(downloaded.files, ['empty.txt'], 'the first upload is untouched');
    assert.deepEqual((await readdir(root)).filter((n) => n.startsWith('.')), [], 'no scratch left behind');
  });

  test('a missing name fails naming it and the artifacts that exist', async () => {
    await assert.rejects(store.download('nope', await freshDir('nope')), (err) => {
      assert.ok(err instanceof ArtifactNotFoundError);
      assert.match(err.message, /Artifact "nope" was not found in the artifact folder/);
      assert.ok(err.available.includes('assay-analysis') && err.available.includes('assay-once'));
      return true;
    });
    const empty = createFolderArtifactStore({ root: path.join(scratch, 'never-created'), log });
    await assert.rejects(empty.download('x', await freshDir('x')), /There are no artifacts there yet/);
  });

  test('a file changed, added or removed after upload is detected, and nothing is written', async () => {
    await store.upload('tampered', fixture, ['report', 'bin', 'data']);
    const destination = await freshDir('tampered');
    const stored = path.join(root, 'tampered');

    const original = await readFile(path.join(stored, 'bin/all-bytes.bin'));
    const changed = Buffer.from(original);
    changed[100] ^= 0x01;
    await writeFile(path.join(stored, 'bin/all-bytes.bin'), changed);
    await assert.rejects(store.download('tampered', destination), (err) => {
      assert.ok(err instanceof ArtifactDigestMismatchError);
      assert.match(err.message, /bin\/all-bytes.bin has SHA-256 [0-9a-f]{64}, not the [0-9a-f]{64} recorded/);
      return true;
    });
    assert.deepEqual(await readdir(destination), []);
    await writeFile(path.join(stored, 'bin/all-bytes.bin'), original);

    await writeFile(path.join(stored, 'report/extra.md'), 'sneaked in\n');
    await assert.rejects(store.download('tampered', destination), /report\/extra.md was added/);
    await rm(path.join(stored, 'report/extra.md'));

    await rm(path.join(stored, 'data/nested/deep/values.json'));
    await assert.rejects(store.download('tampered', destination), /data\/nested\/deep\/values.json is missing/);
    assert.deepEqual(await readdir(destination), []);
  });

  test('a manifest edited to match a changed file is detected', async () => {
    await store.upload('doctored', fixture, ['report/summary.md']);
    const manifestFile = path.join(root, `doctored${MANIFEST_SUFFIX}`);
    const manifest: ArtifactManifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    await writeFile(path.join(root, 'doctored/report/summary.md'), 'changed\n');
    manifest.files[0]!.sha256 = sha256(Buffer.from('changed\n'));
    await writeFile(manifestFile, JSON.stringify(manifest));
    await assert.rejects(store.download('doctored', await freshDir('doctored')), /manifest .* was altered/);
  });
});

describe('store selection', () => {
  test('GitHub storage when the runtime token and results URL are both set', () => {
    const store = createArtifactStore({
      env: { ACTIONS_RUNTIME_TOKEN: 'x.e30.', ACTIONS_RESULTS_URL: 'https://results.example/' },
      folder: 'unused',
      log,
    });
    assert.equal(store.kind, 'github');
    assert.equal(store.location, 'this workflow run');
  });

  test('the folder otherwise', () => {
    for (const env of [{}, { ACTIONS_RUNTIME_TOKEN: 'x.e30.' }, { ACTIONS_RESULTS_URL: 'https://r/', ACTIONS_RUNTIME_TOKEN: '' }]) {
      const store = createArtifactStore({ env, folder: 'assay-results/artifacts', log });
      assert.equal(store.kind, 'folder', JSON.stringify(env));
      assert.equal(store.location, path.resolve('assay-results/artifacts'));
    }
  });
});

describe('a stage uploading its output files (publishStageArtifact)', () => {
  /** A host as main.ts sees it, recording outputs and log lines. */
  function stageHost(kind: 'runner' | 'cli', env: Record<string, string>) {
    const outputs = new Map<string, string>();
    const lines: string[] = [];
    const host: ActionHost = {
      kind,
      input: () => '',
      log: createConsoleLogger({ write: (l) => lines.push(l) }),
      workspace: scratch,
      tempDir: scratch,
      env,
      setOutput: (name, value) => void outputs.set(name, String(value)),
      setSecret: () => {},
      appendSummary: async () => {},
      fail: () => {},
    };
    return { host, outputs, lines };
  }

  test('on a runner: exactly the files named, and the artifact-id output', async () => {
    const service = await startResultsService();
    try {
      const out = path.join(scratch, 'stage-out');
      await mkdir(path.join(out, 'charts'), { recursive: true });
      await writeFile(path.join(out, 'performance.json'), '{}\n');
      await writeFile(path.join(out, 'charts', 'sort.svg'), '<svg/>\n');
      // Another stage's file in the same output folder stays out.
      await writeFile(path.join(out, 'analysis.json'), '{}\n');
      const { host, outputs } = stageHost('runner', service.env('job-perf'));
      const uploaded = await publishStageArtifact({ host, stage: 'perf-bench', enabled: true, name: 'assay-performance', dir: out, files: ['performance.json', 'charts/sort.svg'] });
      assert.equal(uploaded?.files, 2);
      const stored = service.artifacts().find((a) => a.name === 'assay-performance');
      assert.ok(stored?.finalized);
      assert.equal(outputs.get('artifact-id'), String(stored.id));

      const reader = createArtifactStore({ env: service.env('job-report'), folder: 'unused', log });
      const downloaded = await reader.download('assay-performance', path.join(scratch, 'stage-download'));
      assert.deepEqual(downloaded.files, ['charts/sort.svg', 'performance.json']);
    } finally {
      await service.close();
    }
  });

  test('not at all when turned off, under the assay command, or on a runner without artifact storage', async () => {
    const out = path.join(scratch, 'stage-out-none');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'analysis.json'), '{}\n');
    const request = { stage: 'analyze', name: 'assay-analysis', dir: out, files: ['analysis.json'] };
    const off = stageHost('runner', { ACTIONS_RUNTIME_TOKEN: 'x.e30.', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' });
    assert.equal(await publishStageArtifact({ ...request, host: off.host, enabled: false }), undefined);
    const cli = stageHost('cli', {});
    assert.equal(await publishStageArtifact({ ...request, host: cli.host, enabled: true }), undefined);
    const bare = stageHost('runner', {});
    assert.equal(await publishStageArtifact({ ...request, host: bare.host, enabled: true }), undefined);
    assert.ok(bare.lines.some((l) => /not uploading artifact "assay-analysis": ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/.test(l)), bare.lines.join('\n'));
    for (const h of [off, cli, bare]) assert.equal(h.outputs.size, 0);
    await assert.rejects(readdir(path.join(scratch, '.assay-artifacts')), /ENOENT/, 'nothing went to a folder store either');
  });

  test('a bad artifact-name input is refused when the inputs are read', () => {
    assert.equal(artifactNameInput('assay-analysis-python'), 'assay-analysis-python');
    assert.throws(() => artifactNameInput('assay/analysis'), (err: Error) => err instanceof ConfigurationError && /input "artifact-name": .*forward slash/.test(err.message));
  });
});
