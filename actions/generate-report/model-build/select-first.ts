/**
 * The first `k` items in `compare` order, sorted, without sorting them all: a report lists 200 of
 * 50,000 findings, and keeping a sorted window of 200 costs a comparison per item and an
 * insertion only for the few that belong in it. Stable: equal items keep their input order.
 */
export function selectFirst<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    // Binary search for the first element greater than item (after equals, for stability).
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(out[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}
