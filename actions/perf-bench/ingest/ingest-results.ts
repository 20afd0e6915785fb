import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import type { Logger } from '../../../lib/action/logger';
import { ConfigurationError, SchemaValidationError } from '../../../lib/errors';
import ingestSchema from '../../../schemas/benchmark-ingest.schema.json';
import { findFiles } from './find-files';
import { parseBenchmarkJs } from './formats/benchmarkjs';
import { NotTimesError, parseCriterion } from './formats/criterion';
import { parseCustomJson } from './formats/custom-json';
import { parseGoBench } from './formats/go-bench';
import { parseHyperfine } from './formats/hyperfine';
import { parsePytestBenchmark } from './formats/pytest-benchmark';
import { parseTinybench } from './formats/tinybench';
import { INGEST_FORMATS, toIngestedResult, type IngestedBenchmarkResult, type IngestFormat } from './ingested-result';
import { FormatError, type FormatParser, type ParsedBenchmark } from './parsed-benchmark';

export { INGEST_FORMATS, type IngestFormat, type IngestedBenchmarkResult } from './ingested-result';

/** One entry of the benchmark file's `ingest:` list. */
export interface IngestEntry {
  format: IngestFormat;
  /** Paths or globs, relative to the root. */
  files: string | string[];
  /** Put before every name from this entry. */
  prefix?: string;
}

const PARSERS: Record<IngestFormat, FormatParser> = {
  'custom-bigger-is-better': parseCustomJson(true),
  'custom-smaller-is-better': parseCustomJson(false),
  'pytest-benchmark': parsePytestBenchmark,
  'go-bench': parseGoBench,
  criterion: parseCriterion,
  hyperfine: parseHyperfine,
  benchmarkjs: parseBenchmarkJs,
  tinybench: parseTinybench,
};

/** Results files bigger than this are refused rather than read into memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface IngestOptions {
  log?: Logger;
  /** The benchmark file, for error messages. */
  configFile?: string;
}

/**
 * Reads one `ingest:` entry: every file its globs match under `root`, parsed as `format`, turned
 * into BenchmarkResults of kind "ingested". The same benchmark found in several files (e.g. the
 * same pytest run saved twice) gets all their raw samples; a name that only has summaries in two
 * files is an error, since they cannot be combined. No matching file, or a file that is not of
 * the format, is a ConfigurationError naming the file and what was expected.
 */
export function ingestResults(entry: IngestEntry, root: string, options: IngestOptions = {}): IngestedBenchmarkResult[] {
  const parse = PARSERS[entry.format];
  if (!parse) {
    throw new ConfigurationError(`ingest format "${entry.format}" is unknown${where(options)}; use one of ${INGEST_FORMATS.join(', ')}.`);
  }
  const patterns = Array.isArray(entry.files) ? entry.files : [entry.files];
  const files = [...new Set(patterns.flatMap((p) => findFiles(p, root)))].sort();
  if (files.length === 0) {
    throw new ConfigurationError(
      `ingest (${entry.format}): no file matches ${patterns.map((p) => `"${p}"`).join(', ')} under ${root}${where(options)}; ` +
        `check the path, and that the benchmark tool ran before this step and wrote its results there.`,
    );
  }
  const merged = new Map<string, { parsed: ParsedBenchmark; files: string[] }>();
  for (const file of files) {
    const shown = path.relative(root, file).split(path.sep).join('/') || path.basename(file);
    let parsed: ParsedBenchmark[];
    try {
      const size = fs.statSync(file).size;
      if (size > MAX_FILE_BYTES) throw new FormatError(`is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB read`);
      parsed = parse(fs.readFileSync(file, 'utf8'), file);
    } catch (e) {
      if (e instanceof NotTimesError) {
        options.log?.warning(`${shown}: skipped: it ${e.message}.`);
        continue;
      }
      if (e instanceof FormatError) throw new ConfigurationError(`${shown} (ingest format ${entry.format})${where(options)} ${e.message}.`);
      throw e;
    }
    for (const p of parsed) {
      const seen = merged.get(p.name);
      if (!seen) {
        merged.set(p.name, { parsed: p, files: [shown] });
        continue;
      }
      if (!seen.parsed.samples?.length || !p.samples?.length || seen.parsed.unit !== p.unit) {
        throw new ConfigurationError(
          `ingest (${entry.format}): "${p.name}" is in both ${seen.files.join(', ')} and ${shown} without raw samples (or in different units) to combine; ` +
            `ingest one of them, or give the entries different prefixes.`,
        );
      }
      seen.parsed = { ...seen.parsed, samples: [...seen.parsed.samples, ...p.samples] };
      seen.files.push(shown);
    }
  }
  const results = [...merged.values()].map(({ parsed, files: from }) => toIngestedResult(parsed, entry.format, from, entry.prefix ?? ''));
  options.log?.info(`ingest (${entry.format}): ${results.length} benchmark(s) from ${files.length} file(s)`);
  return results;
}

let validate: ValidateFunction | undefined;

/**
 * Validates the raw `ingest:` list against schemas/benchmark-ingest.schema.json. `pointer` is
 * where it sits in the benchmark file, for the error's path.
 */
export function parseIngestEntries(raw: unknown, file: string, pointer = '/ingest'): IngestEntry[] {
  validate ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(ingestSchema);
  if (!validate(raw)) {
    throw new SchemaValidationError(
      file,
      (validate.errors ?? []).map((e) => ({
        schema: 'benchmark-ingest',
        path: `${pointer}${e.instancePath}`,
        message: `${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (allowed: ${INGEST_FORMATS.join(', ')})` : ''}`,
        rule: `${e.keyword} (schema ${e.schemaPath})`,
      })),
    );
  }
  return raw as IngestEntry[];
}

function where(options: IngestOptions): string {
  return options.configFile ? ` (from ${options.configFile})` : '';
}
