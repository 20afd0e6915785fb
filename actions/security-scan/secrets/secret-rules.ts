import type { Severity } from '../../../lib/severity';

/**
 * Severity of a leaked secret, by what it opens:
 * - critical: keys to infrastructure or to other secrets, usable on their own from anywhere:
 *   private keys (SSH, TLS, PGP), cloud credentials (an AWS secret access key, a GCP service
 *   account key), HashiCorp Vault tokens and 1Password service account tokens (each unlocks a
 *   vault of further secrets);
 * - high: every other credential: API tokens (GitHub, GitLab, npm, Slack, OpenAI, …), database
 *   connection strings and basic-auth URLs with a password, webhook URLs;
 * - medium: identifiers that are not secrets by themselves but help an attacker (an AWS access
 *   key id or account id; reported only when a config enables secretlint's ID scan).
 * A message id decides first (one rule can report several kinds), then the rule, else high.
 */
const BY_MESSAGE_ID: Readonly<Record<string, Severity>> = {
  AWSSecretAccessKey: 'critical',
  AWSAccessKeyID: 'medium',
  AWSAccountID: 'medium',
};

const BY_RULE: Readonly<Record<string, Severity>> = {
  '@secretlint/secretlint-rule-privatekey': 'critical',
  '@secretlint/secretlint-rule-gcp': 'critical',
  '@secretlint/secretlint-rule-hashicorp-vault': 'critical',
  '@secretlint/secretlint-rule-1password': 'critical',
};

export function secretSeverity(ruleId: string, messageId: string | undefined): Severity {
  return (messageId ? BY_MESSAGE_ID[messageId] : undefined) ?? BY_RULE[ruleId] ?? 'high';
}

/** CWE-798 (hard-coded credentials) for every secret; a private key is also CWE-321 (hard-coded cryptographic key). */
export function secretCwes(ruleId: string): number[] {
  return ruleId === '@secretlint/secretlint-rule-privatekey' || ruleId === '@secretlint/secretlint-rule-gcp' ? [798, 321] : [798];
}
