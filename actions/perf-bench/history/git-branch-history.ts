import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { AssayError, ConfigurationError } from '../../../lib/errors';
import { gitFailure } from '../../../lib/git/git-failure';
import { isRejectedPush } from '../../../lib/git/push-rejection';
import { redact } from '../../../lib/git/redact';
import { isValidBranchName } from '../../../lib/git/ref-name';
import { fetchTip, withScratchRepository, type Git, type ScratchRepositoryOptions } from '../../../lib/git/scratch-repository';
import { realSleep, type Sleep } from '../../../lib/retry';
import { appendEntry, emptyHistory, parseHistory, serializeHistory, type HistoryDocument, type HistoryEntry } from './history-document';
import { droppedCount, writeFileAtomically } from './file-history';
import type { AppendResult, HistoryStore } from './history-store';

// Where they lived first; the tests and callers import them from here.
export { isRejectedPush, redact };

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
      return withScratchRepository(scratchOptions(options), async (git) => {
        const tip = await fetchTip(git, branch);
        return tip ? readHistoryAt(git, tip, file, where) : emptyHistory();
      });
    },

    async append(entry: HistoryEntry, maxHistory: number): Promise<AppendResult> {
      appendEntry(emptyHistory(), entry, maxHistory); // validates max-history before any network work
      return withScratchRepository(scratchOptions(options), async (git, dir) => {
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
          if (!isRejectedPush(output)) throw gitFailure(['push'], pushed, { remote: options.remote, purpose: HISTORY_PURPOSE });
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

const HISTORY_PURPOSE = 'record benchmark history';

function scratchOptions(options: GitBranchHistoryOptions): ScratchRepositoryOptions {
  return {
    remote: options.remote,
    workDir: options.workDir,
    prefix: 'assay-history-',
    purpose: HISTORY_PURPOSE,
    ...(options.gitConfig ? { gitConfig: options.gitConfig } : {}),
    ...(options.env ? { env: options.env } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
}

async function readHistoryAt(git: Git, commit: string, file: string, where: string): Promise<HistoryDocument> {
  const shown = await git.run(['show', `${commit}:${file}`]);
  if (shown.exitCode !== 0) {
    if (/does not exist|exists on disk, but not in/.test(shown.stderr)) return emptyHistory();
    throw new AssayError(`Reading ${file} from ${where} failed: ${shown.stderr.trim()}`);
  }
  return parseHistory(shown.stdout, `${file} on ${where}`);
}

function validateBranchAndPath(branch: string, file: string): void {
  if (!isValidBranchName(branch)) {
    throw new ConfigurationError(`"${branch}" is not a valid branch name for the benchmark history.`);
  }
  const parts = file.split('/');
  if (!file || path.isAbsolute(file) || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
    throw new ConfigurationError(`"${file}" is not a valid path inside the history branch; use a relative path such as ${DEFAULT_HISTORY_PATH}.`);
  }
}
