import { AssayError } from '../../../lib/errors';
import { SEVERITIES, type Severity } from '../../../lib/severity';
import type { PublishTarget, ReportBundle } from '../model';

/** reports.json at the branch root: the list index.html is made from, newest first. */
export const REPORTS_JSON = 'reports.json';
export const REPORTS_SCHEMA = 'assay-pages-reports/1';

export interface PublishedReport {
  /** Where the report lives below reports/ ("owner/repo/main/123"); one entry per path. */
  reportPath: string;
  /** The bundle's id: the same bytes, the same id (a re-publish of them changes nothing). */
  reportId: string;
  /** The file a person opens, relative to the report's folder; "" for the folder itself. */
  entry: string;
  title: string;
  repository: string;
  ref: string | null;
  sha: string | null;
  runId: string | null;
  runUrl: string | null;
  grade: string;
  score: number | null;
  counts: Record<Severity, number>;
  total: number;
  generatedAt: string | null;
  /** When it was published to the branch (ISO 8601): the order of the index. */
  publishedAt: string;
  files: number;
  bytes: number;
}

export interface ReportsDocument {
  schema: typeof REPORTS_SCHEMA;
  reports: PublishedReport[];
}

/** A report path as the branch may hold it: '/'-separated segments of letters, digits, '.', '_', '-'. */
export function isSafeReportPath(value: string): boolean {
  return value.split('/').every((s) => /^[A-Za-z0-9._-]+$/.test(s) && s !== '.' && s !== '..');
}

export function reportEntry(bundle: ReportBundle, target: PublishTarget, publishedAt: Date): PublishedReport {
  const s = bundle.summary;
  return {
    reportPath: target.reportPath,
    reportId: bundle.reportId,
    entry: entryFile(bundle),
    title: s.title,
    repository: target.repository,
    ref: target.ref ?? null,
    sha: target.sha ?? null,
    runId: target.runId ?? null,
    runUrl: target.runUrl ?? null,
    grade: s.grade,
    score: s.score ?? null,
    counts: { ...s.counts },
    total: s.total,
    generatedAt: s.generatedAt ?? null,
    publishedAt: publishedAt.toISOString(),
    files: bundle.files.length,
    bytes: bundle.totalBytes,
  };
}

/** report.html when the bundle has one, else index.html, else the folder. */
export function entryFile(bundle: ReportBundle): string {
  for (const name of ['report.html', 'index.html']) if (bundle.files.some((f) => f.path === name)) return name;
  return '';
}

export interface MergeResult {
  document: ReportsDocument;
  /** Report paths dropped to stay within maxReports: their folders leave the branch. */
  dropped: string[];
}

/**
 * Puts `report` into the list: it replaces the entry with the same report path (a re-publish of
 * the same bytes keeps the entry as it was, so nothing changes), the list is sorted newest first,
 * and only the newest `maxReports` are kept (the one being published always among them).
 */
export function mergeReport(before: ReportsDocument, report: PublishedReport, maxReports: number): MergeResult {
  if (!Number.isInteger(maxReports) || maxReports < 1) throw new RangeError(`maxReports must be a whole number of at least 1, got ${maxReports}`);
  const existing = before.reports.find((r) => r.reportPath === report.reportPath);
  const ours = existing && existing.reportId === report.reportId ? existing : report;
  const others = newestFirst(before.reports.filter((r) => r.reportPath !== report.reportPath));
  const kept = others.slice(0, maxReports - 1);
  return {
    document: { schema: REPORTS_SCHEMA, reports: newestFirst([ours, ...kept]) },
    dropped: others.slice(maxReports - 1).map((r) => r.reportPath),
  };
}

function newestFirst(reports: PublishedReport[]): PublishedReport[] {
  // ISO 8601 in UTC sorts as text; ties by path, so the order never depends on who merged.
  return [...reports].sort((a, b) => (a.publishedAt === b.publishedAt ? cmp(a.reportPath, b.reportPath) : cmp(b.publishedAt, a.publishedAt)));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function emptyReports(): ReportsDocument {
  return { schema: REPORTS_SCHEMA, reports: [] };
}

export function serializeReports(doc: ReportsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Reads reports.json as found on the branch. Anyone who can push to the branch can write it, so
 * every field is checked and coerced; an entry without a usable report path or date is left out
 * (and named in `skipped`). A file that is not JSON at all is refused: publishing over it would
 * lose the list of every report before.
 */
export function parseReports(text: string, where: string): { document: ReportsDocument; skipped: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AssayError(
      `${where} is not valid JSON (${(err as Error).message}). It lists the published reports the index is made from; ` +
        'restore it from the branch history (git log on the branch), or delete it to start a new list.',
    );
  }
  const list = Array.isArray((raw as { reports?: unknown } | null)?.reports) ? ((raw as { reports: unknown[] }).reports) : undefined;
  if (!list) throw new AssayError(`${where} has no "reports" list; restore it from the branch history, or delete it to start a new list.`);
  const reports: PublishedReport[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const r = (item ?? {}) as Record<string, unknown>;
    const reportPath = typeof r.reportPath === 'string' ? r.reportPath : '';
    const publishedAt = typeof r.publishedAt === 'string' && !Number.isNaN(Date.parse(r.publishedAt)) ? new Date(r.publishedAt).toISOString() : '';
    if (!reportPath || !isSafeReportPath(reportPath) || !publishedAt || seen.has(reportPath)) {
      skipped.push(`entry ${i}${reportPath ? ` (${reportPath.slice(0, 80)})` : ''}`);
      return;
    }
    seen.add(reportPath);
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, num((r.counts as Record<string, unknown> | undefined)?.[s]) ?? 0])) as Record<Severity, number>;
    reports.push({
      reportPath,
      reportId: str(r.reportId) ?? '',
      entry: typeof r.entry === 'string' && (r.entry === '' || isSafeReportPath(r.entry)) ? r.entry : '',
      title: str(r.title) ?? reportPath,
      repository: str(r.repository) ?? '',
      ref: str(r.ref) ?? null,
      sha: str(r.sha) ?? null,
      runId: str(r.runId) ?? null,
      runUrl: str(r.runUrl) ?? null,
      grade: str(r.grade) ?? '?',
      score: num(r.score) ?? null,
      counts,
      total: num(r.total) ?? SEVERITIES.reduce((sum, s) => sum + counts[s], 0),
      generatedAt: str(r.generatedAt) ?? null,
      publishedAt,
      files: num(r.files) ?? 0,
      bytes: num(r.bytes) ?? 0,
    });
  });
  return { document: { schema: REPORTS_SCHEMA, reports: newestFirst(reports) }, skipped };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
