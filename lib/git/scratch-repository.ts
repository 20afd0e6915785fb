import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { runProcess, type ProcessResult } from '../process/run-process';
import { gitFailure } from './git-failure';
import { withGitConfigEnv } from './http-auth';

export interface ScratchRepositoryOptions {
  /** Any URL git can fetch from and push to, or a local path (a bare repository in tests). */
  remote: string;
  /** A folder the scratch repository is made in (and removed from afterwards). */
  workDir: string;
  /** Name prefix of the scratch folder: "assay-history-". */
  prefix?: string;
  /**
   * Extra git configuration, e.g. `http.https://github.com/.extraheader` with the token, as
   * actions/checkout does. It reaches git through GIT_CONFIG_* variables: never a URL, an
   * argument or a file.
   */
  gitConfig?: Readonly<Record<string, string>>;
  /** The environment git runs in; defaults to this process's (PATH, HOME, proxies). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** What the token is needed for, for the advice on a refused push: "record benchmark history". */
  purpose?: string;
  /** Values never to show in an error (the token and its header form). */
  secrets?: readonly string[];
}

export interface GitCallOptions {
  /** Written to git's stdin. */
  stdin?: string;
  /** Variables added to the environment of this one call (GIT_AUTHOR_NAME, GIT_INDEX_FILE). */
  env?: NodeJS.ProcessEnv;
}

export interface Git {
  /** The scratch repository's folder (its work tree; .git inside). */
  readonly dir: string;
  run(args: readonly string[], options?: GitCallOptions): Promise<ProcessResult>;
  /** Runs and throws (see gitFailure) when git fails. */
  ok(args: readonly string[], options?: GitCallOptions): Promise<ProcessResult>;
}

/**
 * An empty repository with `origin` set to the remote, in its own folder under workDir, removed
 * when `work` ends however it ends. Nothing is fetched yet: the caller fetches what it needs
 * (fetchTip: the tip only).
 */
export async function withScratchRepository<T>(options: ScratchRepositoryOptions, work: (git: Git, dir: string) => Promise<T>): Promise<T> {
  await mkdir(options.workDir, { recursive: true });
  const dir = await mkdtemp(path.join(options.workDir, options.prefix ?? 'assay-git-'));
  let env: NodeJS.ProcessEnv = { ...(options.env ?? process.env) };
  // Variables that would point git at another repository than the scratch one (set inside hooks,
  // or by a calling tool) must not leak in.
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_NAMESPACE']) delete env[name];
  // Never wait for a password prompt on a runner; fail and say so instead.
  env.GIT_TERMINAL_PROMPT = '0';
  env = withGitConfigEnv(env, options.gitConfig ?? {});
  const context = { remote: options.remote, purpose: options.purpose ?? 'push to it', secrets: options.secrets ?? [] };
  const run = (args: readonly string[], call: GitCallOptions = {}) =>
    runProcess('git', args, {
      cwd: dir,
      env: call.env ? { ...env, ...call.env } : env,
      timeoutMs: options.timeoutMs ?? 120_000,
      ...(call.stdin !== undefined ? { stdin: call.stdin } : {}),
    });
  const ok = async (args: readonly string[], call?: GitCallOptions) => {
    const result = await run(args, call);
    if (result.exitCode !== 0) throw gitFailure(args, result, context);
    return result;
  };
  try {
    await ok(['init', '-q']);
    // A scratch repository lives for seconds: no background gc or repack of what it just wrote.
    await ok(['config', '--local', 'gc.auto', '0']);
    await ok(['config', '--local', 'maintenance.auto', 'false']);
    await ok(['remote', 'add', 'origin', absoluteRemote(options.remote)]);
    return await work({ dir, run, ok }, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A relative local path as an absolute one: git runs inside the scratch folder, where "../pages.git"
 * would name another repository. URLs and scp-like "host:path" remotes are returned as they are.
 */
export function absoluteRemote(remote: string): string {
  if (/^[A-Za-z]:[\\/]/.test(remote) || !/^[^/]*:/.test(remote)) return path.resolve(remote);
  return remote;
}

/**
 * Makes the scratch repository a partial clone of origin: fetches with `blobless` then bring
 * commits and trees only, and a blob is fetched when something reads it (git cat-file, git show).
 * A server that does not support filters sends everything, as for a plain fetch.
 */
export async function makeBlobless(git: Git): Promise<void> {
  for (const [key, value] of [
    ['core.repositoryformatversion', '1'],
    ['extensions.partialClone', 'origin'],
    ['remote.origin.promisor', 'true'],
    ['remote.origin.partialCloneFilter', 'blob:none'],
  ] as const) {
    await git.ok(['config', '--local', key, value]);
  }
}

/**
 * The branch's tip commit, fetched (depth 1), or undefined when the branch does not exist yet.
 * `blobless` (after makeBlobless) leaves the files' contents on the server.
 */
export async function fetchTip(git: Git, branch: string, options: { blobless?: boolean } = {}): Promise<string | undefined> {
  const listed = await git.ok(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  const line = listed.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  if (!line) return undefined;
  const filter = options.blobless ? ['--filter=blob:none'] : [];
  await git.ok(['fetch', '-q', '--no-tags', '--depth=1', ...filter, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  // The tip as fetched (it may have moved since ls-remote; the fetched one is what we build on).
  return (await git.ok(['rev-parse', `refs/remotes/origin/${branch}`])).stdout.trim();
}
