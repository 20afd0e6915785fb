import { finishComparison, screenSamples, type ComparisonOptions, type SampleComparison } from './compare-samples';

/**
 * Adaptive sampling: start with `initial` samples a side and take `step` more a side whenever the
 * comparison is inconclusive, up to `max` a side. Clear cases (a 40% slowdown, a no-op change on
 * a quiet machine) stop after the first look; borderline ones get the samples they need.
 *
 * Looking at the data repeatedly and stopping when it looks significant inflates the false-alarm
 * rate if each look tests at the full α. The looks are planned in advance (10, 20, 30 by default:
 * K = 3) and α is divided among them (weighted Bonferroni): look k tests at α × share(k) with the
 * shares summing to 1, so by the union bound the chance that any look of a no-change pair raises
 * an alarm is at most α, whatever the data and whatever the stopping rule. Most of the power is at
 * the last look (the most samples), so it gets most of α: 85%; the earlier looks share the other
 * 15% in proportion to their number (5% and 10% for three looks). The early looks still stop the
 * clear cases: a 40% slowdown at 5% noise passes the 5% share at 10 samples a side (the exact
 * test reaches p = 1/184756 there).
 *
 * Bonferroni is conservative (the looks share samples, so they are positively correlated).
 * Group-sequential boundaries (Pocock, O'Brien-Fleming) spend α more tightly, but are computed for
 * an exact look schedule, which a harness whose baseline cannot grow (a stored file) cannot
 * promise; the union bound holds for any schedule with at most K looks.
 */
export interface SamplingPlan {
  /** Samples a side at the first look. */
  initial: number;
  /** Samples added a side at each further look. */
  step: number;
  /** Most samples a side. */
  max: number;
}

export const DEFAULT_SAMPLING_PLAN: Readonly<SamplingPlan> = Object.freeze({ initial: 10, step: 10, max: 30 });

/** Looks the plan allows: 10, 20, 30 → 3. */
export function plannedLooks(plan: SamplingPlan): number {
  validatePlan(plan);
  return 1 + Math.ceil((plan.max - plan.initial) / plan.step);
}

/** The share of α each look spends: the last 85%, the earlier ones 15% in proportion to their index. */
export function alphaShares(looks: number): number[] {
  if (looks === 1) return [1];
  const earlier = Array.from({ length: looks - 1 }, (_, i) => i + 1);
  const total = earlier.reduce((a, b) => a + b, 0);
  return [...earlier.map((k) => (EARLY_SHARE * k) / total), 1 - EARLY_SHARE];
}

const EARLY_SHARE = 0.15;

/** Samples a side the plan wants at look `look` (1-based). */
export function targetSamples(plan: SamplingPlan, look: number): number {
  return Math.min(plan.max, plan.initial + (look - 1) * plan.step);
}

export type Decision =
  | { status: 'decided'; comparison: SampleComparison; look: number }
  /**
   * Inconclusive, and another look is allowed: take `more` samples (per side) and decide again.
   * `comparison` is absent when the bootstrap was skipped (neither the test nor the interval could
   * have ended the comparison at this look); `preliminary` always says where things stand.
   */
  | {
      status: 'need-more';
      more: { baseline: number; current: number };
      look: number;
      preliminary: { ratio: number; pValue: number };
      comparison?: SampleComparison;
    };

export interface DecideOptions extends Partial<Omit<ComparisonOptions, 'look'>> {
  plan?: SamplingPlan;
  /**
   * Which look this is (1-based). By default inferred from the current side's sample count
   * (≤ 10 → 1, ≤ 20 → 2, …): the current side is the one the harness can always measure more of,
   * while a stored baseline may hold any number of samples. Pass it explicitly otherwise
   * (sampleUntilDecided does).
   */
  look?: number;
  /** No more samples can be had (e.g. the sampler gave none): an inconclusive result is final. */
  final?: boolean;
}

/**
 * One look: compares with this look's share of α and says whether to stop. 'need-more' names how many samples
 * each side should add to reach the next look's target.
 */
