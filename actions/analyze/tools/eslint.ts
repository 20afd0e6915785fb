import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeExit, runProcess, type ProcessResult } from '../../../lib/process/run-process';
import { severityFromSarifLevel } from '../../../lib/severity';
import { placeBundledConfig } from '../config/bundled-configs';
import type { AnalysisContext, Finding, FindingLevel, RuleMetadata, ToolAdapter, ToolOutput } from '../model';
import { resolveEslint, type NpmBin } from '../provision/npm-tools';
import { ToolFailedError, ToolSkippedError, tail } from '../../../lib/tool-errors';

/** What ESLint lints: the extensions its default config and Assay's configs cover. */
export const ESLINT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts'];

/** ESLint 9's flat config names, in the order ESLint itself looks for them. */
const FLAT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const LEGACY_CONFIGS = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc.json', '.eslintrc'];

/**
 * Rule ids for ESLint messages that carry none. ESLint reports a file it cannot parse as a
 * message with `ruleId: null` and `fatal: true`, and an unused `eslint-disable` comment with
 * `ruleId: null` too; SARIF and the report need an id, so these names stand in.
 */
export const PARSE_ERROR_RULE = 'parse-error';
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';
export const OTHER_MESSAGE_RULE = 'eslint-message';

const SYNTHETIC_RULES: Record<string, RuleMetadata> = {
  [PARSE_ERROR_RULE]: {
    id: PARSE_ERROR_RULE,
    description: 'ESLint could not parse the file, so no rule checked it.',
    help: 'Fix the syntax error, or make the ESLint config parse this kind of file (for TypeScript, a parser such as typescript-eslint).',
  },
  [UNUSED_DIRECTIVE_RULE]: {
    id: UNUSED_DIRECTIVE_RULE,
    description: 'An eslint-disable or eslint-enable comment that suppresses nothing.',
    helpUri: 'https://eslint.org/docs/latest/use/configure/rules#report-unused-eslint-disable-comments',
  },
  [OTHER_MESSAGE_RULE]: { id: OTHER_MESSAGE_RULE, description: 'A message from ESLint itself rather than from a rule.' },
};

/** The ESLint config that decides how the project is linted. */
export type EslintConfigChoice =
  | { kind: 'flat'; file: string }
  | { kind: 'legacy'; file: string }
  | { kind: 'none' };

/**
 * The flat config ESLint would use when run from `root` (ESLint 9 looks in the working folder and
 * then upwards), else the nearest legacy `.eslintrc.*` (or package.json `eslintConfig`), which
 * ESLint 9 does not read. The walk stops at the checkout's top (a folder with `.git`), so a config
 * in some unrelated parent folder is never picked up.
 */
export function findEslintConfig(root: string): EslintConfigChoice {
  let legacy: string | undefined;
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const flat = FLAT_CONFIGS.find((name) => isFile(path.join(dir, name)));
    if (flat) return { kind: 'flat', file: path.join(dir, flat) };
    if (!legacy) {
      const old = LEGACY_CONFIGS.find((name) => isFile(path.join(dir, name)));
      if (old) legacy = path.join(dir, old);
      else if (hasEslintConfigInPackageJson(dir)) legacy = path.join(dir, 'package.json');
    }
    if (fs.existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
  }
  return legacy ? { kind: 'legacy', file: legacy } : { kind: 'none' };
}

/** The files ESLint should lint: the project's JS/TS files, or only the changed ones. */
export function eslintTargets(context: AnalysisContext): string[] {
  const lintable = context.files
    .filter((f) => (f.language === 'javascript' || f.language === 'typescript') && ESLINT_EXTENSIONS.includes(path.extname(f.path).toLowerCase()))
    .map((f) => f.path);
  if (!context.targetFiles) return lintable;
  const wanted = new Set(context.targetFiles);
  return lintable.filter((f) => wanted.has(f));
}

/** ESLint's `json-with-metadata` report (the parts Assay reads). */
export interface EslintReport {
  results: EslintFileResult[];
  metadata?: { rulesMeta?: Record<string, EslintRuleMeta | undefined> };
}

export interface EslintFileResult {
  filePath: string;
  messages: EslintMessage[];
}

