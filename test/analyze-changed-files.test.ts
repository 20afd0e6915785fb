import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { type ChangedLines, changedLines } from '../actions/analyze/changed-files';
import { parseNameStatus, parseUnifiedDiff, unquoteGitPath } from '../actions/analyze/diff-parse';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';
import { eventContext } from './support/event-payloads';

const temps: string[] = [];
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed when the file's tests end. */
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(prefix);
  temps.push(dir);
  return dir;
}

// Git must not read the machine's or the user's configuration (a global diff.noprefix, a pager…).
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Assay Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Assay Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const lines = (n: number, tag = 'line') => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`).join('\n') + '\n';
const TAB_NAME = 'tab\tname.py';

interface Repo {
  dir: string;
  forkPoint: string;
  mainTip: string;
  featureTip: string;
  origin: string;
}

let repo: Repo;

/**
 * origin: main has a fork point, then a commit of its own (other.js) after feature branched off.
 * feature modifies, adds, renames (with a change), deletes, and touches names with a space, a tab
 * and non-ASCII letters. refs/pull/1/merge is the merge commit GitHub would build and check out.
 */
before(() => {
  const dir = tempDir(path.join(os.tmpdir(), 'assay-changed-'));
  const origin = path.join(dir, 'origin');
  fs.mkdirSync(origin);
  git(origin, 'init', '-q');
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(origin, rel)), { recursive: true });
    fs.writeFileSync(path.join(origin, rel), text);
  };
  write('app.js', lines(10));
  write('old name.ts', lines(5));
  write('gone.sh', lines(3));
  write('other.js', lines(3));
  write('sub/keep.py', lines(3));
  write('café.py', lines(2));
  write(TAB_NAME, lines(2));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'fork point');
  const forkPoint = git(origin, 'rev-parse', 'HEAD').trim();

  git(origin, 'checkout', '-qb', 'feature');
  write('app.js', lines(10).replace('line 2\n', 'line two\n').replace('line 5\n', 'line five\n') + 'line 11\n');
  write('sub/new.ts', lines(3, 'new'));
  git(origin, 'mv', 'old name.ts', 'sub/new name.ts');
  write('sub/new name.ts', lines(5).replace('line 3\n', 'line three\n'));
  git(origin, 'rm', '-q', 'gone.sh');
  write('café.py', lines(3));
  write(TAB_NAME, lines(2).replace('line 1\n', 'line one\n'));
  write('sub/keep.py', lines(3).replace('line 2\n', ''));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-qm', 'feature work');
  write('app.js', fs.readFileSync(path.join(origin, 'app.js'), 'utf8').replace('line 8\n', 'line eight\n'));
  git(origin, 'commit', '-qam', 'more feature work');
  const featureTip = git(origin, 'rev-parse', 'HEAD').trim();

  git(origin, 'checkout', '-q', 'main');
  write('other.js', lines(3).replace('line 1\n', 'line one on main\n'));
  git(origin, 'commit', '-qam', 'main moves on');
  const mainTip = git(origin, 'rev-parse', 'HEAD').trim();

  git(origin, 'checkout', '-q', '--detach', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  git(origin, 'update-ref', 'refs/pull/1/merge', 'HEAD');
  git(origin, 'checkout', '-q', 'feature');
  repo = { dir, forkPoint, mainTip, featureTip, origin };
});

/** What the pull request changed, in the new version's lines. */
const EXPECTED = {
  'app.js': [2, 5, 8, 11],
  'café.py': [3],
  'sub/keep.py': [], // a line removed, none added: the file counts, no line does
  'sub/new name.ts': [3], // renamed from "old name.ts" with one line changed
  'sub/new.ts': [1, 2, 3],
  [TAB_NAME]: [1],
};

function plain(result: ChangedLines): Record<string, number[]> {
  return Object.fromEntries([...result.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, set]) => [file, [...set].sort((a, b) => a - b)]));
}

function prEvent(base: string, head: string, name = 'pull_request'): { eventName: string; eventPath: string } {
  const context = eventContext('pull_request');
  const pr = context.payload.pull_request as { base: { sha: string }; head: { sha: string } };
  pr.base.sha = base;
  pr.head.sha = head;
  const eventPath = path.join(tempDir(path.join(os.tmpdir(), 'assay-event-')), 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(context.payload));
  return { eventName: name, eventPath };
}

function logger() {
  const out: string[] = [];
  return { log: createConsoleLogger({ write: (l) => out.push(l), verbose: true }), out };
}

test('a pull request in a full clone: merge-base semantics, renames, deletions and odd names', async () => {
  const clone = path.join(repo.dir, 'full');
  git(repo.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone);
  const { log } = logger();
  const result = await changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log });
  assert.deepEqual(plain(result), EXPECTED);
  // other.js changed on main after the branch point: not the pull request's change.
  assert.equal(result.files.has('other.js'), false);
  assert.equal(result.files.has('gone.sh'), false);
  assert.equal(result.from, repo.forkPoint);
  assert.equal(result.base, repo.mainTip);
  assert.equal(result.head, repo.featureTip);
});

test("a person's git configuration does not change the result", async () => {
  const clone = path.join(repo.dir, 'configured');
  git(repo.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone);
  for (const [key, value] of [
    ['diff.noprefix', 'true'],
    ['diff.mnemonicPrefix', 'true'],
    ['diff.renames', 'false'],
    ['core.quotePath', 'false'],
    ['color.ui', 'always'],
    ['diff.external', 'false'],
  ]) {
    git(clone, 'config', key!, value!);
  }
  const result = await changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log: logger().log });
  assert.deepEqual(plain(result), EXPECTED);
});

test('with the analysed folder inside the repository, paths are relative to it and the rest is left out', async () => {
  const clone = path.join(repo.dir, 'full-sub');
  git(repo.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone);
  const result = await changedLines({ root: path.join(clone, 'sub'), ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log: logger().log });
  // Seen from sub/, "new name.ts" came from outside: git reports it as added, every line new.
  assert.deepEqual(plain(result), { 'keep.py': [], 'new name.ts': [1, 2, 3, 4, 5], 'new.ts': [1, 2, 3] });
});

test("GitHub's default checkout, the merge commit at depth 1: the base is fetched and the diff is the pull request's", async () => {
  // What actions/checkout does for a pull_request event with fetch-depth 1.
  const clone = path.join(repo.dir, 'merge-shallow');
  fs.mkdirSync(clone);
  git(clone, 'init', '-q');
  git(clone, 'remote', 'add', 'origin', `file://${repo.origin}`);
  git(clone, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(clone, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
  assert.throws(() => git(clone, 'cat-file', '-e', `${repo.mainTip}^{commit}`), 'the base is not in the shallow checkout');
  const { log, out } = logger();
  const result = await changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log });
  assert.deepEqual(plain(result), EXPECTED);
  assert.equal(result.from, repo.mainTip);
  assert.ok(out.some((l) => l.includes('not in this checkout (a shallow clone): fetching it from origin')), out.join('\n'));
  assert.ok(out.some((l) => l.includes('No merge base')), out.join('\n'));
  git(clone, 'cat-file', '-e', `${repo.mainTip}^{commit}`);
});

