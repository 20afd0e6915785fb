/**
 * Untrusted text (titles, refs, tool and benchmark names, findings) into HTML and SVG. One copy
 * for every action: a second, slightly different escaper is where an injection slips through.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text into HTML element content or a quoted attribute value. Every one of & < > " ' is
 * replaced, so the same function is right in both places and a value can never close a tag,
 * an attribute or a <style>/<title> element.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Text inside SVG (XML), for elements and attributes alike. Characters XML 1.0 forbids (most
 * control characters, lone surrogates) are dropped: one of them makes the whole image
 * unreadable to a browser's XML parser.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : HTML_ENTITIES[c]!));
}

export function stripInvalidXmlChars(text: string): string {
  // Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Shortens to `max` code points with an ellipsis, so a long label cannot run over its box. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
