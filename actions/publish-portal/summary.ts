import { escapeMarkdown, markdownTable } from '../../lib/markdown';
import type { PublishedLocation, PublishTarget, ReportBundle } from './model';
import { redactUrls, type DestinationName, type PublishAllResult } from './publish-all';
import type { CommitStatusResult } from './status/commit-status';

/**
 * The job summary of a publish: one row per destination (what happened, where to open it), the
 * fallback artifact when something failed, and the commit status. Everything that comes from
 * outside (error messages, titles, URLs) is escaped; only http(s) URLs become links.
 */

export interface PublishSummaryOptions {
  result: PublishAllResult;
  bundle: ReportBundle;
  target?: PublishTarget;
  /** What setCommitStatus did, when it was asked to. */
  status?: CommitStatusResult;
}

const LABELS: Record<DestinationName, string> = { 'github-pages': 'GitHub Pages', s3: 'S3', webhook: 'Webhook' };
const ORDER: readonly DestinationName[] = ['github-pages', 's3', 'webhook'];

export function publishSummaryMarkdown({ result, bundle, target, status }: PublishSummaryOptions): string {
  const title = bundle.summary.title ? `: ${escapeMarkdown(bundle.summary.title)}` : '';
  const failed = result.failed.length;
  const heading =
    result.published.length === 0 && failed > 0
      ? '### ❌ Report not published'
      : failed > 0
        ? '### ⚠️ Report partly published'
        : '### ✅ Report published';

  type Row = { destination: DestinationName; cells: (string | { md: string })[] };
  const rows: Row[] = [
    ...result.published.map((p) => ({
      destination: p.destination,
      cells: [LABELS[p.destination] ?? p.destination, p.changed ? '✅ published' : '✅ unchanged (already there)', { md: linksOf(p) }],
    })),
    ...result.failed.map((f) => ({
      destination: f.destination,
      cells: [LABELS[f.destination] ?? f.destination, `❌ failed: ${firstLine(f.error)}`, { md: '—' }],
    })),
  ].sort((a, b) => ORDER.indexOf(a.destination) - ORDER.indexOf(b.destination));

  const lines = [
    `${heading}${title}`,
    '',
    markdownTable(
      ['Destination', 'Result', 'Link'],
      rows.map((r) => r.cells),
    ),
  ];

  if (result.fallbackArtifact) {
    const artifact = result.fallbackArtifact;
    const page = artifact.store === 'github' && artifact.id !== undefined ? artifactPage(target?.runUrl, artifact.id) : undefined;
    const name = page ? link(artifact.name, page) : `\`${artifact.name.replace(/`/g, "'")}\``;
    lines.push('', `Because ${failed === 1 ? 'a destination' : 'destinations'} failed, the whole report bundle was uploaded as artifact ${name} (${escapeMarkdown(artifact.location)}), so nothing is lost.`);
  } else if (result.fallbackError) {
    lines.push('', `The fallback artifact could not be uploaded either: ${escapeMarkdown(firstLine(result.fallbackError))}`);
  }

  if (status) {
    const context = `\`${status.context.replace(/`/g, "'")}\``;
    lines.push(
      '',
      status.outcome === 'set'
        ? `Commit status ${context}: ${escapeMarkdown(status.state)}, “${escapeMarkdown(status.description)}”.`
        : `Commit status ${context} was not set: ${escapeMarkdown(status.message.split('\n').slice(1).join(' ') || firstLine(status.message))}`,
    );
  }

  lines.push('', `Report id \`${bundle.reportId.slice(0, 12)}\` · ${bundle.files.length} file${bundle.files.length === 1 ? '' : 's'}${target ? ` · ${escapeMarkdown(target.reportPath)}` : ''}`);
  return `${lines.join('\n')}\n`;
}

function linksOf(location: PublishedLocation): string {
  const links = [link('open report', location.url)];
  for (const [name, url] of Object.entries(location.links ?? {})) {
    // A presigned URL is a read credential: whoever can read the job summary (everyone, on a
    // public repository) could open the client's report. It stays in the step output only.
    if (redactUrls(url) !== url) links.push(`${escapeMarkdown(name)} (in the step output \`presigned-url\`)`);
    else links.push(link(name, url));
  }
  return links.join(' · ');
}

/** A Markdown link when `url` is http(s), else the escaped text: no javascript: or data: links. */
export function link(text: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(url);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(url);
  // WHATWG serialisation encodes spaces, quotes and angle brackets; what is left that Markdown or
  // a table reads (parentheses end the link, | ends the cell) is encoded here.
  const href = parsed.href.replace(/[()|[\]\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(text)}](${href})`;
}

/** …/actions/runs/123 → …/actions/runs/123/artifacts/7 (attempt suffix dropped). */
function artifactPage(runUrl: string | undefined, id: number): string | undefined {
  const m = runUrl ? /^(https?:\/\/.+\/actions\/runs\/\d+)(\/attempts\/\d+)?\/?$/.exec(runUrl) : null;
  return m ? `${m[1]}/artifacts/${id}` : undefined;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
