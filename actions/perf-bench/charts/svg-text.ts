/**
 * Text inside SVG. A benchmark name is user input and ends up in elements and attributes; it is
 * escaped for both, and characters XML 1.0 forbids (most control characters, lone surrogates)
 * are dropped, since one of them makes the whole chart unreadable to a browser's XML parser.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function stripInvalidXmlChars(text: string): string {
  // Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Shortens to `max` characters (by code point) with an ellipsis, so a long name cannot overflow the title. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Coordinates with two decimals: enough for any screen, and the same text on every machine. */
export function num(value: number): string {
  const fixed = value.toFixed(2);
  return fixed === '-0.00' ? '0.00' : fixed;
}
