import { ConfigurationError } from '../errors';

/**
 * GitHub's rules for artifact names, the paths inside an artifact and retention, checked before
 * anything is sent so both stores refuse the same things with a message that says what to change.
 * The characters are those @actions/artifact rejects (NTFS cannot hold them); `/` and `\` may
 * appear in paths but not in names.
 */
const FORBIDDEN_IN_PATHS: ReadonlyMap<string, string> = new Map([
  ['"', 'double quote "'],
  [':', 'colon :'],
  ['<', 'less than <'],
  ['>', 'greater than >'],
  ['|', 'vertical bar |'],
  ['*', 'asterisk *'],
  ['?', 'question mark ?'],
  ['\r', 'carriage return'],
  ['\n', 'line feed'],
]);
const FORBIDDEN_IN_NAMES: ReadonlyMap<string, string> = new Map([
  ...FORBIDDEN_IN_PATHS,
  ['\\', 'backslash \\'],
  ['/', 'forward slash /'],
]);

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 90;

export function validateArtifactName(name: string): void {
  if (!name.trim()) throw new ConfigurationError('An artifact name is required and must not be blank.');
  for (const [char, label] of FORBIDDEN_IN_NAMES) {
    if (name.includes(char)) {
      throw new ConfigurationError(
        `The artifact name "${name}" contains a ${label}, which artifact names may not contain ` +
          `(forbidden: ${[...FORBIDDEN_IN_NAMES.values()].join(', ')}).`,
      );
    }
  }
}

/** `relativePath` is the file's path inside the artifact. */
export function validateArtifactPath(artifact: string, relativePath: string): void {
  for (const [char, label] of FORBIDDEN_IN_PATHS) {
    if (relativePath.includes(char)) {
      throw new ConfigurationError(
        `The file "${relativePath}" cannot go into artifact "${artifact}": its path contains a ${label}. ` +
          'Rename the file or leave it out.',
      );
    }
  }
}

export function validateRetentionDays(days: number | undefined): void {
  if (days === undefined) return;
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw new ConfigurationError(
      `Artifact retention must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}; got ${days}.`,
    );
  }
}
