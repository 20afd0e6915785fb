import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as tc from '@actions/tool-cache';
import type { Logger } from '../../../lib/action/logger';
import { errorMessage } from '../../../lib/errors';
import { withDirLock } from '../../analyze/provision/dir-lock';
import { ToolFailedError, ToolSkippedError } from '../../../lib/tool-errors';

/**
 * The sarif-multitool Assay runs: Microsoft's npm package for Linux, a self-contained .NET
 * single-file binary. Version and integrity are pinned: the tarball is checked against the
 * sha512 the npm registry publishes for it (`npm view @microsoft/sarif-multitool-linux@5.7.0
 * dist.integrity`, also in package-lock.json) before anything in it runs.
 */
export const SARIF_MULTITOOL = {
  name: 'sarif-multitool',
  version: '5.7.0',
  url: 'https://registry.npmjs.org/@microsoft/sarif-multitool-linux/-/sarif-multitool-linux-5.7.0.tgz',
  integrity: 'sha512-NxUbpq6ISCWoTQ/NfOYEwEDKq1Heka/rMoJ5R5LMydcAZQX/X7g5mWHcgxDub+0M07LC96tZ5LZHvF1Qy3gjTA==',
  /** The binary inside the package folder. */
  binary: 'Sarif.Multitool',
} as const;

export interface MultitoolRelease {
  version: string;
  url: string;
  integrity: string;
}

export interface ProvideMultitoolOptions {
  log: Logger;
  /** Stands in for RUNNER_TOOL_CACHE outside a runner (the CLI): @actions/tool-cache reads only that variable. */
  toolCache: string;
  /** Stands in for RUNNER_TEMP outside a runner, where the download is put before it is checked. */
  tempDir: string;
  /**
   * Use the copy of @microsoft/sarif-multitool-linux installed in node_modules (a development
   * checkout, the tests) when it is the pinned version, instead of the tool cache.
   */
  preferInstalledPackage?: boolean;
  /** Use this binary as it is (a copy the user provides). */
  binaryPath?: string;
  /** The release to fetch; tests pass another (a bad integrity) to exercise the check. */
  release?: MultitoolRelease;
  signal?: AbortSignal;
}

export interface Multitool {
  path: string;
  version: string;
  source: 'given' | 'installed-package' | 'tool-cache' | 'downloaded';
}

/**
 * A runnable sarif-multitool: the given binary; the installed npm package (with
 * `preferInstalledPackage`); the runner's tool cache (`tc.find`); else downloaded with
 * @actions/tool-cache from the npm registry, its sha512 checked against the pinned integrity,
 * extracted with `tc.extractTar`, made executable (npm's postinstall does that; a tarball does
 * not) and cached with `tc.cacheDir('sarif-multitool', '5.7.0')`, under a lock so parallel jobs
 * on one runner download it once. Linux x64 only: the package holds that binary.
 */
export async function provideSarifMultitool(options: ProvideMultitoolOptions): Promise<Multitool> {
  const release = options.release ?? SARIF_MULTITOOL;
  if (options.binaryPath) return { path: options.binaryPath, version: release.version, source: 'given' };
  if (options.preferInstalledPackage) {
    const installed = await installedPackageBinary();
    if (installed) return { path: installed, version: SARIF_MULTITOOL.version, source: 'installed-package' };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new ToolSkippedError(`sarif-multitool is fetched for Linux x64 only (this is ${process.platform} ${process.arch}); convert reports on a Linux x64 runner (ubuntu-latest)`);
  }
  pointToolCacheAt(options);
  const cached = cachedBinary(release);
  if (cached) return { path: cached, version: release.version, source: 'tool-cache' };
  const lock = path.join(process.env.RUNNER_TOOL_CACHE!, `${SARIF_MULTITOOL.name}-${release.version}.lock`);
  await fs.mkdir(path.dirname(lock), { recursive: true });
  return withDirLock(
    lock,
    async () => {
      const meanwhile = cachedBinary(release);
      if (meanwhile) return { path: meanwhile, version: release.version, source: 'tool-cache' } as Multitool;
      return { path: await download(release, options), version: release.version, source: 'downloaded' } as Multitool;
    },
    { ...(options.signal ? { signal: options.signal } : {}), onWait: () => options.log.info('Waiting for another run that is downloading sarif-multitool…') },
  );
}

