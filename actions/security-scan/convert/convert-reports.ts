import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ConfigurationError } from '../../../lib/errors';
import { describeExit, runProcess } from '../../../lib/process/run-process';
import type { SarifLog } from '../../../lib/sarif/types';
import type { IngestedSarif } from '../model';
import { completeConvertedRun } from './complete-run';
import { resolveToolFormat, type ToolFormat } from './formats';
import { expandGlob } from './glob';
import { provideSarifMultitool, type Multitool, type ProvideMultitoolOptions } from './multitool';

/** One line of the `convert` input: a format and a glob of reports in it. */
export interface ConvertRequest {
  format: string;
  glob: string;
}

export interface ConvertOptions {
  /** Relative globs are relative to this folder (the scanned root). */
  root: string;
  log: Logger;
  toolCache: string;
  tempDir: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /** How to get the multitool (tests pass `preferInstalledPackage`). */
  multitool?: Pick<ProvideMultitoolOptions, 'preferInstalledPackage' | 'binaryPath' | 'release'>;
  /** Limit for one conversion. */
  timeoutMs?: number;
}

/** A report that could not be converted; the others still are. */
export interface ConvertFailure {
  file: string;
  format: ToolFormat;
  reason: string;
}

export interface ConvertOutcome {
  /** One entry per converted report: `file` is the report (relative to the root when inside it). */
  sarif: IngestedSarif[];
  failures: ConvertFailure[];
  /** Globs that matched nothing, and the like. */
  notes: string[];
  multitool?: Multitool;
}

/**
 * Converts reports in other tools' formats to SARIF with `sarif-multitool convert`. Every format
 * name is checked first (a ConfigurationError listing the accepted names, before anything is
 * fetched), then the globs are expanded; the multitool is fetched only when some file matched.
 * Each report is converted on its own; one that fails (not in the stated format, unreadable)
 * becomes a failure naming the file and the multitool's error, and the rest go through.
 */
export async function convertReports(requests: readonly ConvertRequest[], options: ConvertOptions): Promise<ConvertOutcome> {
  const resolved = requests.map((r) => {
    if (!r.glob.trim()) throw new ConfigurationError(`the convert entry for ${r.format} has no file glob; write "${r.format}: path/to/report"`);
    return { format: resolveToolFormat(r.format), glob: r.glob.trim() };
  });
  const outcome: ConvertOutcome = { sarif: [], failures: [], notes: [] };
  const jobs: { format: ToolFormat; file: string }[] = [];
  const seen = new Set<string>();
  for (const { format, glob } of resolved) {
    const files = expandGlob(glob, options.root);
    if (files.length === 0) outcome.notes.push(`convert: no file matches "${glob}" (${format}), relative to ${options.root}`);
    for (const file of files) {
      const key = `${format}\0${file}`;
      if (!seen.has(key)) jobs.push({ format, file });
      seen.add(key);
    }
  }
  if (jobs.length === 0) return outcome;
  const multitool = await provideSarifMultitool({ log: options.log, toolCache: options.toolCache, tempDir: options.tempDir, signal: options.signal, ...options.multitool });
  outcome.multitool = multitool;
  const outDir = await fs.mkdtemp(path.join(await ensureDir(options.tempDir), 'assay-convert-'));
  try {
    for (const [i, job] of jobs.entries()) {
      options.signal.throwIfAborted();
      const shown = displayPath(job.file, options.root);
      try {
        const log = await convertOne(multitool.path, job.format, job.file, path.join(outDir, `${i}.sarif`), options);
        outcome.sarif.push({ file: shown, runs: log.runs.map((run) => completeConvertedRun(run, job.format)) });
        options.log.info(`convert: ${shown} (${job.format}) → ${log.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0)} result(s)`);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        outcome.failures.push({ file: shown, format: job.format, reason });
        options.log.warning(`convert: ${shown} could not be converted as ${job.format}: ${reason}`);
      }
    }
  } finally {
    await fs.rm(outDir, { recursive: true, force: true });
  }
  return outcome;
}

/**
 * `sarif-multitool convert <file> --tool <format> --output <out>`. The .NET runtime inside runs
 * with invariant globalization (a runner without libicu would otherwise abort it) and without
 * telemetry. A failure is reported by the exception line it prints ("System.Xml.XmlException:
 * Data at the root level is invalid. Line 1, position 1.").
 */
async function convertOne(binary: string, format: ToolFormat, file: string, output: string, options: ConvertOptions): Promise<SarifLog> {
  const result = await runProcess(binary, ['convert', file, '--tool', format, '--output', output, '--log', 'ForceOverwrite'], {
    cwd: options.root,
    env: { ...options.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 10 * 60_000,
  });
  let text: string | undefined;
  try {
    text = await fs.readFile(output, 'utf8');
  } catch {
    text = undefined;
  }
  if (result.exitCode !== 0 || text === undefined) {
    throw new Error(`sarif-multitool ${describeExit(result)}: ${exceptionLine(`${result.stdout}\n${result.stderr}`)}`);
  }
  let log: SarifLog;
  try {
    log = JSON.parse(text) as SarifLog;
  } catch {
    throw new Error('sarif-multitool wrote output that is not JSON');
  }
  if (!Array.isArray(log.runs)) throw new Error('sarif-multitool wrote a log without runs');
  return log;
}

/** The .NET exception line ("System.Xml.XmlException: …"), else the first line printed. */
export function exceptionLine(printed: string): string {
  const lines = printed.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^[\w.]+(Exception|Error):/.test(l)) ?? lines.find((l) => !/^(SARIF Multitool|©)/.test(l)) ?? 'no output';
}

function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

async function ensureDir(dir: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  return dir;
}
