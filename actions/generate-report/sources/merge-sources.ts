import { createLog } from '../../../lib/sarif/log';
import type { SarifLog, SarifRun } from '../../../lib/sarif/types';
import { countBySeverity } from '../../../lib/severity';
import type { AnalysisData, AnalysisFile, AnalysisFinding, AnalysisTool, BenchmarkData, CoverageCounts, PerformanceData, SecuritySummary } from './documents';

/**
 * Several copies of one data source, each from its own artifact (analyze run once per language in
 * a matrix, security-scan per folder, …), made into one document the report reads as if a single
 * stage had written it. Each part has been validated against its schema before it gets here, and
 * the result is validated again after it is written, so a merge can never hand the report a file
 * the schema would refuse.
 */

export interface Part<T> {
  /** The artifact it came from, for notes and for telling duplicate names apart. */
  artifact: string;
  data: T;
}

// ---------------------------------------------------------------------------------------------
// analysis.json

const STATUS_RANK: Record<AnalysisTool['status'], number> = { skipped: 0, ok: 1, 'timed-out': 2, failed: 3 };

/**
 * Findings, tools, coverage and complexity of every part together:
 * - file paths are relative to the common root: when the parts analysed different folders
 *   (`path: web` in one job, `path: api` in another), each path is prefixed with its part's root;
 * - a file in several parts is one entry: findings and functions together (an identical finding
 *   or function only once), the first coverage measured;
 * - a tool in several parts is one entry: the worst status (failed > timed-out > ok > skipped),
 *   its findings counted again over the merged files, durations added;
 * - totals are recomputed from the merged files; `files` (the number of files analysed, which
 *   the parts do not list) is the parts' counts added.
 */
export function mergeAnalysis(parts: readonly Part<AnalysisData>[]): AnalysisData {
  if (parts.length === 0) throw new Error('mergeAnalysis needs at least one part');
  const roots = parts.map((p) => normalizeRoot(p.data.root));
  const sameRoot = roots.every((r) => r === roots[0]);
  const prefixOf = (root: string) => (sameRoot || root === '.' ? '' : `${root}/`);

  const files = new Map<string, AnalysisFile>();
  const findingKeys = new Map<string, Set<string>>();
  const functionKeys = new Map<string, Set<string>>();
  parts.forEach((part, i) => {
    const prefix = prefixOf(roots[i]!);
    for (const file of part.data.files) {
      const filePath = prefix + file.path;
      let entry = files.get(filePath);
      if (!entry) {
        entry = { ...file, path: filePath, findings: [] };
        delete entry.functions;
        delete entry.coverage;
        files.set(filePath, entry);
        findingKeys.set(filePath, new Set());
        functionKeys.set(filePath, new Set());
      }
      if (entry.language === undefined && file.language !== undefined) entry.language = file.language;
      const seenFindings = findingKeys.get(filePath)!;
      for (const finding of file.findings) {
        const key = findingKey(finding);
        if (seenFindings.has(key)) continue;
        seenFindings.add(key);
        entry.findings.push(finding);
      }
      const seenFunctions = functionKeys.get(filePath)!;
      for (const fn of file.functions ?? []) {
        const key = `${fn.name}\u0000${fn.line}\u0000${fn.complexity}`;
        if (seenFunctions.has(key)) continue;
        seenFunctions.add(key);
        (entry.functions ??= []).push(fn);
      }
      if (entry.coverage === undefined && file.coverage !== undefined) entry.coverage = file.coverage;
    }
  });
  const mergedFiles = [...files.values()].sort((a, b) => compare(a.path, b.path));
  const findings = mergedFiles.flatMap((f) => f.findings);

  const findingsByTool = new Map<string, AnalysisFinding[]>();
  for (const f of findings) findingsByTool.set(f.tool, [...(findingsByTool.get(f.tool) ?? []), f]);
  const toolGroups = new Map<string, AnalysisTool[]>();
  for (const part of parts) for (const tool of part.data.tools) toolGroups.set(tool.name, [...(toolGroups.get(tool.name) ?? []), tool]);
  const tools = [...toolGroups.entries()].map(([name, group]) => (group.length === 1 ? group[0]! : combineTools(name, group, findingsByTool.get(name) ?? [])));

  const byToolNames = new Set(parts.flatMap((p) => Object.keys(p.data.totals.byTool)));
  for (const tool of findingsByTool.keys()) byToolNames.add(tool);
  const byTool = Object.fromEntries([...byToolNames].map((name) => [name, findingsByTool.get(name)?.length ?? 0]));

  const coverage = sumCoverage(mergedFiles.flatMap((f) => (f.coverage ? [f.coverage] : []))) ?? sumCoverage(parts.flatMap((p) => (p.data.totals.coverage ? [p.data.totals.coverage] : [])));
  const complexities = mergedFiles.flatMap((f) => (f.functions ?? []).map((fn) => fn.complexity));
  const first = parts[0]!.data;
  const languages = [...new Set(parts.flatMap((p) => p.data.languages))];

  return {
    ...first,
    schemaVersion: 1,
    generatedAt: latest(parts.map((p) => p.data.generatedAt)),
    root: sameRoot ? roots[0]! : '.',
    languages,
    tools,
    files: mergedFiles,
    totals: {
      findings: findings.length,
      errors: tools.filter((t) => t.status === 'failed' || t.status === 'timed-out').length,
      bySeverity: countBySeverity(findings.map((f) => f.severity)),
      byTool,
      files: parts.reduce((sum, p) => sum + p.data.totals.files, 0),
      ...(coverage ? { coverage } : {}),
      ...(complexities.length > 0
        ? { complexity: { functions: complexities.length, average: round(complexities.reduce((a, b) => a + b, 0) / complexities.length), max: Math.max(...complexities) } }
        : {}),
    },
  };
}

