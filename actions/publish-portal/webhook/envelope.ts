import * as fs from 'node:fs';
import type { Severity } from '../../../lib/severity';
import type { PublishTarget, ReportBundle } from '../model';

/** What a webhook receiver gets (docs/webhook.md). Absent facts are null, never missing keys. */
export interface WebhookEnvelope {
  type: 'assay.report.published';
  version: 1;
  /** The report id (bundle.reportId): the same bytes give the same id; also the Idempotency-Key. */
  id: string;
  repository: string;
  sha: string | null;
  ref: string | null;
  runId: string | null;
  runUrl: string | null;
  title: string;
  grade: string;
  score: number | null;
  counts: Record<Severity, number>;
  generatedAt: string | null;
  /** Where the report was published elsewhere ("report", "index", …) and the run ("run"). */
  links: Record<string, string>;
  files: WebhookFile[];
}

export interface WebhookFile {
  path: string;
  size: number;
  sha256: string;
  contentType: string;
  /** Where another destination published this file. */
  url?: string;
  /** The bytes, base64, when the file has no URL and all such files fit in inlineMaxBytes. */
  content?: string;
}

export interface EnvelopeOptions {
  /** Bundle path → URL where another destination (Pages, S3) published it. */
  fileUrls?: Record<string, string>;
  /** Named links from other destinations (the index page, a presigned URL). */
  links?: Record<string, string>;
  /** Files without a URL are inlined only when together they take at most this many bytes. */
  inlineMaxBytes: number;
}

/**
 * The envelope for this bundle. Deterministic: the same bundle, target and links give the same
 * bytes, so a re-publish sends what the first delivery sent. Files are inlined all or none, so a
 * receiver never gets half a report: those with a URL are fetched from there, the others travel
 * in the body when their total is within `inlineMaxBytes` (0 turns inlining off).
 */
export function buildEnvelope(bundle: ReportBundle, target: PublishTarget, options: EnvelopeOptions): WebhookEnvelope {
  const fileUrls = options.fileUrls ?? {};
  const withoutUrl = bundle.files.filter((f) => !fileUrls[f.path]);
  const inlineBytes = withoutUrl.reduce((sum, f) => sum + f.size, 0);
  const inline = withoutUrl.length > 0 && inlineBytes <= options.inlineMaxBytes;
  const { summary } = bundle;

  const links: Record<string, string> = {};
  const reportUrl = fileUrls['report.html'];
  if (reportUrl) links.report = reportUrl;
  const pdfUrl = fileUrls['report.pdf'];
  if (pdfUrl) links.pdf = pdfUrl;
  Object.assign(links, options.links ?? {});
  if (target.runUrl) links.run = target.runUrl;

  return {
    type: 'assay.report.published',
    version: 1,
    id: bundle.reportId,
    repository: target.repository,
    sha: target.sha ?? null,
    ref: target.ref ?? null,
    runId: target.runId ?? null,
    runUrl: target.runUrl ?? null,
    title: summary.title,
    grade: summary.grade,
    score: summary.score ?? null,
    counts: { ...summary.counts },
    generatedAt: summary.generatedAt ?? null,
    links,
    files: bundle.files.map((f) => {
      const file: WebhookFile = { path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType };
      const url = fileUrls[f.path];
      if (url) file.url = url;
      else if (inline) file.content = fs.readFileSync(f.absolutePath).toString('base64');
      return file;
    }),
  };
}
