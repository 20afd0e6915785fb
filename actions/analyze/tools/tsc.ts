import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeExit, runProcess, type ProcessResult } from '../../../lib/process/run-process';
import { severityFromSarifLevel } from '../../../lib/severity';
import type { AnalysisContext, Finding, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { resolveTypeScript, type NpmBin } from '../provision/npm-tools';
import { majorVersion } from '../provision/project-packages';
import { ToolFailedError, ToolSkippedError, tail } from '../../../lib/tool-errors';
import { vendoredByName } from '../vendored-folders';

const TS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];

/**
 * Options for TypeScript files without any tsconfig.json: strict, modern module resolution,
 * no output. `--allowImportingTsExtensions` and `--jsx preserve` accept what bundler-based
 * projects write without tripping over settings the project never chose. A project's own
 * TypeScript older than 5 knows neither bundler resolution nor that flag.
 */
export function defaultTscOptions(typescriptVersion: string): string[] {
  const modern = majorVersion(typescriptVersion) >= 5;
  return [
    '--strict',
    '--skipLibCheck',
    '--target',
    'es2022',
    '--module',
    'esnext',
    '--moduleResolution',
    modern ? 'bundler' : 'node',
    ...(modern ? ['--allowImportingTsExtensions'] : []),
    '--jsx',
    'preserve',
  ];
}

/** One diagnostic as tsc prints it with `--pretty false`. */
export interface TscDiagnostic {
  /** As tsc printed it (relative to its working folder); undefined for a diagnostic without a file. */
  file?: string;
  line: number;
  column: number;
  category: 'error' | 'warning' | 'message';
  code: string;
  message: string;
}

// `src/a.ts(28,9): error TS2322: Type 'string' is not assignable to type 'number'.`
const LOCATED = /^(.+)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
// `error TS2688: Cannot find type definition file for 'node'.`
const GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;

/**
 * Diagnostics from tsc's plain output. A message that spans lines (elaboration chains such as
 * "Type 'X' is not assignable to type 'Y'.\n  Types of property 'a' are incompatible.") continues
 * on lines indented by two spaces; they are joined to the diagnostic with newlines. Returns the
 * lines that are neither, so garbage can be told from a report.
 */
export function parseTscOutput(stdout: string): { diagnostics: TscDiagnostic[]; unparsed: string[] } {
  const diagnostics: TscDiagnostic[] = [];
  const unparsed: string[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    const located = LOCATED.exec(raw);
    if (located) {
      const [, file, line, column, category, code, message] = located;
      diagnostics.push({ file: file!, line: Number(line), column: Number(column), category: category as TscDiagnostic['category'], code: code!, message: message! });
      continue;
    }
    const global = GLOBAL.exec(raw);
    if (global) {
      const [, category, code, message] = global;
      diagnostics.push({ line: 1, column: 1, category: category as TscDiagnostic['category'], code: code!, message: message! });
      continue;
    }
    const last = diagnostics.at(-1);
    if (last && raw.startsWith('  ')) last.message += `\n${raw.trimEnd()}`;
    else unparsed.push(raw);
  }
  return { diagnostics, unparsed };
}

/**
 * Every tsconfig.json under the root, the root's first, then by depth and path. Vendored and
 * hidden folders are not entered.
 */
export function findTsconfigFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    if (names.has('tsconfig.json')) found.push(rel ? `${rel}/tsconfig.json` : 'tsconfig.json');
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || vendoredByName(e.name, names)) continue;
      walk(rel ? `${rel}/${e.name}` : e.name);
    }
  };
  walk('');
  return found.sort(byDepthThenPath);
}

/** A tsconfig and the root files its program starts from (relative to the project root). */
export interface TsProject {
  config: string;
  files: Set<string>;
}

/**
 * The programs the project's tsconfigs define, from `tsc --showConfig` (which resolves `extends`,
 * reads comments and trailing commas, and expands `include` into `files`). A solution-style config
 * (`"files": []` with `references`, as Vite and Nx write) checks nothing itself, so the configs it
 * references are followed instead. A config tsc cannot read is kept, so the real run reports why.
 */
