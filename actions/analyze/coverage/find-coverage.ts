import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { errorMessage } from '../../../lib/errors';
import { toPosix } from '../gitignore-rules';
import { environmentMarker, vendoredByName } from '../vendored-folders';
import { parseCobertura } from './cobertura';
import { type CoverageSummary, type FileCoverage, type LineData, emptyLineData, fileCoverage, mergeLineData, sumSummaries } from './file-coverage';
import { parseLcov } from './lcov';
import { mapReportedPaths } from './map-paths';

export type CoverageFormat = 'lcov' | 'cobertura';

export interface CoverageReport {
  /** Absolute path. */
  file: string;
  format: CoverageFormat;
}

/** The names test runners give their reports (c8, Jest, Vitest, nyc, coverage.py, cargo-llvm-cov). */
const REPORT_NAMES: ReadonlyMap<string, CoverageFormat> = new Map([
  ['lcov.info', 'lcov'],
  ['coverage.xml', 'cobertura'],
  ['cobertura.xml', 'cobertura'],
  ['cobertura-coverage.xml', 'cobertura'],
]);

export interface FindCoverageOptions {
  root: string;
  log: Logger;
  /** How deep below the root to look (`packages/app/coverage/lcov.info` is 3). Default 5. */
  maxDepth?: number;
}

/**
 * The coverage reports under the root, sorted by path. Reports are build output, so usually
 * gitignored: this walk does not honour .gitignore (unlike the source listing), but it never
 * enters vendored folders, where node_modules ships other packages' reports, and it stops at
 * `maxDepth`, so a large ignored build folder costs little.
 */
export function findCoverageReports(options: FindCoverageOptions): CoverageReport[] {
  const maxDepth = options.maxDepth ?? 5;
  const found: CoverageReport[] = [];
  const walk = (folder: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    const names = new Set(entries.map((e) => e.name));
    // A virtualenv or Cargo's target holds no report of the project's. (An HTML report's folder
    // is not skipped: c8 and Jest write lcov.info into it.)
    if (depth > 0 && environmentMarker(names)) return;
    for (const entry of entries) {
      const abs = path.join(folder, entry.name);
      if (entry.isFile()) {
        const format = REPORT_NAMES.get(entry.name) ?? (entry.name.endsWith('.lcov') ? 'lcov' : undefined);
        if (format) found.push({ file: abs, format });
      } else if (entry.isDirectory() && depth < maxDepth && !vendoredByName(entry.name, names)) {
        walk(abs, depth + 1);
      }
    }
  };
  walk(options.root, 0);
  found.sort((a, b) => (a.file < b.file ? -1 : 1));
  options.log.debug(`coverage reports: ${found.length ? found.map((r) => path.relative(options.root, r.file)).join(', ') : 'none found'}`);
  return found;
}

export interface ReadCoverageOptions {
  root: string;
  /** The project's files (relative, forward slashes): coverage is kept for these only. */
  files: readonly string[];
  reports: readonly CoverageReport[];
  log: Logger;
}

export interface ReportUse {
  file: string;
  format: CoverageFormat;
  /** Project files it gave coverage for. */
  matched: number;
  /** Files it names that are not project files (tests, generated code, other packages, another checkout). */
  unmatched: number;
  /** Why it could not be read, when it could not. */
  error?: string;
}

export interface CoverageResult {
  /** By project path. */
  files: Map<string, FileCoverage>;
  /** Over the files with coverage. */
  totals: CoverageSummary;
  reports: ReportUse[];
}

/**
 * Reads the reports and merges them per project file, keeping the most hits per line, branch and
 * function (two reports of the same file are two test runs; a line either ran or did not). A
 * report that cannot be read is a warning, not the end of the analysis.
 */
export function readCoverage(options: ReadCoverageOptions): CoverageResult {
  const { log } = options;
  const known = new Set(options.files);
  const roots = [path.resolve(options.root)];
  try {
    const real = fs.realpathSync(options.root);
    if (real !== roots[0]) roots.push(real);
  } catch {
    /* the listing already failed on a missing root */
  }
  const merged = new Map<string, LineData>();
  const reports: ReportUse[] = [];
  for (const report of options.reports) {
    const use: ReportUse = { file: toPosix(path.relative(options.root, report.file)), format: report.format, matched: 0, unmatched: 0 };
    reports.push(use);
    let reported;
    try {
      const text = fs.readFileSync(report.file, 'utf8');
      reported = report.format === 'lcov' ? parseLcov(text) : parseCobertura(text);
    } catch (e) {
      use.error = errorMessage(e);
      log.warning(`coverage report ${use.file} could not be read: ${use.error}`);
      continue;
    }
    const paths = mapReportedPaths(reported, {
      roots,
      reportFolder: toPosix(path.relative(options.root, path.dirname(report.file))),
      known,
    });
    reported.forEach((file, i) => {
      const projectPath = paths[i];
      if (projectPath === undefined) {
        use.unmatched++;
        log.debug(`${use.file}: ${file.candidates[0]} is not a project file`);
        return;
      }
      use.matched++;
      const target = merged.get(projectPath) ?? emptyLineData();
      mergeLineData(target, file);
      merged.set(projectPath, target);
    });
    if (use.matched === 0 && reported.length > 0) {
      log.warning(`coverage report ${use.file} names ${reported.length} files and none of them is in the project (was it made from another checkout?)`);
    }
  }
  const files = new Map<string, FileCoverage>();
  for (const p of [...merged.keys()].sort()) files.set(p, fileCoverage(p, merged.get(p)!));
  return { files, totals: sumSummaries(files.values()), reports };
}
