import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { CommandNotFoundError, describeExit, runProcess } from '../../../lib/process/run-process';
import { ToolSkippedError, tail } from '../../../lib/tool-errors';
import { withDirLock } from './dir-lock';
import { findProjectBin, majorVersion, readBin, type NpmBin } from './project-packages';

export type { NpmBin } from './project-packages';

/**
 * Assay's own ESLint and TypeScript, used when the project has none installed. The action ships
 * as one ncc bundle, which cannot carry ESLint's plugins and TypeScript's lib files, so they are
 * installed from npm once per tool cache. Exact versions: every run of one Assay release lints
 * with the same rules; changing a version here changes the install folder (its hash).
 */
export const ASSAY_NPM_TOOLS: Readonly<Record<string, string>> = {
  eslint: '9.39.5',
  '@eslint/js': '9.39.5',
  typescript: '5.9.3',
  'typescript-eslint': '8.73.0',
  globals: '17.14.0',
};

/** Written last into a complete install; a folder without it is a leftover to redo. */
const MARKER = 'assay-npm-tools.json';

export interface ProvisionOptions {
  /** Where installs are kept between runs (RUNNER_TOOL_CACHE on a runner). */
  toolCache: string;
  /** The environment npm runs with (PATH must lead to npm). */
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Stops waiting for the install (the install itself finishes for the other tools that share it). */
  signal?: AbortSignal;
  /** Limit for one `npm install`. */
  installTimeoutMs?: number;
  /** The pinned set; tests pass another to exercise failures. */
  packages?: Readonly<Record<string, string>>;
}

/** Assay's installed set: its folder (configs placed there import from its node_modules) and the two tools. */
export interface AssayNpmTools {
  dir: string;
  eslint: NpmBin;
  tsc: NpmBin;
  /** Milliseconds this call spent installing (or waiting for another run that was); 0 when a finished install was reused. */
  installMs: number;
}

/** `<toolCache>/assay-npm-tools-<hash of the pinned versions>`. */
export function assayNpmToolsDir(toolCache: string, packages: Readonly<Record<string, string>> = ASSAY_NPM_TOOLS): string {
  const hash = createHash('sha256').update(JSON.stringify(sortedEntries(packages))).digest('hex').slice(0, 12);
  return path.join(toolCache, `assay-npm-tools-${hash}`);
}

// One install per folder per process: eslint, tsc and complexity start together and share it.
const installs = new Map<string, Promise<InstalledPackages>>();

/** A pinned set of npm packages installed in its own folder of the tool cache. */
export interface InstalledPackages {
  dir: string;
  /** Milliseconds this call spent installing (or waiting for another run that was); 0 when a finished install was reused. */
  installMs: number;
}

/**
 * Installs a pinned set of npm packages on first use with
 * `npm install --prefix <dir> --no-audit --no-fund --ignore-scripts <pkg@version…>` into a staging
 * folder that is renamed into place when complete, under a cross-process lock, so a run never
 * sees half an install and two runs never install into the same folder. Throws ToolSkippedError
 * (with npm's own words) when npm is missing or the install fails. Tools that are not bundled
 * with the actions (ESLint, TypeScript, Chromium's driver) come this way.
 */
export async function provisionNpmPackages(options: ProvisionOptions): Promise<InstalledPackages> {
  const packages = options.packages ?? ASSAY_NPM_TOOLS;
  const dir = assayNpmToolsDir(options.toolCache, packages);
  let pending = installs.get(dir);
  if (!pending) {
    pending = install(dir, packages, options);
    installs.set(dir, pending);
    // A failure is shared by the tools waiting now; a later run tries again.
    pending.catch(() => installs.delete(dir));
  }
  return abortable(pending, options.signal);
}

/** Assay's pinned ESLint and TypeScript (see provisionNpmPackages). */
export async function provisionAssayNpmTools(options: ProvisionOptions): Promise<AssayNpmTools> {
  const { dir, installMs } = await provisionNpmPackages(options);
  const eslint = await readBin(path.join(dir, 'node_modules', 'eslint'), 'eslint', 'assay');
  const tsc = await readBin(path.join(dir, 'node_modules', 'typescript'), 'tsc', 'assay');
  if (!eslint || !tsc) throw new ToolSkippedError(`Assay's npm tools in ${dir} lack ESLint or TypeScript; delete the folder and run again.`);
  return { dir, eslint, tsc, installMs };
}