export function decide(baseline: readonly number[], current: readonly number[], options: DecideOptions = {}): Decision {
  const plan = options.plan ?? DEFAULT_SAMPLING_PLAN;
  const looks = plannedLooks(plan);
  const look = options.look ?? inferLook(plan, current.length);
  if (!(Number.isInteger(look) && look >= 1 && look <= looks)) {
    throw new RangeError(`look ${look} is outside the plan's ${looks} looks (${describePlan(plan)})`);
  }
  const { plan: _plan, look: _look, final, ...comparisonOptions } = options;
  const share = alphaShares(looks)[look - 1]!;
  const screen = screenSamples(baseline, current, { ...comparisonOptions, look: { index: look, of: looks, share } });
  const target = targetSamples(plan, look + 1);
  const more = { baseline: Math.max(0, target - baseline.length), current: Math.max(0, target - current.length) };
  const last = final || look >= looks || (more.baseline === 0 && more.current === 0);
  const preliminary = { ratio: screen.ratio, pValue: screen.test.pValue };
  // The bootstrap is the costly part; skip it when its interval could not end the comparison here.
  if (!last && !screen.decidedByTest && !screen.couldBeUnchanged) return { status: 'need-more', more, look, preliminary };
  const comparison = finishComparison(screen);
  if (comparison.verdict !== 'inconclusive' || last) return { status: 'decided', comparison, look };
  return { status: 'need-more', more, look, preliminary, comparison };
}

/** Gives up to the requested number of new samples per side; fewer (or none) when it cannot. */
export type TakeSamples = (more: { baseline: number; current: number }, look: number) => Promise<{ baseline?: readonly number[]; current?: readonly number[] }>;

export interface SequentialResult {
  comparison: SampleComparison;
  /** Looks taken (comparisons computed). */
  looks: number;
  /** All samples used, initial ones first. */
  baseline: number[];
  current: number[];
  /** Why sampling stopped. */
  stoppedBecause: 'decided' | 'max-samples' | 'no-more-samples';
}

/**
 * The loop around decide(): compares, asks `take` for more samples while the answer is
 * 'need-more', and stops at a verdict, at the plan's last look, or when `take` brings nothing
 * new (a stored baseline cannot grow; if neither side can, another look would test the same data).
 */
export async function sampleUntilDecided(
  initial: { baseline: readonly number[]; current: readonly number[] },
  take: TakeSamples,
  options: Omit<DecideOptions, 'look' | 'final'> = {},
): Promise<SequentialResult> {
  const plan = options.plan ?? DEFAULT_SAMPLING_PLAN;
  const looks = plannedLooks(plan);
  const baseline = [...initial.baseline];
  const current = [...initial.current];
  for (let look = 1; ; look++) {
    const decision = decide(baseline, current, { ...options, plan, look });
    if (decision.status === 'decided') {
      const stoppedBecause = decision.comparison.verdict !== 'inconclusive' ? 'decided' : 'max-samples';
      return { comparison: decision.comparison, looks: look, baseline, current, stoppedBecause };
    }
    const got = await take(decision.more, look);
    const addedBaseline = (got.baseline ?? []).slice(0, decision.more.baseline);
    const addedCurrent = (got.current ?? []).slice(0, decision.more.current);
    if (addedBaseline.length === 0 && addedCurrent.length === 0) {
      // The same data again, at the same look and share of α: no extra test, just the final answer.
      const final = decide(baseline, current, { ...options, plan, look, final: true });
      if (final.status !== 'decided') throw new Error('unreachable: a final look always decides');
      return { comparison: final.comparison, looks: look, baseline, current, stoppedBecause: 'no-more-samples' };
    }
    baseline.push(...addedBaseline);
    current.push(...addedCurrent);
    if (look + 1 > looks) throw new Error('unreachable: decide() asked for a look beyond the plan');
  }
}

function inferLook(plan: SamplingPlan, samples: number): number {
  const looks = plannedLooks(plan);
  if (samples <= plan.initial) return 1;
  return Math.min(looks, 1 + Math.ceil((samples - plan.initial) / plan.step));
}

function validatePlan(plan: SamplingPlan): void {
  if (!(Number.isInteger(plan.initial) && plan.initial >= 1 && Number.isInteger(plan.step) && plan.step >= 1 && Number.isInteger(plan.max) && plan.max >= plan.initial)) {
    throw new RangeError(`sampling plan must have integers initial ≥ 1, step ≥ 1, max ≥ initial; got ${describePlan(plan)}`);
  }
}

function describePlan(plan: SamplingPlan): string {
  return `initial ${plan.initial}, step ${plan.step}, max ${plan.max}`;
}
