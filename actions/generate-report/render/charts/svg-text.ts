export { escapeXml, truncate } from '../../../../lib/markup';

/** Coordinates with at most two decimals: the same text on every machine. */
export function num(value: number): string {
  const fixed = value.toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}
