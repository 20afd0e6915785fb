import { SEVERITIES, type Severity } from '../../../lib/severity';
import type { ReportFinding, ReportModel } from '../model';
import { barChart } from './charts/bar-chart';
import { coverageGauge } from './charts/coverage-gauge';
import { SEVERITY_COLORS } from './charts/severity-colors';
import { trendImage } from './charts/trend-image';
import { formatNumber, formatSigned } from './format-number';
import type { RenderLimits } from './limits';
import { notesHtml } from './notes-html';
import { notesMarkdown } from './notes-markdown';
import { safeUrl } from './safe-url';
import { SECTION_INFO } from './sections';
import { trustedHtml, type TrustedFragment } from './trusted';

/**
 * What the templates see next to the model itself: the same facts, prepared for printing.
 * Lists are capped per format (limits.ts) with the count of what is left out, numbers are
 * formatted, labels spelled out, links checked, and, for HTML, the charts drawn. Nothing here
 * turns model text into markup: strings stay strings and the template engine escapes them; the
 * only markup is what this module's own chart and notes code produced, as trusted fragments.
 */
export type OutputFormat = 'md' | 'html';
export type ReportKind = ReportModel['meta']['kind'];

export interface CappedView<T> {
  items: T[];
  total: number;
  shown: number;
  /** How many exist beyond those shown ("and N more"). */
  omitted: number;
}

export interface FindingView {
  severity: Severity;
  severityLabel: string;
  tool: string;
  ruleId: string;
  message: string;
  /** "file:line", "file", or "" when the finding has no location. */
  location: string;
}

export interface ReportView {
  title: string;
  /** The document title: the report title, with "(Draft)" in draft mode. */
  documentTitle: string;
  draft: boolean;
  status: 'Draft' | 'Final';
  kind: ReportKind;
  kindLabel: string;
  generatedAt: string;
  commitShort: string;
  runUrl?: string;
  sources: { key: string; label: string; required: boolean; present: boolean; file: string; note: string }[];
  missingSources: { key: string; label: string; required: boolean; present: boolean; file: string; note: string }[];
  grade: { letter: string; score: string; reasons: { points: string; reason: string }[] };
  topRisks: { severity: Severity; severityLabel: string; title: string; detail: string }[];
  trend?: { previousGrade: string; previousScore: string; scoreDelta: string; direction: 'better' | 'worse' | 'same'; findings: { severity: Severity; label: string; delta: string }[] };
  totalFindings: string;
  severityRows: { severity: Severity; label: string; count: string; value: number; share: string }[];
  toolRows: CappedView<{ tool: string; count: string; value: number }> & { otherCount: string };
  coverage?: { percent: string; linesCovered: string; linesTotal: string };
  complexity?: { functions: string; average: string; max: string };
  benchmarks: CappedView<BenchmarkView>;
  gates: { items: GateView[]; failing: GateView[]; passed: number; failed: number; allPassed: boolean };
  analysis?: {
    tools: CappedView<{ name: string; version: string; status: string; reason: string; findings: string }>;
    files: CappedView<{ path: string; findings: string; topRules: string }>;
    findings: CappedView<FindingView>;
    complexFunctions: CappedView<{ name: string; file: string; line: number; location: string; complexity: string; coverage: string }>;
  };
  security?: {
    severityRows: { severity: Severity; label: string; count: string; value: number }[];
    total: string;
    findings: CappedView<FindingView>;
    dependencies: CappedView<DependencyView>;
    upgrades: CappedView<DependencyView>;
    unfixed: CappedView<DependencyView>;
    secrets: string;
    secretCount: number;
  };
  recommendations: CappedView<RecommendationView>;
  plan: { key: 'now' | 'next' | 'later'; label: string; description: string; items: CappedView<RecommendationView> }[];
  notes?: { frontMatter: { key: string; value: string }[]; body?: TrustedFragment };
  /** HTML only: inline SVG charts drawn by render/charts. */
  charts?: { severity: TrustedFragment; tools: TrustedFragment; securitySeverity?: TrustedFragment; coverage?: TrustedFragment };
  /** HTML only: perf-bench's trend charts as data: images. */
  trendCharts: { name: string; image: TrustedFragment }[];
  sections: Record<string, { id: string; title: string }>;
  limits: RenderLimits;
}

export interface GateView {
  name: string;
  expression: string;
  actual: string;
  passed: boolean;
  /** "pass" or "fail", for a class name. */
  result: string;
}

