import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from '../../../lib/errors';
import type { Logger } from '../../../lib/action/logger';
import { schemaViolations } from '../../../lib/schema/validate';
import { BUILT_IN_DEFAULTS, SIZE_PLACEHOLDER, type BenchmarkConfig, type CommandBenchmarkSpec } from './benchmark-spec';
import { BenchmarkConfigError, closest, COMMAND_KEYS, DEFAULT_KEYS, fieldName, hintFor, keywordOf, placeOf, type ConfigProblem } from './config-problems';
import { INTERPRETERS, scriptArgv } from './script-interpreter';

export interface LoadConfigOptions {
  /** Warnings (top-level keys nobody reads) go here. */
  log?: Logger;
}

/** Top-level keys owned by perf-bench's parts; others are warned about, not refused (they may be newer). */
const TOP_LEVEL_KEYS = ['benchmarks', 'defaults', 'load', 'stress', 'ingest'];

/**
 * Reads the benchmark file (YAML), validates it against schemas/benchmark-config.schema.json and
 * returns the command benchmarks with defaults applied and paths resolved. Every problem found is
 * reported at once, each naming the file and line, the benchmark and the field, and what to write.
 */
export function loadBenchmarkConfig(file: string, options: LoadConfigOptions = {}): BenchmarkConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT' ? `${file} was not found; pass the benchmark file (YAML with a "benchmarks:" list) with --config.` : `${file} could not be read: ${(err as Error).message}`,
    );
  }
  return parseBenchmarkConfig(text, file, options);
}

/** As loadBenchmarkConfig, from text; `file` names it in messages and anchors relative paths. */
export function parseBenchmarkConfig(text: string, file: string, options: LoadConfigOptions = {}): BenchmarkConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new BenchmarkConfigError(
      file,
      doc.errors.map((e) => ({ line: e.linePos?.[0]?.line, message: `is not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` })),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const lineOf = (segments: (string | number)[]) => lineAt(doc, lineCounter, segments);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BenchmarkConfigError(file, [{ line: 1, message: `must be a map with a "benchmarks:" list; ${hintFor('benchmarks')}` }]);
  }
  const document = data as Record<string, unknown>;

  const violations = schemaViolations('benchmark-config', document);
  if (violations.length > 0) {
    const problems = problemsFromViolations(document, violations, lineOf).sort((p, q) => (p.line ?? 0) - (q.line ?? 0));
    // Never an error without a problem in it: fall back to the validator's own words.
    if (problems.length === 0) problems.push(...violations.map((v) => ({ line: lineOf(placeOf(v.path).field), field: v.path, message: v.message })));
    throw new BenchmarkConfigError(file, problems);
  }

  const runnable = ['benchmarks', 'load', 'stress', 'ingest'].filter((k) => !(Array.isArray(document[k]) && (document[k] as unknown[]).length === 0));
  if (!runnable.some((k) => document[k] !== undefined && document[k] !== null)) {
    throw new BenchmarkConfigError(file, [{ line: 1, message: `has nothing to run; ${hintFor('benchmarks')}` }]);
  }
  for (const key of Object.keys(document)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      const guess = closest(key, TOP_LEVEL_KEYS);
      options.log?.warning(`${file}:${lineOf([key]) ?? 1}: the top-level key "${key}" is not read by perf-bench${guess ? ` (did you mean "${guess}"?)` : ''}; it is ignored.`);
    }
  }

  const dir = path.resolve(path.dirname(file));
  const problems: ConfigProblem[] = [];
  const commands = normalizeCommands(document, file, dir, lineOf, problems);
  if (problems.length > 0) throw new BenchmarkConfigError(file, problems);
  return { file, dir, commands, document };
}

type RawSettings = {
  sizes?: number[];
  'size-env'?: string;
  warmup?: number;
  repetitions?: number;
  timeout?: number;
  'time-metric'?: 'auto' | 'cpu' | 'wall';
  cwd?: string;
  env?: Record<string, string | number | boolean>;
};
type RawCommand = RawSettings & { name: string; kind?: string; command?: (string | number)[]; script?: string; args?: (string | number)[] };

