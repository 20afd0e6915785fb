import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { uploadReportArtifact } from '../actions/generate-report/publish/report-artifact';
import { createConsoleLogger } from '../lib/action/logger';
import { ArtifactNameTakenError } from '../lib/artifacts/errors';
import { createArtifactStore } from '../lib/artifacts/select-store';
import { startResultsService, type ResultsService } from './support/results-service';

/**
 * The report folder as an artifact of the run, through the real @actions/artifact client (picked
 * by select-store because the runner's variables are set) against the results-service stand-in,
 * then downloaded by another job of the run and compared byte for byte.
 */

const log = createConsoleLogger({ write: () => {} });
const FILES = ['report.html', 'report.json', 'report.md', 'report.pdf'];
let scratch: string;
let reportDir: string;
let service: ResultsService;
const savedEnv = { ...process.env };

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-report-artifact-'));
  reportDir = path.join(scratch, 'out');
  await mkdir(reportDir);
  await writeFile(path.join(reportDir, 'report.md'), '# Assay report\n\nGrade: B+\n');
  await writeFile(path.join(reportDir, 'report.html'), '<!doctype html><title>Assay report</title><h1>Assay report</h1>\n');
  await writeFile(path.join(reportDir, 'report.json'), JSON.stringify({ schemaVersion: 1, grade: { letter: 'B+' } }));
  // A PDF-sized binary that does not compress, so the upload is a real multi-megabyte blob.
  await writeFile(path.join(reportDir, 'report.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * 1024 * 1024)]));
  await writeFile(path.join(reportDir, '.scratch'), 'hidden files stay behind');
  service = await startResultsService();
});
after(async () => {
  await service.close();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  await rm(scratch, { recursive: true, force: true });
});

describe('uploadReportArtifact', () => {
  test('uploads the report folder with the real client and another job downloads it identical', async () => {
    const store = createArtifactStore({ env: service.env('job-report'), folder: path.join(scratch, 'unused'), log });
    assert.equal(store.kind, 'github', 'on a runner the results service is used');

    const uploaded = await uploadReportArtifact({ store, name: 'assay-report', dir: reportDir, log, retentionDays: 7 });
    const stored = service.artifacts().find((a) => a.name === 'assay-report');
    assert.ok(stored?.finalized && stored.blob);
    assert.deepEqual(uploaded, {
      id: stored.id,
      name: 'assay-report',
      size: stored.blob.length,
      digest: createHash('sha256').update(stored.blob).digest('hex'),
    });
    assert.match(uploaded.digest, /^[0-9a-f]{64}$/);
    const create = service.requests.find((r) => r.operation === 'CreateArtifact');
    assert.ok(create?.json?.expires_at, 'the retention went to the service');

    const reader = createArtifactStore({ env: service.env('job-publish'), folder: path.join(scratch, 'unused'), log });
    const destination = path.join(scratch, 'downloaded');
    const downloaded = await reader.download('assay-report', destination);
    assert.deepEqual(downloaded.files, FILES, 'the four report files and not the hidden one');
    for (const file of FILES) {
      const [want, got] = await Promise.all([readFile(path.join(reportDir, file)), readFile(path.join(destination, file))]);
      assert.ok(want.equals(got), `${file} is identical after the round trip`);
    }
    assert.deepEqual((await readdir(destination)).sort(), FILES);
  });

  test('a second upload under the same name is refused (artifacts are immutable)', async () => {
    const store = createArtifactStore({ env: service.env('job-report'), folder: path.join(scratch, 'unused'), log });
    await assert.rejects(uploadReportArtifact({ store, name: 'assay-report', dir: reportDir, log }), ArtifactNameTakenError);
  });

  test('outside a runner the folder store keeps it, with the same result shape', async () => {
    const store = createArtifactStore({ env: {}, folder: path.join(scratch, 'artifacts'), log });
    assert.equal(store.kind, 'folder');
    const uploaded = await uploadReportArtifact({ store, name: 'assay-report', dir: reportDir, log });
    assert.equal(uploaded.name, 'assay-report');
    assert.match(uploaded.digest, /^[0-9a-f]{64}$/);
    assert.ok(uploaded.size > 3 * 1024 * 1024);
  });
});