export interface EslintMessage {
  ruleId: string | null;
  severity: 0 | 1 | 2;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

interface EslintRuleMeta {
  type?: string;
  docs?: { description?: string; url?: string };
}

export interface RunEslintOptions {
  bin: NpmBin;
  /** Extra arguments before the files (--config, --no-inline-config…). */
  args: readonly string[];
  files: readonly string[];
  /** Names the config in error messages: a path relative to the root, or "Assay's default config". */
  configLabel: string;
  /** The config file, to locate a syntax error in it. */
  configFile?: string;
  /** Folder ESLint runs in (where a project config sits, so its imports resolve); default the root. */
  cwd?: string;
  context: AnalysisContext;
}

/** Arguments beyond this total length are not passed one by one; ESLint lints "." and the results are filtered. */
const MAX_FILE_ARGS_LENGTH = 100_000;

/**
 * Runs `node <eslint> --format json-with-metadata` from the project root and returns its report.
 * ESLint exits 0 (no errors) or 1 (errors found) with a report, and 2 on a fatal error (a config
 * it cannot load, a plugin that crashes); that, a timeout or output that is not its report is a
 * ToolFailedError naming the config and quoting ESLint's own error line.
 */
export async function runEslint(options: RunEslintOptions): Promise<{ report: EslintReport; result: ProcessResult }> {
  const { context, bin } = options;
  const cwd = options.cwd ?? context.root;
  const explicit = options.files.reduce((n, f) => n + f.length + 1, 0) <= MAX_FILE_ARGS_LENGTH;
  const args = [
    bin.script,
    '--format',
    'json-with-metadata',
    // Files the config ignores or does not cover are skipped quietly instead of warned about.
    '--no-warn-ignored',
    '--no-error-on-unmatched-pattern',
    ...options.args,
    '--',
    ...(explicit ? options.files.map((f) => path.relative(cwd, path.join(context.root, f))) : ['.']),
  ];
  // runProcess does not stop a process started with an already aborted signal (the time may have
  // run out while the tools were being installed).
  context.signal.throwIfAborted();
  const result = await runProcess(process.execPath, args, {
    cwd,
    // ESLint 9 still reads a legacy .eslintrc when this says false; Assay runs flat config only.
    env: { ...context.env, ESLINT_USE_FLAT_CONFIG: 'true' },
    signal: context.signal,
  });
  if (result.exitCode === 2) throw await fatalError(options, result);
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    throw new ToolFailedError(`ESLint ${describeExit(result)} (config: ${options.configLabel})`, tail(result.stderr || result.stdout));
  }
  if (result.outputTruncated) {
    // json-with-metadata repeats the source of every file with a problem; a huge tree can outgrow the cap.
    throw new ToolFailedError(`ESLint's report was larger than Assay reads (config: ${options.configLabel}); narrow the analysed files with the exclude input`);
  }
  const report = parseReport(result.stdout);
  if (!report) {
    throw new ToolFailedError(
      `ESLint printed something that is not its JSON report (config: ${options.configLabel}); a plugin or the config may write to standard output`,
      tail(`${result.stdout.slice(0, 2000)}\n${result.stderr}`),
    );
  }
  if (!explicit) {
    const wanted = new Set(options.files);
    report.results = report.results.filter((r) => wanted.has(relativePath(context.root, r.filePath)));
  }
  return { report, result };
}

