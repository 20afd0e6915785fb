import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata, type ActionMetadata } from '../../lib/action/metadata';
import { runProcess } from '../../lib/process/run-process';
import { eventContext, type EventName } from './event-payloads';
import { runnerNode } from './node24';
import { parseFileCommands, parseWorkflowCommands, type Annotation } from './workflow-commands';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface LocalRunOptions {
  /** Folder holding the action.yml: e.g. `actions/analyze`, or the repository root. */
  actionDir: string;
  /** Inputs as a workflow's `with:` gives them; the rest come from the action.yml defaults. */
  inputs?: Record<string, string>;
  /** The triggering event: a real webhook payload for push or pull_request, or your own. */
  event?: EventName | { name: string; payload: Record<string, unknown>; env?: Record<string, string> };
  /** GITHUB_WORKSPACE and the working directory; a fresh temp folder when omitted. */
  workspace?: string;
  /** More environment (e.g. ACTIONS_RUNTIME_TOKEN for artifacts, GITHUB_API_URL for a stand-in). */
  env?: Record<string, string>;
  /** `github.token`, for defaults like `${{ github.token }}`. */
  token?: string;
  repository?: string;
  timeoutMs?: number;
  /** Node binary; default Node 24 as GitHub runs it (see node24.ts). */
  node?: string;
}

export interface LocalRunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the action exported with GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  annotations: Annotation[];
  masks: string[];
  workspace: string;
  runnerTemp: string;
  /** Why the run used another Node than 24, if it did. */
  note?: string;
}

/**
 * Runs an action's committed bundle exactly as the GitHub runner does: a fresh process on the
 * node24 runtime, INPUT_* from the action.yml defaults plus the `with:` values, the GITHUB_*
 * variables and file commands, and the event payload; then `post:` if the action has one, with
 * its saved state. It does not build anything: what runs is what is committed.
 */
export async function runLocalAction(options: LocalRunOptions): Promise<LocalRunResult> {
  const actionDir = path.resolve(REPO_ROOT, options.actionDir);
  const meta = readActionMetadata(path.join(actionDir, 'action.yml'));
  if (!meta.runs.using.startsWith('node') || !meta.runs.main) {
    throw new Error(`${meta.file}: the local runner runs JavaScript actions (runs.using node*), not ${meta.runs.using}`);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-runner-'));
  const workspace = options.workspace ?? path.join(scratch, 'workspace');
  const runnerTemp = path.join(scratch, 'temp');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(runnerTemp);
  const files = {
    GITHUB_OUTPUT: path.join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'),
    GITHUB_ENV: path.join(scratch, 'env'),
    GITHUB_STATE: path.join(scratch, 'state'),
    GITHUB_PATH: path.join(scratch, 'path'),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');

  const event = typeof options.event === 'object' ? { env: {}, ...options.event } : eventContext(options.event ?? 'push');
  const eventPath = path.join(scratch, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event.payload, null, 2));
  const repository = options.repository ?? (event.payload.repository as { full_name?: string } | undefined)?.full_name ?? 'octo-org/octo-repo';
  const github = { token: options.token ?? '', workspace, repository };

  const node = options.node ? { path: options.node } : runnerNode();
  const baseEnv: Record<string, string> = {
    // The runner passes the machine's environment (proxy, CA bundles, toolchains) to the action;
    // only what it sets itself is replaced, so no stray INPUT_ or GITHUB_ value leaks from the test.
    ...machineEnv(),
    HOME: process.env.HOME ?? scratch,
    LANG: process.env.LANG ?? 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0]!,
    GITHUB_RUN_ID: '1658821493',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'assay',
    GITHUB_ACTION: '__assay',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'Assay',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'assay-local-runner',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(scratch, 'toolcache'),
    ...files,
    ...event.env,
    ...inputEnv(meta, options.inputs ?? {}, github),
    ...options.env,
  };

  const run = async (script: string, extra: Record<string, string> = {}) =>
    runProcess(node.path, [path.join(actionDir, script)], { cwd: workspace, env: { ...baseEnv, ...extra }, timeoutMs: options.timeoutMs ?? 120_000 });

  let stdout = '';
  let stderr = '';
  let exitCode: number | null = 0;
  for (const script of [meta.runs.pre, meta.runs.main]) {
    if (!script || exitCode !== 0) continue;
    const result = await run(script);
    stdout += result.stdout;
    stderr += result.stderr;
    exitCode = result.exitCode;
  }
  const state = parseFileCommands(fs.readFileSync(files.GITHUB_STATE, 'utf8'));
  const post = meta.runs.post;
  if (post) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const result = await run(post, stateEnv);
    stdout += result.stdout;
    stderr += result.stderr;
    exitCode = exitCode === 0 ? result.exitCode : exitCode;
  }
  const log = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseFileCommands(fs.readFileSync(files.GITHUB_ENV, 'utf8')),
    state,
    annotations: log.annotations,
    masks: log.masks,
    workspace,
    runnerTemp,
    ...(node.note ? { note: node.note } : {}),
  };
}

/**
 * INPUT_<NAME> as the runner sets it: upper case, spaces to underscores, dashes kept; every
 * declared input gets its default, `with:` values override, and undeclared `with:` keys are
 * passed too (the runner only warns about them).
 */
export function inputEnv(meta: ActionMetadata, given: Record<string, string>, github: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  const key = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  for (const [name, spec] of Object.entries(meta.inputs)) {
    if (spec.default !== undefined) env[key(name)] = evaluateDefault(spec.default, github);
  }
  for (const [name, value] of Object.entries(given)) env[key(name)] = value;
  return env;
}

/** Defaults may be `${{ github.token }}` and the like; anything else is an error in the action.yml. */
function evaluateDefault(value: string, github: Record<string, string>): string {
  return value.replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in github)) throw new Error(`local runner cannot evaluate ${whole} in an input default`);
    return github[name]!;
  });
}

function machineEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_|NODE_OPTIONS$|NODE_TEST_CONTEXT$)/.test(key)) continue;
    env[key] = value;
  }
  env.PATH ??= '/usr/bin:/bin';
  return env;
}

/** A random suffix for names that must not collide between tests. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(4).toString('hex')}`;
}
