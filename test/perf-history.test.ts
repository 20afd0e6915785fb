import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createConsoleLogger } from '../lib/action/logger';
import { createFolderArtifactStore } from '../lib/artifacts/folder-store';
import { ConfigurationError } from '../lib/errors';
import { createArtifactHistory, HISTORY_FILE } from '../actions/perf-bench/history/artifact-history';
import { createFileHistory } from '../actions/perf-bench/history/file-history';
import { createGitBranchHistory, isRejectedPush, redact } from '../actions/perf-bench/history/git-branch-history';
import {
  appendEntry,
  emptyHistory,
  entryFromResults,
  latestEntryFor,
  parseHistory,
  type HistoryEntry,
} from '../actions/perf-bench/history/history-document';
import type { BenchmarkResult } from '../actions/perf-bench/model';

const execFileAsync = promisify(execFile);
const log = createConsoleLogger({ write: () => {} });
const noSleep = async () => {};
let scratch: string;

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-perf-history-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function result(name: string, wall: number[], size?: number): BenchmarkResult {
  return {
    name,
    kind: 'command',
    status: 'ok',
    runs: [
      {
        ...(size === undefined ? {} : { size }),
        samples: wall.map((wallMs, i) => ({ wallMs, userMs: wallMs / 2, systemMs: 1, cpuPercent: 50, peakRssBytes: 1_000_000 + i, exitCode: 0 })),
      },
    ],
  };
}

function entry(i: number, ref = 'main'): HistoryEntry {
  return entryFromResults([result('sort', [10 + i, 11 + i, 12 + i], 1000)], {
    commit: `c${String(i).padStart(39, '0')}`,
    ref,
    date: new Date(Date.UTC(2025, 0, 1, 0, i)),
    id: `run-${i}-${ref}`,
  });
}

async function bareRepo(name: string): Promise<string> {
  const dir = path.join(scratch, name);
  await mkdir(dir, { recursive: true });
  await execFileAsync('git', ['init', '-q', '--bare', dir]);
  return dir;
}

async function branchHistoryFile(remote: string, branch = 'assay-benchmarks', file = 'perf-history.json'): Promise<string> {
  const { stdout } = await execFileAsync('git', ['--git-dir', remote, 'show', `refs/heads/${branch}:${file}`]);
  return stdout;
}

