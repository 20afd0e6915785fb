/**
 * Lockfile readers of the dependency check (issue #4), on lockfiles written by the real package
 * managers (test/fixtures/security/deps/README.md says how each was made) and on snippets for
 * the shapes a fixture cannot hold (git sources, old key formats).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { findLockfiles, lockfileKind } from '../actions/security-scan/deps/lockfiles/find-lockfiles';
import { readLockfile, readLockfiles } from '../actions/security-scan/deps/lockfiles/read-lockfiles';
import { readPackageLock } from '../actions/security-scan/deps/lockfiles/package-lock';
import { parsePnpmKey, readPnpmLock } from '../actions/security-scan/deps/lockfiles/pnpm-lock';
import { parseSimpleYaml } from '../actions/security-scan/deps/lockfiles/simple-yaml';
import { readYarnLock } from '../actions/security-scan/deps/lockfiles/yarn-lock';
import { pinnedVersion, readRequirements } from '../actions/security-scan/deps/lockfiles/requirements-txt';
import { readCargoLock } from '../actions/security-scan/deps/lockfiles/cargo-lock';
import { LockfileError } from '../actions/security-scan/deps/lockfiles/lockfile-error';
import type { LockfileKind, LockfileReadResult, ResolvedPackage } from '../actions/security-scan/deps/model';
import { pep503Name } from '../actions/security-scan/deps/package-names';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/security/deps');

function read(folder: string, name: string, kind: LockfileKind): LockfileReadResult {
  const file = `${folder}/${name}`;
  return readLockfile({ kind, path: path.join(FIXTURES, file), file }, FIXTURES);
}

const ids = (packages: readonly ResolvedPackage[]) => packages.map((p) => `${p.name}@${p.version}`).sort();
const find = (packages: readonly ResolvedPackage[], name: string, version?: string) => {
  const found = packages.filter((p) => p.name === name && (version === undefined || p.version === version));
  assert.equal(found.length, 1, `exactly one ${name}${version ? `@${version}` : ''} in ${ids(packages).join(' ')}`);
  return found[0]!;
};

/** Every package must point at a line of its lockfile that names it. */
function assertLinesNameThePackages(result: LockfileReadResult): void {
  for (const pkg of result.packages) {
    const text = fs.readFileSync(path.join(FIXTURES, pkg.file), 'utf8').split(/\r?\n/)[pkg.line - 1] ?? '';
    const named = pkg.ecosystem === 'PyPI' ? pep503Name(text).includes(pep503Name(pkg.name)) : text.includes(pkg.name);
    // An npm alias is listed under the name it was installed as (lodash-old), which holds the real one's entry.
    assert.ok(named || (pkg.path !== undefined && text.includes(pkg.path)), `${pkg.file}:${pkg.line} "${text.trim()}" should name ${pkg.name}`);
  }
}

// The project the npm, yarn and pnpm fixtures were generated from (same package.json, same day).
const NPM_FIXTURES: [string, string, LockfileKind][] = [
  ['npm-v1', 'package-lock.json', 'package-lock'],
  ['npm-v2', 'package-lock.json', 'package-lock'],
  ['npm-v3', 'package-lock.json', 'package-lock'],
  ['yarn-v1', 'yarn.lock', 'yarn-lock'],
  ['yarn-berry', 'yarn.lock', 'yarn-lock'],
  ['pnpm-v7', 'pnpm-lock.yaml', 'pnpm-lock'],
  ['pnpm-v8', 'pnpm-lock.yaml', 'pnpm-lock'],
  ['pnpm-v9', 'pnpm-lock.yaml', 'pnpm-lock'],
];

