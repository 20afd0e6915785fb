import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import { schemaViolations } from '../lib/schema/validate';
import { REPO_ROOT, runLocalAction } from './support/local-runner';

/**
 * perf-bench through its committed bundle, as the runner runs it: real programs measured by the
 * kernel's accounting, a planted regression caught against a baseline, the history kept on a git
 * branch with its trend charts, and a benchmark that crashes next to ones that do not.
 */
const PROGRAMS = path.join(REPO_ROOT, 'test/fixtures/perf/programs');
const SPIN = path.join(REPO_ROOT, 'test/fixtures/perf/action/spin.mjs');

interface Bench {
  name: string;
  status: string;
  error?: string;
  complexity?: { time?: { class: string } };
  comparison?: { verdict: string; ratio: number; confidenceInterval: [number, number] };
  trendChart?: string;
  runs?: { size?: number; samples: unknown[] }[];
}

function workspace(t: TestContext, config: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-perf-ws-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'assay-bench.yml'), config);
  return dir;
}

function readDoc(dir: string): { benchmarks: Bench[]; harnessOverheadMs?: number } {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, 'assay-results/performance.json'), 'utf8'));
  assert.deepEqual(schemaViolations('performance', doc), []);
  return doc;
}

describe('perf-bench action', () => {
  test('fits the class of real programs, and a crashing one fails alone', async (t) => {
    const config = [
      'benchmarks:',
      '  - name: quadratic',
      `    command: [node, ${PROGRAMS}/quadratic.mjs, "{n}"]`,
      // Sizes at which the work dominates Node's start-up: see test/perf-complexity-programs.test.ts.
      '    sizes: [12000, 17000, 24000, 34000, 48000]',
      '    warmup: 0',
      '    repetitions: 3',
      '  - name: crash',
      `    command: [node, ${PROGRAMS}/crash.mjs]`,
      '    repetitions: 2',
      '',
    ].join('\n');
    const run = async () => {
      const ws = workspace(t, config);
      const result = await runLocalAction({ actionDir: 'actions/perf-bench', workspace: ws, timeoutMs: 180_000 });
      return { result, doc: readDoc(ws) };
    };
    // Run again once when the series misses its class: a shared machine's one-off outlier (as in
    // test/perf-complexity-programs.test.ts); a program of another class misses both times.
    let { result, doc } = await run();
    const quadratic = () => doc.benchmarks.find((b) => b.name === 'quadratic')?.complexity?.time;
    if (quadratic()?.class !== 'O(n^2)') {
      console.log(`# quadratic: the first run did not fit O(n^2), running again: ${JSON.stringify(quadratic())}`);
      ({ result, doc } = await run());
    }
    assert.equal(result.exitCode, 1, result.stdout + result.stderr);
    const byName = new Map(doc.benchmarks.map((b) => [b.name, b]));
    assert.equal(byName.get('quadratic')?.status, 'ok');
    assert.equal(byName.get('quadratic')?.complexity?.time?.class, 'O(n^2)', JSON.stringify(byName.get('quadratic')?.complexity?.time));
    assert.equal(byName.get('crash')?.status, 'failed');
    assert.match(byName.get('crash')?.error ?? '', /exited with code 3/);
    assert.equal(result.outputs.benchmarks, '2');
    assert.equal(result.outputs.failed, '1');
    assert.ok((doc.harnessOverheadMs ?? -1) >= 0);
    assert.ok(result.annotations.some((a) => a.level === 'error' && /perf-bench failed: crash did not finish/.test(a.message)));
    assert.match(result.summary, /\| quadratic \| ok \| 48000 \|.*O\(n\^2\)/);
  });

  test('a planted 40% slowdown is a regression against the baseline; the same program is not', async (t) => {
    // 100 units: about 350 ms of loop beside Node's 70 ms start-up, so the planted 40% reads as
    // about 1.33× (at 40 units the start-up diluted it to about 1.2×, within this VM's drift).
    const config = ['benchmarks:', '  - name: spin', `    command: [node, ${SPIN}, "100"]`, '    repetitions: 10', '    warmup: 1', ''].join('\n');
    const ws = workspace(t, config);
    const measureBaseline = async () => {
      const first = await runLocalAction({ actionDir: 'actions/perf-bench', workspace: ws, timeoutMs: 180_000 });
      assert.equal(first.exitCode, 0, first.stdout + first.stderr);
      fs.renameSync(path.join(ws, 'assay-results/performance.json'), path.join(ws, 'baseline.json'));
    };
    await measureBaseline();

    const same = await runLocalAction({ actionDir: 'actions/perf-bench', workspace: ws, inputs: { baseline: 'baseline.json', 'fail-on-regression': 'true' }, timeoutMs: 180_000 });
    assert.equal(same.exitCode, 0, same.stdout + same.stderr);
    assert.notEqual(readDoc(ws).benchmarks[0]?.comparison?.verdict, 'regressed');
    assert.equal(same.outputs.regressions, '0');

    const measureSlow = () =>
      runLocalAction({
        actionDir: 'actions/perf-bench',
        workspace: ws,
        inputs: { baseline: 'baseline.json', 'fail-on-regression': 'true' },
        env: { SLOWDOWN: '1.4' },
        timeoutMs: 180_000,
      });
    let slow = await measureSlow();
    let spin = readDoc(ws).benchmarks[0]!;
    // Baseline and current are measured a minute apart, and this shared VM's speed drifts by more
    // than the planted 40% now and then (a CPU loop took 214 ms at one time and 467 ms 40 minutes
    // later): a clean-clone CI run once read the slowed program as 1.02× its baseline. Both are
    // measured again once when that happens; a comparison that cannot see a regression misses twice.
    const seen = () => spin.comparison?.verdict === 'regressed' && spin.comparison.confidenceInterval[0] > 1.05;
    if (!seen()) {
      console.log(`# spin: the planted slowdown was not seen (${JSON.stringify(spin.comparison)}), measuring baseline and slowed program again`);
      await measureBaseline();
      slow = await measureSlow();
      spin = readDoc(ws).benchmarks[0]!;
    }
    assert.equal(spin.comparison?.verdict, 'regressed', JSON.stringify(spin.comparison));
    assert.ok(spin.comparison!.confidenceInterval[0] > 1.05);
    assert.equal(slow.exitCode, 1);
    assert.equal(slow.outputs.regressions, '1');
    assert.ok(slow.annotations.some((a) => /1 benchmark\(s\) regressed: spin/.test(a.message)));
  });

  test('keeps the history on a git branch and draws a trend chart per benchmark', async (t) => {
    const ws = workspace(t, ['benchmarks:', '  - name: spin', `    command: [node, ${SPIN}, "5"]`, '    repetitions: 3', ''].join('\n'));
    const bare = path.join(ws, 'history.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    for (let run = 1; run <= 3; run++) {
      const result = await runLocalAction({
        actionDir: 'actions/perf-bench',
        workspace: ws,
        inputs: { history: 'branch', 'history-repository': bare, 'max-history': '2' },
        env: { GITHUB_RUN_ID: String(1000 + run), GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' },
        timeoutMs: 120_000,
      });
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    }
    const history = JSON.parse(execFileSync('git', ['--git-dir', bare, 'show', 'assay-benchmarks:perf-history.json'], { encoding: 'utf8' }));
    const entries = history.entries as unknown[];
    assert.equal(entries.length, 2, 'max-history keeps the two newest runs');
    const spin = readDoc(ws).benchmarks[0]!;
    assert.ok(spin.trendChart, 'trendChart is set');
    const svg = fs.readFileSync(path.join(ws, 'assay-results', spin.trendChart!), 'utf8');
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes('spin'));
  });

  test('a bad benchmark file names the file and the field', async (t) => {
    const ws = workspace(t, ['benchmarks:', '  - name: x', '    command: [node, x.mjs]', '    repetitons: 3', ''].join('\n'));
    const result = await runLocalAction({ actionDir: 'actions/perf-bench', workspace: ws });
    assert.equal(result.exitCode, 1);
    const message = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    assert.match(message, /^perf-bench: .*assay-bench\.yml:4: benchmark "x".*"repetitons".*did you mean "repetitions"/s);
  });
});
