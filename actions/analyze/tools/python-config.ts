import * as fs from 'node:fs';
import * as path from 'node:path';

export type PythonLinter = 'pylint' | 'mypy';

/**
 * The config files each tool reads from its working folder, in the tool's own order of
 * preference (pylint 2.16 `find_default_config_files`, mypy 1.0 `defaults.CONFIG_FILES`). The
 * shared files count only when they hold a section for the tool, as the tools themselves decide.
 */
const CANDIDATES: Record<PythonLinter, readonly { file: string; section?: RegExp }[]> = {
  pylint: [
    { file: 'pylintrc' },
    { file: '.pylintrc' },
    { file: 'pyproject.toml', section: /^\s*\[\[?\s*tool\s*\.\s*pylint\s*[.\]]/m },
    { file: 'setup.cfg', section: /^\s*\[\s*pylint\./m },
  ],
  mypy: [
    { file: 'mypy.ini' },
    { file: '.mypy.ini' },
    { file: 'pyproject.toml', section: /^\s*\[\[?\s*tool\s*\.\s*mypy\s*[.\]]/m },
    { file: 'setup.cfg', section: /^\s*\[\s*mypy\s*\]/m },
  ],
};

/** The config file `tool` would read when run in `dir`, or undefined. */
export function configIn(tool: PythonLinter, dir: string): string | undefined {
  for (const candidate of CANDIDATES[tool]) {
    const file = path.join(dir, candidate.file);
    let text: string;
    try {
      if (!fs.statSync(file).isFile()) continue;
      if (!candidate.section) return file;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (candidate.section.test(text)) return file;
  }
  return undefined;
}

/** Files that share one config: the tool runs once per group, from the config's folder. */
export interface ConfigGroup {
  /** Absolute folder the tool runs in: the config's folder, or the project root when there is none. */
  dir: string;
  /** Absolute path of the config file, undefined when the project has none for these files. */
  config?: string;
  /** The group's files, relative to the project root. */
  files: string[];
}

/**
 * Groups files by the nearest folder at or above them (up to the project root) that holds a
 * config for the tool, so a monorepo's `services/billing/pyproject.toml` governs the files
 * under it the way it does when a developer runs the tool in that folder. Files with no config
 * above them form one group at the root.
 */
export function groupByConfig(tool: PythonLinter, root: string, files: readonly string[]): ConfigGroup[] {
  const configOfDir = new Map<string, string | null>();
  const lookup = (dir: string): string | null => {
    let found = configOfDir.get(dir);
    if (found === undefined) {
      found = configIn(tool, path.join(root, dir)) ?? null;
      configOfDir.set(dir, found);
    }
    return found;
  };
  const groups = new Map<string, ConfigGroup>();
  for (const file of files) {
    let dir = path.posix.dirname(file);
    let config: string | null = null;
    for (;;) {
      config = lookup(dir);
      if (config || dir === '.') break;
      dir = path.posix.dirname(dir);
    }
    const key = config ? dir : '.';
    let group = groups.get(key);
    if (!group) {
      group = { dir: path.join(root, key), ...(config ? { config } : {}), files: [] };
      groups.set(key, group);
    }
    group.files.push(file);
  }
  return [...groups.values()].sort((a, b) => a.dir.localeCompare(b.dir));
}

/**
 * True when a mypy config names the files to check itself (`files = …` in `[mypy]` or
 * `[tool.mypy]`): then mypy runs without file arguments and checks what the project chose.
 */
export function mypyConfigNamesFiles(config: string): boolean {
  let text: string;
  try {
    text = fs.readFileSync(config, 'utf8');
  } catch {
    return false;
  }
  const wanted = config.endsWith('.toml') ? 'tool.mypy' : 'mypy';
  let inSection = false;
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[{1,2}([^\][]+)\]{1,2}\s*([#;].*)?$/.exec(line);
    if (header) {
      inSection = header[1]!.replace(/\s+/g, '') === wanted;
      continue;
    }
    if (inSection && /^\s*files\s*=/.test(line)) return true;
  }
  return false;
}