async function resolveProjects(tsc: NpmBin, candidates: readonly string[], context: AnalysisContext): Promise<TsProject[]> {
  const queue = [...candidates];
  const seen = new Set(queue);
  const projects: TsProject[] = [];
  while (queue.length > 0) {
    const config = queue.shift()!;
    const dir = path.posix.dirname(config);
    // runProcess does not stop a process started with an already aborted signal.
    context.signal.throwIfAborted();
    const result = await runProcess(process.execPath, [tsc.script, '--showConfig', '-p', config], { cwd: context.root, env: context.env, signal: context.signal });
    let shown: { files?: unknown; references?: unknown };
    try {
      if (result.exitCode !== 0) throw new Error(describeExit(result));
      shown = JSON.parse(result.stdout) as typeof shown;
    } catch {
      projects.push({ config, files: new Set() });
      continue;
    }
    const files = Array.isArray(shown.files) ? shown.files.filter((f): f is string => typeof f === 'string').map((f) => path.posix.normalize(path.posix.join(dir, f))) : [];
    if (files.length > 0) projects.push({ config, files: new Set(files) });
    const references = Array.isArray(shown.references) ? shown.references : [];
    for (const ref of references) {
      const target = typeof ref === 'object' && ref !== null ? (ref as { path?: unknown }).path : undefined;
      if (typeof target !== 'string') continue;
      let referenced = path.posix.normalize(path.posix.join(dir, target));
      if (!referenced.endsWith('.json')) referenced = `${referenced}/tsconfig.json`;
      if (referenced.startsWith('../') || seen.has(referenced) || !fs.existsSync(path.join(context.root, referenced))) continue;
      seen.add(referenced);
      queue.push(referenced);
    }
  }
  return projects.sort((a, b) => byDepthThenPath(a.config, b.config));
}

function byDepthThenPath(a: string, b: string): number {
  return a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0);
}

interface TscRun {
  /** What the run checked, for messages: "tsconfig.json", "packages/a/tsconfig.json (changed files)". */
  label: string;
  /** Arguments after the tsc script. */
  args: string[];
  /** A diagnostic without a file (a missing @types package, say) is shown on this file. */
  anchor: string;
}

/**
 * Type errors with `tsc --noEmit`, per tsconfig.json of the project (each is its own program, as
 * in `tsc -p`). `--composite false --incremental false` keep tsc from writing .tsbuildinfo files
 * into the checkout; a composite project's declaration-only checks are therefore not run.
 */
async function run(context: AnalysisContext): Promise<ToolOutput> {
  const tsFiles = context.files.filter((f) => f.language === 'typescript' && TS_EXTENSIONS.includes(path.extname(f.path).toLowerCase())).map((f) => f.path);
  if (tsFiles.length === 0) throw new ToolSkippedError('no TypeScript files to check');
  const wanted = context.targetFiles ? new Set(context.targetFiles) : undefined;
  const targets = wanted ? tsFiles.filter((f) => wanted.has(f)) : undefined;
  if (targets && targets.length === 0) throw new ToolSkippedError('no changed TypeScript files to check');

  const tsc = await resolveTypeScript(context.root, { toolCache: context.toolCache, env: context.env, log: context.log, signal: context.signal });
  const candidates = findTsconfigFiles(context.root);
  const projects = candidates.length > 0 ? await resolveProjects(tsc, candidates, context) : [];
  // A tsconfig that starts from none of the project's files belongs to an excluded or ignored part.
  const relevant = projects.filter((p) => p.files.size === 0 || tsFiles.some((f) => p.files.has(f)));
  const notes: string[] = [];
  const cleanup: string[] = [];
  const runs: TscRun[] = [];
  const common = ['--noEmit', '--pretty', 'false', '--composite', 'false', '--incremental', 'false'];
  const checked = targets ?? tsFiles;
  const uncovered = checked.filter((f) => !relevant.some((p) => p.files.has(f)));

  if (candidates.length === 0) {
    const defaults = defaultTscOptions(tsc.version);
    notes.push(`no tsconfig.json found; checked ${checked.length} TypeScript file(s) with tsc ${defaults.join(' ')}`);
    // "./" so that a file name starting with "-" is never read as an option (tsc has no "--").
    runs.push({ label: 'default options', args: [...common, ...defaults, ...checked.map((f) => `./${f}`)], anchor: checked[0]! });
  } else {
    if (uncovered.length > 0) {
      notes.push(`${uncovered.length} TypeScript file(s) are in no tsconfig.json's files or include, so tsc checks them only where another file imports them: ${uncovered.slice(0, 5).join(', ')}${uncovered.length > 5 ? ', …' : ''}`);
    }
    if (!targets) {
      for (const p of relevant) runs.push({ label: p.config, args: [...common, '-p', p.config], anchor: p.config });
    } else {
      // Each changed file is checked in the most specific program that starts from it.
      const byConfig = new Map<string, string[]>();
      const deepestFirst = [...relevant].reverse();
      for (const file of targets) {
        const owner = deepestFirst.find((p) => p.files.has(file));
        if (owner) byConfig.set(owner.config, [...(byConfig.get(owner.config) ?? []), file]);
      }
      for (const [config, files] of byConfig) {
        const temp = writeChangedFilesConfig(context.root, config, files);
        cleanup.push(temp);
        runs.push({ label: `${config} (changed files)`, args: [...common, '-p', temp], anchor: config });
      }
    }
  }

  try {
    const findings: Finding[] = [];
    let exitCode: number | null = 0;
    for (const r of runs) {
      const { diagnostics, result } = await runTsc(tsc, r, context);
      if (result.exitCode !== 0) exitCode = result.exitCode;
      for (const d of diagnostics) findings.push(toFinding(d, r, context));
    }
    const kept = keepRelevant(dedupe(findings), context, candidates, targets);
    if (kept.some((f) => f.ruleId === 'TS2307' || f.ruleId === 'TS2688')) {
      notes.push("some modules or type packages could not be found (TS2307/TS2688): install the project's dependencies (npm ci) before analyze");
    }
    for (const note of notes) context.log.info(`tsc: ${note}`);
    return { version: tsc.version, findings: kept, rules: rulesOf(kept), exitCode, ...(notes.length ? { notes } : {}) };
  } finally {
    for (const file of cleanup) fs.rmSync(path.join(context.root, file), { force: true });
  }
}

