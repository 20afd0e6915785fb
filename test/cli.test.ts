import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ACTION_NAMES, actionMetadataFile, readActionMetadata } from '../lib/action/metadata';
import { runProcess } from '../lib/process/run-process';
import { REPO_ROOT } from './support/local-runner';

/** The `assay` command as a user runs it: package.json's bin, through the committed bundle. */
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: { assay: string } };
const BIN = path.join(REPO_ROOT, pkg.bin.assay);

function assay(args: string[], cwd = os.tmpdir()) {
  return runProcess(process.execPath, [BIN, ...args], { cwd, timeoutMs: 300_000 });
}

describe('assay command', () => {
  test('--help names all five actions and the pipeline with their action.yml descriptions', async () => {
    const r = await assay(['--help']);
    assert.equal(r.exitCode, 0, r.stderr);
    for (const name of [...ACTION_NAMES, 'pipeline']) {
      const meta = readActionMetadata(actionMetadataFile(REPO_ROOT, name === 'pipeline' ? undefined : name));
      const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith(`${name} `));
      assert.ok(line, `--help lists ${name}`);
      assert.ok(line.includes(meta.description), `${name}'s description comes from its action.yml`);
    }
  });

  test('no command prints the help and exits 2', async () => {
    const r = await assay([]);
    assert.equal(r.exitCode, 2);
    assert.match(r.stdout, /^Usage: assay <command>/);
  });

  for (const name of ACTION_NAMES) {
    test(`assay ${name} --help lists every input of its action.yml`, async () => {
      const r = await assay([name, '--help']);
      assert.equal(r.exitCode, 0, r.stderr);
      const meta = readActionMetadata(actionMetadataFile(REPO_ROOT, name));
      assert.ok(r.stdout.includes(meta.description));
      for (const [input, spec] of Object.entries(meta.inputs)) {
        assert.match(r.stdout, new RegExp(`^  --${input} +${escape(spec.description)}`, 'm'), `--${input} listed with its description`);
      }
    });
  }

  test('every action takes --output-dir', () => {
    for (const name of ACTION_NAMES) assert.ok('output-dir' in readActionMetadata(actionMetadataFile(REPO_ROOT, name)).inputs, name);
  });

  test('an unknown flag is a one-line usage error with exit 2 and a suggestion', async () => {
    const r = await assay(['analyze', '--pth', '.']);
    assert.equal(r.exitCode, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "assay analyze: unknown option --pth; did you mean --path? (see 'assay analyze --help').\n");
  });

  test('an unknown command exits 2', async () => {
    const r = await assay(['analyse']);
    assert.equal(r.exitCode, 2);
    assert.equal(r.stderr, `assay: unknown command "analyse"; did you mean "analyze"? (see 'assay --help').\n`);
  });

  test('a flag without its value exits 2', async () => {
    const r = await assay(['security-scan', '--path']);
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /^assay security-scan: option --path needs a value/);
  });

  test('a bad value exits 2 and names the input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-'));
    const r = await assay(['generate-report', '--input-dir', dir, '--format', 'md,docx']);
    assert.equal(r.exitCode, 2);
    assert.match(r.stderr, /generate-report: input "format" has "docx"; allowed: md, html, pdf\./);
  });

  test('a missing folder exits 2 and names it', async () => {
    const r = await assay(['analyze', '--path', 'no/such/dir']);
    assert.equal(r.exitCode, 2);
    assert.ok(r.stderr.includes(`input "path": ${path.join(os.tmpdir(), 'no/such/dir')} does not exist`));
  });

  test('pipeline --path --output-dir runs every stage and publishes when a destination is set', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-out-'));
    const pages = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pages-'));
    const init = await runProcess('git', ['init', '--bare', '--quiet', pages], { timeoutMs: 30_000 });
    assert.equal(init.exitCode, 0, init.stderr);
    const r = await assay(['pipeline', '--path', path.join(REPO_ROOT, 'sample'), '--output-dir', out, '--destination', 'github-pages', '--pages-repository', pages]);
    assert.equal(r.exitCode, 0, r.stderr);
    const record = JSON.parse(fs.readFileSync(path.join(out, 'pipeline.json'), 'utf8')) as { stages: { stage: string; status: string; reason?: string }[] };
    assert.deepEqual(record.stages.map((s) => s.stage), [...ACTION_NAMES]);
    for (const s of record.stages.filter((x) => x.status === 'skipped')) assert.ok(r.stderr.includes(`skip ${s.stage}: ${s.reason}`));
    assert.equal(record.stages.find((s) => s.stage === 'publish-portal')?.status, 'success', r.stderr);
    assert.match(r.stdout, /^stages=\{"analyze":/m);
    assert.match(r.stdout, /^grade=[A-F][+-]?$/m, 'the root action passes on the report grade');
    const pagesUrl = /^pages-url=(.+)$/m.exec(r.stdout)?.[1];
    assert.ok(pagesUrl?.endsWith('/report.html'), r.stdout);
    // The published report is the one written to the output folder, byte for byte.
    const listed = await runProcess('git', ['--git-dir', pages, 'ls-tree', '-r', '--name-only', 'gh-pages'], { timeoutMs: 30_000 });
    const reportHtml = listed.stdout.split('\n').find((f) => f.endsWith('/report.html'));
    assert.ok(reportHtml, listed.stdout);
    const shown = await runProcess('git', ['--git-dir', pages, 'show', `gh-pages:${reportHtml}`], { timeoutMs: 30_000 });
    assert.equal(shown.stdout, fs.readFileSync(path.join(out, 'report.html'), 'utf8'));
    assert.ok(listed.stdout.split('\n').includes('index.html'));
    assert.ok(fs.existsSync(path.join(out, 'pipeline-summary.md')));
  });

  test('--output-dir defaults to assay-results in the current folder', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cwd-'));
    fs.mkdirSync(path.join(cwd, 'src'));
    const r = await assay(['pipeline', '--path', 'src'], cwd);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(cwd, 'assay-results', 'pipeline.json')));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
