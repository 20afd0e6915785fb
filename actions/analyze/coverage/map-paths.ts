import * as path from 'node:path';
import type { ReportedFile } from './file-coverage';

export interface MapPathsOptions {
  /** Absolute roots of the project (as given and its real path, which may differ through symlinks). */
  roots: readonly string[];
  /** Folder of the report relative to the root ('' when at the root, may start with '..'). */
  reportFolder: string;
  /** The project's files, relative to the root, forward slashes. */
  known: ReadonlySet<string>;
}

/** A way to turn a reported path into a project path: drop `strip` from its front, put `prepend` on. */
interface Rewrite {
  strip: string;
  prepend: string;
  /** Indexes of the reported files it maps to a project file. */
  resolves: Set<number>;
  /** Path segments of the longest project path it matched; a bare file name (1) is weak evidence. */
  depth: number;
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/**
 * The project path of each reported file (undefined when it is not a project file).
 *
 * First the paths as they are: absolute paths under the root, relative ones against the report's
 * folder, each folder above it up to the root, and the root (c8 and Jest write paths relative to
 * where they ran, which is usually the report folder's parent).
 *
 * Then the rest by suffix, for reports made elsewhere (a CI runner's `/home/runner/work/x/x`, a
 * container's `/app`): each way of rewriting a reported path into a known project path, dropping
 * a prefix or adding one, is a candidate, and the rewrite that fits the most files of the report
 * (those found directly included) is tried first, since a report's files share one origin. A
 * rewrite that only one file supports by its bare file name is not used (unless the report has
 * one file): that is how a stray `/app/vendor/__init__.py` would be pinned on the root's `__init__.py`.
 */
export function mapReportedPaths(files: readonly ReportedFile[], options: MapPathsOptions): (string | undefined)[] {
  const { known } = options;
  const result: (string | undefined)[] = files.map((file) => file.candidates.map((c) => direct(normalize(c), options)).find((p) => p !== undefined));
  if (result.every((p) => p !== undefined)) return result;

  const byBaseName = new Map<string, string[]>();
  for (const k of known) {
    const name = k.slice(k.lastIndexOf('/') + 1);
    const list = byBaseName.get(name);
    if (list) list.push(k);
    else byBaseName.set(name, [k]);
  }

  const rewrites = new Map<string, Rewrite>();
  files.forEach((file, index) => {
    for (const raw of file.candidates) {
      const c = normalize(raw);
      for (const k of byBaseName.get(c.slice(c.lastIndexOf('/') + 1)) ?? []) {
        // A file found directly only supports the rewrites that lead to where it was found.
        if (result[index] !== undefined && result[index] !== k) continue;
        let rewrite: { strip: string; prepend: string } | undefined;
        if (c === k) rewrite = { strip: '', prepend: '' };
        else if (c.endsWith(`/${k}`)) rewrite = { strip: c.slice(0, c.length - k.length), prepend: '' };
        else if (!isAbsolute(c) && k.endsWith(`/${c}`)) rewrite = { strip: '', prepend: k.slice(0, k.length - c.length) };
        if (!rewrite) continue;
        const key = `${rewrite.strip}\0${rewrite.prepend}`;
        const entry = rewrites.get(key) ?? { ...rewrite, resolves: new Set<number>(), depth: 0 };
        entry.resolves.add(index);
        entry.depth = Math.max(entry.depth, k.split('/').length);
        rewrites.set(key, entry);
      }
    }
  });

  const underReport = (r: Rewrite) => (options.reportFolder && r.prepend.startsWith(`${options.reportFolder}/`) ? 0 : 1);
  const usable = [...rewrites.values()]
    .filter((r) => r.resolves.size >= 2 || r.depth >= 2 || files.length === 1)
    .sort((a, b) => b.resolves.size - a.resolves.size || underReport(a) - underReport(b) || a.strip.length - b.strip.length || a.prepend.length - b.prepend.length);
  files.forEach((file, index) => {
    if (result[index] !== undefined) return;
    for (const r of usable) {
      if (!r.resolves.has(index)) continue;
      for (const raw of file.candidates) {
        const c = normalize(raw);
        if (!c.startsWith(r.strip)) continue;
        const candidate = r.prepend + c.slice(r.strip.length);
        if (known.has(candidate)) {
          result[index] = candidate;
          break;
        }
      }
      if (result[index] !== undefined) break;
    }
  });
  return result;
}

function normalize(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  const clean = path.posix.normalize(slashed);
  return clean.startsWith('./') ? clean.slice(2) : clean;
}

function direct(c: string, { roots, reportFolder, known }: MapPathsOptions): string | undefined {
  if (isAbsolute(c)) {
    for (const root of roots) {
      const prefix = root.endsWith('/') ? root : `${root}/`;
      if (c.startsWith(prefix) && known.has(c.slice(prefix.length))) return c.slice(prefix.length);
    }
    return undefined;
  }
  const folders: string[] = [];
  for (let f = reportFolder; f && f !== '.' && !f.startsWith('..'); f = path.posix.dirname(f)) folders.push(f);
  folders.push('');
  for (const folder of folders) {
    const rel = folder ? path.posix.join(folder, c) : c;
    if (known.has(rel)) return rel;
  }
  return undefined;
}
