/**
 * The one severity scale of the suite. Security findings use critical…low; lint findings that
 * carry no security meaning may be "note". GitHub's mapping of `security-severity` scores is the
 * reference: ≥ 9.0 critical, ≥ 7.0 high, ≥ 4.0 medium, > 0 low.
 */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A gate threshold: a severity, or "none" to never fail. */
export type SeverityThreshold = Severity | 'none';

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, note: 0 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

/** Sorts most severe first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** True when `s` is at or above the threshold ("none" is never reached). */
export function meetsThreshold(s: Severity, threshold: SeverityThreshold): boolean {
  return threshold !== 'none' && RANK[s] >= RANK[threshold];
}

/** From a CVSS base score or a SARIF `security-severity` value (0.0–10.0). */
export function severityFromScore(score: number): Severity {
  if (!Number.isFinite(score) || score <= 0) return 'note';
  if (score >= 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  return 'low';
}

/** A representative score to write back as `security-severity` when only a label is known. */
export function scoreForSeverity(s: Severity): number {
  return { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0, note: 0.0 }[s];
}

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** A SARIF result level as a severity, for tools that give no score (linters). */
export function severityFromSarifLevel(level: SarifLevel | undefined): Severity {
  switch (level) {
    case 'error':
      return 'high';
    case 'note':
      return 'low';
    case 'none':
      return 'note';
    default:
      return 'medium'; // SARIF's default level is "warning"
  }
}

export function sarifLevelForSeverity(s: Severity): SarifLevel {
  if (s === 'critical' || s === 'high') return 'error';
  if (s === 'medium') return 'warning';
  return 'note';
}

/** Counts per severity, every key present, for outputs and summaries. */
export function countBySeverity(items: Iterable<Severity>): Record<Severity, number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, note: 0 };
  for (const s of items) counts[s]++;
  return counts;
}
