/**
 * How much of each list a rendered report shows. The model is already capped by whoever built
 * it; these caps apply on top, per format, so a model with far more items (an older builder, a
 * hand-made report.json) still gives a readable report of bounded size. Every capped list says
 * how many it leaves out.
 */
export interface RenderLimits {
  /** Findings listed per list (analysis findings, security findings). */
  findings: number;
  /** Rows of the other tables: files, dependencies, complex functions, recommendations, benchmarks. */
  rows: number;
  /** Tools in the findings-by-tool table and chart; the rest are summed as "other tools". */
  tools: number;
  /** Characters of one finding message or recommendation detail, then an ellipsis. */
  messageChars: number;
}

export const DEFAULT_LIMITS: Record<'md' | 'html', RenderLimits> = {
  // report.md goes to a job summary (1 MiB) and a PR comment (65,536 characters).
  md: { findings: 50, rows: 25, tools: 10, messageChars: 300 },
  // report.html is read and printed in full; 1,000 findings is about 40 A4 pages.
  html: { findings: 1000, rows: 200, tools: 12, messageChars: 1000 },
};
