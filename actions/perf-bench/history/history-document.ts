import { ConfigurationError } from '../../../lib/errors';
import { median } from '../compare/order-statistics';
import type { BenchmarkResult } from '../model';

/**
 * The benchmark history: one entry per recorded run (commit, ref, date) holding, per benchmark
 * and input size, the medians and the raw samples. The raw samples are kept so a later run can
 * use an entry as a statistical baseline (a median alone cannot be tested against), and so the
 * charts can draw a confidence band. The same document is stored in a git branch
 * (git-branch-history.ts) or travels as a file in an artifact (file-history.ts).
 */
export const HISTORY_FORMAT = 'assay-perf-history/1';

export interface HistoryDocument {
  format: typeof HISTORY_FORMAT;
  /** Oldest first. */
  entries: HistoryEntry[];
}

export interface HistoryEntry {
  /**
   * Unique per recorded run. Appending an entry whose id is already there replaces it, so a
   * retried append (or a re-run of the same workflow attempt) never records a run twice.
   */
  id: string;
  commit: string;
  ref: string;
  /** ISO 8601. */
  date: string;
  benchmarks: HistoryBenchmark[];
}

export interface HistoryBenchmark {
  name: string;
  unit?: string;
  runs: HistoryRun[];
}

export interface HistoryRun {
  size?: number;
  wallMedianMs: number;
  peakRssMedianBytes?: number;
  wallMs: number[];
  peakRssBytes?: number[];
}

export function emptyHistory(): HistoryDocument {
  return { format: HISTORY_FORMAT, entries: [] };
}

export interface EntryIdentity {
  commit: string;
  ref: string;
  /** Defaults to now. */
  date?: Date;
  /** Defaults to `<commit>@<date>`; pass the workflow run id and attempt to make re-runs idempotent. */
  id?: string;
}

/**
 * The history entry for this run's results. Benchmarks that failed, or have no successful
 * samples, are left out: a failure is not a data point on a trend.
 */
export function entryFromResults(results: readonly BenchmarkResult[], identity: EntryIdentity): HistoryEntry {
  const date = (identity.date ?? new Date()).toISOString();
  const benchmarks: HistoryBenchmark[] = [];
  for (const bench of results) {
    if (bench.status !== 'ok') continue;
    const runs: HistoryRun[] = [];
    for (const run of bench.runs ?? []) {
      const ok = run.samples.filter((s) => s.exitCode === 0 || s.exitCode === undefined);
      const wallMs = ok.map((s) => s.wallMs).filter(isUsable);
      if (wallMs.length === 0) continue;
      const rss = ok.map((s) => s.peakRssBytes).filter(isUsable);
      runs.push({
        ...(run.size === undefined ? {} : { size: run.size }),
        wallMedianMs: round(median(wallMs)),
        ...(rss.length > 0 ? { peakRssMedianBytes: Math.round(median(rss)) } : {}),
        // Microsecond precision is below any clock's noise and keeps the file a third shorter.
        wallMs: wallMs.map(round),
        ...(rss.length > 0 ? { peakRssBytes: rss.map((v) => Math.round(v)) } : {}),
      });
    }
    if (runs.length > 0) benchmarks.push({ name: bench.name, ...(bench.unit ? { unit: bench.unit } : {}), runs });
  }
  return { id: identity.id ?? `${identity.commit}@${date}`, commit: identity.commit, ref: identity.ref, date, benchmarks };
}

/** Appends (or replaces, by id) and keeps the newest `maxHistory` entries; returns a new document. */
export function appendEntry(history: HistoryDocument, entry: HistoryEntry, maxHistory: number): HistoryDocument {
  if (!Number.isInteger(maxHistory) || maxHistory < 1) {
    throw new ConfigurationError(`max-history must be a whole number of at least 1, not ${maxHistory}.`);
  }
  const entries = [...history.entries.filter((e) => e.id !== entry.id), entry];
  return { format: HISTORY_FORMAT, entries: entries.slice(Math.max(0, entries.length - maxHistory)) };
}

/** The newest entry recorded for `ref` ("main" and "refs/heads/main" are the same ref). */
export function latestEntryFor(history: HistoryDocument, ref: string): HistoryEntry | undefined {
  const wanted = normalizeRef(ref);
  let best: { entry: HistoryEntry; time: number; index: number } | undefined;
  history.entries.forEach((entry, index) => {
    if (normalizeRef(entry.ref) !== wanted) return;
    const time = Date.parse(entry.date);
    // Later date wins; equal dates, the later append.
    if (!best || time > best.time || (time === best.time && index > best.index)) best = { entry, time, index };
  });
  return best?.entry;
}

export function normalizeRef(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}

export function serializeHistory(history: HistoryDocument): string {
  return `${JSON.stringify(history, null, 1)}\n`;
}

/** Parses and checks a stored history; the message names where it came from and what is wrong. */
export function parseHistory(text: string, where: string): HistoryDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`The benchmark history in ${where} is not valid JSON: ${(err as Error).message}`);
  }
  const fail = (what: string): never => {
    throw new ConfigurationError(
      `The benchmark history in ${where} is not an ${HISTORY_FORMAT} document: ${what}. ` +
        'Point the history at another branch or file, or remove the broken one to start afresh.',
    );
  };
  if (!isObject(data)) return fail('it is not a JSON object');
  if (data.format !== HISTORY_FORMAT) return fail(`format is ${JSON.stringify(data.format)}`);
  if (!Array.isArray(data.entries)) return fail('entries is not an array');
  data.entries.forEach((e: unknown, i: number) => {
    const at = `entries[${i}]`;
    if (!isObject(e)) return fail(`${at} is not an object`);
    for (const key of ['id', 'commit', 'ref', 'date'] as const) if (typeof e[key] !== 'string') fail(`${at}.${key} is not a string`);
    if (Number.isNaN(Date.parse(e.date as string))) fail(`${at}.date is not a date`);
    if (!Array.isArray(e.benchmarks)) return fail(`${at}.benchmarks is not an array`);
    e.benchmarks.forEach((b: unknown, j: number) => {
      if (!isObject(b) || typeof b.name !== 'string' || !Array.isArray(b.runs)) return fail(`${at}.benchmarks[${j}] needs a name and runs`);
      b.runs.forEach((r: unknown, k: number) => {
        const runAt = `${at}.benchmarks[${j}].runs[${k}]`;
        if (!isObject(r) || typeof r.wallMedianMs !== 'number' || !Array.isArray(r.wallMs) || !r.wallMs.every((v) => typeof v === 'number')) {
          fail(`${runAt} needs wallMedianMs and wallMs (numbers)`);
        }
      });
    });
  });
  return data as unknown as HistoryDocument;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isUsable(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
