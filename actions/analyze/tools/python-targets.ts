import * as fs from 'node:fs';
import * as path from 'node:path';

export type PythonTargetTool = 'pylint' | 'mypy';

/** One command-line argument for pylint or mypy. */
export interface PythonTarget {
  /** Relative to the folder the tool runs in, forward slashes. */
  path: string;
  kind: 'package' | 'module';
  /** The module name mypy derives for it; one mypy run must not see a name twice. */
  moduleName: string;
}

// Folders mypy never descends into when it walks a directory (mypy/find_sources.py).
const MYPY_SKIPPED = new Set(['__pycache__', 'site-packages', 'node_modules']);

/**
 * What to pass to pylint or mypy for a set of Python files (relative to `baseDir`, the folder the
 * tool runs in).
 *
 * Tools are given packages (top-most folders with `__init__.py`) and the modules that sit in no
 * package, never plain folders: pylint 2.16 stops with F0010 on a folder that is not a package.
 * Passing a package rather than its files keeps the project's own exclusions working (mypy's
 * `exclude` only applies to folders it walks). A package is passed whole only when every file the
 * tool would find in it is one of ours; otherwise (a gitignored or excluded file inside) its files
 * are passed one by one, so nothing we left out gets linted.
 *
 * The tools walk packages differently: pylint descends only into sub-folders that have an
 * `__init__.py` (a module in a namespace sub-folder must be named separately), mypy descends into
 * every sub-folder (naming such a module again would make it a duplicate).
 */
export function pythonTargets(tool: PythonTargetTool, baseDir: string, files: readonly string[]): PythonTarget[] {
  const wanted = files.filter((f) => f.endsWith('.py') || (tool === 'mypy' && f.endsWith('.pyi')));
  const listed = new Set(wanted);
  const initCache = new Map<string, boolean>();
  const hasInit = (dir: string): boolean => {
    if (dir === '.') return false; // the folder we run in is the base, never a package we pass
    let found = initCache.get(dir);
    if (found === undefined) {
      found = fs.existsSync(path.join(baseDir, dir, '__init__.py')) || (tool === 'mypy' && fs.existsSync(path.join(baseDir, dir, '__init__.pyi')));
      initCache.set(dir, found);
    }
    return found;
  };

  const byPackage = new Map<string, string[]>();
  const loose: string[] = [];
  for (const file of wanted) {
    const pkg = tool === 'pylint' ? topOfInitChain(path.posix.dirname(file), hasInit) : highestPackage(path.posix.dirname(file), hasInit);
    if (pkg === undefined) loose.push(file);
    else byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), file]);
  }

  const targets: PythonTarget[] = [];
  for (const [pkg, members] of [...byPackage].sort(([a], [b]) => a.localeCompare(b))) {
    const onDisk = tool === 'pylint' ? pylintWalk(baseDir, pkg, hasInit) : mypyWalk(baseDir, pkg);
    if (onDisk.every((f) => listed.has(f))) targets.push({ path: pkg, kind: 'package', moduleName: path.posix.basename(pkg) });
    else loose.push(...members);
  }
  const modules = tool === 'mypy' ? preferStubs(loose) : loose;
  for (const file of modules.sort()) targets.push({ path: file, kind: 'module', moduleName: moduleNameOf(file, hasInit) });
  return targets;
}

/** Files given one by one (changed-files-only mode): no packages, just the files. */
export function pythonFileTargets(tool: PythonTargetTool, baseDir: string, files: readonly string[]): PythonTarget[] {
  const wanted = files.filter((f) => f.endsWith('.py') || (tool === 'mypy' && f.endsWith('.pyi')));
  const hasInit = (dir: string) => dir !== '.' && fs.existsSync(path.join(baseDir, dir, '__init__.py'));
  const modules = tool === 'mypy' ? preferStubs(wanted) : [...wanted];
  return modules.sort().map((file) => ({ path: file, kind: 'module' as const, moduleName: moduleNameOf(file, hasInit) }));
}

/**
 * Splits targets into runs in which no module name repeats: mypy stops with "Duplicate module
 * named 'util'" when two folders that are not packages each hold a `util.py`. Almost every
 * project needs one run.
 */
export function batchByModuleName(targets: readonly PythonTarget[]): PythonTarget[][] {
  const batches: { names: Set<string>; targets: PythonTarget[] }[] = [];
  for (const target of targets) {
    let batch = batches.find((b) => !b.names.has(target.moduleName));
    if (!batch) {
      batch = { names: new Set(), targets: [] };
      batches.push(batch);
    }
    batch.names.add(target.moduleName);
    batch.targets.push(target);
  }
  return batches.map((b) => b.targets);
}

/** The top of the unbroken chain of `__init__.py` folders that holds `dir`, or undefined. */
function topOfInitChain(dir: string, hasInit: (d: string) => boolean): string | undefined {
  let top: string | undefined;
  for (let d = dir; hasInit(d); d = path.posix.dirname(d)) top = d;
  return top;
}

/** The highest folder above (or at) `dir` that is a package, gaps allowed: mypy walks through them. */
function highestPackage(dir: string, hasInit: (d: string) => boolean): string | undefined {
  let top: string | undefined;
  for (let d = dir; d !== '.'; d = path.posix.dirname(d)) if (hasInit(d)) top = d;
  return top;
}

/** The `.py` files pylint finds in a package: it does not descend into folders without `__init__.py`. */
function pylintWalk(baseDir: string, pkg: string, hasInit: (d: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readDir(path.join(baseDir, dir))) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (hasInit(rel)) walk(rel);
      } else if (entry.name.endsWith('.py')) found.push(rel);
    }
  };
  walk(pkg);
  return found;
}

/** The `.py` and `.pyi` files mypy finds under a folder (it skips dot folders and a few others). */
function mypyWalk(baseDir: string, pkg: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readDir(path.join(baseDir, dir))) {
      if (entry.name.startsWith('.') || MYPY_SKIPPED.has(entry.name)) continue;
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.py') || entry.name.endsWith('.pyi')) found.push(rel);
    }
  };
  walk(pkg);
  return found;
}

function readDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** mypy refuses `x.py` next to `x.pyi` as a duplicate module; it would read the stub itself. */
function preferStubs(files: readonly string[]): string[] {
  const stubs = new Set(files.filter((f) => f.endsWith('.pyi')));
  return files.filter((f) => !(f.endsWith('.py') && stubs.has(`${f}i`)));
}

/** The dotted name mypy gives a file it is handed: its package chain plus its stem. */
function moduleNameOf(file: string, hasInit: (d: string) => boolean): string {
  const base = path.posix.basename(file);
  // A script without an extension is checked as the program itself.
  if (!/\.pyi?$/.test(base)) return '__main__';
  const parts = [base.replace(/\.pyi?$/, '')];
  for (let d = path.posix.dirname(file); hasInit(d); d = path.posix.dirname(d)) parts.unshift(path.posix.basename(d));
  if (parts.length > 1 && parts[parts.length - 1] === '__init__') parts.pop();
  return parts.join('.');
}
