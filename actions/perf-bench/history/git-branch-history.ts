import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { AssayError, ConfigurationError } from '../../../lib/errors';
import { runProcess, type ProcessResult } from '../../../lib/process/run-process';
import { realSleep, type Sleep } from '../../../lib/retry';
import { appendEntry, emptyHistory, parseHistory, serializeHistory, type HistoryDocument, type HistoryEntry } from './history-document';
import { droppedCount, writeFileAtomically } from './file-history';
import type { AppendResult, HistoryStore } from './history-store';

export const DEFAULT_HISTORY_BRANCH = 'assay-benchmarks';
export const DEFAULT_HISTORY_PATH = 'perf-history.json';

export interface GitBranchHistoryOptions {
  /** Any URL git can push to, or a local path (a bare repository in tests). */
  remote: string;
  branch?: string;
  /** The history file's path inside the branch. */
  file?: string;
  /** A scratch folder; each operation clones into its own subfolder and removes it. */
  workDir: string;
  log: Logger;
  /** Committer and author of history commits. */
  author?: { name: string; email: string };
  /**
   * Extra git configuration for the scratch clone, e.g. `http.https://github.com/.extraheader`
   * with the token, as actions/checkout does: the token never appears in a URL or a log line.
   */
  gitConfig?: Readonly<Record<string, string>>;
  /** The environment git runs in; defaults to this process's (PATH, HOME, proxies). */
  env?: NodeJS.ProcessEnv;
  /** Tries of fetch, append and push when the push is rejected; 5 by default. */
  attempts?: number;
  sleep?: Sleep;
  /** Jitter source in [0, 1), so writers that collided do not collide again in step. */
  random?: () => number;
  timeoutMs?: number;
  /** Called after the commit, before the push; lets tests (and tracing) interleave writers. */
  beforePush?: (attempt: number) => Promise<void>;
}

/**
 * The history on a branch of a git repository (by default `assay-benchmarks` of the repository
 * itself), one JSON file, one commit per recorded run, pushed without force.
 *
 * Two workflow runs may record at the same moment; the second push is then rejected as not a
 * fast-forward. Rather than `git pull --rebase`, which would meet a textual conflict in the JSON
 * file (both appended at the end), the append is replayed: fetch the new tip, read its history,
 * append our entry to it, commit on top, push again. That is a rebase of our change done at the
 * level of the data, which always applies cleanly. Waits between tries grow (0.5 s, 1 s, 2 s …)
 * with jitter. Entries carry an id, so a replay after a push that did land (the answer was lost)
 * replaces rather than duplicates.
 *
 * Only the tip is fetched (depth 1): the history file holds everything needed, and a branch
 * with thousands of commits costs nothing to update.
 */
export function createGitBranchHistory(options: GitBranchHistoryOptions): HistoryStore {
  const branch = options.branch ?? DEFAULT_HISTORY_BRANCH;
  const file = options.file ?? DEFAULT_HISTORY_PATH;
  validateBranchAndPath(branch, file);
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const author = options.author ?? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
  const where = `branch ${branch} of ${redact(options.remote)}`;

  return {
    location: where,

    async read() {
      return withScratchRepository(options, async (git) => {
        const tip = await fetchTip(git, branch);
        return tip ? readHistoryAt(git, tip, file, where) : emptyHistory();
      });
    },

    async append(entry: HistoryEntry, maxHistory: number): Promise<AppendResult> {
      appendEntry(emptyHistory(), entry, maxHistory); // validates max-history before any network work
      return withScratchRepository(options, async (git, dir) => {
        for (let attempt = 1; ; attempt++) {
          const tip = await fetchTip(git, branch);
          const before = tip ? await readHistoryAt(git, tip, file, where) : emptyHistory();
          const history = appendEntry(before, entry, maxHistory);
          // A clean work tree on the fetched tip (or an empty root commit's tree for a new branch).
          if (tip) await git.ok(['checkout', '-q', '--force', '-B', 'assay-history', tip]);
          else {
            await git.ok(['checkout', '-q', '--force', '--orphan', `assay-history-${attempt}`]);
            await git.ok(['rm', '-r', '-q', '--cached', '--ignore-unmatch', '.']);
          }
          await writeFileAtomically(path.join(dir, ...file.split('/')), serializeHistory(history));
          await git.ok(['add', '--', file]);
          await git.ok([
            '-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, '-c', 'commit.gpgsign=false',
            'commit', '-q', '--no-verify', '--allow-empty', '-m', `perf history: ${entry.commit.slice(0, 12)} on ${entry.ref}`,
            '-m', `Entry ${entry.id}, ${history.entries.length} of at most ${maxHistory} kept.`,
          ]);
          await options.beforePush?.(attempt);
          const pushed = await git.run(['push', '--porcelain', 'origin', `HEAD:refs/heads/${branch}`]);
          if (pushed.exitCode === 0) {
            options.log.info(`Recorded ${entry.commit.slice(0, 12)} in the benchmark history (${where}, ${history.entries.length} entries).`);
            return { history, dropped: droppedCount(before, entry.id, history), attempts: attempt };
          }
          const output = `${pushed.stdout}\n${pushed.stderr}`;
          if (!isRejectedPush(output)) throw gitFailure(['push'], pushed, options.remote);
          if (attempt >= attempts) {
            throw new AssayError(
              `The benchmark history could not be pushed to ${where}: rejected ${attempt} times, as other runs kept ` +
                'updating it. Run the job again, or limit concurrent benchmark runs (a `concurrency:` group).',
            );
          }
          const wait = Math.round(500 * 2 ** (attempt - 1) * (0.5 + random()));
          options.log.info(`The history push was rejected (another run updated ${where}); replaying the append on the new tip in ${wait} ms.`);
          await sleep(wait);
        }
      });
    },
  };
}

