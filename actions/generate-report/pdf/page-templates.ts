import { escapeHtml } from '../../../lib/markup';

/**
 * The header and footer Chromium prints in every page's margin. They are separate little
 * documents: the report's stylesheet does not reach them, the default font size is tiny, and
 * they cannot load anything, so every style is inline. Chromium fills the elements of class
 * `pageNumber` and `totalPages` itself.
 */

export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/** Margins leave room for the header and footer (about 9 pt of text each). */
export const PAGE_MARGINS = { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' } as const;

const BOX =
  'width:100%;margin:0 14mm;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:8pt;' +
  'color:#555;display:flex;justify-content:space-between;align-items:center;-webkit-print-color-adjust:exact;';

export function pageTemplates(title: string, draft: boolean): PageTemplates {
  // The report title is the user's text (repository name, a template's front matter): escaped.
  const heading = `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:75%;">${escapeHtml(title)}</span>`;
  const mark = draft
    ? '<span style="font-weight:bold;letter-spacing:0.08em;color:#b00020;border:1px solid #b00020;padding:0 4px;">Draft</span>'
    : '<span></span>';
  return {
    headerTemplate: `<div style="${BOX}">${heading}${mark}</div>`,
    footerTemplate:
      `<div style="${BOX}justify-content:center;">` +
      // Plain spaces, so the text reads "Page 3 of 12" when copied or extracted.
      '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
  };
}

