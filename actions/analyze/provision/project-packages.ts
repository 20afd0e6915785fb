import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** A command-line tool of an npm package, as an entry script to run with `node`. */
export interface NpmBin {
  /** Absolute path of the script the package's `bin` entry names (e.g. …/eslint/bin/eslint.js). */
  script: string;
  /** The installed package's version, from its package.json. */
  version: string;
  /** Absolute path of the package folder. */
  packageDir: string;
  /** The project's own install, or Assay's pinned set in the tool cache. */
  source: 'project' | 'assay';
}

/**
 * Finds `node_modules/<pkg>` in `from` or the nearest folder above it that has one, the way
 * Node's resolution and npx find a project's tools, and returns the script of its `bin` entry.
 * Reads the package.json rather than `node_modules/.bin`, whose entries are shell shims on Windows
 * and symlinks elsewhere; the script itself runs under `node` everywhere.
 */
export async function findProjectBin(from: string, pkg: string, bin: string): Promise<NpmBin | undefined> {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const found = await readBin(path.join(dir, 'node_modules', pkg), bin, 'project');
    if (found) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The bin script of the package installed in `packageDir`; undefined when it is not there. */
export async function readBin(packageDir: string, bin: string, source: NpmBin['source']): Promise<NpmBin | undefined> {
  let manifest: { version?: unknown; bin?: unknown };
  try {
    manifest = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  const entry =
    typeof manifest.bin === 'string' ? manifest.bin : typeof manifest.bin === 'object' && manifest.bin !== null ? (manifest.bin as Record<string, unknown>)[bin] : undefined;
  if (typeof entry !== 'string' || typeof manifest.version !== 'string') return undefined;
  const script = path.join(packageDir, entry);
  try {
    await fs.access(script);
  } catch {
    return undefined; // a half-removed install
  }
  return { script, version: manifest.version, packageDir, source };
}

/** The major version of a semver string ("9.39.5" → 9); NaN when it is not one. */
export function majorVersion(version: string): number {
  return Number.parseInt(version.split('.')[0] ?? '', 10);
}