describe('npm, yarn and pnpm lockfiles', () => {
  test('all eight formats resolve the same 44 packages, each at a line that names it', () => {
    const reference = ids(read('npm-v3', 'package-lock.json', 'package-lock').packages);
    assert.equal(reference.length, 44);
    for (const [folder, name, kind] of NPM_FIXTURES) {
      const result = read(folder, name, kind);
      assert.deepEqual(ids(result.packages), reference, folder);
      assert.ok(result.packages.every((p) => p.ecosystem === 'npm' && p.file === `${folder}/${name}`));
      assertLinesNameThePackages(result);
      // The alias lodash-old is lodash 4.17.15, next to the direct lodash 4.17.20.
      assert.ok(reference.includes('lodash@4.17.15') && reference.includes('lodash@4.17.20'));
      // Nested copy (mkdirp's own minimist) and the peer-dependent react-dom are there once each.
      find(result.packages, 'minimist', '0.0.8');
      find(result.packages, 'react-dom', '18.2.0');
    }
  });

  test('package-lock.json v3: entry lines, nested paths, aliases, dev and direct', () => {
    const { packages, notes } = read('npm-v3', 'package-lock.json', 'package-lock');
    assert.deepEqual(notes, []);
    const axios = find(packages, 'axios');
    assert.deepEqual([axios.line, axios.path, axios.direct, axios.dev], [61, 'node_modules/axios', true, false]);
    const nested = find(packages, 'minimist', '0.0.8');
    assert.deepEqual([nested.path, nested.direct], ['node_modules/mkdirp/node_modules/minimist', false]);
    const alias = find(packages, 'lodash', '4.17.15');
    assert.deepEqual([alias.path, alias.direct, alias.line], ['node_modules/lodash-old', true, 337]);
    assert.equal(find(packages, 'semver').dev, true);
    assert.equal(find(packages, 'follow-redirects').direct, false);
  });

  test('package-lock.json v1 falls back to the nested dependencies tree', () => {
    const { packages } = read('npm-v1', 'package-lock.json', 'package-lock');
    const nested = find(packages, 'minimist', '0.0.8');
    assert.equal(nested.path, 'node_modules/mkdirp/node_modules/minimist');
    assert.equal(nested.line, 251);
    assert.equal(find(packages, 'lodash', '4.17.15').path, 'node_modules/lodash-old');
    assert.equal(find(packages, 'semver').dev, true);
  });

  test('npm workspaces: link entries and workspace folders are skipped, their declared deps are direct', () => {
    const { packages, notes } = read('npm-workspace', 'package-lock.json', 'package-lock');
    assert.deepEqual(ids(packages), ['lodash@4.17.20', 'minimist@1.2.5']);
    assert.ok(packages.every((p) => p.direct));
    assert.deepEqual(notes, []);
  });

  test('npm entries from git or a folder are noted, not checked; broken JSON is a LockfileError naming the file', () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { a: 'github:o/a', b: 'file:../b', c: '^1.0.0' } },
          'node_modules/a': { version: '1.0.0', resolved: 'git+ssh://git@github.com/o/a.git#0123456789abcdef0123456789abcdef01234567' },
          'node_modules/b': { resolved: '../b', link: true },
          'node_modules/c': { version: '1.2.3', resolved: 'https://registry.example.com/c/-/c-1.2.3.tgz' },
          'node_modules/@s/d': { version: '2.0.0' },
        },
      },
      null,
      2,
    );
    const { packages, notes } = readPackageLock(text, 'x/package-lock.json');
    assert.deepEqual(ids(packages), ['@s/d@2.0.0', 'c@1.2.3']);
    assert.equal(notes.length, 1);
    assert.match(notes[0]!, /^x\/package-lock\.json:11: a comes from git\+ssh:.*not the npm registry/);
    assert.throws(() => readPackageLock('{"lockfileVersion": 3,', 'web/package-lock.json'), (e: unknown) => e instanceof LockfileError && /^web\/package-lock\.json: is not valid JSON/.test(e.message));
  });

  test('yarn classic and berry: entry lines, aliases, patch and workspace entries, direct from package.json', () => {
    const classic = read('yarn-v1', 'yarn.lock', 'yarn-lock').packages;
    assert.equal(find(classic, 'axios').line, 25);
    assert.equal(find(classic, 'lodash', '4.17.15').line, 179); // "lodash-old@npm:lodash@4.17.15":
    assert.equal(find(classic, 'lodash', '4.17.15').direct, true);
    assert.equal(find(classic, 'follow-redirects').direct, false);
    const berry = read('yarn-berry', 'yarn.lock', 'yarn-lock');
    assert.deepEqual(berry.notes, []);
    assert.equal(find(berry.packages, 'resolve').line, 369); // the npm entry, not the patch: one
    assert.equal(find(berry.packages, 'lodash', '4.17.15').line, 252);
    assert.ok(!berry.packages.some((p) => p.name === 'lockgen-app'));
    assert.equal(find(berry.packages, 'semver').direct, true);
  });

  test('yarn: non-registry entries are noted; a berry workspace declares direct deps without a package.json', () => {
    const classic = ['# yarn lockfile v1', '', '', '"local@file:../local":', '  version "1.0.0"', '', 'left-pad@^1.3.0:', '  version "1.3.0"', '  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#5b8a3a7765dfe001261dde915589e782f8c94d1e"', ''].join('\n');
    const c = readYarnLock(classic, 'yarn.lock');
    assert.deepEqual(ids(c.packages), ['left-pad@1.3.0']);
    assert.match(c.notes[0]!, /^yarn\.lock:4: local comes from file:\.\.\/local/);
    const berry = [
      '__metadata:',
      '  version: 6',
      '',
      '"app@workspace:.":',
      '  version: 0.0.0-use.local',
      '  resolution: "app@workspace:."',
      '  dependencies:',
      '    "@types/node": "npm:^20.0.0"',
      '    tool: "portal:../tool"',
      '',
      '"@types/node@npm:^20.0.0":',
      '  version: 20.1.0',
      '  resolution: "@types/node@npm:20.1.0"',
      '',
      '"tool@portal:../tool::locator=app%40workspace%3A.":',
      '  version: 0.0.0-use.local',
      '  resolution: "tool@portal:../tool::locator=app%40workspace%3A."',
      '',
    ].join('\n');
    const b = readYarnLock(berry, 'yarn.lock');
    assert.deepEqual(b.packages, [{ ecosystem: 'npm', name: '@types/node', version: '20.1.0', file: 'yarn.lock', line: 11, direct: true }]);
    assert.match(b.notes[0]!, /^yarn\.lock:15: tool resolves to portal:/);
  });

  test('pnpm: keys of lockfile 5.x, 6.x and 9.x; dev flags; direct from importers', () => {
    const v7 = read('pnpm-v7', 'pnpm-lock.yaml', 'pnpm-lock').packages;
    assert.deepEqual([find(v7, 'react-dom').line, find(v7, 'react-dom').direct], [270, true]);
    assert.equal(find(v7, 'semver').dev, true);
    assert.equal(find(v7, 'lodash', '4.17.15').direct, true); // lodash-old: /lodash/4.17.15
    const v8 = read('pnpm-v8', 'pnpm-lock.yaml', 'pnpm-lock').packages;
    assert.equal(find(v8, '@sindresorhus/is').line, 43);
    const v9 = read('pnpm-v9', 'pnpm-lock.yaml', 'pnpm-lock').packages;
    assert.equal(find(v9, '@sindresorhus/is').line, 45);
    assert.equal(find(v9, 'lodash', '4.17.15').direct, true);
    assert.equal(find(v9, 'scheduler').direct, false);
    const ws = read('pnpm-workspace', 'pnpm-lock.yaml', 'pnpm-lock');
    assert.deepEqual(ids(ws.packages), ['lodash@4.17.20', 'minimist@1.2.5']);
    assert.ok(ws.packages.every((p) => p.direct));
  });

  test('pnpm: the fast YAML reader reads every fixture and agrees with the yaml package', () => {
    for (const folder of ['pnpm-v7', 'pnpm-v8', 'pnpm-v9', 'pnpm-workspace']) {
      const text = fs.readFileSync(path.join(FIXTURES, folder, 'pnpm-lock.yaml'), 'utf8');
      assert.ok(parseSimpleYaml(text), `${folder} is inside the subset the fast reader handles`);
      assert.deepEqual(readPnpmLock(text, 'pnpm-lock.yaml'), readPnpmLock(text, 'pnpm-lock.yaml', { useYamlPackage: true }), folder);
    }
    // Outside the subset (an anchor), the yaml package takes over and gives the same packages.
    const anchored = "lockfileVersion: '9.0'\n\npackages:\n\n  a@1.0.0:\n    resolution: &r {integrity: sha512-x}\n\n  b@2.0.0:\n    resolution: *r\n";
    assert.equal(parseSimpleYaml(anchored), undefined);
    assert.deepEqual(ids(readPnpmLock(anchored, 'pnpm-lock.yaml').packages), ['a@1.0.0', 'b@2.0.0']);
    assert.throws(() => readPnpmLock('packages: [\n', 'web/pnpm-lock.yaml'), (e: unknown) => e instanceof LockfileError && /^web\/pnpm-lock\.yaml: is not valid YAML/.test(e.message));
  });

  test('pnpm key formats, including scoped peers and non-registry entries', () => {
    assert.deepEqual(parsePnpmKey('/@typescript-eslint/eslint-plugin/5.0.0_@typescript-eslint+parser@5.0.0', 5), { name: '@typescript-eslint/eslint-plugin', version: '5.0.0' });
    assert.deepEqual(parsePnpmKey('/react-dom/18.2.0_react@18.2.0', 5), { name: 'react-dom', version: '18.2.0' });
    assert.deepEqual(parsePnpmKey('/@babel/core@7.0.0(supports-color@5.5.0)', 6), { name: '@babel/core', version: '7.0.0' });
    assert.deepEqual(parsePnpmKey('express@5.0.0-beta.1', 9), { name: 'express', version: '5.0.0-beta.1' });
    assert.equal(parsePnpmKey('github.com/o/repo/0123456789abcdef', 5), undefined);
    assert.equal(parsePnpmKey('tool@file:packages/tool', 9), undefined);
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'packages:',
      '',
      '  left-pad@1.3.0:',
      '    resolution: {integrity: sha512-x}',
      '',
      '  repo@https://codeload.github.com/o/repo/tar.gz/0123456:',
      '    resolution: {tarball: https://codeload.github.com/o/repo/tar.gz/0123456}',
      '    version: 1.0.0',
      '',
      '  gitdep@git+https://github.com/o/gitdep.git#0123456:',
      '    resolution: {commit: 0123456, repo: https://github.com/o/gitdep.git, type: git}',
      '    version: 2.0.0',
      '',
      '  local@file:vendor/local.tgz:',
      '    resolution: {integrity: sha512-y, tarball: file:vendor/local.tgz}',
      '    version: 0.1.0',
      '',
    ].join('\n');
    const { packages, notes } = readPnpmLock(text, 'pnpm-lock.yaml');
    assert.deepEqual(ids(packages), ['left-pad@1.3.0']);
    assert.equal(packages[0]!.line, 5);
    assert.deepEqual(
      notes.map((n) => n.split(':')[1]),
      ['8', '12', '16'],
    );
  });
});

