import type { SchemaViolation } from '../errors';
import { sarifPath } from './schema-validate';

/**
 * Something wrong with an input SARIF file, said so a person can find it: the file, where in
 * the log (sarif-multitool's path notation, `runs[0].results[3].locations`), which rule it breaks
 * and how. `error` means the file cannot be used (or GitHub would reject it); `warning` that it
 * can, with a caveat.
 */
export interface SarifProblem {
  file: string;
  /** Empty for the file as a whole. */
  path: string;
  /**
   * The rule broken: "JSON1001 syntax" for text that is not JSON, "SARIF 2.1.0 schema: required
   * (schema #/definitions/stack/required)" for the OASIS schema, "GitHub: …" for code scanning's
   * own rules and limits.
   */
  rule: string;
  message: string;
  level: 'error' | 'warning';
  /** Where in the file's text, when known (syntax errors). */
  line?: number;
  column?: number;
}

/** Rule name of a JSON syntax error, as sarif-multitool names it. */
export const JSON_SYNTAX_RULE = 'JSON1001 syntax';

/** A schema violation as a problem of `file`. */
export function schemaProblem(file: string, violation: SchemaViolation): SarifProblem {
  return {
    file,
    path: sarifPath(violation.path),
    rule: `${violation.schema} schema: ${violation.rule}`,
    message: violation.message,
    level: 'error',
  };
}

/** A file pattern that matched nothing: a warning where the pattern is one of several places SARIF may be, an error where it was the only input. */
export function unmatchedPattern(pattern: string, level: SarifProblem['level'] = 'warning'): SarifProblem {
  return { file: pattern, path: '', rule: 'input', level, message: 'no file matches this pattern' };
}

/** `file: runs[0].results: error: must be array [SARIF 2.1.0 schema: type (schema …)]`, one line. */
export function formatProblem(problem: SarifProblem): string {
  const place = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : '';
  const where = problem.path ? ` ${problem.path}:` : '';
  return `${problem.file}${place}:${where} ${problem.level}: ${problem.message} [${problem.rule}]`;
}
