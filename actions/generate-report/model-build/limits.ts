/**
 * How long each list in the model may be. A report from 50,000 findings must stay readable and
 * small (the HTML has a size budget, a PR comment 65,536 characters); every capped list says how
 * many it left out.
 */
export interface ReportLimits {
  /** Findings listed per section (analysis, security). */
  findings: number;
  /** Files listed under analysis, most findings first. */
  files: number;
  /** Top risks in the executive summary. */
  topRisks: number;
  /** Dependency findings listed under security. */
  dependencies: number;
  /** Most complex functions listed under analysis. */
  complexFunctions: number;
  /** Recommendations in all. */
  recommendations: number;
  /** Rules recommended for attention (the ones with the most findings). */
  rules: number;
}

export const DEFAULT_LIMITS: ReportLimits = {
  findings: 200,
  files: 50,
  topRisks: 5,
  dependencies: 100,
  complexFunctions: 10,
  recommendations: 30,
  rules: 5,
};

/** When a function counts as complex and its coverage as low, for the recommendations. */
export interface ReportThresholds {
  /** Cyclomatic complexity at or above which a function is complex (McCabe's classic 10). */
  complexity: number;
  /** Line coverage (%) below which a complex function is under-tested. */
  lowCoverage: number;
}

export const DEFAULT_THRESHOLDS: ReportThresholds = { complexity: 10, lowCoverage: 80 };
