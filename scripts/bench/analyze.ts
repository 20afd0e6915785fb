/**
 * Benchmark of `assay analyze` (issue #3), side by side in one run on one code base:
 *  1. the action through the `assay` command (the committed bundle), wall time of the process;
 *  2. the same tools, same settings, one after another: each adapter run alone, in turn;
 *  3. Assay's own work: the command's wall time minus the time the tools were running;
 *  4. changed-files-only on a one-file change against the full run.
 * Each figure is the median of --runs runs (default 3). Targets: 1 ≤ 0.75 × 2, 3 ≤ 5 % of 1,
 * 4 ≤ 0.2 × 1.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../../lib/action/logger';
import { detectLanguages } from '../../actions/analyze/detect-languages';
import { listProjectFiles } from '../../actions/analyze/project-files';
import { planTools } from '../../actions/analyze/select-tools';
import { TOOL_REGISTRY } from '../../actions/analyze/tool-registry';
import { assembleCodebase } from './codebase';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const runs = Number(flag('--runs') ?? 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-analyze-'));
const toolCache = path.join(os.tmpdir(), 'assay-bench-tool-cache');
const env = { ...process.env, ASSAY_TOOL_CACHE: toolCache, CARGO_NET_OFFLINE: 'true' };
const quiet = createConsoleLogger({ write: () => {} });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function git(cwd: string, ...a: string[]): string {
  const r = spawnSync('git', a, { cwd, encoding: 'utf8', env: { ...env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@example.com' } });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** `assay analyze` as a user runs it; returns the process wall time and the tools' phase from its log. */
function runAssay(dir: string, extra: string[]): { wallMs: number; toolsMs: number; tools: Record<string, number> } {
  const out = path.join(work, 'out');
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/assay.js'), 'analyze', '--path', dir, '--output-dir', out, '--fail-on', 'none', ...extra], { env: { ...env, ASSAY_DEBUG: '1' }, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`assay analyze failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const m = /analyze timings: (\{.*\})/.exec(r.stderr);
  if (!m) throw new Error('assay analyze did not log its timings (ASSAY_DEBUG=1)');
  const timings = JSON.parse(m[1]!) as { toolsMs: number };
  const doc = JSON.parse(fs.readFileSync(path.join(out, 'analysis.json'), 'utf8')) as { tools: { name: string; durationMs: number; status: string }[] };
  for (const t of doc.tools) if (t.status !== 'ok' && t.status !== 'skipped') throw new Error(`${t.name} ${t.status} in the benchmark run`);
  return { wallMs, toolsMs: timings.toolsMs, tools: Object.fromEntries(doc.tools.map((t) => [t.name, t.durationMs])) };
}

/** The same adapters with the same context, one after another. */
async function runSequential(dir: string): Promise<{ totalMs: number; tools: Record<string, number> }> {
  const files = await listProjectFiles({ root: dir, exclude: [], log: quiet });
  const plan = planTools(TOOL_REGISTRY, detectLanguages(files), { only: [], drop: [] });
  const tools: Record<string, number> = {};
  let totalMs = 0;
  for (const adapter of plan.run) {
    const started = performance.now();
    await adapter.run({ root: dir, files, log: quiet, toolCache, tempDir: fs.mkdtempSync(path.join(work, 'seq-')), env, signal: new AbortController().signal });
    tools[adapter.name] = performance.now() - started;
    totalMs += tools[adapter.name]!;
  }
  return { totalMs, tools };
}

async function main(): Promise<void> {
  const codebaseDir = flag('--codebase');
  const codebase = codebaseDir
    ? { dir: path.resolve(codebaseDir), description: codebaseDir, lines: {} as Record<string, number> }
    : assembleCodebase(root, path.join(work, 'codebase'));
  console.log(`analyze benchmark on ${codebase.description}`);
  if (Object.keys(codebase.lines).length) console.log(`  lines: ${Object.entries(codebase.lines).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  git(codebase.dir, 'init', '-q', '-b', 'main');
  git(codebase.dir, 'add', '-A');
  git(codebase.dir, 'commit', '-q', '-m', 'base');
  const base = git(codebase.dir, 'rev-parse', 'HEAD');

  // Warm-up: installs the npm tools into the cache and warms the file cache, for both sides alike.
  runAssay(codebase.dir, []);

  const full: ReturnType<typeof runAssay>[] = [];
  const sequential: Awaited<ReturnType<typeof runSequential>>[] = [];
  for (let i = 0; i < runs; i++) {
    full.push(runAssay(codebase.dir, []));
    sequential.push(await runSequential(codebase.dir));
  }
  // A one-file change on a branch: a new line at the end of one Python module.
  const changedFile = fs.readdirSync(path.join(codebase.dir, 'python/isort')).find((f) => f.endsWith('.py') && f !== '__init__.py')!;
  fs.appendFileSync(path.join(codebase.dir, 'python/isort', changedFile), '\n\ndef added_by_benchmark(value=[]):\n    return value\n');
  git(codebase.dir, 'commit', '-q', '-am', 'one-file change');
  const changed: ReturnType<typeof runAssay>[] = [];
  for (let i = 0; i < runs; i++) changed.push(runAssay(codebase.dir, ['--changed-files-only', 'true', '--base-ref', base]));

  const wall = median(full.map((r) => r.wallMs));
  const seq = median(sequential.map((r) => r.totalMs));
  const own = median(full.map((r) => r.wallMs - r.toolsMs));
  const changedWall = median(changed.map((r) => r.wallMs));
  console.log('\nper tool (median ms): parallel run | alone');
  for (const name of Object.keys(sequential[0]!.tools)) {
    console.log(`  ${name.padEnd(18)} ${String(Math.round(median(full.map((r) => r.tools[name] ?? 0)))).padStart(7)} | ${String(Math.round(median(sequential.map((r) => r.tools[name]!)))).padStart(7)}`);
  }
  const rows: [string, string, string, boolean][] = [
    ['assay analyze (parallel) / tools one after another', `${fmt(wall)} / ${fmt(seq)}`, (wall / seq).toFixed(2), wall / seq <= 0.75],
    ["Assay's own work / assay analyze wall", `${fmt(own)} / ${fmt(wall)}`, `${((100 * own) / wall).toFixed(1)} %`, own / wall <= 0.05],
    ['changed-files-only (1 file) / full run', `${fmt(changedWall)} / ${fmt(wall)}`, (changedWall / wall).toFixed(2), changedWall / wall <= 0.2],
  ];
  console.log(`\n${'measure'.padEnd(52)} ${'times'.padEnd(20)} ratio   target`);
  for (const [name, times, ratio, ok] of rows) console.log(`${name.padEnd(52)} ${times.padEnd(20)} ${ratio.padEnd(7)} ${ok ? 'met' : 'NOT met'}`);
  fs.rmSync(work, { recursive: true, force: true });
  if (rows.some((r) => !r[3])) process.exitCode = 1;
}

await main();
