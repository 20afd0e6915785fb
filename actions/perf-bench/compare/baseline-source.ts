import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ArtifactNotFoundError } from '../../../lib/artifacts/errors';
import type { ArtifactStore } from '../../../lib/artifacts/store';
import { ConfigurationError } from '../../../lib/errors';
import { readValidatedJson } from '../../../lib/schema/validate';
import { findFile } from '../history/artifact-history';
import { latestEntryFor, type HistoryEntry } from '../history/history-document';
import type { HistoryStore } from '../history/history-store';
import type { BenchmarkResult } from '../model';
import type { PerformanceDocument } from './performance-document';

export const PERFORMANCE_FILE = 'performance.json';

/**
 * Where the baseline comes from:
 *  - file: a performance.json the user points at (missing → the user's mistake, an error);
 *  - artifact: the performance.json inside an artifact of the base branch's run, through the
 *    store passed in (the first run on a branch has none: that is "no baseline", not an error);
 *  - history: the newest history entry recorded for the base ref (none yet → no baseline).
 */
export type BaselineSource =
  | { kind: 'file'; file: string }
  | { kind: 'artifact'; store: ArtifactStore; name: string; workDir: string }
  | { kind: 'history'; history: HistoryStore; ref: string };

export type LoadedBaseline =
  | { found: true; document: PerformanceDocument; origin: string }
  | { found: false; reason: string };

export async function loadBaseline(source: BaselineSource, log: Logger): Promise<LoadedBaseline> {
  switch (source.kind) {
    case 'file': {
      const document = readValidatedJson<PerformanceDocument>('performance', source.file);
      return { found: true, document, origin: `the file ${source.file}` };
    }
    case 'artifact':
      return fromArtifact(source.store, source.name, source.workDir, log);
    case 'history': {
      const history = await source.history.read();
      const entry = latestEntryFor(history, source.ref);
      if (!entry) {
        return { found: false, reason: `the benchmark history (${source.history.location}) has no entry for ${source.ref} yet` };
      }
      log.info(`Baseline: history entry ${entry.commit.slice(0, 12)} of ${entry.ref} (${entry.date}).`);
      return { found: true, document: documentFromEntry(entry), origin: `history entry ${entry.commit.slice(0, 12)} of ${entry.ref} (${entry.date})` };
    }
  }
}

async function fromArtifact(store: ArtifactStore, name: string, workDir: string, log: Logger): Promise<LoadedBaseline> {
  await mkdir(workDir, { recursive: true });
  const scratch = await mkdtemp(path.join(workDir, 'assay-baseline-'));
  try {
    let files: string[];
    try {
      files = (await store.download(name, scratch)).files;
    } catch (err) {
      if (err instanceof ArtifactNotFoundError) return { found: false, reason: err.message };
      throw err;
    }
    const file = findFile(files, PERFORMANCE_FILE);
    if (!file) {
      throw new ConfigurationError(
        `Artifact "${name}" has no ${PERFORMANCE_FILE} (it holds: ${files.slice(0, 10).join(', ') || 'nothing'}). ` +
          'Name the artifact the perf-bench job of the base branch uploaded.',
      );
    }
    if (files.filter((f) => f.endsWith(PERFORMANCE_FILE)).length > 1) log.warning(`Artifact "${name}" holds several ${PERFORMANCE_FILE}; using ${file}.`);
    const document = readValidatedJson<PerformanceDocument>('performance', path.join(scratch, ...file.split('/')));
    return { found: true, document, origin: `${file} of artifact "${name}" (${store.location})` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A history entry as a performance document: the raw samples become the runs' samples. */
export function documentFromEntry(entry: HistoryEntry): PerformanceDocument {
  const benchmarks: BenchmarkResult[] = entry.benchmarks.map((b) => ({
    name: b.name,
    kind: 'command',
    ...(b.unit ? { unit: b.unit } : {}),
    status: 'ok',
    runs: b.runs.map((r) => ({
      ...(r.size === undefined ? {} : { size: r.size }),
      samples: r.wallMs.map((wallMs, i) => ({
        wallMs,
        userMs: 0,
        systemMs: 0,
        cpuPercent: 0,
        peakRssBytes: r.peakRssBytes?.[i] ?? 0,
        exitCode: 0,
      })),
    })),
  }));
  return { schemaVersion: 1, generatedAt: entry.date, commit: { sha: entry.commit, ref: entry.ref }, benchmarks };
}
