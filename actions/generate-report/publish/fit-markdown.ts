/**
 * Cuts Markdown to a size limit at a line boundary, so GitHub gets a document it renders well
 * rather than a refusal (a comment over 65,536 characters answers 422) or a silently dropped
 * summary (over 1 MiB). What is cut is said in a note the caller writes, placed at the end.
 *
 * A cut can land inside a fenced code block or an open `<details>` element; the fence and the
 * elements are closed before the note so the note renders as text, not as code or folded away.
 */

export interface FitOptions {
  /** Largest size of the result, note included. */
  limit: number;
  /**
   * How size is counted. 'bytes': UTF-8 bytes (the job summary's limit). 'chars': UTF-16 code
   * units, i.e. JavaScript's length, which is never less than the characters GitHub counts, so
   * a body that fits here fits there.
   */
  unit: 'bytes' | 'chars';
  /** The note that replaces what was cut, given the counts; Markdown, starting on its own line. */
  note: (cut: { keptLines: number; totalLines: number }) => string;
}

export interface Fitted {
  text: string;
  cut: boolean;
  /** Lines of the original kept whole. */
  keptLines: number;
  totalLines: number;
}

export function fitMarkdown(markdown: string, options: FitOptions): Fitted {
  const size = options.unit === 'bytes' ? (s: string) => Buffer.byteLength(s) : (s: string) => s.length;
  const lines = markdown.split('\n');
  const totalLines = lines.length;
  if (size(markdown) <= options.limit) return { text: markdown, cut: false, keptLines: totalLines, totalLines };

  // states[k]: what is open after the first k lines; sizes[k]: their size, newlines included.
  const states: OpenBlocks[] = [{ details: 0 }];
  const sizes = [0];
  for (const line of lines) {
    const previous = states[states.length - 1]!;
    states.push(afterLine(previous, line));
    sizes.push(sizes[sizes.length - 1]! + size(line) + 1);
    if (sizes[sizes.length - 1]! > options.limit) break; // nothing past here can fit
  }

  const assemble = (head: string, kept: number) =>
    `${head}\n${closers(states[kept]!)}\n${options.note({ keptLines: kept, totalLines })}`;
  for (let kept = sizes.length - 1; kept > 0; kept--) {
    if (sizes[kept]! > options.limit) continue;
    const text = assemble(lines.slice(0, kept).join('\n'), kept);
    if (size(text) <= options.limit) return { text, cut: true, keptLines: kept, totalLines };
  }

  // Not even the first line fits with the note (a giant table row, say): cut inside it, at a
  // code-point boundary so no half of a surrogate pair is left behind.
  const room = options.limit - size(assemble('', 0));
  if (room < 0) throw new RangeError(`fitMarkdown: a limit of ${options.limit} leaves no room for the note`);
  return { text: assemble(sliceToSize(lines[0] ?? '', room, size), 0), cut: true, keptLines: 0, totalLines };
}

interface OpenBlocks {
  /** The fence that opened the code block we are in, if any. */
  fence?: string;
  /** `<details>` elements opened and not closed. */
  details: number;
}

function afterLine(state: OpenBlocks, line: string): OpenBlocks {
  const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  if (state.fence !== undefined) {
    const closes = fence !== undefined && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence;
    return closes ? { details: state.details } : state;
  }
  if (fence !== undefined) return { fence, details: state.details };
  const opened = line.match(/<details\b/gi)?.length ?? 0;
  const closed = line.match(/<\/details>/gi)?.length ?? 0;
  return { details: Math.max(0, state.details + opened - closed) };
}

function closers(state: OpenBlocks): string {
  return (state.fence !== undefined ? `${state.fence}\n` : '') + '</details>\n'.repeat(state.details);
}

function sliceToSize(text: string, budget: number, size: (s: string) => number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const cost = size(ch);
    if (used + cost > budget) break;
    used += cost;
    end += ch.length;
  }
  return text.slice(0, end);
}
