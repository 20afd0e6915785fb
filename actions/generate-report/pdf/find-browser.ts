import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../../lib/errors';

/**
 * Finds a Chrome or Chromium to print the PDF with. Nothing is downloaded: GitHub-hosted runners
 * already carry Google Chrome (and a Chromium), Debian has the `chromium` package, and anywhere
 * else the user points us at one. The order is
 *   1. CHROME_PATH or ASSAY_CHROME: the user's explicit choice, so it must work (no fallback that
 *      would hide a typo);
 *   2. CHROME_BIN, which runner images set (/usr/bin/google-chrome on Ubuntu);
 *   3. google-chrome, google-chrome-stable, chromium, chromium-browser on PATH;
 *   4. the places runner images and OS packages install to, for a PATH that lacks them
 *      (containers started with a bare PATH, a macOS .app bundle, Windows' Program Files).
 */

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that name the browser outright, in the order they win. */
export const BROWSER_OVERRIDE_VARIABLES = ['CHROME_PATH', 'ASSAY_CHROME'] as const;

/** Program names tried on PATH, in order. */
export const BROWSER_COMMANDS = ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser'] as const;

export interface FindBrowserOptions {
  /** Defaults to process.platform; tests pass another to check the other runners' locations. */
  platform?: NodeJS.Platform;
  /** Whether a path is a file we may run; injected by tests. */
  isExecutable?: (file: string) => boolean;
}

/** Returns the absolute path of a browser executable, or throws a ConfigurationError saying where it looked. */
export function findBrowser(env: Env, options: FindBrowserOptions = {}): string {
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? executableFile;
  const looked: string[] = [];

  for (const variable of BROWSER_OVERRIDE_VARIABLES) {
    const value = env[variable]?.trim();
    if (!value) {
      looked.push(`${variable} (not set)`);
      continue;
    }
    if (isExecutable(value)) return value;
    // The user named this browser on purpose: using another one instead would hide the mistake.
    throw new ConfigurationError(
      `${variable} is set to "${value}", but that is not an executable file. Point ${variable} at a Chrome or ` +
        `Chromium executable (e.g. /usr/bin/chromium or /usr/bin/google-chrome), or unset it to let Assay look for one.`,
    );
  }

  const runnerChoice = env.CHROME_BIN?.trim();
  if (runnerChoice) {
    if (isExecutable(runnerChoice)) return runnerChoice;
    looked.push(`CHROME_BIN (${runnerChoice}: not an executable file)`);
  } else {
    looked.push('CHROME_BIN (not set)');
  }

  const pathDirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  for (const command of BROWSER_COMMANDS) {
    for (const dir of pathDirs) {
      for (const extension of extensions) {
        const candidate = joinFor(platform, dir, command + extension.toLowerCase());
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  looked.push(`${BROWSER_COMMANDS.join(', ')} on PATH (${pathDirs.length} folder${pathDirs.length === 1 ? '' : 's'})`);

  for (const candidate of knownLocations(platform, env)) {
    if (isExecutable(candidate)) return candidate;
    looked.push(candidate);
  }

  throw new ConfigurationError(
    'No Chrome or Chromium was found to print the PDF report. Looked at:\n' +
      looked.map((l) => `  - ${l}`).join('\n') +
      '\nTo fix it, do one of these:\n' +
      '  - run on a GitHub-hosted runner (ubuntu-latest, windows-latest, macos-latest), which has Google Chrome;\n' +
      '  - install one: `sudo apt-get install chromium` on Debian, `sudo apt-get install chromium-browser` or ' +
      'Google Chrome\'s .deb on Ubuntu, or a `browser-actions/setup-chrome` step in the workflow;\n' +
      '  - set CHROME_PATH to the Chrome or Chromium executable you have;\n' +
      '  - or leave `pdf` out of the `format` input (e.g. `format: md,html`).',
  );
}

/**
 * Where runner images and packages put the browser. Ubuntu runners: Google Chrome's .deb and the
 * Chromium snapshot the image unpacks (actions/runner-images, install-google-chrome.sh).
 */
function knownLocations(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const bases = roots.length > 0 ? roots : ['C:\\Program Files', 'C:\\Program Files (x86)'];
    return bases.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/local/share/chromium/chrome-linux/chrome',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ];
}

function joinFor(platform: NodeJS.Platform, dir: string, name: string): string {
  return platform === 'win32' ? path.win32.join(dir, name) : path.posix.join(dir, name);
}

function executableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
