import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { CommandNotFoundError, runProcess } from '../../../lib/process/run-process';
import { IgnoreRules, compile, gitDirOf, readPatterns, rulesAboveRoot } from '../../analyze/gitignore-rules';
import { vendoredByContent, vendoredByName } from '../../analyze/vendored-folders';

export interface ListScanFilesOptions {
  /** Absolute path of the folder to scan. */
  root: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
  signal?: AbortSignal;
  /** Gitignore-style patterns relative to the root; they only remove files. */
  exclude?: readonly string[];
  /** Larger files are left out (data dumps, bundles). Default 5 MiB. */
  maxFileBytes?: number;
}

export interface ScanFile {
  /** Relative to the root, forward slashes. */
  path: string;
  size: number;
}

export interface ScanFileList {
  files: ScanFile[];
  /** `git`: the files git tracks or would track; `walk`: every file, minus .gitignore'd ones. */
  source: 'git' | 'walk';
  skipped: { vendored: number; binary: number; large: number };
}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Git's own test for binary content looks for a NUL byte in the first 8,000 bytes. */
const BINARY_PROBE_BYTES = 8000;
/**
 * Binary files some secretlint rule reads by name: a GCP service account key in PKCS#12. They are
 * passed on despite their binary content.
 */
const BINARY_SECRET_FILES = /\.p12$/i;

/**
 * The files to scan for secrets. In a git checkout, `git ls-files --cached --others
 * --exclude-standard`: what the repository tracks plus new files it would track, so a secret in
 * a file about to be committed is found too, while .gitignore'd files (a local `.env`, build
 * output) are not, since they never reach the repository. Outside a checkout (an unpacked
 * archive), every file under the root minus what its .gitignore files ignore. Either way,
 * vendored and generated folders (node_modules, vendor, .venv, …: analyze's vendored-folders
 * list) are left out, as are binary files (a NUL byte in the first 8,000 bytes, git's rule),
 * symlinks and files above `maxFileBytes`.
 */
export async function listScanFiles(options: ListScanFilesOptions): Promise<ScanFileList> {
  const root = fs.realpathSync(options.root);
  const exclude = options.exclude && options.exclude.length > 0 ? compile(options.exclude.map((p) => p.trim().replace(/^\.\//, '/')).filter((p) => p && !p.startsWith('#'))) : undefined;
  const skipped = { vendored: 0, binary: 0, large: 0 };
  let candidates = await gitFiles(root, options);
  const source = candidates ? 'git' : 'walk';
  if (!candidates) candidates = walk(root, skipped);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: ScanFile[] = [];
  for (const rel of candidates) {
    if (exclude?.ignores(rel)) continue;
    if (source === 'git' && inVendoredFolder(rel)) {
      skipped.vendored++;
      continue;
    }
    const abs = path.join(root, rel);
    const stat = fs.lstatSync(abs, { throwIfNoEntry: false });
    // Deleted but still in the index, a submodule's folder, or a symlink (its target is listed itself when it is in the project).
    if (!stat?.isFile()) continue;
    if (stat.size > maxBytes) {
      skipped.large++;
      options.log.debug(`secrets: skipped ${rel}: larger than ${maxBytes} bytes`);
      continue;
    }
    if (!BINARY_SECRET_FILES.test(rel) && isBinary(abs, stat.size)) {
      skipped.binary++;
      continue;
    }
    files.push({ path: rel, size: stat.size });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, source, skipped };
}

/**
 * Paths git lists under `root`, relative to it; undefined when `root` is not in a working tree,
 * git is missing or refuses (a checkout owned by another user), or lists nothing (the root is
 * ignored by the repository around it): the walk decides then.
 */
async function gitFiles(root: string, options: ListScanFilesOptions): Promise<string[] | undefined> {
  let result;
  try {
    result = await runProcess('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      env: options.env,
      timeoutMs: 120_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof CommandNotFoundError) return undefined;
    throw err;
  }
  if (result.exitCode !== 0) {
    if (!/not a git repository/i.test(result.stderr)) options.log.debug(`secrets: git ls-files failed (${result.stderr.trim().split('\n')[0]}); listing the folder instead`);
    return undefined;
  }
  const paths = [...new Set(result.stdout.split('\0').filter(Boolean))];
  return paths.length > 0 ? paths : undefined;
}

function inVendoredFolder(rel: string): boolean {
  const folders = rel.split('/').slice(0, -1);
  return folders.some((name) => vendoredByName(name, new Set()) !== undefined);
}

function isBinary(abs: string, size: number): boolean {
  const fd = fs.openSync(abs, 'r');
  try {
    const head = Buffer.alloc(Math.min(BINARY_PROBE_BYTES, size));
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, read).includes(0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every file under `root` that its .gitignore files (and the repository's above it) do not ignore. */
function walk(root: string, skipped: ScanFileList['skipped']): string[] {
  const out: string[] = [];
  const queue: { abs: string; rel: string; rules: IgnoreRules }[] = [{ abs: root, rel: '', rules: rulesAboveRoot(root).rules }];
  while (queue.length > 0) {
    const folder = queue.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder.abs, { withFileTypes: true });
    } catch {
      continue;
    }
    const names = new Set(entries.map((e) => e.name));
    if (folder.rel && vendoredByContent(names)) {
      skipped.vendored++;
      continue;
    }
    const base = folder.rel ? `${folder.rel}/` : '';
    let rules = folder.rules;
    if (folder.rel && names.has('.git')) {
      // A nested repository: the outer .gitignore files do not reach into it.
      rules = IgnoreRules.none;
      const gitDir = gitDirOf(folder.abs);
      const info = gitDir && readPatterns(path.join(gitDir, 'info', 'exclude'));
      if (info) rules = rules.within(base, info);
    }
    if (names.has('.gitignore')) {
      const text = readPatterns(path.join(folder.abs, '.gitignore'));
      if (text) rules = rules.within(base, text);
    }
    for (const entry of entries) {
      const rel = base + entry.name;
      if (entry.isDirectory()) {
        if (vendoredByName(entry.name, names)) skipped.vendored++;
        else if (!rules.ignores(rel, true)) queue.push({ abs: path.join(folder.abs, entry.name), rel, rules });
      } else if (entry.isFile() && !rules.ignores(rel, false)) {
        out.push(rel);
      }
    }
  }
  return out;
}
