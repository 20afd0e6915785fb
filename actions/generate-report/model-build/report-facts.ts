import type { SarifResultLevel } from '../../../lib/sarif/types';
import { countBySeverity, type Severity } from '../../../lib/severity';
import type { AnalysisData, BenchmarkData, CoverageCounts } from '../sources/documents';
import type { ReportSources } from '../sources/load-sources';
import { analysisItems, ruleInfo, securityItems, type Item, type RuleInfo } from './collect-findings';

/**
 * What the grade, the gates, the recommendations and the metrics are computed from, gathered in
 * one pass over the sources so each of them reads counts instead of walking 50,000 findings again.
 */
export interface ReportFacts {
  analysis: Item[];
  security: Item[];
  /** Analysis (lint) findings per severity. */
  lint: Record<Severity, number>;
  /** Security findings per severity, secrets included. */
  securityBySeverity: Record<Severity, number>;
  /** Security findings that are not secrets (dependency advisories, code weaknesses), per severity. */
  vulnerabilities: Record<Severity, number>;
  secrets: Item[];
  /** Both sources per SARIF level (analysis findings carry the tool's level). */
  levels: Record<SarifResultLevel, number>;
  byTool: { tool: string; source: 'analysis' | 'security'; count: number }[];
  rules: RuleInfo;
  coverage?: { percent: number; linesCovered: number; linesTotal: number };
  /** Per-file line coverage, for `coverage[glob]` gates. */
  fileCoverage: { path: string; linesCovered: number; linesTotal: number }[];
  functions: { name: string; file: string; line: number; complexity: number; coverage?: number }[];
  complexity?: { functions: number; average: number; max: number };
  failedTools: { source: 'analysis' | 'security' | 'performance'; name: string; status: string; reason?: string }[];
  benchmarks: BenchmarkData[];
  regressions: BenchmarkData[];
}

export function gatherFacts(sources: ReportSources): ReportFacts {
  const { data } = sources.analysis;
  const analysis = analysisItems(data);
  const security = securityItems(sources.security.log);

  // One loop per source for every count: 50,000 findings must not be walked once per metric.
  const lint = countBySeverity([]);
  const securityBySeverity = countBySeverity([]);
  const vulnerabilities = countBySeverity([]);
  const levels: Record<SarifResultLevel, number> = { error: 0, warning: 0, note: 0, none: 0 };
  const secrets: Item[] = [];
  const analysisTools = new Map<string, number>(Object.keys(data.totals.byTool).map((t) => [t, 0]));
  const securityTools = new Map<string, number>(sources.security.log.runs.map((r) => [r.tool.driver.name, 0]));
  for (const i of analysis) {
    lint[i.severity]++;
    levels[i.level]++;
    analysisTools.set(i.tool, (analysisTools.get(i.tool) ?? 0) + 1);
  }
  for (const i of security) {
    securityBySeverity[i.severity]++;
    levels[i.level]++;
    securityTools.set(i.tool, (securityTools.get(i.tool) ?? 0) + 1);
    if (i.kind === 'secret') secrets.push(i);
    else vulnerabilities[i.severity]++;
  }
  // Tools that ran and found nothing are listed too (totals.byTool leaves out metric-only tools).
  const byTool = [
    ...[...analysisTools].map(([tool, count]) => ({ tool, source: 'analysis' as const, count })),
    ...[...securityTools].map(([tool, count]) => ({ tool, source: 'security' as const, count })),
  ];

  const functions = data.files.flatMap((f) =>
    (f.functions ?? []).map((fn) => ({ name: fn.name, file: f.path, line: fn.line, complexity: fn.complexity, ...(fn.coverage !== undefined ? { coverage: fn.coverage } : {}) })),
  );
  const benchmarks = sources.performance.present ? sources.performance.data.benchmarks : [];
  const coverage = coverageOf(data.totals.coverage);
  return {
    analysis,
    security,
    lint,
    securityBySeverity,
    vulnerabilities,
    secrets,
    levels,
    byTool: byTool.sort((a, b) => b.count - a.count || a.tool.localeCompare(b.tool)),
    rules: ruleInfo([sources.analysis.sarif?.log, sources.security.log]),
    ...(coverage ? { coverage } : {}),
    fileCoverage: data.files.filter((f) => f.coverage).map((f) => ({ path: f.path, linesCovered: f.coverage!.linesCovered, linesTotal: f.coverage!.linesTotal })),
    functions,
    ...complexityOf(data, functions),
    failedTools: failedTools(sources),
    benchmarks,
    regressions: benchmarks.filter((b) => b.comparison?.verdict === 'regressed'),
  };
}

function coverageOf(c: CoverageCounts | undefined): ReportFacts['coverage'] {
  if (!c || c.linesTotal === 0) return undefined;
  return { percent: c.percent ?? round((c.linesCovered / c.linesTotal) * 100), linesCovered: c.linesCovered, linesTotal: c.linesTotal };
}

function complexityOf(data: AnalysisData, functions: ReportFacts['functions']): Pick<ReportFacts, 'complexity'> {
  const t = data.totals.complexity;
  if (t?.functions !== undefined && t.average !== undefined && t.max !== undefined && t.functions > 0) {
    return { complexity: { functions: t.functions, average: t.average, max: t.max } };
  }
  if (functions.length === 0) return {};
  let sum = 0;
  let max = 0;
  for (const f of functions) {
    sum += f.complexity;
    if (f.complexity > max) max = f.complexity;
  }
  return { complexity: { functions: functions.length, average: round(sum / functions.length), max } };
}

function failedTools(sources: ReportSources): ReportFacts['failedTools'] {
  const failed: ReportFacts['failedTools'] = [];
  const isFailure = (status: string) => status === 'failed' || status === 'timed-out';
  for (const t of sources.analysis.data.tools) {
    if (isFailure(t.status)) failed.push({ source: 'analysis', name: t.name, status: t.status, ...(t.reason ? { reason: t.reason } : {}) });
  }
  const scanners = sources.security.summary?.data.scanners ?? [];
  for (const s of scanners) {
    if (isFailure(s.status)) failed.push({ source: 'security', name: s.name, status: s.status, ...(s.reason ? { reason: s.reason } : {}) });
  }
  // SARIF from other tools (CodeQL, …) says a failed run in its invocations.
  const named = new Set(failed.map((f) => f.name.toLowerCase()));
  for (const run of sources.security.log.runs) {
    const bad = run.invocations?.find((i) => i.executionSuccessful === false);
    if (bad && !named.has(run.tool.driver.name.toLowerCase())) {
      const reason = bad.toolExecutionNotifications?.find((n) => n.level === 'error')?.message.text;
      failed.push({ source: 'security', name: run.tool.driver.name, status: 'failed', ...(reason ? { reason } : {}) });
    }
  }
  if (sources.performance.present) {
    for (const b of sources.performance.data.benchmarks) {
      if (isFailure(b.status)) failed.push({ source: 'performance', name: b.name, status: b.status, ...(b.error ? { reason: b.error } : {}) });
    }
  }
  return failed;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
