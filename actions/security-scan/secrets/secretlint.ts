import { realpathSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describeExit, runProcess } from '../../../lib/process/run-process';
import { provisionAssayNpmTools } from '../../analyze/provision/npm-tools';
import { readBin } from '../../analyze/provision/project-packages';
import { ToolFailedError, ToolSkippedError, tail } from '../../../lib/tool-errors';
import type { ScanContext, ScannerOutput } from '../model';
import type { SecurityScanner } from '../sast/scanner';
import { SECURITY_NPM_TOOLS } from '../sast/security-npm-tools';
import { listScanFiles, type ScanFile } from './scan-files';
import { findingsFromSecretlint, parseSecretlintJson, type SecretlintFileResult } from './secretlint-report';

export interface SecretlintScannerOptions {
  /** Gitignore-style patterns (relative to the root) of files not to scan. */
  exclude?: readonly string[];
  /** Larger files are not scanned (default 5 MiB). */
  maxFileBytes?: number;
  /** The npm set to install (tests pass another to exercise failures). */
  packages?: Readonly<Record<string, string>>;
}

/** secretlint's recommended preset with its default options: the rules the sample was verified with. */
export const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };

/** One secretlint run reads at most this much file content: its JSON report repeats all of it, and is read whole. */
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * secretlint with @secretlint/secretlint-rule-preset-recommend over the files git tracks (or
 * every file outside a checkout; scan-files.ts), Assay's own config passed inline so a
 * `.secretlintrc` of the project cannot switch rules off or load rules that are not installed.
 * The project's `.secretlintignore` and `secretlint-disable` comments are honoured: they are how a
 * team marks a reviewed false positive. Files go to secretlint as literal paths (`--no-glob`), so
 * a name like `[id].tsx` is a file, not a pattern. Secrets never appear in full in the result:
 * secretlint masks its messages (`--maskSecrets`), and Assay builds its own message around a
 * masked value (secretlint-report.ts).
 */
export function createSecretlintScanner(options: SecretlintScannerOptions = {}): SecurityScanner {
  return { name: 'secretlint', run: (context) => runSecretlint(context, options) };
}

export const secretlintScanner = createSecretlintScanner();

async function runSecretlint(context: ScanContext, options: SecretlintScannerOptions): Promise<ScannerOutput> {
  const listing = await listScanFiles({
    root: context.root,
    env: context.env,
    log: context.log,
    signal: context.signal,
    ...(options.exclude ? { exclude: options.exclude } : {}),
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  if (listing.files.length === 0) throw new ToolSkippedError('no files to scan for secrets');
  const packages = options.packages ?? SECURITY_NPM_TOOLS;
  const tools = await provisionAssayNpmTools({ toolCache: context.toolCache, env: context.env, log: context.log, signal: context.signal, packages });
  const secretlint = await readBin(path.join(tools.dir, 'node_modules', 'secretlint'), 'secretlint', 'assay');
  if (!secretlint) throw new ToolSkippedError(`secretlint is missing from Assay's npm tools in ${tools.dir}; delete that folder and run again`);

  const results: SecretlintFileResult[] = [];
  await fs.mkdir(context.tempDir, { recursive: true });
  for (const [index, batch] of batches(listing.files).entries()) {
    context.signal.throwIfAborted();
    results.push(...(await runBatch(secretlint.script, batch, context, path.join(context.tempDir, `secretlint-${process.pid}-${Date.now()}-${index}.json`))));
  }
  const { findings, rules } = findingsFromSecretlint(results, fsRealRoot(context.root, results));
  const notes = [
    `scanned ${listing.files.length} file(s) ${listing.source === 'git' ? 'that git tracks (or would track)' : 'under the folder (not a git checkout; .gitignore respected)'}`,
    ...skippedNotes(listing.skipped),
  ];
  for (const note of notes) context.log.info(`secretlint: ${note}`);
  return {
    tool: { name: 'secretlint', version: secretlint.version, informationUri: 'https://github.com/secretlint/secretlint' },
    category: 'assay-security/secretlint',
    findings,
    rules,
    notes,
  };
}

/**
 * One secretlint run, its report written to a file in the temporary folder: secretlint prints it
 * with console.log and then calls process.exit, which cuts off a report of more than a few
 * hundred kilobytes written to a pipe. The file holds the scanned files' text (secretlint's JSON
 * includes it), so it is deleted as soon as it is read. With --output secretlint exits 0 whether
 * or not it found secrets; 2 is a fatal error, which is also how it answers when every file of
 * the batch is in .secretlintignore ("Not found target files") — that one is no error. Neither
 * the report nor standard output is ever quoted in an error: they may hold the very secrets.
 */
async function runBatch(script: string, files: readonly ScanFile[], context: ScanContext, reportFile: string): Promise<SecretlintFileResult[]> {
  const args = [
    script,
    '--format',
    'json',
    '--output',
    reportFile,
    '--no-color',
    '--no-terminalLink',
    '--maskSecrets',
    '--no-glob',
    '--secretlintrcJSON',
    JSON.stringify(SECRETLINT_CONFIG),
    '--',
    ...files.map((f) => f.path),
  ];
  try {
    const result = await runProcess(process.execPath, args, { cwd: context.root, env: context.env, signal: context.signal });
    if (result.exitCode === 2 && /Not found target files/.test(result.stderr)) return [];
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      throw new ToolFailedError(`secretlint ${describeExit(result)}: ${firstLine(result.stderr)}`, tail(result.stderr, 10));
    }
    let text: string;
    try {
      text = await fs.readFile(reportFile, 'utf8');
    } catch {
      throw new ToolFailedError(`secretlint ${describeExit(result)} without writing its report`, tail(result.stderr, 10));
    }
    const parsed = parseSecretlintJson(text);
    if (!parsed) throw new ToolFailedError('secretlint wrote a report that is not its JSON format', tail(result.stderr, 10));
    return parsed;
  } finally {
    await fs.rm(reportFile, { force: true });
  }
}

/** Batches under the command-line limit that also keep each report (file contents) bounded. */
function batches(files: readonly ScanFile[]): ScanFile[][] {
  const out: ScanFile[][] = [];
  let current: ScanFile[] = [];
  let chars = 0;
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (chars + file.path.length + 1 > 30_000 || bytes + file.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      chars = 0;
      bytes = 0;
    }
    current.push(file);
    chars += file.path.length + 1;
    bytes += file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * The root as secretlint prints it: it resolves paths against the working folder, so a root
 * given through a symlink (macOS's /tmp) comes back as its real path.
 */
function fsRealRoot(root: string, results: readonly SecretlintFileResult[]): string {
  const first = results[0]?.filePath;
  if (!first || first.startsWith(root + path.sep)) return root;
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function skippedNotes(skipped: { vendored: number; binary: number; large: number }): string[] {
  const parts = [
    skipped.vendored ? `${skipped.vendored} vendored or generated path(s)` : '',
    skipped.binary ? `${skipped.binary} binary file(s)` : '',
    skipped.large ? `${skipped.large} file(s) over the size limit` : '',
  ].filter(Boolean);
  return parts.length > 0 ? [`not scanned: ${parts.join(', ')}`] : [];
}

function firstLine(text: string): string {
  return text.trim().split('\n').find((l) => l.trim() !== '') ?? '';
}
