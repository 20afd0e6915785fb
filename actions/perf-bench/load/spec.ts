import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { ConfigurationError, SchemaValidationError, type SchemaViolation } from '../../../lib/errors';
import loadSchema from '../../../schemas/benchmark-load.schema.json';

/** One request of a sequence each connection sends in turn. */
export interface LoadRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** How the service under test is started and known to be ready. */
export interface ServiceStart {
  /** Program and arguments; no shell. */
  command: string[];
  /** Absolute, or relative to the folder the caller passes as root. */
  cwd?: string;
  /** Added to the base environment the caller passes. */
  env?: Record<string, string>;
  ready: {
    url: string;
    timeoutS: number;
    /** Statuses that mean ready; undefined means any 2xx. */
    expectStatus?: number[];
  };
  /** Seconds between SIGTERM and SIGKILL. */
  stopGraceS: number;
}

export interface FixedRateLoad {
  /** Requests per second over all connections, or per connection when `perConnection`. */
  rate: number;
  perConnection: boolean;
  durationS: number;
  connections: number;
}

export type StressStep = { multiply: number } | { add: number };

export interface StressPlan {
  startConnections: number;
  maxConnections: number;
  step: StressStep;
  stepDurationS: number;
  errorRateLimit: number;
  p99LimitMs?: number;
}

interface LoadTestBase {
  name: string;
  start: ServiceStart;
  /** Where the load goes; with `requests`, their paths are taken against its origin. */
  url: string;
  requests?: LoadRequest[];
  requestTimeoutS: number;
}

/** One entry of the benchmark file's `load:` list, validated and with defaults filled in. */
export type LoadTestSpec = (LoadTestBase & { mode: 'load'; load: FixedRateLoad }) | (LoadTestBase & { mode: 'stress'; stress: StressPlan });

/** The most steps a stress test may plan; each is a full autocannon run, so this bounds its time. */
export const MAX_STRESS_STEPS = 40;

let validate: ValidateFunction | undefined;

/**
 * Validates the raw `load:` list (as parsed from YAML) against schemas/benchmark-load.schema.json
 * and returns it with defaults filled in. `pointer` is where the list sits in the file (e.g.
 * "/load") so errors point at the right place.
 */
export function parseLoadTests(raw: unknown, file: string, pointer = '/load'): LoadTestSpec[] {
  validate ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(loadSchema);
  if (!validate(raw)) {
    throw new SchemaValidationError(file, (validate.errors ?? []).map((e) => toViolation(e, pointer)));
  }
  const list = raw as RawLoadTest[];
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const at = `${file} ${pointer}/${i} ("${entry.name}")`;
    if (seen.has(entry.name)) throw new ConfigurationError(`${at}: the name "${entry.name}" is used twice; give each load test its own name.`);
    seen.add(entry.name);
    return normalize(entry, at);
  });
}

/** The concurrency of each step of a stress test, from start to max (max is always tried last). */
export function stressSteps(plan: Pick<StressPlan, 'startConnections' | 'maxConnections' | 'step'>): number[] {
  const steps: number[] = [];
  let c = plan.startConnections;
  while (c < plan.maxConnections && steps.length < MAX_STRESS_STEPS + 1) {
    steps.push(c);
    const next = 'multiply' in plan.step ? Math.ceil(c * plan.step.multiply) : c + plan.step.add;
    // A factor close to 1 on a small count would repeat the same concurrency.
    c = Math.max(next, c + 1);
  }
  steps.push(plan.maxConnections);
  return steps;
}

interface RawLoadTest {
  name: string;
  start: {
    command: string[];
    cwd?: string;
    env?: Record<string, string>;
    ready: { url: string; timeout?: number; 'expect-status'?: number | number[] };
    'stop-grace'?: number;
  };
  url?: string;
  requests?: LoadRequest[];
  mode: 'load' | 'stress';
  'request-timeout'?: number;
  load?: { rate?: number; 'rate-per-connection'?: number; duration?: number; connections?: number };
  stress?: {
    'start-connections'?: number;
    'max-connections': number;
    step?: StressStep;
    'step-duration'?: number;
    'error-rate-limit'?: number;
    'p99-limit-ms'?: number;
  };
}

function normalize(entry: RawLoadTest, at: string): LoadTestSpec {
  const expect = entry.start.ready['expect-status'];
  const base: LoadTestBase = {
    name: entry.name,
    start: {
      command: entry.start.command,
      ...(entry.start.cwd !== undefined ? { cwd: entry.start.cwd } : {}),
      ...(entry.start.env !== undefined ? { env: entry.start.env } : {}),
      ready: {
        url: entry.start.ready.url,
        timeoutS: entry.start.ready.timeout ?? 30,
        ...(expect !== undefined ? { expectStatus: Array.isArray(expect) ? expect : [expect] } : {}),
      },
      stopGraceS: entry.start['stop-grace'] ?? 5,
    },
    url: entry.url ?? entry.start.ready.url,
    ...(entry.requests ? { requests: entry.requests } : {}),
    requestTimeoutS: entry['request-timeout'] ?? 10,
  };
  if (entry.mode === 'load') {
    if (entry.stress) throw new ConfigurationError(`${at}: has a "stress" block but mode is "load"; remove the block or set mode: stress.`);
    const load = entry.load!;
    return {
      ...base,
      mode: 'load',
      load: {
        rate: load.rate ?? load['rate-per-connection']!,
        perConnection: load.rate === undefined,
        durationS: load.duration ?? 10,
        connections: load.connections ?? 10,
      },
    };
  }
  if (entry.load) throw new ConfigurationError(`${at}: has a "load" block but mode is "stress"; remove the block or set mode: load.`);
  const s = entry.stress!;
  const plan: StressPlan = {
    startConnections: s['start-connections'] ?? 1,
    maxConnections: s['max-connections'],
    step: s.step ?? { multiply: 2 },
    stepDurationS: s['step-duration'] ?? 5,
    errorRateLimit: s['error-rate-limit'] ?? 0.01,
    ...(s['p99-limit-ms'] !== undefined ? { p99LimitMs: s['p99-limit-ms'] } : {}),
  };
  if (plan.startConnections > plan.maxConnections) {
    throw new ConfigurationError(
      `${at}: stress.start-connections (${plan.startConnections}) is above stress.max-connections (${plan.maxConnections}); lower the start or raise the maximum.`,
    );
  }
  const steps = stressSteps(plan);
  if (steps.length > MAX_STRESS_STEPS) {
    throw new ConfigurationError(
      `${at}: the stress plan from ${plan.startConnections} to ${plan.maxConnections} connections takes more than ${MAX_STRESS_STEPS} steps; use a larger stress.step (e.g. { multiply: 2 }).`,
    );
  }
  return { ...base, mode: 'stress', stress: plan };
}

function toViolation(e: ErrorObject, pointer: string): SchemaViolation {
  const extra =
    e.keyword === 'enum'
      ? ` (allowed: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
      : e.keyword === 'additionalProperties'
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : '';
  return {
    schema: 'benchmark-load',
    path: `${pointer}${e.instancePath}`,
    message: `${e.message ?? 'is invalid'}${extra}`,
    rule: `${e.keyword} (schema ${e.schemaPath})`,
  };
}
