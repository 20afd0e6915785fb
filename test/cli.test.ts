import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ACTION_NAMES, actionMetadataFile, readActionMetadata } from '../lib/action/metadata';
import { runProcess } from '../lib/process/run-process';
import { STAGES } from '../pipeline/stages';
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

  test('an action that has not landed exits 1 and says so', async (t) => {
    const pending = STAGES.find((s) => !s.available);
    if (!pending) return t.skip('every action has landed');
    const r = await assay([pending.name, '--help']);
    assert.match(r.stdout, new RegExp(`Not available yet: its implementation \\(issue #${pending.issue}\\) has not landed`));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-'));
    fs.writeFileSync(path.join(dir, 'assay-bench.yml'), 'benchmarks: []\n');
    const validArgs: Record<string, string[]> = {
      'security-scan': ['--path', dir],
      'perf-bench': [],
      'generate-report': ['--input-dir', dir],
      'publish-portal': ['--input-dir', dir, '--destination', 'github-pages'],
    };
    const args = validArgs[pending.name]!;
    const run = await assay([pending.name, ...args], dir);
    assert.equal(run.exitCode, 1, run.stderr);
    assert.ok(run.stderr.includes(`${pending.name}: not available yet: its implementation (issue #${pending.issue}) has not landed, so nothing was run.`), run.stderr);
  });

  test('pipeline --path --output-dir runs every stage that exists and records the rest as skipped', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-out-'));
    const r = await assay(['pipeline', '--path', path.join(REPO_ROOT, 'sample'), '--output-dir', out]);
    assert.equal(r.exitCode, 0, r.stderr);
    const record = JSON.parse(fs.readFileSync(path.join(out, 'pipeline.json'), 'utf8')) as { stages: { stage: string; status: string; reason?: string }[] };
    assert.deepEqual(record.stages.map((s) => s.stage), [...ACTION_NAMES]);
    for (const s of record.stages.filter((x) => x.status === 'skipped')) assert.ok(r.stderr.includes(`skip ${s.stage}: ${s.reason}`));
    assert.match(r.stdout, /^stages=\{"analyze":/m);
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
