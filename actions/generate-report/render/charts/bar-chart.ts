import { formatNumber } from '../format-number';
import { escapeXml, num, truncate } from './svg-text';

/**
 * A horizontal bar chart as inline SVG: one labelled bar per row, the count after the bar.
 * Drawn with presentation attributes only (no style attributes, no scripts, no external fonts),
 * so the report's Content-Security-Policy has nothing to allow and it prints as vector text.
 * Same input, same bytes.
 */
export interface BarRow {
  label: string;
  value: number;
  color: string;
}

export interface BarChartOptions {
  title: string;
  width?: number;
  /** Wider for tool names, narrow for severities. */
  labelWidth?: number;
}

const ROW = 26;
const BAR = 16;
const TOP = 30;

export function barChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const width = options.width ?? 520;
  const labelWidth = options.labelWidth ?? 96;
  const valueWidth = 64;
  const height = TOP + Math.max(1, rows.length) * ROW + 8;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const span = width - labelWidth - valueWidth - 8;
  // About 7.5 px per character at 12 px: a longer label is cut so it cannot run off the left edge.
  const maxLabel = Math.max(6, Math.floor((labelWidth - 8) / 7.5));
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const desc = rows.map((r) => `${r.label}: ${formatNumber(r.value)}`).join('; ');

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`${options.title}: ${desc || 'none'}`)}" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="12" fill="#1d2127">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<desc>${escapeXml(`${desc || 'No findings'} (total ${formatNumber(total)})`)}</desc>`,
    `<text x="0" y="16" font-size="13" font-weight="600">${escapeXml(options.title)}</text>`,
  ];
  if (rows.length === 0) {
    out.push(`<text x="0" y="${TOP + 14}" fill="#5f6670">No findings</text>`);
  }
  rows.forEach((row, i) => {
    const y = TOP + i * ROW;
    // A non-zero count always gets a visible sliver, so "1 critical" is never an empty row.
    const length = max === 0 || row.value <= 0 ? 0 : Math.max(2, (row.value / max) * span);
    out.push(
      `<text x="${labelWidth - 8}" y="${num(y + BAR / 2)}" text-anchor="end" dominant-baseline="middle">${escapeXml(truncate(row.label, maxLabel))}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${num(span)}" height="${BAR}" fill="#eef0f3"/>`,
      length > 0 ? `<rect class="bar" x="${labelWidth}" y="${y}" width="${num(length)}" height="${BAR}" fill="${escapeXml(row.color)}"/>` : '',
      `<text x="${num(labelWidth + span + 6)}" y="${num(y + BAR / 2)}" dominant-baseline="middle" font-weight="600">${escapeXml(formatNumber(row.value))}</text>`,
    );
  });
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}
