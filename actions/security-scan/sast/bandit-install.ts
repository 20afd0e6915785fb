import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import { CommandNotFoundError, describeExit, runProcess } from '../../../lib/process/run-process';
import { withDirLock } from '../../analyze/provision/dir-lock';
import { ToolSkippedError, tail } from '../../../lib/tool-errors';

/** The Bandit release Assay installs with pip when the machine has none: pinned (the newest release when this was written), so every run ranks the same checks. */
export const BANDIT_PIP_VERSION = '1.9.4';

export interface LocateBanditOptions {
  env: NodeJS.ProcessEnv;
  /** A virtual environment with Bandit is created here when Bandit is missing and `install` is on. */
  toolCache: string;
  log: Logger;
  signal?: AbortSignal;
  /** Install Bandit with pip when it is not on PATH (default true). */
  install?: boolean;
  /** Limit for the pip install. */
  installTimeoutMs?: number;
}

/** A Bandit to run: the command and its version. */
export interface BanditCommand {
  command: string;
  version: string;
  source: 'path' | 'assay';
}

/** Written last into a complete venv. */
const MARKER = 'assay-bandit.json';

const INSTALL_HINT = 'install it (pip install bandit, or apt-get install bandit on Debian/Ubuntu) before security-scan';

/**
 * Bandit from PATH; else one Assay installed earlier into the tool cache; else, with `install`,
 * a fresh one: `python3 -m venv <toolCache>/assay-bandit-<version>` and `pip install
 * bandit==<version>` inside it (a virtual environment, because Ubuntu's and Debian's Python refuse
 * `pip install` into the system, PEP 668, and so that nothing of the runner's Python changes).
 * On a runner that takes a few seconds. Throws ToolSkippedError with what to do when none of
 * that works (no Python, no pip, no network).
 */
export async function locateBandit(options: LocateBanditOptions): Promise<BanditCommand> {
  const own = await banditVersion('bandit', options);
  if (own) return { command: 'bandit', version: own, source: 'path' };
  const venv = banditVenvDir(options.toolCache);
  const installed = await installedVersion(venv, options);
  if (installed) return { command: venvBin(venv, 'bandit'), version: installed, source: 'assay' };
  if (options.install === false) throw new ToolSkippedError(`Bandit is not installed (not on PATH); ${INSTALL_HINT}.`);
  await installBandit(venv, options);
  const fresh = await installedVersion(venv, options);
  if (!fresh) throw new ToolSkippedError(`Bandit was installed into ${venv} but does not run; delete that folder and run again, or ${INSTALL_HINT}.`);
  return { command: venvBin(venv, 'bandit'), version: fresh, source: 'assay' };
}

export function banditVenvDir(toolCache: string): string {
  return path.join(toolCache, `assay-bandit-${BANDIT_PIP_VERSION}`);
}

function venvBin(venv: string, name: string): string {
  return process.platform === 'win32' ? path.join(venv, 'Scripts', `${name}.exe`) : path.join(venv, 'bin', name);
}

/** `bandit --version` → "1.6.2"; undefined when it cannot be run. */
async function banditVersion(command: string, options: LocateBanditOptions): Promise<string | undefined> {
  try {
    const result = await runProcess(command, ['--version'], { env: options.env, timeoutMs: 60_000, ...(options.signal ? { signal: options.signal } : {}) });
    if (result.exitCode !== 0) return undefined;
    // "bandit 1.6.2\n  python version = 3.11.2 …" (printed on stdout; some releases on stderr).
    return /bandit\s+(\d+\.\d+\.\d+\S*)/i.exec(`${result.stdout}\n${result.stderr}`)?.[1] ?? 'unknown';
  } catch (err) {
    if (err instanceof CommandNotFoundError) return undefined;
    throw err;
  }
}

async function installBandit(venv: string, options: LocateBanditOptions): Promise<void> {
  await fs.mkdir(path.dirname(venv), { recursive: true });
  await withDirLock(
    `${venv}.lock`,
    async () => {
      if (await installedVersion(venv, options)) return; // another run installed it meanwhile
      // A venv's scripts name their interpreter by absolute path, so it is built where it will
      // live (not renamed into place); the marker written last tells a complete one from a leftover.
      await fs.rm(venv, { recursive: true, force: true });
      options.log.info(`Bandit is not installed; installing bandit==${BANDIT_PIP_VERSION} with pip into ${venv} (once per tool cache)…`);
      const python = await findPython(options);
      try {
        await step(python, ['-m', 'venv', venv], 'create a Python virtual environment', options);
        await step(
          venvBin(venv, 'python'),
          ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', `bandit==${BANDIT_PIP_VERSION}`],
          `pip install bandit==${BANDIT_PIP_VERSION}`,
          options,
        );
        await fs.writeFile(path.join(venv, MARKER), `${JSON.stringify({ bandit: BANDIT_PIP_VERSION, installedAt: new Date().toISOString() })}\n`);
      } catch (err) {
        await fs.rm(venv, { recursive: true, force: true });
        throw err;
      }
    },
    { ...(options.signal ? { signal: options.signal } : {}), onWait: () => options.log.info(`Waiting for another run that is installing Bandit into ${venv}…`) },
  );
}

/** The version of the Bandit in Assay's venv, when that venv is complete. */
async function installedVersion(venv: string, options: LocateBanditOptions): Promise<string | undefined> {
  try {
    await fs.access(path.join(venv, MARKER));
  } catch {
    return undefined;
  }
  return banditVersion(venvBin(venv, 'bandit'), options);
}

/** A Python 3 with the venv module: `python3`, else `python`. */
async function findPython(options: LocateBanditOptions): Promise<string> {
  for (const candidate of ['python3', 'python']) {
    try {
      const r = await runProcess(candidate, ['-c', 'import sys, venv; sys.exit(0 if sys.version_info[0] == 3 else 1)'], { env: options.env, timeoutMs: 30_000 });
      if (r.exitCode === 0) return candidate;
    } catch (err) {
      if (!(err instanceof CommandNotFoundError)) throw err;
    }
  }
  throw new ToolSkippedError(`Bandit is not installed and there is no Python 3 (with its venv module) to install it with; ${INSTALL_HINT}.`);
}

async function step(command: string, args: string[], what: string, options: LocateBanditOptions): Promise<void> {
  let result;
  try {
    result = await runProcess(command, args, {
      env: { ...options.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
      timeoutMs: options.installTimeoutMs ?? 5 * 60_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof CommandNotFoundError) throw new ToolSkippedError(`Bandit is not installed and Assay could not ${what} (${err.message}); ${INSTALL_HINT}.`);
    throw err;
  }
  if (result.exitCode !== 0) {
    throw new ToolSkippedError(`Bandit is not installed and Assay could not ${what}: it ${describeExit(result)}:\n${tail(`${result.stderr}\n${result.stdout}`.trim(), 6)}\nSo ${INSTALL_HINT}.`);
  }
}
