import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Expands the patterns of an input such as `sarif-files` (one per line, as in a workflow) into
 * files, in a stable order. Supports `*`, `?`, `[...]` and `**` (any number of folders), and a
 * leading `!` to exclude what earlier patterns matched; `*` and `?` do not match a leading dot
 * (as in a shell), and a path without wildcards is taken as it is. The suite has no glob library
 * among its dependencies, and these few rules are all the inputs need.
 */

export interface FoundFiles {
  /** Absolute paths, each once, in the order the patterns found them (sorted within a pattern). */
  files: string[];
  /** Patterns (not exclusions) that matched nothing, as given. */
  unmatched: string[];
}

const WILDCARD = /[*?[]/;

function segmentRegex(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

async function entries(dir: string): Promise<Array<{ name: string; dir: boolean; file: boolean }>> {
  try {
    const list = await fs.readdir(dir, { withFileTypes: true });
    const out: Array<{ name: string; dir: boolean; file: boolean }> = [];
    for (const e of list) {
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Follow links to files; never into linked folders, which can loop.
        const stat = await fs.stat(path.join(dir, e.name)).catch(() => undefined);
        isFile = stat?.isFile() ?? false;
        isDir = false;
      }
      out.push({ name: e.name, dir: isDir, file: isFile });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

async function match(base: string, segments: readonly string[], out: string[]): Promise<void> {
  if (segments.length === 0) return;
  const [segment, ...rest] = segments as [string, ...string[]];
  if (segment === '**') {
    // Zero folders, then one more folder and ** again.
    await match(base, rest, out);
    for (const e of await entries(base)) {
      if (e.dir && !e.name.startsWith('.')) await match(path.join(base, e.name), segments, out);
    }
    return;
  }
  if (!WILDCARD.test(segment)) {
    const next = path.join(base, segment);
    if (rest.length === 0) {
      const stat = await fs.stat(next).catch(() => undefined);
      if (stat?.isFile()) out.push(next);
    } else await match(next, rest, out);
    return;
  }
  const re = segmentRegex(segment);
  for (const e of await entries(base)) {
    if (e.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!re.test(e.name)) continue;
    if (rest.length === 0) {
      if (e.file) out.push(path.join(base, e.name));
    } else if (e.dir) await match(path.join(base, e.name), rest, out);
  }
}

/** Files matching one pattern (relative to `cwd`, or absolute), sorted. */
export async function matchPattern(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = path.isAbsolute(normalized);
  const segments = normalized.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const root = absolute ? path.parse(path.resolve(normalized)).root : path.resolve(cwd);
  const out: string[] = [];
  await match(root, segments[0] === '.' ? segments.slice(1) : segments, out);
  return [...new Set(out)];
}

export async function findFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const found: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (pattern === '' || pattern.startsWith('#')) continue;
    if (pattern.startsWith('!')) {
      const excluded = new Set(await matchPattern(pattern.slice(1).trim(), cwd));
      for (let i = found.length - 1; i >= 0; i--) {
        if (excluded.has(found[i]!)) {
          seen.delete(found[i]!);
          found.splice(i, 1);
        }
      }
      continue;
    }
    const files = await matchPattern(pattern, cwd);
    if (files.length === 0) unmatched.push(pattern);
    for (const f of files) {
      if (!seen.has(f)) {
        seen.add(f);
        found.push(f);
      }
    }
  }
  return { files: found, unmatched };
}
