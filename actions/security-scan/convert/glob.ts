import * as fs from 'node:fs';
import * as path from 'node:path';

const MAGIC = /[*?[{]/;
/** Folders a glob only enters when it names them: nobody means node_modules by `**`. */
const SKIPPED_UNLESS_NAMED = new Set(['.git', 'node_modules']);

/**
 * The files a glob names, absolute and sorted. Relative globs are relative to `root`; absolute
 * ones (a report in $RUNNER_TEMP) are taken as they are. Supports `*` and `?` (within one path
 * segment), `**` (any number of segments), `[abc]`/`[!abc]` and `{a,b}`; dot files match like any
 * other. Only the folder below the glob's literal prefix is walked (`reports/**\/*.xml` walks
 * `reports/`), never `.git` or `node_modules` unless the glob names them.
 */
export function expandGlob(pattern: string, root: string): string[] {
  const normalized = pattern.trim().replace(/\\/g, '/');
  const absolute = path.isAbsolute(normalized);
  const base = absolute ? path.parse(path.resolve(normalized)).root : path.resolve(root);
  const segments = (absolute ? path.resolve(normalized).replace(/\\/g, '/').slice(base.replace(/\\/g, '/').length) : normalized.replace(/^\.\//, ''))
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  if (firstMagic < 0) {
    const file = path.join(base, ...segments);
    return isFile(file) ? [file] : [];
  }
  const start = path.join(base, ...segments.slice(0, firstMagic));
  const matcher = globToRegExp(segments.join('/'));
  const named = new Set(segments.filter((s) => SKIPPED_UNLESS_NAMED.has(s)));
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_UNLESS_NAMED.has(entry.name) || named.has(entry.name)) walk(abs);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(abs))) && matcher.test(path.relative(base, abs).split(path.sep).join('/'))) {
        found.push(abs);
      }
    }
  };
  walk(start);
  return found.sort();
}

/** A glob (forward slashes) as an anchored regular expression over a relative path. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `**` matches everything below.
          if (glob[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1; // `a**b` is just `a*b`
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
