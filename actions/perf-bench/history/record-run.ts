import type { Logger } from '../../../lib/action/logger';
import { attachTrendCharts, writeTrendCharts } from '../charts/write-trend-charts';
import type { BenchmarkResult } from '../model';
import { appendEntry, entryFromResults, type EntryIdentity, type HistoryDocument } from './history-document';
import type { HistoryStore } from './history-store';

export interface RecordRunOptions {
  store: HistoryStore;
  results: readonly BenchmarkResult[];
  identity: EntryIdentity;
  maxHistory: number;
  /** Where charts go (under charts/); trendChart paths are relative to it. */
  outputDir: string;
  /**
   * Store this run in the history (a push to the default branch), or only draw it at the end of
   * the charts (a pull request: its numbers belong on its own report, not in the shared history).
   */
  persist: boolean;
  log: Logger;
}

export interface RecordRunResult {
  /** The results with `trendChart` set. */
  benchmarks: BenchmarkResult[];
  /** The history the charts were drawn from (this run included). */
  history: HistoryDocument;
  /** Entries dropped to stay within max-history (0 when not persisted). */
  dropped: number;
}

/** Appends this run to the history (or just to the charts) and writes one trend chart per benchmark. */
export async function recordRun(options: RecordRunOptions): Promise<RecordRunResult> {
  const entry = entryFromResults(options.results, options.identity);
  let history: HistoryDocument;
  let dropped = 0;
  if (options.persist) {
    const appended = await options.store.append(entry, options.maxHistory);
    history = appended.history;
    dropped = appended.dropped;
    if (dropped > 0) options.log.info(`The benchmark history keeps ${options.maxHistory} runs; ${dropped} older one(s) dropped.`);
  } else {
    history = appendEntry(await options.store.read(), entry, options.maxHistory);
  }
  const charts = await writeTrendCharts(history, { outputDir: options.outputDir, benchmarks: entry.benchmarks.map((b) => b.name) });
  return { benchmarks: attachTrendCharts(options.results, charts), history, dropped };
}
