import * as zlib from 'node:zlib';
import type { Logger } from '../action/logger';
import { ConfigurationError, errorMessage } from '../errors';
import { realSleep, type Sleep } from '../retry';
import { automationIdFor, describeIdentity, identityKey, runIdentity } from '../sarif/category';
import { GZIP_LEVEL } from '../sarif/chunked-gzip';
import { GITHUB_LIMITS } from '../sarif/github-limits';
import type { SarifLog } from '../sarif/types';
import { directoryUri } from '../sarif/uri';
import { GitHubApiError } from './api-error';
import type { GitHubClient } from './client';
import { explainGitHubError } from './explain-error';

/**
 * Upload of SARIF to GitHub code scanning (REST: POST /repos/{owner}/{repo}/code-scanning/sarifs,
 * then GET …/sarifs/{id} until GitHub has processed it), done the way github/codeql-action's
 * upload-sarif does it: the runs' category filled in where missing, two runs of one tool and
 * category refused before anything is sent, the log gzipped then base64-encoded, processing
 * awaited with checks at about 5, 15, 35, 75 and 155 s. Every request goes through the client,
 * so the suite's retry policy applies. Refusals a user can fix (no `security-events: write`, a
 * fork's read-only token, a log over 10 MB) become ConfigurationErrors saying what to change.
 */

/** The permission the upload needs, as written under `permissions:` in a workflow. */
export const UPLOAD_PERMISSION = 'security-events: write';

export type ProcessingStatus = 'pending' | 'complete' | 'failed';

export interface UploadSarifOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The log: an object, or its JSON text (string or bytes), e.g. what `assay sarif merge` wrote. */
  sarif: SarifLog | string | Uint8Array;
  /** The commit analyzed: 40 (or 64) hex digits. */
  commitSha: string;
  /** Full ref: refs/heads/<branch>, refs/tags/<tag>, refs/pull/<n>/merge or refs/pull/<n>/head (see uploadRefFor). */
  ref: string;
  /** The checkout the analysis ran in (a folder or a file: URI): GitHub makes absolute URIs under it relative. */
  checkoutUri?: string;
  /** Category for runs without automationDetails.id (like upload-sarif's `category`). */
  category?: string;
  /** Tool name GitHub files the analysis under (the API's `tool_name`); GitHub defaults to "API". */
  toolName?: string;
  /** When the analysis started. */
  startedAt?: Date | string;
  /** Ask GitHub to validate the SARIF against code scanning's rules (the API's `validate`). */
  validate?: boolean;
  /**
   * Wait for processing (false: return right after GitHub accepted the upload). `sleep` is
   * injected so tests record the waits instead of waiting.
   */
  wait: { timeoutMs: number; sleep?: Sleep } | false;
  log: Logger;
}

export interface UploadSarifResult {
  /** GitHub's id for the upload (the action's `sarif-id` output). */
  sarifId: string;
  /** The REST URL of the upload's status. */
  url: string | undefined;
  /** Where processing stood when we stopped asking: `pending` if the time limit came first or we did not wait. */
  processingStatus: ProcessingStatus;
  /** GitHub's processing errors (when it failed, or processed part of the log). */
  errors: string[];
  /** The REST URL of the analyses the upload produced, once processed. */
  analysesUrl: string | undefined;
  /** Size of what was sent, gzipped (before base64). */
  gzippedBytes: number;
  /** Waits between status checks, in ms. */
  waitsMs: number[];
}

/** Waits before each status check: checks land at about 5, 15, 35, 75 and 155 s, then every 80 s. */
export function statusCheckWaits(): Iterable<number> {
  return {
    *[Symbol.iterator]() {
      let wait = 5000;
      for (;;) {
        yield wait;
        wait = Math.min(wait * 2, 80_000);
      }
    },
  };
}

