import { SEVERITIES } from '../../../lib/severity';
import type { Capped, ReportFinding } from '../model';
import type { Item } from './collect-findings';
import { selectFirst } from './select-first';

/**
 * The most severe findings first (then by file and line), at most `limit`, with the count left
 * out. Findings are bucketed by severity, and from each bucket that reaches the list only the
 * first ones in order are picked (selectFirst), so 50,000 findings are never sorted.
 */
export function cappedFindings(items: readonly Item[], limit: number): Capped<ReportFinding> {
  const buckets = new Map(SEVERITIES.map((s) => [s, [] as Item[]]));
  for (const i of items) buckets.get(i.severity)!.push(i);
  const out: ReportFinding[] = [];
  for (const s of SEVERITIES) {
    const room = limit - out.length;
    if (room <= 0) break;
    for (const i of selectFirst(buckets.get(s)!, room, byPlace)) out.push(toReportFinding(i));
  }
  return { items: out, total: items.length, omitted: items.length - out.length };
}

export function toReportFinding(i: Item): ReportFinding {
  const f: ReportFinding = { severity: i.severity, kind: i.kind, tool: i.tool, ruleId: i.ruleId, message: i.message };
  if (i.file !== undefined) f.file = i.file;
  if (i.line !== undefined) f.line = i.line;
  return f;
}

function byPlace(a: Item, b: Item): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0);
}
