import { placeBundledConfig } from '../config/bundled-configs';
import type { AnalysisContext, FunctionComplexity, ToolAdapter, ToolOutput } from '../model';
import { provisionAssayNpmTools } from '../provision/npm-tools';
import { ToolFailedError, ToolSkippedError } from '../../../lib/tool-errors';
import { eslintTargets, relativePath, runEslint, type EslintReport } from './eslint';

// "Function 'foo' has a complexity of 3. Maximum allowed is 0." — see ESLint's complexity rule.
const MESSAGE = /^(.+?) has a complexity of (\d+)\./;

/**
 * The function's name from the subject of ESLint's message, which is
 * `upperCaseFirst(getFunctionNameWithKind(node))`: "Function 'foo'", "Async method 'load'",
 * "Static method 'create'", "Private method #secret", "Getter 'size'", "Constructor", "Arrow
 * function", "Function" (anonymous), "Class static block". A quoted or
 * #private name is the name; a function without one is named by its kind in angle brackets.
 */
export function functionNameFromSubject(subject: string): string {
  const quoted = /'(.*)'$/.exec(subject);
  if (quoted) return quoted[1]!;
  const privateName = /(#\S+)$/.exec(subject);
  if (privateName) return privateName[1]!;
  const kind = subject.toLowerCase();
  return kind === 'constructor' ? 'constructor' : `<${kind}>`;
}

/** Functions and their complexity from a report of the complexity-only config. */
export function functionsFromReport(report: EslintReport, root: string): { functions: FunctionComplexity[]; unparsable: string[] } {
  const functions: FunctionComplexity[] = [];
  const unparsable: string[] = [];
  for (const result of report.results) {
    const file = relativePath(root, result.filePath);
    for (const m of result.messages) {
      if (m.fatal) {
        unparsable.push(`${file}:${m.line ?? 1}: ${m.message}`);
        continue;
      }
      if (m.ruleId !== 'complexity') continue;
      const match = MESSAGE.exec(m.message);
      if (!match) throw new ToolFailedError(`ESLint's complexity message has a form Assay does not know: "${m.message}" (${file}:${m.line ?? '?'})`);
      // ESLint measures a class field's initializer as an implicit function; it is not one, and
      // every `x = []` counted as a function of complexity 1 would dilute the per-function figures.
      // (A function stored in a field is measured as a method all the same.)
      if (match[1] === 'Class field initializer') continue;
      functions.push({ file, name: functionNameFromSubject(match[1]!), line: m.line ?? 1, complexity: Number(match[2]) });
    }
  }
  functions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { functions, unparsable };
}

/**
 * Cyclomatic complexity of every JS/TS function, measured by ESLint's own `complexity` rule at
 * threshold 0 with Assay's complexity-only config. The project's config is deliberately not used
 * (it may not enable the rule, or set a threshold that hides most functions), and inline
 * `eslint-disable` comments are ignored, so every function is measured the same way.
 */
async function run(context: AnalysisContext): Promise<ToolOutput> {
  const files = eslintTargets(context);
  if (files.length === 0) throw new ToolSkippedError(context.targetFiles ? 'no changed JavaScript or TypeScript files to measure' : 'no JavaScript or TypeScript files to measure');
  const tools = await provisionAssayNpmTools({ toolCache: context.toolCache, env: context.env, log: context.log, signal: context.signal });
  const config = await placeBundledConfig('complexity', tools.dir);
  const { report, result } = await runEslint({
    bin: tools.eslint,
    args: ['--config', config, '--no-inline-config'],
    files,
    configLabel: `Assay's complexity config (${config})`,
    configFile: config,
    context,
  });
  const { functions, unparsable } = functionsFromReport(report, context.root);
  const notes = unparsable.length > 0 ? [`${unparsable.length} file(s) could not be parsed and have no complexity: ${unparsable.slice(0, 5).join('; ')}`] : [];
  for (const note of notes) context.log.info(`complexity: ${note}`);
  return { version: tools.eslint.version, findings: [], rules: [], functions, exitCode: result.exitCode, ...(notes.length ? { notes } : {}) };
}

/** Cyclomatic complexity per function (ESLint's `complexity` rule), a metric rather than findings. */
export const eslintComplexityAdapter: ToolAdapter = {
  name: 'eslint-complexity',
  languages: ['javascript', 'typescript'],
  metric: true,
  run,
};