describe('history entries', () => {
  test('an entry holds commit, ref, date and per size the medians and the raw samples', () => {
    const e = entryFromResults(
      [
        result('sort', [12.3456789, 10, 11], 1000),
        { ...result('broken', [1]), status: 'failed', error: 'exit 1' },
        { name: 'empty', kind: 'command', status: 'ok', runs: [{ samples: [] }] },
      ],
      { commit: 'abc', ref: 'refs/heads/main', date: new Date('2025-03-01T10:00:00Z') },
    );
    assert.equal(e.commit, 'abc');
    assert.equal(e.date, '2025-03-01T10:00:00.000Z');
    assert.equal(e.id, 'abc@2025-03-01T10:00:00.000Z');
    assert.deepEqual(e.benchmarks.map((b) => b.name), ['sort'], 'failed and empty benchmarks are not trend points');
    const run = e.benchmarks[0]!.runs[0]!;
    assert.equal(run.size, 1000);
    assert.equal(run.wallMedianMs, 11);
    assert.deepEqual(run.wallMs, [12.346, 10, 11]);
    assert.equal(run.peakRssMedianBytes, 1_000_001);
    assert.deepEqual(run.peakRssBytes, [1_000_000, 1_000_001, 1_000_002]);
  });

  test('bounded by max-history: the oldest entries are dropped', () => {
    let h = emptyHistory();
    for (let i = 0; i < 12; i++) h = appendEntry(h, entry(i), 5);
    assert.deepEqual(h.entries.map((e) => e.id), ['run-7-main', 'run-8-main', 'run-9-main', 'run-10-main', 'run-11-main']);
    assert.throws(() => appendEntry(h, entry(99), 0), ConfigurationError);
  });

  test('an entry with the same id replaces the old one (a replayed or re-run append)', () => {
    let h = appendEntry(appendEntry(emptyHistory(), entry(1), 10), entry(2), 10);
    h = appendEntry(h, { ...entry(1), commit: 'again' }, 10);
    assert.deepEqual(h.entries.map((e) => [e.id, e.commit]), [
      ['run-2-main', entry(2).commit],
      ['run-1-main', 'again'],
    ]);
  });

  test('the latest entry for a ref, by date; "main" and "refs/heads/main" are one ref', () => {
    let h = emptyHistory();
    h = appendEntry(h, entry(5, 'refs/heads/main'), 10);
    h = appendEntry(h, entry(3, 'main'), 10); // appended later, but older
    h = appendEntry(h, entry(9, 'feature'), 10);
    assert.equal(latestEntryFor(h, 'main')?.id, 'run-5-refs/heads/main');
    assert.equal(latestEntryFor(h, 'refs/heads/feature')?.id, 'run-9-feature');
    assert.equal(latestEntryFor(h, 'other'), undefined);
  });

  test('a damaged history is refused with where and what', () => {
    assert.throws(() => parseHistory('{', 'x.json'), /x\.json is not valid JSON/);
    assert.throws(() => parseHistory('{"format":"other","entries":[]}', 'x.json'), /format is "other"/);
    assert.throws(
      () => parseHistory(JSON.stringify({ format: 'assay-perf-history/1', entries: [{ id: 'a', commit: 'b', ref: 'c', date: 'd', benchmarks: [] }] }), 'x.json'),
      /entries\[0\]\.date is not a date/,
    );
  });
});

describe('history in a file and in an artifact', () => {
  test('a file history starts empty, appends and stays bounded', async () => {
    const file = path.join(scratch, 'file-history', 'h.json');
    const store = createFileHistory(file);
    assert.deepEqual((await store.read()).entries, []);
    for (let i = 0; i < 4; i++) await store.append(entry(i), 3);
    const result = await store.append(entry(4), 3);
    assert.equal(result.dropped, 1);
    assert.deepEqual((await store.read()).entries.map((e) => e.id), ['run-2-main', 'run-3-main', 'run-4-main']);
    assert.equal(JSON.parse(await readFile(file, 'utf8')).format, 'assay-perf-history/1');
  });

  test('an artifact history: missing on the first run, then carried from one artifact to the next', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-history'), log });
    const workDir = path.join(scratch, 'artifact-work');
    const first = createArtifactHistory({ store, downloadName: 'perf-history', uploadName: 'perf-history', workDir, log });
    assert.deepEqual((await first.read()).entries, []);
    await first.append(entry(1), 2);
    // The next run: the previous artifact is read, the new one goes out under a new name.
    const second = createArtifactHistory({ store, downloadName: 'perf-history', uploadName: 'perf-history-2', workDir, log });
    await second.append(entry(2), 2);
    const third = createArtifactHistory({ store, downloadName: 'perf-history-2', uploadName: 'perf-history-3', workDir, log });
    const appended = await third.append(entry(3), 2);
    assert.deepEqual(appended.history.entries.map((e) => e.id), ['run-2-main', 'run-3-main']);
    const check = path.join(scratch, 'artifact-check');
    const downloaded = await store.download('perf-history-3', check);
    assert.deepEqual(downloaded.files, [HISTORY_FILE]);
  });

  test('an artifact without the history file is a configuration error', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-wrong'), log });
    const dir = path.join(scratch, 'wrong-content');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'other.txt'), 'x');
    await store.upload('not-history', dir);
    const h = createArtifactHistory({ store, downloadName: 'not-history', uploadName: 'x', workDir: path.join(scratch, 'w2'), log });
    await assert.rejects(h.read(), /has no perf-history\.json \(it holds: other\.txt\)/);
  });
});

