/**
 * Text into HTML element content or a quoted attribute value. Every one of & < > " ' is
 * replaced, so the same function is right in both places and a value can never close a tag,
 * an attribute or a <style>/<title> element.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
