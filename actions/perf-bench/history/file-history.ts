import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { appendEntry, emptyHistory, parseHistory, serializeHistory, type HistoryDocument } from './history-document';
import type { HistoryStore } from './history-store';

/**
 * The history as one JSON file, for a history that travels as an artifact (artifact-history.ts)
 * or stays on a laptop. Writes go to a temporary file renamed over the old one, so a crash never
 * leaves half a history behind.
 */
export function createFileHistory(file: string): HistoryStore {
  const target = path.resolve(file);
  const read = async (): Promise<HistoryDocument> => {
    let text: string;
    try {
      text = await readFile(target, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyHistory();
      throw err;
    }
    return parseHistory(text, target);
  };
  return {
    location: `the file ${target}`,
    read,
    async append(entry, maxHistory) {
      const before = await read();
      const history = appendEntry(before, entry, maxHistory);
      await writeFileAtomically(target, serializeHistory(history));
      return { history, dropped: droppedCount(before, entry.id, history), attempts: 1 };
    },
  };
}

export async function writeFileAtomically(target: string, content: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Entries that were there before and are gone now, not counting the one replaced by id. */
export function droppedCount(before: HistoryDocument, id: string, after: HistoryDocument): number {
  const kept = new Set(after.entries.map((e) => e.id));
  return before.entries.filter((e) => e.id !== id && !kept.has(e.id)).length;
}