describe('Python lockfiles', () => {
  test('requirements*.txt: pins only, includes, extras, markers, hashes, === and notes for the rest', () => {
    const root = path.join(FIXTURES, 'requirements');
    const refs = [
      { kind: 'requirements' as const, path: path.join(root, 'requirements-dev.txt'), file: 'requirements-dev.txt' },
      { kind: 'requirements' as const, path: path.join(root, 'requirements.txt'), file: 'requirements.txt' },
      { kind: 'requirements' as const, path: path.join(root, 'requirements/base.txt'), file: 'requirements/base.txt' },
    ];
    const { packages, notes, failed } = readLockfiles(refs, root);
    assert.deepEqual(failed, []);
    const where = packages.map((p) => `${p.file}:${p.line} ${p.name}==${p.version}`).sort();
    assert.deepEqual(where, [
      'requirements-dev.txt:3 pytest==7.4.0',
      'requirements.txt:11 backports.zoneinfo==0.2.1',
      'requirements.txt:12 Zope.Interface==5.4.0',
      'requirements.txt:5 Jinja2==3.1.2',
      'requirements/base.txt:11 requests==2.31.0',
      'requirements/base.txt:14 urllib3==1.26.17',
      'requirements/base.txt:15 PyYAML==5.3.1',
      'requirements/base.txt:7 django==4.2.10',
    ]);
    assert.deepEqual(
      notes.map((n) => n.replace(/:.*?: /, ': ').slice(0, 60)),
      [
        'requirements.txt: flask >=2.0,<3 is not pinned with ==, so t',
        'requirements.txt: numpy ==1.26.* is not pinned with ==, so t',
        'requirements.txt: editable install ./libs/internal is local ',
        'requirements.txt: git+https://github.com/example/tool.git@v1',
        'requirements.txt: pillow is installed from https://files.exa',
        'requirements.txt: includes missing-extra.txt, which cannot b',
      ],
    );
    assert.ok(notes.every((n) => /^requirements\.txt:\d+: /.test(n)));
  });

  test('requirements: a -r cycle is read once; a missing top-level file is a LockfileError', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-req-'));
    try {
      fs.writeFileSync(path.join(dir, 'requirements.txt'), '-r other.txt\nidna==3.4\n');
      fs.writeFileSync(path.join(dir, 'other.txt'), '-rrequirements.txt\ncertifi == 2023.7.22 \\\n  --hash=sha256:00\n');
      const { packages, notes } = readRequirements(path.join(dir, 'requirements.txt'), dir);
      assert.deepEqual(
        packages.map((p) => `${p.file}:${p.line} ${p.name}==${p.version}`),
        ['other.txt:2 certifi==2023.7.22', 'requirements.txt:2 idna==3.4'],
      );
      assert.match(notes[0]!, /^other\.txt:1: includes requirements\.txt again \(a cycle\)/);
      assert.throws(() => readRequirements(path.join(dir, 'nope.txt'), dir), LockfileError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pinnedVersion: == and === pin, ranges and wildcards do not', () => {
    assert.equal(pinnedVersion('==1.2.3'), '1.2.3');
    assert.equal(pinnedVersion('=== 1.2.3'), '1.2.3');
    assert.equal(pinnedVersion('(==2.0)'), '2.0');
    assert.equal(pinnedVersion('>=1.0,==1.4.2'), '1.4.2');
    assert.equal(pinnedVersion('==1.*'), undefined);
    assert.equal(pinnedVersion('~=1.4'), undefined);
    assert.equal(pinnedVersion(''), undefined);
  });

  test('poetry.lock 2.1 (groups) and 1.1 (category): dev, direct from pyproject.toml, non-PyPI sources noted', () => {
    const v2 = read('poetry-v2', 'poetry.lock', 'poetry-lock');
    assert.deepEqual(ids(v2.packages), ['certifi@2023.7.22', 'iniconfig@2.0.0', 'jinja2@3.1.3', 'markupsafe@2.1.3', 'pytest@7.4.0', 'pyyaml@5.3.1', 'requests@2.31.0', 'urllib3@1.26.17']);
    assertLinesNameThePackages(v2);
    assert.deepEqual([find(v2.packages, 'jinja2').line, find(v2.packages, 'jinja2').direct, find(v2.packages, 'jinja2').dev], [45, true, false]);
    assert.deepEqual([find(v2.packages, 'pytest').direct, find(v2.packages, 'pytest').dev], [true, true]);
    assert.equal(find(v2.packages, 'urllib3').direct, false);
    assert.deepEqual(v2.notes, ['poetry-v2/poetry.lock:16: internal-lib comes from directory ../internal-lib, not PyPI; not checked']);
    const v1 = read('poetry-v1', 'poetry.lock', 'poetry-lock');
    assert.deepEqual(ids(v1.packages), ['Flask@2.2.3', 'Werkzeug@2.2.3', 'click@8.1.3', 'pytest@7.2.0']);
    assert.equal(find(v1.packages, 'pytest').dev, true);
    assert.equal(find(v1.packages, 'Flask').direct, undefined); // no pyproject.toml beside it
    assert.match(v1.notes[0]!, /^poetry-v1\/poetry\.lock:31: mytool comes from git https:\/\/github\.com\/example\/mytool\.git/);
  });

  test('Pipfile.lock: default and develop, == versions, editable paths noted, direct from the Pipfile', () => {
    const r = read('pipenv', 'Pipfile.lock', 'pipfile-lock');
    assert.deepEqual(ids(r.packages), ['click@8.1.3', 'flask@2.2.3', 'iniconfig@2.0.0', 'pytest@7.4.0', 'pyyaml@5.1.2', 'werkzeug@2.2.3']);
    assertLinesNameThePackages(r);
    assert.deepEqual([find(r.packages, 'flask').line, find(r.packages, 'flask').direct, find(r.packages, 'flask').dev], [27, true, false]);
    assert.deepEqual([find(r.packages, 'pytest').direct, find(r.packages, 'pytest').dev], [true, true]);
    assert.equal(find(r.packages, 'click').direct, false);
    assert.deepEqual(r.notes, ['pipenv/Pipfile.lock:36: mylib comes from ./mylib, not PyPI; not checked']);
  });
});

describe('Cargo.lock', () => {
  test('v1, v3 and v4 (written or accepted by cargo 1.95) give the same crates; path members skipped; direct from them', () => {
    const expected = ['aho-corasick@0.7.18', 'libc@0.2.107', 'memchr@2.4.1', 'regex-syntax@0.6.25', 'regex@1.5.4', 'smallvec@0.6.14', 'smallvec@1.1.0', 'time@0.1.44'];
    for (const folder of ['cargo-v1', 'cargo-v3', 'cargo-v4']) {
      const r = read(folder, 'Cargo.lock', 'cargo-lock');
      assert.deepEqual(ids(r.packages), expected, folder);
      assertLinesNameThePackages(r);
      const direct = r.packages.filter((p) => p.direct).map((p) => `${p.name}@${p.version}`).sort();
      assert.deepEqual(direct, ['regex@1.5.4', 'smallvec@0.6.14', 'smallvec@1.1.0', 'time@0.1.44'], folder);
    }
    assert.equal(find(read('cargo-v4', 'Cargo.lock', 'cargo-lock').packages, 'regex').line, 44);
    // v2 is v3 without the version line (Cargo 1.41–1.52).
    const v3 = fs.readFileSync(path.join(FIXTURES, 'cargo-v3/Cargo.lock'), 'utf8');
    const v2 = readCargoLock(v3.replace(/^version = 3\n/m, ''), 'Cargo.lock');
    assert.deepEqual(ids(v2.packages), expected);
    // Cargo before 1.22: the root package in a [root] table; its dependencies are direct.
    const rootTable = readCargoLock('[root]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "regex 1.5.4 (registry+https://github.com/rust-lang/crates.io-index)",\n]\n\n[[package]]\nname = "regex"\nversion = "1.5.4"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n', 'Cargo.lock');
    assert.deepEqual(rootTable.packages, [{ ecosystem: 'crates.io', name: 'regex', version: '1.5.4', file: 'Cargo.lock', line: 9, direct: true }]);
    assert.equal(find(read('cargo-v1', 'Cargo.lock', 'cargo-lock').packages, 'aho-corasick').line, 2);
  });

  test('git sources and other registries are noted; the sparse crates.io index counts as crates.io', () => {
    const r = read('cargo-v3', 'Cargo.lock', 'cargo-lock');
    assert.deepEqual(r.notes, [
      'cargo-v3/Cargo.lock:82: rand 0.8.5 comes from git (https://github.com/rust-random/rand?branch=master), not crates.io; not checked',
      'cargo-v3/Cargo.lock:87: regex 1.4.0 comes from the registry https://crates.example.com/index/, not crates.io; not checked',
    ]);
    const sparse = readCargoLock('version = 4\n\n[[package]]\nname = "serde"\nversion = "1.0.200"\nsource = "sparse+https://index.crates.io/"\n', 'Cargo.lock');
    assert.deepEqual(sparse.packages, [{ ecosystem: 'crates.io', name: 'serde', version: '1.0.200', file: 'Cargo.lock', line: 4, direct: false }]);
    assert.throws(() => readCargoLock('[[package]\nname=', 'tools/Cargo.lock'), (e: unknown) => e instanceof LockfileError && e.message.startsWith('tools/Cargo.lock: is not valid TOML'));
  });
});

describe('finding lockfiles', () => {
  test('every kind is found; node_modules, target, .venv and the like are never entered', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-find-'));
    try {
      const files = [
        'package-lock.json',
        'web/yarn.lock',
        'web/pnpm-lock.yaml',
        'api/requirements.txt',
        'api/requirements-dev.txt',
        'api/dev-requirements.txt',
        'api/requirements/base.txt',
        'api/poetry.lock',
        'api/Pipfile.lock',
        'tools/Cargo.lock',
        'node_modules/left-pad/package-lock.json',
        'node_modules/.package-lock.json',
        'tools/target/debug/Cargo.lock',
        'api/.venv/lib/requirements.txt',
        'api/notes.txt',
      ];
      for (const f of files) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), '');
      }
      const found = await findLockfiles(dir);
      assert.deepEqual(
        found.map((r) => `${r.kind} ${r.file}`).sort(),
        [
          'cargo-lock tools/Cargo.lock',
          'requirements api/dev-requirements.txt',
          'pipfile-lock api/Pipfile.lock',
          'poetry-lock api/poetry.lock',
          'requirements api/requirements-dev.txt',
          'requirements api/requirements.txt',
          'requirements api/requirements/base.txt',
          'package-lock package-lock.json',
          'pnpm-lock web/pnpm-lock.yaml',
          'yarn-lock web/yarn.lock',
        ].sort(),
      );
      assert.equal(lockfileKind('npm-shrinkwrap.json'), 'package-lock');
      assert.equal(lockfileKind('constraints.txt'), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a lockfile that cannot be read is reported and the others still go through', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-broken-'));
    try {
      fs.writeFileSync(path.join(dir, 'package-lock.json'), '{ not json');
      fs.writeFileSync(path.join(dir, 'requirements.txt'), 'idna==3.4\n');
      const refs = [
        { kind: 'package-lock' as const, path: path.join(dir, 'package-lock.json'), file: 'package-lock.json' },
        { kind: 'requirements' as const, path: path.join(dir, 'requirements.txt'), file: 'requirements.txt' },
      ];
      const r = readLockfiles(refs, dir);
      assert.deepEqual(ids(r.packages), ['idna@3.4']);
      assert.equal(r.failed.length, 1);
      assert.match(r.failed[0]!.reason, /^package-lock\.json: is not valid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