function sarifText(sarif: SarifLog | string | Uint8Array): { text: string; log: SarifLog } {
  if (typeof sarif === 'string' || sarif instanceof Uint8Array) {
    const text = typeof sarif === 'string' ? sarif : Buffer.from(sarif.buffer, sarif.byteOffset, sarif.byteLength).toString('utf8');
    let log: SarifLog;
    try {
      log = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as SarifLog;
    } catch (err) {
      throw new ConfigurationError(`The SARIF to upload is not valid JSON: ${errorMessage(err)}`);
    }
    return { text, log };
  }
  return { text: JSON.stringify(sarif), log: sarif };
}

/** The file: URI GitHub wants for checkout_uri (a folder, so ending in "/"), from a path or a URI. */
function checkoutUriOf(value: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) return value;
  return directoryUri(value);
}

/**
 * Prepares the log as codeql-action does before it uploads: category filled in where a run has
 * none; refused when it holds two runs of one tool and category (GitHub rejects those since July
 * 2025) or more runs than GitHub takes. Returns the JSON text to send.
 */
export function prepareUpload(sarif: SarifLog | string | Uint8Array, category: string | undefined): { text: string; runs: number } {
  let { text, log } = sarifText(sarif);
  if (!log || typeof log !== 'object' || !Array.isArray(log.runs)) {
    throw new ConfigurationError('The SARIF to upload has no "runs" array: it is not a SARIF 2.1.0 log.');
  }
  if (category !== undefined && log.runs.some((run) => !run.automationDetails?.id)) {
    const id = automationIdFor(category);
    log = { ...log, runs: log.runs.map((run) => (run.automationDetails?.id ? run : { ...run, automationDetails: { ...run.automationDetails, id } })) };
    text = JSON.stringify(log);
  }
  const seen = new Map<string, number>();
  log.runs.forEach((run, i) => {
    const identity = runIdentity(run);
    const key = identityKey(identity);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ConfigurationError(
        `The SARIF holds two runs of ${describeIdentity(identity)} (runs[${first}] and runs[${i}]); GitHub refuses an upload with two runs of one tool and category. ` +
          "Combine them with 'assay sarif merge', or give each a different category (runs[].automationDetails.id).",
      );
    }
    seen.set(key, i);
  });
  if (log.runs.length > GITHUB_LIMITS.runsPerFile) {
    throw new ConfigurationError(
      `The SARIF holds ${log.runs.length} runs; GitHub takes at most ${GITHUB_LIMITS.runsPerFile} per upload. ` +
        "'assay sarif merge' combines runs and keeps the 20 with the most severe results.",
    );
  }
  return { text, runs: log.runs.length };
}

const MB = 1024 * 1024;

function tooLarge(bytes: number): ConfigurationError {
  return new ConfigurationError(
    `The SARIF is ${(bytes / MB).toFixed(1)} MB gzipped; GitHub code scanning takes at most ${GITHUB_LIMITS.gzippedBytes / MB} MB (it answers 413). ` +
      "Cut it with 'assay sarif merge', which drops the least severe results until the log fits, or upload fewer tools per category.",
  );
}

/** A failed call as the error to throw: explained when the user can fix it. */
function uploadError(error: unknown, what: string): unknown {
  if (error instanceof GitHubApiError && error.status === 413) {
    return new ConfigurationError(
      `${errorMessage(error)}\nGitHub refused the SARIF as too large: it must be at most ${GITHUB_LIMITS.gzippedBytes / MB} MB gzipped. ` +
        "Cut it with 'assay sarif merge', which drops the least severe results until it fits.",
      { cause: error },
    );
  }
  if (error instanceof GitHubApiError && error.status === 403 && /advanced security|code scanning is not enabled|not available for this repository/i.test(error.githubMessage ?? '')) {
    return new ConfigurationError(
      `Could not ${what}: ${errorMessage(error)}\nCode scanning is not available for this repository: it needs a public repository, or GitHub Advanced Security (Code Security) enabled for a private one. ` +
        'Enable it in the repository\'s settings (Security → Code security), or turn the upload off and keep the SARIF as an artifact.',
      { cause: error },
    );
  }
  const explanation = explainGitHubError(error, { permission: UPLOAD_PERMISSION });
  if (explanation) {
    const extra =
      error instanceof GitHubApiError && error.status === 403
        ? ' Uploading to code scanning needs `security-events: write` (with `contents: read`, and `actions: read` in a private repository); code scanning must also be available for the repository (public, or GitHub Advanced Security enabled).'
        : '';
    return new ConfigurationError(`Could not ${what}: ${errorMessage(error)}\n${explanation}${extra}`, { cause: error });
  }
  return error;
}

