/**
 * The grade: documented rules, the same here, in docs/grading.md and in the report's reasons.
 * (test/report-model.test.ts holds docs/grading.md to these numbers.)
 *
 *   Start at 100 and subtract, per rule, `points` for each counted item, at most `cap`:
 *
 *   rule                    counts                                                    points  cap
 *   secrets                 secrets found by a secret scanner                         20      40
 *   critical-vulnerabilities critical security findings that are not secrets          15      45
 *   high-vulnerabilities    high security findings that are not secrets               5       25
 *   medium-vulnerabilities  medium security findings that are not secrets             1       10
 *   high-lint               critical or high analysis (lint) findings                 1       10
 *   medium-lint             medium analysis findings, per full 10                     1       5
 *   failed-tools            analysis tools, security scanners, benchmarks that
 *                           failed or timed out                                       5       15
 *   regressions             benchmarks whose baseline comparison says "regressed"     5       15
 *
 *   Line coverage (when measured): below 80 % −5, below 60 % −10, below 40 % −15 (one tier).
 *   Ceiling: with any secret or critical vulnerability the score is at most 76 (a C), whatever
 *   else is clean: one leaked key outweighs a tidy code base.
 *   The score is never below 0. Low and note findings never cost points; a missing optional
 *   source (no coverage, no benchmarks) costs nothing, and the report says it is missing.
 *
 *   Letters: A+ ≥ 97, A ≥ 93, A− ≥ 90, B+ ≥ 87, B ≥ 83, B− ≥ 80, C+ ≥ 77, C ≥ 73, C− ≥ 70,
 *   D+ ≥ 67, D ≥ 63, D− ≥ 60, F below 60.
 *
 * Why these weights: a leaked secret or a critical vulnerability is exploitable today and each
 * one is worth fixing first, so they cost the most; caps keep a single noisy category (hundreds
 * of lint findings) from hiding everything else, so a project with many small problems and one
 * with a few severe ones both land where a reviewer would put them.
 */

export interface CountRule {
  id: string;
  /** What one counted item is, singular and plural, for the reasons. */
  one: string;
  many: string;
  points: number;
  cap: number;
  /** Items per deduction step (medium lint: one point per full 10). */
  per?: number;
}

export const COUNT_RULES = {
  secrets: { id: 'secrets', one: 'secret found in the code', many: 'secrets found in the code', points: 20, cap: 40 },
  criticalVulnerabilities: { id: 'critical-vulnerabilities', one: 'critical vulnerability', many: 'critical vulnerabilities', points: 15, cap: 45 },
  highVulnerabilities: { id: 'high-vulnerabilities', one: 'high vulnerability', many: 'high vulnerabilities', points: 5, cap: 25 },
  mediumVulnerabilities: { id: 'medium-vulnerabilities', one: 'medium vulnerability', many: 'medium vulnerabilities', points: 1, cap: 10 },
  highLint: { id: 'high-lint', one: 'critical or high analysis finding', many: 'critical or high analysis findings', points: 1, cap: 10 },
  mediumLint: { id: 'medium-lint', one: 'medium analysis finding', many: 'medium analysis findings', points: 1, cap: 5, per: 10 },
  failedTools: { id: 'failed-tools', one: 'tool that failed or timed out', many: 'tools that failed or timed out', points: 5, cap: 15 },
  regressions: { id: 'regressions', one: 'performance regression', many: 'performance regressions', points: 5, cap: 15 },
} as const satisfies Record<string, CountRule>;

/** Coverage tiers, checked from the lowest: the first that applies is the deduction. */
export const COVERAGE_TIERS = [
  { below: 40, points: 15 },
  { below: 60, points: 10 },
  { below: 80, points: 5 },
] as const;

/** With a secret or a critical vulnerability the score is at most this (the top of a C). */
export const SEVERE_CEILING = 76;

export const LETTERS = [
  { letter: 'A+', min: 97 },
  { letter: 'A', min: 93 },
  { letter: 'A-', min: 90 },
  { letter: 'B+', min: 87 },
  { letter: 'B', min: 83 },
  { letter: 'B-', min: 80 },
  { letter: 'C+', min: 77 },
  { letter: 'C', min: 73 },
  { letter: 'C-', min: 70 },
  { letter: 'D+', min: 67 },
  { letter: 'D', min: 63 },
  { letter: 'D-', min: 60 },
  { letter: 'F', min: 0 },
] as const;

export type GradeLetter = (typeof LETTERS)[number]['letter'];
