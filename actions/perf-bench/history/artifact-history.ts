import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ArtifactNotFoundError } from '../../../lib/artifacts/errors';
import type { ArtifactStore } from '../../../lib/artifacts/store';
import { ConfigurationError } from '../../../lib/errors';
import { appendEntry, emptyHistory, parseHistory, serializeHistory, type HistoryDocument } from './history-document';
import { droppedCount, writeFileAtomically } from './file-history';
import type { HistoryStore } from './history-store';

export const HISTORY_FILE = 'perf-history.json';

export interface ArtifactHistoryOptions {
  store: ArtifactStore;
  /** The artifact the previous history is in. Missing → an empty history (the first run). */
  downloadName: string;
  /**
   * The name to upload the new history under. Artifacts are immutable: within one store a name
   * can be used once, so when the store holds the previous history too, this must differ.
   */
  uploadName: string;
  /** A scratch folder; each call works in its own subfolder and removes it. */
  workDir: string;
  log: Logger;
  retentionDays?: number;
}

/**
 * The history as a JSON file that travels as an artifact: downloaded at the start of a run,
 * appended to, uploaded again. Suits repositories that cannot take a history branch (protected
 * branches, no `contents: write`), at the cost of the artifact retention limit (90 days at most).
 */
export function createArtifactHistory(options: ArtifactHistoryOptions): HistoryStore {
  const { store, downloadName, uploadName, workDir, log } = options;
  const scratchDir = async () => {
    await mkdir(workDir, { recursive: true });
    return mkdtemp(path.join(workDir, 'assay-history-'));
  };
  const read = async (): Promise<HistoryDocument> => {
    const scratch = await scratchDir();
    try {
      let files: string[];
      try {
        files = (await store.download(downloadName, scratch)).files;
      } catch (err) {
        if (err instanceof ArtifactNotFoundError) {
          log.info(`No benchmark history yet (artifact "${downloadName}" not found in ${store.location}); starting one.`);
          return emptyHistory();
        }
        throw err;
      }
      const file = findFile(files, HISTORY_FILE);
      if (!file) {
        throw new ConfigurationError(
          `Artifact "${downloadName}" has no ${HISTORY_FILE} (it holds: ${files.slice(0, 10).join(', ') || 'nothing'}). ` +
            'Point the history at the artifact the perf-bench action uploaded.',
        );
      }
      return parseHistory(await readFile(path.join(scratch, file), 'utf8'), `${file} of artifact "${downloadName}"`);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  };
  return {
    location: `artifact "${uploadName}" in ${store.location}`,
    read,
    async append(entry, maxHistory) {
      const before = await read();
      const history = appendEntry(before, entry, maxHistory);
      const scratch = await scratchDir();
      try {
        await writeFileAtomically(path.join(scratch, HISTORY_FILE), serializeHistory(history));
        await store.upload(uploadName, scratch, [HISTORY_FILE], options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays });
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
      return { history, dropped: droppedCount(before, entry.id, history), attempts: 1 };
    },
  };
}

/** The shallowest file of that name (then the first by path), with `/` separators. */
export function findFile(files: readonly string[], name: string): string | undefined {
  return files
    .filter((f) => f === name || f.endsWith(`/${name}`))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