export async function uploadSarif(options: UploadSarifOptions): Promise<UploadSarifResult> {
  const { client, owner, repo, log } = options;
  const { text, runs } = prepareUpload(options.sarif, options.category);
  // Same deflate level the merge measured against GitHub's limit with.
  const gzipped = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: GZIP_LEVEL });
  if (gzipped.length > GITHUB_LIMITS.gzippedBytes) throw tooLarge(gzipped.length);
  log.info(`Uploading SARIF (${runs} run${runs === 1 ? '' : 's'}, ${(gzipped.length / 1024).toFixed(0)} KiB gzipped) to ${owner}/${repo} for ${options.ref} at ${options.commitSha}`);

  const startedAt = options.startedAt instanceof Date ? options.startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') : options.startedAt;
  let receipt: { id?: string; url?: string };
  try {
    const response = await client.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
      owner,
      repo,
      commit_sha: options.commitSha,
      ref: options.ref,
      sarif: gzipped.toString('base64'),
      ...(options.checkoutUri ? { checkout_uri: checkoutUriOf(options.checkoutUri) } : {}),
      ...(startedAt ? { started_at: startedAt } : {}),
      ...(options.toolName ? { tool_name: options.toolName } : {}),
      ...(options.validate !== undefined ? { validate: options.validate } : {}),
    });
    receipt = response.data as { id?: string; url?: string };
  } catch (error) {
    throw uploadError(error, `upload the SARIF to ${owner}/${repo}`);
  }
  if (!receipt.id) throw new Error(`GitHub accepted the SARIF upload but gave no id: ${JSON.stringify(receipt)}`);
  const result: UploadSarifResult = {
    sarifId: receipt.id,
    url: receipt.url,
    processingStatus: 'pending',
    errors: [],
    analysesUrl: undefined,
    gzippedBytes: gzipped.length,
    waitsMs: [],
  };
  log.info(`GitHub accepted the upload: sarif-id ${receipt.id}`);
  if (options.wait === false) return result;
  return waitForProcessing(options, result, options.wait);
}

async function waitForProcessing(
  options: UploadSarifOptions,
  result: UploadSarifResult,
  wait: { timeoutMs: number; sleep?: Sleep },
): Promise<UploadSarifResult> {
  const { client, owner, repo, log } = options;
  const sleep = wait.sleep ?? realSleep;
  let waited = 0;
  for (const next of statusCheckWaits()) {
    if (waited + next > wait.timeoutMs) break;
    await sleep(next);
    waited += next;
    result.waitsMs.push(next);
    let status: { processing_status?: ProcessingStatus; errors?: string[] | null; analyses_url?: string | null };
    try {
      const response = await client.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner, repo, sarif_id: result.sarifId });
      status = response.data as typeof status;
    } catch (error) {
      // Right after the upload GitHub may not know the id yet.
      if (error instanceof GitHubApiError && error.status === 404) {
        log.debug(`sarif-id ${result.sarifId} not found yet after ${waited / 1000} s; asking again`);
        continue;
      }
      throw uploadError(error, `read the processing status of sarif-id ${result.sarifId}`);
    }
    result.processingStatus = status.processing_status ?? 'pending';
    result.errors = status.errors ?? [];
    result.analysesUrl = status.analyses_url ?? undefined;
    if (result.processingStatus === 'complete') {
      log.info(`GitHub processed the SARIF after about ${Math.round(waited / 1000)} s${result.errors.length ? `, with ${result.errors.length} errors` : ''}`);
      for (const e of result.errors) log.warning(`code scanning: ${e}`);
      return result;
    }
    if (result.processingStatus === 'failed') {
      log.error(`GitHub could not process the SARIF (sarif-id ${result.sarifId}): ${result.errors.join('; ') || 'no reason given'}`);
      return result;
    }
    log.debug(`sarif-id ${result.sarifId} still ${result.processingStatus} after ${waited / 1000} s`);
  }
  log.warning(
    `GitHub had not finished processing sarif-id ${result.sarifId} after ${Math.round(waited / 1000)} s; it goes on without us, and the alerts appear when it is done.`,
  );
  return result;
}

