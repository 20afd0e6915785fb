import * as os from 'node:os';
import * as core from '@actions/core';
import { createConsoleLogger, createRunnerLogger, type Logger } from './logger';

/** Reads one input's raw value; '' when the input was not given and has no default. */
export type InputSource = (name: string) => string;

/**
 * Everything an action's main.ts needs from the world it runs in. On the GitHub runner this is
 * @actions/core and the runner's file commands; under `assay` it is the command line and the
 * terminal; in tests it is whatever the test passes. Library code gets the parts it needs
 * (a logger, paths) as parameters and never sees the host.
 */
export interface ActionHost {
  readonly kind: 'runner' | 'cli';
  readonly input: InputSource;
  readonly log: Logger;
  /** Workspace that relative paths in inputs resolve against (GITHUB_WORKSPACE on a runner). */
  readonly workspace: string;
  /** A scratch folder owned by this job (RUNNER_TEMP on a runner). */
  readonly tempDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  setOutput(name: string, value: string | number | boolean): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /**
   * The job's OIDC token for `audience` (needs `permissions: id-token: write`); absent outside a
   * runner, where there is no token to get.
   */
  getIdToken?: (audience: string) => Promise<string>;
  /** Appends Markdown to the job summary (a file beside the results under `assay`). */
  appendSummary(markdown: string): Promise<void>;
  /** Marks the run failed with a one-line reason; the process exits non-zero. */
  fail(message: string): void;
}

/** GitHub's limit for one step's summary is 1,024 KiB; we stop a little short and say so. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export function createRunnerHost(env: NodeJS.ProcessEnv = process.env): ActionHost {
  let summaryBytes = 0;
  let summaryCut = false;
  return {
    kind: 'runner',
    input: (name) => core.getInput(name),
    log: createRunnerLogger(),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    env,
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    getIdToken: (audience) => core.getIDToken(audience),
    appendSummary: async (markdown) => {
      if (summaryCut) return;
      const bytes = Buffer.byteLength(markdown);
      if (summaryBytes + bytes > SUMMARY_LIMIT_BYTES) {
        summaryCut = true;
        markdown = '\n\n> The rest of this summary was cut to stay under GitHub\'s 1 MiB job summary limit; the full report is in the artifacts.\n';
      }
      summaryBytes += Buffer.byteLength(markdown);
      if (!env.GITHUB_STEP_SUMMARY) return; // not on a runner that supports summaries
      await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
  };
}

export interface CliHostOptions {
  inputs: Readonly<Record<string, string>>;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
}

/** What a command-line run collected; the CLI prints it and writes the summary file. */
export interface CliHost extends ActionHost {
  readonly outputs: Map<string, string>;
  readonly summary: string[];
  readonly failures: string[];
}

/** Host for `assay <action>`: inputs from flags (defaults already applied), plain terminal output. */
export function createCliHost(options: CliHostOptions): CliHost {
  const outputs = new Map<string, string>();
  const summary: string[] = [];
  const failures: string[] = [];
  const secrets: string[] = [];
  const env = options.env ?? process.env;
  const base = options.log ?? createConsoleLogger({ verbose: env.ASSAY_DEBUG === '1' });
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const log: Logger = {
    debug: (m) => base.debug(mask(m)),
    info: (m) => base.info(mask(m)),
    notice: (m, w) => base.notice(mask(m), w),
    warning: (m, w) => base.warning(mask(m), w),
    error: (m, w) => base.error(mask(m), w),
    group: (name, fn) => base.group(mask(name), fn),
  };
  return {
    kind: 'cli',
    input: (name) => options.inputs[name] ?? '',
    log,
    workspace: options.cwd ?? process.cwd(),
    tempDir: env.RUNNER_TEMP || os.tmpdir(),
    env,
    outputs,
    summary,
    failures,
    setOutput: (name, value) => void outputs.set(name, String(value)),
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    appendSummary: async (markdown) => void summary.push(mask(markdown)),
    fail: (message) => {
      failures.push(mask(message));
      log.error(message);
    },
  };
}