function normalizeCommands(
  document: Record<string, unknown>,
  file: string,
  dir: string,
  lineOf: (segments: (string | number)[]) => number | undefined,
  problems: ConfigProblem[],
): CommandBenchmarkSpec[] {
  const defaults = (document.defaults ?? {}) as RawSettings;
  const entries = (document.benchmarks ?? []) as RawCommand[];
  const out: CommandBenchmarkSpec[] = [];

  // Names are unique across every kind, since performance.json lists them side by side.
  const seen = new Map<string, string>();
  const named = [...entries.map((e, i) => ({ name: e.name, where: `benchmarks[${i}]`, segments: ['benchmarks', i] as (string | number)[] }))];
  if (Array.isArray(document.load)) {
    document.load.forEach((e: unknown, i) => {
      const name = (e as { name?: unknown } | null)?.name;
      if (typeof name === 'string') named.push({ name, where: `load[${i}]`, segments: ['load', i] });
    });
  }
  for (const n of named) {
    const first = seen.get(n.name);
    if (first) {
      problems.push({ line: lineOf([...n.segments, 'name']), benchmark: `"${n.name}" (${n.where})`, field: 'name', message: `"${n.name}" is already the name of ${first}; give each benchmark a unique name.` });
    } else seen.set(n.name, n.where);
  }

  entries.forEach((raw, index) => {
    if (raw.kind !== undefined && raw.kind !== 'command') return;
    const label = `"${raw.name}" (benchmarks[${index}])`;
    const problem = (field: string, message: string) => problems.push({ line: lineOf(['benchmarks', index, field]) ?? lineOf(['benchmarks', index]), benchmark: label, field, message });

    const sizeEnv = raw['size-env'] ?? defaults['size-env'];
    const cwdRel = raw.cwd ?? defaults.cwd ?? '.';
    const cwd = path.resolve(dir, cwdRel);
    if (!isDirectory(cwd)) problem('cwd', `the folder ${cwdRel} (${cwd}) does not exist; ${hintFor('cwd')}`);

    let argv: string[] | undefined;
    if (raw.command) {
      argv = raw.command.map(String);
      if (raw.args) problem('args', `goes with "script"; with "command", put the arguments in the command list, e.g. command: [${argv.join(', ')}, ${raw.args.map((a) => JSON.stringify(String(a))).join(', ')}]`);
      if (argv.length === 1 && /\s/.test(argv[0]!)) {
        problem('command', `"${argv[0]}" is one program name with spaces in it; no shell splits it: write each argument as its own list item, e.g. command: [${argv[0]!.split(/\s+/).join(', ')}]`);
      }
    } else if (raw.script) {
      const scriptPath = path.resolve(cwd, raw.script);
      if (!isFile(scriptPath)) {
        problem('script', `${raw.script} was not found (looked for ${scriptPath}; relative to the benchmark's cwd)`);
      } else {
        const base = scriptArgv(scriptPath);
        if (!base) {
          problem('script', `cannot tell how to run ${raw.script}: it has no "#!" line and its extension is not one of ${Object.keys(INTERPRETERS).join(', ')}; add a shebang line or use command: [interpreter, ${raw.script}]`);
        } else argv = [...base, ...(raw.args ?? []).map(String)];
      }
    }

    // defaults.sizes go to the benchmarks that take a size; one that does not runs once.
    const usesPlaceholder = argv?.some((a) => a.includes(SIZE_PLACEHOLDER)) ?? false;
    const sizes = raw.sizes ?? (usesPlaceholder || sizeEnv ? defaults.sizes : undefined);
    if (argv) {
      const field = raw.command ? 'command' : 'args';
      if (usesPlaceholder && !sizes) problem(field, `uses ${SIZE_PLACEHOLDER} but no sizes are given; add e.g. sizes: [1000, 2000, 4000, 8000] (or defaults.sizes)`);
      if (sizes && !usesPlaceholder && !sizeEnv) {
        problem('sizes', `are given but the program never sees them: put "${SIZE_PLACEHOLDER}" in ${raw.command ? 'the command' : 'args'} (e.g. ${raw.command ? `command: [${argv.join(', ')}, "{n}"]` : 'args: ["{n}"]'}) or name an environment variable with size-env: BENCH_SIZE`);
      }
    }
    if (!argv) return;
    out.push({
      name: raw.name,
      argv,
      ...(sizes ? { sizes: [...sizes] } : {}),
      ...(sizeEnv ? { sizeEnv } : {}),
      warmup: raw.warmup ?? defaults.warmup ?? BUILT_IN_DEFAULTS.warmup,
      repetitions: raw.repetitions ?? defaults.repetitions ?? BUILT_IN_DEFAULTS.repetitions,
      timeoutMs: (raw.timeout ?? defaults.timeout ?? BUILT_IN_DEFAULTS.timeoutSeconds) * 1000,
      timeMetric: raw['time-metric'] ?? defaults['time-metric'] ?? 'auto',
      cwd,
      env: stringValues({ ...defaults.env, ...raw.env }),
      source: `${file}:${lineOf(['benchmarks', index]) ?? 1} benchmarks[${index}]`,
    });
  });
  return out;
}

