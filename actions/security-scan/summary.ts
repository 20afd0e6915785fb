import { escapeMarkdown, markdownTable } from '../../lib/markdown';
import { formatMergeSummary } from '../../lib/sarif/merge-summary';
import { compareSeverity, countBySeverity } from '../../lib/severity';
import { formatSeconds } from '../../lib/tasks/run-tasks';
import type { ScanProjectResult } from './scan-project';

const TOP = 15;

/** security.json: counts per severity and tool, scanners' status, what was cut, the upload. */
export function securityJson(scan: ScanProjectResult, extra: { generatedAt: string; upload?: Record<string, unknown> }): Record<string, unknown> {
  const byTool: Record<string, number> = {};
  for (const r of scan.scored) byTool[r.tool] = (byTool[r.tool] ?? 0) + 1;
  return {
    schemaVersion: 1,
    generatedAt: extra.generatedAt,
    totals: { findings: scan.scored.length, bySeverity: countBySeverity(scan.scored.map((r) => r.severity)), byTool },
    scanners: scan.results.map((r) => ({
      name: r.name,
      status: r.status,
      ...(r.reason ? { reason: r.reason } : {}),
      durationMs: r.durationMs,
      ...(r.output ? { version: r.output.tool.version, findings: r.output.findings.length } : {}),
    })),
    runs: scan.merged.summary.runs,
    cuts: scan.merged.summary.cuts,
    problems: scan.problems,
    convertFailures: scan.convertFailures,
    notes: [...scan.notes, ...scan.merged.summary.notes],
    ...(extra.upload ? { upload: extra.upload } : {}),
  };
}

/** The job summary: counts, scanners, the most severe findings (secrets arrive already masked). */
export function renderSecuritySummary(scan: ScanProjectResult, upload?: string): string {
  const counts = countBySeverity(scan.scored.map((r) => r.severity));
  const lines = ['## Assay security scan', ''];
  lines.push(markdownTable(['critical', 'high', 'medium', 'low', 'note'], [[counts.critical, counts.high, counts.medium, counts.low, counts.note]]), '');
  if (scan.results.length === 0) lines.push('No scanner ran (scanners: none): the findings are those of the SARIF given in sarif-files and convert.', '');
  else {
    lines.push(
      markdownTable(
        ['scanner', 'status', 'findings', 'time', 'note'],
        scan.results.map((r) => [r.name, r.status, r.output?.findings.length ?? '', formatSeconds(r.durationMs), r.reason ?? '']),
      ),
      '',
    );
  }
  const top = [...scan.scored].sort((a, b) => compareSeverity(a.severity, b.severity)).slice(0, TOP);
  if (top.length > 0) {
    lines.push('### Most severe findings', '', markdownTable(['severity', 'tool', 'rule', 'where', 'message'], top.map((r) => [r.severity, r.tool, r.ruleId, r.file ? `${r.file}:${r.line ?? ''}` : '', r.message.slice(0, 200)])), '');
    if (scan.scored.length > TOP) lines.push(`${scan.scored.length - TOP} more findings are in security.sarif.`, '');
  }
  lines.push('### SARIF', '', ...formatMergeSummary(scan.merged.summary).map((l) => `- ${escapeMarkdown(l)}`), '');
  if (scan.problems.length > 0 || scan.convertFailures.length > 0) {
    lines.push('### Input that could not be used', '');
    for (const p of scan.problems) lines.push(`- ${escapeMarkdown(`${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`)}`);
    for (const f of scan.convertFailures) lines.push(`- ${escapeMarkdown(`${f.file} (${f.format}): ${f.reason}`)}`);
    lines.push('');
  }
  if (upload) lines.push(upload, '');
  return lines.join('\n');
}