test('git clone --depth=1 of the branch: the missing base is fetched once from origin', async () => {
  const clone = path.join(repo.dir, 'branch-shallow');
  git(repo.dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo.origin}`, clone);
  // The pull request was opened before main moved on: its base is the fork point.
  const result = await changedLines({ root: clone, ...prEvent(repo.forkPoint, repo.featureTip), env: GIT_ENV, log: logger().log });
  assert.deepEqual(plain(result), EXPECTED);
});

test('a shallow checkout whose base cannot be fetched says to use fetch-depth: 0', async () => {
  const clone = path.join(repo.dir, 'unreachable');
  git(repo.dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${repo.origin}`, clone);
  git(clone, 'remote', 'set-url', 'origin', `file://${repo.dir}/no-such-repository`);
  await assert.rejects(
    changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log: logger().log }),
    (e: unknown) => e instanceof ConfigurationError && e.message.includes(repo.mainTip) && e.message.includes('fetch-depth: 0') && e.message.includes('actions/checkout'),
  );
});

test('outside a pull request: an explicit base works, and without one the error says what to give', async () => {
  const clone = path.join(repo.dir, 'push');
  git(repo.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone);
  const push = eventContext('push');
  const eventPath = path.join(repo.dir, 'push.json');
  fs.writeFileSync(eventPath, JSON.stringify(push.payload));
  for (const eventName of ['push', undefined]) {
    await assert.rejects(
      changedLines({ root: clone, eventName, eventPath, env: GIT_ENV, log: logger().log }),
      (e: unknown) => e instanceof ConfigurationError && /pull_request/.test(e.message) && /--base-ref/.test(e.message) && e.message.includes(eventName ? 'a push event' : 'no GitHub event'),
    );
  }
  // The remote-tracking branch, as a person would name it on a laptop.
  const byRef = await changedLines({ root: clone, eventName: 'push', eventPath, base: 'origin/main', env: GIT_ENV, log: logger().log });
  assert.deepEqual(plain(byRef), EXPECTED);
  assert.equal(byRef.from, repo.forkPoint);
  // "main" is not a local branch of this clone (only origin/main is): it is fetched from origin.
  // An explicit base wins over a pull request event.
  const { log, out } = logger();
  const fetched = await changedLines({ root: clone, ...prEvent(repo.featureTip, repo.featureTip), base: 'main', env: GIT_ENV, log });
  assert.equal(fetched.base, repo.mainTip);
  assert.deepEqual(plain(fetched), EXPECTED);
  assert.ok(out.some((l) => l.includes('The base main is not in this checkout: fetching it from origin')), out.join('\n'));
  await assert.rejects(changedLines({ root: clone, base: 'no-such-branch', env: GIT_ENV, log: logger().log }), (e: unknown) => e instanceof ConfigurationError && /"no-such-branch"/.test(e.message));
  await assert.rejects(changedLines({ root: clone, base: '--upload-pack=touch /tmp/x', env: GIT_ENV, log: logger().log }), (e: unknown) => e instanceof ConfigurationError && /starts with "-"/.test(e.message));
});

