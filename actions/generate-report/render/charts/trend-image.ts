import { escapeHtml } from '../../../../lib/markup';

/**
 * A benchmark trend chart from the model (perf-bench's SVG, read from its charts folder) as an
 * <img> with a data: URI, never inlined. The model is a file that travelled between jobs, so its
 * SVG is not trusted markup: loaded as an image, an SVG runs no script, fetches nothing and
 * cannot touch the report's DOM, whatever it contains; the CSP allows exactly img-src data:.
 * Only something that looks like an SVG document is embedded at all.
 */
export function trendImage(svg: string, benchmark: string): string | undefined {
  const text = svg.trim();
  if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(text) || !/<\/svg>$/.test(text)) return undefined;
  const uri = `data:image/svg+xml;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
  return `<img class="trend-chart" src="${uri}" alt="${escapeHtml(`Trend of ${benchmark}`)}">`;
}
