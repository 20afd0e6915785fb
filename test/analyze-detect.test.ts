import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { detectLanguages, languageOfName, languageOfShebang } from '../actions/analyze/detect-languages';
import { listProjectFiles } from '../actions/analyze/project-files';
import { createConsoleLogger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';

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

const REPO = path.resolve(import.meta.dirname, '..');
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8' });
}

function logger() {
  const lines: string[] = [];
  return { log: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }), lines };
}

async function list(root: string, options: { exclude?: string[]; maxFileBytes?: number } = {}): Promise<string[]> {
  const files = await listProjectFiles({ root, log: logger().log, ...options });
  return files.map((f) => `${f.path} ${f.language}`);
}

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

// The start of an MPEG transport stream: sync bytes every 188 bytes, NULs in the header.
const MPEG_TS = Buffer.concat([Buffer.from([0x47, 0x40, 0x00, 0x10, 0x00, 0x00, 0xb0, 0x0d]), Buffer.alloc(180, 0xff), Buffer.from([0x47, 0x01, 0x00, 0x10])]);
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);

/** A project whose .gitignore files exercise git's rules; each comment says what git does with the path. */
const TREE: Record<string, string | Buffer> = {
  '.gitignore': ['# build output', '/build/', '*.log', 'out/', 'gen.js', 'docs/*.js', '!docs/keep.js', 'Cache/', 'secret?.py', 'logs', '/ignored-root/', 'dist/', 'gen-dir/'].join('\n'),
  'src/index.ts': 'export const a = 1;\n',
  'src/types.d.ts': 'export type T = string;\n', // declarations: not linted
  'src/app.tsx': 'export {};\n',
  'src/util.mts': 'export {};\n',
  'src/legacy.cjs': 'module.exports = {};\n',
  'src/widget.jsx': 'export {};\n',
  'src/vendor.min.js': 'var a=1;\n', // minified bundle
  'src/gen.js': '', // ignored: gen.js anywhere
  'src/out': '#!/bin/sh\necho out\n', // a FILE named out: "out/" only ignores folders
  'lib/out/dist.js': '', // ignored: out/ folder
  'build/x.js': '', // ignored: /build/ is anchored at the root
  'tools/build/x.js': '', // kept: the anchored rule does not reach here
  'dist/d.js': '', // ignored: dist/
  'tools/.gitignore': '!dist/\n',
  'tools/dist/y.js': '', // kept: tools/.gitignore re-includes its dist/ over the root's dist/
  'gen-dir/.gitignore': '!x.js\n', // never read: git does not enter an ignored folder
  'gen-dir/x.js': '', // ignored with its folder
  'docs/a.js': '', // ignored: docs/*.js
  'docs/keep.js': '', // kept: !docs/keep.js
  'docs/nested/b.js': '', // kept: * does not match /
  'cache/c.py': '', // kept: Cache/ does not match cache/ (git is case-sensitive on Linux)
  'secret1.py': '', // ignored: secret?.py
  'secret10.py': '', // kept: ? is one character
  'logs/x.py': '', // ignored: "logs" matches the folder
  'pkg/.gitignore': '*.py\n!main.py\nsub/\n',
  'pkg/main.py': '', // kept: re-included in pkg/.gitignore
  'pkg/helper.py': '', // ignored: pkg's *.py
  'pkg/sub/z.ts': '', // ignored: pkg's sub/
  'sub/z.ts': '', // kept: pkg's rules stay in pkg
  'pkg/deep/.gitignore': '!helper.py\n',
  'pkg/deep/helper.py': '', // kept: the deeper file re-includes it
  'pkg/deep/other.py': '', // ignored: pkg's *.py still applies
  'pkg/gen.js': '', // ignored: the root's gen.js
  'scripts/deploy': '#!/usr/bin/env bash\nset -e\n',
  'scripts/run': '#! /bin/sh\n',
  'scripts/envs': '#!/usr/bin/env -S LC_ALL=C dash -e\n',
  'scripts/tool': '#!/usr/bin/env python3\nprint(1)\n', // extensionless Python: left to nothing
  'scripts/zsh-thing': '#!/bin/zsh\n', // zsh: ShellCheck does not lint it
  'scripts/data': ELF,
  'scripts/x.bash': 'echo\n',
  'scripts/notes.txt': 'text\n',
  'py/app.py': 'print(1)\n',
  'rs/Cargo.toml': '[package]\nname = "rs"\n',
  'rs/src/main.rs': 'fn main() {}\n',
  'rs/target/debug/build/out.rs': '', // Cargo's target (Cargo.toml beside it)
  'web/target/t.js': '', // a JavaScript folder that happens to be called target
  'node_modules/x/index.js': '',
  'packages/a/node_modules/y/index.js': '',
  'env/pyvenv.cfg': 'home = /usr/bin\n', // a virtualenv called env
  'env/lib/site.py': '',
  '.venv/lib/a.py': '',
  '__pycache__/m.py': '',
  'vendor/v.js': '',
  'third_party/t.py': '',
  '.tox/py311/t.py': '',
  '.mypy_cache/m.py': '',
  'cachedir/CACHEDIR.TAG': 'Signature: 8a477f597d28d172789f06886806bc55\n',
  'cachedir/c.py': '',
  'coverage/prettify.js': '', // an Istanbul HTML report
  'coverage/sorter.js': '',
  'coverage/lcov-report/x.js': '',
  'video.ts': MPEG_TS,
  'big.js': 'x'.repeat(5000),
  'ignored-root/a.js': '',
  'ignored-root/gen.js': '', // listed when ignored-root is the root: the outer rules stop applying
  'nested/.gitignore': 'skip.js\n',
  'nested/gen.js': '', // kept: nested is its own repository, the outer rules stop at it
  'nested/skip.js': '', // ignored by nested's own .gitignore
};

