/**
 * Readers for the two git diff outputs changed-files.ts asks for. The file list comes from
 * `--name-status -z`, which never quotes or escapes a path; the lines come from the patch, whose
 * paths git quotes C-style when they hold unusual bytes and follows with a tab when they hold a
 * space. Both are keyed by the new path, so a renamed file's lines are under its new name.
 */

export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'type-changed' | 'deleted' | 'unmerged' | 'unknown';

export interface FileChange {
  status: ChangeStatus;
  /** The path in the new version (for a deleted file, the path it had). */
  path: string;
  /** The old path of a rename or copy. */
  from?: string;
}

const STATUS: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
  D: 'deleted',
  U: 'unmerged',
  X: 'unknown',
};

/** `git diff --name-status -z`: "M\0path\0", "R087\0old\0new\0", … */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const status = STATUS[code[0]!] ?? 'unknown';
    if (status === 'renamed' || status === 'copied') {
      const from = fields[i++]!;
      changes.push({ status, from, path: fields[i++]! });
    } else {
      changes.push({ status, path: fields[i++]! });
    }
  }
  return changes;
}

/**
 * Lines of the new version that a patch adds or changes, by new path. Deleted files (`+++
 * /dev/null`) have none; a hunk that only deletes adds none. Works for any context size: context
 * lines advance the count without being counted.
 */
export function parseUnifiedDiff(patch: string, dstPrefix = 'b/'): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      current = undefined;
      inHunk = false;
      continue;
    }
    if (!inHunk && line.startsWith('+++ ')) {
      const name = parsePatchPath(line.slice(4));
      if (name === undefined) {
        current = undefined; // "/dev/null": the file was deleted
        continue;
      }
      const path = name.startsWith(dstPrefix) ? name.slice(dstPrefix.length) : name;
      current = result.get(path) ?? new Set<number>();
      result.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || !current) continue;
    const first = line[0];
    if (first === '+') current.add(next++);
    else if (first === ' ') next++;
    else if (first === '-' || first === '\\') continue; // removed line; "\ No newline at end of file"
    else inHunk = false; // an extended header of the next file, or the end
  }
  return result;
}

/** The path of a `---`/`+++` line; undefined for /dev/null. */
function parsePatchPath(text: string): string | undefined {
  if (text.startsWith('"')) return unquoteGitPath(text);
  // Git appends a tab to a name that holds a space, so patch(1) can tell where the name ends.
  const name = text.endsWith('\t') ? text.slice(0, -1) : text;
  return name === '/dev/null' ? undefined : name;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Undoes git's C-style quoting (quote.c, quote_c_style): `"tab\there"`, `"caf\303\251.py"` (octal
 * bytes of UTF-8, under the default core.quotePath=true). Text after the closing quote (a tab) is dropped.
 */
export function unquoteGitPath(quoted: string): string {
  const bytes: number[] = [];
  for (let i = 1; i < quoted.length; i++) {
    const c = quoted[i]!;
    if (c === '"') break;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const e = quoted[++i]!;
    if (/[0-7]/.test(e)) {
      bytes.push(parseInt(quoted.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
