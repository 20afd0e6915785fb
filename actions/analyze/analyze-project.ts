import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../lib/action/logger';
import { assertValid } from '../../lib/schema/validate';
import { addFingerprints } from '../../lib/sarif/fingerprint';
import { buildToolRun } from '../../lib/sarif/build-run';
import { createLog } from '../../lib/sarif/log';
import type { SarifLog, SarifRun } from '../../lib/sarif/types';
import { ASSAY_VERSION } from '../../lib/version';
import { buildAnalysisDocument, type AnalysisDocument } from './analysis-document';
import { changedLines } from './changed-files';
import { findCoverageReports, readCoverage } from './coverage/find-coverage';
import { detectLanguages } from './detect-languages';
import type { ToolSelection } from './inputs';
import type { Finding, Language, ToolAdapter } from './model';
import { listProjectFiles } from './project-files';
import { runTools, type ToolResult } from './run-tools';
import { orderByExpectedCost } from './schedule';
import { planTools, validateToolNames, type ToolPlan } from './select-tools';
import { TOOL_REGISTRY } from './tool-registry';

export interface AnalyzeProjectOptions {
  root: string;
  /** How analysis.json names the root (relative to the workspace); the absolute path by default. */
  rootLabel?: string;
  languages?: Language[];
  tools: ToolSelection;
  exclude: string[];
  /** Lint only what the pull request (or the range from baseRef) changed. */
  changedFilesOnly: boolean;
  baseRef?: string;
  event?: { name?: string; path?: string };
  commit?: { sha?: string; ref?: string };
  toolTimeoutMs: number;
  toolCache: string;
  tempDir: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Tests replace the tools (a crashing or hanging one); everything else uses TOOL_REGISTRY. */
  registry?: readonly ToolAdapter[];
  now?: () => Date;
}

export interface AnalyzeProjectResult {
  document: AnalysisDocument;
  sarif: SarifLog;
  /** The findings reported (after the changed-lines filter), for annotations and the gate. */
  findings: Finding[];
  plan: ToolPlan;
  results: ToolResult[];
  /** Wall time of each phase, so the benchmark can tell Assay's own work from the tools'. */
  timings: { listMs: number; changedMs: number; toolsMs: number; afterMs: number; totalMs: number };
}

/**
 * The whole analysis, with no GitHub in it: list the files, decide the tools, run them in
 * parallel, and turn their output into analysis.json and SARIF (one run per tool).
 */
