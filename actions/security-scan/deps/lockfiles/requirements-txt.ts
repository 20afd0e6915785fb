import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LockfileReadResult, ResolvedPackage } from '../model';
import { LockfileError } from './lockfile-error';

/**
 * pip requirements files (requirements*.txt), in pip's own grammar (pip's req_file.py and PEP
 * 508): backslash continuations are joined, `#` comments dropped, `-r`/`--requirement` files
 * read in place (relative to the including file), extras (`name[extra]`) and environment markers
 * (`; python_version < "3.8"`) accepted, per-requirement options such as `--hash=` ignored.
 *
 * Only exact pins (`==1.2.3`, `===1.2.3`) say which version gets installed, so only they are
 * checked. A range (`>=2.0`), a wildcard (`==2.*`), a URL, a path or an editable install could be
 * any version: each becomes a note, never a finding. Markers are not evaluated (the runner's
 * Python is not the deployment's), so a pin is checked whatever its marker says.
 */

export interface RequirementsOptions {
  /** Reads a file; tests and callers with a virtual file system pass their own. */
  readFile?: (absolutePath: string) => string;
}

interface LogicalLine {
  text: string;
  line: number;
}

/** pip's join_lines + ignore_comments: continuation lines joined, comments and blank lines dropped. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.split(/\r?\n/);
  let buffer = '';
  let start = 0;
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    if (buffer === '') start = i + 1;
    // A comment starts at `#` at the beginning or after whitespace (a URL fragment `#egg=` is not one).
    const comment = /(^|\s)#.*$/.exec(line);
    const isCommentLine = comment !== null && comment.index === 0 && comment[1] === '';
    if (line.endsWith('\\') && !isCommentLine) {
      buffer += `${line.slice(0, -1)} `;
      continue;
    }
    line = buffer + line;
    buffer = '';
    const stripped = line.replace(/(^|\s+)#.*$/, '').trim();
    if (stripped !== '') out.push({ text: stripped, line: start });
  }
  if (buffer.trim() !== '') out.push({ text: buffer.replace(/(^|\s+)#.*$/, '').trim(), line: start });
  return out;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;

// Options that only steer pip (indexes, binaries, hashes mode): nothing to check.
const IGNORED_OPTIONS = /^(-i|--index-url|--extra-index-url|--no-index|-f|--find-links|--no-binary|--only-binary|--prefer-binary|--pre|--trusted-host|--require-hashes|--use-feature)\b/;

/** The version an exact specifier set pins, or undefined when it allows more than one. */
export function pinnedVersion(specifiers: string): string | undefined {
  const clauses = specifiers
    .replace(/^\((.*)\)$/, '$1')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const clause of clauses) {
    const m = /^(===?)\s*([^\s*]+)$/.exec(clause);
    if (m && !m[2]!.endsWith('.*')) return m[2];
  }
  return undefined;
}

export function readRequirements(absolutePath: string, root: string, options: RequirementsOptions = {}): LockfileReadResult {
  const readFile = options.readFile ?? ((p: string) => fs.readFileSync(p, 'utf8'));
  const packages: ResolvedPackage[] = [];
  const notes: string[] = [];
  const visiting = new Set<string>();
  const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');

  const readOne = (filePath: string, includedFrom?: string) => {
    const resolved = path.resolve(filePath);
    const file = relative(resolved);
    if (visiting.has(resolved)) {
      notes.push(`${includedFrom ?? file}: includes ${file} again (a cycle); read once`);
      return;
    }
    let text: string;
    try {
      text = readFile(resolved);
    } catch (error) {
      if (includedFrom) {
        notes.push(`${includedFrom}: includes ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); its pins were not checked`);
        return;
      }
      throw new LockfileError(file, `cannot be read (${(error as Error).message})`, { cause: error });
    }
    visiting.add(resolved);
    for (const { text: line, line: lineNo } of logicalLines(text)) {
      const where = `${file}:${lineNo}`;
      const include = /^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=\S))(\S+)$/.exec(line);
      if (include) {
        readOne(path.resolve(path.dirname(resolved), include[1]!), where);
        continue;
      }
      if (/^(-c|--constraint)\b/.test(line)) {
        notes.push(`${where}: constraints file ${line.replace(/^(-c|--constraint)\s*=?\s*/, '')} not read: constraints limit versions but install nothing`);
        continue;
      }
      if (/^(-e|--editable)\b/.test(line)) {
        notes.push(`${where}: editable install ${line.replace(/^(-e|--editable)\s*=?\s*/, '')} is local code, not a PyPI release; not checked`);
        continue;
      }
      if (IGNORED_OPTIONS.test(line)) continue;
      if (line.startsWith('-')) {
        notes.push(`${where}: option ${line.split(/\s/)[0]} not understood; line skipped`);
        continue;
      }
      // Per-requirement options (--hash=…, --config-settings …) follow the requirement.
      const requirement = line.split(/\s+--?[A-Za-z]/)[0]!.trim();
      const spec = requirement.split(/;/)[0]!.trim();
      // A path or URL instead of a name (`./pkg`, `https://…`, `git+…`, `pkg-1.0.tar.gz`).
      if (/^(\.|\/|~|[A-Za-z][A-Za-z0-9+.-]*:\/\/|git\+)/.test(spec) || (/\.(whl|tar\.gz|zip)$/.test(spec) && !spec.includes('@'))) {
        notes.push(`${where}: ${spec} is a path or URL, not a pinned PyPI release; not checked`);
        continue;
      }
      const m = NAME.exec(spec);
      if (!m) {
        notes.push(`${where}: "${spec}" is not a requirement pip would read; skipped`);
        continue;
      }
      const name = m[1]!;
      const rest = m[3]!.trim();
      if (rest.startsWith('@')) {
        notes.push(`${where}: ${name} is installed from ${rest.slice(1).trim()}, not a pinned PyPI release; not checked`);
        continue;
      }
      const version = pinnedVersion(rest);
      if (version === undefined) {
        notes.push(`${where}: ${name}${rest ? ` ${rest}` : ''} is not pinned with ==, so the installed version is unknown; not checked (pin it, e.g. with pip-compile or pip freeze)`);
        continue;
      }
      packages.push({ ecosystem: 'PyPI', name, version, file, line: lineNo });
    }
    visiting.delete(resolved);
  };

  readOne(absolutePath);
  return { packages, notes };
}