/** Turns ajv's violations into one problem per benchmark field, in words a user acts on. */
function problemsFromViolations(
  document: Record<string, unknown>,
  violations: ReturnType<typeof schemaViolations>,
  lineOf: (segments: (string | number)[]) => number | undefined,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const add = (p: ConfigProblem) => {
    const key = `${p.benchmark}|${p.field}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  };
  const benchmarks = Array.isArray(document.benchmarks) ? (document.benchmarks as unknown[]) : [];
  const labelOf = (i: number) => {
    const name = (benchmarks[i] as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' && name ? `"${name}" (benchmarks[${i}])` : `benchmarks[${i}]`;
  };

  for (const v of violations) {
    const keyword = keywordOf(v);
    if (keyword === 'if') continue; // ajv's "must match else schema" repeats the errors below it
    const place = placeOf(v.path);
    const base = place.benchmarkIndex !== undefined ? ['benchmarks', place.benchmarkIndex] : place.inDefaults ? ['defaults'] : [];
    const benchmark = place.benchmarkIndex !== undefined ? labelOf(place.benchmarkIndex) : undefined;
    const target = valueAt(document, [...base, ...place.field]);

    if (place.benchmarkIndex !== undefined && place.field.length === 0) {
      const entry = (benchmarks[place.benchmarkIndex] ?? {}) as Record<string, unknown>;
      const at = lineOf(base);
      if (keyword === 'anyOf' || keyword === 'not' || (keyword === 'required' && /'(command|script)'/.test(v.message))) {
        add(
          'command' in entry && 'script' in entry
            ? { line: at, benchmark, field: 'command', message: `both "command" and "script" are given; keep one: ${hintFor('command')}, or ${hintFor('script')}` }
            : { line: at, benchmark, field: 'command', message: `is missing: ${hintFor('command')}, or ${hintFor('script')}` },
        );
        continue;
      }
      if (keyword === 'required') {
        const missing = /'([^']+)'/.exec(v.message)?.[1] ?? '?';
        add({ line: at, benchmark, field: missing, message: `is missing; ${hintFor(missing) ?? `add "${missing}"`}` });
        continue;
      }
      if (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties') {
        for (const key of Object.keys(entry).filter((k) => !COMMAND_KEYS.includes(k))) {
          const guess = closest(key, COMMAND_KEYS);
          add({ line: lineOf([...base, key]) ?? at, benchmark, field: key, message: `is not a key of a command benchmark${guess ? `; did you mean "${guess}"?` : ''} (the keys are ${COMMAND_KEYS.join(', ')})` });
        }
        continue;
      }
      if (keyword === 'type') {
        add({ line: at, benchmark, message: `must be a map of fields, e.g. - { name: sort, command: [node, sort.mjs, "{n}"] } (got ${describe(entry)})` });
        continue;
      }
    }
    if (place.inDefaults && place.field.length === 0 && (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties')) {
      const entry = (document.defaults ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(entry).filter((k) => !DEFAULT_KEYS.includes(k))) {
        const guess = closest(key, DEFAULT_KEYS);
        add({ line: lineOf(['defaults', key]), field: `defaults.${key}`, message: `is not a default a benchmark can inherit${guess ? `; did you mean "${guess}"?` : ''} (defaults are ${DEFAULT_KEYS.join(', ')})` });
      }
      continue;
    }
    const topKey = place.field.find((s): s is string => typeof s === 'string') ?? (place.inDefaults ? 'defaults' : 'benchmarks');
    const hint = hintFor(place.inDefaults && place.field.length === 0 ? 'defaults' : topKey);
    const fieldLabel = place.inDefaults ? fieldName(['defaults', ...place.field]) : place.field.length > 0 ? fieldName(place.field) : undefined;
    const got = target === undefined ? '' : ` (got ${describe(target)})`;
    add({
      line: lineOf([...base, ...place.field]) ?? lineOf(base),
      benchmark,
      field: fieldLabel,
      message: `${friendly(keyword, v.message)}${got}${hint ? `; ${hint}` : ''}`,
    });
  }
  return problems;
}

function friendly(keyword: string, message: string): string {
  if (keyword === 'uniqueItems') return 'lists the same value twice';
  if (keyword === 'pattern') return 'is not a valid environment variable name';
  if (keyword === 'propertyNames') return 'has a name that is not a valid environment variable name';
  if (keyword === 'type') {
    const words: Record<string, string> = { array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', object: 'a map', boolean: 'true or false' };
    return message.replace(/must be (\w+)(,(\w+))*/, (all) =>
      `must be ${all.slice('must be '.length).split(',').map((t) => words[t] ?? t).join(' or ')}`,
    );
  }
  return message;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let cur = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

/** The 1-based line of the node at `segments`, or of its nearest ancestor that exists. */
function lineAt(doc: Document, counter: LineCounter, segments: (string | number)[]): number | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function stringValues(env: Record<string, string | number | boolean>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}
