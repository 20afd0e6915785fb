import type { RunRuleInfo } from '../../../lib/sarif/build-run';
import type { ScanContext, ScannerOutput } from '../model';

/**
 * One scanner of security-scan (bandit, eslint-security, secretlint). `run` throws
 * ToolSkippedError when it cannot run here (nothing to scan, tool missing and not installable)
 * and ToolFailedError when the tool ran but failed; both say why in words a user can act on.
 */
export interface SecurityScanner {
  readonly name: string;
  run(context: ScanContext): Promise<ScannerOutput>;
}

export interface SecurityRuleSpec {
  id: string;
  name?: string;
  description?: string;
  help?: string;
  helpUri?: string;
  /** CWE numbers; written as GitHub's `external/cwe/cwe-<n>` tags. */
  cwes?: readonly number[];
  /** The rule's `security-severity` score, 0.0–10.0. */
  score: number;
  tags?: readonly string[];
}

/**
 * Rule metadata the way GitHub code scanning reads it: `security-severity` as a string with one
 * decimal (GitHub parses a string, not a number), the `security` tag that puts the alert among
 * security alerts, and one `external/cwe/cwe-<n>` tag per CWE (lower case, as CodeQL writes them).
 */
export function securityRule(spec: SecurityRuleSpec): RunRuleInfo {
  const tags = ['security', ...(spec.cwes ?? []).map((n) => `external/cwe/cwe-${n}`), ...(spec.tags ?? [])];
  return {
    id: spec.id,
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.help ? { help: spec.help } : {}),
    ...(spec.helpUri ? { helpUri: spec.helpUri } : {}),
    tags,
    properties: { 'security-severity': spec.score.toFixed(1) },
  };
}
