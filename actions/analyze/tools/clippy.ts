import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CommandNotFoundError, runProcess, type ProcessResult } from '../../../lib/process/run-process';
import { severityFromSarifLevel } from '../../../lib/severity';
import type { AnalysisContext, Finding, FindingLevel, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { ToolFailedError, ToolSkippedError } from '../../../lib/tool-errors';
import { CARGO_INSTALL_HINT, findCargoWorkspaces, firstAndLastError, relativeDir, type CargoWorkspace } from './cargo-workspaces';
import { projectRelative, runLinter, versionFrom, type LinterRun } from './run-linter';

/**
 * `cargo clippy` on every Cargo workspace (or lone package) that holds the project's Rust files,
 * the workspaces in parallel, each with its own target folder in the scratch space so nothing is
 * built into the project. Clippy reads the project's clippy.toml and `[lints]` itself.
 *
 * `--all-targets` so tests and examples are linted too; the library is then compiled twice (as
 * the library and as its test harness) and reports the same finding twice, so findings are
 * de-duplicated. `--keep-going` so one package that does not compile does not hide the others.
 *
 * Cargo.lock is never left changed: with a lockfile, `--locked` (cargo fails rather than rewrite
 * it); when cargo insists the lockfile is out of date, the run is repeated without `--locked` and
 * the file is put back byte for byte afterwards. Without a lockfile, the one cargo writes is
 * removed again.
 *
 * A workspace whose dependencies cannot be fetched (no network, a crate that does not exist) is
 * reported in the notes with cargo's reason, never as findings, and the other workspaces still
 * report. Cargo honours CARGO_NET_OFFLINE from the environment given to it.
 */
export const clippyAdapter: ToolAdapter = {
  name: 'clippy',
  languages: ['rust'],
  run: runClippy,
};

async function runClippy(context: AnalysisContext): Promise<ToolOutput> {
  const base = { env: { ...context.env, CARGO_TERM_COLOR: 'never' }, signal: context.signal };
  const version = await clippyVersion({ ...base, cwd: context.root }, context);
  const targetSet = context.targetFiles ? new Set(context.targetFiles) : undefined;
  const rustFiles = context.files.filter((f) => f.language === 'rust').map((f) => f.path);
  const wanted = targetSet ? rustFiles.filter((f) => targetSet.has(f)) : rustFiles;
  const discovery = await findCargoWorkspaces(context.root, wanted, base);

  const notes: string[] = [];
  if (discovery.orphans.length > 0) notes.push(`${discovery.orphans.length} Rust file(s) belong to no Cargo package and were not linted: ${discovery.orphans.slice(0, 5).join(', ')}`);
  for (const [dir, reason] of discovery.unreadable) notes.push(`${dir}: not linted: cargo could not read the manifest: ${reason}`);

  const outcomes = await Promise.all(discovery.workspaces.map((ws, i) => lintWorkspace(ws, path.join(context.tempDir, 'clippy-target', String(i)), base, context)));
  const listed = new Set(rustFiles);
  const findings = dedupe(outcomes.flatMap((o) => o.findings)).filter((f) => !f.file.endsWith('.rs') || listed.has(f.file));
  notes.push(...outcomes.flatMap((o) => o.notes));
  const failed = outcomes.filter((o) => o.failure);
  if (outcomes.length > 0 && failed.length === outcomes.length) {
    throw new ToolFailedError(`clippy could not lint any crate: ${failed.map((o) => o.failure).join('; ')}`, notes.join('\n'));
  }
  if (outcomes.length === 0 && discovery.unreadable.size > 0) {
    throw new ToolFailedError(`clippy found no crate it could lint: ${[...discovery.unreadable].map(([d, r]) => `${d}: ${r}`).join('; ')}`);
  }
  const exitCode = outcomes.reduce<number | null>((worst, o) => (o.exitCode === null || worst === null ? null : Math.max(worst, o.exitCode)), 0);
  return { version, findings, rules: rulesOf(outcomes.flatMap((o) => o.rules)), exitCode, ...(notes.length ? { notes } : {}) };
}

/** `cargo clippy --version`; when clippy is missing, `rustup component add clippy` once (quick, and only adds to the toolchain in use). */
async function clippyVersion(run: LinterRun, context: AnalysisContext): Promise<string> {
  const ask = () => runLinter('cargo', ['clippy', '--version'], run, CARGO_INSTALL_HINT);
  let result = await ask();
  if (result.exitCode === 0) return versionFrom(result.stdout);
  context.log.info(`cargo clippy is not available (${firstAndLastError(result.stderr)}); trying rustup component add clippy`);
  let added: ProcessResult;
  try {
    added = await runProcess('rustup', ['component', 'add', 'clippy'], { cwd: run.cwd, env: run.env, signal: run.signal });
  } catch (err) {
    if (err instanceof CommandNotFoundError) throw new ToolSkippedError('cargo clippy is not installed and rustup is not there to add it (run `rustup component add clippy`)');
    throw err;
  }
  if (added.exitCode !== 0) throw new ToolSkippedError(`cargo clippy is not installed and \`rustup component add clippy\` failed: ${firstAndLastError(added.stderr)}`);
  result = await ask();
  if (result.exitCode !== 0) throw new ToolSkippedError(`cargo clippy is still not available after \`rustup component add clippy\`: ${firstAndLastError(result.stderr)}`);
  return versionFrom(result.stdout);
}

interface WorkspaceOutcome {
  findings: Finding[];
  rules: RuleMetadata[];
  notes: string[];
  exitCode: number | null;
  /** Set when nothing could be linted in this workspace (dependencies not resolved, manifest error). */
  failure?: string;
}

async function lintWorkspace(ws: CargoWorkspace, targetDir: string, base: Omit<LinterRun, 'cwd'>, context: AnalysisContext): Promise<WorkspaceOutcome> {
  const where = relativeDir(context.root, ws.root);
  const lockfile = path.join(ws.root, 'Cargo.lock');
  const original = await fs.readFile(lockfile).catch(() => undefined);
  const run: LinterRun = { ...base, env: { ...base.env, CARGO_TARGET_DIR: targetDir }, cwd: ws.root };
  const args = ['clippy', '--manifest-path', path.join(ws.root, 'Cargo.toml'), '--message-format=json', '--quiet', '--all-targets', '--keep-going', ...ws.packages.flatMap((p) => ['-p', p])];
  const notes: string[] = [];
  let result: ProcessResult;
  try {
    result = await runLinter('cargo', original ? [...args, '--locked'] : args, run, CARGO_INSTALL_HINT);
    if (original && result.exitCode !== 0 && /--locked/.test(result.stderr) && !hasCompilerMessages(result.stdout)) {
      notes.push(`${where}: Cargo.lock is out of date (${firstAndLastError(result.stderr)}); linted with the lockfile cargo wrote, then put the committed one back`);
      result = await runLinter('cargo', args, run, CARGO_INSTALL_HINT);
    }
  } finally {
    // Leave the lockfile exactly as it was, whatever happened to the run.
    if (original) {
      const now = await fs.readFile(lockfile).catch(() => undefined);
      if (!now || !now.equals(original)) await fs.writeFile(lockfile, original);
    } else {
      await fs.rm(lockfile, { force: true });
    }
  }

  const parsed = parseClippyOutput(result.stdout, ws.root, context.root);
  const compileErrors = parsed.findings.some((f) => f.level === 'error');
  if (result.exitCode !== 0 && !compileErrors) {
    // No diagnostics to show for the failure: cargo stopped before compiling (dependencies that
    // cannot be fetched, a broken manifest), or was killed. Say so for this workspace only.
    const why = result.exitCode === null ? `cargo was stopped (${result.signal ?? 'killed'})` : firstAndLastError(result.stderr);
    if (parsed.findings.length > 0) {
      notes.push(`${where}: cargo failed part-way (${why}); the findings are from the part it linted`);
    } else {
      const failure = `${where}: not linted: ${why}`;
      return { findings: [], rules: [], notes: [...notes, failure], exitCode: result.exitCode, failure };
    }
  }
  return { findings: parsed.findings, rules: parsed.rules, notes, exitCode: result.exitCode };
}

function hasCompilerMessages(stdout: string): boolean {
  return stdout.includes('"reason":"compiler-message"');
}

interface Span {
  file_name: string;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  expansion?: { span: Span } | null;
}

interface Diagnostic {
  message: string;
  level: string;
  code?: { code: string; explanation?: string | null } | null;
  spans: Span[];
  children: { message: string; level: string }[];
}

/**
 * Reads cargo's JSON lines: each `compiler-message` is a rustc or clippy diagnostic. Span paths
 * are relative to the workspace root (rustc runs there) or absolute for code outside it; a span
 * inside a macro from elsewhere is followed back to where the macro was called in the project.
 * Clippy's and rustc's columns are 1-based with an exclusive end, as in SARIF.
 */
export function parseClippyOutput(stdout: string, workspaceRoot: string, projectRoot: string): { findings: Finding[]; rules: RuleMetadata[] } {
  const findings: Finding[] = [];
  const rules = new Map<string, RuleMetadata>();
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry: { reason?: string; message?: Diagnostic };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (entry.reason !== 'compiler-message' || !entry.message) continue;
    const d = entry.message;
    const located = locate(d.spans.find((s) => s.is_primary), workspaceRoot, projectRoot);
    // "aborting due to 2 previous errors" and the like carry no span: not a finding.
    if (!located) continue;
    const { span, file } = located;
    const level = diagnosticLevel(d.level);
    // Diagnostics without a code (a syntax error) are filed under the compiler's name.
    const ruleId = d.code?.code ?? 'rustc';
    findings.push({
      tool: 'clippy',
      ruleId,
      level,
      severity: severityFromSarifLevel(level),
      message: d.message,
      file,
      line: span.line_start,
      column: span.column_start,
      endLine: span.line_end,
      endColumn: span.column_end,
    });
    if (!rules.has(ruleId)) rules.set(ruleId, ruleOf(ruleId, d));
  }
  return { findings, rules: [...rules.values()] };
}

