export { escapeXml, stripInvalidXmlChars, truncate } from '../../../lib/markup';

/** Coordinates with two decimals: enough for any screen, and the same text on every machine. */
export function num(value: number): string {
  const fixed = value.toFixed(2);
  return fixed === '-0.00' ? '0.00' : fixed;
}
