import { ASSAY_VERSION } from '../../../lib/version';
import { severityRank } from '../../../lib/severity';
import { evaluateGates } from '../gates/evaluate-gates';
import { parseGates } from '../gates/parse-gate';
import { computeGrade } from '../grade/compute-grade';
import type { ReportModel } from '../model';
import type { ReportSources } from '../sources/load-sources';
import { benchmarkRows } from './benchmarks';
import { cappedFindings } from './capped-findings';
import type { Item } from './collect-findings';
import { DEFAULT_LIMITS, DEFAULT_THRESHOLDS, type ReportLimits, type ReportThresholds } from './limits';
import { recommendations } from './recommendations';
import { selectFirst } from './select-first';
import { gatherFacts, type ReportFacts } from './report-facts';
import { topRisks } from './top-risks';
import { trendAgainst } from './trend';
import { vulnerablePackages } from './vulnerable-packages';

export interface ReportMeta {
  title?: string;
  repository?: string;
  commit?: string;
  ref?: string;
  runUrl?: string;
  /** ISO time; now when left out. */
  generatedAt?: string;
  assayVersion?: string;
}

export interface BuildReportModelOptions {
  sources: ReportSources;
  kind: ReportModel['meta']['kind'];
  mode: ReportModel['meta']['mode'];
  /** A previous report.json (sources/previous-report.ts reads one), for the trend. */
  previous?: ReportModel;
  /** Quality gates, one per line (gates/parse-gate.ts); blank and # lines are skipped. */
  gates?: readonly string[];
  meta?: ReportMeta;
  limits?: Partial<ReportLimits>;
  thresholds?: Partial<ReportThresholds>;
}

const KIND_TITLES: Record<ReportModel['meta']['kind'], string> = {
  'code-review': 'Code review',
  security: 'Security assessment',
  consultation: 'Consultation report',
  full: 'Code audit',
};

/**
 * The report model from validated sources: grade, top risks, trend, recommendations, metrics,
 * quality gates and the capped detail lists. Gates are parsed first, so a broken gate fails
 * before any work. Pure: the same sources and options give the same model (generatedAt aside).
 */
export function buildReportModel(options: BuildReportModelOptions): ReportModel {
  const gates = parseGates(options.gates ?? []);
  const limits: ReportLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const thresholds: ReportThresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const { sources } = options;
  const facts = gatherFacts(sources);
  const grade = computeGrade(facts);
  const gateResults = evaluateGates(gates, { facts, grade, hasPerformance: sources.performance.present });
  const packages = vulnerablePackages(facts.security);
  const notes = sources.notes.present ? sources.notes : undefined;
  const recs = recommendations(facts, packages, gateResults, notes?.frontMatter, limits, thresholds);

  const bySeverity = { ...facts.lint };
  for (const s of Object.keys(bySeverity) as (keyof typeof bySeverity)[]) bySeverity[s] += facts.securityBySeverity[s];
  const perf = sources.performance.present ? sources.performance : undefined;
  const benchmarks = perf ? benchmarkRows(perf.data.benchmarks, perf.charts) : undefined;
  const trend = options.previous ? trendAgainst(options.previous, grade, bySeverity) : undefined;

  const model: ReportModel = {
    schemaVersion: 1,
    meta: meta(options, notes?.frontMatter.title),
    sources: modelSources(sources),
    grade,
    summary: {
      headline: headline(facts, grade, gateResults),
      topRisks: topRisks(facts, packages, limits.topRisks),
      ...(trend ? { trend } : {}),
    },
    metrics: {
      findings: { bySeverity, byTool: facts.byTool.map((t) => ({ tool: t.tool, count: t.count, source: t.source })), total: facts.analysis.length + facts.security.length },
      ...(facts.coverage ? { coverage: facts.coverage } : {}),
      ...(facts.complexity ? { complexity: facts.complexity } : {}),
      ...(benchmarks
        ? {
            benchmarks: benchmarks.map((b) => ({
              name: b.name,
              status: b.status,
              ...(b.median !== undefined ? { median: b.median, unit: b.unit } : {}),
              ...(b.complexity ? { complexity: b.complexity } : {}),
              ...(b.verdict ? { verdict: b.verdict } : {}),
            })),
          }
        : {}),
    },
    analysis: analysisSection(sources, facts, limits),
    security: securitySection(sources, facts, limits),
    ...(benchmarks ? { performance: { benchmarks } } : {}),
    recommendations: recs.items,
    recommendationsOmitted: recs.omitted,
    gates: gateResults,
    ...(notes ? { notes: { frontMatter: notes.frontMatter as unknown as Record<string, unknown>, markdown: notes.markdown } } : {}),
  };
  return model;
}

