import { SEVERITIES } from '../../../lib/severity';
import { escapeHtml } from '../../../lib/markup';
import type { PublishedReport, ReportsDocument } from './reports-index';

/** The root page of the branch: every published report, newest first, as reports.json lists them. */
export const INDEX_HTML = 'index.html';
/** How a later publish knows the root index.html is this page and not a site's own home page. */
export const INDEX_MARKER = '<meta name="generator" content="Assay publish-portal">';

/**
 * Renders index.html from reports.json. Titles, refs, repositories and run ids come from the
 * audited repository and are untrusted: every one is escaped, links are relative paths built from
 * checked report paths or http(s) run URLs, and the page allows no script at all (CSP).
 */
export function renderIndexPage(doc: ReportsDocument): string {
  const rows = doc.reports.map(row).join('\n');
  const empty = doc.reports.length === 0 ? '<p>No reports published yet.</p>' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<meta name="referrer" content="no-referrer">
${INDEX_MARKER}
<title>Assay reports</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
p.lead { color: #59636e; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d1d9e0; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #8c959f; }
.grade { font-weight: 700; }
code { font-size: 12px; overflow-wrap: anywhere; }
.sev-critical { color: #a40e26; } .sev-high { color: #bc4c00; } .sev-medium { color: #9a6700; } .sev-low { color: #0969da; }
</style>
</head>
<body>
<h1>Assay reports</h1>
<p class="lead">${doc.reports.length} report${doc.reports.length === 1 ? '' : 's'}, newest first. The same list as JSON: <a href="reports.json">reports.json</a>.</p>
${empty}<table>
<thead><tr><th>Report</th><th>Repository</th><th>Ref</th><th>Run</th><th>Grade</th>${SEVERITIES.map((s) => `<th class="n sev-${s}">${s}</th>`).join('')}<th>Published</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function row(r: PublishedReport): string {
  const href = reportHref(r);
  const run = r.runId ?? (r.runUrl ? 'run' : '');
  const runCell = r.runUrl && isHttpUrl(r.runUrl) ? `<a href="${escapeHtml(r.runUrl)}" rel="noopener noreferrer">${escapeHtml(run || 'run')}</a>` : escapeHtml(run);
  const counts = SEVERITIES.map((s) => `<td class="n${r.counts[s] === 0 ? ' zero' : ` sev-${s}`}">${r.counts[s]}</td>`).join('');
  return (
    `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(r.title)}</a></td>` +
    `<td>${escapeHtml(r.repository)}</td>` +
    `<td><code>${escapeHtml(r.ref ?? '')}</code></td>` +
    `<td>${runCell}</td>` +
    `<td class="grade">${escapeHtml(r.grade)}</td>` +
    counts +
    `<td><time datetime="${escapeHtml(r.publishedAt)}">${escapeHtml(displayDate(r.publishedAt))}</time></td></tr>`
  );
}

/** reports/<path>/<entry>, relative to the index, each segment URL-encoded. */
export function reportHref(r: Pick<PublishedReport, 'reportPath' | 'entry'>): string {
  const segments = ['reports', ...r.reportPath.split('/'), ...(r.entry ? r.entry.split('/') : [])].map(encodeURIComponent);
  return r.entry ? segments.join('/') : `${segments.join('/')}/`;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** 2025-03-01T10:04:05.000Z → "2025-03-01 10:04 UTC". */
function displayDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
