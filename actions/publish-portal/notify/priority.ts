import type { ReportSummary } from '../model';
import { SEVERITIES } from '../../../lib/severity';

/** How urgent a report is, from its worst finding. */
export const PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The notify-on threshold: a priority to reach, or "always". */
export const NOTIFY_ON = [...PRIORITIES, 'always'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

const RANK: Record<Priority, number> = { critical: 4, high: 3, medium: 2, low: 1 };

/**
 * The priority of a report: its worst finding's severity; notes only, or no findings, is low.
 * Falls back to the counts when `worst` is not set, so a summary built by hand still ranks.
 */
export function priorityFor(summary: ReportSummary): Priority {
  const worst = summary.worst ?? SEVERITIES.find((s) => s !== 'note' && (summary.counts[s] ?? 0) > 0);
  return worst === undefined || worst === 'note' ? 'low' : worst;
}

/** True when a report of this priority is worth a notification under `notifyOn`. */
export function shouldNotify(priority: Priority, notifyOn: NotifyOn): boolean {
  return notifyOn === 'always' || RANK[priority] >= RANK[notifyOn];
}
