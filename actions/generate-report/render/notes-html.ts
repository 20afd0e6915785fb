import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '../../../lib/markup';
import { safeUrl } from './safe-url';
import { trustedHtml, type TrustedFragment } from './trusted';

/**
 * The reviewer's notes (custom_notes Markdown) as HTML for the report. The notes are written by
 * people, but they travel through pull requests and artifacts like any other input, so the
 * rendering keeps them to text and structure:
 * - raw HTML (block or inline) is shown as text, never parsed;
 * - a link keeps its href only when it is http(s), mailto or a #fragment (safe-url.ts);
 * - images are not loaded (the report makes no requests; img-src allows only data:), they become
 *   their alt text, marked as an image;
 * - headings move down two levels so `# Title` in the notes sits under the section's <h2>.
 * marked escapes text, code and attribute values itself.
 */
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      // A block of HTML becomes a paragraph of its source text; inline HTML stays inline.
      return 'block' in token && token.block ? `<p class="raw-html">${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { href, title, tokens }: Tokens.Link): string {
      const inner = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      if (url === undefined) return `<span class="blocked-link" title="link removed: not http(s), mailto or #">${inner}</span>`;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titleAttr} rel="noopener noreferrer">${inner}</a>`;
    },
    image({ text }: Tokens.Image): string {
      return `<span class="image-placeholder">[image: ${escapeHtml(text)}]</span>`;
    },
    heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { tokens, depth }: Tokens.Heading): string {
      const level = Math.min(6, depth + 2);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export function notesHtml(markdown: string): TrustedFragment {
  return trustedHtml(marked.parse(markdown, { async: false }));
}