function meta(options: BuildReportModelOptions, notesTitle: string | undefined): ReportModel['meta'] {
  const m = options.meta ?? {};
  const commit = options.sources.analysis.data.commit;
  const repository = m.repository;
  const title = m.title ?? notesTitle ?? `${KIND_TITLES[options.kind]}${repository ? ` of ${repository}` : ''}`;
  const sha = m.commit ?? commit?.sha;
  const ref = m.ref ?? commit?.ref;
  return {
    title,
    kind: options.kind,
    mode: options.mode,
    generatedAt: m.generatedAt ?? new Date().toISOString(),
    ...(repository ? { repository } : {}),
    ...(sha ? { commit: sha } : {}),
    ...(ref ? { ref } : {}),
    ...(m.runUrl ? { runUrl: m.runUrl } : {}),
    assayVersion: m.assayVersion ?? ASSAY_VERSION,
  };
}

function modelSources(sources: ReportSources): ReportModel['sources'] {
  const cuts = (sources.security.summary?.data.cuts ?? [])
    .map((c) => (typeof c === 'object' && c !== null && typeof (c as { message?: unknown }).message === 'string' ? (c as { message: string }).message : undefined))
    .filter((m): m is string => m !== undefined);
  const perf = sources.performance;
  return {
    analysis: { present: true, file: sources.analysis.file },
    security: {
      present: true,
      file: sources.security.file,
      ...(cuts.length > 0 ? { note: `security.sarif was cut to fit GitHub's limits, so the counts are of what was kept: ${cuts.join('; ')}` } : {}),
    },
    performance: perf.present
      ? { present: true, file: perf.file, ...(perf.notes.length > 0 ? { note: `Trend charts left out: ${perf.notes.join('; ')}.` } : {}) }
      : { present: false, ...(perf.file ? { file: perf.file } : {}), note: perf.note },
    notes: sources.notes.present ? { present: true, file: sources.notes.file } : { present: false, ...(sources.notes.file ? { file: sources.notes.file } : {}), note: sources.notes.note },
  };
}

function analysisSection(sources: ReportSources, facts: ReportFacts, limits: ReportLimits): NonNullable<ReportModel['analysis']> {
  const { data } = sources.analysis;
  const withFindings = data.files.filter((f) => f.findings.length > 0).sort((a, b) => b.findings.length - a.findings.length || (a.path < b.path ? -1 : 1));
  const files = withFindings.slice(0, limits.files).map((f) => ({ path: f.path, findings: f.findings.length, topRules: topRules(f.findings.map((x) => x.ruleId), 3) }));
  const functions = selectFirst(facts.functions, limits.complexFunctions, (a, b) => b.complexity - a.complexity || (a.coverage ?? -1) - (b.coverage ?? -1) || compareText(a.file, b.file) || a.line - b.line);
  return {
    tools: data.tools.map((t) => ({
      name: t.name,
      ...(t.version ? { version: t.version } : {}),
      status: t.status,
      ...(t.reason ? { reason: t.reason } : {}),
      findings: t.findings ?? Object.values(t.counts).reduce((a, b) => a + b, 0),
    })),
    files,
    filesOmitted: withFindings.length - files.length,
    findings: cappedFindings(facts.analysis, limits.findings),
    complexFunctions: functions,
    complexFunctionsOmitted: facts.functions.length - functions.length,
  };
}

