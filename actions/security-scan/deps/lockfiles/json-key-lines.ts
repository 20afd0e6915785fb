/**
 * Line numbers of object keys in a JSON text. JSON.parse gives values but forgets where they
 * were; a finding must point at the lockfile line of its package, so JSON lockfiles are read
 * twice: JSON.parse for the data, this scanner for the lines. It is a tokenizer only (the text is
 * known to parse), linear in the text, and keeps the keys of the objects `wanted` accepts.
 */

/** The map key for a member: its object's path and its own key, joined. */
export function keyPath(path: readonly string[], key: string): string {
  return [...path, key].join('\u0000');
}

interface Frame {
  isObject: boolean;
  path: string[];
  /** For objects: the key of the member being read; for arrays: the index. */
  key: string;
  index: number;
  expectKey: boolean;
  wanted: boolean;
}

/**
 * Returns `keyPath(objectPath, key)` → 1-based line of the key, for every member of an object
 * whose path (keys and array indexes from the root, as strings) `wanted` accepts.
 */
export function jsonKeyLines(text: string, wanted: (path: readonly string[]) => boolean): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      line++;
    } else if (c === 34 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) {
          escaped = true;
          i++;
        } else if (d === 34) {
          break;
        }
      }
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        top.key = key;
        top.expectKey = false;
        if (top.wanted) lines.set(keyPath(top.path, key), line);
      }
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.isObject) top.expectKey = true;
        else top.index++;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const top = stack[stack.length - 1];
      const path = top ? [...top.path, top.isObject ? top.key : String(top.index)] : [];
      const isObject = c === 123;
      stack.push({ isObject, path, key: '', index: 0, expectKey: isObject, wanted: isObject && wanted(path) });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    }
  }
  return lines;
}
