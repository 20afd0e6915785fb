import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectFile, ToolAdapter } from './model';

/**
 * Seconds a tool takes per MB of the files it reads, as `npm run bench` measured them on this
 * project's machine (pylint is the slow one by far). Only the ratios matter: they order the tools.
 */
const SECONDS_PER_MB: Record<string, number> = {
  pylint: 22,
  clippy: 20,
  tsc: 5,
  eslint: 5,
  mypy: 4,
  'eslint-complexity': 4,
  'pylint-complexity': 3.5,
  shellcheck: 10,
};

/**
 * Longest first: with as many tools running as there are cores, starting the slowest tool
 * first lets the short ones fill the other cores around it, so the wall time approaches the
 * slowest tool's own time instead of every tool slowing every other down (LPT scheduling).
 */
export function orderByExpectedCost(adapters: readonly ToolAdapter[], files: readonly ProjectFile[], root: string): ToolAdapter[] {
  const bytesByLanguage = new Map<string, number>();
  for (const f of files) {
    let size = 0;
    try {
      size = fs.statSync(path.join(root, f.path)).size;
    } catch {
      // a file that vanished costs nothing
    }
    bytesByLanguage.set(f.language, (bytesByLanguage.get(f.language) ?? 0) + size);
  }
  const cost = (a: ToolAdapter) => (SECONDS_PER_MB[a.name] ?? 5) * a.languages.reduce((n, l) => n + (bytesByLanguage.get(l) ?? 0), 0);
  return [...adapters].sort((a, b) => cost(b) - cost(a));
}
