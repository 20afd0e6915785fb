import * as path from 'node:path';
import { CommandNotFoundError, runProcess, type ProcessResult } from '../../../lib/process/run-process';
import { ToolSkippedError } from '../../../lib/tool-errors';

export interface LinterRun {
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

/**
 * Runs a linter's command through runProcess (argv, no shell, killed on abort). A command that is
 * not installed becomes a ToolSkippedError that says how to install it, so the summary tells the
 * user what to do instead of showing a crash.
 */
export async function runLinter(command: string, args: readonly string[], run: LinterRun, installHint: string): Promise<ProcessResult> {
  try {
    return await runProcess(command, args, { cwd: run.cwd, env: run.env, signal: run.signal });
  } catch (err) {
    if (err instanceof CommandNotFoundError) throw new ToolSkippedError(`${command} is not installed (${installHint})`);
    throw err;
  }
}

/** The first version number a `--version` output shows (`pylint 2.16.2` → `2.16.2`), or the first line. */
export function versionFrom(output: string): string {
  const match = /\d+\.\d+(?:\.\d+)?(?:[-+.\w]*)?/.exec(output);
  return match ? match[0] : (output.trim().split('\n')[0] ?? 'unknown');
}

/** Path relative to the project root with forward slashes; undefined when it lies outside the root. */
export function projectRelative(root: string, absolute: string): string | undefined {
  const rel = path.relative(root, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** A file argument that pylint, mypy or shellcheck cannot mistake for an option (`-x.py` → `./-x.py`). */
export function pathArgument(p: string): string {
  return p.startsWith('-') ? `./${p}` : p;
}
