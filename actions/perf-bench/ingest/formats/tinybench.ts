import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { summarize } from '../summary-stats';
import { finiteNumber, isRecord, pickNumbers } from './json-text';

const EXPECTED =
  "tinybench output: the printed console.table(bench.table()), JSON.stringify(bench.table()), or JSON.stringify(bench.tasks.map(({ name, result }) => ({ name, result })))";

/**
 * tinybench, in any of three shapes, told apart by content:
 * - results JSON, `bench.tasks.map(({ name, result }) => ({ name, result }))`: latency statistics
 *   in milliseconds, and the raw latency samples when they were kept (v2 and v3 always keep them
 *   as result.samples / result.latency.samples; v6 with `retainSamples: true`);
 * - `bench.table()` rows as JSON, or as console.table prints them (the box table). v3 and later
 *   write "Latency avg (ns)", "Latency med (ns)", "Throughput avg/med (ops/s)" and "Samples";
 *   v2 writes "ops/sec", "Average Time (ns)", "Margin" and "Samples". Tables have no samples.
 * The headline is the median latency (v2's table has only the mean). A task that threw (an
 * "Error" column, or state "errored") is reported as failed with its message.
 */
export function parseTinybench(text: string): ParsedBenchmark[] {
  const trimmed = text.trim();
  let rows: unknown[];
  if (trimmed.startsWith('[')) {
    try {
      rows = JSON.parse(trimmed) as unknown[];
    } catch (e) {
      throw new FormatError(`starts like JSON but is not (${(e as Error).message}); expected ${EXPECTED}`);
    }
  } else if (trimmed.includes('│')) {
    rows = parseConsoleTable(trimmed);
  } else {
    throw new FormatError(`is neither JSON nor a console.table box; expected ${EXPECTED}`);
  }
  const out: ParsedBenchmark[] = [];
  rows.forEach((row, i) => {
    if (row === null) return; // table() gives null for a task that never ran
    if (!isRecord(row)) throw new FormatError(`entry ${i} is not an object; expected ${EXPECTED}`);
    out.push('result' in row ? fromResult(row, i) : fromTableRow(row, i));
  });
  if (out.length === 0) throw new FormatError(`has no task; expected ${EXPECTED}`);
  return out;
}

function fromResult(row: Record<string, unknown>, i: number): ParsedBenchmark {
  const name = String(row.name ?? '');
  if (!name) throw new FormatError(`entry ${i} has no "name"`);
  const result = row.result;
  if (!isRecord(result)) throw new FormatError(`entry ${i} ("${name}") has no "result"`);
  const error = isRecord(result.error) ? String(result.error.message ?? 'it threw') : typeof result.error === 'string' ? result.error : undefined;
  if (error || result.state === 'errored') return failed(name, 'ms', `the tinybench task threw: ${error ?? 'an error'}`);
  // v3+ keep latency statistics under result.latency; v2 has them on the result itself.
  const latency = isRecord(result.latency) ? result.latency : result;
  const samples = Array.isArray(latency.samples) ? latency.samples.map(finiteNumber).filter((v): v is number => v !== undefined) : [];
  const value = finiteNumber(latency.p50) ?? (samples.length > 0 ? summarize(samples).median : finiteNumber(latency.mean));
  if (value === undefined) throw new FormatError(`entry ${i} ("${name}") has no latency p50, samples or mean`);
  const throughput = isRecord(result.throughput) ? finiteNumber(result.throughput.mean) : finiteNumber(result.hz);
  return {
    name,
    unit: 'ms',
    biggerIsBetter: false,
    value,
    ...(samples.length > 0 ? { samples } : {}),
    summary: pickNumbers(latency, ['p50', 'mean', 'sd', 'min', 'max', 'p75', 'p99', 'p995', 'p999', 'mad'], { p50: 'median', sd: 'stddev' }),
    info: {
      ...(throughput !== undefined ? { throughputOpsPerSecond: throughput } : {}),
      ...pickNumbers(latency, ['rme', 'samplesCount'], { rme: 'rmePercent' }),
      ...(typeof result.state === 'string' ? { state: result.state } : {}),
    },
  };
}

