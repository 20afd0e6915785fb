import { AssayError, ConfigurationError } from '../errors';

/** No artifact of that name where we looked. Usually a typo, or a job missing its `needs:`. */
export class ArtifactNotFoundError extends ConfigurationError {
  constructor(
    readonly artifact: string,
    readonly available: readonly string[],
    where: string,
  ) {
    super(
      `Artifact "${artifact}" was not found in ${where}. ` +
        (available.length > 0
          ? `Artifacts there: ${available.map((n) => `"${n}"`).join(', ')}. `
          : 'There are no artifacts there yet. ') +
        'Check the name, and that the job uploading it finished before this one started (`needs:`).',
    );
  }
}

/** Artifacts are immutable: a name can be uploaded once per workflow run (or per folder). */
export class ArtifactNameTakenError extends ConfigurationError {
  constructor(
    readonly artifact: string,
    where: string,
  ) {
    super(
      `An artifact named "${artifact}" already exists in ${where}, and artifacts cannot be replaced. ` +
        'Give each upload its own name (for a matrix job, add the matrix values to the name).',
    );
  }
}

/**
 * What was downloaded is not what was uploaded. Nothing is written to the destination when this
 * is thrown: the content is checked before it is moved there.
 */
export class ArtifactDigestMismatchError extends AssayError {
  constructor(
    readonly artifact: string,
    detail: string,
  ) {
    super(`Artifact "${artifact}" failed its integrity check: ${detail}. Nothing was written to the destination.`);
  }
}

/** The transfer itself failed (network, service, storage quota) for a reason we cannot name better. */
export class ArtifactTransferError extends AssayError {}
