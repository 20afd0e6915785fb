/**
 * The reference SARIF validator, Microsoft's sarif-multitool (npm @microsoft/sarif-multitool, a
 * native .NET single-file binary in the per-platform package), run on what we emit. Its `validate`
 * exits 0 even when the log is invalid, so the verdict is read from the SARIF log it writes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { runProcess } from '../../lib/process/run-process';
import type { SarifLog, SarifResult, SarifRule } from '../../lib/sarif/types';

const require = createRequire(import.meta.url);

/**
 * Rule sets of `validate --rule-kind`: Sarif (the spec's own rules, the default), Gh (what GitHub
 * Advanced Security requires, GHxxxx) and Ado (GitHub Advanced Security for Azure DevOps).
 */
export type MultitoolRuleKind = 'Sarif' | 'Gh' | 'Ado';

export interface MultitoolIssue {
  /** SARIF1002, GH1005, JSON1001, … */
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  /** The full message, as the tool prints it. */
  message: string;
  /** The place in the log in the tool's notation (`runs[0].results[0]…`), when the message names one. */
  path?: string;
  /** Line and column in the validated file's text. */
  line?: number;
  column?: number;
}

export interface MultitoolReport {
  errors: MultitoolIssue[];
  warnings: MultitoolIssue[];
  notes: MultitoolIssue[];
}

/** The binary, or why it is not usable here. */
export function findMultitool(): { path: string } | { missing: string } {
  let binary: string;
  try {
    // The wrapper package's main is the absolute path of the binary for this platform.
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (err) {
    return { missing: `@microsoft/sarif-multitool (or its ${process.platform} package) is not installed: ${(err as Error).message.split('\n')[0]}` };
  }
  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    return { missing: `${binary} is missing or not executable (the package's postinstall makes it so; run npm ci)` };
  }
  return { path: binary };
}

/**
 * For `test(name, { skip: multitoolSkipReason() }, …)`: outside CI a missing multitool skips with
 * the reason; under CI=true the test runs and fails, since the validator is part of the suite there.
 */
export function multitoolSkipReason(): string | false {
  const found = findMultitool();
  if ('path' in found || process.env.CI === 'true') return false;
  return `sarif-multitool not available: ${found.missing}`;
}

function formatMessage(result: SarifResult, rule: SarifRule | undefined): string {
  if (result.message.text !== undefined) return result.message.text;
  const template = result.message.id ? rule?.messageStrings?.[result.message.id]?.text : undefined;
  const args = result.message.arguments ?? [];
  if (!template) return [result.message.id, ...args].filter(Boolean).join(': ');
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
}

// The first argument of most messages is where in the log the problem is.
const LOG_PATH = /^(\$schema|version|runs|inlineExternalProperties)\b/;

/** Runs `sarif-multitool validate` on a file and returns what it found, by level. */
export async function validateWithMultitool(
  file: string,
  options: { ruleKinds?: readonly MultitoolRuleKind[] } = {},
): Promise<MultitoolReport> {
  const found = findMultitool();
  if ('missing' in found) throw new Error(`cannot validate ${file}: ${found.missing}`);
  const ruleKinds = options.ruleKinds ?? ['Sarif', 'Gh'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-multitool-'));
  try {
    const output = path.join(dir, 'validation.sarif');
    const run = await runProcess(
      found.path,
      [
        'validate', path.resolve(file), '--output', output, '--log', 'ForceOverwrite',
        '--rule-kind', ruleKinds.join(';'),
        // Notes are filtered out by default; they are reported too, so a caller can see them.
        '--level', 'Error;Warning;Note',
      ],
      { timeoutMs: 120_000 },
    );
    if (run.exitCode !== 0 || !fs.existsSync(output)) {
      throw new Error(`sarif-multitool validate ${file} failed (exit ${run.exitCode}):\n${run.stdout}${run.stderr}`);
    }
    const log = JSON.parse(fs.readFileSync(output, 'utf8')) as SarifLog;
    const report: MultitoolReport = { errors: [], warnings: [], notes: [] };
    for (const vrun of log.runs) {
      // A validation that could not run (file unreadable, bad options) says so in notifications.
      for (const invocation of vrun.invocations ?? []) {
        const failures = [...(invocation.toolConfigurationNotifications ?? []), ...(invocation.toolExecutionNotifications ?? [])].filter(
          (n) => n.level === 'error',
        );
        if (!invocation.executionSuccessful || failures.length > 0) {
          throw new Error(`sarif-multitool could not validate ${file}: ${failures.map((n) => n.message.text).join('; ') || run.stdout}`);
        }
      }
      const rules = vrun.tool.driver.rules ?? [];
      for (const result of vrun.results ?? []) {
        const rule = result.ruleIndex !== undefined ? rules[result.ruleIndex] : rules.find((r) => r.id === result.ruleId);
        const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
        if (level === 'none') continue;
        const first = result.message.arguments?.[0];
        const region = result.locations?.[0]?.physicalLocation?.region;
        const issue: MultitoolIssue = {
          ruleId: result.ruleId ?? rule?.id ?? '?',
          level,
          message: formatMessage(result, rule),
          ...(first !== undefined && LOG_PATH.test(first) ? { path: first } : {}),
          ...(region?.startLine !== undefined ? { line: region.startLine } : {}),
          ...(region?.startColumn !== undefined ? { column: region.startColumn } : {}),
        };
        (level === 'error' ? report.errors : level === 'warning' ? report.warnings : report.notes).push(issue);
      }
    }
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per issue, for assertion messages. */
export function describeIssues(issues: readonly MultitoolIssue[]): string {
  return issues.map((i) => `${i.ruleId} ${i.path ?? ''} (${i.line ?? '?'}:${i.column ?? '?'}): ${i.message}`).join('\n');
}
