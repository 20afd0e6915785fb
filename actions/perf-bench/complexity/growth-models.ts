import type { ComplexityClass } from '../model';

/** A candidate growth class: y = a + b·f(n). O(1) is the model without a slope. */
export interface GrowthModel {
  class: Exclude<ComplexityClass, 'inconclusive'>;
  f: (n: number) => number;
  /** Free parameters of y = a + b·f(n): 1 for O(1) (a only), 2 for every other class. */
  parameters: 1 | 2;
}

/**
 * Natural logarithms throughout: the base only rescales b. Sizes are ≥ 1 (the benchmark schema
 * says so), so log n ≥ 0 and a ≥ 0 keeps its meaning of "cost at the smallest conceivable input".
 */
export const GROWTH_MODELS: readonly GrowthModel[] = [
  { class: 'O(1)', f: () => 0, parameters: 1 },
  { class: 'O(log n)', f: (n) => Math.log(n), parameters: 2 },
  { class: 'O(n)', f: (n) => n, parameters: 2 },
  { class: 'O(n log n)', f: (n) => n * Math.log(n), parameters: 2 },
  { class: 'O(n^2)', f: (n) => n * n, parameters: 2 },
  { class: 'O(n^3)', f: (n) => n * n * n, parameters: 2 },
  // 2^n overflows to Infinity past n = 1023; the fitter then leaves this class out, which is
  // right: nobody runs an exponential algorithm at n = 1024.
  { class: 'O(2^n)', f: (n) => 2 ** n, parameters: 2 },
];
