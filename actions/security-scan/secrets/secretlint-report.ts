import * as path from 'node:path';
import type { RunRuleInfo } from '../../../lib/sarif/build-run';
import { sarifLevelForSeverity, scoreForSeverity } from '../../../lib/severity';
import type { SecurityFinding } from '../model';
import { securityRule } from '../sast/scanner';
import { maskSecret, scrubSecret } from './mask';
import { secretCwes, secretSeverity } from './secret-rules';

/**
 * secretlint's `--format json` output: one entry per file. It carries each file's whole text in
 * `sourceContent` — the raw secrets included — so it is read here and nowhere else, and nothing
 * of it but masked values leaves this module.
 */
export interface SecretlintFileResult {
  filePath: string;
  sourceContent?: string;
  sourceContentType?: 'text' | 'binary';
  messages: SecretlintMessage[];
}

export interface SecretlintMessage {
  type?: string;
  ruleId: string;
  ruleParentId?: string;
  messageId?: string;
  message: string;
  /** Offsets into sourceContent (UTF-16 code units), end exclusive. */
  range: [number, number];
  /** Lines 1-based, columns 0-based; end exclusive. */
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  severity?: string;
  docsUrl?: string;
  data?: Record<string, unknown>;
}

export function parseSecretlintJson(stdout: string): SecretlintFileResult[] | undefined {
  try {
    const parsed = JSON.parse(stdout) as unknown;
    return Array.isArray(parsed) ? (parsed as SecretlintFileResult[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Findings and rules from secretlint's results. The secret itself is cut out of the file's text
 * (the message's range) only to be masked (mask.ts); the message is built from secretlint's own
 * words with its masked data dropped ("found GitHub Token(****): ****" → "Found GitHub Token"),
 * then the masked value; finally every raw value and every string of the rule's data is scrubbed
 * from it, so even a rule that put the secret into its message text unmasked cannot leak it.
 */
export function findingsFromSecretlint(results: readonly SecretlintFileResult[], root: string): { findings: SecurityFinding[]; rules: RunRuleInfo[] } {
  const findings: SecurityFinding[] = [];
  const rules = new Map<string, { score: number; docsUrl?: string }>();
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const m of result.messages) {
      if (m.type !== undefined && m.type !== 'message') continue;
      const raw = result.sourceContentType === 'binary' || typeof result.sourceContent !== 'string' ? undefined : result.sourceContent.slice(m.range[0], m.range[1]);
      const masked = maskedValue(raw, m.data);
      const severity = secretSeverity(m.ruleId, m.messageId);
      const score = scoreForSeverity(severity);
      let message = `${label(m.message, m.data)}${m.messageId ? ` (${m.messageId})` : ''}: ${masked}. Revoke it, then remove it from the code; it stays in the git history until rewritten.`;
      for (const value of secretsToScrub(raw, m.data)) message = scrubSecret(message, value);
      const sameLine = m.loc.end.line === m.loc.start.line;
      findings.push({
        ruleId: m.ruleId,
        level: sarifLevelForSeverity(severity),
        severity,
        securitySeverity: score,
        message,
        file,
        line: m.loc.start.line,
        column: m.loc.start.column + 1,
        endLine: m.loc.end.line,
        // 0-based exclusive end → SARIF's 1-based column just after the last character.
        ...(sameLine || m.loc.end.column > 0 ? { endColumn: m.loc.end.column + 1 } : {}),
      });
      const known = rules.get(m.ruleId);
      if (!known || score > known.score) rules.set(m.ruleId, { score, ...(m.docsUrl ? { docsUrl: m.docsUrl } : {}) });
    }
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    findings,
    rules: [...rules.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, r]) => ruleInfo(id, r.score, r.docsUrl)),
  };
}

/**
 * The masked secret. secretlint's range is usually the secret itself, but not always: in 12.0.0
 * the AWS secret key's range starts at the variable name (`AWS_SECRET_ACCESS_KEY=Ab…`, cut to the
 * key's length). So the 4-character prefix is shown only when the range's text looks like a bare
 * value (no blanks, `=`, `:` or quotes) or is a PEM block; otherwise only the length, taken from
 * secretlint's masked data (a run of stars as long as the value), else from the range.
 */
export function maskedValue(raw: string | undefined, data: Record<string, unknown> | undefined): string {
  if (raw === undefined || raw.length === 0) return 'binary content';
  if (raw.startsWith('-----BEGIN ') || !/[\s=:'"]/.test(raw)) return maskSecret(raw);
  const starred = Object.values(data ?? {}).filter((v): v is string => typeof v === 'string' && /^\*+$/.test(v));
  const length = starred.length > 0 ? Math.max(...starred.map((v) => v.length)) : [...raw].length;
  return `…[${length} chars]`;
}

/**
 * secretlint's message without the data it reports (masked or not): "found GitHub
 * Token(****): ****" → "Found GitHub Token".
 */
export function label(message: string, data?: Record<string, unknown>): string {
  let text = message;
  for (const value of stringValues(data).sort((a, b) => b.length - a.length)) if (value) text = text.split(value).join('');
  text = text
    .replace(/\*{3,}/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
  return text ? text[0]!.toUpperCase() + text.slice(1) : 'Found a secret';
}

function stringValues(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (data && typeof data === 'object') return Object.values(data).flatMap(stringValues);
  return [];
}

/** The raw value and every string in the rule's data that is not already masked (all stars), longest first. */
function secretsToScrub(raw: string | undefined, data: Record<string, unknown> | undefined): string[] {
  const values = [...(raw ? [raw] : []), ...stringValues(data).filter((v) => !/^\*+$/.test(v))];
  // Longest first, so a value that contains another is replaced whole.
  return values.sort((a, b) => b.length - a.length);
}

function ruleInfo(id: string, score: number, docsUrl: string | undefined): RunRuleInfo {
  const short = id.replace(/^@secretlint\/secretlint-rule-/, '');
  return securityRule({
    id,
    name: `secretlint-${short}`,
    description: `A secret (${short}) committed to the repository`,
    help: `secretlint's ${id} found a credential in the code. Anyone who can read the repository, or its history, can use it: revoke or rotate it first, then remove it and load it from a secret store (for GitHub Actions, encrypted secrets). A false positive can be silenced with a \`secretlint-disable-line\` comment or a .secretlintignore entry.`,
    // The README of the rule (docsUrl points at one message's anchor in it).
    ...(docsUrl ? { helpUri: docsUrl.replace(/#.*$/, '') } : {}),
    cwes: secretCwes(id),
    score,
  });
}