/** The ref and commit an upload is filed under, and why. */
export interface UploadRef {
  ref: string;
  commitSha: string;
  /** One sentence for the log. */
  reason: string;
}

interface EventPayload {
  number?: number;
  pull_request?: { number?: number; head?: { sha?: string } };
}

/**
 * The ref and commit to upload for, from the runner's environment and the event payload, as
 * codeql-action decides it. For a pull request the workflow usually checks out GitHub's merge
 * commit (GITHUB_SHA): the upload goes to refs/pull/N/merge with that commit, and GitHub shows
 * the alerts on the pull request. When the job checked out the pull request's head commit
 * instead (`checkedOutSha`, e.g. from `git rev-parse HEAD`), it goes to refs/pull/N/head with the
 * head commit, so alerts point at lines that exist in that commit. Other events: GITHUB_REF and
 * GITHUB_SHA.
 */
export function uploadRefFor(env: Readonly<Record<string, string | undefined>>, eventPayload: unknown, checkedOutSha?: string): UploadRef {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = (typeof eventPayload === 'object' && eventPayload !== null ? eventPayload : {}) as EventPayload;
  const sha = env.GITHUB_SHA?.trim();
  const ref = env.GITHUB_REF?.trim();
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  const headSha = pr?.head?.sha;
  const checkedOut = checkedOutSha?.trim().toLowerCase();

  if (pr && number !== undefined && (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review' || eventName === 'pull_request_review_comment')) {
    if (headSha && checkedOut && checkedOut === headSha.toLowerCase() && checkedOut !== sha?.toLowerCase()) {
      return { ref: `refs/pull/${number}/head`, commitSha: headSha, reason: `pull request #${number}: the job checked out its head commit` };
    }
    if (eventName === 'pull_request_target') {
      // The workflow runs in the base branch's context; what was analyzed is the base unless the head was checked out.
      if (!ref || !sha) throw new ConfigurationError('GITHUB_REF and GITHUB_SHA must be set to upload for a pull_request_target event.');
      return { ref, commitSha: sha, reason: `pull_request_target for #${number}: the base branch, as checked out` };
    }
    if (!sha) throw new ConfigurationError(`GITHUB_SHA must be set to upload for pull request #${number}.`);
    return { ref: `refs/pull/${number}/merge`, commitSha: sha, reason: `pull request #${number}: its merge commit` };
  }
  if (!ref || !sha) {
    throw new ConfigurationError('GITHUB_REF and GITHUB_SHA must be set (they are on a GitHub runner) to know which ref and commit the results belong to.');
  }
  if (!/^refs\/(heads|tags|pull)\//.test(ref)) {
    throw new ConfigurationError(`GITHUB_REF is "${ref}"; code scanning takes results only for refs/heads/…, refs/tags/… or refs/pull/….`);
  }
  return { ref, commitSha: sha, reason: `${eventName || 'this event'}: ${ref}` };
}
