/**
 * PEP 440 version ordering for PyPI, as `packaging.version.Version` orders: epochs, release
 * segments with trailing zeros ignored, pre-releases (a < b < rc), post-releases, dev releases
 * and local versions. A version is parsed once into a comparison key; the tests hold the order
 * to `packaging` (values recorded from it) and to `@renovatebot/pep440`.
 */

export interface Pep440Value {
  epoch: number;
  /** Release segments with trailing zeros removed (1.0.0 orders as 1). */
  release: number[];
  /** [phase, number]: phase 0 = a, 1 = b, 2 = rc; null when there is none. */
  pre: [number, number] | null;
  post: number | null;
  dev: number | null;
  /** Local segments (after `+`); numbers for numeric ones. */
  local: (string | number)[] | null;
  /** The normalized text (PEP 440's canonical form). */
  text: string;
}

// PEP 440, Appendix B (the regular expression `packaging` uses), case-insensitive.
const VERSION = new RegExp(
  '^\\s*v?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?' + // pre
    '(?:(?:-(\\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\\d+)?))?' + // post
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$',
  'i',
);

const PRE_PHASE: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };
const PRE_LABEL = ['a', 'b', 'rc'];

export function parsePep440(text: string): Pep440Value | undefined {
  const m = VERSION.exec(text);
  if (!m) return undefined;
  const epoch = m[1] === undefined ? 0 : Number(m[1]);
  const fullRelease = m[2]!.split('.').map(Number);
  const release = [...fullRelease];
  while (release.length > 0 && release[release.length - 1] === 0) release.pop();
  const pre: [number, number] | null = m[3] === undefined ? null : [PRE_PHASE[m[3].toLowerCase()]!, m[4] === undefined ? 0 : Number(m[4])];
  let post: number | null = null;
  if (m[5] !== undefined) post = Number(m[5]);
  else if (m[6] !== undefined) post = m[7] === undefined ? 0 : Number(m[7]);
  const dev = m[8] === undefined ? null : m[9] === undefined ? 0 : Number(m[9]);
  const local = m[10] === undefined ? null : m[10].toLowerCase().split(/[-_.]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let canonical = `${epoch !== 0 ? `${epoch}!` : ''}${fullRelease.join('.')}`;
  if (pre) canonical += `${PRE_LABEL[pre[0]]}${pre[1]}`;
  if (post !== null) canonical += `.post${post}`;
  if (dev !== null) canonical += `.dev${dev}`;
  if (local) canonical += `+${local.join('.')}`;
  return { epoch, release, pre, post, dev, local, text: canonical };
}

function cmp(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * The pre-release part of packaging's key. A version with only a dev part (1.0.dev0) sorts before
 * every pre-release of its release, so it gets -Infinity; a version without one sorts after them.
 */
function preKey(v: Pep440Value): [number, number] {
  if (v.pre === null && v.post === null && v.dev !== null) return [-Infinity, 0];
  if (v.pre === null) return [Infinity, 0];
  return v.pre;
}

function compareLocal(a: (string | number)[] | null, b: (string | number)[] | null): number {
  // No local part sorts before any local part.
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xn = typeof x === 'number';
    const yn = typeof y === 'number';
    // Numeric segments sort after alphanumeric ones; like kinds compare naturally.
    if (xn !== yn) return xn ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return cmp(a.length, b.length);
}

export function comparePep440(a: Pep440Value, b: Pep440Value): number {
  if (a.epoch !== b.epoch) return cmp(a.epoch, b.epoch);
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    // Trailing zeros were removed, so a missing segment is smaller than any present one.
    const x = a.release[i];
    const y = b.release[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return cmp(x, y);
  }
  const ap = preKey(a);
  const bp = preKey(b);
  if (ap[0] !== bp[0]) return cmp(ap[0], bp[0]);
  if (ap[1] !== bp[1]) return cmp(ap[1], bp[1]);
  // No post-release sorts before any post-release.
  const apost = a.post ?? -Infinity;
  const bpost = b.post ?? -Infinity;
  if (apost !== bpost) return cmp(apost, bpost);
  // No dev release sorts after any dev release.
  const adev = a.dev ?? Infinity;
  const bdev = b.dev ?? Infinity;
  if (adev !== bdev) return cmp(adev, bdev);
  return compareLocal(a.local, b.local);
}
