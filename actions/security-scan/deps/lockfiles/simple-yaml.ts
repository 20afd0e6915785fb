/**
 * A reader for the plain YAML subset lockfile writers emit (pnpm-lock.yaml): block mappings
 * indented by spaces, keys and scalars plain or quoted, flow mappings on one line (`{a: b}`),
 * sequences (whose items are skipped: no reader needs them). The `yaml` package reads all of YAML
 * but at about 1.2 s per MB here, which a 10 MB monorepo lockfile would feel; this reads the same
 * files in a fraction of that. It returns undefined on anything outside the subset (anchors,
 * multi-line scalars, tabs, nested flow collections), and the caller then uses the `yaml` package.
 */

export type SimpleNode = string | boolean | null | { [key: string]: SimpleNode };
export type SimpleMap = { [key: string]: SimpleNode };

export interface SimpleYaml {
  data: SimpleMap;
  /** 1-based line of each mapping key, by its path joined with \u0000. */
  keyLine(path: readonly string[]): number | undefined;
}

function scalar(raw: string): SimpleNode | undefined {
  const v = raw.trim();
  if (v === '') return null;
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2) return undefined;
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v.startsWith('"')) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return undefined;
    }
  }
  // Features of full YAML this reader does not do: leave them to the real parser.
  if (/^[&*!|>%@`]/.test(v) || / #/.test(v)) return undefined;
  if (v.startsWith('{')) return flowMap(v);
  // A one-line flow sequence (`cpu: [x64]`): its items are not needed, only that it is one.
  if (v.startsWith('[')) return /^\[[^[\]{}]*\]$/.test(v) ? null : undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'null' || v === '~') return null;
  return v;
}

/** `{integrity: sha512-…, tarball: 'file:x.tgz'}` without nesting. */
function flowMap(v: string): SimpleNode | undefined {
  if (!v.endsWith('}')) return undefined;
  const body = v.slice(1, -1).trim();
  const out: SimpleMap = {};
  if (body === '') return out;
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = '';
      current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      current += ch;
    } else if (ch === '{' || ch === '[' || ch === '}' || ch === ']') {
      return undefined;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quote) return undefined;
  parts.push(current);
  for (const part of parts) {
    const m = /^\s*('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'":][^:]*?):\s+(.*)$/.exec(part) ?? /^\s*([^'":][^:]*?):\s*$/.exec(part);
    if (!m) return undefined;
    const key = scalar(m[1]!);
    const value = scalar(m[2] ?? '');
    if (typeof key !== 'string' || value === undefined || (typeof value === 'object' && value !== null)) return undefined;
    out[key] = value;
  }
  return out;
}

// A mapping key: quoted, or plain up to the first ": " (or a final ":").
const KEY = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s#-][^]*?|-[^\s][^]*?)(?::\s+(.*)|:)$/;

export function parseSimpleYaml(text: string): SimpleYaml | undefined {
  const data: SimpleMap = {};
  const lines = new Map<string, number>();
  const stack: { indent: number; map: SimpleMap; path: string[] }[] = [{ indent: -1, map: data, path: [] }];
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    if (row.endsWith('\r')) row = row.slice(0, -1);
    const content = row.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    if (content.includes('\t') && /^\t/.test(row)) return undefined;
    const indent = row.length - content.length;
    // Sequence items: none of the readers needs their values.
    if (content === '-' || content.startsWith('- ')) continue;
    if (row.startsWith('---') || row.startsWith('...')) return undefined;
    const m = KEY.exec(content);
    if (!m) return undefined;
    const key = scalar(m[1]!);
    if (typeof key !== 'string') return undefined;
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!;
    const path = [...parent.path, key];
    lines.set(path.join('\u0000'), i + 1);
    if (m[2] === undefined || m[2].trim() === '') {
      const child: SimpleMap = {};
      parent.map[key] = child;
      stack.push({ indent, map: child, path });
    } else {
      const value = scalar(m[2]);
      if (value === undefined) return undefined;
      parent.map[key] = value;
    }
  }
  return { data, keyLine: (path) => lines.get(path.join('\u0000')) };
}
