import { FormatError, type ParsedBenchmark } from '../parsed-benchmark';
import { summarize } from '../summary-stats';
import { finiteNumber, isRecord, parseJson } from './json-text';

const EXPECTED = "github-action-benchmark's custom JSON: an array of { name, unit, value, range?, extra? }";

/**
 * github-action-benchmark's `customBiggerIsBetter` / `customSmallerIsBetter` tool input. Like that
 * action (zod's coerce), name, unit, range and extra are taken as strings and value as a number.
 * An entry whose name repeats adds a sample to the first one (a tool that writes one entry per
 * repetition); otherwise each entry is one value, its own summary.
 */
export function parseCustomJson(biggerIsBetter: boolean) {
  return (text: string): ParsedBenchmark[] => {
    const data = parseJson(text, EXPECTED);
    if (!Array.isArray(data)) throw new FormatError(`is not an array; expected ${EXPECTED}`);
    const byName = new Map<string, ParsedBenchmark & { values: number[] }>();
    data.forEach((entry, i) => {
      if (!isRecord(entry)) throw new FormatError(`entry ${i} is not an object; expected ${EXPECTED}`);
      const value = finiteNumber(entry.value);
      if (entry.name === undefined || entry.name === null || String(entry.name) === '') throw new FormatError(`entry ${i} has no "name"`);
      if (value === undefined) throw new FormatError(`entry ${i} ("${String(entry.name)}") has no numeric "value"`);
      if (entry.unit === undefined || entry.unit === null) throw new FormatError(`entry ${i} ("${String(entry.name)}") has no "unit"`);
      const name = String(entry.name);
      const unit = String(entry.unit);
      const seen = byName.get(name);
      if (seen) {
        if (seen.unit !== unit) throw new FormatError(`entry ${i} ("${name}") has unit "${unit}" but an earlier entry of that name has "${seen.unit}"`);
        seen.values.push(value);
        return;
      }
      const info: Record<string, unknown> = {};
      if (entry.range !== undefined && entry.range !== null) info.range = String(entry.range);
      if (entry.extra !== undefined && entry.extra !== null) info.extra = String(entry.extra);
      byName.set(name, { name, unit, biggerIsBetter, value, values: [value], ...(Object.keys(info).length ? { info } : {}) });
    });
    // Repeated entries are samples; their headline is the median, as for the other formats.
    return [...byName.values()].map(({ values, ...p }) => (values.length > 1 ? { ...p, samples: values, value: summarize(values).median } : p));
  };
}
