import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PerformanceData } from './documents';

/** Beyond this a chart is not inlined: the HTML report has a size budget. */
export const MAX_CHART_BYTES = 256 * 1024;

// What could run or fetch anything when an SVG is inlined into the HTML report. Charts perf-bench
// draws contain none of it; a file that does is not ours (or was tampered with) and is left out.
const ACTIVE_CONTENT = /<\s*(script|foreignObject|iframe|object|embed|use|image|a|animate|set|style)\b|\son[a-z]+\s*=|javascript:|data:|href\s*=|url\s*\(/i;

export interface TrendCharts {
  /** Benchmark name → SVG text. */
  charts: Map<string, string>;
  /** Charts that were named but not inlined, and why. */
  skipped: string[];
}

/**
 * The SVG trend charts perf-bench wrote next to performance.json (`trendChart`, a path relative
 * to that folder), read so the report can inline them. A chart that is missing, outside the
 * folder, too large, not SVG, or carries active content is skipped with a reason: a missing chart
 * never fails a report.
 */
export function readTrendCharts(data: PerformanceData, dir: string): TrendCharts {
  const charts = new Map<string, string>();
  const skipped: string[] = [];
  const root = path.resolve(dir);
  for (const b of data.benchmarks) {
    if (!b.trendChart) continue;
    const file = path.resolve(root, b.trendChart);
    if (file !== root && !file.startsWith(root + path.sep)) {
      skipped.push(`${b.name}: its trend chart ${b.trendChart} is outside ${dir}`);
      continue;
    }
    let text: string;
    try {
      if (fs.statSync(file).size > MAX_CHART_BYTES) {
        skipped.push(`${b.name}: its trend chart ${b.trendChart} is larger than ${MAX_CHART_BYTES / 1024} KiB`);
        continue;
      }
      text = fs.readFileSync(file, 'utf8');
    } catch {
      skipped.push(`${b.name}: its trend chart ${b.trendChart} was not found next to performance.json`);
      continue;
    }
    const start = text.search(/<svg\b/i);
    if (start < 0 || !/<\/svg>\s*$/i.test(text)) {
      skipped.push(`${b.name}: ${b.trendChart} is not an SVG file`);
      continue;
    }
    if (ACTIVE_CONTENT.test(text)) {
      skipped.push(`${b.name}: ${b.trendChart} contains scripts, links or external references, so it is not inlined`);
      continue;
    }
    charts.set(b.name, text.slice(start).trim());
  }
  return { charts, skipped };
}