export async function analyzeProject(o: AnalyzeProjectOptions): Promise<AnalyzeProjectResult> {
  const t0 = performance.now();
  validateToolNames(o.registry ?? TOOL_REGISTRY, o.tools);
  const files = await o.log.group('Files and languages', async () => {
    const list = await listProjectFiles({ root: o.root, exclude: o.exclude, log: o.log });
    o.log.info(`${list.length} files to analyze`);
    return list;
  });
  const t1 = performance.now();

  let changed: Map<string, Set<number>> | undefined;
  if (o.changedFilesOnly) {
    const diff = await changedLines({ root: o.root, eventName: o.event?.name, eventPath: o.event?.path, base: o.baseRef, env: o.env, log: o.log });
    changed = diff.files;
    o.log.info(`changed-files-only: ${changed.size} files changed since ${diff.from.slice(0, 12)}`);
  }
  const targets = changed ? files.filter((f) => changed.has(f.path)) : undefined;
  // In changed-files mode only the changed files' languages need their tools.
  const languages = o.languages ?? detectLanguages(targets ?? files);
  const plan = planTools(o.registry ?? TOOL_REGISTRY, languages, o.tools);
  o.log.info(`languages: ${languages.join(', ') || 'none'}; tools: ${plan.run.map((a) => a.name).join(', ') || 'none'}`);
  const t2 = performance.now();

  fs.mkdirSync(o.tempDir, { recursive: true });
  const results = await runTools({
    adapters: orderByExpectedCost(plan.run, targets ?? files, o.root),
    context: { root: o.root, files, ...(targets ? { targetFiles: targets.map((f) => f.path) } : {}), log: o.log, toolCache: o.toolCache, tempDir: o.tempDir, env: o.env },
    timeoutMs: o.toolTimeoutMs,
    log: o.log,
  });
  const t3 = performance.now();

  const all = results.flatMap((r) => r.output?.findings ?? []);
  const findings = changed ? all.filter((f) => changed.get(f.file)?.has(f.line)) : all;
  // What was analysed: the changed files in changed-files mode, of the languages that ran.
  const analysed = (targets ?? files).filter((f) => languages.includes(f.language));
  const coverage = readCoverage({ root: o.root, files: analysed.map((f) => f.path), reports: findCoverageReports({ root: o.root, log: o.log }), log: o.log });
  const document = buildAnalysisDocument({
    root: o.rootLabel ?? o.root,
    producerVersion: ASSAY_VERSION,
    ...(o.commit ? { commit: o.commit } : {}),
    languages,
    files: analysed,
    results,
    findings,
    coverage: coverage.files,
    now: (o.now ?? (() => new Date()))(),
  });
  // Our own output must match the contract the report stage validates against.
  assertValid('analysis', document, 'analysis.json (as built)');
  const sarif = createLog(results.filter((r) => !r.metric).map((r) => toolRun(r, findings, o.root)));
  await addFingerprints(sarif, o.root);
  const t4 = performance.now();
  return {
    document,
    sarif,
    findings,
    plan,
    results,
    timings: { listMs: t1 - t0, changedMs: t2 - t1, toolsMs: t3 - t2, afterMs: t4 - t3, totalMs: t4 - t0 },
  };
}

const INFORMATION_URIS: Record<string, string> = {
  eslint: 'https://eslint.org',
  tsc: 'https://www.typescriptlang.org',
  pylint: 'https://pylint.readthedocs.io',
  mypy: 'https://mypy-lang.org',
  clippy: 'https://doc.rust-lang.org/clippy/',
  shellcheck: 'https://www.shellcheck.net',
};

/**
 * One SARIF run per tool. A tool that failed still gets a run whose invocation says so, so code
 * scanning shows the analysis as incomplete rather than clean.
 */
function toolRun(result: ToolResult, findings: readonly Finding[], root: string): SarifRun {
  const run = buildToolRun({
    tool: { name: result.name, ...(result.output?.version ? { version: result.output.version } : {}), informationUri: INFORMATION_URIS[result.name] ?? 'https://github.com/assay-dev/assay' },
    findings: findings.filter((f) => f.tool === result.name),
    rules: result.output?.rules ?? [],
    root,
    category: `assay-analyze/${result.name}`,
  });
  const successful = result.status === 'ok' || result.status === 'skipped';
  run.invocations = [
    {
      executionSuccessful: successful,
      ...(result.output ? { exitCode: result.output.exitCode ?? undefined } : {}),
      ...(result.reason || result.output?.notes?.length
        ? {
            toolExecutionNotifications: [
              ...(result.reason ? [{ level: successful ? ('note' as const) : ('error' as const), message: { text: result.reason } }] : []),
              ...(result.output?.notes ?? []).map((n) => ({ level: 'note' as const, message: { text: n } })),
            ],
          }
        : {}),
    },
  ];
  return run;
}

/** Writes analysis.json and analysis.sarif into the output folder; returns their paths. */
export function writeAnalysis(outputDir: string, result: AnalyzeProjectResult): { analysisFile: string; sarifFile: string } {
  fs.mkdirSync(outputDir, { recursive: true });
  const analysisFile = path.join(outputDir, 'analysis.json');
  const sarifFile = path.join(outputDir, 'analysis.sarif');
  fs.writeFileSync(analysisFile, `${JSON.stringify(result.document, null, 2)}\n`);
  fs.writeFileSync(sarifFile, `${JSON.stringify(result.sarif, null, 2)}\n`);
  return { analysisFile, sarifFile };
}
