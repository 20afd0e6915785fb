import type { LimitCut } from './limits';
import { countText } from './count-text';

/** What a merge read, combined, removed and cut, and why: printed by `assay sarif merge`, shown in job summaries. */
export interface MergeSummary {
  inputs: Array<{ file: string; runs: number; results: number; bytes: number }>;
  /** One entry per run of the output. */
  runs: Array<{
    tool: string;
    category: string;
    /** Input runs combined into this one. */
    sources: number;
    /** Results that arrived, duplicates removed, and written. */
    resultsIn: number;
    duplicates: number;
    results: number;
  }>;
  resultsIn: number;
  duplicates: number;
  results: number;
  /** Each GitHub limit that was exceeded: what was cut and why. */
  cuts: LimitCut[];
  /** Things worth knowing that cut nothing (combined runs, locations outside the checkout, fingerprints). */
  notes: string[];
  fingerprints: { added: number; kept: number; skipped: number };
  /** Size of the merged log, and gzipped (what GitHub's 10 MB limit is about). */
  bytes: number;
  gzipBytes: number;
  /** Deflate level of that gzip: 1 when the log fit at it (an uploader's level 6 is smaller still), else 6. */
  gzipLevel: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
const n = countText;

/** The summary as lines for a terminal or a log. */
export function formatMergeSummary(summary: MergeSummary): string[] {
  const lines = [
    `${n(summary.inputs.length)} file${summary.inputs.length === 1 ? '' : 's'} in, ${n(summary.runs.length)} run${summary.runs.length === 1 ? '' : 's'} out; ` +
      `${n(summary.resultsIn)} results in, ${n(summary.duplicates)} duplicates removed, ${n(summary.results)} written; ` +
      `${mb(summary.bytes)}, ${mb(summary.gzipBytes)} gzipped${summary.gzipLevel === 1 ? ' at deflate level 1' : ''}`,
  ];
  for (const run of summary.runs) {
    const what = run.category ? `"${run.tool}" in category "${run.category}"` : `"${run.tool}" (no category)`;
    const combined = run.sources > 1 ? `, ${run.sources} runs combined` : '';
    const dups = run.duplicates > 0 ? `, ${n(run.duplicates)} duplicates` : '';
    lines.push(`  run ${what}: ${n(run.results)} results${combined}${dups}`);
  }
  if (summary.cuts.length > 0) {
    lines.push('cut to fit GitHub\'s limits:');
    for (const cut of summary.cuts) lines.push(`  ${cut.message}`);
  } else {
    lines.push('within GitHub\'s limits: nothing was cut');
  }
  for (const note of summary.notes) lines.push(`note: ${note}`);
  return lines;
}
