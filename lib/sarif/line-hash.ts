/**
 * The per-line hash GitHub code scanning uses to follow an alert across commits
 * (`partialFingerprints.primaryLocationLineHash`). It must equal, bit for bit, what
 * github/codeql-action computes on upload (src/fingerprints.ts there), or GitHub would see every
 * alert we upload as new when the same file is uploaded by codeql-action, and vice versa.
 *
 * Definition, as codeql-action implements it:
 * - the file is read as UTF-16 code units; spaces and tabs are dropped; CR and CRLF become LF;
 *   a marker character 0xFFFF is appended for the end of file;
 * - a line starts at the first kept character after an LF (or at the start), so the end-of-file
 *   marker after a final newline starts one more line;
 * - a line's hash is the polynomial Σ c[s+j]·37^(99−j), j = 0..99, over the 100 kept characters
 *   from the line's start (zeros past the end), modulo 2^64, written as unsigned hex without
 *   leading zeros;
 * - the value is `<hex>:<n>` where n counts how often that hex has occurred so far in the file,
 *   so identical windows on different lines stay distinguishable.
 */

const WINDOW = 100;
const BASE = 37;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const END_OF_FILE = 0xffff;
const TWO_32 = 2 ** 32;

// The weight of the character that leaves the window: 37^100 mod 2^64, split into 32-bit halves
// so the rolling update runs on plain numbers (BigInt per character is several times slower).
const LEAVING_WEIGHT = BigInt(BASE) ** BigInt(WINDOW) & ((1n << 64n) - 1n);
const LEAVING_HI = Number(LEAVING_WEIGHT >> 32n);
const LEAVING_LO = Number(LEAVING_WEIGHT & 0xffffffffn);

/** The kept characters of a file (end-of-file marker included) and where each line starts in them. */
function keptCharacters(text: string): { chars: Uint16Array; length: number; lineStarts: number[] } {
  const chars = new Uint16Array(text.length + 1);
  const lineStarts: number[] = [];
  let length = 0;
  let atLineStart = true;
  let afterCR = false;
  const keep = (c: number) => {
    if (atLineStart) {
      lineStarts.push(length);
      atLineStart = false;
    }
    if (c === LF) atLineStart = true;
    chars[length++] = c;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // The LF of a CRLF was already counted as the CR. Note that a space or tab between CR and LF
    // clears this (the LF then ends one more, empty line): codeql-action behaves so, and matching
    // it matters more than the oddity.
    if (c === SPACE || c === TAB || (afterCR && c === LF)) {
      afterCR = false;
      continue;
    }
    afterCR = c === CR;
    if (afterCR) c = LF;
    keep(c);
  }
  keep(END_OF_FILE);
  return { chars, length, lineStarts };
}

function toHex(hi: number, lo: number): string {
  return hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
}

/**
 * The `primaryLocationLineHash` value of every line of a file's text: element k is line k + 1's.
 * The array has one more element than the text has lines when the text ends with a newline (the
 * end-of-file line), exactly as codeql-action produces them.
 */
export function lineHashes(text: string): string[] {
  const { chars, length, lineStarts } = keptCharacters(text);
  const hashes: string[] = new Array(lineStarts.length);
  const seen = new Map<string, number>();
  // The window hash is kept as two unsigned 32-bit halves, arithmetic modulo 2^64.
  let hi = 0;
  let lo = 0;
  let nextLine = 0;
  // The window ending at `end` covers chars[end-99..end]; a line's hash is the window that starts
  // at its first character, so it is complete at end = start + 99 (zeros after the end of file).
  for (let end = 0; nextLine < lineStarts.length; end++) {
    const entering = end < length ? chars[end]! : 0;
    const leaving = end >= WINDOW ? chars[end - WINDOW]! : 0;

    // hash = hash·37 + entering − leaving·37^100, in 32-bit halves. `x >>> 0` is x mod 2^32 for
    // any integer-valued double below 2^53, which every intermediate here is.
    const product = lo * BASE + entering;
    lo = product >>> 0;
    hi = (hi * BASE + (product - lo) / TWO_32) >>> 0;
    if (leaving !== 0) {
      const low = LEAVING_LO * leaving;
      const subLo = low >>> 0;
      const subHi = LEAVING_HI * leaving + (low - subLo) / TWO_32;
      const borrow = lo < subLo ? 1 : 0;
      lo = (lo - subLo) >>> 0;
      hi = (hi - subHi - borrow) >>> 0;
    }

    if (end - (WINDOW - 1) === lineStarts[nextLine]) {
      const hex = toHex(hi, lo);
      const n = (seen.get(hex) ?? 0) + 1;
      seen.set(hex, n);
      hashes[nextLine++] = `${hex}:${n}`;
    }
  }
  return hashes;
}
