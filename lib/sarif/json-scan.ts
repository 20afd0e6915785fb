/**
 * A byte-level scan of a SARIF file that finds where each run's results sit, so a log of hundreds
 * of megabytes is never one JavaScript object tree: the rest of the log (the skeleton: tools,
 * rules, artifacts) is parsed as a whole, and each result is parsed, checked and dropped on its
 * own, its bytes reused as they are when nothing in it changes. The scan follows only strings and
 * brackets; JSON.parse on the skeleton and on each result does the real syntax check, and the
 * scan checks what lies between results. Anything unusual (a result that is not an object, a
 * file that ends early) makes it give up, and the caller parses the file the ordinary way.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** JSON's whitespace: space, line feed, carriage return, tab. */
export function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Where one run's `results` array is: its brackets and each element's [start, end) byte span. */
export interface ResultsLayout {
  /** Offset of `[`. */
  open: number;
  /** Offset of the matching `]`. */
  close: number;
  /** Pairs of offsets: element k spans [spans[2k], spans[2k+1]). */
  spans: number[];
  /** The separators between the elements were checked already (by a visitResults hook). */
  separatorsChecked?: boolean;
}

/**
 * Lays out a whole `results` array whose `[` is at `open` (result-walk.ts checks each result as
 * it goes): the offset of its `]` and the elements' spans, or undefined when the array is not in
 * the shape this fast path handles.
 */
export type ResultsVisitor = (open: number) => { close: number; spans: number[] } | undefined;

export interface SarifLayout {
  /** Offset of the first byte of JSON (3 when the file starts with a UTF-8 byte order mark). */
  start: number;
  /** One entry per element of `runs`, in order; `results` undefined when the run has none. */
  runs: Array<{ results?: ResultsLayout }>;
}

/**
 * Index of the quote that closes the string whose opening quote is at `open`, or -1. Buffer's
 * indexOf searches natively; measured on large logs it beats a byte loop in JavaScript even for
 * the short strings (keys) that make up most of a SARIF file.
 */
export function stringEnd(buf: Buffer, open: number): number {
  let j = open + 1;
  for (;;) {
    j = buf.indexOf(QUOTE, j);
    if (j === -1) return -1;
    let backslashes = 0;
    for (let k = j - 1; buf[k] === BACKSLASH; k--) backslashes++;
    if ((backslashes & 1) === 0) return j;
    j++;
  }
}