/** The report, also when something printed a line before it. */
function parseReport(stdout: string): EslintReport | undefined {
  const candidates = [stdout, ...stdout.split('\n').filter((l) => l.startsWith('{"results"')).reverse()];
  for (const text of candidates) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object' && Array.isArray((parsed as EslintReport).results)) return parsed as EslintReport;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/**
 * ESLint's fatal error as a message that names the config and quotes ESLint. ESLint prints
 * "Oops! Something went wrong! :(", its version, then the error and a stack; the error line(s)
 * are what the user needs. A syntax error in a JavaScript config comes without a position, so
 * `node --check` supplies the file and line.
 */
async function fatalError(options: RunEslintOptions, result: ProcessResult): Promise<ToolFailedError> {
  const printed = `${result.stderr}\n${result.stdout}`;
  const said = eslintErrorLines(printed);
  let where = '';
  if (options.configFile && /SyntaxError/.test(said) && /\.(c|m)?js$/.test(options.configFile)) {
    const check = await runProcess(process.execPath, ['--check', options.configFile], { cwd: options.context.root, signal: options.context.signal, env: options.context.env });
    const position = check.stderr.split('\n').find((l) => l.startsWith(options.configFile!));
    if (position) where = ` at ${relativePath(options.context.root, position)}`;
  }
  let hint = '';
  if (/ERR_MODULE_NOT_FOUND|Cannot find (package|module)/.test(said)) {
    hint = " — install the project's dependencies (npm ci) before analyze, so the config's imports resolve";
  } else if (/'jiti' library is required/.test(said)) {
    hint = ' — a TypeScript config needs the jiti package in the project (npm install --save-dev jiti)';
  }
  return new ToolFailedError(`ESLint could not run with the config ${options.configLabel}${where}: ${said}${hint}`, tail(printed));
}

/** The error ESLint printed, without its banner and stack. */
export function eslintErrorLines(printed: string): string {
  const lines = printed.split('\n');
  const banner = lines.findIndex((l) => /^ESLint: \d/.test(l));
  const body = (banner >= 0 ? lines.slice(banner + 1) : lines).map((l) => l.trimEnd());
  const stack = body.findIndex((l) => /^\s+at /.test(l));
  const message = (stack >= 0 ? body.slice(0, stack) : body).filter((l) => l.trim() !== '' && !/^Oops! Something went wrong/.test(l));
  return message.slice(0, 6).join(' ').trim() || tail(printed, 3);
}

/** ESLint's absolute file path as a path relative to the root, with forward slashes. */
export function relativePath(root: string, file: string): string {
  let rel = path.relative(root, file);
  if (rel.startsWith('..')) {
    // ESLint resolves symlinks (macOS's /tmp is /private/tmp); compare real paths too.
    try {
      rel = path.relative(fs.realpathSync(root), file);
    } catch {
      // keep the first answer
    }
  }
  return rel.split(path.sep).join('/');
}

function ruleIdOf(message: EslintMessage): string {
  if (message.ruleId) return message.ruleId;
  if (message.fatal) return PARSE_ERROR_RULE;
  if (/^Unused eslint-(disable|enable)/.test(message.message)) return UNUSED_DIRECTIVE_RULE;
  return OTHER_MESSAGE_RULE;
}

/** Findings and rule metadata from ESLint's report. Severity 2 is an error, 1 a warning. */
export function findingsFromReport(report: EslintReport, root: string): { findings: Finding[]; rules: RuleMetadata[] } {
  const findings: Finding[] = [];
  const used = new Set<string>();
  for (const file of report.results) {
    const rel = relativePath(root, file.filePath);
    for (const m of file.messages) {
      if (m.severity === 0) continue;
      const ruleId = ruleIdOf(m);
      const level: FindingLevel = m.severity === 2 ? 'error' : 'warning';
      used.add(ruleId);
      findings.push({
        tool: 'eslint',
        ruleId,
        level,
        severity: severityFromSarifLevel(level),
        message: m.message,
        file: rel,
        line: m.line ?? 1,
        ...(m.column !== undefined ? { column: m.column } : {}),
        ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
        ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
      });
    }
  }
  const meta = report.metadata?.rulesMeta ?? {};
  const rules = [...used].sort().map((id): RuleMetadata => {
    if (SYNTHETIC_RULES[id]) return SYNTHETIC_RULES[id];
    const docs = meta[id]?.docs;
    return { id, ...(docs?.description ? { description: docs.description } : {}), ...(docs?.url ? { helpUri: docs.url } : {}) };
  });
  return { findings, rules };
}

/** Files linted with one config: a project's flat config, or Assay's default when none applies. */
export interface EslintConfigGroup {
  choice: EslintConfigChoice;
  /** Relative to the root, forward slashes. */
  files: string[];
}

/**
 * Groups files by the config that governs them. ESLint 9 reads one flat config, found from the
 * folder it runs in, so a repository with several packages (web/eslint.config.js,
 * api/eslint.config.mjs) is linted once per config, each from its own folder. A file with no
 * flat config between it and the checkout's top gets Assay's default.
 */
export function groupByEslintConfig(root: string, files: readonly string[]): EslintConfigGroup[] {
  const rootChoice = findEslintConfig(root);
  const byDir = new Map<string, EslintConfigChoice>();
  const choiceFor = (dir: string): EslintConfigChoice => {
    const known = byDir.get(dir);
    if (known) return known;
    let choice: EslintConfigChoice;
    if (dir === '' || dir === '.') {
      choice = rootChoice;
    } else {
      const abs = path.join(root, dir);
      const flat = FLAT_CONFIGS.find((name) => isFile(path.join(abs, name)));
      const legacy = LEGACY_CONFIGS.find((name) => isFile(path.join(abs, name)));
      const parent = choiceFor(path.posix.dirname(dir));
      if (flat) choice = { kind: 'flat', file: path.join(abs, flat) };
      else if (legacy && parent.kind !== 'flat') choice = { kind: 'legacy', file: path.join(abs, legacy) };
      else choice = parent;
    }
    byDir.set(dir, choice);
    return choice;
  };
  const groups = new Map<string, EslintConfigGroup>();
  for (const file of files) {
    const choice = choiceFor(path.posix.dirname(file));
    const key = choice.kind === 'flat' ? choice.file : 'default';
    const group = groups.get(key) ?? { choice, files: [] };
    // The default group's note names the first legacy config met, if any.
    if (group.choice.kind === 'none' && choice.kind === 'legacy') group.choice = choice;
    group.files.push(file);
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function lintGroup(group: EslintConfigGroup, context: AnalysisContext, notes: string[]): Promise<{ version: string; report: EslintReport; exitCode: number | null }> {
  const { choice } = group;
  const provision = { toolCache: context.toolCache, env: context.env, log: context.log, signal: context.signal };
  const configDir = choice.kind === 'flat' ? path.dirname(choice.file) : context.root;
  const eslint = await resolveEslint(configDir, choice.kind === 'flat', provision);
  if (eslint.note) notes.push(eslint.note);
  const args: string[] = [];
  let configLabel: string;
  let configFile: string | undefined;
  if (choice.kind === 'flat') {
    configFile = choice.file;
    configLabel = relativePath(context.root, choice.file);
  } else {
    if (choice.kind === 'legacy') {
      const rel = relativePath(context.root, choice.file);
      const what = rel.endsWith('package.json') ? `the eslintConfig field of ${rel}` : rel;
      notes.push(
        `found only a legacy ESLint config (${what}), which ESLint 9 does not read; linted with Assay's default config instead. Migrate it to eslint.config.mjs (npx @eslint/migrate-config ${rel}) to have your rules applied.`,
      );
    } else {
      const which = group.files.length <= 3 ? group.files.join(', ') : `${group.files.slice(0, 3).join(', ')} and ${group.files.length - 3} more`;
      notes.push(`no ESLint config covers ${which}; linted with Assay's default config (JS recommended + typescript-eslint recommended)`);
    }
    // resolveEslint without the project's tools always provisions Assay's set.
    configFile = await placeBundledConfig('default', eslint.assay!.dir);
    configLabel = `Assay's default config (${configFile})`;
    args.push('--config', configFile);
  }
  const { report, result } = await runEslint({ bin: eslint.bin, args, files: group.files, configLabel, configFile, cwd: configDir, context });
  return { version: eslint.bin.version, report, exitCode: result.exitCode };
}

async function run(context: AnalysisContext): Promise<ToolOutput> {
  const files = eslintTargets(context);
  if (files.length === 0) {
    throw new ToolSkippedError(context.targetFiles ? 'no changed JavaScript or TypeScript files to lint' : 'no JavaScript or TypeScript files to lint');
  }
  const notes: string[] = [];
  const groups = groupByEslintConfig(context.root, files);
  const runs = await Promise.all(groups.map((g) => lintGroup(g, context, notes)));
  for (const note of notes) context.log.info(`eslint: ${note}`);
  const { findings, rules } = findingsFromReport({ results: runs.flatMap((r) => r.report.results), metadata: { rulesMeta: Object.assign({}, ...runs.map((r) => r.report.metadata?.rulesMeta ?? {})) } }, context.root);
  const parseErrors = findings.filter((f) => f.ruleId === PARSE_ERROR_RULE).length;
  if (parseErrors > 0) notes.push(`${parseErrors} file(s) could not be parsed (rule ${PARSE_ERROR_RULE}); nothing else was checked in them`);
  const exitCode = runs.reduce<number | null>((max, r) => (r.exitCode === null || max === null ? null : Math.max(max, r.exitCode)), 0);
  return { version: runs[0]!.version, findings, rules, exitCode, ...(notes.length ? { notes } : {}) };
}

/** ESLint 9 with the project's flat config, or Assay's default config when it has none. */
export const eslintAdapter: ToolAdapter = {
  name: 'eslint',
  languages: ['javascript', 'typescript'],
  run,
};

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function hasEslintConfigInPackageJson(dir: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    return manifest.eslintConfig !== undefined;
  } catch {
    return false;
  }
}
