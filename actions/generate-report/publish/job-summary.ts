import type { ActionHost } from '../../../lib/action/host';
import { SUMMARY_LIMIT_BYTES } from '../../../lib/action/host';
import type { Logger } from '../../../lib/action/logger';
import { fitMarkdown } from './fit-markdown';

/**
 * The report's Markdown as the step's job summary. GitHub takes at most 1,024 KiB per step and
 * drops a larger summary with only an error annotation, so the report is cut at a line boundary
 * below that and ends with a note saying it was cut and where the whole report is.
 */

/** What writing a summary needs of the host (an ActionHost, or a test's recorder). */
export type SummaryTarget = Pick<ActionHost, 'appendSummary'>;

export interface JobSummaryOptions {
  /**
   * Markdown naming where the full report is, e.g. "the [`assay-report` artifact](https://…)".
   * Trusted text made by the caller. Defaults to the report artifact of this run, unlinked.
   */
  fullReport?: string;
  /** Bytes; defaults to the host's limit (1 MiB less room for anything else the step writes). */
  limitBytes?: number;
  log?: Logger;
}

export interface WrittenSummary {
  bytes: number;
  cut: boolean;
  keptLines: number;
  totalLines: number;
}

export const DEFAULT_FULL_REPORT = 'the report artifact of this workflow run (report.md, report.html, report.pdf)';

export async function writeJobSummary(
  target: SummaryTarget,
  markdown: string,
  options: JobSummaryOptions = {},
): Promise<WrittenSummary> {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const where = options.fullReport ?? DEFAULT_FULL_REPORT;
  const fitted = fitMarkdown(markdown, {
    limit: limit - 1, // room for the final newline added below
    unit: 'bytes',
    note: ({ keptLines, totalLines }) =>
      `> [!NOTE]\n> This summary was cut after line ${keptLines} of ${totalLines} to stay under GitHub's ` +
      `1 MiB limit for a job summary. The full report is in ${where}.\n`,
  });
  // The host's own limit counts everything the step appended; ending on a newline keeps whatever
  // is appended next from running into the report's last line.
  const text = fitted.text.endsWith('\n') ? fitted.text : `${fitted.text}\n`;
  await target.appendSummary(text);
  const bytes = Buffer.byteLength(text);
  if (fitted.cut) {
    options.log?.warning(
      `The report's Markdown is ${Buffer.byteLength(markdown)} bytes, over the job summary's limit: the summary shows ` +
        `its first ${fitted.keptLines} of ${fitted.totalLines} lines and says where the full report is.`,
    );
  } else {
    options.log?.debug(`Job summary: ${bytes} bytes.`);
  }
  return { bytes, cut: fitted.cut, keptLines: fitted.keptLines, totalLines: fitted.totalLines };
}
