/**
 * Globs over the repository-relative paths analysis.json lists (forward slashes), for gates such
 * as `coverage[api/**] >= 95`:
 *
 *   *        any characters except /          **      any number of folders (also none)
 *   ?        one character except /           [abc]   one of; [!abc] none of; [a-z] a range
 *   {a,b}    either alternative               api/    everything under api (same as api/**)
 *
 * A pattern without a slash matches the file name in any folder (`*.py`, like .gitignore); one
 * without wildcards also matches everything under it as a folder (`api` = `api` or `api/**`).
 * Returns a RegExp, or a string saying what is wrong with the pattern.
 */
export function globMatcher(pattern: string): RegExp | string {
  let glob = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (glob === '') return 'the path pattern is empty';
  if (glob.startsWith('/')) return 'paths are relative to the repository root; leave out the leading /';
  if (glob.endsWith('/')) glob += '**';
  const magic = /[*?[{]/.test(glob);
  const anyFolder = !glob.includes('/');
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (!atStart || !atEnd) return '** must be a whole path segment (as in api/**/x.py)';
        if (i + 2 === glob.length) out += '.*';
        else {
          out += '(?:.*/)?';
          i++; // the slash after ** is part of the group
        }
        i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return `[ at position ${i + 1} is never closed with ]`;
      let set = glob.slice(i + 1, end);
      const negate = set.startsWith('!') || set.startsWith('^');
      if (negate) set = set.slice(1);
      out += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}') {
      if (braces === 0) return `} at position ${i + 1} closes no {`;
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  if (braces > 0) return '{ is never closed with }';
  const prefix = anyFolder ? '(?:.*/)?' : '';
  const suffix = magic ? '' : '(?:/.*)?';
  try {
    return new RegExp(`^${prefix}${out}${suffix}$`);
  } catch (err) {
    return `it is not a valid pattern (${(err as Error).message})`;
  }
}
