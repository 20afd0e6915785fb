/**
 * Accuracy benchmark of perf-bench's regression verdicts (issue #6), side by side in one run on
 * the same synthetic data:
 *  - Assay: Mann-Whitney U + a 5% minimum effect on the ratio of medians, adaptive sampling
 *    (10 samples a side, 10 more while inconclusive, at most 30; α shared over the looks);
 *  - Assay with a fixed 10 samples a side (one look), to show what adaptive sampling buys;
 *  - github-action-benchmark's rule: alert when current / previous > threshold, one value per
 *    benchmark (the mean of the same first 10 samples a side), at its default 200% and at 110%.
 * Data: times from a lognormal distribution with a coefficient of variation of 10%, and 5% of
 * samples outliers 1.5–3× slower (uniform), as GC pauses and noisy neighbours give. No-change
 * pairs draw both sides from the same distribution; slowdown pairs make the current side 15%
 * slower. Targets: no-change pairs called regressions ≤ 1%, 15% slowdowns detected ≥ 95%.
 *
 *   node --import tsx scripts/bench/perf-regression.ts [--seed N] [--trials 2000]
 *        [--cv 0.10] [--outliers 0.05] [--slowdown 0.15]
 *
 * Every pair has its own random stream derived from the seed and its number, so a run is
 * repeated exactly with the printed seed. Exits 1 when Assay misses a target.
 */
