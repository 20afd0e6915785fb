import * as fs from 'node:fs';
import type { Logger } from '../../lib/action/logger';
import { ConfigurationError, ProcessError } from '../../lib/errors';
import { type ProcessResult, runProcess } from '../../lib/process/run-process';
import { parseNameStatus, parseUnifiedDiff } from './diff-parse';

/** Events whose payload carries `pull_request.base.sha`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

export interface ChangedLinesOptions {
  /** The analysed folder: a git working tree or a folder inside one. Paths come out relative to it. */
  root: string;
  /** GITHUB_EVENT_NAME. */
  eventName?: string;
  /** GITHUB_EVENT_PATH: the webhook payload the run was started by. */
  eventPath?: string;
  /**
   * A base to compare against instead of the pull request's (`--base-ref` on the command line):
   * a branch, tag or commit. Wins over the event.
   */
  base?: string;
  /** The environment git runs with. */
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Per git command. Default 2 minutes (a fetch on a slow network). */
  timeoutMs?: number;
}

export interface ChangedLines {
  /** The commit the changes are measured from: the merge base of the base and HEAD when history allows. */
  from: string;
  /** The base as resolved (the pull request's base commit, or the given ref's commit). */
  base: string;
  /** HEAD, the commit whose files are analysed. */
  head: string;
  /**
   * Every file added, modified, renamed, copied or changed in type, by path relative to `root`,
   * with the lines of the new version that were added or changed (empty for a pure rename, a
   * mode change or a binary file). Deleted files are not in it.
   */
  files: Map<string, Set<number>>;
}

/**
 * What a pull request (or the range from `base`) changed, as the changed-files-only mode needs it:
 * `git diff <base>...HEAD`, that is from the merge base, so commits that landed on the base branch
 * after the branch point do not count as the pull request's.
 *
 * A shallow checkout (actions/checkout's default, depth 1) lacks the base commit: it is fetched
 * from origin once, with depth 1. Without shared history there is no merge base, so the diff is then taken
 * from the base commit itself; for the merge commit GitHub checks out for a pull request (whose
 * first parent is the base) that is the same diff.
 */
export async function changedLines(options: ChangedLinesOptions): Promise<ChangedLines> {
  const { log } = options;
  const git = gitRunner(options);

  const inside = await git(['rev-parse', '--is-inside-work-tree']);
  if (inside.stderr.includes('dubious ownership')) {
    // A container job whose user differs from the checkout's owner; actions/checkout only marks its own path safe.
    throw new ConfigurationError(
      `git refuses to read ${options.root}: it belongs to another user ("dubious ownership"). ` +
        `Mark it safe before this step: git config --global --add safe.directory "${options.root}".`,
    );
  }
  if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
    throw new ConfigurationError(
      `changed-files-only needs a git checkout, and ${options.root} is not inside one (${firstLine(inside.stderr)}). ` +
        'Check out the repository with actions/checkout, or turn changed-files-only off.',
    );
  }
  const head = (await gitOk(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();

  let base: string;
  if (options.base) {
    base = await resolveRef(git, options.base, log);
  } else if (options.eventName && PULL_REQUEST_EVENTS.has(options.eventName)) {
    const pr = readPullRequest(options.eventPath, options.eventName);
    base = await ensureCommit(git, pr.baseSha, log);
    if (pr.headSha && pr.headSha !== head) log.debug(`HEAD is ${head}, not the pull request's head ${pr.headSha} (GitHub checks out the merge commit)`);
    if (base === head) {
      log.warning(
        `HEAD is the pull request's base commit, so nothing counts as changed. ${options.eventName} checks out the base branch ` +
          'unless actions/checkout is given `ref: ${{ github.event.pull_request.head.sha }}`.',
      );
    }
  } else {
    throw new ConfigurationError(
      `changed-files-only needs a pull request to compare against, and this run was started by ${options.eventName ? `a ${options.eventName} event` : 'no GitHub event'}. ` +
        'Run it on pull_request (or pull_request_target) events, or give a base to compare with: the `base-ref` input, or `--base-ref <branch or commit>` on the command line.',
    );
  }

  const mergeBase = await git(['merge-base', base, 'HEAD']);
  let from: string;
  if (mergeBase.exitCode === 0) {
    from = mergeBase.stdout.trim();
  } else {
    from = base;
    log.info(
      `No merge base of ${short(base)} and HEAD in this checkout's history (a shallow clone): diffing from ${short(base)} itself. ` +
        'That is exact for the merge commit GitHub checks out for a pull request; otherwise set `fetch-depth: 0` on actions/checkout.',
    );
  }

  const common = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--relative'];
  const names = await gitOk(git, ['diff', '--name-status', '-z', ...common, from, 'HEAD', '--']);
  const patch = await gitOk(git, ['diff', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', ...common, from, 'HEAD', '--']);
  const lines = parseUnifiedDiff(patch);
  const files = new Map<string, Set<number>>();
  for (const change of parseNameStatus(names)) {
    if (change.status === 'deleted') continue;
    files.set(change.path, lines.get(change.path) ?? new Set());
  }
  log.debug(`changed since ${short(from)}: ${files.size} files, ${[...files.values()].reduce((n, s) => n + s.size, 0)} lines`);
  return { from, base, head, files };
}

type Git = (args: readonly string[]) => Promise<ProcessResult>;

function gitRunner(options: ChangedLinesOptions): Git {
  // A fetch must never wait for a password prompt on a runner.
  const env = { ...options.env, GIT_TERMINAL_PROMPT: '0' };
  return (args) => runProcess('git', args, { cwd: options.root, env, timeoutMs: options.timeoutMs ?? 120_000 });
}

async function gitOk(git: Git, args: readonly string[]): Promise<string> {
  const result = await git(args);
  if (result.exitCode !== 0) {
    throw new ProcessError(`git ${args.join(' ')} failed (exit ${result.exitCode ?? result.signal}): ${firstLine(result.stderr)}`);
  }
  return result.stdout;
}

interface PullRequestRefs {
  baseSha: string;
  headSha?: string;
}

function readPullRequest(eventPath: string | undefined, eventName: string): PullRequestRefs {
  if (!eventPath) throw new ConfigurationError(`a ${eventName} event was named but GITHUB_EVENT_PATH is not set, so the pull request's base is unknown`);
  let payload: { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } } };
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`the event payload ${eventPath} could not be read as JSON: ${(e as Error).message}`);
  }
  const baseSha = payload.pull_request?.base?.sha;
  if (typeof baseSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseSha)) {
    throw new ConfigurationError(`the ${eventName} payload in ${eventPath} has no pull_request.base.sha, so the pull request's base is unknown`);
  }
  const headSha = payload.pull_request?.head?.sha;
  return typeof headSha === 'string' ? { baseSha, headSha } : { baseSha };
}

