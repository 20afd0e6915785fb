import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { redact } from '../../../lib/git/redact';

/**
 * The URL the branch is served at, without a trailing slash. Given: as given. A github.com
 * repository: https://<owner>.github.io/<repo> (https://<owner>.github.io for the repository
 * named <owner>.github.io). A local path or file:// URL: its file:// URL. Anything else
 * (GitHub Enterprise, another host): the repository URL itself, credentials removed; pass
 * pages-url for the real address.
 */
export function pagesBaseUrl(repository: string, given: string | undefined): string {
  if (given && given.trim()) return given.trim().replace(/\/+$/, '');
  const gh = githubRepository(repository);
  if (gh) {
    const owner = gh.owner.toLowerCase();
    return gh.repo.toLowerCase() === `${owner}.github.io` ? `https://${owner}.github.io` : `https://${owner}.github.io/${gh.repo}`;
  }
  if (/^file:\/\//i.test(repository)) return repository.replace(/\/+$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(repository) && !/^[^/\\]+@[^:/]+:/.test(repository)) {
    return pathToFileURL(path.resolve(repository)).href.replace(/\/+$/, '');
  }
  return redact(repository).replace(/\.git\/*$/, '').replace(/\/+$/, '');
}

/** owner and repo of a github.com remote (https, ssh or scp-like), else undefined. */
export function githubRepository(remote: string): { owner: string; repo: string } | undefined {
  const m =
    /^(?:https?|git|ssh):\/\/(?:[^@/]+@)?(?:www\.)?github\.com(?::\d+)?\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(remote) ??
    /^(?:[^@/]+@)?github\.com:([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(remote);
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** <base>/reports/<path>/<entry>, or the folder (trailing slash) when there is no entry file. */
export function publishedUrl(base: string, reportPath: string, entry: string): string {
  const segments = ['reports', ...reportPath.split('/'), ...(entry ? entry.split('/') : [])].map(encodeURIComponent).join('/');
  return entry ? `${base}/${segments}` : `${base}/${segments}/`;
}