interface Git {
  run(args: readonly string[]): Promise<ProcessResult>;
  /** Runs and throws when git fails. */
  ok(args: readonly string[]): Promise<ProcessResult>;
}

async function withScratchRepository<T>(options: GitBranchHistoryOptions, work: (git: Git, dir: string) => Promise<T>): Promise<T> {
  await mkdir(options.workDir, { recursive: true });
  const dir = await mkdtemp(path.join(options.workDir, 'assay-history-'));
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env) };
  // Variables that would point git at another repository than the scratch one (set inside hooks,
  // or by a calling tool) must not leak in.
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_NAMESPACE']) delete env[name];
  // Never wait for a password prompt on a runner; fail and say so instead.
  env.GIT_TERMINAL_PROMPT = '0';
  const run = (args: readonly string[]) => runProcess('git', args, { cwd: dir, env, timeoutMs: options.timeoutMs ?? 120_000 });
  const ok = async (args: readonly string[]) => {
    const result = await run(args);
    if (result.exitCode !== 0) throw gitFailure(args, result, options.remote);
    return result;
  };
  try {
    await ok(['init', '-q']);
    for (const [key, value] of Object.entries(options.gitConfig ?? {})) await ok(['config', '--local', key, value]);
    await ok(['remote', 'add', 'origin', options.remote]);
    return await work({ run, ok }, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The branch's tip commit, fetched (depth 1), or undefined when the branch does not exist yet. */
async function fetchTip(git: Git, branch: string): Promise<string | undefined> {
  const listed = await git.ok(['ls-remote', '--heads', 'origin', `refs/heads/${branch}`]);
  const line = listed.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
  if (!line) return undefined;
  await git.ok(['fetch', '-q', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  // The tip as fetched (it may have moved since ls-remote; the fetched one is what we build on).
  return (await git.ok(['rev-parse', `refs/remotes/origin/${branch}`])).stdout.trim();
}

async function readHistoryAt(git: Git, commit: string, file: string, where: string): Promise<HistoryDocument> {
  const shown = await git.run(['show', `${commit}:${file}`]);
  if (shown.exitCode !== 0) {
    if (/does not exist|exists on disk, but not in/.test(shown.stderr)) return emptyHistory();
    throw new AssayError(`Reading ${file} from ${where} failed: ${shown.stderr.trim()}`);
  }
  return parseHistory(shown.stdout, `${file} on ${where}`);
}

/** A push someone else's push got in ahead of: fetching and replaying can fix it. */
export function isRejectedPush(output: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref|incorrect old value|\[remote rejected\].*(lock|update ref)/i.test(output);
}

function gitFailure(args: readonly string[], result: ProcessResult, remote: string): Error {
  const said = redact(`${result.stderr}${result.stdout}`.trim()).split('\n').slice(-5).join('\n');
  const hint = /Authentication failed|could not read Username|403|Permission to .* denied|access denied/i.test(said)
    ? ' The token needs `contents: write` on the repository to record benchmark history.'
    : '';
  const message = `git ${args.filter((a) => !a.includes('=')).slice(0, 3).join(' ')} failed for ${redact(remote)} (${result.timedOut ? 'timed out' : `exit ${result.exitCode}`}): ${said}${hint}`;
  return hint ? new ConfigurationError(message) : new AssayError(message);
}

/** Removes credentials from URLs (https://user:token@host → https://***@host). */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

function validateBranchAndPath(branch: string, file: string): void {
  // git check-ref-format's rules, the ones a typo can break.
  if (!branch || /(^[-/.])|([/.]$)|\.\.|[\s~^:?*[\\]|@\{|\/\/|\.lock$/.test(branch)) {
    throw new ConfigurationError(`"${branch}" is not a valid branch name for the benchmark history.`);
  }
  const parts = file.split('/');
  if (!file || path.isAbsolute(file) || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
    throw new ConfigurationError(`"${file}" is not a valid path inside the history branch; use a relative path such as ${DEFAULT_HISTORY_PATH}.`);
  }
}
