/**
 * Weighted least squares of y = a + b·x with a ≥ 0 and b ≥ 0.
 *
 * Why constrained: every series this fits is a cost (time, memory) that starts at a fixed
 * startup cost a ≥ 0 and grows by b·f(n) with b ≥ 0. Without the constraints a wrong class can
 * mimic the right one with a negative intercept (a straight line through n·log n data needs one),
 * and the constraint takes that escape away. With two parameters the constrained optimum is the
 * unconstrained one when it is feasible, else the best of the two boundary fits (a = 0 or b = 0).
 */
export interface LineFit {
  a: number;
  b: number;
  /** Weighted residual sum of squares Σ wᵢ (yᵢ − a − b·xᵢ)². */
  rss: number;
}

export function fitLine(x: readonly number[], y: readonly number[], w: readonly number[]): LineFit {
  // x can span 2^1 … 2^1000 (the O(2^n) class): scale it to ≤ 1 so the sums stay well conditioned.
  const scale = Math.max(...x.map(Math.abs)) || 1;
  const xs = x.map((v) => v / scale);
  const candidates: LineFit[] = [];
  const sw = sum(w);
  const mx = sum(w.map((wi, i) => wi * xs[i]!)) / sw;
  const my = sum(w.map((wi, i) => wi * y[i]!)) / sw;
  const sxx = sum(w.map((wi, i) => wi * (xs[i]! - mx) ** 2));
  const sxy = sum(w.map((wi, i) => wi * (xs[i]! - mx) * (y[i]! - my)));
  if (sxx > 0) {
    const b = sxy / sxx;
    const a = my - b * mx;
    if (a >= 0 && b >= 0) candidates.push(withRss(a, b));
  }
  // Boundary a = 0: y = b·x through the origin.
  const sxx0 = sum(w.map((wi, i) => wi * xs[i]! ** 2));
  if (sxx0 > 0) {
    const b = Math.max(0, sum(w.map((wi, i) => wi * xs[i]! * y[i]!)) / sxx0);
    candidates.push(withRss(0, b));
  }
  // Boundary b = 0: the weighted mean.
  candidates.push(withRss(Math.max(0, my), 0));
  const best = candidates.reduce((p, c) => (c.rss < p.rss ? c : p));
  return { a: best.a, b: best.b / scale, rss: best.rss };

  function withRss(a: number, b: number): LineFit {
    return { a, b, rss: sum(w.map((wi, i) => wi * (y[i]! - a - b * xs[i]!) ** 2)) };
  }
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

