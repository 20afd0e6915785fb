import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ArtifactNotFoundError } from '../../../lib/artifacts/errors';
import type { ArtifactStore, ArtifactSummary } from '../../../lib/artifacts/store';
import { ConfigurationError, errorMessage } from '../../../lib/errors';
import { formatMergeSummary } from '../../../lib/sarif/merge-summary';
import { mergeSarifLogs } from '../../../lib/sarif/merge';
import { readLog, writeLog } from '../../../lib/sarif/log';
import type { SarifLog } from '../../../lib/sarif/types';
import { readValidatedJson } from '../../../lib/schema/validate';
import type { AnalysisData, NotesFrontMatter, PerformanceData, SecuritySummary } from './documents';
import { parseNotes } from './notes-front-matter';
import { checkSecuritySummary } from './security-summary';
import { mergeAnalysis, mergePerformance, mergeSecuritySummaries, concatenateSarif, type SarifInput } from './merge-sources';
import { CODEQL_ARTIFACT, DEFAULT_ARTIFACT_NAMES, SOURCES, SOURCE_KEYS, matchesArtifactPrefix, type SourceKey } from './source-files';
import { readTrendCharts } from './trend-charts';

/**
 * The report's data sources, each read and validated before anything is rendered:
 *
 *   github_analysis      analysis.json (required, analysis schema) + analysis.sarif (optional, SARIF schema)
 *   security_scan        security.sarif (required, SARIF 2.1.0 schema) + security.json (optional)
 *   performance_metrics  performance.json (optional, performance schema) + its SVG trend charts
 *   custom_notes         notes.md (optional; its YAML front matter against the notes schema)
 *
 * From a folder (the standard file names) or from this run's artifacts (downloaded into a work
 * folder, then read the same way). By default every artifact whose name is, or starts with, the
 * source's artifact name is taken (assay-analysis, assay-analysis-python, …); several are merged
 * into one source (merge-sources.ts), and CodeQL's SARIF (artifacts named assay-codeql…) is merged
 * into the security source with lib/sarif's merge. A required source that is missing is a
 * ConfigurationError naming the file or artifact and the stage that writes it; an invalid one a
 * SchemaValidationError naming the file, the JSON path and the rule; an optional one that is
 * missing is `present: false` with a note the report states.
 */

