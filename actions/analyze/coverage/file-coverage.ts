import { AssayError } from '../../../lib/errors';

/** Coverage counts, as the analysis schema's `coverage` holds them. */
export interface CoverageSummary {
  linesCovered: number;
  linesTotal: number;
  branchesCovered: number;
  branchesTotal: number;
  /** Line coverage, 0–100, two decimals; 100 when there is nothing to cover (as coverage.py and Istanbul say). */
  percent: number;
}

/** A function the coverage tool saw (lcov FN/FNDA, Cobertura `<method>`). */
export interface FunctionHits {
  name: string;
  line: number;
  /** Only lcov 2 and llvm-cov give the end; otherwise use the linter's own range. */
  endLine?: number;
  hits: number;
}

export interface BranchCount {
  covered: number;
  total: number;
}

/** What a report says about one file, before and after its path is mapped to the project. */
export interface LineData {
  /** Hits per executable line (1-based). A line that is not in the map is not executable. */
  lines: Map<number, number>;
  /**
   * Per line that has branches: how many there are and how many were taken. Which ones were taken
   * is not kept, because no format identifies a branch stably: Cobertura only counts them, and
   * lcov's block numbers are assigned per run (c8 numbers V8's blocks in the order it meets them),
   * so the same id in two reports can be two different branches.
   */
  branches: Map<number, BranchCount>;
  functions: FunctionHits[];
}

/** One project file's coverage: the counts, and the line map to compute a function's share. */
export interface FileCoverage extends CoverageSummary, LineData {
  /** Relative to the project root, forward slashes. */
  path: string;
}

/** One source file as a report names it, before its path is mapped to the project (map-paths.ts). */
export interface ReportedFile extends LineData {
  /** Paths the file may have, most likely first: absolute, or relative to a folder not known yet. */
  candidates: string[];
}

/** A report is not what its name promised, or is broken. */
export class CoverageFormatError extends AssayError {}

export function emptyLineData(): LineData {
  return { lines: new Map(), branches: new Map(), functions: [] };
}

/**
 * Folds `from` into `into`, keeping the most hits per line and function, and per line the most
 * branches known and the most taken (a line's branches can only be counted, see `branches`).
 */
export function mergeLineData(into: LineData, from: LineData): void {
  for (const [line, hits] of from.lines) into.lines.set(line, Math.max(hits, into.lines.get(line) ?? 0));
  for (const [line, count] of from.branches) {
    const had = into.branches.get(line);
    const total = Math.max(count.total, had?.total ?? 0);
    into.branches.set(line, { total, covered: Math.min(total, Math.max(count.covered, had?.covered ?? 0)) });
  }
  for (const fn of from.functions) {
    const same = into.functions.find((f) => f.name === fn.name && f.line === fn.line);
    if (!same) into.functions.push({ ...fn });
    else {
      same.hits = Math.max(same.hits, fn.hits);
      same.endLine ??= fn.endLine;
    }
  }
}

/** The counts of the lines from `startLine` to `endLine` (inclusive); a whole file without them. */
export function summarize(data: LineData, startLine = 1, endLine = Number.MAX_SAFE_INTEGER): CoverageSummary {
  let linesTotal = 0;
  let linesCovered = 0;
  for (const [line, hits] of data.lines) {
    if (line < startLine || line > endLine) continue;
    linesTotal++;
    if (hits > 0) linesCovered++;
  }
  let branchesTotal = 0;
  let branchesCovered = 0;
  for (const [line, count] of data.branches) {
    if (line < startLine || line > endLine) continue;
    branchesTotal += count.total;
    branchesCovered += count.covered;
  }
  return { linesCovered, linesTotal, branchesCovered, branchesTotal, percent: percentOf(linesCovered, linesTotal) };
}

/** The counts over several files (the analysis totals). */
export function sumSummaries(summaries: Iterable<CoverageSummary>): CoverageSummary {
  const sum = { linesCovered: 0, linesTotal: 0, branchesCovered: 0, branchesTotal: 0 };
  for (const s of summaries) {
    sum.linesCovered += s.linesCovered;
    sum.linesTotal += s.linesTotal;
    sum.branchesCovered += s.branchesCovered;
    sum.branchesTotal += s.branchesTotal;
  }
  return { ...sum, percent: percentOf(sum.linesCovered, sum.linesTotal) };
}

export function percentOf(covered: number, total: number): number {
  return total === 0 ? 100 : Math.round((covered / total) * 10000) / 100;
}

export function fileCoverage(path: string, data: LineData): FileCoverage {
  return { path, ...data, ...summarize(data) };
}

/** A 1-based line number from a report, or undefined. */
export function toLine(text: string | undefined): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A hit count from a report; anything that is not a positive number (gcov's "=====", "-") is 0. */
export function toCount(text: string | undefined): number {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}
