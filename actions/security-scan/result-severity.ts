import { severityFromSarifLevel, severityFromScore, type Severity } from '../../lib/severity';
import type { SarifLog } from '../../lib/sarif/types';

/** A result of the merged log, as the summary, outputs and gate see it. */
export interface ScoredResult {
  tool: string;
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
}

/**
 * The severity GitHub would show: the `security-severity` score of the result or its rule
 * (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0), else the result's level. SARIF from other
 * tools (CodeQL, Semgrep…) is scored the same way as ours.
 */
export function scoreResults(log: SarifLog): ScoredResult[] {
  const scored: ScoredResult[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const result of run.results ?? []) {
      const rule = (result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined) ?? (result.ruleId ? byId.get(result.ruleId) : undefined);
      const score = Number((result.properties as Record<string, unknown> | undefined)?.['security-severity'] ?? (rule?.properties as Record<string, unknown> | undefined)?.['security-severity']);
      const level = result.level ?? rule?.defaultConfiguration?.level;
      const location = result.locations?.[0]?.physicalLocation;
      scored.push({
        tool: run.tool.driver.name,
        ruleId: result.ruleId ?? rule?.id ?? 'unknown',
        // A note without a score (an informational advisory such as "unmaintained") stays a note, as GitHub shows it.
        severity: Number.isFinite(score) && score > 0 ? severityFromScore(score) : level === 'note' ? 'note' : severityFromSarifLevel(level),
        message: result.message.text ?? result.message.markdown ?? '',
        ...(location?.artifactLocation?.uri ? { file: location.artifactLocation.uri } : {}),
        ...(location?.region?.startLine ? { line: location.region.startLine } : {}),
      });
    }
  }
  return scored;
}
