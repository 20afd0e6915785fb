// AssemblyScript source of lib/sarif/result-walk-wasm.ts (built by scripts/build-wasm.ts).
//
// The byte-level check of one SARIF result against the schema's `result` definition, as the
// Walker in lib/sarif/result-check.ts does it in JavaScript, step for step, compiled to
// WebAssembly: the same syntax check, the same schema keywords, the same captures (spans and
// counts of the values the merge reads facts from). The schema comes as tables that
// result-walk.ts writes into memory from the nodes result-check.ts compiles; what needs
// JavaScript (a format, a pattern, an escaped enum value, a number that is not a plain integer,
// unique items) is asked of it through the imported functions. Strings are scanned 16 bytes at
// a time (SIMD): most of a SARIF file is text inside strings.
//
// Layout (byte offsets; result-walk.ts holds the same numbers): state words at 0, the captured
// spans at SPANS, counts at COUNTS, other keys of a counted object at EXTRA, the tables from
// TABLES, the file's bytes from the `base` check() is given, followed by zero bytes.

const STATE_STEPS: i32 = 0;
const STATE_LINE_BREAK: i32 = 4;
/** checkResults: how many results it stored. */
const STATE_COUNT: i32 = 8;
const SPANS: i32 = 64;
const COUNTS: i32 = SPANS + 2 * 40 * 4;
const EXTRA: i32 = COUNTS + 40 * 4;
const EXTRA_CAPACITY: i32 = 512;
const SLOT_PRIMARY: i32 = 13;

const T_NULL: i32 = 1;
const T_BOOLEAN: i32 = 2;
const T_INTEGER: i32 = 4;
const T_NUMBER: i32 = 8;
const T_STRING: i32 = 16;
const T_ARRAY: i32 = 32;
const T_OBJECT: i32 = 64;

// Node words (see result-walk.ts's NODE_* constants).
const F_UNSUPPORTED: i32 = 1;
const F_COUNTS_STEPS: i32 = 2;
const F_STRING_CHECK: i32 = 4;
const F_MIN: i32 = 8;
const F_MAX: i32 = 16;
const F_ENUM_ONLY: i32 = 32;
const F_SAFE_ONLY: i32 = 64;
const F_ENUM: i32 = 128;

const N_FLAGS: i32 = 0;
const N_TYPES: i32 = 4;
const N_ITEMS: i32 = 8;
const N_FIRST_ITEM: i32 = 12;
const N_MIN_ITEMS: i32 = 16;
const N_UNIQUE: i32 = 20;
const N_TABLE: i32 = 24;
const N_MASK: i32 = 28;
const N_ADDITIONAL: i32 = 32;
const N_REQUIRED_LO: i32 = 36;
const N_REQUIRED_HI: i32 = 40;
const N_ANY_OF: i32 = 44;
const N_ONE_OF: i32 = 48;
const N_COUNT_SLOT: i32 = 52;
const N_EXTRA_SLOT: i32 = 56;
const N_UNSAFE_SLOT: i32 = 60;
const N_ENUM: i32 = 64;
const N_ID: i32 = 68;
const N_SAFE: i32 = 72;
const N_MINIMUM: i32 = 80;
const N_MAXIMUM: i32 = 88;

const P_BIT: i32 = 0;
const P_HASH: i32 = 4;
const P_LENGTH: i32 = 8;
const P_BYTES: i32 = 12;
const P_NODE: i32 = 16;
const P_SLOT: i32 = 20;

const NO: i32 = -1;

/** Asks JavaScript whether the string at [start, end) (quotes included) passes node `id`'s enum, format and pattern. */
@external("env", "stringCheck")
declare function stringCheck(id: i32, start: i32, end: i32, escaped: i32): i32;
/** The value of the JSON number at [start, end) (one that is not a plain integer). */
@external("env", "parseNumber")
declare function parseNumber(start: i32, end: i32): f64;
/** Whether the items of the array at [start, end) are unique (1) as `kind` says (result-check.ts's distinct). */
@external("env", "unique")
declare function unique(kind: i32, start: i32, end: i32): i32;

let end: i32 = 0;
let escaped: bool = false;
let lineBreak: bool = false;
let steps: i32 = 0;
let count: i32 = 0;
let firstStart: i32 = -1;
let firstEnd: i32 = -1;
let number: f64 = 0;
let extraCount: i32 = 0;

// @ts-ignore: decorator
@inline function ws(i: i32): i32 {
  while (true) {
    const c = load<u8>(i);
    if (c == 0x20 || c == 0x0d || c == 0x09) i++;
    else if (c == 0x0a) {
      lineBreak = true;
      i++;
    } else return i;
  }
  return i;
}

