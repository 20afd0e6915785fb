import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The ESLint configs Assay ships. Each `new URL('./…', import.meta.url)` is a literal so that ncc
 * copies the file next to the bundle (and tsx reads it from this folder in tests).
 */
const SOURCES = {
  /** JS recommended + typescript-eslint recommended, for projects without a flat config. */
  default: () => fs.readFile(new URL('./eslint.config.mjs', import.meta.url), 'utf8'),
  /** ESLint's `complexity` rule at 0 and nothing else. */
  complexity: () => fs.readFile(new URL('./eslint-complexity.config.mjs', import.meta.url), 'utf8'),
} as const;

export type BundledConfig = keyof typeof SOURCES;

/**
 * Puts a bundled config into `toolDir` (the folder of Assay's npm tools) and returns its path.
 * It must live there because a config's imports resolve from the config file's own folder,
 * and only that folder's node_modules has @eslint/js, typescript-eslint and globals. The file name
 * carries a hash of the text, so a newer Assay with the same tool versions never runs an older
 * config, and it is written under a temporary name and renamed, so a parallel run never reads
 * half of it.
 */
export async function placeBundledConfig(which: BundledConfig, toolDir: string): Promise<string> {
  const text = await SOURCES[which]();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const target = path.join(toolDir, `assay-eslint-${which}-${hash}.config.mjs`);
  try {
    await fs.access(target);
    return target;
  } catch {
    // not there yet
  }
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, target);
  return target;
}