async function install(dir: string, packages: Readonly<Record<string, string>>, options: ProvisionOptions): Promise<InstalledPackages> {
  if (await isInstalled(dir, packages)) return { dir, installMs: 0 };
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const started = performance.now();
  await withDirLock(
    `${dir}.lock`,
    async () => {
      if (await isInstalled(dir, packages)) return; // another run finished while we waited
      const staging = `${dir}.staging-${process.pid}-${Date.now()}`;
      try {
        await npmInstall(staging, packages, options);
        await fs.writeFile(path.join(staging, MARKER), `${JSON.stringify({ packages: Object.fromEntries(sortedEntries(packages)), installedAt: new Date().toISOString() }, null, 2)}\n`);
        await fs.rm(dir, { recursive: true, force: true });
        await fs.rename(staging, dir);
      } finally {
        await fs.rm(staging, { recursive: true, force: true });
      }
    },
    {
      onWait: (owner) => options.log.info(`Waiting for another run (pid ${owner?.pid ?? '?'}) that is installing Assay's npm tools into ${dir}…`),
    },
  );
  if (!(await isInstalled(dir, packages))) throw new ToolSkippedError(`Assay's npm tools in ${dir} are incomplete after installing; delete the folder and run again.`);
  return { dir, installMs: Math.round(performance.now() - started) };
}

async function npmInstall(prefix: string, packages: Readonly<Record<string, string>>, options: ProvisionOptions): Promise<void> {
  const specs = sortedEntries(packages).map(([name, version]) => `${name}@${version}`);
  options.log.info(`Installing ${specs.join(', ')} with npm (once per tool cache)…`);
  const args = [
    'install',
    '--prefix',
    prefix,
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--no-update-notifier',
    // An npm_config_global=true inherited from `npm exec` would install somewhere else entirely.
    '--no-global',
    '--loglevel=error',
    ...specs,
  ];
  let result;
  try {
    result = await runProcess('npm', args, { env: options.env, timeoutMs: options.installTimeoutMs ?? 10 * 60_000 });
  } catch (err) {
    if (err instanceof CommandNotFoundError) {
      throw new ToolSkippedError(
        'npm is not on PATH, so Assay could not install ESLint and TypeScript; add eslint and typescript to the project\'s devDependencies and install them before analyze, or put npm on PATH.',
      );
    }
    throw err;
  }
  if (result.exitCode !== 0) {
    const said = tail(`${result.stderr}\n${result.stdout}`.trim(), 8);
    throw new ToolSkippedError(`npm install ${specs.join(' ')} ${describeExit(result)}, so ESLint and TypeScript are not available:\n${said}`);
  }
}

/** Whether `dir` holds a complete install of exactly these packages (not a leftover). */
async function isInstalled(dir: string, packages: Readonly<Record<string, string>>): Promise<boolean> {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(dir, MARKER), 'utf8')) as { packages?: Record<string, string> };
    if (JSON.stringify(sortedEntries(marker.packages ?? {})) !== JSON.stringify(sortedEntries(packages))) return false;
    for (const name of Object.keys(packages)) await fs.access(path.join(dir, 'node_modules', name, 'package.json'));
    return true;
  } catch {
    return false;
  }
}

/** ESLint to run, and a note when the project's own could not be used. */
export interface ResolvedEslint {
  bin: NpmBin;
  /** Assay's set, for bundled configs that import @eslint/js, typescript-eslint and globals. */
  assay?: AssayNpmTools;
  note?: string;
}

/**
 * The ESLint to run for `projectRoot`. With `useProject` (the project's own flat config is used)
 * the project's installed ESLint 9+ comes first, because its config's plugins were written for
 * it; otherwise, and for the bundled configs, Assay's pinned set, whose plugins match its ESLint.
 */
export async function resolveEslint(projectRoot: string, useProject: boolean, options: ProvisionOptions): Promise<ResolvedEslint> {
  let note: string | undefined;
  if (useProject) {
    const own = await findProjectBin(projectRoot, 'eslint', 'eslint');
    if (own && majorVersion(own.version) >= 9) return { bin: own };
    if (own) note = `the project's ESLint ${own.version} (${own.packageDir}) predates flat config; ran Assay's ESLint instead`;
  }
  const assay = await provisionAssayNpmTools(options);
  return { bin: assay.eslint, assay, ...(note ? { note } : {}) };
}

/** The project's own TypeScript (the compiler its code is written for), else Assay's pinned one. */
export async function resolveTypeScript(projectRoot: string, options: ProvisionOptions): Promise<NpmBin> {
  const own = await findProjectBin(projectRoot, 'typescript', 'tsc');
  if (own) return own;
  return (await provisionAssayNpmTools(options)).tsc;
}

function sortedEntries(packages: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
