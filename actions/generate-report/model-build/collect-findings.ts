import { securitySeverityOf } from '../../../lib/sarif/result-record';
import type { SarifLog, SarifResult, SarifResultLevel, SarifRule, SarifRun } from '../../../lib/sarif/types';
import { severityFromSarifLevel, severityFromScore } from '../../../lib/severity';
import type { ReportFinding } from '../model';
import type { AnalysisData } from '../sources/documents';
import { dependencyFacts, type DependencyFacts } from './dependency-facts';

/**
 * Every finding of both required sources on one footing, read once: analysis.json's lint
 * findings and security.sarif's results, each with the suite's severity, its SARIF level (for
 * `findings[error]` gates) and what kind of finding it is (a leaked secret, a vulnerable
 * dependency, a code weakness, a lint finding).
 */

export type FindingKind = 'lint' | 'code' | 'dependency' | 'secret';

export interface Item extends ReportFinding {
  kind: FindingKind;
  level: SarifResultLevel;
  source: 'analysis' | 'security';
  dependency?: DependencyFacts;
}

/** Rule metadata for recommendations, by `tool \0 ruleId`. */
export type RuleInfo = Map<string, { description?: string; helpUri?: string }>;

export const ruleKey = (tool: string, ruleId: string) => `${tool}\u0000${ruleId}`;

export function analysisItems(data: AnalysisData): Item[] {
  const items: Item[] = [];
  for (const file of data.files) {
    for (const f of file.findings) {
      items.push({ severity: f.severity, tool: f.tool, ruleId: f.ruleId, message: f.message, file: file.path, line: f.line, kind: 'lint', level: f.level, source: 'analysis', dependency: undefined });
    }
  }
  return items;
}

// Secret scanners by name (secretlint, gitleaks, trufflehog, detect-secrets, ggshield, …) and rules
// tagged as secrets (GitHub's own convention for secret-scanning rules in SARIF).
const SECRET_TOOL = /secret|gitleaks|trufflehog|ggshield|talisman/i;

function isSecretRun(run: SarifRun): boolean {
  return SECRET_TOOL.test(run.tool.driver.name) || /secret/i.test(run.automationDetails?.id ?? '');
}

function isSecretRule(rule: SarifRule | undefined): boolean {
  const tags = (rule?.properties as { tags?: unknown } | undefined)?.tags;
  return Array.isArray(tags) && tags.some((t) => t === 'secret' || t === 'secrets');
}

function isDependencyRule(rule: SarifRule | undefined): boolean {
  const tags = (rule?.properties as { tags?: unknown } | undefined)?.tags;
  return Array.isArray(tags) && tags.includes('dependency');
}

export function securityItems(log: SarifLog): Item[] {
  const items: Item[] = [];
  for (const run of log.runs) {
    const tool = run.tool.driver.name;
    const rules = run.tool.driver.rules ?? [];
    const byId = new Map<string, SarifRule>();
    for (const r of rules) if (!byId.has(r.id)) byId.set(r.id, r);
    const secretRun = isSecretRun(run);
    // What a rule says is read once per rule, not once per result: a run may hold 25,000 results.
    const facts = new Map<SarifRule | undefined, RuleFacts>();
    for (const result of run.results ?? []) {
      if (!isOpen(result)) continue;
      const rule = ruleOf(result, rules, byId);
      let known = facts.get(rule);
      if (!known) {
        known = { score: securitySeverityOf(rule?.properties), secret: secretRun || isSecretRule(rule), dependency: isDependencyRule(rule) };
        facts.set(rule, known);
      }
      const ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
      const score = (result.properties !== undefined ? securitySeverityOf(result.properties) : undefined) ?? known.score;
      const level: SarifResultLevel = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      const message = messageOf(result, rule);
      const location = result.locations?.[0]?.physicalLocation;
      const dependency = known.secret ? undefined : dependencyFacts(result, message);
      // Every item has every property (undefined when unknown): one object shape keeps the loops over 50,000 of them fast.
      items.push({
        severity: score !== undefined && score > 0 ? severityFromScore(score) : severityFromSarifLevel(level),
        tool,
        ruleId,
        message,
        file: location?.artifactLocation?.uri || undefined,
        line: location?.region?.startLine || undefined,
        kind: known.secret ? 'secret' : dependency || known.dependency ? 'dependency' : 'code',
        level,
        source: 'security',
        dependency,
      });
    }
  }
  return items;
}

/**
 * Whether a result is a finding to report: not a check that passed or did not apply (SARIF
 * `kind`), and not suppressed in the source or by a reviewer (a `# nosemgrep`, a dismissed alert),
 * which code scanning also shows as closed. A suppression without a status counts as accepted;
 * one under review or rejected leaves the finding open.
 */
function isOpen(result: SarifResult): boolean {
  if (result.kind === 'pass' || result.kind === 'notApplicable') return false;
  return !(result.suppressions ?? []).some((s) => s.status === undefined || s.status === 'accepted');
}

interface RuleFacts {
  score: number | undefined;
  secret: boolean;
  dependency: boolean;
}

/** Rule descriptions and documentation links of every run in the logs. */
export function ruleInfo(logs: readonly (SarifLog | undefined)[]): RuleInfo {
  const info: RuleInfo = new Map();
  for (const log of logs) {
    for (const run of log?.runs ?? []) {
      for (const rule of run.tool.driver.rules ?? []) {
        const description = rule.shortDescription?.text ?? rule.fullDescription?.text;
        info.set(ruleKey(run.tool.driver.name, rule.id), { ...(description ? { description } : {}), ...(rule.helpUri ? { helpUri: rule.helpUri } : {}) });
      }
    }
  }
  return info;
}

function ruleOf(result: SarifResult, rules: readonly SarifRule[], byId: Map<string, SarifRule>): SarifRule | undefined {
  const index = result.ruleIndex ?? result.rule?.index;
  // A rule in a tool extension (result.rule.toolComponent) is not in the driver's table.
  if (index !== undefined && index >= 0 && result.rule?.toolComponent === undefined && rules[index]) return rules[index];
  const id = result.ruleId ?? result.rule?.id;
  return id !== undefined ? byId.get(id) : undefined;
}

/** The message text; a message given by id is looked up in the rule's messageStrings ({0} arguments filled in). */
function messageOf(result: SarifResult, rule: SarifRule | undefined): string {
  const m = result.message;
  if (m.text !== undefined) return m.text;
  if (m.markdown !== undefined) return m.markdown;
  const template = m.id !== undefined ? rule?.messageStrings?.[m.id]?.text : undefined;
  if (template === undefined) return '';
  return template.replace(/\{(\d+)\}/g, (all, i: string) => m.arguments?.[Number(i)] ?? all);
}
