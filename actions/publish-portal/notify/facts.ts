import { SEVERITIES, type Severity } from '../../../lib/severity';
import type { ReportSummary } from '../model';

/** What every notification says, in plain (unescaped) text; each channel escapes for itself. */

export interface NotifyLink {
  label: string;
  url: string;
}

/**
 * Links worth a button: label → URL, http(s) only (a `javascript:` or `file:` URL never becomes a
 * button or an href), at most `max` of them, in the order given.
 */
export function safeLinks(links: Record<string, string> | undefined, max = 5): NotifyLink[] {
  const out: NotifyLink[] = [];
  for (const [label, value] of Object.entries(links ?? {})) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    out.push({ label: label.trim() || 'Report', url: url.href });
    if (out.length === max) break;
  }
  return out;
}

/** The run URL when it is an http(s) URL. */
export function safeUrl(value: string | undefined): string | undefined {
  return value === undefined ? undefined : safeLinks({ run: value }, 1)[0]?.url;
}

export function shortSha(sha: string | undefined): string | undefined {
  return sha ? sha.slice(0, 7) : undefined;
}

/** refs/heads/main → main, refs/pull/12/merge → PR #12, refs/tags/v1 → v1. */
export function refLabel(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const pull = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pull) return `PR #${pull[1]}`;
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', note: 'Note' };

/** "1 critical, 2 high, 0 medium, 3 low, 0 note". */
export function countsText(summary: ReportSummary): string {
  return SEVERITIES.map((s) => `${summary.counts[s] ?? 0} ${s}`).join(', ');
}

/** One line, no control characters: safe for a subject header or a Slack header block. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