import { randomInt } from 'node:crypto';
import { createRandom, type Random } from '../../actions/perf-bench/compare/random';
import { compareSamples } from '../../actions/perf-bench/compare/compare-samples';
import { DEFAULT_SAMPLING_PLAN, sampleUntilDecided } from '../../actions/perf-bench/compare/sequential';
import type { Verdict } from '../../actions/perf-bench/model';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const seed = Number(flag('--seed') ?? randomInt(1, 2 ** 31));
const trials = Number(flag('--trials') ?? 2000);
const cv = Number(flag('--cv') ?? 0.1);
const outlierRate = Number(flag('--outliers') ?? 0.05);
const slowdown = Number(flag('--slowdown') ?? 0.15);
for (const [name, value] of Object.entries({ seed, trials, cv, outlierRate, slowdown })) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, got ${value}`);
}

const BASE_MS = 100;
// Lognormal with the requested CV: σ² = ln(1 + cv²); μ chosen so the mean is BASE_MS.
const sigma = Math.sqrt(Math.log(1 + cv * cv));

function sampler(random: Random, scale: number): (n: number) => number[] {
  return (n) =>
    Array.from({ length: n }, () => {
      let value = BASE_MS * scale * Math.exp(sigma * random.normal() - (sigma * sigma) / 2);
      if (random.next() < outlierRate) value *= 1.5 + 1.5 * random.next();
      return value;
    });
}

/** A stream per (kind, pair) so results do not depend on the order pairs are run in. */
function streamFor(kind: number, index: number): Random {
  return createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(kind * 1_000_003 + index + 1, 0x85ebca6b)) >>> 0);
}

interface Tally {
  flagged: number;
  samples: number;
  verdicts: Record<Verdict, number>;
}
const newTally = (): Tally => ({ flagged: 0, samples: 0, verdicts: { improved: 0, unchanged: 0, regressed: 0, inconclusive: 0 } });
const kinds = [
  { label: 'no change', scale: 1 },
  { label: `${Math.round(slowdown * 100)}% slowdown`, scale: 1 + slowdown },
] as const;
const results = kinds.map(() => ({ adaptive: newTally(), fixed: newTally(), gab200: newTally(), gab110: newTally() }));

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const started = performance.now();
for (let k = 0; k < kinds.length; k++) {
  const kind = kinds[k]!;
  const r = results[k]!;
  for (let i = 0; i < trials; i++) {
    const random = streamFor(k, i);
    const baselineDraw = sampler(random, 1);
    const currentDraw = sampler(random, kind.scale);
    const first = { baseline: baselineDraw(DEFAULT_SAMPLING_PLAN.initial), current: currentDraw(DEFAULT_SAMPLING_PLAN.initial) };

    const adaptive = await sampleUntilDecided(first, async (more) => ({ baseline: baselineDraw(more.baseline), current: currentDraw(more.current) }));
    count(r.adaptive, adaptive.comparison.verdict, adaptive.current.length);

    const fixed = compareSamples(first.baseline, first.current);
    count(r.fixed, fixed.verdict, first.current.length);

    // github-action-benchmark: one value per benchmark and run (here the mean), current / previous.
    const ratio = mean(first.current) / mean(first.baseline);
    count(r.gab200, ratio > 2.0 ? 'regressed' : 'unchanged', first.current.length);
    count(r.gab110, ratio > 1.1 ? 'regressed' : 'unchanged', first.current.length);
  }
}
const seconds = (performance.now() - started) / 1000;

function count(t: Tally, verdict: Verdict, samples: number): void {
  t.verdicts[verdict]++;
  if (verdict === 'regressed') t.flagged++;
  t.samples += samples;
}

/** Wilson score interval, 95%: how far the measured rate may be from the true one. */
function wilson(successes: number, n: number): [number, number] {
  const z = 1.959964;
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const rate = (t: Tally) => {
  const [lo, hi] = wilson(t.flagged, trials);
  return `${pct(t.flagged / trials).padStart(7)} [${pct(lo)}–${pct(hi)}]`;
};

const rows: [string, keyof (typeof results)[number]][] = [
  ['Assay: Mann-Whitney + 5% min effect, adaptive 10→30 a side', 'adaptive'],
  ['Assay, fixed 10 a side (one look)', 'fixed'],
  ['github-action-benchmark rule, current/previous > 200% (default)', 'gab200'],
  ['github-action-benchmark rule, current/previous > 110%', 'gab110'],
];
const [none, slow] = results as [(typeof results)[0], (typeof results)[0]];
console.log(`perf-regression benchmark · seed ${seed} (repeat with --seed ${seed})`);
console.log(
  `data: lognormal times, CV ${pct(cv)}, ${pct(outlierRate)} outliers ×1.5–3; ${trials} no-change pairs and ${trials} pairs with a ${pct(slowdown)} slowdown`,
);
console.log('');
const header = ['method'.padEnd(66), 'no-change pairs flagged'.padEnd(27), `${kinds[1].label}s caught`.padEnd(27), 'mean samples a side (no change / slowdown)'];
console.log(header.join(' '));
for (const [label, key] of rows) {
  console.log(
    [label.padEnd(66), rate(none[key]).padEnd(27), rate(slow[key]).padEnd(27), `${(none[key].samples / trials).toFixed(1)} / ${(slow[key].samples / trials).toFixed(1)}`].join(' '),
  );
}
console.log('');
const verdicts = (t: Tally) => (Object.entries(t.verdicts) as [Verdict, number][]).map(([v, n]) => `${v} ${n}`).join(', ');
console.log(`Assay adaptive verdicts, no change: ${verdicts(none.adaptive)}`);
console.log(`Assay adaptive verdicts, ${kinds[1].label}: ${verdicts(slow.adaptive)}`);
const falseOk = none.adaptive.flagged / trials <= 0.01;
const caughtOk = slow.adaptive.flagged / trials >= 0.95;
console.log(
  `targets (Assay adaptive): no-change flagged ≤ 1%: ${falseOk ? 'met' : 'MISSED'} (${pct(none.adaptive.flagged / trials)}); ` +
    `slowdowns caught ≥ 95%: ${caughtOk ? 'met' : 'MISSED'} (${pct(slow.adaptive.flagged / trials)})`,
);
console.log(`time: ${seconds.toFixed(1)} s`);
if (!falseOk || !caughtOk) process.exitCode = 1;
