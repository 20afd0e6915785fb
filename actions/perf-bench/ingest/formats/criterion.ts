import * as fs from 'node:fs';
import * as path from 'node:path';
import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { finiteNumber, isRecord, parseJson } from './json-text';

const EXPECTED =
  'Criterion.rs estimates.json ({ mean, median, median_abs_dev, slope, std_dev }, each { point_estimate, standard_error, confidence_interval }), as in target/criterion/<benchmark>/new/estimates.json';

/** Thrown for a change/estimates.json: relative changes against a baseline, not times. */
export class NotTimesError extends FormatError {}

/**
 * Criterion.rs (cargo bench) results: target/criterion/<id>/new/estimates.json, with sample.json
 * and benchmark.json read from the same folder when they are there. Times are nanoseconds (the
 * default WallTime measurement; a custom Measurement's unit cannot be told from the files).
 * Samples: sample.json's times[i] / iters[i], the time of one iteration in each of Criterion's
 * samples. Headline: the slope estimate when Criterion made one (linear sampling), else the mean,
 * which is what Criterion prints as "time". The name is benchmark.json's full_id
 * (group/function/value), else the folder path below "criterion".
 */
export function parseCriterion(text: string, file: string): ParsedBenchmark[] {
  const est = parseJson(text, EXPECTED);
  if (!isRecord(est) || !isRecord(est.mean) || !isRecord(est.median)) throw new FormatError(`has no "mean" and "median" estimates; expected ${EXPECTED}`);
  if (!('std_dev' in est) && !('median_abs_dev' in est)) {
    throw new NotTimesError('is a change/estimates.json (relative changes against the baseline, not times); match new/estimates.json instead');
  }
  const point = (k: string) => (isRecord(est[k]) ? finiteNumber((est[k] as Record<string, unknown>).point_estimate) : undefined);
  const headlineKey = point('slope') !== undefined ? 'slope' : 'mean';
  const value = point(headlineKey);
  if (value === undefined) throw new FormatError(`has no ${headlineKey}.point_estimate; expected ${EXPECTED}`);

  const dir = path.dirname(file);
  const benchmark = readJsonBeside(dir, 'benchmark.json');
  const sample = readJsonBeside(dir, 'sample.json');
  const summary: Record<string, number> = {};
  for (const k of ['mean', 'median', 'std_dev', 'median_abs_dev', 'slope']) {
    const v = point(k);
    if (v !== undefined) summary[k] = v;
  }
  const headline = est[headlineKey] as Record<string, unknown>;
  const ci = isRecord(headline.confidence_interval) ? headline.confidence_interval : undefined;
  if (ci) {
    const lo = finiteNumber(ci.lower_bound);
    const hi = finiteNumber(ci.upper_bound);
    if (lo !== undefined) summary[`${headlineKey}_lower_bound`] = lo;
    if (hi !== undefined) summary[`${headlineKey}_upper_bound`] = hi;
  }
  const info: Record<string, unknown> = { estimate: headlineKey };
  if (ci && finiteNumber(ci.confidence_level) !== undefined) info.confidenceLevel = finiteNumber(ci.confidence_level);
  let samples: number[] | undefined;
  if (isRecord(sample) && Array.isArray(sample.iters) && Array.isArray(sample.times) && sample.iters.length === sample.times.length) {
    samples = sample.times.map((t, i) => Number(t) / Number((sample.iters as unknown[])[i])).filter((v) => Number.isFinite(v));
    if (typeof sample.sampling_mode === 'string') info.samplingMode = sample.sampling_mode;
  }
  if (isRecord(benchmark) && benchmark.throughput !== undefined && benchmark.throughput !== null) info.throughput = benchmark.throughput;
  return [
    {
      name: isRecord(benchmark) && typeof benchmark.full_id === 'string' ? benchmark.full_id : nameFromPath(dir),
      unit: 'ns',
      biggerIsBetter: false,
      value,
      ...(samples && samples.length > 0 ? { samples } : {}),
      summary,
      info,
    },
  ];
}

function readJsonBeside(dir: string, name: string): unknown {
  const file = path.join(dir, name);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FormatError(`has a ${name} beside it that is not JSON`);
  }
}

/** target/criterion/group/function/new → "group/function" (the folder below "criterion", less new/base). */
function nameFromPath(dir: string): string {
  const parts = dir.split(path.sep);
  const at = parts.lastIndexOf('criterion');
  const rest = parts.slice(at >= 0 ? at + 1 : -2);
  if (rest.length > 1) rest.pop(); // "new", "base" or a named baseline
  return rest.join('/');
}