function bytesEqual(buf: Buffer, start: number, end: number, ascii: string): boolean {
  if (end - start !== ascii.length) return false;
  for (let k = 0; k < ascii.length; k++) if (buf[start + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

function nextNonWhitespace(buf: Buffer, from: number): number {
  let k = from;
  while (k < buf.length && isWhitespace(buf[k]!)) k++;
  return k;
}

/**
 * Finds `runs[i].results[j]` in a SARIF file's bytes. `visitResult`, when given, is called with
 * the offset of each result's `{` and returns the offset after its `}` if it read the result
 * (and -1 if it did not, when the scan finds the end itself); `visitResults`, when given, lays
 * out each whole results array instead. Returns undefined when the file is not in
 * the shape this fast path handles (then parse it whole): not an object at the top, a result
 * that is not an object, unbalanced brackets, an unterminated string, or anything but
 * whitespace and single commas between results.
 */
export function scanSarifLayout(buf: Buffer, visitResult?: (start: number) => number, visitResults?: ResultsVisitor): SarifLayout | undefined {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const n = buf.length;
  let depth = 0;
  let rootKey = false; // the last key read in the root object was "runs"
  let runKey = false; // the last key read in the current run object was "results"
  let runsDepth = -1; // depth of the runs array while inside it, else -1
  let resultsDepth = -1;
  let runs: Array<{ results?: ResultsLayout }> = [];
  let current: ResultsLayout | undefined;

  for (let i = start; i < n; i++) {
    const c = buf[i]!;
    if (c === QUOTE) {
      const close = stringEnd(buf, i);
      if (close === -1) return undefined;
      // Keys matter only in the root object (depth 1) and in a run object (depth 3).
      if (depth === 1 || (depth === 3 && runsDepth === 2)) {
        const after = nextNonWhitespace(buf, close + 1);
        if (buf[after] === COLON) {
          if (depth === 1) rootKey = bytesEqual(buf, i + 1, close, 'runs');
          else runKey = bytesEqual(buf, i + 1, close, 'results');
        }
      } else if (depth === resultsDepth && resultsDepth !== -1) {
        return undefined; // a string where a result object should be
      }
      i = close;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === resultsDepth && resultsDepth !== -1) {
        if (c !== OPEN_BRACE) return undefined;
        // A result: the visitor may read it whole (result-check.ts) and say where it ends;
        // else only its end matters here, so a tight loop over strings and brackets (JSON.parse
        // of the span checks what lies inside).
        const visited = visitResult ? visitResult(i) : -1;
        if (visited > i) {
          current!.spans.push(i, visited);
          i = visited - 1;
          continue;
        }
        let open = 1;
        let j = i + 1;
        while (open > 0) {
          if (j >= n) return undefined;
          const x = buf[j]!;
          if (x === QUOTE) {
            j = stringEnd(buf, j);
            if (j === -1) return undefined;
          } else if (x === OPEN_BRACE || x === OPEN_BRACKET) open++;
          else if (x === CLOSE_BRACE || x === CLOSE_BRACKET) open--;
          j++;
        }
        current!.spans.push(i, j);
        i = j - 1;
        continue;
      }
      depth++;
      if (depth === 1 && c !== OPEN_BRACE) return undefined;
      if (depth === 2 && c === OPEN_BRACKET && rootKey) {
        // A repeated "runs" key: JSON.parse keeps the last, and so does this.
        runs = [];
        runsDepth = 2;
      } else if (depth === 3 && runsDepth === 2 && c === OPEN_BRACE) {
        runs.push({});
        runKey = false;
      } else if (depth === 4 && runsDepth === 2 && c === OPEN_BRACKET && runKey) {
        if (visitResults) {
          // The whole array at once: on to its `]`, which closes what `[` opened.
          const laid = visitResults(i);
          if (!laid) return undefined;
          runs[runs.length - 1]!.results = { open: i, close: laid.close, spans: laid.spans, separatorsChecked: true };
          runKey = false;
          depth--;
          i = laid.close;
          continue;
        }
        current = { open: i, close: -1, spans: [] };
        resultsDepth = 4;
      }
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 0) return undefined;
      if (depth === resultsDepth) {
        if (c !== CLOSE_BRACKET) return undefined;
        current!.close = i;
        runs[runs.length - 1]!.results = current;
        current = undefined;
        resultsDepth = -1;
        runKey = false;
      } else if (depth === runsDepth) {
        runsDepth = -1;
        rootKey = false;
      } else if (depth === 1) {
        rootKey = false;
      }
      depth--;
      if (depth === 0) {
        // Only whitespace may follow the top-level object.
        if (nextNonWhitespace(buf, i + 1) !== n) return undefined;
        break;
      }
      continue;
    }
    if (depth === resultsDepth && resultsDepth !== -1 && !isWhitespace(c) && c !== COMMA) {
      return undefined; // a number or literal where a result object should be
    }
  }
  if (depth !== 0) return undefined;
  for (const run of runs) if (run.results && !run.results.separatorsChecked && !separatorsAreValid(buf, run.results)) return undefined;
  return { start, runs };
}

/** Between results only whitespace and exactly one comma each; none before the first or after the last. */
function separatorsAreValid(buf: Buffer, layout: ResultsLayout): boolean {
  const { spans } = layout;
  const gaps = spans.length / 2 + 1;
  for (let g = 0; g < gaps; g++) {
    const from = g === 0 ? layout.open + 1 : spans[2 * g - 1]!;
    const to = g === gaps - 1 ? layout.close : spans[2 * g]!;
    const wantComma = g !== 0 && g !== gaps - 1;
    let commas = 0;
    for (let k = from; k < to; k++) {
      const c = buf[k]!;
      if (c === COMMA) commas++;
      else if (!isWhitespace(c)) return false;
    }
    if (commas !== (wantComma ? 1 : 0)) return false;
  }
  return true;
}

/**
 * Marks the spans that contain a line break. A raw line break cannot occur inside a JSON
 * string, so such a result was pretty-printed and is worth compacting before it is reused.
 * One pass over the buffer, however many results there are.
 */
export function spansWithLineBreaks(buf: Buffer, spans: readonly number[]): Uint8Array {
  const marks = new Uint8Array(spans.length / 2);
  if (spans.length === 0) return marks;
  let k = 0;
  let pos = buf.indexOf(NEWLINE, spans[0]!);
  while (pos !== -1 && k < marks.length) {
    while (k < marks.length && spans[2 * k + 1]! <= pos) k++;
    if (k >= marks.length) break;
    if (spans[2 * k]! <= pos) {
      marks[k] = 1;
      pos = buf.indexOf(NEWLINE, spans[2 * k + 1]!);
      k++;
    } else {
      pos = buf.indexOf(NEWLINE, spans[2 * k]!);
    }
  }
  return marks;
}

/** The JSON text in [start, end) without the whitespace between tokens (strings are copied as they are). */
export function compactJson(buf: Buffer, start: number, end: number): Buffer {
  const out = Buffer.allocUnsafe(end - start);
  return out.subarray(0, compactJsonInto(out, 0, buf, start, end));
}

/** compactJson written into `out` at `at` (room for end - start bytes); the index after what it wrote. */
export function compactJsonInto(out: Buffer, at: number, buf: Buffer, start: number, end: number): number {
  let o = at;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c === QUOTE) {
      const close = stringEnd(buf, i);
      const stop = close === -1 || close >= end ? end - 1 : close;
      o += buf.copy(out, o, i, stop + 1);
      i = stop;
    } else if (!isWhitespace(c)) {
      out[o++] = c;
    }
  }
  return o;
}

