import type { Logger } from '../../lib/action/logger';
import type { RunFinding, RunRuleInfo, RunTool } from '../../lib/sarif/build-run';
import type { SarifRun } from '../../lib/sarif/types';
import type { Severity } from '../../lib/severity';

/**
 * One finding of a scanner, on the suite's severity scale. `securitySeverity` is the 0.0–10.0
 * score GitHub reads from the rule's `security-severity` property (a CVSS base score for
 * advisories, the scale's representative score otherwise).
 */
export interface SecurityFinding extends RunFinding {
  severity: Severity;
  securitySeverity: number;
}

/** What one scanner produced: a SARIF run is built from it with lib/sarif/build-run. */
export interface ScannerOutput {
  tool: RunTool;
  /** automationDetails category, e.g. "assay-security/dependencies"; one run per tool and category. */
  category: string;
  findings: SecurityFinding[];
  /** Rule metadata; each rule carries properties['security-severity'] and tags (e.g. "security", "external/cwe/cwe-78"). */
  rules: RunRuleInfo[];
  /** What the scanner wants the summary to say (a skipped lockfile, a fallback). */
  notes?: string[];
}

/** Everything a scanner needs; scanners never read inputs or the environment themselves. */
export interface ScanContext {
  /** Absolute path of the folder being scanned. */
  root: string;
  log: Logger;
  /** Tools may be installed and cached here between runs. */
  toolCache: string;
  tempDir: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

/** The outcome of one scanner, as the summary and security.json report it. */
export type ScannerResult =
  | { name: string; status: 'ok'; durationMs: number; output: ScannerOutput }
  | { name: string; status: 'failed' | 'skipped' | 'timed-out'; durationMs: number; reason: string };

/** SARIF that came from outside (CodeQL, other tools, converted reports), with where it came from. */
export interface IngestedSarif {
  file: string;
  runs: SarifRun[];
}
