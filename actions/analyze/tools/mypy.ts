import * as path from 'node:path';
import { describeExit, type ProcessResult } from '../../../lib/process/run-process';
import { severityFromSarifLevel } from '../../../lib/severity';
import type { AnalysisContext, Finding, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { ToolFailedError, tail } from '../../../lib/tool-errors';
import { groupByConfig, mypyConfigNamesFiles } from './python-config';
import { batchByModuleName, pythonFileTargets, pythonTargets, type PythonTarget } from './python-targets';
import { pathArgument, projectRelative, runLinter, versionFrom, type LinterRun } from './run-linter';

/**
 * MyPy on the project's packages and loose modules. mypy 1.0 has no JSON output, so it prints
 * one line per message in a form fixed by these flags (each overrides whatever the project's
 * config says about output): `file:line:col:endLine:endCol: error: message  [code]`.
 *
 * Each group of files runs from the folder of the config that governs it (mypy.ini, .mypy.ini,
 * pyproject.toml [tool.mypy], setup.cfg [mypy]) with `--config-file`; without one,
 * `--config-file=` keeps a user-level config on the runner out. The cache goes to the scratch
 * folder, so nothing is written into the project.
 *
 * Notes (`note:` lines) explain the error before them: they are appended to that error's message
 * when they point at the same place, and dropped otherwise (a stand-alone note such as
 * "By default the bodies of untyped functions are not checked" is advice, not a defect).
 */
export const mypyAdapter: ToolAdapter = {
  name: 'mypy',
  languages: ['python'],
  run: runMypy,
};

const INSTALL_HINT = 'install it with `pip install mypy` or `apt-get install mypy`';

const OUTPUT_FLAGS = [
  '--show-column-numbers',
  '--show-error-end',
  '--show-error-codes',
  '--hide-error-context',
  '--no-color-output',
  '--no-error-summary',
  '--no-pretty',
  '--show-traceback',
];

// A syntax error stops mypy before it checks anything else, and it reports only the first one.
// The files with syntax errors are left out and mypy runs again, this many times at most.
const MAX_SYNTAX_RETRIES = 10;

async function runMypy(context: AnalysisContext): Promise<ToolOutput> {
  const run = (cwd: string): LinterRun => ({ cwd, env: context.env, signal: context.signal });
  const version = runLinter('mypy', ['--version'], run(context.root), INSTALL_HINT).then((r) => versionFrom(r.stdout));
  version.catch(() => {}); // awaited below; a failure of the main run must not leave it unhandled
  const targetSet = context.targetFiles ? new Set(context.targetFiles) : undefined;
  const files = context.files.filter((f) => f.language === 'python' && (!targetSet || targetSet.has(f.path))).map((f) => f.path);
  const findings: Finding[] = [];
  const notes: string[] = [];
  let exitCode = 0;

  for (const group of groupByConfig('mypy', context.root, files)) {
    const relative = group.files.map((f) => toPosix(path.relative(group.dir, path.join(context.root, f))));
    // Relative to where mypy runs, so its complaints about the file name it as the project does.
    const configArg = `--config-file=${group.config ? path.relative(group.dir, group.config) : ''}`;
    const common = [configArg, `--cache-dir=${path.join(context.tempDir, 'mypy-cache')}`, ...OUTPUT_FLAGS];
    let batches: (PythonTarget[] | 'config')[];
    if (!targetSet && group.config && mypyConfigNamesFiles(group.config)) batches = ['config'];
    else {
      const targets = targetSet ? pythonFileTargets('mypy', group.dir, relative) : pythonTargets('mypy', group.dir, relative);
      batches = batchByModuleName(targets);
    }
    for (const batch of batches) {
      const outcome = await checkBatch(batch === 'config' ? [] : batch, common, run(group.dir), context.root);
      findings.push(...outcome.findings);
      notes.push(...outcome.notes);
      exitCode = Math.max(exitCode, outcome.exitCode);
    }
  }
  return { version: await version, findings: dedupe(findings), rules: rulesOf(findings), exitCode, ...(notes.length ? { notes } : {}) };
}

/** One mypy run over one batch, again without the files whose syntax errors stopped it. */
async function checkBatch(
  batch: PythonTarget[],
  common: string[],
  run: LinterRun,
  root: string,
): Promise<{ findings: Finding[]; notes: string[]; exitCode: number }> {
  const findings: Finding[] = [];
  const notes: string[] = [];
  let targets = batch.map((t) => t.path);
  const excluded: string[] = [];
  let worstExit = 0; // a round stopped by a syntax error exits 2 even when the next one passes
  for (let round = 0; ; round++) {
    const exclude = excluded.map((f) => `--exclude=^${escapeRegExp(f)}$`);
    const result = await runLinter('mypy', [...common, ...exclude, ...targets.map(pathArgument)], run, INSTALL_HINT);
    const parsed = parseMypyOutput(result.stdout, run.cwd, root);
    findings.push(...parsed);
    if (result.exitCode === 0 || result.exitCode === 1) {
      if (result.exitCode === 1 && parsed.length === 0 && !/: error: /.test(result.stdout)) {
        throw new ToolFailedError('mypy reported errors but printed none that could be read', tail(result.stdout + result.stderr));
      }
      // mypy reports a config file it cannot read (or a setting it rejects) on stderr and then
      // goes on with its defaults: say so rather than let the result look configured.
      if (result.stderr.trim()) notes.push(`mypy warned and went on without what it names: ${tail(result.stderr, 5)}`);
      return { findings, notes, exitCode: Math.max(worstExit, result.exitCode) };
    }
    // Exit 2 is a crash, a usage error or a blocking error. Only a blocking error in a file
    // (a syntax error) leaves something to report and something to retry without.
    const blocking = parsed.filter((f) => f.level === 'error');
    if (result.exitCode !== 2 || blocking.length === 0) {
      throw new ToolFailedError(`mypy ${describeExit(result)}: it crashed or rejected its command line or configuration`, failureDetail(result));
    }
    worstExit = 2;
    const stopped = blocking.map((f) => toPosix(path.relative(run.cwd, path.join(root, f.file))));
    if (round === MAX_SYNTAX_RETRIES) {
      notes.push(`mypy stopped at a syntax error ${round + 1} times, the last in ${stopped.join(', ')}; the rest was not type-checked`);
      return { findings, notes, exitCode: 2 };
    }
    const dropped = new Set(stopped);
    excluded.push(...stopped);
    targets = targets.filter((t) => !dropped.has(t));
    notes.push(`mypy could not parse ${stopped.join(', ')}; type-checked the other files without it`);
    // With the config's own `files` there are no arguments: the exclusions alone leave the files out.
    if (batch.length > 0 && targets.length === 0) return { findings, notes, exitCode: 2 };
  }
}

const LINE = /^(.+?):(\d+):(?:(\d+):)?(?:(\d+):(\d+):)? (error|warning|note): (.*)$/;
const CODE = /^(.*?)  \[([a-z0-9-]+)\]$/;

/**
 * Reads mypy's `file:line:col:endLine:endCol: severity: message  [code]` lines. Columns are
 * 1-based and the end column is inclusive in mypy; SARIF's end column is exclusive, hence + 1.
 * Lines that match nothing (a crash's traceback goes to stderr) are ignored here.
 */
export function parseMypyOutput(stdout: string, cwd: string, root: string): Finding[] {
  const findings: Finding[] = [];
  let previous: Finding | undefined;
  for (const raw of stdout.split('\n')) {
    const match = LINE.exec(raw.trimEnd());
    if (!match) continue;
    const [, fileText, lineText, colText, endLineText, endColText, severity, rest] = match;
    const file = projectRelative(root, path.resolve(cwd, fileText!));
    const line = Number(lineText);
    if (severity === 'note') {
      if (previous && file === previous.file && line === previous.line) previous.message += `\n${rest}`;
      continue;
    }
    previous = undefined;
    if (!file) continue; // a module outside the project (an installed package mypy followed)
    const coded = CODE.exec(rest!);
    const level = severity === 'error' ? 'error' : 'warning';
    const finding: Finding = {
      tool: 'mypy',
      // Messages without a code are mypy's "misc" (errorcodes.MISC), which is what they are filed under.
      ruleId: coded ? coded[2]! : 'misc',
      level,
      severity: severityFromSarifLevel(level),
      message: coded ? coded[1]! : rest!,
      file,
      line: Math.max(1, line),
      ...(colText ? { column: Number(colText) } : {}),
      ...(endLineText ? { endLine: Number(endLineText), endColumn: Number(endColText) + 1 } : {}),
    };
    findings.push(finding);
    previous = finding;
  }
  return findings;
}

function failureDetail(result: ProcessResult): string {
  // A usage error goes to stderr, a configuration or module-mapping error ("Duplicate module
  // named …") to stdout; show both.
  return tail([result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n'));
}

// Codes documented on mypy's "Error codes for optional checks" page; all others are on the page
// of codes enabled by default. Each code has an anchor `code-<code>` in the docs.
const OPTIONAL_CODES = new Set([
  'type-arg',
  'no-untyped-def',
  'redundant-cast',
  'redundant-self',
  'comparison-overlap',
  'no-untyped-call',
  'no-any-return',
  'no-any-unimported',
  'unreachable',
  'redundant-expr',
  'possibly-undefined',
  'truthy-bool',
  'truthy-iterable',
  'ignore-without-code',
  'unused-awaitable',
  'unused-ignore',
]);

function rulesOf(findings: readonly Finding[]): RuleMetadata[] {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  return ids.map((id) => ({
    id,
    description: `mypy error code "${id}"`,
    helpUri: `https://mypy.readthedocs.io/en/stable/error_code_list${OPTIONAL_CODES.has(id) ? '2' : ''}.html#code-${id}`,
  }));
}

/** The same module checked in two runs (a batch retried, a shared import) reports once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
