import * as fs from 'node:fs';
import * as path from 'node:path';

/** Folders a `**` never descends into: they are never where a benchmark writes its results. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** Bound on the folders a single pattern may walk, so a `**` at the root of a huge tree ends. */
const MAX_DIRS = 50_000;

/**
 * Files matching a glob, sorted. Supports `*` and `?` (not across `/`), `**` (any depth, also
 * none), `[abc]` and `{a,b}`. The pattern is taken relative to `root` unless absolute. The walk
 * starts at the pattern's literal leading folders, does not follow symbolic links to folders and
 * skips .git and node_modules under a `**`. (Node 20 has no fs.glob and the project takes no glob
 * package, hence this.)
 */
export function findFiles(pattern: string, root: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = path.isAbsolute(normalized);
  const segments = normalized.split('/').filter((s, i) => s !== '' && (s !== '.' || i > 0));
  const literal: string[] = [];
  while (segments.length > 0 && !hasMagic(segments[0]!)) literal.push(segments.shift()!);
  const base = absolute ? path.join('/', ...literal) : path.resolve(root, ...literal);
  if (segments.length === 0) {
    return fs.statSync(base, { throwIfNoEntry: false })?.isFile() ? [base] : [];
  }
  const matchers = segments.map((s) => (s === '**' ? '**' : segmentRegex(s)));
  const found = new Set<string>();
  let dirs = 0;

  const walk = (dir: string, at: number): void => {
    if (++dirs > MAX_DIRS) return;
    const m = matchers[at]!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (m === '**') {
      // Zero folders…
      if (at + 1 < matchers.length) walk(dir, at + 1);
      // …or one more, staying on the `**`.
      for (const e of entries) if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) walk(path.join(dir, e.name), at);
      return;
    }
    const last = at === matchers.length - 1;
    for (const e of entries) {
      if (!m.test(e.name)) continue;
      const full = path.join(dir, e.name);
      if (last) {
        if (e.isFile() || (e.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isFile())) found.add(full);
      } else if (e.isDirectory()) {
        walk(full, at + 1);
      }
    }
  };
  if (fs.statSync(base, { throwIfNoEntry: false })?.isDirectory()) walk(base, 0);
  return [...found].sort();
}

function hasMagic(segment: string): boolean {
  return /[*?[{]/.test(segment);
}

function segmentRegex(segment: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
