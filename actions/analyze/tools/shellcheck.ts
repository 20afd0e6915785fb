import * as path from 'node:path';
import { describeExit } from '../../../lib/process/run-process';
import { severityFromSarifLevel } from '../../../lib/severity';
import type { AnalysisContext, Finding, FindingLevel, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { ToolFailedError, tail } from '../../../lib/tool-errors';
import { pathArgument, projectRelative, runLinter, versionFrom } from './run-linter';

/**
 * ShellCheck on every shell script of the project (`.sh`, `.bash`, `.ksh` and extensionless
 * files with a shell shebang; the file list says which), in one run from the project root so a
 * `.shellcheckrc` next to the scripts or above them applies (ShellCheck looks for it itself).
 *
 * `json1` rather than `json`: its columns count a tab as one character, as SARIF does.
 *
 * `-x` with `--source-path=SCRIPTDIR`: ShellCheck follows `source`/`.` into files that are not
 * among its arguments (a sourced `.env` or a library without an extension), looking next to the
 * script first and then relative to the project root, where scripts are usually run from. That
 * gives it the variables those files define (no false SC2154) without reporting findings inside
 * them: those files are only checked themselves when they are shell files of the project.
 */
export const shellcheckAdapter: ToolAdapter = {
  name: 'shellcheck',
  languages: ['shell'],
  run: runShellcheck,
};

const INSTALL_HINT = 'install it with `apt-get install shellcheck` or `brew install shellcheck`';

interface Json1Comment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

async function runShellcheck(context: AnalysisContext): Promise<ToolOutput> {
  const run = { cwd: context.root, env: context.env, signal: context.signal };
  const version = runLinter('shellcheck', ['--version'], run, INSTALL_HINT).then((r) => versionFrom(r.stdout));
  version.catch(() => {}); // awaited below; a failure of the main run must not leave it unhandled
  const targetSet = context.targetFiles ? new Set(context.targetFiles) : undefined;
  const files = context.files.filter((f) => f.language === 'shell' && (!targetSet || targetSet.has(f.path))).map((f) => f.path);
  if (files.length === 0) return { version: await version, findings: [], rules: [], exitCode: 0 };

  const result = await runLinter('shellcheck', ['--format=json1', '--external-sources', '--source-path=SCRIPTDIR', ...files.map(pathArgument)], run, INSTALL_HINT);
  // 0: clean, 1: findings, 2: some files could not be read (the others are reported),
  // 3: bad syntax in the options, 4: bad options or an unsupported value (shellcheck(1)).
  if (result.exitCode === null || result.exitCode > 2) {
    throw new ToolFailedError(`shellcheck ${describeExit(result)}: it rejected its command line or its .shellcheckrc`, tail(result.stderr));
  }
  let comments: Json1Comment[];
  try {
    const parsed = JSON.parse(result.stdout) as { comments?: unknown };
    if (!Array.isArray(parsed.comments)) throw new Error('no comments list');
    comments = parsed.comments as Json1Comment[];
  } catch {
    throw new ToolFailedError(`shellcheck ${describeExit(result)} without printing its json1 report`, tail(result.stderr || result.stdout));
  }
  const notes = result.exitCode === 2 ? [`shellcheck could not read some files: ${tail(result.stderr, 5)}`] : [];

  const findings: Finding[] = [];
  for (const c of comments) {
    const file = projectRelative(context.root, path.resolve(context.root, c.file));
    if (!file) continue;
    const level = shellcheckLevel(c.level);
    findings.push({
      tool: 'shellcheck',
      ruleId: `SC${c.code}`,
      level,
      severity: severityFromSarifLevel(level),
      message: c.message,
      file,
      line: c.line,
      column: c.column,
      // ShellCheck's end column is exclusive already; a zero-width mark (SC1071 on line 1) is widened to one character.
      endLine: c.endLine,
      endColumn: c.endLine === c.line && c.endColumn <= c.column ? c.column + 1 : c.endColumn,
    });
  }
  const rules: RuleMetadata[] = [...new Set(findings.map((f) => f.ruleId))].sort().map((id) => ({ id, helpUri: `https://www.shellcheck.net/wiki/${id}` }));
  return { version: await version, findings, rules, exitCode: result.exitCode, ...(notes.length ? { notes } : {}) };
}

/** ShellCheck's four levels on SARIF's three. */
export function shellcheckLevel(level: string): FindingLevel {
  if (level === 'error') return 'error';
  if (level === 'warning') return 'warning';
  return 'note'; // info, style
}
