import { SEVERITIES, type Severity } from '../../../lib/severity';
import type { ReportModel } from '../model';

/**
 * Against the previous report.json: the score's change and, per severity, the change in
 * findings (analysis and security together, as metrics.findings.bySeverity counts them).
 * Positive means more than before: a better score, or more findings.
 */
export function trendAgainst(previous: ReportModel, grade: ReportModel['grade'], bySeverity: Record<Severity, number>): NonNullable<ReportModel['summary']['trend']> {
  const before = previous.metrics.findings.bySeverity as Partial<Record<Severity, number>>;
  const findingsDelta = Object.fromEntries(SEVERITIES.map((s) => [s, bySeverity[s] - (before[s] ?? 0)])) as Record<Severity, number>;
  return {
    previousGrade: previous.grade.letter,
    previousScore: previous.grade.score,
    scoreDelta: grade.score - previous.grade.score,
    findingsDelta,
  };
}
