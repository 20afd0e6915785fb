import type { Severity } from '../../../lib/severity';

/**
 * What each rule of eslint-plugin-security's recommended set means for security: its CWE and
 * its severity. The severity says how likely a report is a real, exploitable flaw:
 * - high: the report is the dangerous sink itself fed with a non-literal (a shell command built at
 *   run time, eval of an expression, HTML escaping switched off, Trojan Source bidi characters);
 * - medium: a flaw when the value comes from outside (file paths, require paths, regular
 *   expressions that can backtrack catastrophically, weak randomness, unchecked buffers, CSRF
 *   middleware order);
 * - low: mostly noise that needs a reviewer's eye (any `obj[key]`, any `===` on a secret-looking
 *   name, any `new RegExp(variable)`).
 * The score is the `security-severity` written on the rule: the band's representative score.
 */
export interface EslintSecurityRule {
  cwes: readonly number[];
  severity: Exclude<Severity, 'note' | 'critical'>;
}

export const ESLINT_SECURITY_RULES: Readonly<Record<string, EslintSecurityRule>> = {
  'security/detect-child-process': { cwes: [78], severity: 'high' },
  'security/detect-eval-with-expression': { cwes: [95], severity: 'high' },
  'security/detect-disable-mustache-escape': { cwes: [79], severity: 'high' },
  'security/detect-bidi-characters': { cwes: [451], severity: 'high' },
  'security/detect-non-literal-fs-filename': { cwes: [22], severity: 'medium' },
  'security/detect-non-literal-require': { cwes: [829], severity: 'medium' },
  'security/detect-unsafe-regex': { cwes: [1333], severity: 'medium' },
  'security/detect-pseudoRandomBytes': { cwes: [338], severity: 'medium' },
  'security/detect-buffer-noassert': { cwes: [119], severity: 'medium' },
  'security/detect-new-buffer': { cwes: [908], severity: 'medium' },
  'security/detect-no-csrf-before-method-override': { cwes: [352], severity: 'medium' },
  'security/detect-invisible-characters': { cwes: [1007], severity: 'medium' },
  'security/detect-non-literal-regexp': { cwes: [1333], severity: 'low' },
  'security/detect-object-injection': { cwes: [915], severity: 'low' },
  'security/detect-possible-timing-attacks': { cwes: [208], severity: 'low' },
};

/** A rule of the plugin this table does not know yet (a newer release): medium, no CWE. */
export function eslintSecurityRule(ruleId: string): EslintSecurityRule {
  return ESLINT_SECURITY_RULES[ruleId] ?? { cwes: [], severity: 'medium' };
}
