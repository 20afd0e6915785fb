import type { Liquid } from 'liquidjs';
import { escapeHtml } from '../../../lib/markup';
import { formatNumber } from './format-number';
import { markdownText } from './markdown-text';
import { safeUrl } from './safe-url';
import { trustedText } from './trusted';
import { severityLabel } from './view';

/**
 * The escaping rule of the report templates and the filters that go with it. Every `{{ }}`
 * output is escaped for the format: HTML-escaped in report.html, made inert one-line Markdown in
 * report.md. liquidjs skips that step only when the last filter is marked `raw`, and the only
 * raw filters are `trusted` and its alias `raw`, which pass a value through unescaped only when
 * it is a fragment Assay's own code made for this format (trusted.ts); any string, whatever its
 * origin, is escaped by them too. This file is the whole audit surface for unescaped output.
 */
export function outputEscaper(format: 'md' | 'html'): (value: unknown) => string {
  return format === 'html' ? (value) => escapeHtml(stringify(value)) : (value) => markdownText(stringify(value));
}

export function registerFilters(liquid: Liquid, format: 'md' | 'html'): void {
  const escape = outputEscaper(format);
  const trusted = { raw: true, handler: (value: unknown) => trustedText(value, format) ?? escape(value) };
  liquid.registerFilter('trusted', trusted);
  // Liquid's own `raw` would pass any string through; here it means the same as `trusted`.
  liquid.registerFilter('raw', trusted);
  // Output is always escaped once; Shopify-style `| escape` would escape it twice.
  liquid.registerFilter('escape', (value: unknown) => value);
  liquid.registerFilter('escape_once', (value: unknown) => value);
  /** An href: the URL when it is http(s), mailto or #fragment, else empty (then escaped as usual). */
  liquid.registerFilter('safe_url', (value: unknown) => safeUrl(value) ?? '');
  liquid.registerFilter('num', (value: unknown, decimals?: unknown) => (typeof value === 'number' ? formatNumber(value, typeof decimals === 'number' ? decimals : 2) : value));
  liquid.registerFilter('severity_label', (value: unknown) => severityLabel(String(value ?? '')));
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(stringify).join('');
  return String(value);
}
