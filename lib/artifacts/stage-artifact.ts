import * as path from 'node:path';
import type { ActionHost } from '../action/host';
import type { Logger } from '../action/logger';
import { ConfigurationError, errorMessage } from '../errors';
import { validateArtifactName } from './artifact-rules';
import { createArtifactStore } from './select-store';
import type { ArtifactStore, UploadedArtifact } from './store';

/**
 * A stage's output files as one artifact of the workflow run, so a later job (generate-report
 * with download-artifacts) can fetch them by name (the names: artifact-names.ts).
 */

/**
 * The `artifact-name` input, checked when the inputs are read (before a stage works for minutes)
 * rather than at the upload.
 */
export function artifactNameInput(value: string): string {
  try {
    validateArtifactName(value);
  } catch (err) {
    throw new ConfigurationError(`input "artifact-name": ${errorMessage(err)}`, { cause: err });
  }
  return value;
}

export interface UploadOutputFilesOptions {
  store: ArtifactStore;
  /** Artifact name; unique in the run (artifacts are immutable). */
  name: string;
  /** The stage's output folder; paths inside the artifact are relative to it. */
  dir: string;
  /** The files to take, relative to `dir` (or absolute inside it); every visible file when left out. */
  files?: readonly string[];
  /** 1–90 days; the repository's setting when left out. */
  retentionDays?: number;
  log: Logger;
  /** What the files are, for the log line ("Report", "analyze results"). */
  label: string;
}

/** Uploads the files and says where they went. The one place every stage's upload goes through. */
export async function uploadOutputFiles(options: UploadOutputFilesOptions): Promise<UploadedArtifact> {
  const { store, name, dir, log } = options;
  const uploaded = await store.upload(
    name,
    dir,
    options.files,
    options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays },
  );
  log.info(`${options.label} uploaded to ${store.location} as artifact "${name}" (${uploaded.files} file(s), ${uploaded.size} bytes).`);
  return uploaded;
}

export interface StageArtifactRequest {
  host: ActionHost;
  /** The stage, for log lines: "analyze". */
  stage: string;
  /** The `upload-artifact` input. */
  enabled: boolean;
  /** The `artifact-name` input. */
  name: string;
  /** The stage's output folder. */
  dir: string;
  /** The files the stage wrote there, relative to `dir`. */
  files: readonly string[];
}

/**
 * Uploads a stage's files when the step runs on a GitHub runner that can reach the run's
 * artifact storage, and sets the `artifact-id` output. Elsewhere it says why it did not: the
 * `assay` command keeps its files in the output folder, where the next stage reads them, and a
 * runner without ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL has no storage the next job could
 * read (every GitHub-hosted and self-hosted runner sets both for JavaScript actions).
 */
export async function publishStageArtifact(request: StageArtifactRequest): Promise<UploadedArtifact | undefined> {
  const { host, stage } = request;
  if (!request.enabled) return undefined;
  if (host.kind !== 'runner') {
    host.log.debug(`${stage}: not uploading artifact "${request.name}": that happens on a GitHub runner; the files stay in ${request.dir}.`);
    return undefined;
  }
  const env = host.env;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    host.log.info(
      `${stage}: not uploading artifact "${request.name}": ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, ` +
        `so there is no artifact storage of this run to upload to; the files stay in ${request.dir}.`,
    );
    return undefined;
  }
  const store = createArtifactStore({ env: { ...env }, folder: path.join(host.workspace, '.assay-artifacts'), log: host.log });
  const uploaded = await uploadOutputFiles({ store, name: request.name, dir: request.dir, files: request.files, log: host.log, label: `${stage} results` });
  if (uploaded.id !== undefined) host.setOutput('artifact-id', uploaded.id);
  return uploaded;
}
