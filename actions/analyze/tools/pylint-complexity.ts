import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalysisContext, FunctionComplexity, ToolAdapter, ToolOutput } from '../model';
import { PYLINT_INSTALL_HINT, runPylintJson } from './pylint-process';
import { pythonFileTargets, pythonTargets } from './python-targets';
import { pathArgument, projectRelative, runLinter, versionFrom } from './run-linter';

/**
 * Cyclomatic complexity of every Python function, measured by pylint's own mccabe extension
 * (the same graph as the `mccabe` package): with `--max-complexity=0` its R1260 "too-complex"
 * message fires for every function and carries the rating. The project's pylint config is
 * ignored for this run (`--rcfile` is the null device): a config that disables messages or sets
 * another threshold must not change what is measured.
 */
export const pylintComplexityAdapter: ToolAdapter = {
  name: 'pylint-complexity',
  languages: ['python'],
  metric: true,
  run: measure,
};

const RATING = /^'(.+)' is too complex\. The McCabe rating is (\d+)$/;

async function measure(context: AnalysisContext): Promise<ToolOutput> {
  const run = { cwd: context.root, env: context.env, signal: context.signal };
  const version = runLinter('pylint', ['--version'], run, PYLINT_INSTALL_HINT).then((r) => versionFrom(r.stdout));
  version.catch(() => {}); // awaited below; a failure of the main run must not leave it unhandled
  const targetSet = context.targetFiles ? new Set(context.targetFiles) : undefined;
  const files = context.files.filter((f) => f.language === 'python' && (!targetSet || targetSet.has(f.path))).map((f) => f.path);
  const targets = targetSet ? pythonFileTargets('pylint', context.root, files) : pythonTargets('pylint', context.root, files);
  if (targets.length === 0) return { version: await version, findings: [], rules: [], functions: [], exitCode: 0 };

  const args = [
    `--rcfile=${os.devNull}`,
    '--load-plugins=pylint.extensions.mccabe',
    '--max-complexity=0',
    '--disable=all',
    '--enable=too-complex',
    ...targets.map((t) => pathArgument(t.path)),
  ];
  const { messages, result } = await runPylintJson(args, run, context.tempDir);
  const functions: FunctionComplexity[] = [];
  for (const m of messages) {
    if (m['message-id'] !== 'R1260') continue;
    const rating = RATING.exec(m.message);
    const file = projectRelative(context.root, path.resolve(context.root, m.path));
    // Module-level statements get their own graph ("This 'for' is too complex"): not a function.
    if (!rating || !file) continue;
    // `obj` is the qualified name (`Basket.total`); the message holds the bare one.
    functions.push({ file, name: m.obj || rating[1]!, line: m.line, complexity: Number(rating[2]) });
  }
  functions.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { version: await version, findings: [], rules: [], functions, exitCode: result.exitCode };
}