function securitySection(sources: ReportSources, facts: ReportFacts, limits: ReportLimits): NonNullable<ReportModel['security']> {
  const deps = facts.security.filter((i): i is Item & { dependency: NonNullable<Item['dependency']> } => i.dependency !== undefined);
  const first = selectFirst(deps, limits.dependencies, (a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.dependency.package, b.dependency.package) || compareText(a.ruleId, b.ruleId));
  const listed = first.map((i) => ({
    package: i.dependency.package,
    version: i.dependency.version,
    advisory: i.ruleId,
    aliases: i.dependency.aliases,
    severity: i.severity,
    ...(i.dependency.fixedVersion ? { fixedVersion: i.dependency.fixedVersion } : {}),
    file: i.file ?? '',
    line: i.line ?? 0,
    ...(i.dependency.ecosystem ? { ecosystem: i.dependency.ecosystem } : {}),
  }));
  return {
    bySeverity: facts.securityBySeverity,
    findings: cappedFindings(facts.security, limits.findings),
    dependencies: listed,
    dependenciesOmitted: deps.length - listed.length,
    secrets: facts.secrets.length,
    tools: securityTools(sources, facts),
  };
}

function securityTools(sources: ReportSources, facts: ReportFacts): NonNullable<NonNullable<ReportModel['security']>['tools']> {
  const scanners = sources.security.summary?.data.scanners;
  if (scanners && scanners.length > 0) {
    return scanners.map((s) => ({ name: s.name, ...(s.version ? { version: s.version } : {}), status: s.status, ...(s.reason ? { reason: s.reason } : {}), findings: s.findings ?? 0 }));
  }
  // Without security.json: the runs of the SARIF, which is all that is known.
  return sources.security.log.runs.map((run) => {
    const failed = facts.failedTools.find((t) => t.source === 'security' && t.name === run.tool.driver.name);
    return {
      name: run.tool.driver.name,
      ...(run.tool.driver.version ? { version: run.tool.driver.version } : {}),
      status: failed ? 'failed' : 'ok',
      ...(failed?.reason ? { reason: failed.reason } : {}),
      findings: run.results?.length ?? 0,
    };
  });
}

function topRules(ruleIds: readonly string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const id of ruleIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([id]) => id);
}

function headline(facts: ReportFacts, grade: ReportModel['grade'], gates: ReportModel['gates']): string {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (facts.secrets.length > 0) parts.push(plural(facts.secrets.length, 'secret in the code', 'secrets in the code'));
  const v = facts.vulnerabilities;
  const vulns = [v.critical > 0 ? `${v.critical} critical` : '', v.high > 0 ? `${v.high} high` : ''].filter(Boolean);
  if (vulns.length > 0) parts.push(`${vulns.join(' and ')} ${v.critical + v.high === 1 ? 'vulnerability' : 'vulnerabilities'}`);
  const lint = facts.lint.critical + facts.lint.high;
  if (lint > 0) parts.push(plural(lint, 'high-severity analysis finding', 'high-severity analysis findings'));
  if (facts.regressions.length > 0) parts.push(plural(facts.regressions.length, 'performance regression', 'performance regressions'));
  if (facts.failedTools.length > 0) parts.push(plural(facts.failedTools.length, 'tool failed', 'tools failed'));
  let text = `Grade ${grade.letter} (${grade.score}/100)`;
  text += parts.length > 0 ? `: ${parts.join(', ')}` : ': no critical or high findings';
  if (facts.coverage) text += `; line coverage ${facts.coverage.percent}%`;
  if (gates.length > 0) {
    const failed = gates.filter((g) => !g.passed).length;
    text += failed > 0 ? `; ${failed} of ${gates.length} quality gates failed` : `; all ${gates.length} quality gates passed`;
  }
  return `${text}.`;
}

/** Code-unit order: stable across locales, and much cheaper than localeCompare on large lists. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