export interface BenchmarkView {
  name: string;
  status: string;
  error: string;
  median: string;
  size: string;
  complexity: string;
  verdict: string;
  ratio: string;
  interval: string;
}

export interface DependencyView {
  package: string;
  version: string;
  fixedVersion: string;
  advisory: string;
  advisoryUrl?: string;
  aliases: string;
  severity: Severity;
  severityLabel: string;
  location: string;
}

export interface RecommendationView {
  priority: Severity;
  priorityLabel: string;
  title: string;
  detail: string;
  kind: string;
}

const SOURCE_LABELS: Record<keyof ReportModel['sources'], { label: string; required: boolean; file: string }> = {
  analysis: { label: 'Code analysis', required: true, file: 'analysis.json' },
  security: { label: 'Security scan', required: true, file: 'security.sarif' },
  performance: { label: 'Performance metrics', required: false, file: 'performance.json' },
  notes: { label: 'Reviewer notes', required: false, file: 'notes.md' },
};

const KIND_LABELS: Record<ReportKind, string> = {
  'code-review': 'Code review',
  security: 'Security audit',
  consultation: 'Consultation',
  full: 'Full audit',
};

export function severityLabel(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildView(model: ReportModel, format: OutputFormat, limits: RenderLimits): ReportView {
  const draft = model.meta.mode !== 'final';
  const clip = (text: unknown) => clipText(text, limits.messageChars);
  const finding = (f: ReportFinding): FindingView => ({
    severity: f.severity,
    severityLabel: severityLabel(f.severity),
    tool: String(f.tool ?? ''),
    ruleId: String(f.ruleId ?? ''),
    message: clip(f.message),
    location: location(f.file, f.line),
  });
  const recommendation = (r: ReportModel['recommendations'][number]): RecommendationView => ({
    priority: r.priority,
    priorityLabel: severityLabel(r.priority),
    title: clip(r.title),
    detail: clip(r.detail),
    kind: r.kind,
  });

  const bySeverity = model.metrics.findings.bySeverity;
  const total = model.metrics.findings.total;
  const severityRows = SEVERITIES.map((s) => ({
    severity: s,
    label: severityLabel(s),
    count: formatNumber(bySeverity[s] ?? 0),
    value: bySeverity[s] ?? 0,
    share: total > 0 ? `${formatNumber(((bySeverity[s] ?? 0) / total) * 100, 1)}%` : '0%',
  }));
  const tools = model.metrics.findings.byTool;
  const toolItems = tools.slice(0, limits.tools).map((t) => ({ tool: String(t.tool), count: formatNumber(t.count), value: t.count }));
  const otherCount = tools.slice(limits.tools).reduce((sum, t) => sum + t.count, 0);

  const benchmarkSource = model.performance?.benchmarks ?? model.metrics.benchmarks ?? [];
  const benchmarks = benchmarkSource.map((b): BenchmarkView => {
    const detail = b as NonNullable<ReportModel['performance']>['benchmarks'][number];
    const unit = b.unit ?? '';
    return {
      name: String(b.name),
      status: String(b.status ?? ''),
      error: clip(detail.error ?? ''),
      median: b.median === undefined ? '' : `${formatNumber(b.median, 3)}${unit ? ` ${unit}` : ''}`,
      size: detail.size === undefined ? '' : formatNumber(detail.size, 0),
      complexity: String(b.complexity ?? ''),
      verdict: String(b.verdict ?? ''),
      ratio: detail.ratio === undefined ? '' : `×${formatNumber(detail.ratio, 3)}`,
      interval: detail.interval ? `${formatNumber(detail.interval[0], 3)}–${formatNumber(detail.interval[1], 3)}${unit ? ` ${unit}` : ''}` : '',
    };
  });

  const gates = model.gates.map((g): GateView => ({ name: g.name, expression: g.expression, actual: g.actual, passed: g.passed, result: g.passed ? 'pass' : 'fail' }));
  const recommendations = model.recommendations.map(recommendation);
  const bucket = (key: 'now' | 'next' | 'later', severities: Severity[], label: string, description: string) => ({
    key,
    label,
    description,
    items: cap(recommendations.filter((r) => severities.includes(r.priority)), limits.rows),
  });

  const sources = (Object.keys(SOURCE_LABELS) as (keyof ReportModel['sources'])[]).map((key) => {
    const given = model.sources[key] ?? { present: false };
    return {
      key,
      label: SOURCE_LABELS[key].label,
      required: SOURCE_LABELS[key].required,
      present: given.present,
      file: given.file ?? SOURCE_LABELS[key].file,
      // The sentence ends with the template's own full stop.
      note: (given.note ?? '').trim().replace(/[.\s]+$/, ''),
    };
  });

  const view: ReportView = {
    title: model.meta.title,
    documentTitle: draft ? `${model.meta.title} (Draft)` : model.meta.title,
    draft,
    status: draft ? 'Draft' : 'Final',
    kind: model.meta.kind,
    kindLabel: KIND_LABELS[model.meta.kind] ?? model.meta.kind,
    generatedAt: displayDate(model.meta.generatedAt),
    commitShort: (model.meta.commit ?? '').slice(0, 12),
    ...(safeUrl(model.meta.runUrl) && /^https?:/.test(safeUrl(model.meta.runUrl)!) ? { runUrl: safeUrl(model.meta.runUrl)! } : {}),
    sources,
    missingSources: sources.filter((s) => !s.present),
    grade: {
      letter: model.grade.letter,
      score: formatNumber(model.grade.score, 1),
      reasons: model.grade.reasons.map((r) => ({ points: formatSigned(r.points, 1), reason: clip(r.reason) })),
    },
    topRisks: model.summary.topRisks.map((r) => ({ severity: r.severity, severityLabel: severityLabel(r.severity), title: clip(r.title), detail: clip(r.detail) })),
    ...(model.summary.trend ? { trend: trendView(model.summary.trend) } : {}),
    totalFindings: formatNumber(total),
    severityRows,
    toolRows: { ...cap(toolItems, limits.tools, tools.length), otherCount: formatNumber(otherCount) },
    ...(model.metrics.coverage
      ? {
          coverage: {
            percent: `${formatNumber(model.metrics.coverage.percent, 1)}%`,
            linesCovered: formatNumber(model.metrics.coverage.linesCovered, 0),
            linesTotal: formatNumber(model.metrics.coverage.linesTotal, 0),
          },
        }
      : {}),
    ...(model.metrics.complexity
      ? {
          complexity: {
            functions: formatNumber(model.metrics.complexity.functions, 0),
            average: formatNumber(model.metrics.complexity.average, 1),
            max: formatNumber(model.metrics.complexity.max, 0),
          },
        }
      : {}),
    benchmarks: cap(benchmarks, limits.rows),
    gates: { items: gates, failing: gates.filter((g) => !g.passed), passed: gates.filter((g) => g.passed).length, failed: gates.filter((g) => !g.passed).length, allPassed: gates.every((g) => g.passed) },
    recommendations: cap(recommendations, limits.rows),
    plan: [
      bucket('now', ['critical', 'high'], 'Now', 'Before the next release: critical and high priority.'),
      bucket('next', ['medium'], 'Next', 'Within the coming iterations: medium priority.'),
      bucket('later', ['low', 'note'], 'Later', 'As part of regular maintenance: low priority.'),
    ],
    trendCharts: [],
    sections: SECTION_INFO,
    limits,
  };

  if (model.analysis) {
    const a = model.analysis;
    view.analysis = {
      tools: cap(
        a.tools.map((t) => ({ name: String(t.name), version: String(t.version ?? ''), status: String(t.status), reason: clip(t.reason ?? ''), findings: formatNumber(t.findings) })),
        limits.rows,
      ),
      files: cap(a.files.map((f) => ({ path: String(f.path), findings: formatNumber(f.findings), topRules: f.topRules.join(', ') })), limits.rows),
      findings: cap(a.findings.items.slice(0, limits.findings).map(finding), limits.findings, Math.max(a.findings.total, a.findings.items.length)),
      complexFunctions: cap(
        a.complexFunctions.map((f) => ({
          name: String(f.name),
          file: String(f.file),
          line: f.line,
          location: location(f.file, f.line),
          complexity: formatNumber(f.complexity, 0),
          coverage: f.coverage === undefined ? 'n/a' : `${formatNumber(f.coverage, 1)}%`,
        })),
        limits.rows,
      ),
    };
  }

  if (model.security) {
    const s = model.security;
    const dependencies = s.dependencies.map(
      (d): DependencyView => ({
        package: String(d.package),
        version: String(d.version),
        fixedVersion: String(d.fixedVersion ?? ''),
        advisory: String(d.advisory),
        ...(advisoryUrl(d.advisory) ? { advisoryUrl: advisoryUrl(d.advisory)! } : {}),
        aliases: d.aliases.join(', '),
        severity: d.severity,
        severityLabel: severityLabel(d.severity),
        location: location(d.file, d.line),
      }),
    );
    const securityTotal = SEVERITIES.reduce((sum, sev) => sum + (s.bySeverity[sev] ?? 0), 0);
    view.security = {
      severityRows: SEVERITIES.map((sev) => ({ severity: sev, label: severityLabel(sev), count: formatNumber(s.bySeverity[sev] ?? 0), value: s.bySeverity[sev] ?? 0 })),
      total: formatNumber(securityTotal),
      findings: cap(s.findings.items.slice(0, limits.findings).map(finding), limits.findings, Math.max(s.findings.total, s.findings.items.length)),
      dependencies: cap(dependencies, limits.rows),
      upgrades: cap(dependencies.filter((d) => d.fixedVersion !== ''), limits.rows),
      unfixed: cap(dependencies.filter((d) => d.fixedVersion === ''), limits.rows),
      secrets: formatNumber(s.secrets),
      secretCount: s.secrets,
    };
  }

  if (model.notes) {
    view.notes = {
      frontMatter: Object.entries(model.notes.frontMatter ?? {}).map(([key, value]) => ({ key, value: clip(frontMatterValue(value)) })),
      body: format === 'html' ? notesHtml(model.notes.markdown) : notesMarkdown(model.notes.markdown),
    };
  }

  if (format === 'html') {
    view.charts = {
      severity: trustedHtml(barChart(severityRows.map((r) => ({ label: r.label, value: r.value, color: SEVERITY_COLORS[r.severity] })), { title: 'Findings by severity' })),
      tools: trustedHtml(
        barChart(
          [...toolItems.map((t) => ({ label: t.tool, value: t.value, color: '#1f5fa8' })), ...(otherCount > 0 ? [{ label: 'other tools', value: otherCount, color: '#8a9099' }] : [])],
          { title: 'Findings by tool', labelWidth: 150 },
        ),
      ),
      ...(model.security
        ? {
            securitySeverity: trustedHtml(
              barChart(
                view.security!.severityRows.map((r) => ({ label: r.label, value: r.value, color: SEVERITY_COLORS[r.severity] })),
                { title: 'Security findings by severity' },
              ),
            ),
          }
        : {}),
      ...(model.metrics.coverage ? { coverage: trustedHtml(coverageGauge(model.metrics.coverage)) } : {}),
    };
    for (const b of (model.performance?.benchmarks ?? []).slice(0, limits.rows)) {
      const image = typeof b.trendChartSvg === 'string' ? trendImage(b.trendChartSvg, b.name) : undefined;
      if (image) view.trendCharts.push({ name: String(b.name), image: trustedHtml(image) });
    }
  }
  return view;
}

function cap<T>(items: readonly T[], max: number, total = items.length): CappedView<T> {
  const shown = items.slice(0, Math.max(0, max));
  return { items: shown, total, shown: shown.length, omitted: Math.max(0, total - shown.length) };
}

function clipText(value: unknown, max: number): string {
  const text = String(value ?? '');
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function location(file: string | undefined, line: number | undefined): string {
  if (!file) return '';
  return line !== undefined && line > 0 ? `${file}:${line}` : file;
}

function displayDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function trendView(trend: NonNullable<ReportModel['summary']['trend']>): NonNullable<ReportView['trend']> {
  return {
    previousGrade: trend.previousGrade,
    previousScore: formatNumber(trend.previousScore, 1),
    scoreDelta: formatSigned(trend.scoreDelta, 1),
    direction: trend.scoreDelta > 0 ? 'better' : trend.scoreDelta < 0 ? 'worse' : 'same',
    findings: SEVERITIES.map((s) => ({ severity: s, label: severityLabel(s), delta: formatSigned(trend.findingsDelta[s] ?? 0, 0) })),
  };
}

/** Links only to the advisory databases an id names unambiguously. */
function advisoryUrl(id: string): string | undefined {
  if (/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(id)) return `https://github.com/advisories/${id}`;
  if (/^(CVE-\d{4}-\d{4,}|[A-Z]+-\d{4}-[\w-]+)$/.test(id)) return `https://osv.dev/vulnerability/${id}`;
  return undefined;
}

function frontMatterValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