const EXPECTED = [
  'cache/c.py python',
  'docs/keep.js javascript',
  'docs/nested/b.js javascript',
  'nested/gen.js javascript',
  'pkg/deep/helper.py python',
  'pkg/main.py python',
  'py/app.py python',
  'rs/src/main.rs rust',
  'scripts/deploy shell',
  'scripts/envs shell',
  'scripts/run shell',
  'scripts/x.bash shell',
  'secret10.py python',
  'src/app.tsx typescript',
  'src/index.ts typescript',
  'src/legacy.cjs javascript',
  'src/out shell',
  'src/util.mts typescript',
  'src/widget.jsx javascript',
  'sub/z.ts typescript',
  'tools/build/x.js javascript',
  'tools/dist/y.js javascript',
  'web/target/t.js javascript',
];

/** The paths whose fate only .gitignore decides: git itself is the judge of those. */
const DECIDED_BY_GITIGNORE = [
  'src/index.ts', 'src/gen.js', 'src/out', 'lib/out/dist.js', 'build/x.js', 'tools/build/x.js', 'docs/a.js', 'docs/keep.js',
  'docs/nested/b.js', 'cache/c.py', 'secret1.py', 'secret10.py', 'logs/x.py', 'pkg/main.py', 'pkg/helper.py', 'pkg/sub/z.ts',
  'sub/z.ts', 'pkg/deep/helper.py', 'pkg/deep/other.py', 'pkg/gen.js', 'py/app.py', 'dist/d.js', 'tools/dist/y.js', 'gen-dir/x.js',
];

function makeProject(withGit: boolean): string {
  const root = fs.realpathSync(tempDir(path.join(os.tmpdir(), 'assay-detect-')));
  writeTree(root, TREE);
  if (withGit) git(root, 'init', '-q');
  git(path.join(root, 'nested'), 'init', '-q');
  return root;
}

test('a git checkout: every .gitignore on the way, as git itself reads them', async () => {
  const root = makeProject(true);
  const listed = await list(root, { maxFileBytes: 1000 });
  assert.deepEqual(listed, EXPECTED);
  // Git is the reference: for each path whose fate .gitignore decides, listed ⇔ git would track it.
  const tracked = new Set(git(root, 'ls-files', '-co', '--exclude-standard').split('\n'));
  const paths = new Set(listed.map((l) => l.slice(0, l.lastIndexOf(' '))));
  for (const p of DECIDED_BY_GITIGNORE) assert.equal(paths.has(p), tracked.has(p), `${p}: git ${tracked.has(p) ? 'tracks' : 'ignores'} it`);
});

test('a folder that is not a git checkout gives the same files; .git/info/exclude counts in a checkout', async () => {
  const plain = makeProject(false);
  assert.equal(fs.existsSync(path.join(plain, '.git')), false);
  assert.deepEqual(await list(plain, { maxFileBytes: 1000 }), EXPECTED);

  const checkout = makeProject(true);
  fs.writeFileSync(path.join(checkout, '.git/info/exclude'), '# local\npy/\n');
  const listed = await list(checkout, { maxFileBytes: 1000 });
  assert.deepEqual(listed, EXPECTED.filter((l) => !l.startsWith('py/')));
  // A .gitignore may still re-include what info/exclude ignores (it has the higher precedence).
  fs.writeFileSync(path.join(checkout, '.git/info/exclude'), 'secret10.py\n');
  fs.appendFileSync(path.join(checkout, '.gitignore'), '\n!secret10.py\n');
  assert.ok((await list(checkout, { maxFileBytes: 1000 })).includes('secret10.py python'));
});

