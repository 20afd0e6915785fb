import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SRCROOT, type SarifArtifactLocation } from './types';

// Characters a URI path segment may hold as they are (RFC 3986: unreserved, sub-delims, "@").
// ":" is encoded too: in a relative reference "a:b.js" would otherwise read as scheme "a".
const SEGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;

function encodeSegment(segment: string): string {
  let out = '';
  for (const ch of segment) out += SEGMENT_SAFE.test(ch) ? ch : encodeURIComponent(ch);
  return out;
}

/**
 * A relative path (forward slashes) as a relative URI reference: each segment percent-encoded
 * where RFC 3986 needs it (space → %20, # → %23, % → %25, non-ASCII as UTF-8), slashes kept.
 */
export function relativePathToUri(relativePath: string): string {
  return relativePath.split('/').map(encodeSegment).join('/');
}

/** The file:// URI of a directory, ending in "/" so relative URIs resolve inside it (originalUriBaseIds). */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * Where a file goes in SARIF: relative to the root with uriBaseId %SRCROOT% (what GitHub maps onto
 * the repository), or, for a file outside the root, an absolute file:// URI, since a relative URI
 * with ".." segments is not something GitHub or the validators accept. `file` may be relative to
 * the root (either slash) or absolute. Returns undefined for the root itself or an empty path.
 */
export function artifactLocationFor(file: string, root: string): SarifArtifactLocation | undefined {
  if (file.trim() === '') return undefined;
  const absoluteRoot = path.resolve(root);
  const absolute = path.resolve(absoluteRoot, file);
  const relative = path.relative(absoluteRoot, absolute);
  if (relative === '') return undefined;
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relativePathToUri(relative.split(path.sep).join('/')), uriBaseId: SRCROOT };
}