export interface LoadSourcesOptions {
  /** Folder holding the standard file names. */
  inputDir?: string;
  /**
   * Download the sources from artifacts instead: for each source, every artifact whose name is or
   * starts with DEFAULT_ARTIFACT_NAMES[source] (plus CODEQL_ARTIFACT… for security).
   */
  artifacts?: {
    store: ArtifactStore;
    /** One artifact, by its exact name, for a source instead; `null` leaves an optional source out. */
    names?: Partial<Record<SourceKey, string | null>>;
    /** Where artifacts are downloaded (a subfolder per source; merged files at its top). */
    workDir: string;
    /** The checkout the security SARIF's file locations are relative to, for the merge (default: the working directory). */
    checkoutRoot?: string;
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

/** A folder holding one copy of a source's files. */
interface Place {
  dir: string;
  where: string;
  /** The artifact it was downloaded from. */
  artifact?: string;
}

/**
 * Where one source's files are to be read from: a folder, several to merge (with SARIF files
 * from CodeQL artifacts, for security), or why there is none.
 */
type Located = Place | { missing: string } | { merge: { parts: Place[]; sarif: { artifact: string; files: string[] }[]; dir: string } };

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
  // The run's artifacts, listed once for every source; a listing that fails (no access to the
  // run, the service down) is one error, said once, not one per source.
  let listing: Promise<ArtifactSummary[]> | undefined;
  const list = () => (listing ??= options.artifacts!.store.list());
  const { artifacts } = options;
  if (artifacts && SOURCE_KEYS.some((key) => artifacts.names?.[key] === undefined)) await list();
  for (const key of SOURCE_KEYS) {
    try {
      const located = await locate(key, options, list);
      loaded[key] =
        'missing' in located
          ? missingSource(key, located.missing)
          : 'merge' in located
            ? await mergeSource(key, located.merge, options)
            : await readSource(key, located.dir, located.where);
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

/** The folder a source's files are in: the input folder, or its artifacts downloaded. */
async function locate(key: SourceKey, options: LoadSourcesOptions, list: () => Promise<ArtifactSummary[]>): Promise<Located> {
  const spec = SOURCES[key];
  if (!options.artifacts) return { dir: options.inputDir!, where: options.inputDir! };

  const { store, workDir, names } = options.artifacts;
  const dir = path.join(workDir, key);
  const notFound = (name: string, err: ArtifactNotFoundError): Located => {
    if (spec.required) {
      throw new ConfigurationError(
        `The ${spec.label} data source (${spec.file}) was expected in the artifact "${name}", which ${spec.producedBy} uploads. ${errorMessage(err)}`,
        { cause: err },
      );
    }
    return { missing: `the artifact "${name}" is not in ${store.location}` };
  };

  // One artifact named exactly, as before prefixes.
  if (names?.[key] !== undefined) {
    const name = names[key];
    if (name === null) {
      if (spec.required) throw new ConfigurationError(`The ${spec.label} data source (${spec.file}) is required; give the name of the artifact holding it.`);
      return { missing: `no artifact was named for ${spec.file}` };
    }
    let files: string[];
    try {
      files = (await store.download(name, dir)).files;
    } catch (err) {
      if (!(err instanceof ArtifactNotFoundError)) throw err;
      return notFound(name, err);
    }
    return placeIn(key, name, dir, files);
  }

  const prefix = DEFAULT_ARTIFACT_NAMES[key];
  const artifacts = await list();
  let matching = artifacts.filter((a) => matchesArtifactPrefix(a.name, prefix)).map((a) => a.name);
  const codeql = key === 'security' ? artifacts.filter((a) => matchesArtifactPrefix(a.name, CODEQL_ARTIFACT)).map((a) => a.name) : [];
  if (matching.length === 0 && codeql.length === 0) {
    return notFound(prefix, new ArtifactNotFoundError(prefix, artifacts.map((a) => a.name), store.location));
  }
  if (key === 'notes' && matching.length > 1) {
    // One reviewer's document: two is a workflow mistake, not something to merge.
    const chosen = matching.includes(prefix) ? prefix : matching[0]!;
    options.log.warning(`${matching.length} artifacts hold reviewer's notes (${matching.join(', ')}); the report uses "${chosen}".`);
    matching = [chosen];
  }
  if (matching.length === 1 && codeql.length === 0) {
    const name = matching[0]!;
    return placeIn(key, name, dir, (await store.download(name, dir)).files);
  }

  // Several: each in its own folder, merged into `dir`.
  const parts: Place[] = [];
  for (const name of matching) {
    const partDir = path.join(dir, 'parts', name);
    const located = placeIn(key, name, partDir, (await store.download(name, partDir)).files);
    if ('missing' in located) options.log.warning(`${SOURCES[key].label}: ${located.missing}; left out of the merge.`);
    else parts.push({ ...located, artifact: name });
  }
  const sarif: { artifact: string; files: string[] }[] = [];
  for (const name of codeql) {
    const partDir = path.join(dir, 'parts', name);
    const files = (await store.download(name, partDir)).files.filter((f) => /\.sarif(\.json)?$/i.test(f));
    if (files.length === 0) {
      throw new ConfigurationError(
        `The artifact "${name}" holds no SARIF file (*.sarif). Artifacts named ${CODEQL_ARTIFACT}… are merged into the security source: ` +
          'upload the folder github/codeql-action/analyze wrote its SARIF to (its `output` input), or name the artifact otherwise.',
      );
    }
    sarif.push({ artifact: name, files: files.map((f) => path.join(partDir, ...f.split('/'))) });
  }
  if (parts.length === 0 && sarif.length === 0) {
    return { missing: `none of the artifacts ${matching.map((n) => `"${n}"`).join(', ')} has ${spec.file}` };
  }
  if (parts.length === 1 && sarif.length === 0) return parts[0]!;
  return { merge: { parts, sarif, dir } };
}

/** Where `spec.file` is among an artifact's downloaded files. */
function placeIn(key: SourceKey, name: string, dir: string, files: readonly string[]): Place | { missing: string } {
  const spec = SOURCES[key];
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

/**
 * Several copies of a source (and, for security, CodeQL's SARIF) read and validated one by one,
 * merged, written into `dir` under the standard names, and read back from there like any source,
 * so what the report reads is a file on disk that passed its schema.
 */
async function mergeSource(key: SourceKey, merge: { parts: Place[]; sarif: { artifact: string; files: string[] }[]; dir: string }, options: LoadSourcesOptions): Promise<unknown> {
  const { log } = options;
  const { parts, dir } = merge;
  const from = [...parts.map((p) => p.artifact!), ...merge.sarif.map((s) => s.artifact)];
  const where = `artifacts ${from.map((n) => `"${n}"`).join(', ')} (merged)`;
  log.info(`${SOURCES[key].label}: merging ${from.length} artifacts (${from.join(', ')}) into ${dir}.`);
  fs.mkdirSync(dir, { recursive: true });
  switch (key) {
    case 'analysis': {
      const read = [];
      for (const p of parts) read.push({ artifact: p.artifact!, source: (await readSource(key, p.dir, p.where)) as AnalysisSource });
      const data = mergeAnalysis(read.map((r) => ({ artifact: r.artifact, data: r.source.data })));
      fs.writeFileSync(path.join(dir, 'analysis.json'), `${JSON.stringify(data, null, 2)}\n`);
      const sarifLogs = read.flatMap((r) => (r.source.sarif ? [r.source.sarif.log] : []));
      if (sarifLogs.length > 0) await writeLog(path.join(dir, 'analysis.sarif'), concatenateSarif(sarifLogs));
      return readSource(key, dir, where);
    }
    case 'security': {
      const read: { artifact: string; source: SecuritySource }[] = [];
      for (const p of parts) read.push({ artifact: p.artifact!, source: await readSecurity(path.join(p.dir, SOURCES.security.file), companionIn(p.dir, 'security.json')) });
      const inputs: SarifInput[] = [];
      const unsummarized: SarifInput[] = [];
      for (const r of read) {
        const input = { name: `artifact "${r.artifact}" ${SOURCES.security.file}`, log: r.source.log };
        inputs.push(input);
        if (!r.source.summary) unsummarized.push(input);
      }
      for (const s of merge.sarif) {
        for (const file of s.files) {
          const input = { name: `artifact "${s.artifact}" ${path.relative(path.join(dir, 'parts', s.artifact), file).split(path.sep).join('/')}`, log: await readLog(file) };
          inputs.push(input);
          unsummarized.push(input);
        }
      }
      const checkoutRoot = options.artifacts?.checkoutRoot ?? process.cwd();
      const { merged, problems } = await mergeSarifLogs(inputs, { checkoutRoot });
      if (problems.length > 0) {
        throw new ConfigurationError(`The security SARIF could not be merged:\n${problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n')}`);
      }
      const sarifFile = path.join(dir, SOURCES.security.file);
      await merged.write(sarifFile);
      const summary = mergeSecuritySummaries({
        summaries: read.flatMap((r) => (r.source.summary ? [{ artifact: r.artifact, data: r.source.summary.data }] : [])),
        unsummarized,
        mergeCuts: merged.summary.cuts,
        mergeNotes: merged.summary.notes,
        runs: merged.summary.runs,
        sources: from,
        now: new Date(),
      });
      const summaryFile = path.join(dir, 'security.json');
      fs.writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
      for (const line of formatMergeSummary(merged.summary)) log.info(`${SOURCES[key].label}: ${line}`);
      return readSecurity(sarifFile, summaryFile);
    }
    case 'performance': {
      const read = [];
      for (const p of parts) read.push({ artifact: p.artifact!, dir: p.dir, source: (await readSource(key, p.dir, p.where)) as PerformanceSource });
      const dirOf = new Map(read.map((r) => [r.artifact, r.dir]));
      const data = mergePerformance(
        read.map((r) => ({ artifact: r.artifact, data: r.source.data })),
        (artifact, chart) => path.relative(dir, path.resolve(dirOf.get(artifact)!, chart)).split(path.sep).join('/'),
      );
      fs.writeFileSync(path.join(dir, SOURCES.performance.file), `${JSON.stringify(data, null, 2)}\n`);
      return readSource(key, dir, where);
    }
    case 'notes':
      // locate() never asks to merge notes: one document is chosen.
      return readSource(key, parts[0]!.dir, parts[0]!.where);
  }
}

function companionIn(dir: string, name: string): string | undefined {
  const f = path.join(dir, name);
  return fs.existsSync(f) ? f : undefined;
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
