/**
 * Text and numbers inside the report's SVG charts. Labels come from the model (tool names are
 * the user's configuration), so they are escaped for element content and attributes alike, and
 * characters XML forbids are dropped. (perf-bench has the same helpers for its trend charts; they
 * are repeated here rather than imported so one action does not reach into another's folder.)
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Coordinates with at most two decimals: the same text on every machine. */
export function num(value: number): string {
  const fixed = value.toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** Shortens to `max` code points with an ellipsis, so a long label cannot run over the chart. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
