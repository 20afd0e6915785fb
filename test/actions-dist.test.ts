import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ACTION_NAMES } from '../lib/action/metadata';
import { STAGES } from '../pipeline/stages';
import { REPO_ROOT, runLocalAction } from './support/local-runner';

/**
 * Every action through its committed bundle, the way the runner runs it. Actions whose issue
 * has not landed must say so and fail; they must never pretend to have worked.
 */
const ISSUES: Record<string, number> = { analyze: 3, 'security-scan': 4, 'perf-bench': 6, 'generate-report': 5, 'publish-portal': 7 };
const SAMPLE = path.join(REPO_ROOT, 'sample');

/** Valid `with:` values per action, so only "not available" can stop it. */
function validInputs(name: string, workspace: string): Record<string, string> {
  fs.mkdirSync(path.join(workspace, 'assay-results'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'assay-bench.yml'), 'benchmarks: []\n');
  return name === 'publish-portal' ? { destination: 'github-pages' } : {};
}

describe('actions run from their committed dist', () => {
  for (const name of STAGES.filter((s) => !s.available).map((s) => s.name)) {
    test(`${name}: says plainly that it is not available yet and exits 1`, async (t) => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ws-'));
      t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
      const result = await runLocalAction({ actionDir: `actions/${name}`, workspace, inputs: validInputs(name, workspace) });
      if (result.note) t.diagnostic(result.note);
      assert.equal(result.exitCode, 1, result.stdout + result.stderr);
      assert.deepEqual(result.outputs, {});
      const errors = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      assert.deepEqual(errors, [`${name}: not available yet: its implementation (issue #${ISSUES[name]}) has not landed, so nothing was run.`]);
    });
  }

  test('a bad input value fails with the input named, before anything runs', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ws-'));
    fs.mkdirSync(path.join(workspace, 'assay-results'));
    try {
      const result = await runLocalAction({ actionDir: 'actions/generate-report', workspace, inputs: { kind: 'weekly' } });
      assert.equal(result.exitCode, 1);
      assert.deepEqual(
        result.annotations.map((a) => a.message),
        ['generate-report: input "kind" must be one of code-review, security, consultation, full; got "weekly".'],
      );
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  for (const event of ['push', 'pull_request'] as const) {
    test(`root action (pipeline) on the sample project, ${event} event`, async (t) => {
      const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ws-'));
      t.after(() => fs.rmSync(workspace, { recursive: true, force: true }));
      fs.cpSync(SAMPLE, path.join(workspace, 'sample'), { recursive: true });
      const osv = path.resolve(REPO_ROOT, '../shared/fixtures/osv');
      const result = await runLocalAction({
        actionDir: '.',
        workspace,
        event,
        inputs: { path: 'sample', 'output-dir': 'out', ...(fs.existsSync(osv) ? { 'osv-database': osv } : {}) },
        env: { CARGO_NET_OFFLINE: 'true' },
        timeoutMs: 300_000,
      });
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      const stages = JSON.parse(result.outputs.stages!) as Record<string, string>;
      assert.deepEqual(Object.keys(stages), [...ACTION_NAMES]);
      // What each stage did is recorded: available stages succeed, the others are skipped with the reason.
      const record = JSON.parse(fs.readFileSync(path.join(workspace, 'out/pipeline.json'), 'utf8')) as { stages: { stage: string; status: string; reason?: string }[] };
      for (const s of record.stages) {
        assert.equal(stages[s.stage], s.status);
        const available = STAGES.find((x) => x.name === s.stage)!.available;
        if (available && s.stage !== 'perf-bench' && s.stage !== 'publish-portal') assert.equal(s.status, 'success', `${s.stage}: ${s.reason}`);
        if (!available) assert.equal(s.status, 'skipped');
        if (s.status === 'skipped') assert.ok(result.stdout.includes(`skip ${s.stage}: ${s.reason}`), `log names why ${s.stage} was skipped`);
      }
      assert.match(result.summary, /## Assay pipeline\n\n\| stage \| status \| note \|/);
      // The report stage turned the other stages' files into the report, PDF included.
      const out = path.join(workspace, 'out');
      for (const file of ['analysis.json', 'analysis.sarif', 'security.sarif', 'security.json', 'performance.json', 'report.md', 'report.html', 'report.pdf', 'report.json']) {
        assert.ok(fs.existsSync(path.join(out, file)), `${file} written`);
      }
      const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { grade: { letter: string }; sources: Record<string, { present: boolean }> };
      assert.match(report.grade.letter, /^(A\+|A|A-|B\+|B|B-|C\+|C|C-|D\+|D|D-|F)$/);
      assert.deepEqual(Object.fromEntries(Object.entries(report.sources).map(([k, v]) => [k, v.present])), { analysis: true, security: true, performance: true, notes: false });
      assert.ok(fs.readFileSync(path.join(out, 'report.pdf')).subarray(0, 5).toString() === '%PDF-');
      assert.match(result.summary, /Code audit/);
      assert.ok(result.summary.includes('| analyze |'));
    });
  }
});
