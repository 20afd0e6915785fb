/**
 * The fan-out/fan-in chain of the reusable workflow, end to end, as GitHub runs it: every stage
 * is its own job — its own process on Node 24 running the committed bundle
 * (test/support/local-runner.ts), its own workspace holding a fresh copy of the project, its own
 * job id — and the jobs meet only through the artifacts of one workflow run, held by the
 * results-service stand-in on 127.0.0.1 (test/support/results-service.ts) and moved by the real
 * @actions/artifact client.
 *
 *   analyze (javascript) ─▶ assay-analysis-javascript ┐
 *   analyze (python)     ─▶ assay-analysis-python     │
 *   security-scan        ─▶ assay-security            ├─▶ generate-report ─▶ assay-report
 *   perf-bench           ─▶ assay-performance         │    (download-artifacts: true)
 *   CodeQL (its SARIF)   ─▶ assay-codeql-python       ┘
 *
 * The tools are the real ones (ESLint from the shared tool cache ASSAY_TOOL_CACHE, pylint and
 * mypy from Debian); advisories are real OSV records and the CodeQL log is real CodeQL output,
 * both from ../shared/fixtures. Anything missing skips the test with the reason, except under
 * CI=true, where it fails it. process.env is never changed.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { provisionAssayNpmTools } from '../actions/analyze/provision/npm-tools';
import type { ReportModel } from '../actions/generate-report/model';
import { createConsoleLogger } from '../lib/action/logger';
import { createArtifactStore } from '../lib/artifacts/select-store';
import { runProcess } from '../lib/process/run-process';
import { REPO_ROOT, runLocalAction, type LocalRunResult } from './support/local-runner';
import { startResultsService, type ResultsService } from './support/results-service';

const SAMPLE = path.join(REPO_ROOT, 'sample');
const SHARED = path.resolve(REPO_ROOT, '../shared/fixtures');
const OSV_DIR = path.join(SHARED, 'osv');
const SARIF_REAL = path.join(SHARED, 'sarif-real');
/** Real CodeQL 2.11.0 output (README of sarif-real): one py/code-injection result, security-severity 10.0. */
const CODEQL_LOG = 'codeql-python.filter-sarif-test_input.sarif';
/** Two real advisories for packages the sample pins: axios 1.5.1 (npm) and Werkzeug 2.2.3 (PyPI). */
const ADVISORIES = ['GHSA-8hc4-vh64-cxmj.json', 'PYSEC-2023-221.json'];
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';
/** Shared with the other suites, so ESLint is installed once; stockctl's crates are never fetched. */
const RUN_ENV = { CARGO_NET_OFFLINE: 'true', ASSAY_TOOL_CACHE: TOOL_CACHE };

const quiet = createConsoleLogger({ write: () => {} });

// ---------------------------------------------------------------------------------------------
// Prerequisites, checked once before the test so its time includes no install

type Need = 'shared-fixtures' | 'pylint' | 'mypy' | 'eslint';

async function commandMissing(command: string, args: string[]): Promise<string | undefined> {
  try {
    const r = await runProcess(command, args, { timeoutMs: 60_000 });
    return r.exitCode === 0 ? undefined : `\`${command} ${args.join(' ')}\` exited with ${r.exitCode}`;
  } catch (err) {
    return (err as Error).message;
  }
}

const PROBES: Record<Need, () => Promise<string | undefined>> = {
  'shared-fixtures': async () => {
    const wanted = [path.join(SARIF_REAL, CODEQL_LOG), ...ADVISORIES.map((a) => path.join(OSV_DIR, a))];
    const absent = wanted.filter((f) => !fs.existsSync(f));
    return absent.length === 0 ? undefined : `${absent.join(', ')} not here (the shared fixtures sit beside the repository, in ../shared)`;
  },
  pylint: () => commandMissing('pylint', ['--version']),
  mypy: () => commandMissing('mypy', ['--version']),
  eslint: () =>
    provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log: quiet }).then(
      () => undefined,
      (err: Error) => `ESLint could not be installed into ${TOOL_CACHE}: ${err.message}`,
    ),
};
const probed = new Map<Need, Promise<string | undefined>>();
const probe = (need: Need) => {
  if (!probed.has(need)) probed.set(need, PROBES[need]());
  return probed.get(need)!;
};

