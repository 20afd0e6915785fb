/**
 * Text from findings, file names and tool output is untrusted: in a job summary or PR comment
 * GitHub renders Markdown and a subset of HTML, so it must not be able to open tags, break a
 * table or start a link. This escapes it for a table cell or inline text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // With [ and ] escaped no link or image can form, so ( ) ! need no escape; | would end a cell.
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table; every cell is escaped unless marked as trusted Markdown. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number | { md: string })[])[]): string {
  const cell = (c: string | number | { md: string }) => (typeof c === 'object' ? c.md : escapeMarkdown(String(c)));
  return [
    `| ${header.map(escapeMarkdown).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
