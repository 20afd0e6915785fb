import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { AssayError, ConfigurationError, errorMessage } from '../../../lib/errors';
import { tokenHeaderConfig } from '../../../lib/git/http-auth';
import { isRejectedPush } from '../../../lib/git/push-rejection';
import { redact } from '../../../lib/git/redact';
import { isValidBranchName } from '../../../lib/git/ref-name';
import { fetchTip, makeBlobless, withScratchRepository, type Git } from '../../../lib/git/scratch-repository';
import { realSleep, retry, type Sleep } from '../../../lib/retry';
import type { PublishContext, PublishedLocation, PublishTarget, ReportBundle } from '../model';
import { noDeltaAttributes, storeBundleBlobs, storeTextBlob, type StoredFile } from './bundle-blobs';
import { buildTree, readBlob, rootBlob, treeOf } from './branch-tree';
import { INDEX_HTML, INDEX_MARKER, renderIndexPage } from './index-page';
import { PAGES_PURPOSE, PushRejectedError, pushFailure } from './pages-errors';
import { pagesBaseUrl, publishedUrl } from './pages-url';
import { emptyReports, entryFile, isSafeReportPath, mergeReport, parseReports, REPORTS_JSON, reportEntry, serializeReports, type ReportsDocument } from './reports-index';

export const DEFAULT_PAGES_BRANCH = 'gh-pages';
const NOJEKYLL = '.nojekyll';
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface PagesOptions {
  /** Any git URL (https, ssh, file://) or a local path (a bare repository in tests). */
  repository: string;
  /** The branch the site is served from; gh-pages by default. */
  branch?: string;
  /** Reports the branch keeps; older report folders leave the branch. */
  maxReports: number;
  /** Sent as an `http.<origin>/.extraheader` for https remotes, as actions/checkout does; never in a URL or log. */
  token?: string;
  /** The URL the branch is served at: https://owner.github.io/repo. Derived for github.com repositories. */
  pagesBaseUrl?: string;
  /** A scratch folder; the clone lives in a subfolder of it and is removed afterwards. */
  workDir: string;
  gitAuthor?: { name: string; email: string };
  /** Tries in all when the push is rejected because another run pushed first; 5 by default. */
  attempts?: number;
  /** Called after the commit is built, before it is pushed: lets tests interleave another writer. */
  beforePush?: (attempt: number) => Promise<void>;
  /** The environment git runs in (PATH, HOME, proxies); this process's by default. */
  env?: NodeJS.ProcessEnv;
  /** Per git command; 10 minutes by default (a large bundle on a slow link). */
  timeoutMs?: number;
}

interface Outcome {
  changed: boolean;
  commit: string;
  reports: number;
  dropped: string[];
}

/**
 * Publishes the bundle to a GitHub Pages branch: its files under reports/<reportPath>/, an index
 * page (index.html, made from reports.json) at the root listing every report newest first, and a
 * .nojekyll so Pages serves the files as they are. One commit per publish, pushed without force.
 *
 * Only the branch tip's commit and trees are fetched (depth 1, and no file contents where the
 * server supports filters, as GitHub does) and nothing is checked out: the commit is built from
 * object ids (see branch-tree.ts), so a branch holding fifty reports costs little more than an
 * empty one. The same bytes at the same report path make no commit (changed: false). A push
 * rejected because another run pushed first is rebuilt on the new tip from the merged
 * reports.json and pushed again, a bounded number of times (lib/retry.ts).
 */
