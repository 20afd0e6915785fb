import { countBySeverity, type Severity } from '../../lib/severity';
import { summarize, sumSummaries, type CoverageSummary as MeasuredCoverage, type FileCoverage } from './coverage/file-coverage';
import type { Finding, FunctionComplexity, Language, ProjectFile } from './model';
import type { ToolResult } from './run-tools';

/** analysis.json, as schemas/analysis.schema.json describes it. */
export interface AnalysisDocument {
  schemaVersion: 1;
  generatedAt: string;
  producer: { name: string; version: string };
  root: string;
  commit?: { sha?: string; ref?: string };
  languages: Language[];
  tools: ToolEntry[];
  files: FileEntry[];
  totals: Totals;
}

interface ToolEntry {
  name: string;
  version?: string;
  status: ToolResult['status'];
  reason?: string;
  detail?: string;
  notes?: string[];
  exitCode?: number | null;
  durationMs: number;
  findings: number;
  counts: Record<Severity, number>;
}

interface FileEntry {
  path: string;
  language?: string;
  findings: Omit<Finding, 'file'>[];
  functions?: (Omit<FunctionComplexity, 'file'> & { coverage?: number })[];
  coverage?: CoverageSummary;
}

interface CoverageSummary {
  linesCovered: number;
  linesTotal: number;
  branchesCovered?: number;
  branchesTotal?: number;
  percent: number;
}

interface Totals {
  findings: number;
  errors: number;
  bySeverity: Record<Severity, number>;
  byTool: Record<string, number>;
  files: number;
  coverage?: CoverageSummary;
  complexity?: { functions: number; average: number; max: number };
}

export interface BuildAnalysisOptions {
  root: string;
  producerVersion: string;
  commit?: { sha?: string; ref?: string };
  languages: Language[];
  files: readonly ProjectFile[];
  results: readonly ToolResult[];
  /** Findings after changed-lines filtering (what is reported). */
  findings: readonly Finding[];
  coverage: ReadonlyMap<string, FileCoverage>;
  now: Date;
}

/**
 * The normalized result. Files are listed when something is known about them (findings,
 * functions or coverage), so a large clean code base does not produce a huge file of empty
 * entries; `totals.files` counts every file analysed.
 */
export function buildAnalysisDocument(o: BuildAnalysisOptions): AnalysisDocument {
  const languageOf = new Map(o.files.map((f) => [f.path, f.language]));
  const entries = new Map<string, FileEntry>();
  const entry = (path: string): FileEntry => {
    let e = entries.get(path);
    if (!e) {
      e = { path, ...(languageOf.has(path) ? { language: languageOf.get(path) } : {}), findings: [] };
      entries.set(path, e);
    }
    return e;
  };
  for (const f of o.findings) {
    const { file, ...rest } = f;
    entry(file).findings.push(rest);
  }
  const functions = o.results.flatMap((r) => r.output?.functions ?? []);
  for (const fn of functions) {
    const { file, ...rest } = fn;
    const coverage = functionCoverage(fn, o.coverage.get(file), functions);
    (entry(file).functions ??= []).push({ ...rest, ...(coverage !== undefined ? { coverage } : {}) });
  }
  for (const [path, cov] of o.coverage) entry(path).coverage = coverageEntry(cov);

  const findingsByTool = new Map<string, Finding[]>();
  for (const f of o.findings) findingsByTool.set(f.tool, [...(findingsByTool.get(f.tool) ?? []), f]);
  const tools: ToolEntry[] = o.results.map((r) => {
    const own = findingsByTool.get(r.name) ?? [];
    return {
      name: r.name,
      ...(r.output?.version ? { version: r.output.version } : {}),
      status: r.status,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.detail ? { detail: r.detail } : {}),
      ...(r.output?.notes?.length ? { notes: r.output.notes } : {}),
      ...(r.output ? { exitCode: r.output.exitCode } : {}),
      durationMs: r.durationMs,
      findings: own.length,
      counts: countBySeverity(own.map((f) => f.severity)),
    };
  });
  const complexities = functions.map((f) => f.complexity);
  return {
    schemaVersion: 1,
    generatedAt: o.now.toISOString(),
    producer: { name: 'assay', version: o.producerVersion },
    root: o.root,
    ...(o.commit ? { commit: o.commit } : {}),
    languages: o.languages,
    tools,
    files: [...entries.values()].sort((a, b) => a.path.localeCompare(b.path)),
    totals: {
      findings: o.findings.length,
      errors: o.results.filter((r) => r.status === 'failed' || r.status === 'timed-out').length,
      bySeverity: countBySeverity(o.findings.map((f) => f.severity)),
      byTool: Object.fromEntries(tools.filter((t) => !o.results.find((r) => r.name === t.name)?.metric).map((t) => [t.name, t.findings])),
      files: o.files.length,
      ...(o.coverage.size > 0 ? { coverage: coverageEntry(sumSummaries(o.coverage.values())) } : {}),
      ...(complexities.length > 0
        ? { complexity: { functions: complexities.length, average: round(complexities.reduce((a, b) => a + b, 0) / complexities.length), max: Math.max(...complexities) } }
        : {}),
    },
  };
}

/** The schema's coverage shape: branch counts only where branches were measured. */
function coverageEntry(c: MeasuredCoverage): CoverageSummary {
  return {
    linesCovered: c.linesCovered,
    linesTotal: c.linesTotal,
    ...(c.branchesTotal > 0 ? { branchesCovered: c.branchesCovered, branchesTotal: c.branchesTotal } : {}),
    percent: c.percent,
  };
}

/**
 * Share of a function's coverable lines that ran. Its extent is [line, endLine] when the tool
 * gave an end, else up to the next function in the same file.
 */
function functionCoverage(fn: FunctionComplexity, cov: FileCoverage | undefined, all: readonly FunctionComplexity[]): number | undefined {
  if (!cov) return undefined;
  const next = all.filter((f) => f.file === fn.file && f.line > fn.line).reduce((min, f) => Math.min(min, f.line - 1), Number.MAX_SAFE_INTEGER);
  const part = summarize(cov, fn.line, fn.endLine ?? next);
  return part.linesTotal === 0 ? undefined : part.percent;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
