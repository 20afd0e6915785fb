import { DefaultArtifactClient, type Artifact } from '@actions/artifact';
import type { Logger } from '../action/logger';
import { ConfigurationError, errorMessage } from '../errors';
import { validateArtifactName, validateRetentionDays } from './artifact-rules';
import { withClientEnv } from './client-env';
import { ArtifactDigestMismatchError, ArtifactNameTakenError, ArtifactNotFoundError, ArtifactTransferError } from './errors';
import { downloadThroughStaging } from './staged-download';
import type { ArtifactStore, ArtifactSummary } from './store';
import { compare, selectUploadFiles } from './upload-files';

export interface GitHubArtifactStoreOptions {
  /** Needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives every job. */
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
}

const WHERE = 'this workflow run';

/**
 * Artifacts of the current workflow run, through GitHub's own client (@actions/artifact), so
 * they show on the run's page and other jobs of the run (and download-artifact) can fetch them.
 */
export function createGitHubArtifactStore({ env, log }: GitHubArtifactStoreOptions): ArtifactStore {
  for (const variable of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (!env[variable]) {
      throw new ConfigurationError(
        `${variable} is not set, so artifacts cannot reach GitHub. It is set for every job on a GitHub runner; ` +
          'outside one, use the folder store.',
      );
    }
  }
  const client = new DefaultArtifactClient();
  const call = <T>(operation: () => Promise<T>) => withClientEnv(env, operation);

  const listAll = async (): Promise<Artifact[]> => {
    try {
      // `latest` keeps one artifact per name should the service ever hold several.
      return (await call(() => client.listArtifacts({ latest: true }))).artifacts;
    } catch (err) {
      throw translate(err, 'Listing the artifacts of this workflow run');
    }
  };

  return {
    kind: 'github',
    location: WHERE,

    async upload(name, rootDir, files, options = {}) {
      validateArtifactName(name);
      validateRetentionDays(options.retentionDays);
      const selection = await selectUploadFiles(name, rootDir, files);
      log.info(`Uploading ${selection.files.length} file(s) from ${selection.root} as artifact "${name}".`);
      let result;
      try {
        result = await call(() =>
          client.uploadArtifact(
            name,
            selection.files.map((f) => f.absolute),
            selection.root,
            options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays },
          ),
        );
      } catch (err) {
        if (/\(409\)|already exists/i.test(errorMessage(err))) throw new ArtifactNameTakenError(name, WHERE);
        throw translate(err, `Uploading artifact "${name}"`);
      }
      if (!result.digest) {
        throw new ArtifactTransferError(`Uploading artifact "${name}" returned no digest, so later downloads could not be checked.`);
      }
      log.info(`Artifact "${name}" uploaded: id ${result.id}, ${result.size ?? 0} bytes, sha256 ${result.digest}.`);
      return { id: result.id, name, size: result.size ?? 0, digest: result.digest, files: selection.files.length };
    },

    async download(name, destinationDir) {
      validateArtifactName(name);
      // Listing (rather than getArtifact) also gives the names to offer when this one is missing.
      const artifacts = await listAll();
      const artifact = artifacts.find((a) => a.name === name);
      if (!artifact) throw new ArtifactNotFoundError(name, artifacts.map((a) => a.name).sort(compare), WHERE);
      const expectedHash = artifact.digest ? `sha256:${stripAlgorithm(artifact.digest)}` : undefined;
      if (!expectedHash) {
        log.warning(`Artifact "${name}" has no recorded digest (an older uploader made it), so its content cannot be verified.`);
      }
      log.info(`Downloading artifact "${name}" (id ${artifact.id}, ${artifact.size} bytes) into ${destinationDir}.`);
      const downloaded = await downloadThroughStaging(destinationDir, async (staging) => {
        let result;
        try {
          result = await call(() =>
            client.downloadArtifact(artifact.id, { path: staging, ...(expectedHash ? { expectedHash } : {}) }),
          );
        } catch (err) {
          throw translate(err, `Downloading artifact "${name}"`);
        }
        if (result.digestMismatch) {
          throw new ArtifactDigestMismatchError(
            name,
            `the downloaded zip's SHA-256 differs from the ${expectedHash} recorded when it was uploaded`,
          );
        }
      });
      log.info(`Artifact "${name}": ${downloaded.files.length} file(s) in ${downloaded.path}.`);
      return downloaded;
    },

    async list(): Promise<ArtifactSummary[]> {
      return (await listAll())
        .map((a) => ({ name: a.name, id: a.id, size: a.size, digest: a.digest ? stripAlgorithm(a.digest) : undefined }))
        .sort((a, b) => compare(a.name, b.name));
    },
  };

  /** The client's errors are plain Errors told apart by name and text; give each a named meaning. */
  function translate(err: unknown, doing: string): Error {
    const name = err instanceof Error ? err.name : '';
    const message = errorMessage(err);
    if (name === 'GHESNotSupportedError') {
      return new ConfigurationError(
        `${doing} failed: GitHub Enterprise Server (GITHUB_SERVER_URL=${env.GITHUB_SERVER_URL}) does not support ` +
          'the artifacts service @actions/artifact needs. Run the whole pipeline in one job (the root action), ' +
          'which passes files without artifacts.',
        { cause: err },
      );
    }
    if (name === 'UsageError') {
      return new ConfigurationError(
        `${doing} failed: the artifact storage quota of this account is used up. Delete old artifacts or ` +
          'shorten their retention, or raise the spending limit.',
        { cause: err },
      );
    }
    return new ArtifactTransferError(`${doing} failed: ${message}`, { cause: err });
  }
}

/** The service records digests as `sha256:<hex>`; the store reports bare hex. */
function stripAlgorithm(digest: string): string {
  return digest.replace(/^sha256:/, '');
}
