import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { ConfigurationError, errorMessage } from '../../../lib/errors';
import type { BenchmarkResult } from '../model';
import { drive } from './drive';
import { toLoadMetrics, type LoadMetrics } from './metrics';
import { ServiceExitedError, ServiceNotReadyError } from './service-errors';
import { serviceAlive, startService, type ServiceHandle, type StopReport } from './service-process';
import type { LoadTestSpec } from './spec';
import { runStress, type BreakingPoint, type StressStepReport } from './stress';
import { waitUntilReady } from './wait-ready';

export interface LoadTestOptions {
  log: Logger;
  /** The environment the service starts with (start.env is added to it). */
  env: NodeJS.ProcessEnv;
  /** Folder a relative start.cwd is taken against (the benchmark file's folder). */
  root: string;
  /** Aborting stops the load and the service, then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What a load or stress test adds to its BenchmarkResult, under `load`. */
export interface LoadReport {
  mode: 'load' | 'stress';
  url: string;
  requests?: number;
  service: {
    command: string[];
    pid?: number;
    readyAfterMs?: number;
    /** How the service was stopped afterwards, and whether anything survived. */
    stop?: StopReport;
    exit?: { code: number | null; signal: string | null };
  };
  /** Load mode: what was asked for. */
  target?: { rate: number; perConnection: boolean; connections: number; durationS: number };
  /** Load mode: requests completed per second over the run (compare with target.rate). */
  achievedRate?: number;
  /** Load mode: the run; stress mode: the last step that held (or the first step when none did). */
  summary?: LoadMetrics;
  /** Stress mode: every step run, in order. */
  steps?: StressStepReport[];
  breakingPoint?: BreakingPoint;
  limits?: { errorRate: number; p99Ms?: number };
}

/**
 * Runs one load or stress test: starts the service (argv, no shell, its own process group),
 * waits for its ready URL, drives it with autocannon, and always stops the whole process group
 * afterwards (SIGTERM, SIGKILL after the grace) whether the test succeeded, failed, threw, or was
 * aborted. A service that cannot start, crashes or never gets ready gives a failed (or timed-out)
 * result with the reason, not an exception, so the other benchmarks go on; only an abort rejects.
 */
export async function runLoadTest(spec: LoadTestSpec, options: LoadTestOptions): Promise<BenchmarkResult> {
  const { log, signal } = options;
  const [command, ...args] = spec.start.command;
  const label = spec.start.command.join(' ');
  const report: LoadReport = {
    mode: spec.mode,
    url: spec.url,
    ...(spec.requests ? { requests: spec.requests.length } : {}),
    service: { command: spec.start.command },
  };
  const result: BenchmarkResult = { name: spec.name, kind: spec.mode, status: 'ok', load: report as unknown as Record<string, unknown> };
  let service: ServiceHandle | undefined;
  try {
    signal?.throwIfAborted();
    const cwd = path.resolve(options.root, spec.start.cwd ?? '.');
    if (!fs.statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`start.cwd "${spec.start.cwd}" is not a folder (resolved to ${cwd}); fix the path, which is taken from the benchmark file's folder.`);
    }
    log.info(`${spec.name}: starting ${label}`);
    service = await startService(command!, args, {
      cwd,
      env: { ...options.env, ...spec.start.env },
    });
    report.service.pid = service.pid;
    const ready = await waitUntilReady(spec.start.ready.url, service, {
      timeoutMs: spec.start.ready.timeoutS * 1000,
      ...(spec.start.ready.expectStatus ? { expectStatus: spec.start.ready.expectStatus } : {}),
      ...(signal ? { signal } : {}),
      commandLabel: label,
    });
    report.service.readyAfterMs = ready.readyAfterMs;
    log.info(`${spec.name}: ready after ${ready.readyAfterMs} ms (pid ${service.pid}); ${spec.mode === 'load' ? describeLoad(spec) : describeStress(spec)}`);
    const running = service;
    const serviceGone = () => {
      const exit = running.exit();
      if (!exit || serviceAlive(running)) return null;
      return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    };

    if (spec.mode === 'load') {
      const metrics = toLoadMetrics(
        await drive({
          url: spec.url,
          connections: spec.load.connections,
          durationS: spec.load.durationS,
          rate: spec.load.rate,
          perConnection: spec.load.perConnection,
          ...(spec.requests ? { requests: spec.requests } : {}),
          requestTimeoutS: spec.requestTimeoutS,
          ...(signal ? { signal } : {}),
        }),
      );
      report.target = { rate: spec.load.rate, perConnection: spec.load.perConnection, connections: spec.load.connections, durationS: spec.load.durationS };
      report.achievedRate = metrics.durationS > 0 ? Math.round((metrics.requests.completed / metrics.durationS) * 100) / 100 : 0;
      report.summary = metrics;
      log.info(
        `${spec.name}: ${report.achievedRate} req/s (target ${spec.load.rate}${spec.load.perConnection ? ' per connection' : ''}), ` +
          `latency p50 ${metrics.latencyMs.p50} / p90 ${metrics.latencyMs.p90} / p99 ${metrics.latencyMs.p99} / max ${metrics.latencyMs.max} ms, ` +
          `${metrics.errors.non2xx} non-2xx, ${metrics.errors.errors} errors (${metrics.errors.timeouts} timeouts)`,
      );
      const gone = serviceGone();
      if (gone) {
        result.status = 'failed';
        result.error = `the service ${gone} during the load test` + tailSuffix(running.outputTail());
      }
    } else {
      const stress = await runStress(spec.stress, {
        url: spec.url,
        ...(spec.requests ? { requests: spec.requests } : {}),
        requestTimeoutS: spec.requestTimeoutS,
        log,
        ...(signal ? { signal } : {}),
        serviceGone,
      });
      report.steps = stress.steps;
      report.breakingPoint = stress.breakingPoint;
      report.limits = { errorRate: spec.stress.errorRateLimit, ...(spec.stress.p99LimitMs !== undefined ? { p99Ms: spec.stress.p99LimitMs } : {}) };
      const lastGood = [...stress.steps].reverse().find((s) => s.ok);
      report.summary = stripVerdict(lastGood ?? stress.steps[0]!);
      const bp = stress.breakingPoint;
      log.info(
        bp.found
          ? `${spec.name}: breaking point between ${bp.lastGood ? `${bp.lastGood.connections} connections (held)` : 'the first step'} and ${bp.firstBad!.connections} connections: ${bp.firstBad!.detail}`
          : `${spec.name}: held up to ${spec.stress.maxConnections} connections; no breaking point within the plan`,
      );
      if (bp.firstBad?.reason === 'service-exited') {
        result.error = `the service died under load at ${bp.firstBad.connections} connections` + tailSuffix(running.outputTail());
      }
    }
  } catch (e) {
    // An abort is the caller's decision: stop everything (below) and let it propagate.
    if (signal?.aborted) throw e;
    result.status = e instanceof ServiceNotReadyError ? 'timed-out' : 'failed';
    result.error = e instanceof ServiceExitedError || e instanceof ServiceNotReadyError ? e.message : `${spec.name}: ${errorMessage(e)}`;
  } finally {
    if (service) {
      try {
        report.service.stop = await service.stop(spec.start.stopGraceS * 1000);
        const exit = service.exit();
        if (exit) report.service.exit = { code: exit.code, signal: exit.signal };
        if (report.service.stop.survivors.length > 0) {
          log.warning(`${spec.name}: processes ${report.service.stop.survivors.join(', ')} of the service survived SIGKILL`);
        }
      } catch (stopError) {
        log.warning(`${spec.name}: stopping the service failed: ${errorMessage(stopError)}`);
      }
    }
  }
  return result;
}

function describeLoad(spec: Extract<LoadTestSpec, { mode: 'load' }>): string {
  const l = spec.load;
  return `${l.rate} req/s${l.perConnection ? ' per connection' : ''} over ${l.connections} connections for ${l.durationS} s`;
}

function describeStress(spec: Extract<LoadTestSpec, { mode: 'stress' }>): string {
  const s = spec.stress;
  const step = 'multiply' in s.step ? `×${s.step.multiply}` : `+${s.step.add}`;
  return `stress from ${s.startConnections} to ${s.maxConnections} connections (${step}, ${s.stepDurationS} s a step)`;
}

function stripVerdict(step: StressStepReport): LoadMetrics {
  const { ok: _ok, reason: _reason, detail: _detail, ...metrics } = step;
  return metrics;
}

function tailSuffix(tail: string): string {
  return tail ? `; the end of its output:\n${tail}` : '';
}
