import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../lib/action/logger';
import { ConfigurationError, errorMessage } from '../../lib/errors';
import { languageOfName, languageOfShebang } from './detect-languages';
import { IgnoreRules, compile, gitDirOf, readPatterns, rulesAboveRoot } from './gitignore-rules';
import type { Language, ProjectFile } from './model';
import { vendoredByContent, vendoredByName } from './vendored-folders';

export interface ListProjectFilesOptions {
  /** The folder to analyse. Need not be a git checkout. */
  root: string;
  /** Gitignore-style patterns relative to the root (the `exclude` input); they only ever remove files. */
  exclude?: readonly string[];
  log: Logger;
  /** Source files are small; a larger file is generated, bundled or data. Default 1 MiB. */
  maxFileBytes?: number;
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** The walk gives the event loop a turn this often, so timers and output are not held up on a huge tree. */
const YIELD_EVERY_MS = 50;
/** Enough of a file's start to hold a shebang line and to spot binary content. */
const HEAD_BYTES = 512;

interface Folder {
  abs: string;
  /** Relative to the root, forward slashes; '' for the root. */
  rel: string;
  rules: IgnoreRules;
}

interface Skipped {
  vendored: number;
  large: number;
  binary: number;
  linksOutside: number;
  unreadable: number;
}

/**
 * The project's source files in the languages analyze knows, sorted by path. Walks the folder
 * itself (no git needed, so an unpacked tarball works the same as a checkout), honouring every
 * .gitignore on the way and `.git/info/exclude`, never entering vendored or generated folders
 * (see vendored-folders.ts), and skipping large or binary files and symlinks that leave the root.
 *
 * Symlinked folders are not followed (git stores them as links; following could loop or visit a
 * folder twice); a symlinked file is listed under its own path when its target is inside the root.
 */
export async function listProjectFiles(options: ListProjectFilesOptions): Promise<ProjectFile[]> {
  const { log } = options;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let root: string;
  try {
    root = fs.realpathSync(options.root);
    if (!fs.statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new ConfigurationError(`the path to analyse, "${options.root}", is not a folder; set \`path\` to the project's folder`);
  }
  // People write "./dist" for the root's dist; gitignore syntax says that as "/dist".
  const patterns = (options.exclude ?? []).map((p) => p.trim().replace(/^\.\//, '/')).filter((p) => p && !p.startsWith('#'));
  const exclude = patterns.length > 0 ? compile(patterns) : undefined;
  const above = rulesAboveRoot(root);
  if (above.rootIgnored) log.debug(`${root} is ignored by the repository at ${above.repositoryTop}; only its own .gitignore files apply`);

  const files: ProjectFile[] = [];
  const skipped: Skipped = { vendored: 0, large: 0, binary: 0, linksOutside: 0, unreadable: 0 };
  const started = performance.now();
  let folders = 0;
  let entriesSeen = 0;

  const isExcluded = (rel: string, isDirectory: boolean, rules: IgnoreRules) =>
    rules.ignores(rel, isDirectory) || (exclude !== undefined && exclude.ignores(isDirectory ? `${rel}/` : rel));

  /** Decides a regular file (or a symlink's target) and adds it when it is source. */
  const consider = (abs: string, rel: string, name: string, rules: IgnoreRules): void => {
    const verdict = languageOfName(name);
    if (!verdict || isExcluded(rel, false, rules)) return;
    try {
      // `.ts` is also MPEG transport stream video, and an extensionless file is anything: look inside.
      const language =
        verdict === 'shebang' || name.endsWith('.ts') ? inspect(abs, rel, verdict, maxBytes, skipped, log) : checkSize(abs, rel, verdict, maxBytes, skipped, log);
      if (language) files.push({ path: rel, language });
    } catch (e) {
      skipped.unreadable++;
      log.debug(`skipped ${rel}: ${errorMessage(e)}`);
    }
  };

  const visit = (folder: Folder, queue: Folder[]): void => {
    folders++;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder.abs, { withFileTypes: true });
    } catch (e) {
      skipped.unreadable++;
      log.debug(`skipped folder ${folder.rel || '.'}: ${errorMessage(e)}`);
      return;
    }
    entriesSeen += entries.length;
    const names = new Set(entries.map((e) => e.name));
    if (folder.rel) {
      const why = vendoredByContent(names);
      if (why) {
        skipped.vendored++;
        log.debug(`skipped folder ${folder.rel}: ${why}`);
        return;
      }
    }
    const base = folder.rel ? `${folder.rel}/` : '';
    let rules = folder.rules;
    if (folder.rel && names.has('.git')) {
      // A nested repository (submodule, vendored checkout): the outer .gitignore files do not reach into it.
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
      const abs = path.join(folder.abs, entry.name);
      if (entry.isDirectory()) {
        const why = vendoredByName(entry.name, names);
        if (why) {
          skipped.vendored++;
          log.debug(`skipped folder ${rel}: ${why}`);
        } else if (!isExcluded(rel, true, rules)) {
          queue.push({ abs, rel, rules });
        }
      } else if (entry.isFile()) {
        consider(abs, rel, entry.name, rules);
      } else if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(abs);
        } catch {
          continue; // dangling
        }
        if (target !== root && !target.startsWith(root + path.sep)) {
          skipped.linksOutside++;
          log.debug(`skipped ${rel}: a symlink to ${target}, outside the project`);
        } else if (fs.statSync(target, { throwIfNoEntry: false })?.isFile()) {
          consider(abs, rel, entry.name, rules);
        }
      }
    }
  };

  const queue: Folder[] = [{ abs: root, rel: '', rules: above.rules }];
  let lastYield = performance.now();
  while (queue.length > 0) {
    visit(queue.pop()!, queue);
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seconds = (performance.now() - started) / 1000;
  log.debug(
    `listed ${files.length} source files from ${entriesSeen} entries in ${folders} folders in ${seconds.toFixed(2)} s; skipped ` +
      `${skipped.vendored} vendored folders, ${skipped.large} large and ${skipped.binary} binary files, ` +
      `${skipped.linksOutside} symlinks leaving the project, ${skipped.unreadable} unreadable entries`,
  );
  return files;
}

function checkSize(abs: string, rel: string, language: Language, maxBytes: number, skipped: Skipped, log: Logger): Language | undefined {
  if (fs.statSync(abs).size <= maxBytes) return language;
  skipped.large++;
  log.debug(`skipped ${rel}: larger than ${maxBytes} bytes, so generated or data`);
  return undefined;
}

/** Reads the start of a file whose name is not enough: size, binary content, shebang. */
function inspect(abs: string, rel: string, verdict: Language | 'shebang', maxBytes: number, skipped: Skipped, log: Logger): Language | undefined {
  const fd = fs.openSync(abs, 'r');
  try {
    const { size } = fs.fstatSync(fd);
    if (size > maxBytes) {
      skipped.large++;
      log.debug(`skipped ${rel}: larger than ${maxBytes} bytes, so generated or data`);
      return undefined;
    }
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const bytes = head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
    if (verdict === 'shebang') {
      if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return undefined; // not "#!": data, binary or no script
      const end = bytes.indexOf(0x0a);
      return languageOfShebang(bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8').replace(/\r$/, ''));
    }
    // Git's own test for binary content: a NUL byte near the start.
    if (bytes.includes(0)) {
      skipped.binary++;
      log.debug(`skipped ${rel}: binary content`);
      return undefined;
    }
    return verdict;
  } finally {
    fs.closeSync(fd);
  }
}
