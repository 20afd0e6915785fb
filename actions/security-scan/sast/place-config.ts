import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Copies the bundled ESLint security config into `toolDir` (the folder of Assay's security npm
 * tools) and returns its path: a config's imports resolve from its own folder, and only that
 * folder has eslint-plugin-security and typescript-eslint. The `new URL('./…', import.meta.url)`
 * literal makes ncc ship the file next to the bundle. The name carries a hash of the text, and it
 * is written under a temporary name and renamed, so parallel runs never read half a file and a
 * newer Assay never runs an older config (as analyze's placeBundledConfig does for its configs).
 */
export async function placeSecurityEslintConfig(toolDir: string): Promise<string> {
  const text = await fs.readFile(new URL('./eslint-security.config.mjs', import.meta.url), 'utf8');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const target = path.join(toolDir, `assay-eslint-security-${hash}.config.mjs`);
  try {
    await fs.access(target);
    return target;
  } catch {
    // not placed yet
  }
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, target);
  return target;
}
