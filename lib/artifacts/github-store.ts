import { DefaultArtifactClient, type Artifact, type FindOptions } from '@actions/artifact';
import { defaults as actionsGitHubDefaults } from '@actions/github/lib/utils';
import type { Logger } from '../action/logger';
import { ConfigurationError, errorMessage } from '../errors';
import { validateArtifactName, validateRetentionDays } from './artifact-rules';
import { withClientEnv } from './client-env';
import { ArtifactDigestMismatchError, ArtifactNameTakenError, ArtifactNotFoundError, ArtifactTransferError } from './errors';
import { downloadThroughStaging } from './staged-download';
import type { ArtifactStore, ArtifactSummary } from './store';
import { compare, selectUploadFiles } from './upload-files';

/** Another workflow run of a repository, whose artifacts are read through the REST API. */
export interface WorkflowRunRef {
  /** The run's id (`github.run_id` of that run; `gh run list --json databaseId`). */
  id: number;
  owner: string;
  repo: string;
  /** A token that may read the repository's Actions data (`actions: read`). */
  token: string;
}

export interface GitHubArtifactStoreOptions {
  /** Needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives every job (not for `run`). */
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  /**
   * Read the artifacts of this workflow run instead of the current one's. The store is then
   * read-only: list and download go through the public REST API with the run's token
   * (@actions/artifact's `findBy`: GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts,
   * then /actions/artifacts/{id}/zip, which redirects to the zip), so no runner variables are needed.
   */
  run?: WorkflowRunRef;
}

const WHERE = 'this workflow run';

/**
 * Artifacts of the current workflow run, through GitHub's own client (@actions/artifact), so
 * they show on the run's page and other jobs of the run (and download-artifact) can fetch them;
 * or, with `run`, the artifacts of another run of a repository (read-only).
 */
export function createGitHubArtifactStore({ env, log, run }: GitHubArtifactStoreOptions): ArtifactStore {
  if (!run) {
    for (const variable of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
      if (!env[variable]) {
        throw new ConfigurationError(
          `${variable} is not set, so artifacts cannot reach GitHub. It is set for every job on a GitHub runner; ` +
            'outside one, use the folder store.',
        );
      }
    }
  } else {
    // @actions/github fixes its API root when it is loaded, from the process's GITHUB_API_URL;
    // the client's findBy calls offer no way to pass another. On a runner the injected env is
    // the process's, so they agree; should they not, say so rather than send the token elsewhere.
    const wanted = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    const used = String(actionsGitHubDefaults.baseUrl).replace(/\/+$/, '');
    if (wanted !== used) {
      throw new ConfigurationError(
        `The artifacts of workflow run ${run.id} would be read from ${used}, but GITHUB_API_URL is ${wanted}: ` +
          '@actions/artifact reads the API root from the environment the process started with.',
      );
    }
  }
  const where = run ? `workflow run ${run.id} of ${run.owner}/${run.repo}` : WHERE;
  const findBy: FindOptions = run ? { findBy: { token: run.token, workflowRunId: run.id, repositoryOwner: run.owner, repositoryName: run.repo } } : {};
  const client = new DefaultArtifactClient();
  const call = <T>(operation: () => Promise<T>) => withClientEnv(env, operation);

  // Another run is listed once per store (each listing is a REST request against the token's
  // rate limit, and the run read from is one that already finished). The current run's artifacts
  // are listed anew each time: other jobs of the run may have uploaded since.
  let listed: Promise<Artifact[]> | undefined;
  const listAll = (): Promise<Artifact[]> => {
    if (!run) return listNow();
    listed ??= listNow();
    return listed;
  };
  const listNow = async (): Promise<Artifact[]> => {
    try {
      // `latest` keeps one artifact per name should the service ever hold several.
      return (await call(() => client.listArtifacts({ latest: true, ...findBy }))).artifacts;
    } catch (err) {
      throw translate(err, `Listing the artifacts of ${where}`);
    }
  };

  return {
    kind: 'github',
    location: where,

    async upload(name, rootDir, files, options = {}) {
      if (run) throw new ConfigurationError(`Artifacts of ${where} are read-only here; uploads go to the current run's store.`);
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
        if (/\(409\)|already exists/i.test(errorMessage(err))) throw new ArtifactNameTakenError(name, where);
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
      if (!artifact) throw new ArtifactNotFoundError(name, artifacts.map((a) => a.name).sort(compare), where);
      const expectedHash = artifact.digest ? `sha256:${stripAlgorithm(artifact.digest)}` : undefined;
      if (!expectedHash) {
        log.warning(`Artifact "${name}" has no recorded digest (an older uploader made it), so its content cannot be verified.`);
      }
      log.info(`Downloading artifact "${name}" (id ${artifact.id}, ${artifact.size} bytes) into ${destinationDir}.`);
      const downloaded = await downloadThroughStaging(destinationDir, async (staging) => {
        let result;
        try {
          result = await call(() =>
            client.downloadArtifact(artifact.id, { path: staging, ...(expectedHash ? { expectedHash } : {}), ...findBy }),
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
    // The REST API (another run's artifacts) answers with Octokit's RequestError and a status.
    const status = typeof (err as { status?: unknown } | undefined)?.status === 'number' ? (err as { status: number }).status : undefined;
    if (run && (status === 401 || status === 403 || status === 404)) {
      return new ConfigurationError(
        `${doing} failed: GitHub answered ${status} (${message}). ` +
          (status === 404
            ? `Check that workflow run ${run.id} exists in ${run.owner}/${run.repo} (input artifacts-run-id) and that the token (input github-token) may read it: the job needs \`permissions: actions: read\`.`
            : 'The token (input github-token) may not read this repository\'s Actions data: give the job `permissions: actions: read`, or pass a token that has it.'),
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
