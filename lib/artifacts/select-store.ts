import type { Logger } from '../action/logger';
import { createFolderArtifactStore } from './folder-store';
import { createGitHubArtifactStore } from './github-store';
import type { ArtifactStore } from './store';

export interface ArtifactStoreChoice {
  env: Readonly<Record<string, string | undefined>>;
  /** Where artifacts go when there is no results service (the folder store's root). */
  folder: string;
  log: Logger;
}

/**
 * GitHub's artifact storage when the job can reach it, else a folder.
 *
 * The runner gives every job ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; with both present
 * artifacts must go to GitHub, because the next job may run on another machine and only GitHub
 * carries files between them. Without them (the `assay` command, another CI system) there is no
 * service to talk to, and every stage runs on the same machine, so a shared folder carries the
 * files just as well and keeps the same rules (immutable names, verified digests). The choice
 * rests on the two variables the client needs rather than on GITHUB_ACTIONS, so it never picks a
 * store that cannot work.
 */
export function createArtifactStore({ env, folder, log }: ArtifactStoreChoice): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) {
    log.debug('Artifacts: GitHub artifact storage of this workflow run (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set).');
    return createGitHubArtifactStore({ env, log });
  }
  log.debug(`Artifacts: the folder ${folder} (no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL, so not on a GitHub runner).`);
  return createFolderArtifactStore({ root: folder, log });
}
