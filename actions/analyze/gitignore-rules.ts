import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** One file of patterns and the folder its patterns are relative to. */
export interface Layer {
  ig: Ignore;
  /** The layer's folder relative to the origin (the repository's top, else the walk's root): '' or 'a/b/'. */
  folder: string;
}

interface Verdict {
  ignored: boolean;
  unignored: boolean;
}

/**
 * The .gitignore files that apply at one folder of a walk, outermost first, with git's
 * precedence: `$GIT_DIR/info/exclude` lowest, then each .gitignore from the repository's top down,
 * the deepest one that has an opinion about a path deciding it (so a nested `!keep.js` re-includes
 * what a parent ignored, and a nested `*.js` ignores what a parent re-included). Immutable: each
 * folder extends its parent's rules, so sibling folders never see each other's files.
 *
 * Like git, a path is matched by itself only: the walk has already decided its parent folders
 * (and never enters an ignored one), so an outer `build/` must not hide `tools/build/x.js` once
 * `tools/.gitignore` has re-included `build/`.
 */
export class IgnoreRules {
  private constructor(
    private readonly layers: readonly Layer[],
    /** The walk's root relative to the origin: '' or 'x/y/'. */
    private readonly prefix: string,
  ) {}

  static readonly none = new IgnoreRules([], '');

  /** Adds the patterns of a file in the folder `base` (relative to the walk's root, '' or 'a/b/'). */
  within(base: string, patterns: string): IgnoreRules {
    return new IgnoreRules([...this.layers, { ig: compile(patterns), folder: this.prefix + base }], this.prefix);
  }

  /** `relPath` is relative to the walk's root, forward slashes, no trailing slash. */
  ignores(relPath: string, isDirectory: boolean): boolean {
    return this.ignoresFromOrigin(this.prefix + relPath, isDirectory);
  }

  private ignoresFromOrigin(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    const suffix = isDirectory ? '/' : '';
    for (const layer of this.layers) {
      if (!path.startsWith(layer.folder)) continue;
      const verdict = ownVerdict(layer.ig, path.slice(layer.folder.length) + suffix);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** Rules for a walk whose root is `prefix` (relative to the origin) below the same origin. */
  static fromOrigin(layers: readonly Layer[], prefix: string): IgnoreRules {
    return new IgnoreRules(layers, prefix);
  }

  /** Whether the folder `folderFromOrigin` (no trailing slash) is ignored by these layers. */
  ignoresFolder(folderFromOrigin: string): boolean {
    return this.ignoresFromOrigin(folderFromOrigin, true);
  }
}

/**
 * The last pattern of one file that matches the path itself. The `ignore` package's public
 * `test()` also applies the file's verdict on every parent folder, which is right for one file
 * alone but wrong across files (see IgnoreRules); its rule set's own `test` is the per-path match
 * it uses inside. Should a future version move it, the public call is the fallback, exact for
 * everything but a folder re-included by a deeper .gitignore.
 */
function ownVerdict(ig: Ignore, path: string): Verdict {
  const rules = (ig as unknown as { _rules?: { test?: (path: string, mode: string) => Verdict } })._rules;
  return typeof rules?.test === 'function' ? rules.test(path, 'regex') : ig.test(path);
}

/** Gitignore-syntax patterns (lines of a file, or the entries of the `exclude` input). */
export function compile(patterns: string | readonly string[]): Ignore {
  // Git is case-sensitive on Linux runners (core.ignorecase=false); the package's default is not.
  const ig = ignore({ ignorecase: false });
  const text = typeof patterns === 'string' ? patterns.replace(/^\uFEFF/, '') : patterns.join('\n');
  return ig.add(text);
}

/**
 * Reads a file of patterns; a missing or unreadable file is no patterns. Synchronous, like the
 * whole walk: on a big tree, one thread doing plain system calls is several times faster than
 * promises hopping through libuv's thread pool.
 */
export function readPatterns(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The git directory of a working tree folder that has a `.git` entry: the folder itself, or for a
 * submodule or worktree the one its `.git` file points at (and that one's common directory, where
 * `info/exclude` lives for worktrees).
 */
export function gitDirOf(folder: string): string | undefined {
  const dotGit = path.join(folder, '.git');
  const stat = fs.statSync(dotGit, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isDirectory()) return dotGit;
  const text = readPatterns(dotGit);
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(text ?? '')?.[1];
  if (!pointer) return undefined;
  const gitDir = path.resolve(folder, pointer);
  const common = readPatterns(path.join(gitDir, 'commondir'))?.trim();
  return common ? path.resolve(gitDir, common) : gitDir;
}

/**
 * The rules that apply to the root before any of its own .gitignore files: when the root is in a
 * git working tree, that repository's `info/exclude` and the .gitignore files of the folders
 * between the repository's top and the root (git applies them to the root's files too). Outside a
 * checkout there are none: only the .gitignore files the walk finds count.
 */
export function rulesAboveRoot(root: string): { rules: IgnoreRules; repositoryTop?: string; rootIgnored?: boolean } {
  let top: string | undefined;
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (fs.lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false })) {
      top = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  if (!top) return { rules: IgnoreRules.none };
  const rootFromTop = toPosix(path.relative(top, root));
  const prefix = rootFromTop ? `${rootFromTop}/` : '';
  const layers: Layer[] = [];
  const gitDir = gitDirOf(top);
  const exclude = gitDir && readPatterns(path.join(gitDir, 'info', 'exclude'));
  if (exclude) layers.push({ ig: compile(exclude), folder: '' });
  // Each folder from the top down to the root's parent adds its .gitignore, unless the layers so
  // far ignore the next folder down: then git tracks nothing in the root, and the repository's
  // rules were not written for its files (a tarball unpacked into an ignored folder).
  const parts = rootFromTop ? rootFromTop.split('/') : [];
  for (let i = 0; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const text = readPatterns(path.join(top, ...parts.slice(0, i), '.gitignore'));
    if (text) layers.push({ ig: compile(text), folder: folder ? `${folder}/` : '' });
    if (IgnoreRules.fromOrigin(layers, '').ignoresFolder(parts.slice(0, i + 1).join('/'))) {
      return { rules: IgnoreRules.none, repositoryTop: top, rootIgnored: true };
    }
  }
  return { rules: IgnoreRules.fromOrigin(layers, prefix), repositoryTop: top };
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
