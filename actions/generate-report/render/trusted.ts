/**
 * Fragments of markup that Assay's own code produced and vouches for: charts drawn by
 * render/charts, notes Markdown already rendered with raw HTML escaped, the stylesheet. Only
 * these may reach a template's output unescaped, and only through the `trusted` filter
 * (render/filters.ts). A plain string is never trusted, whatever it contains: model text
 * (finding messages, file names, tool output) is data and stays escaped even if a template
 * pipes it through `trusted` or `raw`.
 *
 * The class is not exported, so the only ways to mint one are the two functions below, each
 * called from a handful of audited places (grep for trustedHtml( / trustedMarkdown().
 */
class TrustedFragment {
  readonly #text: string;
  constructor(
    text: string,
    readonly format: 'html' | 'md',
  ) {
    this.#text = text;
  }
  get text(): string {
    return this.#text;
  }
  // Printed without the filter, a fragment is escaped like any other value: visible as code,
  // which tells a template author to add `| trusted`, and never a hole.
  toString(): string {
    return this.#text;
  }
}

export type { TrustedFragment };

export function trustedHtml(html: string): TrustedFragment {
  return new TrustedFragment(html, 'html');
}

export function trustedMarkdown(markdown: string): TrustedFragment {
  return new TrustedFragment(markdown, 'md');
}

/** The fragment's text when it was minted for this output format, otherwise undefined. */
export function trustedText(value: unknown, format: 'html' | 'md'): string | undefined {
  return value instanceof TrustedFragment && value.format === format ? value.text : undefined;
}
