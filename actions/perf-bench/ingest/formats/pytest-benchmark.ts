import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { finiteNumber, isRecord, parseJson, pickNumbers } from './json-text';

const EXPECTED = 'pytest-benchmark JSON (--benchmark-json, or a run saved with --benchmark-save / --benchmark-autosave): { benchmarks: [{ name, fullname, stats }] }';
const SUMMARY_KEYS = ['median', 'mean', 'stddev', 'min', 'max', 'iqr', 'q1', 'q3', 'ld15iqr', 'hd15iqr'] as const;

/**
 * pytest-benchmark's JSON. Times are in seconds per call. `stats.data` (written by --benchmark-json
 * always, and by a saved run with --benchmark-save-data) holds one time per round, already divided
 * by the round's iterations: those are the samples. The headline is the median. The name is the
 * test's full name (file::test[param]), as github-action-benchmark uses it.
 */
export function parsePytestBenchmark(text: string): ParsedBenchmark[] {
  const data = parseJson(text, EXPECTED);
  if (!isRecord(data) || !Array.isArray(data.benchmarks)) throw new FormatError(`has no "benchmarks" list; expected ${EXPECTED}`);
  return data.benchmarks.map((b, i): ParsedBenchmark => {
    if (!isRecord(b) || !isRecord(b.stats)) throw new FormatError(`benchmarks[${i}] has no "stats"; expected ${EXPECTED}`);
    const name = typeof b.fullname === 'string' && b.fullname ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
    if (!name) throw new FormatError(`benchmarks[${i}] has neither "fullname" nor "name"`);
    const stats = b.stats;
    const median = finiteNumber(stats.median) ?? finiteNumber(stats.mean);
    if (median === undefined) throw new FormatError(`benchmarks[${i}] ("${name}") has no stats.median or stats.mean`);
    const samples = Array.isArray(stats.data) ? stats.data.map(finiteNumber).filter((v): v is number => v !== undefined) : [];
    const info: Record<string, unknown> = {
      ...pickNumbers(stats, ['rounds', 'iterations', 'ops']),
      ...(typeof stats.outliers === 'string' ? { outliers: stats.outliers } : {}),
      ...(typeof b.group === 'string' ? { group: b.group } : {}),
      ...(isRecord(b.params) ? { params: b.params } : {}),
      ...(isRecord(b.extra_info) && Object.keys(b.extra_info).length > 0 ? { extra: b.extra_info } : {}),
    };
    return {
      name,
      unit: 's',
      biggerIsBetter: false,
      value: median,
      ...(samples.length > 0 ? { samples } : {}),
      summary: pickNumbers(stats, SUMMARY_KEYS),
      info,
    };
  });
}
