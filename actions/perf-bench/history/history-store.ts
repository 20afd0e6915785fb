import type { HistoryDocument, HistoryEntry } from './history-document';

/** Where the history lives: a git branch, a file (that may travel as an artifact). */
export interface HistoryStore {
  /** For log lines: "branch assay-benchmarks of https://github.com/o/r.git". */
  readonly location: string;
  /** The stored history; an empty one when there is none yet. */
  read(): Promise<HistoryDocument>;
  /** Adds the entry (replacing one with the same id), keeps the newest `maxHistory`, stores it. */
  append(entry: HistoryEntry, maxHistory: number): Promise<AppendResult>;
}

export interface AppendResult {
  history: HistoryDocument;
  /** Entries dropped to stay within max-history. */
  dropped: number;
  /** Tries it took (a branch push may be rejected by a concurrent writer and replayed). */
  attempts: number;
}
