import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ArtifactNotFoundError } from '../../../lib/artifacts/errors';
import type { ArtifactStore } from '../../../lib/artifacts/store';
import { ConfigurationError, errorMessage } from '../../../lib/errors';
import { readLog } from '../../../lib/sarif/log';
import type { SarifLog } from '../../../lib/sarif/types';
import { readValidatedJson } from '../../../lib/schema/validate';
import type { AnalysisData, NotesFrontMatter, PerformanceData, SecuritySummary } from './documents';
import { parseNotes } from './notes-front-matter';
import { checkSecuritySummary } from './security-summary';
import { DEFAULT_ARTIFACT_NAMES, SOURCES, SOURCE_KEYS, type SourceKey } from './source-files';
import { readTrendCharts } from './trend-charts';

/**
 * The report's data sources, each read and validated before anything is rendered:
 *
 *   github_analysis      analysis.json (required, analysis schema) + analysis.sarif (optional, SARIF schema)
 *   security_scan        security.sarif (required, SARIF 2.1.0 schema) + security.json (optional)
 *   performance_metrics  performance.json (optional, performance schema) + its SVG trend charts
 *   custom_notes         notes.md (optional; its YAML front matter against the notes schema)
 *
 * From a folder (the standard file names) or from this run's artifacts by name (downloaded into
 * a work folder, then read the same way). A required source that is missing is a
 * ConfigurationError naming the file or artifact and the stage that writes it; an invalid one a
 * SchemaValidationError naming the file, the JSON path and the rule; an optional one that is
 * missing is `present: false` with a note the report states.
 */

export interface LoadSourcesOptions {
  /** Folder holding the standard file names. */
  inputDir?: string;
  /** Download the sources from artifacts instead; `names` defaults to DEFAULT_ARTIFACT_NAMES. */
  artifacts?: {
    store: ArtifactStore;
    /** Artifact per source; `null` leaves an optional source out. */
    names?: Partial<Record<SourceKey, string | null>>;
    /** Where artifacts are downloaded (a subfolder per source). */
    workDir: string;
  };
  log: Logger;
}

export interface MissingSource {
  present: false;
  /** Where it was looked for (file or artifact), for the report. */
  file?: string;
  /** What the report states about it. */
  note: string;
}

export interface AnalysisSource {
  present: true;
  file: string;
  data: AnalysisData;
  /** analysis.sarif, when it was there (rule descriptions for the recommendations). */
  sarif?: { file: string; log: SarifLog };
}

export interface SecuritySource {
  present: true;
  file: string;
  log: SarifLog;
  summary?: { file: string; data: SecuritySummary };
}

export interface PerformanceSource {
  present: true;
  file: string;
  data: PerformanceData;
  /** Benchmark name → inlinable SVG. */
  charts: Map<string, string>;
  /** Charts named but not inlined, with why. */
  notes: string[];
}

export interface NotesSource {
  present: true;
  file: string;
  frontMatter: NotesFrontMatter;
  markdown: string;
}

export interface ReportSources {
  analysis: AnalysisSource;
  security: SecuritySource;
  performance: PerformanceSource | MissingSource;
  notes: NotesSource | MissingSource;
}

/** More than one source failed: every problem at once, so one run shows all there is to fix. */
export class SourcesError extends ConfigurationError {
  constructor(readonly errors: readonly Error[]) {
    super(`${errors.length} data sources could not be used:\n\n${errors.map((e) => e.message).join('\n\n')}`);
  }
}

/** Where one source's files are to be read from: a folder, or why there is none. */
type Located = { dir: string; where: string } | { missing: string };

