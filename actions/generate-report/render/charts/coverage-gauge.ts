import { formatNumber } from '../format-number';
import { escapeXml, num } from './svg-text';

/**
 * Line coverage as a half-circle gauge in inline SVG: a grey track, a coloured arc up to the
 * percentage (red below 50 %, amber below 80 %, green from 80 %), the figure in the middle and
 * the line counts under it. Same rules as bar-chart.ts: attributes only, deterministic.
 */
export interface GaugeInput {
  percent: number;
  linesCovered: number;
  linesTotal: number;
}

export function coverageGauge(input: GaugeInput): string {
  const width = 240;
  const height = 150;
  const cx = width / 2;
  const cy = 116;
  const r = 86;
  const stroke = 18;
  const fraction = Math.min(1, Math.max(0, Number.isFinite(input.percent) ? input.percent / 100 : 0));
  const color = fraction >= 0.8 ? '#1d7f46' : fraction >= 0.5 ? '#a86b00' : '#8e0e24';
  const at = (f: number) => {
    const angle = Math.PI * (1 - f);
    return `${num(cx + r * Math.cos(angle))} ${num(cy - r * Math.sin(angle))}`;
  };
  const arc = (f: number) => `M ${at(0)} A ${r} ${r} 0 0 1 ${at(f)}`;
  const label = `${formatNumber(input.percent, 1)}%`;
  const lines = `${formatNumber(input.linesCovered, 0)} of ${formatNumber(input.linesTotal, 0)} lines`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart coverage-gauge" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`Line coverage ${label}, ${lines}`)}" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" fill="#1d2127">`,
    `<title>Line coverage</title>`,
    `<path d="${arc(1)}" fill="none" stroke="#e3e6ea" stroke-width="${stroke}"/>`,
    fraction > 0 ? `<path class="gauge-value" d="${arc(Math.max(fraction, 0.005))}" fill="none" stroke="${color}" stroke-width="${stroke}"/>` : '',
    `<text x="${cx}" y="${cy - 14}" text-anchor="middle" font-size="28" font-weight="700">${escapeXml(label)}</text>`,
    `<text x="${cx}" y="${cy + 12}" text-anchor="middle" font-size="11" fill="#4a4f57">${escapeXml(lines)}</text>`,
    `<text x="${cx - r}" y="${cy + 26}" text-anchor="middle" font-size="10" fill="#4a4f57">0</text>`,
    `<text x="${cx + r}" y="${cy + 26}" text-anchor="middle" font-size="10" fill="#4a4f57">100</text>`,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
