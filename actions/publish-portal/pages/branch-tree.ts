import type { Git } from '../../../lib/git/scratch-repository';
import type { StoredFile } from './bundle-blobs';

const ZERO = '0000000000000000000000000000000000000000';

export interface TreeChange {
  /** The report's folder below the root ("reports/owner/repo/main/123"): replaced by `files`. */
  folder: string;
  files: readonly StoredFile[];
  /** Folders removed altogether (reports dropped from the bounded history). */
  remove: readonly string[];
  /** Files at the root, path → blob, written over whatever is there. */
  root: Readonly<Record<string, string>>;
}

/**
 * The tree of the next commit: the tip's tree (or nothing, for a new branch) with the report's
 * folder replaced, dropped folders removed and the root files set. It is built in the scratch
 * repository's index from object ids alone (read-tree, update-index, write-tree): nothing of the
 * branch is checked out or even fetched beyond its trees.
 */
export async function buildTree(git: Git, tip: string | undefined, change: TreeChange): Promise<string> {
  await git.ok(tip ? ['read-tree', tip] : ['read-tree', '--empty']);
  const removals: string[] = [];
  if (tip) {
    const gone = [change.folder, ...change.remove];
    const listed = await git.ok(['ls-files', '-z', '--', 'reports']);
    for (const file of listed.stdout.split('\0')) {
      if (file && gone.some((folder) => file === folder || file.startsWith(`${folder}/`))) removals.push(file);
    }
  }
  const records = [
    ...removals.map((file) => `0 ${ZERO}\t${file}\0`),
    ...change.files.map((f) => `100644 ${f.blob}\t${change.folder}/${f.path}\0`),
    ...Object.entries(change.root).map(([file, blob]) => `100644 ${blob}\t${file}\0`),
  ];
  await git.ok(['update-index', '-z', '--index-info'], { stdin: records.join('') });
  // --missing-ok: the tip's files are on the server only (a blobless fetch); they stay there.
  return (await git.ok(['write-tree', '--missing-ok'])).stdout.trim();
}

/** The tree id of a commit. */
export async function treeOf(git: Git, commit: string): Promise<string> {
  return (await git.ok(['rev-parse', `${commit}^{tree}`])).stdout.trim();
}

/** The blob id of a file at the root of a commit, or undefined when the commit has none. */
export async function rootBlob(git: Git, commit: string, file: string): Promise<string | undefined> {
  const listed = await git.ok(['ls-tree', '-z', commit, '--', file]);
  const entry = listed.stdout.split('\0').find((line) => line.endsWith(`\t${file}`));
  const m = entry ? /^\d+ blob ([0-9a-f]+)\t/.exec(entry) : null;
  return m ? m[1] : undefined;
}

export async function readBlob(git: Git, blob: string): Promise<string> {
  return (await git.ok(['cat-file', 'blob', blob])).stdout;
}
