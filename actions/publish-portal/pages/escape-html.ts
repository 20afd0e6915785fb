/**
 * Text into HTML element content or a quoted attribute value. Every one of & < > " ' is
 * replaced, so a title or a ref can never close a tag or an attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
