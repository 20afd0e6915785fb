import * as path from 'node:path';
import type { RunRuleInfo } from '../../../lib/sarif/build-run';
import { sarifLevelForSeverity, type Severity } from '../../../lib/severity';
import type { SecurityFinding } from '../model';
import { maskSecret } from '../secrets/mask';
import { BANDIT_CWE } from './bandit-cwe';
import { securityRule } from './scanner';

/** Bandit's `-f json` report, the parts Assay reads (1.6.2 and later). */
export interface BanditReport {
  errors?: { filename: string; reason: string }[];
  results?: BanditResult[];
}

export interface BanditResult {
  filename: string;
  test_id: string;
  test_name: string;
  issue_severity: BanditLevel;
  issue_confidence: BanditLevel;
  issue_text: string;
  line_number: number;
  line_range?: number[];
  /** 0-based; Bandit 1.7.3 and later. */
  col_offset?: number;
  /** 0-based, exclusive; Bandit 1.7.5 and later. */
  end_col_offset?: number;
  more_info?: string;
  /** Bandit 1.7.3 and later: `{ id: 78, link: … }`, `{}` when the check names none. */
  issue_cwe?: { id?: number; link?: string };
}

export type BanditLevel = 'HIGH' | 'MEDIUM' | 'LOW' | 'UNDEFINED';

/**
 * Severity from Bandit's severity and confidence. Bandit's severity is how bad the issue is if
 * real, its confidence how sure it is that it is real; a finding it is unsure of is ranked one
 * step lower, and Bandit never says critical:
 *
 * | severity \ confidence | HIGH   | MEDIUM | LOW    |
 * |-----------------------|--------|--------|--------|
 * | HIGH                  | high   | high   | medium |
 * | MEDIUM                | medium | medium | low    |
 * | LOW                   | low    | low    | low    |
 *
 * The score (`security-severity`) keeps the nine cells apart within a band, so GitHub sorts a
 * HIGH/HIGH shell injection above a HIGH/MEDIUM one.
 */
const SCORES: Record<string, number> = {
  'HIGH/HIGH': 8.5,
  'HIGH/MEDIUM': 7.5,
  'HIGH/LOW': 6.0,
  'MEDIUM/HIGH': 6.5,
  'MEDIUM/MEDIUM': 5.5,
  'MEDIUM/LOW': 3.5,
  'LOW/HIGH': 3.5,
  'LOW/MEDIUM': 2.5,
  'LOW/LOW': 1.5,
};

export function banditSeverity(severity: BanditLevel, confidence: BanditLevel): { severity: Severity; score: number } {
  const score = SCORES[`${severity}/${confidence}`] ?? SCORES[`${severity}/MEDIUM`] ?? 2.5;
  return { severity: score >= 7.0 ? 'high' : score >= 4.0 ? 'medium' : 'low', score };
}

/** The CWE Bandit reports, else the one of its check (bandit-cwe.ts). */
export function banditCwe(result: BanditResult): number | undefined {
  const reported = result.issue_cwe?.id;
  if (typeof reported === 'number' && reported > 0) return reported;
  return BANDIT_CWE[result.test_id];
}

// B105–B107 quote the password they found ("Possible hardcoded password: 'hunter2'").
const PASSWORD_CHECKS = new Set(['B105', 'B106', 'B107']);

/** Bandit's text, with a quoted hard-coded password masked (it is a secret like any other). */
export function banditMessage(result: BanditResult): string {
  const text = result.issue_text.trim();
  if (!PASSWORD_CHECKS.has(result.test_id)) return text;
  return text.replace(/'((?:[^'\\]|\\.)*)'/g, (_whole, value: string) => `'${maskSecret(value)}'`);
}

/** `name` → `file` relative to the root, forward slashes (Bandit prints paths as it was given them). */
function relativeFile(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
}

/**
 * Findings and rules from Bandit reports (one per batch of files). Lines are 1-based in Bandit;
 * its columns are 0-based, so they are shifted to SARIF's 1-based columns. `line_range` gives the
 * last line of a finding that spans several. Errors (files Bandit could not parse) become notes.
 */
export function findingsFromBandit(reports: readonly BanditReport[], root: string): { findings: SecurityFinding[]; rules: RunRuleInfo[]; notes: string[] } {
  const findings: SecurityFinding[] = [];
  const rules = new Map<string, { result: BanditResult; score: number }>();
  const unparsed: string[] = [];
  for (const report of reports) {
    for (const e of report.errors ?? []) unparsed.push(`${relativeFile(root, e.filename)} (${e.reason})`);
    for (const r of report.results ?? []) {
      const { severity, score } = banditSeverity(r.issue_severity, r.issue_confidence);
      const lastLine = Math.max(r.line_number, ...(r.line_range ?? []));
      findings.push({
        ruleId: r.test_id,
        level: sarifLevelForSeverity(severity),
        severity,
        securitySeverity: score,
        message: banditMessage(r),
        file: relativeFile(root, r.filename),
        line: r.line_number,
        ...(lastLine > r.line_number ? { endLine: lastLine } : {}),
        ...(typeof r.col_offset === 'number' ? { column: r.col_offset + 1 } : {}),
        ...(typeof r.end_col_offset === 'number' && lastLine === r.line_number ? { endColumn: r.end_col_offset + 1 } : {}),
      });
      // GitHub reads one security-severity per rule: the rule takes its most severe finding's.
      const known = rules.get(r.test_id);
      if (!known || score > known.score) rules.set(r.test_id, { result: r, score });
    }
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : 1)));
  const notes = unparsed.length > 0 ? [`Bandit could not parse ${unparsed.length} file(s), so nothing in them was checked: ${unparsed.slice(0, 10).join('; ')}${unparsed.length > 10 ? '; …' : ''}`] : [];
  return {
    findings,
    rules: [...rules.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, { result, score }]) => ruleInfo(id, result, score)),
    notes,
  };
}

function ruleInfo(id: string, result: BanditResult, score: number): RunRuleInfo {
  const cwe = banditCwe(result);
  return securityRule({
    id,
    // 1.6.2 names every blacklist check "blacklist"; the id keeps them apart.
    name: result.test_name === 'blacklist' ? `blacklist_${id}` : result.test_name,
    description: `Bandit ${id} (${result.test_name.replace(/_/g, ' ')})`,
    help: `${banditMessage(result)}\n\nBandit check ${id} ${result.test_name}. Mark a reviewed line with \`# nosec\` to silence it.`,
    ...(result.more_info ? { helpUri: result.more_info } : {}),
    ...(cwe ? { cwes: [cwe] } : {}),
    score,
  });
}