async function ready(t: TestContext, needs: readonly Need[]): Promise<boolean> {
  const missing = (await Promise.all(needs.map(probe))).filter((m): m is string => m !== undefined);
  if (missing.length === 0) return true;
  if (IN_CI) assert.fail(`CI=true, and this test needs what is missing: ${missing.join('; ')}`);
  t.skip(`missing here: ${missing.join('; ')}`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Jobs

let service: ResultsService;
let scratch: string;

before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pipeline-e2e-'));
  service = await startResultsService();
  await Promise.all((Object.keys(PROBES) as Need[]).map(probe));
});
after(async () => {
  await service?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** A job's own workspace: a fresh folder, with a fresh copy of the sample project when asked. */
function workspace(job: string, withSample: boolean): string {
  const dir = path.join(scratch, job);
  fs.mkdirSync(dir, { recursive: true });
  if (withSample) fs.cpSync(SAMPLE, path.join(dir, 'sample'), { recursive: true });
  return dir;
}

interface Job {
  job: string;
  result: LocalRunResult;
  ms: number;
}

/** One job of the run: the action's bundle in its own process, as job `job` of the stand-in's run. */
async function runJob(t: TestContext, job: string, actionDir: string, ws: string, inputs: Record<string, string>): Promise<Job> {
  const started = performance.now();
  const result = await runLocalAction({ actionDir, workspace: ws, inputs, env: { ...RUN_ENV, ...service.env(job) }, timeoutMs: 150_000 });
  const ms = Math.round(performance.now() - started);
  t.diagnostic(`${job}: exit ${result.exitCode} after ${ms} ms${result.note ? ` (${result.note})` : ''}`);
  return { job, result, ms };
}

const logOf = (r: LocalRunResult) => `--- stdout\n${r.stdout.slice(-5000)}\n--- stderr\n${r.stderr.slice(-2000)}`;

/** The finalized artifact of the run with that name, uploaded by that job. */
function stored(name: string, job: string) {
  const artifact = service.artifacts().find((a) => a.name === name && a.finalized);
  assert.ok(artifact, `artifact "${name}" is in the run: ${service.artifacts().map((a) => a.name).join(', ')}`);
  assert.equal(artifact.jobId, job, `"${name}" was uploaded by ${job}`);
  return artifact;
}

/** The sample's planted findings of one tool (sample/expected-findings.json). */
function expectedCount(tool: string): number {
  return (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as { tool: string }[]).filter((f) => f.tool === tool).length;
}

describe('the fan-out/fan-in chain through artifacts', () => {
  test('analyze ×2, security-scan, perf-bench and CodeQL in separate jobs; generate-report downloads and merges them all', { timeout: 240_000 }, async (t) => {
    if (!(await ready(t, ['shared-fixtures', 'pylint', 'mypy', 'eslint']))) return;
    const started = performance.now();

    // Fan-out: the jobs run at once, as a workflow's parallel jobs do.
    const osv = path.join(scratch, 'osv-db');
    fs.mkdirSync(osv);
    for (const record of ADVISORIES) fs.copyFileSync(path.join(OSV_DIR, record), path.join(osv, record));
    const perfWs = workspace('job-perf', true);
    fs.writeFileSync(
      path.join(perfWs, 'tiny-bench.yml'),
      ['benchmarks:', '  - name: tiny-sort', '    command: [node, sample/bench/sort.mjs, "{n}"]', '    sizes: [1000, 2000, 4000]', '    repetitions: 2', ''].join('\n'),
    );
    const [javascript, python, security, perf] = await Promise.all([
      // fail-on stays at its default: ESLint's errors fail this job, and its results still travel.
      runJob(t, 'job-analyze-javascript', 'actions/analyze', workspace('job-analyze-javascript', true), {
        path: 'sample',
        languages: 'javascript',
        'artifact-name': 'assay-analysis-javascript',
      }),
      runJob(t, 'job-analyze-python', 'actions/analyze', workspace('job-analyze-python', true), {
        path: 'sample',
        languages: 'python',
        'fail-on': 'none',
        'artifact-name': 'assay-analysis-python',
      }),
      runJob(t, 'job-security', 'actions/security-scan', workspace('job-security', true), {
        path: 'sample',
        scanners: 'dependencies',
        'osv-database': osv,
        upload: 'false',
        'fail-on-severity': 'none',
      }),
      // A history file gives perf-bench a trend chart to send along with performance.json.
      runJob(t, 'job-perf', 'actions/perf-bench', perfWs, { config: 'tiny-bench.yml', history: 'perf-history.json' }),
      // CodeQL's job: github/codeql-action/analyze with upload: false, then upload-artifact of its SARIF folder.
      (async () => {
        const out = path.join(workspace('job-codeql', false), 'codeql-results');
        fs.mkdirSync(out);
        fs.copyFileSync(path.join(SARIF_REAL, CODEQL_LOG), path.join(out, 'python.sarif'));
        const store = createArtifactStore({ env: service.env('job-codeql'), folder: 'unused', log: quiet });
        assert.equal(store.kind, 'github');
        await store.upload('assay-codeql-python', out);
      })(),
    ]);

    assert.equal(javascript.result.exitCode, 1, `ESLint's planted errors fail the javascript job\n${logOf(javascript.result)}`);
    assert.ok(
      javascript.result.annotations.some((a) => a.level === 'error' && /at or above fail-on "error"/.test(a.message)),
      logOf(javascript.result),
    );
    for (const job of [python, security, perf]) assert.equal(job.result.exitCode, 0, `${job.job}\n${logOf(job.result)}`);

    // Each stage uploaded its own files under its contract name, and said the artifact's id.
    const expectations = [
      { job: javascript, name: 'assay-analysis-javascript' },
      { job: python, name: 'assay-analysis-python' },
      { job: security, name: 'assay-security' },
      { job: perf, name: 'assay-performance' },
    ];
    for (const { job, name } of expectations) {
      const artifact = stored(name, job.job);
      assert.equal(job.result.outputs['artifact-id'], String(artifact.id), `${job.job} sets artifact-id`);
    }
    stored('assay-codeql-python', 'job-codeql');
    const reader = createArtifactStore({ env: service.env('job-inspect'), folder: 'unused', log: quiet });
    const filesOf = async (name: string) => (await reader.download(name, path.join(scratch, 'inspect', name))).files;
    assert.deepEqual(await filesOf('assay-analysis-python'), ['analysis.json', 'analysis.sarif']);
    assert.deepEqual(await filesOf('assay-security'), ['security.json', 'security.sarif']);
    const perfFiles = await filesOf('assay-performance');
    assert.ok(perfFiles.includes('performance.json'), perfFiles.join(', '));
    assert.ok(perfFiles.some((f) => /^charts\/.+\.svg$/.test(f)), `the trend chart travels with performance.json: ${perfFiles.join(', ')}`);

    // Fan-in: the report job has nothing but the run's artifacts.
    const report = await runJob(t, 'job-report', 'actions/generate-report', workspace('job-report', false), {
      'download-artifacts': 'true',
      'input-dir': 'assay-input',
      'output-dir': 'assay-report',
      format: 'md',
      'pr-comment': 'false',
    });
    assert.equal(report.result.exitCode, 0, logOf(report.result));
    const model = JSON.parse(fs.readFileSync(report.result.outputs['json-file']!, 'utf8')) as ReportModel;
    assert.match(report.result.stdout, /github_analysis: merging 2 artifacts \(assay-analysis-javascript, assay-analysis-python\)/, logOf(report.result));
    assert.match(report.result.stdout, /security_scan: merging 2 artifacts \(assay-security, assay-codeql-python\)/, logOf(report.result));
    t.diagnostic(`report tools: ${JSON.stringify(model.analysis?.tools.map((x) => `${x.name}:${x.status}:${x.findings}`))} / ${JSON.stringify(model.security?.tools)}`);

    // analysis: both languages' tools and findings, from one merged analysis.json.
    assert.match(model.sources.analysis.file ?? '', /assay-input\/analysis\/analysis\.json$/, 'the merged analysis source');
    const tools = new Set(model.analysis?.tools.map((x) => x.name));
    for (const name of ['eslint', 'pylint', 'mypy']) assert.ok(tools.has(name), `${name} is in the report's tools: ${[...tools].join(', ')}`);
    const byTool = new Map(model.metrics.findings.byTool.map((x) => [`${x.source}:${x.tool}`, x.count]));
    for (const tool of ['eslint', 'pylint', 'mypy']) {
      assert.equal(byTool.get(`analysis:${tool}`), expectedCount(tool), `${tool}'s planted findings in the report (${JSON.stringify([...byTool])})`);
    }
    const analysisFindings = model.analysis?.findings.items ?? [];
    assert.ok(analysisFindings.some((f) => f.tool === 'eslint' && f.file?.startsWith('web/')), 'ESLint findings from the javascript job');
    assert.ok(analysisFindings.some((f) => f.tool === 'pylint' && f.file?.startsWith('api/')), 'pylint findings from the python job');

    // security: the OSV findings of security-scan and CodeQL's result, merged into one SARIF.
    const securityTools = new Set(model.security?.tools?.map((x) => x.name));
    for (const name of ['osv', 'CodeQL']) assert.ok(securityTools.has(name), `${name} is in the report's security tools: ${[...securityTools].join(', ')}`);
    const advisories = new Set(model.security?.dependencies.map((d) => `${d.package}@${d.version} ${d.advisory}`));
    assert.ok(advisories.has('axios@1.5.1 GHSA-8hc4-vh64-cxmj'), [...advisories].join(', '));
    assert.ok(advisories.has('Werkzeug@2.2.3 PYSEC-2023-221'), [...advisories].join(', '));
    const securityFindings = model.security?.findings.items ?? [];
    assert.ok(
      securityFindings.some((f) => f.tool === 'CodeQL' && f.ruleId === 'py/code-injection' && f.severity === 'critical'),
      `CodeQL's result is in the report: ${JSON.stringify(securityFindings.map((f) => `${f.tool} ${f.ruleId} ${f.severity}`))}`,
    );
    const mergedSarif = path.join(report.result.workspace, 'assay-input', 'security', 'security.sarif');
    const runs = (JSON.parse(fs.readFileSync(mergedSarif, 'utf8')) as { runs: { tool: { driver: { name: string } } }[] }).runs.map((r) => r.tool.driver.name);
    assert.deepEqual(runs.sort(), ['CodeQL', 'osv'], 'one merged security.sarif, ready for one code scanning upload');

    // performance: the benchmark, with its trend chart.
    const bench = model.performance?.benchmarks.find((b) => b.name === 'tiny-sort');
    assert.equal(bench?.status, 'ok', JSON.stringify(model.performance));
    assert.match(bench?.trendChartSvg ?? '', /^<svg/, 'the chart came through the artifact');

    // The report went up as the run's assay-report, and another job gets the same report.json.
    const uploaded = stored('assay-report', 'job-report');
    assert.equal(report.result.outputs['artifact-id'], String(uploaded.id));
    const got = path.join(scratch, 'job-publish');
    const downloaded = await createArtifactStore({ env: service.env('job-publish'), folder: 'unused', log: quiet }).download('assay-report', got);
    assert.ok(downloaded.files.includes('report.json') && downloaded.files.includes('report.md'), downloaded.files.join(', '));
    assert.deepEqual(fs.readFileSync(path.join(got, 'report.json')), fs.readFileSync(report.result.outputs['json-file']!));

    const total = Math.round(performance.now() - started);
    t.diagnostic(`chain: fan-out ${Math.max(javascript.ms, python.ms, security.ms, perf.ms)} ms (slowest job), report ${report.ms} ms, ${total} ms in all`);
  });
});
