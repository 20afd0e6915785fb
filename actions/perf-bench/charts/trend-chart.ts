import { displayUnit, formatNumber, niceTicks } from './axis-scale';
import { escapeXml, num, truncate } from './svg-text';

/**
 * An SVG line chart of one benchmark over time: the median per recorded run, a shaded band
 * (the confidence interval of the median, or the range where there are too few samples for one),
 * the newest point ringed and labelled, axes with ticks and titles.
 *
 * Self-contained on purpose: no scripts, no external fonts or stylesheets (generic font family,
 * presentation attributes), so it renders the same in a report, a PDF, an <img> tag and on
 * GitHub, where SVG with scripts is refused. Deterministic: the same history gives the same
 * bytes (no random ids, no locale, no clock), so a history branch or report diff stays quiet.
 */
export interface TrendPoint {
  commit: string;
  /** ISO 8601. */
  date: string;
  value: number;
  low: number;
  high: number;
}

export interface TrendSeries {
  benchmark: string;
  /** "median wall time". */
  metric: string;
  /** The stored unit: "ms", "bytes", or a tool's own. */
  unit: string;
  size?: number;
  /** What the band shows, for the subtitle. */
  band: string;
  /** Oldest first. */
  points: TrendPoint[];
}

export interface ChartOptions {
  width?: number;
  height?: number;
}

const COLORS = { line: '#1f5fa8', band: '#1f5fa8', latest: '#d2462b', grid: '#e3e6ea', axis: '#4a4f57', text: '#1d2127' };
const MAX_X_LABELS = 8;