/** From the opening quote at i: the index after the closing quote, or NO. Sets `escaped`. */
function string(i: i32): i32 {
  let sawEscape = false;
  i++;
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  const space = i8x16.splat(0x20);
  while (true) {
    while (i + 16 <= end) {
      const v = v128.load(i);
      const stop = v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.lt_u(v, space));
      if (v128.any_true(stop)) {
        i += ctz(i8x16.bitmask(stop));
        break;
      }
      i += 16;
    }
    if (i >= end) return NO;
    const c = load<u8>(i);
    if (c == 0x22) break;
    if (c == 0x5c) {
      sawEscape = true;
      const d = load<u8>(i + 1);
      if (d == 0x75) {
        if (isHex(load<u8>(i + 2)) && isHex(load<u8>(i + 3)) && isHex(load<u8>(i + 4)) && isHex(load<u8>(i + 5))) {
          i += 6;
          continue;
        }
        return NO;
      }
      if (d == 0x22 || d == 0x5c || d == 0x2f || d == 0x62 || d == 0x66 || d == 0x6e || d == 0x72 || d == 0x74) {
        i += 2;
        continue;
      }
      return NO;
    }
    if (c < 0x20) return NO; // a raw control character
    i++; // fewer than 16 bytes were left: byte by byte
  }
  escaped = sawEscape;
  return i + 1;
}

