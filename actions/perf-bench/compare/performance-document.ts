import type { BenchmarkResult } from '../model';

/** performance.json as a whole (schemas/performance.schema.json); the parts baselines need. */
export interface PerformanceDocument {
  schemaVersion: 1;
  generatedAt: string;
  producer?: { name: string; version: string };
  commit?: { sha?: string; ref?: string };
  environment?: Record<string, unknown>;
  harnessOverheadMs?: number;
  benchmarks: BenchmarkResult[];
}
