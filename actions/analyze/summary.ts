import { escapeMarkdown, markdownTable } from '../../lib/markdown';
import type { AnalysisDocument } from './analysis-document';
import { formatSeconds } from './run-tools';

const TOP = 10;

/** The job summary: totals per tool, what failed and why, the worst files and functions. */
export function renderSummary(doc: AnalysisDocument, extra: { notRun: { name: string; reason: string }[]; changedFilesOnly: boolean; annotationsLeftOut: number }): string {
  const t = doc.totals;
  const lines: string[] = ['## Assay analyze', ''];
  const scope = extra.changedFilesOnly ? ' on the lines this pull request changes' : '';
  lines.push(
    `**${t.findings} finding${t.findings === 1 ? '' : 's'}**${scope} in ${t.files} file${t.files === 1 ? '' : 's'} analysed ` +
      `(${doc.languages.join(', ') || 'no languages detected'}).` +
      (t.errors > 0 ? ` **${t.errors} tool${t.errors === 1 ? '' : 's'} failed** — the results below are incomplete.` : ''),
    '',
  );
  const tools = doc.tools.filter((tool) => !tool.name.endsWith('-complexity'));
  if (tools.length > 0) {
    lines.push(
      markdownTable(
        ['tool', 'version', 'status', 'findings', 'critical', 'high', 'medium', 'low', 'note', 'time'],
        tools.map((tool) => [
          tool.name,
          tool.version ?? '',
          tool.status,
          tool.findings,
          tool.counts.critical,
          tool.counts.high,
          tool.counts.medium,
          tool.counts.low,
          tool.counts.note,
          formatSeconds(tool.durationMs),
        ]),
      ),
      '',
    );
  }
  const problems = [
    ...doc.tools.filter((tool) => tool.status !== 'ok').map((tool) => ({ name: tool.name, status: tool.status, reason: tool.reason ?? '' })),
    ...extra.notRun.map((n) => ({ name: n.name, status: 'not run', reason: n.reason })),
  ];
  if (problems.length > 0) {
    lines.push('### Tools that did not report', '');
    for (const p of problems) lines.push(`- **${escapeMarkdown(p.name)}** (${p.status}): ${escapeMarkdown(p.reason)}`);
    lines.push('');
  }
  const worstFiles = doc.files
    .filter((f) => f.findings.length > 0)
    .sort((a, b) => b.findings.length - a.findings.length || a.path.localeCompare(b.path))
    .slice(0, TOP);
  if (worstFiles.length > 0) {
    lines.push('### Files with the most findings', '', markdownTable(['file', 'findings', 'rules'], worstFiles.map((f) => [f.path, f.findings.length, [...new Set(f.findings.map((x) => x.ruleId))].slice(0, 5).join(', ')])), '');
  }
  const functions = doc.files
    .flatMap((f) => (f.functions ?? []).map((fn) => ({ ...fn, file: f.path })))
    .sort((a, b) => b.complexity - a.complexity || a.file.localeCompare(b.file))
    .slice(0, TOP);
  if (functions.length > 0) {
    lines.push(
      '### Most complex functions',
      '',
      markdownTable(['function', 'file', 'complexity', 'coverage'], functions.map((fn) => [fn.name, `${fn.file}:${fn.line}`, fn.complexity, fn.coverage === undefined ? '' : `${fn.coverage}%`])),
      '',
    );
  }
  if (t.coverage) lines.push(`Line coverage: **${t.coverage.percent}%** (${t.coverage.linesCovered} of ${t.coverage.linesTotal} lines).`, '');
  if (extra.annotationsLeftOut > 0) lines.push(`${extra.annotationsLeftOut} more findings are not shown as annotations; all are in analysis.sarif.`, '');
  return lines.join('\n');
}
