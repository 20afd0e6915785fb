/**
 * Lines of the `[[package]]` tables of a TOML lockfile (Cargo.lock, poetry.lock). The TOML parser
 * gives the tables in order but not where they are, so the text is scanned for the same headers:
 * the i-th `[[package]]` header is the i-th table. A finding points at the table's `name = "…"`
 * line (the header itself when a table has no name line), which is where a reader looks.
 */
export function packageTableLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\[\[\s*package\s*\]\]\s*(#.*)?$/.test(lines[i]!.trim())) continue;
    let at = i + 1;
    for (let j = i + 1; j < lines.length; j++) {
      const inner = lines[j]!.trim();
      if (inner.startsWith('[')) break;
      if (/^name\s*=/.test(inner)) {
        at = j + 1;
        break;
      }
    }
    out.push(at);
  }
  return out;
}
