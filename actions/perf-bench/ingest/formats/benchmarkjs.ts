import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';

const EXPECTED = 'benchmark.js output lines like "name x 1,234 ops/sec ±1.23% (89 runs sampled)" (String(event.target) on each cycle)';

/** The part after the name, as benchmark.js's Benchmark#toString writes it. */
const RESULT = /^ x ([\d,]+(?:\.\d+)?) (\S+) (?:±|\+-)([\d.]+)% \((\d+) runs? sampled\)$/;

/**
 * benchmark.js's printed results. It prints only a summary: ops/sec (bigger is better), the
 * relative margin of error and how many runs it sampled, so there are no raw samples. The name is
 * everything before the last " x ", as in github-action-benchmark. Other lines (e.g. "Fastest is
 * …") are skipped; so is a line for a benchmark that failed, which benchmark.js prints as
 * "name: <error>".
 */
export function parseBenchmarkJs(text: string): ParsedBenchmark[] {
  const out: ParsedBenchmark[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    const at = line.lastIndexOf(' x ');
    if (at <= 0) continue;
    const m = RESULT.exec(line.slice(at));
    if (!m) continue;
    out.push({
      name: line.slice(0, at),
      unit: m[2]!,
      biggerIsBetter: true,
      value: Number(m[1]!.replace(/,/g, '')),
      info: { rmePercent: Number(m[3]), runsSampled: Number(m[4]) },
    });
  }
  if (out.length === 0) throw new FormatError(`has no result line; expected ${EXPECTED}`);
  return out;
}