/**
 * @actions/tool-cache takes its folders from RUNNER_TOOL_CACHE and RUNNER_TEMP only. On a runner
 * they are set; outside one (the `assay` command), they are pointed at Assay's tool cache and
 * temporary folder, so the same code caches there.
 */
function pointToolCacheAt(options: ProvideMultitoolOptions): void {
  if (!process.env.RUNNER_TOOL_CACHE) process.env.RUNNER_TOOL_CACHE = options.toolCache;
  if (!process.env.RUNNER_TEMP) process.env.RUNNER_TEMP = options.tempDir;
}

/**
 * The cached binary, found the way `tc.find` finds an exact version (the folder
 * `<RUNNER_TOOL_CACHE>/sarif-multitool/<version>/x64` with its `x64.complete` marker), without
 * calling it: tool-cache reports each look-up as `::debug::` workflow commands on standard output,
 * which on a terminal (the `assay` command) would be noise on every run.
 */
function cachedBinary(release: MultitoolRelease): string | undefined {
  const dir = path.join(process.env.RUNNER_TOOL_CACHE!, SARIF_MULTITOOL.name, release.version, 'x64');
  return existsSync(`${dir}.complete`) && existsSync(path.join(dir, SARIF_MULTITOOL.binary)) ? path.join(dir, SARIF_MULTITOOL.binary) : undefined;
}

async function download(release: MultitoolRelease, options: ProvideMultitoolOptions): Promise<string> {
  options.log.info(`Downloading sarif-multitool ${release.version} from ${release.url} (once per tool cache)…`);
  let tarball: string;
  try {
    tarball = await tc.downloadTool(release.url);
  } catch (err) {
    throw new ToolSkippedError(`could not download sarif-multitool from ${release.url}: ${errorMessage(err)}`);
  }
  try {
    const actual = await sha512Integrity(tarball);
    if (actual !== release.integrity) {
      throw new ToolFailedError(`the downloaded sarif-multitool tarball does not match its pinned integrity (expected ${release.integrity}, got ${actual}); nothing from it was run`);
    }
    const extracted = await tc.extractTar(tarball);
    // npm tarballs hold everything under package/.
    const packageDir = path.join(extracted, 'package');
    await fs.chmod(path.join(packageDir, SARIF_MULTITOOL.binary), 0o755);
    const cachedDir = await tc.cacheDir(packageDir, SARIF_MULTITOOL.name, release.version, 'x64');
    await fs.rm(extracted, { recursive: true, force: true });
    return path.join(cachedDir, SARIF_MULTITOOL.binary);
  } finally {
    await fs.rm(tarball, { force: true });
  }
}

/** npm's integrity string (`sha512-<base64>`) of a file. */
export async function sha512Integrity(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha512-${hash.digest('base64')}`;
}

/**
 * The binary of @microsoft/sarif-multitool-linux in node_modules, when it is the pinned version
 * and executable. The package name is assembled at run time so the bundler (ncc) does not try to
 * pull the 95 MB package into the action's dist.
 */
async function installedPackageBinary(): Promise<string | undefined> {
  const name = ['@microsoft', 'sarif-multitool-linux'].join('/');
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
  try {
    const { version } = JSON.parse(await fs.readFile(manifest, 'utf8')) as { version?: string };
    if (version !== SARIF_MULTITOOL.version) return undefined;
    const binary = path.join(path.dirname(manifest), SARIF_MULTITOOL.binary);
    await fs.access(binary, fs.constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}
