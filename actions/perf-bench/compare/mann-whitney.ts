import { normalCdf, normalSurvival } from './normal-distribution';

/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), scipy's conventions: U is the statistic of the
 * first sample, the number of pairs (x, y) with x > y, ties counting one half. It uses only the
 * order of the values, so a GC pause that makes one run 3× slower moves one rank, not the mean.
 *
 * p-values are exact (the permutation distribution of U) when there are no ties and both samples
 * have at most EXACT_LIMIT values, which covers the 10–30 samples a side the harness takes; else
 * the normal approximation with the tie correction of the variance and a continuity correction.
 */
export interface MannWhitneyResult {
  /** U of the first sample. */
  u: number;
  /** Two-sided p-value: twice the smaller tail, at most 1 (scipy's definition). */
  pValue: number;
  /** One-sided p-value for "the first sample tends to be larger". */
  pGreater: number;
  /** One-sided p-value for "the first sample tends to be smaller". */
  pLess: number;
  method: 'exact' | 'asymptotic';
  /** Whether some values occur more than once (across both samples). */
  ties: boolean;
  /** The standardized statistic of the asymptotic method (without continuity correction). */
  z?: number;
}

export interface MannWhitneyOptions {
  /** 'auto' (default): exact when possible, as described above. */
  method?: 'auto' | 'exact' | 'asymptotic';
}

export const EXACT_LIMIT = 50;

export function mannWhitneyU(x: readonly number[], y: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyResult {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new RangeError('Mann-Whitney U needs at least one value in each sample');
  const { rankSumX, tieTerm } = rankSum(x, y);
  const u = rankSumX - (m * (m + 1)) / 2;
  const ties = tieTerm > 0;
  const method = options.method === undefined || options.method === 'auto' ? (!ties && m <= EXACT_LIMIT && n <= EXACT_LIMIT ? 'exact' : 'asymptotic') : options.method;

  if (method === 'exact') {
    if (ties) throw new RangeError('the exact Mann-Whitney distribution assumes no ties; use the asymptotic method');
    const survival = exactSurvival(m, n);
    // u is an integer without ties. P(U ≥ u) and P(U ≤ u) = P(U ≥ mn − u) by symmetry.
    const pGreater = survival[u]!;
    const pLess = survival[m * n - u]!;
    return { u, pValue: Math.min(1, 2 * Math.min(pGreater, pLess)), pGreater, pLess, method, ties };
  }

  const total = m + n;
  const mean = (m * n) / 2;
  const variance = ((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (variance <= 0) {
    // Every value the same: no evidence either way.
    return { u, pValue: 1, pGreater: 1, pLess: 1, method, ties, z: 0 };
  }
  const sd = Math.sqrt(variance);
  const pGreater = normalSurvival((u - mean - 0.5) / sd);
  const pLess = normalCdf((u - mean + 0.5) / sd);
  // scipy: z from the larger of U1 and U2, continuity-corrected, two-sided = 2 × upper tail.
  const big = Math.max(u, m * n - u);
  const pValue = Math.min(1, 2 * normalSurvival((big - mean - 0.5) / sd));
  return { u, pValue, pGreater: Math.min(1, pGreater), pLess: Math.min(1, pLess), method, ties, z: (u - mean) / sd };
}

/** Rank sum of x in the pooled sample (mid-ranks for ties) and Σ(t³ − t) over tie groups. */
function rankSum(x: readonly number[], y: readonly number[]): { rankSumX: number; tieTerm: number } {
  const pooled = [...x.map((v) => ({ v, fromX: true })), ...y.map((v) => ({ v, fromX: false }))].sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < pooled.length; ) {
    let j = i + 1;
    while (j < pooled.length && pooled[j]!.v === pooled[i]!.v) j++;
    const t = j - i;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (pooled[k]!.fromX) rankSumX += midRank;
    if (t > 1) tieTerm += t * t * t - t;
    i = j;
  }
  return { rankSumX, tieTerm };
}

/**
 * survival[u] = P(U ≥ u) under the null for samples of m and n values, from the recurrence on
 * the largest pooled value: it is x's (U gains n) with probability m/(m+n), else y's.
 * Probabilities rather than counts: C(60, 30) already exceeds 2^53. Cached per (m, n), since
 * the harness asks for the same few sizes again and again.
 */
const survivalCache = new Map<string, Float64Array>();

export function exactSurvival(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const cached = survivalCache.get(key);
  if (cached) return cached;
  // dist[i][j] = P(U = u) for samples of i and j values; built row by row.
  let previousRow: Float64Array[] = [];
  for (let i = 0; i <= m; i++) {
    const row: Float64Array[] = [];
    for (let j = 0; j <= n; j++) {
      const cell = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) {
        cell[0] = 1;
      } else {
        const fromX = previousRow[j]!; // (i − 1, j): the largest value is x's, U + j
        const fromY = row[j - 1]!; // (i, j − 1): the largest value is y's
        const px = i / (i + j);
        const py = j / (i + j);
        for (let u = 0; u < fromY.length; u++) cell[u] = py * fromY[u]!;
        for (let u = 0; u < fromX.length; u++) cell[u + j] = cell[u + j]! + px * fromX[u]!;
      }
      row.push(cell);
    }
    previousRow = row;
  }
  const pmf = previousRow[n]!;
  const survival = new Float64Array(pmf.length + 1);
  for (let u = pmf.length - 1; u >= 0; u--) survival[u] = Math.min(1, survival[u + 1]! + pmf[u]!);
  if (survivalCache.size > 256) survivalCache.clear();
  survivalCache.set(key, survival);
  return survival;
}
