import type { SchemaViolation } from '../../../lib/errors';
import { ConfigurationError } from '../../../lib/errors';
import { editDistance } from '../../../lib/edit-distance';

/** One thing wrong in the benchmark file, placed as precisely as we can. */
export interface ConfigProblem {
  /** 1-based line in the file, when known. */
  line?: number;
  /** The benchmark's name (or its position when it has none). */
  benchmark?: string;
  /** The field, e.g. "repetitions" or "sizes[2]" or "defaults.timeout". */
  field?: string;
  /** What is wrong and what to write instead. */
  message: string;
}

/**
 * The benchmark file is wrong. The message lists every problem found, each naming the file
 * (and line), the benchmark and the field, and saying what to write.
 */
export class BenchmarkConfigError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      problems.length === 1
        ? formatProblem(file, problems[0]!)
        : `${file} has ${problems.length} problems:\n${problems.map((p) => `  - ${formatProblem(file, p)}`).join('\n')}`,
    );
  }
}

export function formatProblem(file: string, p: ConfigProblem): string {
  const where = [p.benchmark ? `benchmark ${p.benchmark}` : undefined, p.field ? `field "${p.field}"` : undefined].filter(Boolean).join(', ');
  return `${file}${p.line ? `:${p.line}` : ''}: ${where ? `${where}: ` : ''}${p.message}`;
}

export const COMMAND_KEYS = ['name', 'command', 'script', 'args', 'sizes', 'size-env', 'warmup', 'repetitions', 'timeout', 'time-metric', 'cwd', 'env', 'description', 'kind'];
export const DEFAULT_KEYS = ['sizes', 'size-env', 'warmup', 'repetitions', 'timeout', 'time-metric', 'cwd', 'env'];

/** What to write, per field. */
const HINTS: Record<string, string> = {
  name: 'write a short unique name, e.g. name: sort',
  command: 'write the program and its arguments as a list (no shell), e.g. command: [node, bench/sort.mjs, "{n}"]',
  script: 'write the path of a script, e.g. script: bench/sort.py',
  args: 'write the script\'s arguments as a list, e.g. args: ["{n}"]',
  sizes: 'write a list of input sizes (numbers ≥ 1, each once), e.g. sizes: [1000, 2000, 4000, 8000]',
  'size-env': 'write an environment variable name, e.g. size-env: BENCH_SIZE',
  warmup: 'write the number of discarded warm-up runs, a whole number ≥ 0, e.g. warmup: 1',
  repetitions: 'write the number of measured runs, a whole number from 1 to 1000, e.g. repetitions: 5',
  timeout: 'write the limit per run in seconds, e.g. timeout: 300',
  cwd: 'write a folder relative to the benchmark file, e.g. cwd: bench',
  'time-metric': 'write auto (the default), cpu or wall',
  env: 'write a map of NAME: value, e.g. env: { NODE_ENV: production }',
  description: 'write a sentence',
  kind: 'leave it out for a command benchmark (or write kind: command)',
  benchmarks: 'write a list of benchmarks, each with a name and a command, e.g. benchmarks: [{ name: sort, command: [node, sort.mjs, "{n}"], sizes: [1000, 2000] }]',
  defaults: `write a map with any of ${DEFAULT_KEYS.join(', ')}`,
};

export function hintFor(key: string): string | undefined {
  return HINTS[key];
}

/** Where in the document a violation sits: the benchmark index (if any) and the field path. */
export interface Place {
  benchmarkIndex?: number;
  /** Path segments from the benchmark (or from the root for top-level keys). */
  field: (string | number)[];
  inDefaults: boolean;
}

export function placeOf(pointer: string): Place {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (segments[0] === 'benchmarks' && typeof segments[1] === 'number') return { benchmarkIndex: segments[1], field: segments.slice(2), inDefaults: false };
  if (segments[0] === 'defaults') return { field: segments.slice(1), inDefaults: true };
  return { field: segments, inDefaults: false };
}

export function fieldName(segments: readonly (string | number)[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The closest known key within two edits, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}


/** The schema keyword a violation broke ("required", "type", …). */
export function keywordOf(v: SchemaViolation): string {
  return v.rule.split(' ')[0]!;
}