/**
 * A tsconfig next to `config` that extends it and checks only `files` (and what they import):
 * `files` lists them, `include: []` drops the rest, compilerOptions are inherited untouched. It
 * sits beside the original, not in a temp folder, because TypeScript finds @types packages and
 * resolves `types` from the config's own folder.
 */
function writeChangedFilesConfig(root: string, config: string, files: readonly string[]): string {
  const dir = path.posix.dirname(config);
  const name = `tsconfig.assay-changed-${process.pid}-${Date.now().toString(36)}.json`;
  const rel = dir === '.' ? name : `${dir}/${name}`;
  const relativeToConfig = (f: string) => `./${dir === '.' ? f : path.posix.relative(dir, f)}`;
  const body = { extends: `./${path.posix.basename(config)}`, files: files.map(relativeToConfig), include: [] };
  fs.writeFileSync(path.join(root, rel), `${JSON.stringify(body, null, 2)}\n`);
  return rel;
}

async function runTsc(tsc: NpmBin, r: TscRun, context: AnalysisContext): Promise<{ diagnostics: TscDiagnostic[]; result: ProcessResult }> {
  context.signal.throwIfAborted();
  const result = await runProcess(process.execPath, [tsc.script, ...r.args], { cwd: context.root, env: context.env, signal: context.signal });
  if (result.signal || result.timedOut) throw new ToolFailedError(`tsc (${r.label}) ${describeExit(result)}`, tail(result.stderr));
  const { diagnostics, unparsed } = parseTscOutput(result.stdout);
  // tsc exits 1 or 2 when it reports diagnostics; a non-zero exit without any is a crash.
  if (result.exitCode !== 0 && diagnostics.length === 0) {
    throw new ToolFailedError(`tsc (${r.label}) ${describeExit(result)} without reporting any diagnostic`, tail(`${result.stdout}\n${result.stderr}`));
  }
  if (unparsed.length > 0) context.log.debug(`tsc (${r.label}) printed lines that are not diagnostics:\n${unparsed.slice(0, 10).join('\n')}`);
  return { diagnostics, result };
}

function toFinding(d: TscDiagnostic, r: TscRun, context: AnalysisContext): Finding {
  const level = d.category === 'error' ? 'error' : d.category === 'warning' ? 'warning' : 'note';
  const file = d.file ? path.relative(context.root, path.resolve(context.root, d.file)).split(path.sep).join('/') : r.anchor;
  return { tool: 'tsc', ruleId: d.code, level, severity: severityFromSarifLevel(level), message: d.message, file, line: d.line, column: d.column };
}

/** Overlapping tsconfigs (a root one that includes a package's files) report the same error twice. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The project's own files only: tsc also reports on declaration files of dependencies and on files
 * the `exclude` input or .gitignore removed from the project. In changed-files mode only the
 * changed files' diagnostics count, not those of what they import.
 */
function keepRelevant(findings: Finding[], context: AnalysisContext, configs: readonly string[], targets: readonly string[] | undefined): Finding[] {
  if (targets) {
    const wanted = new Set(targets);
    return findings.filter((f) => wanted.has(f.file));
  }
  const known = new Set([...context.files.map((f) => f.path), ...configs]);
  return findings.filter((f) => known.has(f.file) || (isDeclarationOrConfig(f.file) && !f.file.startsWith('../') && !f.file.split('/').some((s) => vendoredByName(s, new Set()))));
}

function isDeclarationOrConfig(file: string): boolean {
  return /\.d\.[cm]?ts$/.test(file) || /(^|\/)tsconfig[^/]*\.json$/.test(file);
}

/** tsc has no rule descriptions, only message templates; the first message of each code stands in. */
function rulesOf(findings: readonly Finding[]): RuleMetadata[] {
  const first = new Map<string, string>();
  for (const f of findings) if (!first.has(f.ruleId)) first.set(f.ruleId, f.message.split('\n')[0]!);
  return [...first.keys()].sort().map((id) => ({ id, description: `TypeScript ${id}`, help: `For example: ${first.get(id)}` }));
}

/** `tsc --noEmit` for every tsconfig.json of the project, or strict defaults when it has none. */
export const tscAdapter: ToolAdapter = {
  name: 'tsc',
  languages: ['typescript'],
  run,
};