/** Line and column (1-based, columns in UTF-8 bytes) of a byte offset, for messages. */
export function lineAndColumn(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let pos = buf.indexOf(NEWLINE); pos !== -1 && pos < offset; pos = buf.indexOf(NEWLINE, pos + 1)) {
    line++;
    lineStart = pos + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The JSON path (sarif-multitool's notation, `runs[0].results[3].locations`) of the innermost
 * value that contains `offset`, for a syntax error's message. Tolerant of the broken text it is
 * called on: it only follows brackets, strings and keys up to the offset.
 */
export function jsonPathAt(text: string, offset: number): string {
  type Frame = { kind: 'object'; key: string | undefined } | { kind: 'array'; index: number };
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  const limit = Math.min(offset, text.length);
  for (let i = 0; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') {
        let k = j + 1;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        if (text[k] === ':') {
          try {
            pendingKey = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            pendingKey = text.slice(i + 1, j);
          }
        }
      }
      i = j;
    } else if (ch === '{' || ch === '[') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.key = pendingKey;
      stack.push(ch === '{' ? { kind: 'object', key: undefined } : { kind: 'array', index: 0 });
      pendingKey = undefined;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      pendingKey = undefined;
    } else if (ch === ':') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.key = pendingKey;
    }
  }
  let out = '';
  stack.forEach((frame, n) => {
    if (n === stack.length - 1) {
      // The innermost container: its current member, if one was started.
      if (frame.kind === 'array') out += `[${frame.index}]`;
      else if (frame.key !== undefined) out += out === '' ? frame.key : `.${frame.key}`;
      return;
    }
    if (frame.kind === 'array') out += `[${frame.index}]`;
    else if (frame.key !== undefined) out += out === '' ? frame.key : `.${frame.key}`;
  });
  return out;
}
