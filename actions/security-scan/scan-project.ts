import * as path from 'node:path';
import type { Logger } from '../../lib/action/logger';
import { buildToolRun } from '../../lib/sarif/build-run';
import { createLog } from '../../lib/sarif/log';
import { mergeSarifFiles } from '../../lib/sarif/merge';
import type { MergedSarif } from '../../lib/sarif/merged-log';
import type { SarifProblem } from '../../lib/sarif/problems';
import type { SarifLog } from '../../lib/sarif/types';
import { runTasks, type TaskResult } from '../../lib/tasks/run-tasks';
import { convertReports, type ConvertFailure } from './convert/convert-reports';
import { runDependencyCheck } from './deps/dependency-scanner';
import type { ConvertEntry, ScannerGroup } from './inputs';
import type { ScanContext, ScannerOutput } from './model';
import { scoreResults, type ScoredResult } from './result-severity';
import { banditScanner } from './sast/bandit';
import { eslintSecurityScanner } from './sast/eslint-security';
import type { SecurityScanner } from './sast/scanner';
import { secretlintScanner } from './secrets/secretlint';

export interface ScanProjectOptions {
  root: string;
  /** sarif-files and convert globs are relative to the workspace, like the other path inputs. */
  workspace: string;
  /** The groups to run; empty (`scanners: none`) runs none and only merges sarif-files and convert. */
  scanners: ScannerGroup[];
  osvDatabase?: string;
  osvApiUrl?: string;
  sarifFiles: string[];
  convert: ConvertEntry[];
  category: string;
  timeoutMs: number;
  toolCache: string;
  tempDir: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Tests replace scanners (one that hangs); everything else uses the real ones. */
  extraScanners?: SecurityScanner[];
}

export interface ScanProjectResult {
  merged: MergedSarif;
  log: SarifLog;
  results: TaskResult<ScannerOutput>[];
  scored: ScoredResult[];
  /** Input SARIF that could not be used, each naming its file and JSON path. */
  problems: SarifProblem[];
  convertFailures: ConvertFailure[];
  notes: string[];
}

/** Scanners of each group; each runs as its own task (parallel, timed out, failures kept apart). */
function scannersFor(groups: readonly ScannerGroup[], o: ScanProjectOptions): SecurityScanner[] {
  const list: SecurityScanner[] = [];
  if (groups.includes('dependencies')) {
    list.push({ name: 'osv', run: (context) => runDependencyCheck(context, { osvDatabase: o.osvDatabase, ...(o.osvApiUrl ? { apiBaseUrl: o.osvApiUrl } : {}) }) });
  }
  if (groups.includes('sast')) list.push(banditScanner, eslintSecurityScanner);
  if (groups.includes('secrets')) list.push(secretlintScanner);
  return [...list, ...(o.extraScanners ?? [])];
}

/**
 * Runs the scanners, converts and ingests the other SARIF the user pointed at, and merges all of
 * it into one GitHub-conformant log: one run per tool and category, duplicates removed, GitHub's
 * limits enforced with a summary of what was cut, fingerprints filled in. A broken input file is
 * reported by name and never keeps the others out.
 */
export async function scanProject(o: ScanProjectOptions): Promise<ScanProjectResult> {
  const context: Omit<ScanContext, 'signal'> = { root: o.root, log: o.log, toolCache: o.toolCache, tempDir: o.tempDir, env: o.env };
  const results = await runTasks<Omit<ScanContext, 'signal'>, ScannerOutput>({
    tasks: scannersFor(o.scanners, o),
    context,
    timeoutMs: o.timeoutMs,
    log: o.log,
    describe: (out) => `${out.tool.version ?? ''} ${out.findings.length} findings`.trim(),
  });
  const notes = results.flatMap((r) => (r.output?.notes ?? []).map((n) => `${r.name}: ${n}`));
  const own = createLog(
    results
      .filter((r) => r.output)
      .map((r) => buildToolRun({ tool: r.output!.tool, findings: r.output!.findings, rules: r.output!.rules, root: o.root, category: r.output!.category })),
  );
  // With `scanners: none` no scanner ran: security.sarif is the given SARIF alone, with no empty
  // run of Assay's own standing in for scanners that were never asked for.
  const logs: { name: string; log: SarifLog }[] = own.runs.length > 0 || results.length > 0 ? [{ name: 'assay scanners', log: own }] : [];
  if (results.length === 0) notes.push('scanners: none, so no scanner ran; security.sarif holds only the SARIF of sarif-files and convert.');

  const problems: SarifProblem[] = [];
  let convertFailures: ConvertFailure[] = [];
  if (o.convert.length > 0) {
    const converted = await convertReports(o.convert, { root: o.workspace, log: o.log, toolCache: o.toolCache, tempDir: path.join(o.tempDir, 'convert'), env: o.env, signal: new AbortController().signal, timeoutMs: o.timeoutMs });
    convertFailures = converted.failures;
    notes.push(...converted.notes);
    for (const c of converted.sarif) logs.push({ name: c.file, log: { version: '2.1.0', runs: c.runs } as SarifLog });
  }
  // The given SARIF files (CodeQL's among them, often the largest) are read on the merge's fast
  // path: checked on their bytes, on worker threads when large, never held as objects.
  const { merged, problems: mergeProblems } = await mergeSarifFiles(o.sarifFiles, { checkoutRoot: o.root, category: o.category, cwd: o.workspace, logs });
  problems.push(...mergeProblems);
  const log = merged.toLog();
  return { merged, log, results, scored: scoreResults(log), problems, convertFailures, notes };
}
