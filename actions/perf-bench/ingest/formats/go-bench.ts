import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { summarize } from '../summary-stats';

const EXPECTED = '`go test -bench` output (text, or the -json event stream), with lines like "BenchmarkX-8  1000  123 ns/op  16 B/op  1 allocs/op"';

/**
 * A result line, per the Go benchmark data format (golang.org/design/14313-benchmark-format):
 * name, iterations, then value–unit pairs. The name's "-N" suffix is GOMAXPROCS (absent when it
 * is 1, so a sub-benchmark ending in "-<digits>" run with GOMAXPROCS=1 is read as a suffix, as
 * github-action-benchmark also does).
 */
const RESULT_LINE = /^(Benchmark\S*?)(?:-(\d+))?\s+(\d+)\s+(\S.*)$/;
const FAIL_LINE = /^--- FAIL: (Benchmark\S*?)(?:-\d+)?\s*$/;

interface Series {
  name: string;
  /** The unit of a metric after the first (B/op, allocs/op, MB/s, …): named "<name> - <unit>". */
  metric?: string;
  pkg: string;
  unit: string;
  values: number[];
  iterations: number[];
  procs?: number;
}

/**
 * `go test -bench` output. Every value–unit pair of a line becomes a benchmark: the first (ns/op)
 * under the benchmark's name, the others as "<name> - <unit>" (B/op, allocs/op, MB/s, custom
 * b.ReportMetric units), as github-action-benchmark names them. Lines of the same benchmark
 * (-count N) are its samples; the headline is their median. Units ending in "/s" are bigger-is-
 * better. With several packages in one output, names get " (<pkg>)" so they stay apart. A
 * benchmark that failed ("--- FAIL: BenchmarkX") without a result is reported as failed.
 */
export function parseGoBench(text: string): ParsedBenchmark[] {
  const output = isTestJson(text) ? joinTestJson(text) : text;
  const series = new Map<string, Series>();
  const failed = new Map<string, { pkg: string; detail: string[] }>();
  const headers: Record<string, string> = {};
  const packages = new Set<string>();
  let pkg = '';
  let failing: string[] | undefined;
  for (const rawLine of output.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (failing && /^\s{4}/.test(rawLine)) {
      failing.push(line.trim());
      continue;
    }
    failing = undefined;
    const header = /^(goos|goarch|pkg|cpu):\s+(.*)$/.exec(line);
    if (header) {
      if (header[1] === 'pkg') {
        pkg = header[2]!;
        packages.add(pkg);
      } else headers[header[1]!] = header[2]!;
      continue;
    }
    const fail = FAIL_LINE.exec(line);
    if (fail) {
      failing = [];
      failed.set(`${pkg}\0${fail[1]}`, { pkg, detail: failing });
      continue;
    }
    const m = RESULT_LINE.exec(line);
    if (!m) continue;
    const [, name, procs, iterations, rest] = m;
    const fields = rest!.trim().split(/\s+/);
    if (fields.length % 2 !== 0) continue; // not a result line after all (the format needs pairs)
    for (let i = 0; i < fields.length; i += 2) {
      const value = Number(fields[i]);
      const unit = fields[i + 1]!;
      if (!Number.isFinite(value)) break;
      const key = `${pkg}\0${name}\0${i === 0 ? '' : unit}`;
      let s = series.get(key);
      if (!s) {
        s = { name: name!, ...(i > 0 ? { metric: unit } : {}), pkg, unit, values: [], iterations: [], ...(procs ? { procs: Number(procs) } : {}) };
        series.set(key, s);
      }
      s.values.push(value);
      s.iterations.push(Number(iterations));
    }
  }
  const several = packages.size > 1;
  // As github-action-benchmark: "BenchmarkX (pkg) - B/op".
  const label = (name: string, p: string, metric?: string) => `${several && p ? `${name} (${p})` : name}${metric ? ` - ${metric}` : ''}`;
  const results: ParsedBenchmark[] = [...series.values()].map((s) => ({
    name: label(s.name, s.pkg, s.metric),
    unit: s.unit,
    biggerIsBetter: /\/s$/.test(s.unit),
    samples: s.values,
    value: summarize(s.values).median,
    info: { iterations: s.iterations, ...(s.procs ? { procs: s.procs } : {}), ...(s.pkg ? { package: s.pkg } : {}), ...headers },
  }));
  for (const [key, f] of failed) {
    const name = key.split('\0')[1]!;
    if ([...series.keys()].some((k) => k.startsWith(`${key}\0`))) continue; // failed in one run, measured in another
    results.push({
      name: label(name, f.pkg),
      unit: 'ns/op',
      biggerIsBetter: false,
      value: 0,
      error: `the Go benchmark failed${f.detail.length ? `: ${f.detail.join(' ')}` : ''}`,
      info: { ...(f.pkg ? { package: f.pkg } : {}) },
    });
  }
  if (results.length === 0) throw new FormatError(`has no benchmark result line; expected ${EXPECTED}`);
  return results;
}

/** `go test -json` writes one JSON event per line; the first is an object with an "Action". */
function isTestJson(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  return first.startsWith('{') && first.includes('"Action"');
}

/**
 * The text the tests printed, rebuilt from the events' Output fields: per package (packages run in
 * parallel interleave their events), in the order the packages first appear.
 */
function joinTestJson(text: string): string {
  const byPackage = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let event: { Action?: string; Output?: string; Package?: string };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      throw new FormatError(`looks like \`go test -json\` output but has a line that is not JSON: ${line.slice(0, 80)}`);
    }
    if (event.Action !== 'output' || typeof event.Output !== 'string') continue;
    const pkg = event.Package ?? '';
    byPackage.set(pkg, (byPackage.get(pkg) ?? '') + event.Output);
  }
  return [...byPackage.values()].join('\n');
}
