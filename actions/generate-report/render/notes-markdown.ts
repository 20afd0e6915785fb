import { safeUrl } from './safe-url';
import { trustedMarkdown, type TrustedFragment } from './trusted';

/**
 * The reviewer's notes for report.md, which lands in a job summary and a PR comment. The notes
 * stay Markdown (lists, tables, code keep working) with three changes outside code:
 * - every `<` becomes `&lt;`, so no raw HTML and no `<scheme:...>` autolink can open;
 * - an inline link or reference definition whose target is not http(s), mailto or a #fragment
 *   points at `#link-removed` instead (GitHub strips javascript: itself; other viewers may not);
 * - ATX headings move down two levels, so `# Title` sits under the report's `## Reviewer notes`.
 * Fenced code blocks and inline code spans are left exactly as written.
 */
export function notesMarkdown(markdown: string): TrustedFragment {
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      out.push(line);
      continue;
    }
    out.push(outsideCodeSpans(line.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/, (_, sp: string, h: string) => sp + '#'.repeat(Math.min(6, h.length + 2))), neutralise));
  }
  return trustedMarkdown(out.join('\n'));
}

function neutralise(text: string): string {
  return removeUnsafeInlineLinks(text)
    .replace(/^( {0,3}\[[^\]]+\]:\s*)(\S+)/, (m, head: string, dest: string) => (safeUrl(dest.replace(/^<|>$/g, '')) === undefined ? `${head}#link-removed` : m))
    .replace(/</g, '&lt;');
}

/**
 * `](destination` with the destination read as CommonMark does: `<…>`, or up to whitespace or
 * the `)` that balances the parentheses, so `(javascript:alert('x'))` is replaced whole.
 */
function removeUnsafeInlineLinks(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('](', from); at !== -1; at = text.indexOf('](', from)) {
    let i = at + 2;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const start = i;
    if (text[i] === '<') {
      const close = text.indexOf('>', i);
      i = close === -1 ? text.length : close + 1;
    } else {
      let depth = 0;
      for (; i < text.length && !/\s/.test(text[i]!); i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')' && depth-- === 0) break;
      }
    }
    const destination = text.slice(start, i).replace(/^<|>$/g, '');
    out += text.slice(from, start) + (destination !== '' && safeUrl(destination) === undefined ? '#link-removed' : text.slice(start, i));
    from = i;
  }
  return out + text.slice(from);
}

/** Applies `fn` to the parts of a line that are not inside a `code span` (CommonMark's backtick-run matching). */
function outsideCodeSpans(line: string, fn: (text: string) => string): string {
  let result = '';
  let i = 0;
  let plainStart = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (line[j] === '`') j++;
    const run = line.slice(i, j);
    // The span closes at the next run of exactly the same length.
    const closer = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    closer.lastIndex = j;
    const match = closer.exec(line);
    if (!match) {
      i = j;
      continue;
    }
    result += fn(line.slice(plainStart, i)) + line.slice(i, match.index + run.length);
    i = plainStart = match.index + run.length;
  }
  return result + fn(line.slice(plainStart));
}