describe('history on a git branch (a bare repository as the remote)', () => {
  test('the first append creates the branch; later ones add commits; bounded by max-history', async () => {
    const remote = await bareRepo('history-basic.git');
    const store = createGitBranchHistory({ remote, workDir: path.join(scratch, 'git-work'), log, sleep: noSleep });
    assert.deepEqual((await store.read()).entries, [], 'no branch yet: an empty history');
    for (let i = 0; i < 5; i++) await store.append(entry(i), 3);
    const stored = parseHistory(await branchHistoryFile(remote), 'branch');
    assert.deepEqual(stored.entries.map((e) => e.id), ['run-2-main', 'run-3-main', 'run-4-main']);
    assert.deepEqual((await store.read()).entries.map((e) => e.id), ['run-2-main', 'run-3-main', 'run-4-main']);
    const { stdout } = await execFileAsync('git', ['--git-dir', remote, 'log', '--format=%an <%ae>|%s', 'assay-benchmarks']);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 5, 'one commit per recorded run');
    assert.match(lines[0]!, /^github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>\|perf history: c0{11} on main$/);
  });

  test('custom branch and path; a branch that exists without the file starts an empty history', async () => {
    const remote = await bareRepo('history-custom.git');
    // Give the branch some unrelated content first.
    const seed = path.join(scratch, 'seed-clone');
    await execFileAsync('git', ['init', '-q', seed]);
    await writeFile(path.join(seed, 'README.md'), 'benchmarks\n');
    await execFileAsync('git', ['-C', seed, 'add', '.']);
    await execFileAsync('git', ['-C', seed, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init']);
    await execFileAsync('git', ['-C', seed, 'push', '-q', remote, 'HEAD:refs/heads/perf-data']);
    const store = createGitBranchHistory({ remote, branch: 'perf-data', file: 'data/history.json', workDir: path.join(scratch, 'git-work'), log });
    await store.append(entry(1), 10);
    assert.equal(parseHistory(await branchHistoryFile(remote, 'perf-data', 'data/history.json'), 'b').entries.length, 1);
    const readme = await execFileAsync('git', ['--git-dir', remote, 'show', 'perf-data:README.md']);
    assert.equal(readme.stdout, 'benchmarks\n', 'other files on the branch are kept');
  });

  test('two appends racing: the rejected push is replayed on the new tip and both entries are kept', async () => {
    const remote = await bareRepo('history-race.git');
    const workDir = path.join(scratch, 'git-race');
    const waits: number[] = [];
    const other = createGitBranchHistory({ remote, workDir, log });
    let interleaved = false;
    // Writer A commits, and just before its push writer B records a whole run: A's push must be
    // rejected as not a fast-forward, and A must fetch, re-append and push again.
    const a = createGitBranchHistory({
      remote,
      workDir,
      log,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
      beforePush: async (attempt) => {
        if (attempt === 1 && !interleaved) {
          interleaved = true;
          await other.append(entry(2), 10);
        }
      },
    });
    await other.append(entry(1), 10);
    const result = await a.append(entry(3), 10);
    assert.equal(result.attempts, 2);
    assert.deepEqual(waits, [500]);
    const stored = parseHistory(await branchHistoryFile(remote), 'branch');
    assert.deepEqual(stored.entries.map((e) => e.id).sort(), ['run-1-main', 'run-2-main', 'run-3-main']);
  });

  test('four writers at once: every entry lands', async () => {
    const remote = await bareRepo('history-crowd.git');
    const workDir = path.join(scratch, 'git-crowd');
    const writers = [0, 1, 2, 3].map((i) =>
      createGitBranchHistory({ remote, workDir, log, attempts: 10, sleep: (ms) => new Promise((r) => setTimeout(r, ms / 50)) }).append(entry(10 + i), 50),
    );
    const results = await Promise.all(writers);
    const stored = parseHistory(await branchHistoryFile(remote), 'branch');
    assert.deepEqual(stored.entries.map((e) => e.id).sort(), ['run-10-main', 'run-11-main', 'run-12-main', 'run-13-main']);
    assert.ok(results.every((r) => r.attempts >= 1));
  });

  test('a push rejected more often than allowed fails with advice', async () => {
    const remote = await bareRepo('history-busy.git');
    const workDir = path.join(scratch, 'git-busy');
    const other = createGitBranchHistory({ remote, workDir, log });
    let n = 100;
    const a = createGitBranchHistory({
      remote,
      workDir,
      log,
      attempts: 2,
      sleep: noSleep,
      beforePush: async () => {
        await other.append(entry(n++), 10);
      },
    });
    await assert.rejects(a.append(entry(1), 10), /rejected 2 times.*concurrency/s);
  });

  test('an unreachable remote fails clearly, with credentials kept out of the message', async () => {
    const store = createGitBranchHistory({ remote: path.join(scratch, 'no-such-repo.git'), workDir: path.join(scratch, 'git-bad'), log });
    await assert.rejects(store.read(), /git ls-remote .* failed for .*no-such-repo\.git/);
    assert.equal(redact('fatal: unable to access https://x-access-token:ghs_secret@github.com/o/r.git/'), 'fatal: unable to access https://***@github.com/o/r.git/');
    assert.throws(() => createGitBranchHistory({ remote: 'x', branch: 'bad..name', workDir: scratch, log }), /not a valid branch name/);
    assert.throws(() => createGitBranchHistory({ remote: 'x', file: '../escape.json', workDir: scratch, log }), /not a valid path/);
  });

  test('what counts as a rejected push', () => {
    assert.ok(isRejectedPush(' ! [rejected]        HEAD -> assay-benchmarks (fetch first)'));
    assert.ok(isRejectedPush('!\tHEAD:refs/heads/assay-benchmarks\t[rejected] (non-fast-forward)'));
    assert.ok(isRejectedPush(" ! [remote rejected] HEAD -> assay-benchmarks (cannot lock ref 'refs/heads/assay-benchmarks')"));
    assert.ok(!isRejectedPush('fatal: Authentication failed'));
  });
});

describe('recording a run: history plus charts', () => {
  test('persisted on a push; drawn but not stored for a pull request', async () => {
    const { recordRun } = await import('../actions/perf-bench/history/record-run');
    const file = path.join(scratch, 'record', 'h.json');
    const store = createFileHistory(file);
    const outputDir = path.join(scratch, 'record', 'out');
    for (let i = 0; i < 3; i++) {
      await recordRun({ store, results: [result('sort', [10, 11, 12], 100)], identity: { commit: `m${i}`, ref: 'main', id: `m${i}` }, maxHistory: 2, outputDir, persist: true, log });
    }
    const pr = await recordRun({
      store,
      results: [result('sort', [20, 21, 22], 100), { ...result('crashed', [1]), status: 'failed' }],
      identity: { commit: 'pr', ref: 'refs/pull/7/merge', id: 'pr' },
      maxHistory: 2,
      outputDir,
      persist: false,
      log,
    });
    assert.deepEqual((await store.read()).entries.map((e) => e.id), ['m1', 'm2'], 'the pull request is not stored');
    assert.deepEqual(pr.history.entries.map((e) => e.id), ['m2', 'pr'], 'but it is the newest point of its charts');
    assert.match(pr.benchmarks[0]!.trendChart!, /^charts\/sort-[0-9a-f]{8}\.svg$/);
    assert.equal(pr.benchmarks[1]!.trendChart, undefined);
    const svg = await readFile(path.join(outputDir, pr.benchmarks[0]!.trendChart!), 'utf8');
    assert.equal((svg.match(/class="point"/g) ?? []).length, 2);
  });
});