export async function loadSources(options: LoadSourcesOptions): Promise<ReportSources> {
  const { log } = options;
  if (!options.inputDir && !options.artifacts) {
    throw new ConfigurationError('No data sources: give an input folder (input-dir) or artifact names to download.');
  }
  if (!options.artifacts) {
    const dir = options.inputDir!;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new ConfigurationError(
        `The input folder ${dir} does not exist. It should hold the stages' output (${SOURCE_KEYS.map((k) => SOURCES[k].file).join(', ')}); ` +
          'point input-dir at the output-dir the stages wrote to, or download their artifacts into it.',
      );
    }
  }

  const errors: Error[] = [];
  const loaded: Partial<Record<SourceKey, unknown>> = {};
  for (const key of SOURCE_KEYS) {
    try {
      const located = await locate(key, options);
      loaded[key] = 'missing' in located ? missingSource(key, located.missing) : await readSource(key, located.dir, located.where);
      const result = loaded[key] as { present: boolean; file?: string; note?: string };
      if (result.present) log.info(`${SOURCES[key].label}: ${result.file} is valid.`);
      else log.info(`${SOURCES[key].label}: ${result.note}`);
    } catch (err) {
      errors.push(err instanceof Error ? err : new Error(String(err)));
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new SourcesError(errors);
  return loaded as unknown as ReportSources;
}

/** The folder a source's files are in: the input folder, or its artifact downloaded. */
async function locate(key: SourceKey, options: LoadSourcesOptions): Promise<Located> {
  const spec = SOURCES[key];
  if (!options.artifacts) return { dir: options.inputDir!, where: options.inputDir! };

  const { store, workDir } = options.artifacts;
  const name = options.artifacts.names?.[key] === undefined ? DEFAULT_ARTIFACT_NAMES[key] : options.artifacts.names[key];
  if (name === null) {
    if (spec.required) throw new ConfigurationError(`The ${spec.label} data source (${spec.file}) is required; give the name of the artifact holding it.`);
    return { missing: `no artifact was named for ${spec.file}` };
  }
  const dir = path.join(workDir, key);
  let files: string[];
  try {
    files = (await store.download(name, dir)).files;
  } catch (err) {
    if (!(err instanceof ArtifactNotFoundError)) throw err;
    if (spec.required) {
      throw new ConfigurationError(
        `The ${spec.label} data source (${spec.file}) was expected in the artifact "${name}", which ${spec.producedBy} uploads. ${errorMessage(err)}`,
        { cause: err },
      );
    }
    return { missing: `the artifact "${name}" is not in ${store.location}` };
  }
  // The stages upload their output folder, so the file is at the top; an artifact uploaded from
  // a parent folder has it one level down, which is accepted when there is exactly one.
  if (files.includes(spec.file)) return { dir, where: `artifact "${name}"` };
  const nested = files.filter((f) => path.posix.basename(f) === spec.file);
  if (nested.length === 1) return { dir: path.join(dir, path.posix.dirname(nested[0]!)), where: `artifact "${name}"` };
  const holds = files.length > 0 ? `it holds ${files.slice(0, 10).join(', ')}${files.length > 10 ? ', …' : ''}` : 'it is empty';
  if (nested.length > 1) {
    throw new ConfigurationError(`The artifact "${name}" holds ${nested.length} files named ${spec.file} (${nested.join(', ')}); upload one per artifact.`);
  }
  if (spec.required) {
    throw new ConfigurationError(
      `The artifact "${name}" has no ${spec.file} (${holds}). The ${spec.label} data source is required; it is written by ${spec.producedBy}.`,
    );
  }
  return { missing: `the artifact "${name}" has no ${spec.file} (${holds})` };
}

function missingSource(key: SourceKey, why: string): MissingSource {
  const spec = SOURCES[key];
  return { present: false, note: `${spec.file} was not included (${why}), so ${spec.without}. It is written by ${spec.producedBy}.` };
}

async function readSource(key: SourceKey, dir: string, where: string): Promise<unknown> {
  const spec = SOURCES[key];
  const file = path.join(dir, spec.file);
  if (!fs.existsSync(file)) {
    if (spec.required) {
      throw new ConfigurationError(
        `${file} was not found. It is the ${spec.label} data source the report requires, written by ${spec.producedBy}` +
          ` (artifact "${spec.artifact}"). Run that stage first, or point input-dir at the folder holding its output.`,
      );
    }
    return { ...missingSource(key, `not found in ${where}`), file };
  }
  const companion = (name: string) => {
    const f = path.join(dir, name);
    return fs.existsSync(f) ? f : undefined;
  };
  switch (key) {
    case 'analysis': {
      const data = readValidatedJson<AnalysisData>('analysis', file);
      const sarifFile = companion('analysis.sarif');
      return { present: true, file, data, ...(sarifFile ? { sarif: { file: sarifFile, log: await readLog(sarifFile) } } : {}) } satisfies AnalysisSource;
    }
    case 'security':
      return readSecurity(file, companion('security.json'));
    case 'performance': {
      const data = readValidatedJson<PerformanceData>('performance', file);
      const { charts, skipped } = readTrendCharts(data, dir);
      return { present: true, file, data, charts, notes: skipped } satisfies PerformanceSource;
    }
    case 'notes': {
      const { frontMatter, markdown } = parseNotes(fs.readFileSync(file, 'utf8'), file);
      return { present: true, file, frontMatter, markdown } satisfies NotesSource;
    }
  }
}

async function readSecurity(file: string, summaryFile: string | undefined): Promise<SecuritySource> {
  const log = await readLog(file);
  return {
    present: true,
    file,
    log,
    ...(summaryFile ? { summary: { file: summaryFile, data: checkSecuritySummary(readJson(summaryFile), summaryFile) } } : {}),
  };
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid JSON: ${errorMessage(err)}`);
  }
}