/**
 * `--depth=1` for a shallow clone, nothing for a full one: a depth on a full clone's fetch would
 * make it shallow at the fetched commit and cut the history the merge base is found in.
 */
async function depthFor(git: Git): Promise<string[]> {
  const shallow = await git(['rev-parse', '--is-shallow-repository']);
  return shallow.stdout.trim() === 'true' ? ['--depth=1'] : [];
}

/** The commit `sha`, fetched once from origin when the checkout does not have it (a shallow clone). */
async function ensureCommit(git: Git, sha: string, log: Logger): Promise<string> {
  if ((await git(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0) return sha;
  log.info(`The pull request's base ${short(sha)} is not in this checkout (a shallow clone): fetching it from origin`);
  const fetch = await git(['fetch', '--no-tags', ...(await depthFor(git)), '--end-of-options', 'origin', sha]);
  if (fetch.exitCode === 0 && (await git(['cat-file', '-e', `${sha}^{commit}`])).exitCode === 0) return sha;
  throw new ConfigurationError(
    `The pull request's base commit ${sha} is not in this checkout and could not be fetched from origin (${firstLine(fetch.stderr) || 'no error text'}). ` +
      'Check out the full history: give actions/checkout `fetch-depth: 0`.',
  );
}

/** A branch, tag or commit given by the user; fetched once from origin when unknown here. */
async function resolveRef(git: Git, ref: string, log: Logger): Promise<string> {
  // Git would read "--upload-pack=…" as an option, whatever its position.
  if (ref.startsWith('-')) throw new ConfigurationError(`The base "${ref}" is not a branch, tag or commit name (it starts with "-")`);
  const local = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (local.exitCode === 0) return local.stdout.trim();
  log.info(`The base ${ref} is not in this checkout: fetching it from origin`);
  const fetch = await git(['fetch', '--no-tags', ...(await depthFor(git)), '--end-of-options', 'origin', ref]);
  if (fetch.exitCode === 0) {
    const fetched = await git(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']);
    if (fetched.exitCode === 0) return fetched.stdout.trim();
  }
  throw new ConfigurationError(
    `The base "${ref}" is neither a branch, tag or commit of this checkout nor one origin has (${firstLine(fetch.stderr) || 'no error text'}). ` +
      'Give an existing ref (e.g. origin/main), or check out the full history (actions/checkout with `fetch-depth: 0`).',
  );
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

function short(sha: string): string {
  return /^[0-9a-f]{40}/.test(sha) ? sha.slice(0, 12) : sha;
}
