/**
 * A link target from untrusted text (a run URL, an advisory link, a link in the notes) that is
 * safe to put in an href: absolute http(s) or mailto, or a fragment within the report. Anything
 * else (javascript:, data:, vbscript:, relative paths that would resolve against wherever the
 * file is opened) gives undefined, and the caller shows the text without a link. Parsing with
 * URL applies the browser's own normalisation first, so `JaVa\tScRiPt:` and friends are caught.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^#[\w.:-]*$/.test(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}
