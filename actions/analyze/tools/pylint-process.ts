import * as path from 'node:path';
import { describeExit, type ProcessResult } from '../../../lib/process/run-process';
import { ToolFailedError, tail } from '../../../lib/tool-errors';
import { runLinter, type LinterRun } from './run-linter';

/** One entry of pylint 2.16's `--output-format=json` (columns are 0-based there). */
export interface PylintMessage {
  type: 'fatal' | 'error' | 'warning' | 'refactor' | 'convention' | 'info' | string;
  module: string;
  obj: string;
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
  /** Relative to the folder pylint ran in; "Command line or configuration file" for config problems. */
  path: string;
  symbol: string;
  message: string;
  'message-id': string;
}

export const PYLINT_INSTALL_HINT = 'install it with `pip install pylint` or `apt-get install pylint`';

// Exit status bits (pylint docs, "Exit codes"): 1 fatal, 2 error, 4 warning, 8 refactor,
// 16 convention, 32 usage error. Only 32 means the run itself went wrong.
const USAGE_ERROR = 32;

/**
 * Runs pylint with JSON output and returns its messages. pylint's statistics and crash reports
 * go to PYLINTHOME, which is put into the run's scratch folder so nothing lands in the project or
 * the user's home. A usage error or output that is not pylint's JSON is a ToolFailedError that
 * shows what pylint printed.
 */
export async function runPylintJson(
  args: readonly string[],
  run: LinterRun,
  tempDir: string,
  /** The config file in use, relative to the project root, for error messages; undefined for none. */
  configName?: string,
): Promise<{ messages: PylintMessage[]; result: ProcessResult }> {
  const env = { ...run.env, PYLINTHOME: path.join(tempDir, 'pylint-home') };
  const result = await runLinter('pylint', ['--output-format=json', '--reports=n', '--score=n', '--persistent=n', ...args], { ...run, env }, PYLINT_INSTALL_HINT);
  const said = tail([result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n'));
  const config = configName ? ` (config ${configName})` : '';
  if (result.exitCode === null) throw new ToolFailedError(`pylint ${describeExit(result)}`, said);
  if (result.exitCode & USAGE_ERROR) throw new ToolFailedError(`pylint rejected its command line or configuration${config}: usage error, exit ${result.exitCode}`, said);
  // A config file pylint cannot parse is reported as text (F0011) ahead of the JSON, and ignored.
  if (/\(config-parse-error\)|: F0011: /.test(result.stdout)) throw new ToolFailedError(`pylint could not parse its configuration file${config}`, said);
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new ToolFailedError(`pylint ${describeExit(result)} without printing its JSON report`, said);
  }
  if (!Array.isArray(parsed) || !parsed.every(isMessage)) throw new ToolFailedError('pylint printed JSON that is not a list of messages', tail(result.stdout));
  return { messages: parsed, result };
}

function isMessage(value: unknown): value is PylintMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m['message-id'] === 'string' && typeof m.path === 'string' && typeof m.line === 'number' && typeof m.message === 'string';
}
