import { escapeMarkdown } from '../../../lib/markdown';

/**
 * Untrusted text as one line of GitHub-flavoured Markdown: inline text, a list item or a table
 * cell. lib/markdown.ts escapes what could open HTML, a link, emphasis or a cell; on top of
 * that, line breaks become spaces (so text cannot start a heading, a table or a fence on a line
 * of its own), a block marker at the very start (`# `, `- `, `+ `, `1. `, `---`, `===`) is escaped (so `- {{ message }}` cannot become a
 * heading inside the item), and `$` is escaped so GitHub does not typeset it as math.
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ').trim();
  return escapeMarkdown(oneLine)
    .replace(/\$/g, '\\$')
    .replace(/^(?:#{1,6}|[+-])(?=\s|$)|^[=-]{2,}/, (m) => `\\${m}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