// @ts-ignore: decorator
@inline function isHex(c: i32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

// @ts-ignore: decorator
@inline function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** A JSON number from i: the index after it, or NO; its value in `number`. */
function numberAt(i: i32): i32 {
  const start = i;
  let plain = true;
  if (load<u8>(i) == 0x2d) i++;
  let c: i32 = load<u8>(i);
  if (c == 0x30) i++;
  else if (c >= 0x31 && c <= 0x39) {
    i++;
    while (isDigit(load<u8>(i))) i++;
  } else return NO;
  if (load<u8>(i) == 0x2e) {
    plain = false;
    i++;
    if (!isDigit(load<u8>(i))) return NO;
    while (isDigit(load<u8>(i))) i++;
  }
  c = load<u8>(i);
  if (c == 0x65 || c == 0x45) {
    plain = false;
    i++;
    c = load<u8>(i);
    if (c == 0x2b || c == 0x2d) i++;
    if (!isDigit(load<u8>(i))) return NO;
    while (isDigit(load<u8>(i))) i++;
  }
  if (plain && i - start <= 15) {
    let n: f64 = 0;
    let k = start;
    const negative = load<u8>(k) == 0x2d;
    if (negative) k++;
    for (; k < i; k++) n = n * 10 + <f64>(load<u8>(k) - 0x30);
    number = negative ? -n : n;
  } else {
    number = parseNumber(start, i);
  }
  return i;
}

/** Any JSON value from i (syntax only): the index after it, or NO. */
function any(i: i32): i32 {
  const c = load<u8>(i);
  if (c == 0x22) return string(i);
  if (c == 0x7b) {
    i = ws(i + 1);
    if (load<u8>(i) == 0x7d) return i + 1;
    while (true) {
      if (load<u8>(i) != 0x22) return NO;
      i = string(i);
      if (i == NO) return NO;
      i = ws(i);
      if (load<u8>(i) != 0x3a) return NO;
      i = any(ws(i + 1));
      if (i == NO) return NO;
      i = ws(i);
      const d = load<u8>(i);
      if (d == 0x2c) i = ws(i + 1);
      else if (d == 0x7d) return i + 1;
      else return NO;
    }
    return NO;
  }
  if (c == 0x5b) {
    i = ws(i + 1);
    if (load<u8>(i) == 0x5d) return i + 1;
    while (true) {
      i = any(i);
      if (i == NO) return NO;
      i = ws(i);
      const d = load<u8>(i);
      if (d == 0x2c) i = ws(i + 1);
      else if (d == 0x5d) return i + 1;
      else return NO;
    }
    return NO;
  }
  if (c == 0x74) return load<u32>(i) == 0x65757274 ? i + 4 : NO; // true
  if (c == 0x66) return load<u32>(i + 1) == 0x65736c61 ? i + 5 : NO; // false
  if (c == 0x6e) return load<u32>(i) == 0x6c6c756e ? i + 4 : NO; // null
  return numberAt(i);
}

/** The string at [start, end) equals one of the node's enum values, byte for byte (it holds no escape). */
function inEnum(node: i32, start: i32, end: i32): bool {
  const list = load<i32>(node + N_ENUM);
  const n = load<i32>(list);
  const length = end - start - 2;
  for (let e = 0; e < n; e++) {
    const valueLength = load<i32>(list + 4 + 8 * e);
    if (valueLength != length) continue;
    const bytes = load<i32>(list + 8 + 8 * e);
    let b = 0;
    while (b < length && load<u8>(bytes + b) == load<u8>(start + 1 + b)) b++;
    if (b == length) return true;
  }
  return false;
}

/** A string from i held to `node` (its type allows strings). */
function stringValue(i: i32, node: i32): i32 {
  const after = string(i);
  if (after == NO) return NO;
  const flags = load<i32>(node + N_FLAGS);
  if ((flags & F_STRING_CHECK) == 0) return after;
  if ((flags & F_SAFE_ONLY) != 0 && !escaped) {
    const safe = load<i32>(node + N_SAFE);
    let k = i + 1;
    while (k < after - 1 && load<u8>(safe + load<u8>(k)) == 1) k++;
    if (k == after - 1) return after;
  }
  const unsafeSlot = load<i32>(node + N_UNSAFE_SLOT);
  if (unsafeSlot >= 0) store<i32>(SPANS + 8 * unsafeSlot, i);
  if ((flags & F_ENUM_ONLY) != 0 && !escaped) return inEnum(node, i, after) ? after : NO;
  return stringCheck(load<i32>(node + N_ID), i, after, escaped ? 1 : 0) != 0 ? after : NO;
}

/** A value from i held to `node`: the index after it, or NO. */
function value(i: i32, node: i32): i32 {
  const flags = load<i32>(node + N_FLAGS);
  if ((flags & F_UNSUPPORTED) != 0) return NO;
  const types = load<i32>(node + N_TYPES);
  const hasEnum = (flags & F_ENUM) != 0;
  const c = load<u8>(i);
  if (c == 0x22) return (types & T_STRING) == 0 ? NO : stringValue(i, node);
  if (c == 0x7b) return (types & T_OBJECT) == 0 || hasEnum ? NO : object(i, node);
  if (c == 0x5b) return (types & T_ARRAY) == 0 || hasEnum ? NO : array(i, node);
  if (hasEnum) return NO;
  if (c == 0x74) return (types & T_BOOLEAN) == 0 ? NO : load<u32>(i) == 0x65757274 ? i + 4 : NO;
  if (c == 0x66) return (types & T_BOOLEAN) == 0 ? NO : load<u32>(i + 1) == 0x65736c61 ? i + 5 : NO;
  if (c == 0x6e) return (types & T_NULL) == 0 ? NO : load<u32>(i) == 0x6c6c756e ? i + 4 : NO;
  if ((types & (T_INTEGER | T_NUMBER)) == 0) return NO;
  const after = numberAt(i);
  if (after == NO) return NO;
  const n = number;
  // As ajv: "number" must be finite, "integer" also whole.
  if (!isFinite(n)) return NO;
  if ((types & T_NUMBER) == 0 && Math.floor(n) != n) return NO;
  if ((flags & F_MIN) != 0 && n < load<f64>(node + N_MINIMUM)) return NO;
  if ((flags & F_MAX) != 0 && n > load<f64>(node + N_MAXIMUM)) return NO;
  return after;
}

function array(i: i32, node: i32): i32 {
  const open = i;
  const items = load<i32>(node + N_ITEMS);
  const first = load<i32>(node + N_FIRST_ITEM);
  let n = 0;
  let start0 = -1;
  let end0 = -1;
  i = ws(i + 1);
  if (load<u8>(i) != 0x5d) {
    while (true) {
      const start = i;
      const itemNode = n == 0 && first != 0 ? first : items;
      i = itemNode != 0 ? value(i, itemNode) : any(i);
      if (i == NO) return NO;
      if (n == 0) {
        if (first != 0) {
          store<i32>(SPANS + 8 * SLOT_PRIMARY, start);
          store<i32>(SPANS + 8 * SLOT_PRIMARY + 4, i);
        }
        start0 = start;
        end0 = i;
      }
      n++;
      i = ws(i);
      const d = load<u8>(i);
      if (d == 0x2c) i = ws(i + 1);
      else if (d == 0x5d) break;
      else return NO;
    }
  }
  if (n < load<i32>(node + N_MIN_ITEMS)) return NO;
  const kind = load<i32>(node + N_UNIQUE);
  if (kind != 0 && n >= 2 && unique(kind, open, i + 1) == 0) return NO;
  if ((load<i32>(node + N_FLAGS) & F_COUNTS_STEPS) != 0) steps += n;
  count = n;
  firstStart = start0;
  firstEnd = end0;
  return i + 1;
}

/** How many of the required-property branches (a list: n, then lo and hi of each) the seen properties satisfy. */
function satisfied(list: i32, seenLo: i32, seenHi: i32): i32 {
  const n = load<i32>(list);
  let hits = 0;
  for (let b = 0; b < n; b++) {
    const lo = load<i32>(list + 4 + 8 * b);
    const hi = load<i32>(list + 8 + 8 * b);
    if ((seenLo & lo) == lo && (seenHi & hi) == hi) hits++;
  }
  return hits;
}

/** An object from i held to `node`: the index after it, or NO. */
function object(i: i32, node: i32): i32 {
  const table = load<i32>(node + N_TABLE);
  const mask = load<i32>(node + N_MASK);
  const additional = load<i32>(node + N_ADDITIONAL);
  const countSlot = load<i32>(node + N_COUNT_SLOT);
  let extraSlot = load<i32>(node + N_EXTRA_SLOT);
  let seenLo = 0;
  let seenHi = 0;
  let keys = 0;
  // Objects whose keys are counted are not nested in one another: one list of their other keys.
  if (countSlot >= 0) extraCount = 0;
  i = ws(i + 1);
  if (load<u8>(i) != 0x7d) {
    while (true) {
      if (load<u8>(i) != 0x22) return NO;
      // The key: hashed as it is read; an escaped key is left to the full check.
      const keyStart = i + 1;
      let h: u32 = 0x811c9dc5;
      let k = keyStart;
      let high = 0;
      while (true) {
        const c = <i32>load<u8>(k);
        if (c == 0x22) break;
        if (c == 0x5c || c < 0x20) return NO;
        high |= c;
        h = (h ^ <u32>c) * 0x01000193;
        k++;
      }
      const keyLength = k - keyStart;
      i = ws(k + 1);
      if (load<u8>(i) != 0x3a) return NO;
      i = ws(i + 1);
      let prop = 0;
      if (mask >= 0) {
        let slot = <i32>h & mask;
        while ((prop = load<i32>(table + 4 * slot)) != 0) {
          if (load<i32>(prop + P_HASH) == <i32>h && load<i32>(prop + P_LENGTH) == keyLength) {
            const bytes = load<i32>(prop + P_BYTES);
            let b = 0;
            while (b < keyLength && load<u8>(keyStart + b) == load<u8>(bytes + b)) b++;
            if (b == keyLength) break;
          }
          slot = (slot + 1) & mask;
        }
      }
      const start = i;
      if (prop != 0) {
        const bit = load<i32>(prop + P_BIT);
        // A repeated key: JSON.parse keeps the last; the full check sorts that out.
        if (bit < 32) {
          if ((seenLo & (1 << bit)) != 0) return NO;
          seenLo |= 1 << bit;
        } else {
          if ((seenHi & (1 << (bit - 32))) != 0) return NO;
          seenHi |= 1 << (bit - 32);
        }
        i = value(i, load<i32>(prop + P_NODE));
        if (i == NO) return NO;
        const slot = load<i32>(prop + P_SLOT);
        if (slot >= 0) {
          store<i32>(SPANS + 8 * slot, start);
          store<i32>(SPANS + 8 * slot + 4, i);
          if (load<u8>(start) == 0x5b) store<i32>(COUNTS + 4 * slot, count);
        }
      } else {
        if (additional == 0) return NO;
        if (countSlot >= 0) {
          // Its keys are counted: a repeated one (JSON.parse keeps one) is left to the full
          // check, and so is a key beyond ASCII (two spellings may decode alike).
          if (high >= 0x80) return NO;
          for (let e = 0; e < extraCount; e += 2) {
            const from = load<i32>(EXTRA + 4 * e);
            if (load<i32>(EXTRA + 4 * e + 4) - from != keyLength) continue;
            let b = 0;
            while (b < keyLength && load<u8>(from + b) == load<u8>(keyStart + b)) b++;
            if (b == keyLength) return NO;
          }
          if (extraCount + 2 > EXTRA_CAPACITY) return NO;
          store<i32>(EXTRA + 4 * extraCount, keyStart);
          store<i32>(EXTRA + 4 * extraCount + 4, k);
          extraCount += 2;
        }
        i = additional == -1 ? any(i) : value(i, additional);
        if (i == NO) return NO;
        if (extraSlot >= 0) {
          store<i32>(SPANS + 8 * extraSlot, keyStart - 1);
          store<i32>(SPANS + 8 * extraSlot + 4, k + 1);
          store<i32>(SPANS + 8 * extraSlot + 8, start);
          store<i32>(SPANS + 8 * extraSlot + 12, i);
          extraSlot = -1;
        }
      }
      keys++;
      i = ws(i);
      const d = load<u8>(i);
      if (d == 0x2c) i = ws(i + 1);
      else if (d == 0x7d) break;
      else return NO;
    }
  }
  const requiredLo = load<i32>(node + N_REQUIRED_LO);
  const requiredHi = load<i32>(node + N_REQUIRED_HI);
  if ((seenLo & requiredLo) != requiredLo || (seenHi & requiredHi) != requiredHi) return NO;
  const anyOf = load<i32>(node + N_ANY_OF);
  if (anyOf != 0 && satisfied(anyOf, seenLo, seenHi) == 0) return NO;
  const oneOf = load<i32>(node + N_ONE_OF);
  if (oneOf != 0 && satisfied(oneOf, seenLo, seenHi) != 1) return NO;
  if (countSlot >= 0) store<i32>(COUNTS + 4 * countSlot, keys);
  return i + 1;
}

/**
 * Checks the result whose `{` is at `start` in a file that ends at `fileEnd`, against `root`
 * (the result node): the index after it when vouched for, else NO. The captures are in SPANS
 * and COUNTS (-1 and 0 where nothing was seen), thread-flow steps and a line break in the state
 * words.
 */
export function check(start: i32, fileEnd: i32, root: i32): i32 {
  end = fileEnd;
  memory.fill(SPANS, 0xff, 2 * 40 * 4);
  memory.fill(COUNTS, 0, 40 * 4);
  steps = 0;
  lineBreak = false;
  if (load<u8>(start) != 0x7b || (load<i32>(root + N_FLAGS) & F_UNSUPPORTED) != 0) return NO;
  const after = object(start, root);
  store<i32>(STATE_STEPS, steps);
  store<i32>(STATE_LINE_BREAK, lineBreak ? 1 : 0);
  return after;
}

/**
 * From the opening quote at i, tolerant of what is inside (json-scan.ts's stringEnd): the index
 * after the closing quote (the first quote not escaped), or NO at the end of the file.
 */
function skipString(i: i32): i32 {
  i++;
  while (i < end) {
    const c = load<u8>(i);
    if (c == 0x22) return i + 1;
    i += c == 0x5c ? 2 : 1;
  }
  return NO;
}

/** The end of the object or array at i, following only strings and brackets (json-scan.ts's skip); NO when it never closes. */
function skip(i: i32): i32 {
  let open = 1;
  i++;
  while (open > 0) {
    if (i >= end) return NO;
    const c = load<u8>(i);
    if (c == 0x22) {
      i = skipString(i);
      if (i == NO) return NO;
      continue;
    }
    if (c == 0x7b || c == 0x5b) open++;
    else if (c == 0x7d || c == 0x5d) open--;
    i++;
  }
  return i;
}

/** Memory up to `needed` bytes, grown (by an eighth more than asked, so it grows seldom) when short; false when it cannot grow. */
function room(needed: i32): bool {
  const size = <i32>(memory.size() << 16);
  return needed <= size || memory.grow(((needed - size) >> 16) + 1 + (memory.size() >> 3)) >= 0;
}

/** Words a stored result takes: start, end, vouched, spans, counts, steps, line break. */
const RECORD_WORDS: i32 = 3 + 2 * 40 + 40 + 2;

/**
 * Checks every result of the `results` array whose `[` is at `open`, as json-scan.ts lays the
 * array out: each element must be an object, with whitespace and single commas between them.
 * Each result is stored at `records` (RECORD_WORDS words each; memory grows as needed): its span,
 * whether the check vouched for it, and what the check captured. Returns the index of the `]`,
 * with the count in the state words; NO when the array is not in that shape (the caller then
 * reads the file the ordinary way).
 */
export function checkResults(open: i32, fileEnd: i32, root: i32, records: i32, base: i32): i32 {
  end = fileEnd;
  let n = 0;
  let i = ws(open + 1);
  if (load<u8>(i) == 0x5d) {
    store<i32>(STATE_COUNT, 0);
    return i;
  }
  while (true) {
    if (load<u8>(i) != 0x7b) return NO;
    const record = records + 4 * RECORD_WORDS * n;
    if (!room(record + 4 * RECORD_WORDS)) return NO;
    const after = check(i, fileEnd, root);
    let stop = after;
    if (after == NO) {
      stop = skip(i);
      if (stop == NO) return NO;
    }
    store<i32>(record, i);
    store<i32>(record + 4, stop);
    store<i32>(record + 8, after == NO ? 0 : 1);
    if (after != NO) {
      // Spans as offsets in the file (what JavaScript indexes the file's own buffer with).
      for (let j = 0; j < 2 * 40; j++) {
        const v = load<i32>(SPANS + 4 * j);
        store<i32>(record + 12 + 4 * j, v < 0 ? v : v - base);
      }
      memory.copy(record + 12 + 320, COUNTS, 40 * 4);
      store<i32>(record + 12 + 120 * 4, steps);
      store<i32>(record + 12 + 121 * 4, lineBreak ? 1 : 0);
    }
    n++;
    i = ws(stop);
    const d = load<u8>(i);
    if (d == 0x2c) i = ws(i + 1);
    else if (d == 0x5d) break;
    else return NO;
  }
  store<i32>(STATE_COUNT, n);
  return i;
}

// ---------------------------------------------------------------------------------------------
// Facts (lib/sarif/scanned-facts.ts's readScannedFacts, the parts that read bytes)
// ---------------------------------------------------------------------------------------------

// SLOTS of lib/sarif/result-check.ts (result-walk.ts checks they have not moved).
const S_RULE_ID: i32 = 0;
const S_RULE_INDEX: i32 = 1;
const S_RULE: i32 = 2;
const S_RULE_REF_ID: i32 = 3;
const S_RULE_REF_INDEX: i32 = 4;
const S_TOOL_COMPONENT: i32 = 5;
const S_KIND: i32 = 9;
const S_LEVEL: i32 = 10;
const S_LOCATIONS: i32 = 12;
const S_PHYSICAL_LOCATION: i32 = 14;
const S_ARTIFACT_LOCATION: i32 = 15;
const S_URI: i32 = 16;
const S_URI_BASE_ID: i32 = 17;
const S_ARTIFACT_INDEX: i32 = 18;
const S_REGION: i32 = 19;
const S_START_LINE: i32 = 20;
const S_PARTIAL_FINGERPRINTS: i32 = 28;
const S_LINE_HASH: i32 = 29;
const S_FINGERPRINTS: i32 = 30;
const S_FINGERPRINT_KEY: i32 = 31;
const S_FINGERPRINT_VALUE: i32 = 32;
const S_RELATED_LOCATIONS: i32 = 33;
const S_FIXES: i32 = 34;
const S_PROPERTIES: i32 = 35;
const S_SECURITY_SEVERITY: i32 = 36;
const S_RESULT: i32 = 37;
const S_OTHER_URI: i32 = 38;
const S_ANY_INDEX: i32 = 39;

/**
 * A row of facts (factsOf writes one per result; result-walk.ts's ROW_* offsets): how it went
 * (1 read, 0 left to JavaScript, -1 not vouched for), the key's length, hash and place, the rule
 * id's span and hash, the rule index, level, kind, line hash, fingerprintable, the source URI's
 * span and hash, info, locations, thread-flow steps, how the score went, marks (bit 0 a URI that
 * may need rebasing, 1 an artifact index somewhere, 2 one on the primary location, 3 a line
 * break) and the score.
 */
const ROW_BYTES: i32 = 96;

let record: i32 = 0;
/** Where the file starts in memory (stored spans are offsets in the file). */
let fileBase: i32 = 0;
let keyAt: i32 = 0;
let keyHash: u32 = 0;
let sawBackslash: bool = false;

// @ts-ignore: decorator
@inline function spanStart(slot: i32): i32 {
  return fileBase + load<i32>(record + 12 + 8 * slot);
}
// @ts-ignore: decorator
@inline function spanEnd(slot: i32): i32 {
  return fileBase + load<i32>(record + 12 + 8 * slot + 4);
}
// @ts-ignore: decorator
@inline function has(slot: i32): bool {
  return load<i32>(record + 12 + 8 * slot) >= 0;
}
// @ts-ignore: decorator
@inline function countOf(slot: i32): i32 {
  return load<i32>(record + 12 + 320 + 4 * slot);
}

/** Appends bytes [start, end) to the key, hashing them. */
function put(start: i32, end: i32): void {
  let h = keyHash;
  let o = keyAt;
  let backslash = false;
  for (let i = start; i < end; i++) {
    const c = <u32>load<u8>(i);
    store<u8>(o++, <u8>c);
    h = (h ^ c) * 0x01000193;
    backslash |= c == 0x5c;
  }
  keyAt = o;
  keyHash = h;
  if (backslash) sawBackslash = true;
}

/** put() for a string a sink looks up by its own bytes (the rule id, the source URI): returns their own FNV-1a hash too. */
function putHashed(start: i32, end: i32): i32 {
  let own: u32 = 0x811c9dc5;
  for (let i = start; i < end; i++) own = (own ^ <u32>load<u8>(i)) * 0x01000193;
  put(start, end);
  return <i32>own;
}

function putByte(c: u32): void {
  store<u8>(keyAt++, <u8>c);
  keyHash = (keyHash ^ c) * 0x01000193;
}

/** The integer at [start, end) when written as String(n) writes it, else -2 (-0, a leading zero, a fraction, more than 15 digits). Non-negative only. */
function plainIndex(start: i32, end: i32): f64 {
  const digits = end - start;
  if (digits < 1 || digits > 15 || (load<u8>(start) == 0x30 && digits > 1)) return -2;
  let n: f64 = 0;
  for (let k = start; k < end; k++) {
    const c = <i32>load<u8>(k);
    if (c < 0x30 || c > 0x39) return -2;
    n = n * 10 + <f64>(c - 0x30);
  }
  return n;
}

/** Whether [start, end) is an integer as String(n) writes it (scanned-facts.ts's plainInteger); its value in `number`. */
function plainInteger(start: i32, end: i32): bool {
  let k = start;
  const negative = load<u8>(k) == 0x2d;
  if (negative) k++;
  const digits = end - k;
  if (digits < 1 || digits > 15 || (load<u8>(k) == 0x30 && (digits > 1 || negative))) return false;
  let n: f64 = 0;
  for (; k < end; k++) {
    const c = <i32>load<u8>(k);
    if (c < 0x30 || c > 0x39) return false;
    n = n * 10 + <f64>(c - 0x30);
  }
  number = negative ? -n : n;
  return true;
}

/** scanned-facts.ts's plainDecimal: digits with at most one inner point, as Number() reads it; NaN otherwise. */
function plainDecimal(start: i32, end: i32): f64 {
  if (end - start < 1 || end - start > 16) return NaN;
  let n: f64 = 0;
  let scale: f64 = 1;
  let point = false;
  let digits = 0;
  for (let k = start; k < end; k++) {
    const c = <i32>load<u8>(k);
    if (c == 0x2e && !point && digits > 0 && k < end - 1) {
      point = true;
      continue;
    }
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + <f64>(c - 0x30);
    digits++;
    if (point) scale *= 10;
  }
  return digits > 15 ? NaN : n / scale;
}

/**
 * The facts of every result stored at `records` (checkResults' records, `count` of them), a row
 * each at `rows`, their dedupe keys one after another from `keys` (memory grows as needed).
 * Returns where the keys end.
 */
export function factsAll(records: i32, count: i32, rows: i32, keys: i32, base: i32): i32 {
  fileBase = base;
  let out = keys;
  for (let k = 0; k < count; k++) {
    const at = records + 4 * RECORD_WORDS * k;
    const row = rows + ROW_BYTES * k;
    if (load<i32>(at + 8) != 1) {
      store<i32>(row, -1);
      continue;
    }
    // Room for the longest key this result could make: its own bytes and the separators.
    if (!room(out + load<i32>(at + 4) - load<i32>(at) + 64)) return -1;
    record = at;
    const ok = factsOf(out, row);
    store<i32>(row, ok);
    if (ok == 1) out += load<i32>(row + 4);
  }
  return out;
}

/**
 * Reads the facts of the result stored at `record` (one the check vouched for) that come from
 * its bytes into `row`, and writes its dedupe key at `out`: 1 when done, 0 when the result is not
 * one this path reads exactly (scanned-facts.ts then does it in JavaScript).
 */
function factsOf(out: i32, row: i32): i32 {
  // A reference into a tool component is left to JavaScript; so is a result without its own rule id.
  const hasRef = has(S_RULE);
  if (hasRef && has(S_TOOL_COMPONENT)) return 0;
  const idSlot = has(S_RULE_ID) ? S_RULE_ID : hasRef && has(S_RULE_REF_ID) ? S_RULE_REF_ID : -1;
  if (idSlot < 0) return 0;
  const indexSlot = has(S_RULE_INDEX) ? S_RULE_INDEX : hasRef && has(S_RULE_REF_INDEX) ? S_RULE_REF_INDEX : -1;
  let ruleIndex: f64 = -1;
  if (indexSlot >= 0) {
    const s = spanStart(indexSlot);
    const e = spanEnd(indexSlot);
    if (load<u8>(s) == 0x2d) {
      // A negative index points at no rule (ruleOf): only -1 is valid, and only as String() writes it.
      if (e - s != 2 || load<u8>(s + 1) != 0x31) return 0;
      ruleIndex = -1;
    } else {
      ruleIndex = plainIndex(s, e);
      if (ruleIndex < 0) return 0;
    }
  }

  keyAt = out;
  keyHash = 0x811c9dc5;
  sawBackslash = false;
  const ruleIdStart = spanStart(idSlot) + 1;
  const ruleIdEnd = spanEnd(idSlot) - 1;
  const ruleIdHash = putHashed(ruleIdStart, ruleIdEnd);
  putByte(0);

  let level = -1;
  if (has(S_LEVEL)) {
    const s = spanStart(S_LEVEL);
    const c = load<u8>(s + 1);
    const length = spanEnd(S_LEVEL) - s - 2;
    if (c == 0x65 && length == 5) level = 0;
    else if (c == 0x77 && length == 7) level = 1;
    else if (c == 0x6e && length == 4) level = load<u8>(s + 2) == 0x6f && load<u8>(s + 3) == 0x74 ? 2 : load<u8>(s + 3) == 0x6e ? 3 : -2;
    else level = -2;
    if (level == -2) return 0;
  }
  let kind = -1;
  if (has(S_KIND)) {
    const s = spanStart(S_KIND);
    kind = spanEnd(S_KIND) - s == 6 && load<u8>(s + 1) == 0x66 && load<u8>(s + 2) == 0x61 && load<u8>(s + 3) == 0x69 && load<u8>(s + 4) == 0x6c ? 1 : 0;
  }

  // security-severity: 1 with the value, 0 when absent or not a score, 3 when JavaScript must read it.
  let scoreState = 0;
  let score: f64 = 0;
  if (has(S_SECURITY_SEVERITY)) {
    const s = spanStart(S_SECURITY_SEVERITY);
    const e = spanEnd(S_SECURITY_SEVERITY);
    const c = <i32>load<u8>(s);
    let n: f64 = NaN;
    if (c == 0x22) {
      let plain = true;
      for (let i = s + 1; i < e - 1; i++) if (load<u8>(i) == 0x5c) plain = false;
      if (plain) n = plainDecimal(s + 1, e - 1);
      scoreState = isNaN(n) ? 3 : 1;
    } else if (c == 0x2d || (c >= 0x30 && c <= 0x39)) {
      n = plainDecimal(s, e);
      scoreState = isNaN(n) ? 3 : 1;
    }
    if (scoreState == 1) {
      if (n <= 10) score = n;
      else scoreState = 0;
    }
  }

  const hasLineHash = has(S_LINE_HASH) && spanEnd(S_LINE_HASH) - spanStart(S_LINE_HASH) > 2;
  if (!hasLineHash) {
    if (!has(S_FINGERPRINTS) || countOf(S_FINGERPRINTS) != 1) return 0;
    if (load<u8>(spanStart(S_FINGERPRINT_VALUE)) != 0x22) return 0;
  }

  const located = has(S_LOCATIONS) && has(SLOT_PRIMARY) && has(S_PHYSICAL_LOCATION);
  let startLine: f64 = NaN;
  let sourceStart = -1;
  let sourceEnd = -1;
  let sourceHash = 0;
  if (located) {
    if (has(S_ARTIFACT_LOCATION)) {
      const hasUri = has(S_URI);
      if (!hasUri && has(S_ARTIFACT_INDEX)) return 0;
      if (has(S_URI_BASE_ID)) put(spanStart(S_URI_BASE_ID) + 1, spanEnd(S_URI_BASE_ID) - 1);
      putByte(1);
      if (hasUri) {
        sourceStart = spanStart(S_URI) + 1;
        sourceEnd = spanEnd(S_URI) - 1;
        sourceHash = putHashed(sourceStart, sourceEnd);
      }
      putByte(1);
    } else {
      putByte(1);
      putByte(1);
    }
    if (has(S_REGION)) {
      for (let k = 0; k < 8; k++) {
        const slot = S_START_LINE + k;
        if (k > 0) putByte(0x3a);
        if (!has(slot)) continue;
        const s = spanStart(slot);
        const e = spanEnd(slot);
        if (!plainInteger(s, e)) return 0;
        if (k == 0) startLine = number;
        put(s, e);
      }
    }
  }
  putByte(0);
  if (hasLineHash) {
    putByte(0x68);
    putByte(0x3a);
    put(spanStart(S_LINE_HASH) + 1, spanEnd(S_LINE_HASH) - 1);
  } else {
    putByte(0x66);
    putByte(0x3a);
    put(spanStart(S_FINGERPRINT_KEY) + 1, spanEnd(S_FINGERPRINT_KEY) - 1);
    putByte(0x3d);
    put(spanStart(S_FINGERPRINT_VALUE) + 1, spanEnd(S_FINGERPRINT_VALUE) - 1);
  }
  // Strings with escapes (their bytes are not their text) are left to JavaScript.
  if (sawBackslash) return 0;

  const fingerprintable = located && startLine >= 1;
  if (hasLineHash || !fingerprintable) sourceStart = -1;
  const locationCount = countOf(S_LOCATIONS);
  const steps = load<i32>(record + 12 + 480);
  store<i32>(row + 4, keyAt - out);
  store<i32>(row + 8, <i32>(keyHash & 0x3fffffff));
  store<i32>(row + 12, ruleIdStart);
  store<i32>(row + 16, ruleIdEnd);
  store<i32>(row + 20, ruleIdHash);
  store<i32>(row + 24, <i32>ruleIndex);
  store<i32>(row + 28, level);
  store<i32>(row + 32, kind);
  store<i32>(row + 36, hasLineHash ? 1 : 0);
  store<i32>(row + 40, fingerprintable ? 1 : 0);
  store<i32>(row + 44, sourceStart);
  store<i32>(row + 48, sourceEnd);
  store<i32>(row + 52, sourceHash);
  store<i32>(
    row + 56,
    countOf(S_RESULT) + locationCount + countOf(S_RELATED_LOCATIONS) + steps + countOf(S_FIXES) + countOf(S_PARTIAL_FINGERPRINTS) + countOf(S_FINGERPRINTS) + countOf(S_PROPERTIES),
  );
  store<i32>(row + 60, locationCount);
  store<i32>(row + 64, steps);
  store<i32>(row + 68, scoreState);
  store<i32>(row + 72, out);
  store<i32>(
    row + 76,
    (has(S_OTHER_URI) ? 1 : 0) | (has(S_ANY_INDEX) ? 2 : 0) | (has(S_ARTIFACT_INDEX) ? 4 : 0) | (load<i32>(record + 12 + 484) == 1 ? 8 : 0),
  );
  store<f64>(row + 80, score);
  return 1;
}
