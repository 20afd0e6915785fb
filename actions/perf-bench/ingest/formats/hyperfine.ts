import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { finiteNumber, isRecord, parseJson, pickNumbers } from './json-text';

const EXPECTED = 'hyperfine --export-json output: { results: [{ command, mean, stddev, median, min, max, times }] }';

/**
 * hyperfine's --export-json. Times are in seconds; `times` holds every run's wall time (the
 * samples). Headline: the median (hyperfine prints the mean ± σ first, but the median is what the
 * rest of perf-bench compares). The name is `command`, which is the --command-name when one was
 * given and the command with its parameters filled in otherwise.
 */
export function parseHyperfine(text: string): ParsedBenchmark[] {
  const data = parseJson(text, EXPECTED);
  if (!isRecord(data) || !Array.isArray(data.results)) throw new FormatError(`has no "results" list; expected ${EXPECTED}`);
  return data.results.map((r, i): ParsedBenchmark => {
    if (!isRecord(r) || typeof r.command !== 'string') throw new FormatError(`results[${i}] has no "command"; expected ${EXPECTED}`);
    const times = Array.isArray(r.times) ? r.times.map(finiteNumber).filter((v): v is number => v !== undefined) : [];
    const value = finiteNumber(r.median) ?? finiteNumber(r.mean);
    if (value === undefined) throw new FormatError(`results[${i}] ("${r.command}") has no median or mean`);
    const exitCodes = Array.isArray(r.exit_codes) ? r.exit_codes : [];
    const failures = exitCodes.filter((c) => c !== 0).length;
    return {
      name: r.command,
      unit: 's',
      biggerIsBetter: false,
      value,
      ...(times.length > 0 ? { samples: times } : {}),
      summary: pickNumbers(r, ['median', 'mean', 'stddev', 'min', 'max', 'user', 'system']),
      info: {
        ...(times.length > 0 ? { runs: times.length } : {}),
        ...(isRecord(r.parameters) ? { parameters: r.parameters } : {}),
        ...(failures > 0 ? { nonZeroExits: failures } : {}),
        ...(Array.isArray(r.memory_usage_byte) && r.memory_usage_byte.length > 0
          ? { peakMemoryBytes: Math.max(...r.memory_usage_byte.map(Number).filter(Number.isFinite)) }
          : {}),
      },
    };
  });
}
