/**
 * The code base the analyze benchmark runs on: real open-source sources that every machine of
 * this project's kind has after scripts/setup.sh — Ajv's TypeScript sources (node_modules/ajv/lib,
 * with a tsconfig as Ajv's own repository uses), Python's isort and PyYAML from Debian's
 * dist-packages, and shell scripts Debian ships. `--codebase DIR` benchmarks another tree instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const PYTHON_PACKAGES = ['isort', 'yaml'];
const SHELL_SCRIPTS = ['/usr/bin/dpkg-maintscript-helper', '/usr/bin/bashbug', '/usr/bin/gdb-add-index', '/usr/bin/apt-key', '/usr/bin/gettextize'];

export interface Codebase {
  dir: string;
  description: string;
  lines: Record<string, number>;
}

export function assembleCodebase(repoRoot: string, into: string): Codebase {
  fs.rmSync(into, { recursive: true, force: true });
  fs.mkdirSync(into, { recursive: true });
  const lines: Record<string, number> = {};
  const ajv = path.join(repoRoot, 'node_modules/ajv/lib');
  fs.cpSync(ajv, path.join(into, 'ajv/lib'), { recursive: true, filter: (src) => !src.endsWith('.js') });
  fs.writeFileSync(
    path.join(into, 'ajv/tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'es2018', module: 'commonjs', strict: true, noEmit: true, skipLibCheck: true, resolveJsonModule: true, esModuleInterop: true }, include: ['lib'] }, null, 2),
  );
  lines.typescript = countLines(path.join(into, 'ajv'), '.ts');
  for (const pkg of PYTHON_PACKAGES) {
    const src = path.join('/usr/lib/python3/dist-packages', pkg);
    if (!fs.existsSync(src)) throw new Error(`${src} is missing; scripts/setup.sh installs the Debian packages the benchmark reads (pylint brings isort; python3-yaml)`);
    fs.cpSync(src, path.join(into, 'python', pkg), { recursive: true, filter: (s) => !s.includes('__pycache__') && !s.endsWith('.so') });
  }
  lines.python = countLines(path.join(into, 'python'), '.py');
  fs.mkdirSync(path.join(into, 'scripts'));
  for (const script of SHELL_SCRIPTS.filter((s) => fs.existsSync(s))) fs.copyFileSync(script, path.join(into, 'scripts', `${path.basename(script)}.sh`));
  lines.shell = countLines(path.join(into, 'scripts'), '.sh');
  fs.writeFileSync(path.join(into, '.gitignore'), 'node_modules/\n');
  return { dir: into, description: `Ajv ${version(path.join(repoRoot, 'node_modules/ajv/package.json'))} TypeScript sources, isort and PyYAML (Debian), ${fs.readdirSync(path.join(into, 'scripts')).length} Debian shell scripts`, lines };
}

function countLines(dir: string, ext: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) n += fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n').length;
  }
  return n;
}

function version(pkgJson: string): string {
  return (JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as { version: string }).version;
}