function locate(span: Span | undefined, workspaceRoot: string, projectRoot: string): { span: Span; file: string } | undefined {
  for (let s = span; s; s = s.expansion?.span) {
    const file = projectRelative(projectRoot, path.resolve(workspaceRoot, s.file_name));
    if (file) return { span: s, file };
  }
  return undefined;
}

function diagnosticLevel(level: string): FindingLevel {
  if (level.startsWith('error')) return 'error'; // also "error: internal compiler error"
  if (level === 'warning') return 'warning';
  return 'note';
}

function ruleOf(id: string, d: Diagnostic): RuleMetadata {
  // Clippy adds "for further information visit https://rust-lang.github.io/rust-clippy/…#lint".
  const link = d.children.map((c) => /for further information visit (\S+)/.exec(c.message)?.[1]).find(Boolean);
  const helpUri = link ?? (/^E\d{4}$/.test(id) ? `https://doc.rust-lang.org/error_codes/${id}.html` : undefined);
  return { id, ...(d.code?.explanation ? { help: d.code.explanation } : {}), ...(helpUri ? { helpUri } : {}) };
}

function rulesOf(rules: RuleMetadata[]): RuleMetadata[] {
  const byId = new Map<string, RuleMetadata>();
  for (const r of rules) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The library and its test harness report the same finding; keep one. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.endLine}|${f.endColumn}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
