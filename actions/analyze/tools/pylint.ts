import * as os from 'node:os';
import * as path from 'node:path';
import { severityFromSarifLevel } from '../../../lib/severity';
import type { AnalysisContext, Finding, FindingLevel, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { PYLINT_INSTALL_HINT, runPylintJson, type PylintMessage } from './pylint-process';
import { groupByConfig } from './python-config';
import { pythonFileTargets, pythonTargets } from './python-targets';
import { pathArgument, projectRelative, runLinter, versionFrom, type LinterRun } from './run-linter';

/**
 * Pylint on the project's packages and loose modules. Each group of files runs from the folder of
 * the config that governs it (pylintrc, .pylintrc, pyproject.toml [tool.pylint], setup.cfg
 * [pylint.*]) with that file as `--rcfile`; files with no config run from the root with
 * `--rcfile` set to the null device, so a stray ~/.pylintrc or /etc/pylintrc on the runner never
 * changes the result and pylint's defaults apply.
 */
export const pylintAdapter: ToolAdapter = {
  name: 'pylint',
  languages: ['python'],
  run: runPylint,
};

// What pylint puts as the path of a message about its command line or config file.
const CONFIG_PATH = 'Command line or configuration file';

async function runPylint(context: AnalysisContext): Promise<ToolOutput> {
  const run = (cwd: string): LinterRun => ({ cwd, env: context.env, signal: context.signal });
  const version = runLinter('pylint', ['--version'], run(context.root), PYLINT_INSTALL_HINT).then((r) => versionFrom(r.stdout));
  version.catch(() => {}); // awaited below; a failure of the main run must not leave it unhandled
  const files = pythonFiles(context);
  const findings: Finding[] = [];
  const rules = new Map<string, RuleMetadata>();
  const notes: string[] = [];
  let exitCode = 0;

  for (const group of groupByConfig('pylint', context.root, files)) {
    const relative = group.files.map((f) => toPosix(path.relative(group.dir, path.join(context.root, f))));
    const targets = context.targetFiles ? pythonFileTargets('pylint', group.dir, relative) : pythonTargets('pylint', group.dir, relative);
    if (targets.length === 0) continue;
    const rcfile = group.config ? path.relative(group.dir, group.config) : os.devNull;
    const configName = group.config ? toPosix(path.relative(context.root, group.config)) : undefined;
    context.log.debug(`pylint in ${group.dir} (${configName ?? 'no config'}): ${targets.map((t) => t.path).join(' ')}`);
    const { messages, result } = await runPylintJson([`--rcfile=${rcfile}`, ...targets.map((t) => pathArgument(t.path))], run(group.dir), context.tempDir, configName);
    exitCode |= result.exitCode ?? 0; // pylint's exit status is a bit mask

    const types = new Map<string, string>();
    for (const m of messages) {
      const file = projectRelative(context.root, path.resolve(group.dir, m.path));
      if (!file || m.path === CONFIG_PATH) {
        // Messages about the command line or the config file (a plugin that is not installed,
        // an unknown option) concern no source file: they go to the summary, not the findings.
        notes.push(`${configName ?? 'pylint'}: ${m['message-id']} (${m.symbol}) ${m.message}`);
        continue;
      }
      findings.push(toFinding(m, file));
      types.set(m['message-id'], m.type);
      if (!rules.has(m['message-id'])) rules.set(m['message-id'], { id: m['message-id'], name: m.symbol });
    }
    await describeRules([...types.keys()].filter((id) => !rules.get(id)?.description), rcfile, run(group.dir), rules, types, await version);
  }
  return { version: await version, findings, rules: [...rules.values()], exitCode, ...(notes.length ? { notes } : {}) };
}

function pythonFiles(context: AnalysisContext): string[] {
  const python = context.files.filter((f) => f.language === 'python').map((f) => f.path);
  if (!context.targetFiles) return python;
  const targets = new Set(context.targetFiles);
  return python.filter((f) => targets.has(f));
}

/** pylint's message types on SARIF's scale: only fatal and error are errors. */
export function pylintLevel(type: string): FindingLevel {
  if (type === 'fatal' || type === 'error') return 'error';
  if (type === 'warning') return 'warning';
  return 'note'; // refactor, convention, info
}

function toFinding(m: PylintMessage, file: string): Finding {
  const level = pylintLevel(m.type);
  return {
    tool: 'pylint',
    ruleId: m['message-id'],
    level,
    severity: severityFromSarifLevel(level),
    message: m.message,
    file,
    // pylint puts module-level problems (a file it could not parse) on line 0 or 1; SARIF starts at 1.
    line: Math.max(1, m.line),
    // pylint's columns are 0-based and its end column exclusive, like Python's AST.
    column: m.column + 1,
    ...(m.endLine !== null && m.endLine >= m.line ? { endLine: m.endLine } : {}),
    ...(m.endLine !== null && m.endColumn !== null ? { endColumn: m.endColumn + 1 } : {}),
  };
}

/**
 * Fills in each rule's text from `pylint --help-msg` (one extra call, about 0.3 s), with the same
 * rcfile so messages of the project's plugins are known too.
 */
async function describeRules(
  ids: string[],
  rcfile: string,
  run: LinterRun,
  rules: Map<string, RuleMetadata>,
  types: Map<string, string>,
  version: string,
): Promise<void> {
  if (ids.length === 0) return;
  const result = await runLinter('pylint', [`--rcfile=${rcfile}`, `--help-msg=${ids.join(',')}`], run, PYLINT_INSTALL_HINT);
  const described = parseHelpMsg(result.stdout);
  for (const id of ids) {
    const rule = rules.get(id);
    if (!rule) continue;
    const text = described.get(id);
    if (text) {
      rule.name = text.symbol;
      rule.description = firstSentence(text.help) ?? text.symbol;
      if (text.help && text.help !== rule.description) rule.help = text.help;
    }
    const type = types.get(id);
    // The message pages of pylint's documentation, versioned like the pylint that ran.
    if (type && rule.name && /^[CRWEFI]\d{4}$/.test(id)) {
      rule.helpUri = `https://pylint.readthedocs.io/en/v${version}/user_guide/messages/${type}/${rule.name}.html`;
    }
  }
}

/** Blocks of `pylint --help-msg`: `:unused-import (W0611): *Unused %s*` then the indented help. */
export function parseHelpMsg(output: string): Map<string, { symbol: string; template: string; help: string }> {
  const found = new Map<string, { symbol: string; template: string; help: string }>();
  for (const block of output.split(/\n\s*\n/)) {
    const [header, ...rest] = block.trim().split('\n');
    const match = /^:([\w-]+) \(([A-Z]\d{4})\): \*(.*)\*$/.exec(header ?? '');
    if (!match) continue;
    const help = rest
      .map((l) => l.trim())
      .join(' ')
      .replace(/\s*This message belongs to the [\w-]+ checker\.\s*$/, '')
      .trim();
    found.set(match[2]!, { symbol: match[1]!, template: match[3]!, help });
  }
  return found;
}

function firstSentence(text: string): string | undefined {
  const match = /^(.+?\.)(\s|$)/.exec(text);
  return match?.[1] ?? (text || undefined);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
