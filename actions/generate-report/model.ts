import type { Severity } from '../../lib/severity';

/**
 * The report model: everything the templates see, written out as report.json exactly as they saw
 * it. Lists are capped so a report from 50,000 findings stays readable and small; each capped
 * list says how many it left out.
 */
export interface ReportModel {
  schemaVersion: 1;
  meta: {
    title: string;
    kind: 'code-review' | 'security' | 'consultation' | 'full';
    /** draft marks every page; final is what "review & finalize" produces after approval. */
    mode: 'draft' | 'final';
    generatedAt: string;
    repository?: string;
    commit?: string;
    ref?: string;
    runUrl?: string;
    assayVersion: string;
  };
  /** Which data sources were found; an optional one that is missing is stated in the report. */
  sources: Record<'analysis' | 'security' | 'performance' | 'notes', { present: boolean; file?: string; note?: string }>;
  grade: {
    /** A+, A, A-, B+, … F. */
    letter: string;
    /** 0–100. */
    score: number;
    /** Each documented rule that moved the score, e.g. "−15: 2 critical vulnerabilities". */
    reasons: { points: number; reason: string }[];
  };
  summary: {
    headline: string;
    topRisks: { severity: Severity; title: string; detail: string }[];
    /** Against the previous report.json when one was given. */
    trend?: { previousGrade: string; previousScore: number; scoreDelta: number; findingsDelta: Record<Severity, number> };
  };
  metrics: {
    /** Analysis and security findings together; byTool most first (`source` tells the two apart). */
    findings: { bySeverity: Record<Severity, number>; byTool: { tool: string; count: number; source?: 'analysis' | 'security' }[]; total: number };
    coverage?: { percent: number; linesCovered: number; linesTotal: number };
    complexity?: { functions: number; average: number; max: number };
    benchmarks?: { name: string; status: string; median?: number; unit?: string; complexity?: string; verdict?: string }[];
  };
  analysis?: {
    tools: { name: string; version?: string; status: string; reason?: string; findings: number }[];
    /** Most findings first, capped. */
    files: { path: string; findings: number; topRules: string[] }[];
    /** Files with findings that `files` leaves out. */
    filesOmitted?: number;
    findings: Capped<ReportFinding>;
    complexFunctions: { name: string; file: string; line: number; complexity: number; coverage?: number }[];
    /** Functions measured that `complexFunctions` leaves out. */
    complexFunctionsOmitted?: number;
  };
  security?: {
    bySeverity: Record<Severity, number>;
    findings: Capped<ReportFinding>;
    /** Vulnerable packages with the version to upgrade to. */
    dependencies: { package: string; version: string; advisory: string; aliases: string[]; severity: Severity; fixedVersion?: string; file: string; line: number; ecosystem?: string }[];
    /** Dependency findings that `dependencies` leaves out. */
    dependenciesOmitted?: number;
    secrets: number;
    /** The scanners and their status (from security.json; else the runs of security.sarif). */
    tools?: { name: string; version?: string; status: string; reason?: string; findings: number }[];
  };
  performance?: {
    benchmarks: { name: string; status: string; error?: string; median?: number; unit?: string; size?: number; complexity?: string; verdict?: string; ratio?: number; interval?: [number, number]; trendChartSvg?: string }[];
  };
  recommendations: { priority: Severity; title: string; detail: string; kind: 'upgrade' | 'rule' | 'complexity' | 'secret' | 'performance' | 'gate' | 'note' }[];
  /** Recommendations beyond the cap, left out (the most important are kept). */
  recommendationsOmitted?: number;
  gates: { name: string; expression: string; actual: string; passed: boolean }[];
  notes?: { frontMatter: Record<string, unknown>; markdown: string };
}

export interface ReportFinding {
  severity: Severity;
  /** lint (analysis), code (SAST and other security rules), dependency (an advisory), secret. */
  kind?: 'lint' | 'code' | 'dependency' | 'secret';
  tool: string;
  ruleId: string;
  message: string;
  file?: string;
  line?: number;
}

export interface Capped<T> {
  items: T[];
  total: number;
  /** total − items.length, so templates can say "and N more". */
  omitted: number;
}
