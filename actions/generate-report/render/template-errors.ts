import * as path from 'node:path';
import { ConfigurationError, errorMessage } from '../../../lib/errors';

/**
 * A template that does not parse or render, as a ConfigurationError the user can act on: which
 * file (relative to the folder it came from, and which folder that is), which line and column,
 * the line itself, and what is wrong. No stack trace: the mistake is in the template.
 * liquidjs puts the failing token (its file, the whole source and the offset) on the error;
 * for an error inside an included file it is the innermost file's token.
 */
export interface TemplateRoot {
  dir: string;
  /** "your templates folder" or "the bundled templates". */
  label: string;
}

interface LiquidToken {
  file?: string;
  input: string;
  begin: number;
}

export function templateError(err: unknown, roots: readonly TemplateRoot[], entry: string): ConfigurationError {
  const first = (err as { errors?: unknown[] }).errors?.[0] ?? err;
  const token = (first as { token?: LiquidToken }).token;
  const original = (first as { originalError?: unknown }).originalError;
  let reason = cleanMessage(original !== undefined ? errorMessage(original) : errorMessage(first));

  if (!token || typeof token.input !== 'string') {
    // No token: the entry template itself was not found.
    return new ConfigurationError(`report template ${entry}: ${reason}`, { cause: err });
  }
  const file = token.file ? describeFile(token.file, roots) : entry;
  const { line, column } = position(token.input, token.begin);
  const source = token.input.split('\n')[line - 1] ?? '';
  reason = reason.replace(/^ENOENT: Failed to lookup "([^"]*)" in "[^"]*"$/, (_, name: string) => `no template "${name}" was found (looked for ${name}.<format>.liquid and ${name}.liquid in ${roots.map((r) => r.label).join(', then ')})`);
  return new ConfigurationError(
    `report template ${file}, line ${line}, column ${column}: ${reason}\n` +
      `  ${line} | ${source.length > 160 ? `${source.slice(0, 157)}...` : source}\n` +
      'Fix the template, or delete it from your templates folder to use the bundled one.',
    { cause: err },
  );
}

function describeFile(file: string, roots: readonly TemplateRoot[]): string {
  for (const root of roots) {
    const relative = path.relative(root.dir, file);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return `${relative.split(path.sep).join('/')} (${root.label}, ${root.dir})`;
  }
  return file;
}

function position(input: string, offset: number): { line: number; column: number } {
  const before = input.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** liquidjs appends ", file:…, line:…, col:…" to its messages; we say that ourselves. */
function cleanMessage(message: string): string {
  return message.replace(/, file:.*$/s, '').replace(/, line:\d+, col:\d+$/s, '').split('\n')[0]!.trim();
}
