import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describeExit, runProcess } from '../../../lib/process/run-process';
import { listProjectFiles } from '../../analyze/project-files';
import { ToolFailedError, ToolSkippedError, tail } from '../../../lib/tool-errors';
import type { ScanContext, ScannerOutput } from '../model';
import { filesUnderTargets, findBanditConfig } from './bandit-config';
import { locateBandit } from './bandit-install';
import { findingsFromBandit, type BanditReport } from './bandit-report';
import { batchArguments } from './batches';
import type { SecurityScanner } from './scanner';

export interface BanditScannerOptions {
  /** Gitignore-style patterns (relative to the root) of files not to scan. */
  exclude?: readonly string[];
  /** Install Bandit with pip into the tool cache when it is missing (default true). */
  install?: boolean;
}

/**
 * Bandit over the project's Python files: those analyze's file listing finds (so .gitignore'd,
 * vendored and generated folders — .venv, site-packages, node_modules, vendor, … — are never
 * scanned), passed to Bandit as files rather than `-r <folder>`, which would walk into them
 * again and need an `-x` per folder. The project's own Bandit config is used (bandit-config.ts),
 * `# nosec` comments are honoured (Bandit's default). Exit 1 means "issues found"; files Bandit
 * cannot parse are notes, not failures.
 */
export function createBanditScanner(options: BanditScannerOptions = {}): SecurityScanner {
  return { name: 'bandit', run: (context) => runBandit(context, options) };
}

export const banditScanner = createBanditScanner();

async function runBandit(context: ScanContext, options: BanditScannerOptions): Promise<ScannerOutput> {
  const listed = await listProjectFiles({ root: context.root, log: context.log, ...(options.exclude ? { exclude: options.exclude } : {}) });
  let files = listed.filter((f) => f.language === 'python').map((f) => f.path);
  if (files.length === 0) throw new ToolSkippedError('no Python files to scan');
  const config = await findBanditConfig(context.root, context.tempDir);
  const notes: string[] = [];
  if (config.sources.length > 0) context.log.info(`bandit: using the project's config ${config.sources.join(' and ')}`);
  if (config.targets) {
    files = filesUnderTargets(files, config.targets);
    notes.push(`.bandit limits the scan to its targets (${config.targets.join(', ')}): ${files.length} Python file(s)`);
    if (files.length === 0) throw new ToolSkippedError(`no Python files under the targets of .bandit (${config.targets.join(', ')})`);
  }
  const bandit = await locateBandit({ env: context.env, toolCache: context.toolCache, log: context.log, signal: context.signal, ...(options.install !== undefined ? { install: options.install } : {}) });
  await fs.mkdir(context.tempDir, { recursive: true });
  const reports: BanditReport[] = [];
  // Batches keep each command line far below the system's limit; a few hundred files per run.
  for (const [index, batch] of batchArguments(files).entries()) {
    context.signal.throwIfAborted();
    reports.push(await runBatch(bandit.command, batch, config.args, path.join(context.tempDir, `bandit-${process.pid}-${Date.now()}-${index}.json`), context));
  }
  const { findings, rules, notes: parseNotes } = findingsFromBandit(reports, context.root);
  notes.push(...parseNotes);
  for (const note of notes) context.log.info(`bandit: ${note}`);
  return {
    tool: { name: 'Bandit', version: bandit.version, informationUri: 'https://bandit.readthedocs.io/' },
    category: 'assay-security/bandit',
    findings,
    rules,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * One Bandit run over some files, report written to `output` (so nothing Bandit logs can mix
 * into it). `--` ends the options so a file named like an option is still a file.
 */
async function runBatch(command: string, files: readonly string[], configArgs: readonly string[], output: string, context: ScanContext): Promise<BanditReport> {
  const args = ['--format', 'json', '--output', output, '--quiet', ...configArgs, '--', ...files];
  const result = await runProcess(command, args, { cwd: context.root, env: context.env, signal: context.signal });
  let text: string;
  try {
    text = await fs.readFile(output, 'utf8');
  } catch {
    text = '';
  } finally {
    await fs.rm(output, { force: true });
  }
  // 0: no issues, 1: issues found; anything else (2: bad config or arguments) is a failure.
  if ((result.exitCode !== 0 && result.exitCode !== 1) || text === '') {
    const said = tail(`${result.stderr}\n${result.stdout}`.trim(), 10);
    throw new ToolFailedError(`Bandit ${describeExit(result)} without a report${configArgs.length ? ' (check the project\'s Bandit config)' : ''}: ${said.split('\n').pop() ?? ''}`, said);
  }
  try {
    return JSON.parse(text) as BanditReport;
  } catch {
    throw new ToolFailedError('Bandit wrote a report that is not JSON', tail(text, 5));
  }
}
