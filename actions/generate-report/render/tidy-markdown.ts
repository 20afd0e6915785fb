/**
 * Template tags leave blank lines behind; Markdown reads two blank lines like one, but a job
 * summary's source and a diff of report.md read better without runs of them. Collapses runs of
 * blank lines to one, outside fenced code blocks (the notes' code is
 * kept exactly as written).
 */
export function tidyMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) fence = { char: marker[1]![0]!, length: marker[1]!.length };
    const blank = !marker && line.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
