import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FS } from 'liquidjs';

/**
 * How a template name (`code_review/summary`, as layouts and includes write it) becomes a file.
 * liquidjs tries each root in order (the consumer's folder first, then the bundled one) and asks
 * this object to resolve the name in that root. Within one root the format's own file wins over
 * a shared one: for HTML, `code_review/summary.html.liquid`, else `code_review/summary.liquid`.
 * So a consumer's `summary.liquid` replaces the section in every format, a consumer's
 * `summary.html.liquid` only in HTML, and whatever the consumer's folder lacks falls back to
 * the bundled file. A name that already ends in `.liquid` is taken as written.
 *
 * `contains` keeps every file inside the root it was found in (real paths, so neither `..` in a
 * name nor a symbolic link can reach outside); there is no fallback to node_modules.
 */
export function templateFs(format: 'md' | 'html'): FS {
  const isFile = (file: string) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  };
  const contains = (root: string, file: string) => {
    try {
      const realRoot = fs.realpathSync(root);
      const realFile = fs.realpathSync(file);
      const relative = path.relative(realRoot, realFile);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    } catch {
      return false;
    }
  };
  return {
    resolve(dir: string, file: string): string {
      if (file.endsWith('.liquid')) return path.resolve(dir, file);
      const own = path.resolve(dir, withSuffix(file, `.${format}.liquid`));
      if (isFile(own)) return own;
      const shared = path.resolve(dir, withSuffix(file, '.liquid'));
      return isFile(shared) ? shared : own;
    },
    exists: async (file: string) => isFile(file),
    existsSync: isFile,
    readFile: (file: string) => fs.promises.readFile(file, 'utf8'),
    readFileSync: (file: string) => fs.readFileSync(file, 'utf8'),
    contains: async (root: string, file: string) => contains(root, file),
    containsSync: contains,
    sep: path.sep,
    dirname: path.dirname,
  };
}

/**
 * The bundler (ncc's asset relocator) rewrites `path.resolve(dir, \`${x}.liquid\`)` into a path
 * inside the bundle; a name built by a function call is left alone, so lookups stay in the
 * template folders the report was asked to use.
 */
function withSuffix(name: string, suffix: string): string {
  return name + suffix;
}
