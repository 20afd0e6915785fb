import type { Logger } from '../../lib/action/logger';
import type { Sleep } from '../../lib/retry';
import type { Severity } from '../../lib/severity';

/**
 * What every destination works from: the report bundle as read once from the input folder, and
 * where in a destination this report lives. Destinations never read inputs or the environment;
 * main.ts builds these and hands them over.
 */

export interface BundleFile {
  /** Relative to the bundle folder, '/'-separated: "report.html", "charts/sort.svg". */
  path: string;
  absolutePath: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  /** "text/html; charset=utf-8", "application/pdf", … */
  contentType: string;
}

/** The facts of the report that envelopes, index pages, notifications and statuses show. */
export interface ReportSummary {
  title: string;
  /** A+ … F, or "?" when the bundle has no report.json. */
  grade: string;
  score: number | undefined;
  /** Findings per severity (analysis and security together), from report.json. */
  counts: Record<Severity, number>;
  total: number;
  /** The most severe finding's severity; undefined when there are none. */
  worst: Severity | undefined;
  generatedAt: string | undefined;
  kind: string | undefined;
}

export interface ReportBundle {
  dir: string;
  /** Sorted by path; hidden files and the publish log are never part of it. */
  files: BundleFile[];
  totalBytes: number;
  /**
   * SHA-256 (hex) over the sorted "path sha256" lines of every file: the same bytes give the same
   * id, so it is the idempotency key of every destination.
   */
  reportId: string;
  summary: ReportSummary;
}

/** Where the report comes from and where it goes, the same for every destination. */
export interface PublishTarget {
  /** owner/repo; "local/<folder name>" outside GitHub. */
  repository: string;
  sha: string | undefined;
  /** refs/heads/main, refs/pull/12/merge, … */
  ref: string | undefined;
  runId: string | undefined;
  runUrl: string | undefined;
  /**
   * The report's place, the same in every destination and for every retry or re-publish of the
   * same run: "<owner>/<repo>/<ref slug>/<run id>" ("…/local-<reportId[0:12]>" outside a run).
   */
  reportPath: string;
}

export interface PublishContext {
  log: Logger;
  sleep?: Sleep;
  now: () => Date;
  /** Register a value that must never be printed (core.setSecret on a runner). */
  setSecret: (value: string) => void;
}

/** What one destination reports back when it published. */
export interface PublishedLocation {
  destination: 'github-pages' | 's3' | 'webhook';
  /** Where a person opens the report (report.html when there is one). */
  url: string;
  /** Further links worth an output: the index page, a presigned URL, the portal's own id. */
  links?: Record<string, string>;
  /** False when the destination already held this exact report and nothing was written. */
  changed: boolean;
}