test('pull_request_target checks out the base: nothing changed, and a warning says why', async () => {
  const clone = path.join(repo.dir, 'target');
  git(repo.dir, 'clone', '-q', '--branch', 'main', `file://${repo.origin}`, clone);
  const { log, out } = logger();
  const result = await changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip, 'pull_request_target'), env: GIT_ENV, log });
  assert.equal(result.files.size, 0);
  assert.ok(out.some((l) => l.startsWith('warning:') && l.includes('pull_request_target checks out the base branch')), out.join('\n'));
});

test('not a git checkout, or a payload without a base: configuration errors', async () => {
  const plainDir = tempDir(path.join(os.tmpdir(), 'assay-nogit-'));
  await assert.rejects(
    changedLines({ root: plainDir, ...prEvent(repo.mainTip, repo.featureTip), env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: path.dirname(plainDir) }, log: logger().log }),
    (e: unknown) => e instanceof ConfigurationError && /needs a git checkout/.test(e.message),
  );
  const eventPath = path.join(plainDir, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ action: 'opened', pull_request: { number: 1 } }));
  await assert.rejects(
    changedLines({ root: repo.origin, eventName: 'pull_request', eventPath, env: GIT_ENV, log: logger().log }),
    (e: unknown) => e instanceof ConfigurationError && /pull_request\.base\.sha/.test(e.message),
  );
});

test("a checkout owned by another user (a container job): the error says how to mark it safe", async (t) => {
  if (process.getuid?.() !== 0) {
    t.skip('needs root to hand the checkout to another user');
    return;
  }
  const clone = path.join(repo.dir, 'foreign');
  git(repo.dir, 'clone', '-q', '--branch', 'feature', `file://${repo.origin}`, clone);
  execFileSync('chown', ['-R', '65534:65534', clone]);
  await assert.rejects(
    changedLines({ root: clone, ...prEvent(repo.mainTip, repo.featureTip), env: GIT_ENV, log: logger().log }),
    (e: unknown) => e instanceof ConfigurationError && e.message.includes(`safe.directory "${clone}"`),
  );
});

test('diff parsing: context lines, "no newline" markers, deletions and quoted names', () => {
  const patch = [
    'diff --git a/a.js b/a.js',
    'index 1..2 100644',
    '--- a/a.js',
    '+++ b/a.js',
    '@@ -1,4 +1,5 @@ function f() {',
    ' keep 1',
    '-old 2',
    '+new 2',
    '+added 3',
    ' keep 4',
    ' keep 5',
    '@@ -10 +11 @@',
    '-x',
    '\\ No newline at end of file',
    '+y',
    '\\ No newline at end of file',
    'diff --git a/gone.js b/gone.js',
    'deleted file mode 100644',
    '--- a/gone.js',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-bye',
    'diff --git "a/caf\\303\\251 \\"x\\".py" "b/caf\\303\\251 \\"x\\".py"',
    '--- "a/caf\\303\\251 \\"x\\".py"',
    '+++ "b/caf\\303\\251 \\"x\\".py"',
    '@@ -0,0 +1 @@',
    '++++ a line that looks like a header',
    'diff --git a/with space.txt b/with space.txt',
    '--- a/with space.txt\t',
    '+++ b/with space.txt\t',
    '@@ -3,0 +4,2 @@',
    '+a',
    '+b',
    '',
  ].join('\n');
  const parsed = parseUnifiedDiff(patch);
  assert.deepEqual(
    Object.fromEntries([...parsed].map(([f, s]) => [f, [...s]])),
    { 'a.js': [2, 3, 11], 'café "x".py': [1], 'with space.txt': [4, 5] },
  );
  assert.equal(unquoteGitPath('"tab\\there\\\\"'), 'tab\there\\');
  assert.deepEqual(parseNameStatus('M\0a b.js\0R087\0old.ts\0new\tname.ts\0D\0gone.sh\0A\0café.py\0'), [
    { status: 'modified', path: 'a b.js' },
    { status: 'renamed', from: 'old.ts', path: 'new\tname.ts' },
    { status: 'deleted', path: 'gone.sh' },
    { status: 'added', path: 'café.py' },
  ]);
});
