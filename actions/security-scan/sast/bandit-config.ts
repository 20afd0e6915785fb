import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { stringify as stringifyYaml } from 'yaml';
import { ConfigurationError, errorMessage } from '../../../lib/errors';

/** The project's Bandit configuration, as arguments for Bandit. */
export interface BanditConfig {
  /** `--ini <file>` and/or `-c <file>`. */
  args: string[];
  /** The files it came from, relative to the root, for the log. */
  sources: string[];
  /**
   * `targets` of a `.bandit` file, relative to the root: Bandit scans only those when it walks
   * the folders itself. Assay passes the files it listed, so it keeps only files under these.
   */
  targets?: string[];
}

/** Bandit's YAML config file names, in the order Assay looks for them (Bandit has no default name). */
const YAML_CONFIGS = ['.bandit.yaml', '.bandit.yml', 'bandit.yaml', 'bandit.yml'];

/**
 * The Bandit configuration of the project at `root`:
 * - `.bandit` (INI, section `[bandit]`: skips, tests, exclude, targets) → `--ini`. Bandit finds it
 *   by itself only inside the folders it is told to walk; Assay passes files, so it names it.
 * - a YAML config (`.bandit.yaml`, `bandit.yaml`, …: skips, tests, exclude_dirs, plugin options)
 *   → `-c`;
 * - otherwise `[tool.bandit]` of pyproject.toml → `-c`, converted to YAML in `tempDir` first:
 *   Bandit reads pyproject.toml itself only from 1.7.5 on (and with a TOML library), and its TOML
 *   support reads exactly that table with the YAML config's keys, so the conversion is lossless.
 * A file that exists but cannot be read or parsed is a ConfigurationError naming it.
 */
export async function findBanditConfig(root: string, tempDir: string): Promise<BanditConfig> {
  const config: BanditConfig = { args: [], sources: [] };
  const ini = path.join(root, '.bandit');
  if (await isFile(ini)) {
    config.args.push('--ini', ini);
    config.sources.push('.bandit');
    const targets = iniTargets(await fs.readFile(ini, 'utf8'));
    if (targets) config.targets = targets;
  }
  for (const name of YAML_CONFIGS) {
    if (await isFile(path.join(root, name))) {
      config.args.push('-c', path.join(root, name));
      config.sources.push(name);
      return config;
    }
  }
  const table = await pyprojectBanditTable(path.join(root, 'pyproject.toml'));
  if (table) {
    await fs.mkdir(tempDir, { recursive: true });
    const file = path.join(tempDir, `assay-bandit-pyproject-${process.pid}-${Date.now()}.yaml`);
    await fs.writeFile(file, stringifyYaml(table));
    config.args.push('-c', file);
    config.sources.push('pyproject.toml [tool.bandit]');
  }
  return config;
}

async function pyprojectBanditTable(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  // Most pyproject.toml files have no [tool.bandit]; a broken one is then none of Bandit's business.
  if (!/^\s*\[\s*tool\s*\.\s*bandit\s*[\].]/m.test(text)) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new ConfigurationError(`pyproject.toml is not valid TOML, so its [tool.bandit] settings cannot be read: ${errorMessage(err).split('\n')[0]}`);
  }
  const table = (parsed.tool as Record<string, unknown> | undefined)?.bandit;
  return table && typeof table === 'object' ? (table as Record<string, unknown>) : undefined;
}

/** `targets` of the `[bandit]` section (Python's configparser syntax: `key: value` or `key = value`). */
export function iniTargets(text: string): string[] | undefined {
  let inSection = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inSection = /^\[\s*bandit\s*\]$/i.test(line);
      continue;
    }
    if (!inSection || line.startsWith('#') || line.startsWith(';')) continue;
    const match = /^targets\s*[:=]\s*(.*)$/i.exec(line);
    if (match) {
      const targets = match[1]!
        .split(',')
        .map((t) => t.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
        .filter(Boolean);
      return targets.length > 0 ? targets : undefined;
    }
  }
  return undefined;
}

/** Keeps the files at or under one of `targets` (paths relative to the root, forward slashes). */
export function filesUnderTargets(files: readonly string[], targets: readonly string[]): string[] {
  if (targets.includes('.')) return [...files];
  return files.filter((f) => targets.some((t) => f === t || f.startsWith(`${t}/`)));
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}
