import { FormatError } from '../parsed-benchmark';

/** JSON.parse whose error says which format was expected. */
export function parseJson(text: string, expected: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new FormatError(`is not JSON (${(e as Error).message}); expected ${expected}`);
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function finiteNumber(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** The numeric entries of an object, keeping only the keys asked for. */
export function pickNumbers(from: Record<string, unknown>, keys: readonly string[], rename: Record<string, string> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) {
    const n = finiteNumber(from[k]);
    if (n !== undefined) out[rename[k] ?? k] = n;
  }
  return out;
}