function combineTools(name: string, group: readonly AnalysisTool[], findings: readonly AnalysisFinding[]): AnalysisTool {
  const worst = group.reduce((a, b) => (STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a));
  const reasons = [...new Set(group.filter((t) => t.status === worst.status && t.reason).map((t) => t.reason!))];
  const notes = [...new Set(group.flatMap((t) => t.notes ?? []))];
  const version = group.find((t) => t.version)?.version;
  const { reason: _reason, notes: _notes, ...rest } = worst;
  return {
    ...rest,
    name,
    ...(version ? { version } : {}),
    ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    durationMs: group.reduce((sum, t) => sum + t.durationMs, 0),
    findings: findings.length,
    counts: countBySeverity(findings.map((f) => f.severity)),
  };
}

function findingKey(f: AnalysisFinding): string {
  return JSON.stringify([f.tool, f.ruleId, f.line, f.column ?? null, f.message]);
}

function normalizeRoot(root: string | undefined): string {
  const r = (root ?? '.').replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '');
  return r === '' ? '.' : r;
}

function sumCoverage(list: readonly CoverageCounts[]): CoverageCounts | undefined {
  if (list.length === 0) return undefined;
  const sum = { linesCovered: 0, linesTotal: 0, branchesCovered: 0, branchesTotal: 0 };
  for (const c of list) {
    sum.linesCovered += c.linesCovered;
    sum.linesTotal += c.linesTotal;
    sum.branchesCovered += c.branchesCovered ?? 0;
    sum.branchesTotal += c.branchesTotal ?? 0;
  }
  return {
    linesCovered: sum.linesCovered,
    linesTotal: sum.linesTotal,
    ...(sum.branchesTotal > 0 ? { branchesCovered: sum.branchesCovered, branchesTotal: sum.branchesTotal } : {}),
    // As analyze computes it (coverage/file-coverage.ts percentOf).
    percent: sum.linesTotal === 0 ? 100 : Math.round((sum.linesCovered / sum.linesTotal) * 10000) / 100,
  };
}

// ---------------------------------------------------------------------------------------------
// analysis.sarif

/** The runs of every part's analysis.sarif in one log, in part order (the report reads their rules). */
export function concatenateSarif(logs: readonly SarifLog[]): SarifLog {
  const runs: SarifRun[] = logs.flatMap((l) => l.runs);
  return createLog(runs);
}

// ---------------------------------------------------------------------------------------------
// security.json

export interface SarifInput {
  /** Where it came from, for notes: `artifact "assay-codeql" codeql/python.sarif`. */
  name: string;
  log: SarifLog;
}

/**
 * The security summary of the merged SARIF: every part's scanners, cuts and notes, plus a scanner
 * entry for each run that came without a summary (CodeQL's SARIF, a part without security.json),
 * so the report's tool table lists CodeQL beside Assay's scanners.
 */
export function mergeSecuritySummaries(options: {
  summaries: readonly Part<SecuritySummary>[];
  /** SARIF that came without a security.json. */
  unsummarized: readonly SarifInput[];
  /** What the SARIF merge cut and noted. */
  mergeCuts: readonly unknown[];
  mergeNotes: readonly string[];
  /** The merged log's runs (tool, category, results), as security-scan records them. */
  runs: readonly unknown[];
  sources: readonly string[];
  now: Date;
}): Record<string, unknown> {
  const scanners: SecuritySummary['scanners'] = options.summaries.flatMap((p) => p.data.scanners);
  for (const input of options.unsummarized) {
    for (const run of input.log.runs) {
      const failed = run.invocations?.find((i) => i.executionSuccessful === false);
      const reason = failed?.toolExecutionNotifications?.find((n) => n.level === 'error')?.message.text;
      scanners.push({
        name: run.tool.driver.name,
        status: failed ? 'failed' : 'ok',
        ...(reason ? { reason } : {}),
        ...(run.tool.driver.semanticVersion || run.tool.driver.version ? { version: (run.tool.driver.semanticVersion || run.tool.driver.version)! } : {}),
        findings: run.results?.length ?? 0,
      });
    }
  }
  return {
    schemaVersion: 1,
    generatedAt: options.now.toISOString(),
    mergedFrom: options.sources,
    scanners,
    runs: options.runs,
    cuts: [...options.summaries.flatMap((p) => p.data.cuts), ...options.mergeCuts],
    notes: [...options.summaries.flatMap((p) => p.data.notes), ...options.mergeNotes],
  };
}

// ---------------------------------------------------------------------------------------------
// performance.json

/**
 * Every part's benchmarks in one document. A benchmark name that two parts share (the same
 * benchmarks on two runners) gets its artifact's name added, so neither hides the other; trend
 * chart paths are rewritten by `chartPath` to stay valid from the merged file's folder.
 */
export function mergePerformance(parts: readonly Part<PerformanceData>[], chartPath: (artifact: string, chart: string) => string): PerformanceData {
  if (parts.length === 0) throw new Error('mergePerformance needs at least one part');
  const counts = new Map<string, number>();
  for (const part of parts) for (const b of part.data.benchmarks) counts.set(b.name, (counts.get(b.name) ?? 0) + 1);
  const benchmarks: BenchmarkData[] = parts.flatMap((part) =>
    part.data.benchmarks.map((b) => ({
      ...b,
      name: counts.get(b.name)! > 1 ? `${b.name} [${part.artifact}]` : b.name,
      ...(b.trendChart ? { trendChart: chartPath(part.artifact, b.trendChart) } : {}),
    })),
  );
  return { ...parts[0]!.data, schemaVersion: 1, generatedAt: latest(parts.map((p) => p.data.generatedAt)), benchmarks };
}

// ---------------------------------------------------------------------------------------------

function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