test("a subfolder of a checkout: the repository's .gitignore files above it apply; an ignored subfolder is read on its own", async () => {
  const root = makeProject(true);
  // pkg/gen.js is ignored by the top-level "gen.js", pkg/helper.py by pkg's own rules.
  assert.deepEqual(await list(path.join(root, 'pkg')), ['deep/helper.py python', 'main.py python']);
  // The repository ignores /ignored-root/ as a whole: its rules (gen.js) were not written for these files.
  assert.deepEqual(await list(path.join(root, 'ignored-root')), ['a.js javascript', 'gen.js javascript']);
});

test('vendored and generated folders are skipped whatever their name, and the log says why', async () => {
  const root = makeProject(false);
  const { log, lines } = logger();
  await listProjectFiles({ root, log });
  const debug = lines.join('\n');
  for (const [folder, why] of [
    ['node_modules', 'vendored or generated'],
    ['packages/a/node_modules', 'vendored or generated'],
    ['env', 'holds pyvenv.cfg'],
    ['.venv', 'vendored'],
    ['rs/target', 'Cargo build output'],
    ['cachedir', 'holds CACHEDIR.TAG'],
    ['coverage', 'an HTML coverage report'],
    ['third_party', 'vendored'],
  ]) {
    assert.match(debug, new RegExp(`skipped folder ${folder.replace('.', '\\.')}: .*${why}`), folder);
  }
  assert.match(debug, /skipped video\.ts: binary content/);
});

test('symlinks: a file link inside the project is listed, links leaving it and folder links are not', async () => {
  const root = makeProject(false);
  const outside = tempDir(path.join(os.tmpdir(), 'assay-outside-'));
  fs.writeFileSync(path.join(outside, 'ext.js'), 'export {};\n');
  fs.mkdirSync(path.join(outside, 'lib'));
  fs.writeFileSync(path.join(outside, 'lib/more.py'), '');
  fs.symlinkSync(path.join(outside, 'ext.js'), path.join(root, 'src/ext.js'));
  fs.symlinkSync(path.join(outside, 'lib'), path.join(root, 'outside-lib'));
  fs.symlinkSync('index.ts', path.join(root, 'src/alias.ts'));
  fs.symlinkSync('../src', path.join(root, 'py/src-link'));
  fs.symlinkSync('missing.js', path.join(root, 'src/dead.js'));
  const { log, lines } = logger();
  const listed = (await listProjectFiles({ root, log, maxFileBytes: 1000 })).map((f) => `${f.path} ${f.language}`);
  assert.deepEqual(listed, [...EXPECTED, 'src/alias.ts typescript'].sort());
  assert.ok(lines.some((l) => l.includes(`skipped src/ext.js: a symlink to ${path.join(outside, 'ext.js')}, outside the project`)), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('skipped outside-lib: a symlink to')), lines.join('\n'));
});

test('large and binary files: the size limit and a NUL byte in a .ts file', async () => {
  const root = makeProject(false);
  const listed = await list(root, { maxFileBytes: 10_000 });
  // big.js (5,000 bytes) is under this limit; video.ts is binary at any size.
  assert.deepEqual(listed, [...EXPECTED, 'big.js javascript'].sort());
});

test('the exclude input: gitignore-style patterns relative to the root, which only ever remove files', async () => {
  const root = makeProject(true);
  const listed = await list(root, { maxFileBytes: 1000, exclude: ['*.tsx', './scripts', '/docs/keep.js', '!build/x.js', '', '# a comment'] });
  assert.deepEqual(
    listed,
    EXPECTED.filter((l) => !l.startsWith('src/app.tsx') && !l.startsWith('scripts/') && !l.startsWith('docs/keep.js')),
  );
  // Patterns are relative to the root, wherever it is.
  assert.deepEqual(await list(path.join(root, 'pkg'), { exclude: ['deep'] }), ['main.py python']);
});

