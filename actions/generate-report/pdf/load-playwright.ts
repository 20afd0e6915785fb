import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PlaywrightModule from 'playwright-core';
import type { Logger } from '../../../lib/action/logger';
import { provisionNpmPackages } from '../../analyze/provision/npm-tools';

export type Playwright = typeof PlaywrightModule;

/** Chromium's driver; the browser itself is the runner's (see find-browser.ts). */
export const PLAYWRIGHT_PACKAGES: Readonly<Record<string, string>> = { 'playwright-core': '1.65.1' };

// A plain `import()` of a computed path: bundlers leave it alone, so the package is loaded from
// the tool cache at run time instead of being (wrongly) inlined into the action's bundle.
const importAtRunTime = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * playwright-core, installed into the tool cache on first use like analyze's ESLint. It is not
 * bundled: it reads its own package files at run time, which an ncc bundle cannot provide.
 */
export async function loadPlaywright(options: { toolCache: string; env: NodeJS.ProcessEnv; log: Logger; signal?: AbortSignal }): Promise<Playwright> {
  const { dir } = await provisionNpmPackages({ ...options, packages: PLAYWRIGHT_PACKAGES });
  return (await importAtRunTime(pathToFileURL(path.join(dir, 'node_modules', 'playwright-core', 'index.mjs')).href)) as Playwright;
}
