import type { ReportModel } from '../model';
import type { ReportFacts } from '../model-build/report-facts';
import { COUNT_RULES, COVERAGE_TIERS, LETTERS, SEVERE_CEILING, type CountRule, type GradeLetter } from './grading-rules';

/** The grade from the facts, by the rules in grading-rules.ts; every deduction is a reason. */
export function computeGrade(facts: ReportFacts): ReportModel['grade'] {
  const reasons: ReportModel['grade']['reasons'] = [];
  let score = 100;
  const deduct = (points: number, reason: string) => {
    if (points <= 0) return;
    score -= points;
    reasons.push({ points: -points, reason });
  };
  const count = (rule: CountRule, n: number, detail = '') => {
    if (n <= 0) return;
    const steps = Math.floor(n / (rule.per ?? 1));
    const points = Math.min(rule.cap, steps * rule.points);
    const each = rule.per ? `${rule.points} per ${rule.per}` : `${rule.points} each`;
    deduct(points, `${n} ${n === 1 ? rule.one : rule.many}${detail} (${each}, at most ${rule.cap})`);
  };

  const v = facts.vulnerabilities;
  count(COUNT_RULES.secrets, facts.secrets.length);
  count(COUNT_RULES.criticalVulnerabilities, v.critical);
  count(COUNT_RULES.highVulnerabilities, v.high);
  count(COUNT_RULES.mediumVulnerabilities, v.medium);
  count(COUNT_RULES.highLint, facts.lint.critical + facts.lint.high);
  count(COUNT_RULES.mediumLint, facts.lint.medium);
  if (facts.coverage) {
    const tier = COVERAGE_TIERS.find((t) => facts.coverage!.percent < t.below);
    if (tier) deduct(tier.points, `line coverage ${facts.coverage.percent}% is below ${tier.below}%`);
  }
  count(COUNT_RULES.failedTools, facts.failedTools.length, facts.failedTools.length > 0 ? `: ${facts.failedTools.map((t) => t.name).join(', ')}` : '');
  count(COUNT_RULES.regressions, facts.regressions.length, facts.regressions.length > 0 ? `: ${facts.regressions.map((b) => b.name).join(', ')}` : '');

  score = Math.max(0, score);
  if ((facts.secrets.length > 0 || v.critical > 0) && score > SEVERE_CEILING) {
    const why = facts.secrets.length > 0 ? 'a secret was found in the code' : 'there is a critical vulnerability';
    deduct(score - SEVERE_CEILING, `capped at ${SEVERE_CEILING} (a C) because ${why}`);
  }
  return { letter: letterFor(score), score, reasons };
}

export function letterFor(score: number): GradeLetter {
  return LETTERS.find((l) => score >= l.min)!.letter;
}

/** A letter's rank, higher is better; undefined for what is not a grade. Accepts − and - alike. */
export function letterRank(letter: string): number | undefined {
  const normal = letter.trim().toUpperCase().replace('−', '-');
  const index = LETTERS.findIndex((l) => l.letter === normal);
  return index < 0 ? undefined : LETTERS.length - index;
}
