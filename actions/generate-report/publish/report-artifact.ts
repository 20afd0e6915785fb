import type { Logger } from '../../../lib/action/logger';
import { uploadOutputFiles } from '../../../lib/artifacts/stage-artifact';
import type { ArtifactStore } from '../../../lib/artifacts/store';

/**
 * The report folder (report.md, .html, .pdf, .json) as one artifact of the run, so the PDF a
 * client gets is a download on the run's page and the PR comment can link to it. On a runner the
 * store is GitHub's artifact storage; under `assay` it is a folder (lib/artifacts/select-store).
 */
export interface UploadReportOptions {
  store: ArtifactStore;
  /** Artifact name, e.g. "assay-report"; unique in the run (artifacts are immutable). */
  name: string;
  /** The report folder; every visible file in it goes in. */
  dir: string;
  log: Logger;
  /** 1–90 days; the repository's setting when left out. */
  retentionDays?: number;
}

export interface UploadedReport {
  id: number | undefined;
  name: string;
  /** Bytes stored (the zip on GitHub). */
  size: number;
  /** SHA-256, hex, of what was stored. */
  digest: string;
}

export async function uploadReportArtifact(options: UploadReportOptions): Promise<UploadedReport> {
  const { store, name, dir, log } = options;
  const uploaded = await uploadOutputFiles({
    store,
    name,
    dir,
    log,
    label: 'Report',
    ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
  });
  return { id: uploaded.id, name: uploaded.name, size: uploaded.size, digest: uploaded.digest };
}
