import { markdownTable } from '../../lib/markdown';
import type { PerformanceDocument } from './compare/performance-document';
import type { BenchmarkResult } from './model';

const ms = (v: number | undefined) => (v === undefined ? '' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
const mib = (v: number | undefined) => (v === undefined ? '' : `${(v / 1024 / 1024).toFixed(1)} MiB`);

function largestRun(b: BenchmarkResult) {
  return [...(b.runs ?? [])].sort((x, y) => (y.size ?? 0) - (x.size ?? 0))[0];
}

/** The job summary: one row per benchmark with its largest size, complexity and verdict. */
export function renderPerfSummary(doc: PerformanceDocument, extra: { baselineOrigin?: string; notes: string[] }): string {
  const lines = ['## Assay performance', ''];
  lines.push(
    markdownTable(
      ['benchmark', 'status', 'size', 'median', 'peak memory', 'time complexity', 'vs baseline'],
      doc.benchmarks.map((b) => {
        const run = largestRun(b);
        const c = b.comparison;
        const verdict = c ? `${c.verdict} ×${c.ratio.toFixed(3)} (${c.confidenceInterval.map((x) => x.toFixed(3)).join('–')})` : '';
        const load = b.load as { summary?: { latencyMs?: { p99?: number }; throughput?: { mean?: number } } } | undefined;
        const median = run?.wall?.median ?? run?.samples[0]?.wallMs;
        return [
          b.name,
          b.status === 'ok' ? 'ok' : `${b.status}: ${b.error ?? ''}`,
          run?.size ?? '',
          load?.summary ? `p99 ${ms(load.summary.latencyMs?.p99)}, ${load.summary.throughput?.mean?.toFixed(0) ?? '?'} req/s` : b.unit && b.unit !== 'ms' ? `${median ?? ''} ${b.unit}` : ms(median),
          mib(run?.peakRss?.median),
          b.complexity?.time ? `${b.complexity.time.class} (R² ${b.complexity.time.rSquared.toFixed(3)})` : '',
          verdict,
        ];
      }),
    ),
    '',
  );
  if (extra.baselineOrigin) lines.push(`Compared with ${extra.baselineOrigin}.`, '');
  for (const note of extra.notes) lines.push(`- ${note}`);
  if (doc.harnessOverheadMs !== undefined) lines.push('', `Harness overhead per measured run: ${ms(doc.harnessOverheadMs)}.`);
  return lines.join('\n');
}