test('the sample project lists exactly its 18 source files', async () => {
  const files = await listProjectFiles({ root: path.join(REPO, 'sample'), log: logger().log });
  assert.equal(files.length, 18);
  assert.deepEqual(detectLanguages(files), ['javascript', 'python', 'rust', 'typescript', 'shell']);
  assert.deepEqual(
    files.filter((f) => f.language === 'shell' || f.language === 'rust').map((f) => f.path),
    ['engine/src/forecast.rs', 'engine/src/lib.rs', 'engine/src/planner.rs', 'scripts/deploy.sh', 'tools/stockctl/src/main.rs'],
  );
});

test('a path that is not a folder is a configuration error', async () => {
  await assert.rejects(listProjectFiles({ root: path.join(REPO, 'package.json'), log: logger().log }), ConfigurationError);
  await assert.rejects(listProjectFiles({ root: path.join(REPO, 'no-such-folder'), log: logger().log }), /set `path` to the project's folder/);
});

test('languages by name and by shebang', () => {
  const byName: Record<string, string | undefined> = {
    'a.js': 'javascript', 'a.mjs': 'javascript', 'a.cjs': 'javascript', 'a.jsx': 'javascript', 'A.JS': 'javascript',
    'a.ts': 'typescript', 'a.tsx': 'typescript', 'a.mts': 'typescript', 'a.cts': 'typescript',
    'a.d.ts': undefined, 'a.d.mts': undefined, 'a.d.cts': undefined, 'styles.d.css.ts': undefined, 'a.min.js': undefined,
    'a.py': 'python', 'a.rs': 'rust', 'a.sh': 'shell', 'a.bash': 'shell', 'a.ksh': 'shell',
    'a.json': undefined, 'a.pyc': undefined, 'Makefile': 'shebang', '.envrc': 'shebang', 'dts.ts': 'typescript',
  };
  for (const [name, language] of Object.entries(byName)) assert.equal(languageOfName(name), language, name);
  const byShebang: Record<string, string | undefined> = {
    '#!/bin/sh': 'shell', '#!/bin/bash': 'shell', '#!/usr/bin/env bash': 'shell', '#! /bin/dash': 'shell', '#!/bin/ksh -e': 'shell',
    '#!/usr/bin/env -S bash -euo pipefail': 'shell', '#!/usr/bin/env LC_ALL=C sh': 'shell', '#!/usr/bin/mksh': 'shell',
    '#!/bin/zsh': undefined, '#!/usr/bin/env python3': undefined, '#!/usr/bin/env node': undefined, '# not a shebang': undefined, '': undefined,
  };
  for (const [line, language] of Object.entries(byShebang)) assert.equal(languageOfShebang(line), language, line);
});

test('detectLanguages orders by file count, ties in a fixed order', () => {
  const f = (language: 'javascript' | 'typescript' | 'python' | 'rust' | 'shell', n: number) => Array.from({ length: n }, (_, i) => ({ path: `${language}${i}`, language }));
  assert.deepEqual(detectLanguages([...f('shell', 3), ...f('python', 5), ...f('rust', 3), ...f('typescript', 1)]), ['python', 'rust', 'shell', 'typescript']);
  assert.deepEqual(detectLanguages([]), []);
});

test('a big tree is listed fast', async (t) => {
  // 200 folders of 60 files (a third of them source), a .gitignore in every tenth folder, and a
  // node_modules of 2,000 files that must cost nothing.
  const root = tempDir(path.join(os.tmpdir(), 'assay-big-'));
  let expected = 0;
  for (let d = 0; d < 200; d++) {
    const dir = path.join(root, `pkg${d % 20}`, `mod${d}`);
    fs.mkdirSync(dir, { recursive: true });
    if (d % 10 === 0) fs.writeFileSync(path.join(dir, '.gitignore'), '*.gen.ts\n!keep.gen.ts\n');
    for (let i = 0; i < 60; i++) {
      const name = i % 3 === 0 ? `f${i}.ts` : i % 3 === 1 ? `f${i}.gen.ts` : `f${i}.txt`;
      fs.writeFileSync(path.join(dir, name), 'x\n');
      if (name.endsWith('.ts') && !(d % 10 === 0 && name.endsWith('.gen.ts'))) expected++;
    }
  }
  for (let i = 0; i < 2000; i++) {
    const dir = path.join(root, 'node_modules', `p${i % 100}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `i${i}.js`), '');
  }
  const started = performance.now();
  const files = await listProjectFiles({ root, log: logger().log });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(files.length, expected);
  t.diagnostic(`${12_000} entries, ${files.length} source files in ${seconds.toFixed(3)} s (${Math.round(12_000 / seconds)} entries/s)`);
  assert.ok(seconds < 3, `listing took ${seconds.toFixed(2)} s`);
});