export function renderTrendChart(series: TrendSeries, options: ChartOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const margin = { left: 76, right: 28, top: 58, bottom: 66 };
  const plot = { x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom };
  const points = series.points.filter((p) => [p.value, p.low, p.high].every(Number.isFinite));

  const largest = Math.max(0, ...points.map((p) => p.high));
  const shown = displayUnit(series.unit, largest);
  const scaled = points.map((p) => ({ ...p, value: p.value * shown.factor, low: p.low * shown.factor, high: p.high * shown.factor }));
  const ticks = scaled.length > 0 ? niceTicks(Math.min(...scaled.map((p) => p.low)), Math.max(...scaled.map((p) => p.high))) : niceTicks(0, 1);
  const y = (v: number) => plot.y1 - ((v - ticks.min) / (ticks.max - ticks.min)) * (plot.y1 - plot.y0);
  const inner = 14;
  const x = (i: number) =>
    scaled.length === 1 ? (plot.x0 + plot.x1) / 2 : plot.x0 + inner + ((plot.x1 - plot.x0 - 2 * inner) * i) / (scaled.length - 1);

  const title = truncate(series.benchmark, 70) + (series.size === undefined ? '' : ` · n = ${formatNumber(series.size)}`);
  const subtitle = `${capitalize(series.metric)} per recorded run (${points.length}); band: ${series.band}`;
  const yTitle = `${series.metric} (${shown.unit})`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`Trend of ${series.benchmark}`)}" font-family="system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" font-size="11" fill="${COLORS.text}">`,
    `<title>${escapeXml(`${series.benchmark}: ${series.metric} over time`)}</title>`,
    `<desc>${escapeXml(describe(series, shown))}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="${margin.left}" y="24" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
    `<text class="subtitle" x="${margin.left}" y="42" font-size="11" fill="${COLORS.axis}">${escapeXml(subtitle)}</text>`,
  );

  // Grid and y axis.
  out.push(`<g class="axis y-axis">`);
  for (const t of ticks.values) {
    const ty = num(y(t));
    out.push(
      `<line x1="${plot.x0}" y1="${ty}" x2="${plot.x1}" y2="${ty}" stroke="${COLORS.grid}" stroke-width="1"/>`,
      `<line x1="${plot.x0 - 5}" y1="${ty}" x2="${plot.x0}" y2="${ty}" stroke="${COLORS.axis}" stroke-width="1"/>`,
      `<text x="${plot.x0 - 8}" y="${ty}" text-anchor="end" dominant-baseline="middle">${escapeXml(formatNumber(t))}</text>`,
    );
  }
  out.push(
    `<line x1="${plot.x0}" y1="${plot.y0}" x2="${plot.x0}" y2="${plot.y1}" stroke="${COLORS.axis}" stroke-width="1"/>`,
    `<text class="axis-title" transform="translate(18 ${num((plot.y0 + plot.y1) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(yTitle)}</text>`,
    `</g>`,
  );

  // x axis: one tick per point, labels on at most MAX_X_LABELS of them (always the newest).
  const every = Math.max(1, Math.ceil(scaled.length / MAX_X_LABELS));
  out.push(`<g class="axis x-axis">`, `<line x1="${plot.x0}" y1="${plot.y1}" x2="${plot.x1}" y2="${plot.y1}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  scaled.forEach((p, i) => {
    const tx = num(x(i));
    out.push(`<line x1="${tx}" y1="${plot.y1}" x2="${tx}" y2="${plot.y1 + 4}" stroke="${COLORS.axis}" stroke-width="1"/>`);
    const last = i === scaled.length - 1;
    // Skip a regular label that would crowd the newest one.
    if ((i % every === 0 && (last || scaled.length - 1 - i >= every)) || last) {
      out.push(
        `<text x="${tx}" y="${plot.y1 + 17}" text-anchor="middle" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="10">${escapeXml(p.commit.slice(0, 7))}</text>`,
        `<text x="${tx}" y="${plot.y1 + 30}" text-anchor="middle" font-size="10" fill="${COLORS.axis}">${escapeXml(p.date.slice(0, 10))}</text>`,
      );
    }
  });
  out.push(
    `<text class="axis-title" x="${num((plot.x0 + plot.x1) / 2)}" y="${height - 12}" text-anchor="middle">${escapeXml('recorded run (oldest → newest)')}</text>`,
    `</g>`,
  );

  if (scaled.length === 0) {
    out.push(`<text x="${num((plot.x0 + plot.x1) / 2)}" y="${num((plot.y0 + plot.y1) / 2)}" text-anchor="middle" fill="${COLORS.axis}">no data yet</text>`);
  } else {
    // Band: upper edge left to right, lower edge back; a single point gets an error bar.
    if (scaled.length > 1) {
      const upper = scaled.map((p, i) => `${num(x(i))},${num(y(p.high))}`);
      const lower = scaled.map((p, i) => `${num(x(i))},${num(y(p.low))}`).reverse();
      out.push(`<path class="band" d="M${upper.join(' L')} L${lower.join(' L')} Z" fill="${COLORS.band}" fill-opacity="0.15" stroke="none"/>`);
      out.push(`<polyline class="median" points="${scaled.map((p, i) => `${num(x(i))},${num(y(p.value))}`).join(' ')}" fill="none" stroke="${COLORS.line}" stroke-width="2" stroke-linejoin="round"/>`);
    } else {
      const p = scaled[0]!;
      out.push(`<line class="band" x1="${num(x(0))}" y1="${num(y(p.low))}" x2="${num(x(0))}" y2="${num(y(p.high))}" stroke="${COLORS.band}" stroke-opacity="0.4" stroke-width="6"/>`);
    }
    out.push(`<g class="points">`);
    scaled.forEach((p, i) => {
      const tip = `${p.commit.slice(0, 12)} · ${p.date.slice(0, 10)} · ${formatNumber(p.value)} ${shown.unit} (${formatNumber(p.low)}–${formatNumber(p.high)})`;
      out.push(`<circle class="point" cx="${num(x(i))}" cy="${num(y(p.value))}" r="3" fill="${COLORS.line}"><title>${escapeXml(tip)}</title></circle>`);
    });
    out.push(`</g>`);
    const lx = x(scaled.length - 1);
    const ly = y(scaled[scaled.length - 1]!.value);
    const latest = `latest: ${formatNumber(scaled[scaled.length - 1]!.value)} ${shown.unit}`;
    // Label above the point, or below when the point is near the top; to its left when near the right edge.
    const anchor = lx > plot.x1 - 90 ? 'end' : lx < plot.x0 + 90 ? 'start' : 'middle';
    const labelY = ly - 12 < plot.y0 + 4 ? ly + 20 : ly - 12;
    out.push(
      `<circle class="latest-marker" cx="${num(lx)}" cy="${num(ly)}" r="6.5" fill="none" stroke="${COLORS.latest}" stroke-width="2"/>`,
      `<text class="latest-label" x="${num(lx)}" y="${num(labelY)}" text-anchor="${anchor}" fill="${COLORS.latest}" font-weight="600">${escapeXml(latest)}</text>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function describe(series: TrendSeries, shown: { unit: string; factor: number }): string {
  const p = series.points;
  if (p.length === 0) return `No recorded runs of ${series.benchmark} yet.`;
  const first = p[0]!;
  const last = p[p.length - 1]!;
  const value = (v: number) => `${formatNumber(v * shown.factor)} ${shown.unit}`;
  const change = p.length > 1 ? `, ${formatNumber(((last.value / p[p.length - 2]!.value) - 1) * 100)}% against the previous run` : '';
  return `${p.length} recorded run(s) of ${series.benchmark} from ${first.date.slice(0, 10)} to ${last.date.slice(0, 10)}; the latest ${series.metric} is ${value(last.value)}${change}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
