/**
 * What a format parser hands back: one benchmark as the tool reported it, in the tool's own unit.
 * ingested-result.ts turns these into BenchmarkResults (time units converted to milliseconds).
 */
export interface ParsedBenchmark {
  name: string;
  /** The tool's unit, e.g. "ns/op", "s", "ops/sec", "B/op", or a custom one. */
  unit: string;
  biggerIsBetter: boolean;
  /** Raw measurements (one per round, repetition or line), when the tool kept them. */
  samples?: number[];
  /** The tool's headline value (a median, a slope, ops/sec); ignored when `error` is set. */
  value: number;
  /** The tool's own statistics, in `unit` (converted with the values). */
  summary?: Record<string, number>;
  /** Anything else worth keeping, unconverted: rounds, iterations, parameters, extra text. */
  info?: Record<string, unknown>;
  /** Set when the tool reports this benchmark as failed (e.g. a tinybench task that threw). */
  error?: string;
}

/** Reads one results file of a format. Throws FormatError when the content is not that format. */
export type FormatParser = (text: string, file: string) => ParsedBenchmark[];

/** The file is not what its format says; the message says what was expected. */
export class FormatError extends Error {}