export async function publishToPages(bundle: ReportBundle, target: PublishTarget, options: PagesOptions, ctx: PublishContext): Promise<PublishedLocation> {
  const branch = options.branch?.trim() || DEFAULT_PAGES_BRANCH;
  if (!isValidBranchName(branch)) throw new ConfigurationError(`"${branch}" is not a valid branch name for pages-branch; use a name such as ${DEFAULT_PAGES_BRANCH}.`);
  if (!isSafeReportPath(target.reportPath)) throw new AssayError(`report path "${target.reportPath}" is not a safe path (letters, digits, ".", "_", "-" between slashes).`);
  if (!Number.isInteger(options.maxReports) || options.maxReports < 1) {
    throw new ConfigurationError(`max-reports must be a whole number of at least 1, got ${options.maxReports}.`);
  }
  if (!options.repository.trim()) throw new ConfigurationError('pages-repository is empty; leave it unset to publish to this repository, or name a git URL.');

  const auth = tokenHeaderConfig(options.repository, options.token);
  for (const secret of auth.secrets) ctx.setSecret(secret);
  if (options.token && Object.keys(auth.config).length === 0) ctx.log.debug('The token is not used: the pages repository is not an http(s) URL.');

  const where = `branch ${branch} of ${redact(options.repository)}`;
  const base = pagesBaseUrl(options.repository, options.pagesBaseUrl);
  const author = options.gitAuthor ?? BOT;
  const folder = `reports/${target.reportPath}`;
  const sleep = jittered(ctx.sleep ?? realSleep);
  const started = performance.now();

  ctx.log.info(`Publishing ${bundle.files.length} files (${formatBytes(bundle.totalBytes)}) to ${where} under ${folder}/.`);
  const outcome = await withScratchRepository(
    {
      remote: options.repository,
      workDir: options.workDir,
      prefix: 'assay-pages-',
      gitConfig: auth.config,
      secrets: auth.secrets,
      purpose: PAGES_PURPOSE,
      timeoutMs: options.timeoutMs ?? 600_000,
      ...(options.env ? { env: options.env } : {}),
    },
    async (git, dir) => {
      // The bundle's blobs first: once the repository is a partial clone, git asks the server for
      // every object it looks up and does not have, and new blobs are exactly that.
      const files = await storeBundleBlobs(git, bundle.files);
      await makeBlobless(git);
      const attributes = noDeltaAttributes(folder, files);
      if (attributes) {
        await mkdir(path.join(dir, '.git', 'info'), { recursive: true });
        await writeFile(path.join(dir, '.git', 'info', 'attributes'), attributes);
      }
      return retry((attempt) => publishOnce(git, attempt, files), {
        attempts: options.attempts ?? 5,
        initialDelayMs: 500,
        maxDelayMs: 4000,
        shouldRetry: (e) => e instanceof PushRejectedError,
        describe: (e) => (e instanceof PushRejectedError ? 'a rejected push (another run updated the branch first)' : errorMessage(e)),
        label: `Publishing to ${where}`,
        log: ctx.log,
        sleep,
        onGiveUp: (e, summary) =>
          e instanceof PushRejectedError
            ? new AssayError(
                `The report could not be pushed to ${where}: the push was rejected ${summary.attempts} times, as other runs kept ` +
                  'updating the branch. Run the job again, or let fewer runs publish at once (a `concurrency:` group on the publishing job).',
                { cause: e },
              )
            : e,
      });
    },
  );

  const url = publishedUrl(base, target.reportPath, entryFile(bundle));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (outcome.changed) {
    ctx.log.info(
      `Published to ${where} in ${seconds} s: commit ${outcome.commit.slice(0, 12)}, ${outcome.reports} report${outcome.reports === 1 ? '' : 's'} listed` +
        (outcome.dropped.length > 0 ? `, ${outcome.dropped.length} older removed (max-reports ${options.maxReports})` : '') +
        `. ${url}`,
    );
  } else {
    ctx.log.info(`${where} already holds this report (${target.reportPath}, the same bytes): nothing to commit. ${url}`);
  }
  return { destination: 'github-pages', url, links: { index: `${base}/${INDEX_HTML}`, commit: outcome.commit }, changed: outcome.changed };

  async function publishOnce(git: Git, attempt: number, files: StoredFile[]): Promise<Outcome> {
    const tip = await fetchTip(git, branch, { blobless: true });
    const before = tip ? await readReports(git, tip) : emptyReports();
    const { document, dropped } = mergeReport(before, reportEntry(bundle, target, ctx.now()), options.maxReports);
    const root: Record<string, string> = {
      [REPORTS_JSON]: await storeTextBlob(git, serializeReports(document)),
      [INDEX_HTML]: await storeTextBlob(git, renderIndexPage(document)),
    };
    if (!tip || !(await rootBlob(git, tip, NOJEKYLL))) root[NOJEKYLL] = await storeTextBlob(git, '');
    const tree = await buildTree(git, tip, { folder, files, remove: dropped.map((p) => `reports/${p}`), root });
    if (tip && tree === (await treeOf(git, tip))) return { changed: false, commit: tip, reports: document.reports.length, dropped: [] };

    const message = [
      `Publish report ${target.reportPath}`,
      '',
      `Report ${bundle.reportId.slice(0, 12)}: ${bundle.files.length} files, ${formatBytes(bundle.totalBytes)}. ` +
        `${document.reports.length} reports listed (at most ${options.maxReports}).`,
      ...(dropped.length > 0 ? ['', 'Removed (over max-reports):', ...dropped.map((p) => `  ${p}`)] : []),
    ].join('\n');
    const identity = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    const commit = (await git.ok(['commit-tree', '--no-gpg-sign', tree, ...(tip ? ['-p', tip] : []), '-F', '-'], { stdin: message, env: identity })).stdout.trim();

    await options.beforePush?.(attempt);
    // pack.useSparse=false: walk the tip's whole tree (trees only, all local), so files the branch
    // already holds under another report's folder are not sent again.
    const pushed = await git.run(['-c', 'pack.useSparse=false', 'push', '--porcelain', '--no-verify', 'origin', `${commit}:refs/heads/${branch}`]);
    if (pushed.exitCode === 0) return { changed: true, commit, reports: document.reports.length, dropped };
    if (isRejectedPush(`${pushed.stdout}\n${pushed.stderr}`)) throw new PushRejectedError(`the push to ${where} was rejected: another run updated the branch first`);
    throw pushFailure(pushed, where, auth.secrets);
  }

  async function readReports(git: Git, tip: string): Promise<ReportsDocument> {
    const blob = await rootBlob(git, tip, REPORTS_JSON);
    if (!blob) {
      // A branch that already serves a site of its own: publishing would replace its home page.
      const index = await rootBlob(git, tip, INDEX_HTML);
      if (index && !(await readBlob(git, index)).includes(INDEX_MARKER)) {
        throw new ConfigurationError(
          `${where} already has an ${INDEX_HTML} that Assay did not write (a site of its own?); publishing would replace it. ` +
            'Publish to another branch (pages-branch, e.g. assay-reports), or remove that index.html from the branch.',
        );
      }
      return emptyReports();
    }
    const { document, skipped } = parseReports(await readBlob(git, blob), `${REPORTS_JSON} on ${where}`);
    if (skipped.length > 0) ctx.log.warning(`${REPORTS_JSON} on ${where}: left out ${skipped.length} unusable entr${skipped.length === 1 ? 'y' : 'ies'} (${skipped.slice(0, 5).join(', ')}).`);
    return document;
  }
}

/** Writers that collided wait different times, so they do not collide again in step. */
function jittered(sleep: Sleep): Sleep {
  return (ms) => sleep(Math.round(ms * (0.5 + Math.random())));
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