function fromTableRow(row: Record<string, unknown>, i: number): ParsedBenchmark {
  const name = String(row['Task name'] ?? row['Task Name'] ?? '');
  if (!name) throw new FormatError(`row ${i} has no "Task name" column; expected ${EXPECTED}`);
  if (row.Error !== undefined && row.Error !== '') return failed(name, 'ns', `the tinybench task threw: ${String(row.Error)}`);
  const columns = Object.keys(row);
  // The latency columns carry their unit in the header, e.g. "Latency med (ns)".
  const col = (re: RegExp) => columns.find((c) => re.test(c));
  const med = col(/^Latency med(?:ian)? \((\w+)\)$/);
  const avg = col(/^Latency av(?:g|erage) \((\w+)\)$/) ?? col(/^Average Time \((\w+)\)$/);
  const headline = med ?? avg;
  if (!headline) throw new FormatError(`row ${i} ("${name}") has no latency column ("Latency med (ns)" or "Average Time (ns)"); expected ${EXPECTED}`);
  const unit = /\((\w+)\)$/.exec(headline)![1]!;
  const value = leadingNumber(row[headline]);
  if (value === undefined) {
    if (row.Remarks !== undefined) return failed(name, unit, `the tinybench task did not finish (${String(row.Remarks)})`);
    throw new FormatError(`row ${i} ("${name}") has no number in "${headline}"`);
  }
  const summary: Record<string, number> = {};
  if (med) summary.median = value;
  const mean = avg ? leadingNumber(row[avg]) : undefined;
  if (mean !== undefined) summary.mean = mean;
  const info: Record<string, unknown> = {};
  const samples = leadingNumber(row.Samples);
  if (samples !== undefined) info.samplesCount = samples;
  const opsCol = col(/^Throughput av(?:g|erage) \(ops\/s\)$/) ?? col(/^ops\/sec$/);
  const ops = opsCol ? leadingNumber(row[opsCol]) : undefined;
  if (ops !== undefined) info.throughputOpsPerSecond = ops;
  const margin = typeof row.Margin === 'string' ? row.Margin : avg && typeof row[avg] === 'string' ? String(row[avg]).split('±')[1] : undefined;
  if (margin) info.margin = `±${margin.replace(/^\s*±?\s*/, '')}`;
  return { name, unit, biggerIsBetter: false, value, summary, info };
}

function failed(name: string, unit: string, error: string): ParsedBenchmark {
  return { name, unit, biggerIsBetter: false, value: 0, error };
}

/** "98233 ± 3.23%" → 98233; "9,904" → 9904; 40 → 40. */
function leadingNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(-?[\d,]*\.?\d+(?:e[+-]?\d+)?)/i.exec(v);
  return m ? finiteNumber(m[1]!.replace(/,/g, '')) : undefined;
}

/**
 * The rows of a table console.table printed: the first │-row is the header, "(index)" is dropped,
 * strings are unquoted as util.inspect quoted them, numbers become numbers, empty cells are absent.
 */
function parseConsoleTable(text: string): Record<string, unknown>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trimStart().startsWith('│'));
  const cells = (line: string) => line.trim().slice(1, -1).split('│').map((c) => c.trim());
  const [head, ...body] = lines;
  if (!head) throw new FormatError(`has no table rows; expected ${EXPECTED}`);
  const header = cells(head);
  return body.map((line) => {
    const row: Record<string, unknown> = {};
    cells(line).forEach((cell, i) => {
      const key = header[i];
      if (!key || key === '(index)' || cell === '') return;
      row[key] = unquote(cell);
    });
    return row;
  });
}

function unquote(cell: string): string | number {
  const q = cell[0];
  if ((q === "'" || q === '"' || q === '`') && cell.endsWith(q) && cell.length >= 2) {
    return cell.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  const n = Number(cell);
  return cell !== '' && Number.isFinite(n) ? n : cell;
}
