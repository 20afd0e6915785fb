/**
 * Moving a stage's output files to a later stage, possibly in another job on another machine.
 * On a runner that is GitHub's artifact storage (github-store.ts); elsewhere a folder
 * (folder-store.ts); select-store.ts picks one. Both keep GitHub's rules, so what works on a
 * laptop works in a workflow: names are immutable, hidden files stay behind unless listed, and
 * every download is checked against the digest taken at upload.
 */

export interface UploadOptions {
  /** 1 to 90 days (GitHub's range); the repository's own maximum may shorten it. */
  retentionDays?: number;
}

export interface UploadedArtifact {
  /** GitHub's artifact id; the folder store numbers its artifacts too. */
  id: number | undefined;
  name: string;
  /** Bytes stored: the zip on GitHub, the sum of the files in a folder. */
  size: number;
  /** SHA-256, hex. GitHub: of the zip. Folder: of the manifest's file list (see folder-store.ts). */
  digest: string;
  /** How many files went in. */
  files: number;
}

export interface DownloadedArtifact {
  /** Absolute path of the destination folder. */
  path: string;
  /** The files written, relative to `path`, with `/` separators, sorted. */
  files: string[];
}

export interface ArtifactSummary {
  name: string;
  id: number | undefined;
  size: number;
  /** SHA-256 hex, when known (artifacts from old clients have none). */
  digest: string | undefined;
}

export interface ArtifactStore {
  readonly kind: 'github' | 'folder';
  /** Where artifacts go, for log lines: "this workflow run" or the folder. */
  readonly location: string;
  /**
   * Uploads `files` (paths absolute or relative to `rootDir`, folders expanded) or, by default,
   * every file under `rootDir` except hidden ones. Paths inside the artifact are relative to
   * `rootDir`. Throws ArtifactNameTakenError when the name was used before.
   */
  upload(name: string, rootDir: string, files?: readonly string[], options?: UploadOptions): Promise<UploadedArtifact>;
  /**
   * Downloads into `destinationDir` (created if missing; existing files of the same path are
   * replaced). Throws ArtifactNotFoundError naming the artifacts that do exist, and
   * ArtifactDigestMismatchError, before writing anything, when the content was altered.
   */
  download(name: string, destinationDir: string): Promise<DownloadedArtifact>;
  /** The artifacts there are, sorted by name. */
  list(): Promise<ArtifactSummary[]>;
}
