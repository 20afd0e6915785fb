import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SarifArtifactLocation, SarifRun } from './types';
import { SRCROOT } from './types';
import { relativePathToUri } from './uri';

/**
 * Makes a run's file locations relative to the checkout, the form GitHub maps onto repository
 * files: an absolute `file://` URI inside the checkout becomes a relative URI under %SRCROOT%, and
 * a relative URI whose uriBaseId (through originalUriBaseIds) names a folder inside the checkout is
 * prefixed with that folder and put under %SRCROOT% too.
 *
 * What cannot be placed is kept, as codeql-action keeps it (it leaves such results to GitHub,
 * which shows them without a file): an absolute URI outside the checkout stays absolute and is
 * counted, so the summary can say so. A relative URI under %SRCROOT%, or under a base that points
 * outside this checkout (the tool ran in another folder or container, e.g. /github/workspace), is
 * taken as relative to the repository root already, which is how GitHub reads it.
 */

/** How the run's relative URIs under each uriBaseId move: the prefix to add under %SRCROOT%. */
export interface RebasePlan {
  checkoutRoot: string;
  /** uriBaseId → prefix (a relative URI ending in "/", or "") to rewrite under %SRCROOT%. */
  prefixes: Map<string, string>;
  /** True when some relative URI changes: every location must be visited, not only absolute ones. */
  rewritesRelative: boolean;
}

export interface RebaseCounts {
  /** artifactLocation.index values that pointed past run.artifacts, removed (the URI kept). */
  danglingIndexes: number;
  /** Absolute file URIs made relative. */
  madeRelative: number;
  /** Relative URIs moved from another uriBaseId to %SRCROOT%. */
  moved: number;
  /** Absolute file URIs outside the checkout, kept as they are. */
  outside: number;
  /** A few of those URIs, for the summary. */
  outsideExamples: string[];
}

export function emptyRebaseCounts(): RebaseCounts {
  return { danglingIndexes: 0, madeRelative: 0, moved: 0, outside: 0, outsideExamples: [] };
}

/** The checkout-relative path (forward slashes) of an absolute path, or undefined when outside. */
function insideCheckout(absolute: string, checkoutRoot: string): string | undefined {
  const relative = path.relative(checkoutRoot, absolute);
  if (relative === '') return '';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function filePath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The absolute URI a uriBaseId stands for, following originalUriBaseIds entries that are
 * themselves relative to another base (SARIF §3.14.14); undefined when it does not resolve.
 */
function resolveBase(run: SarifRun, name: string, seen = new Set<string>()): string | undefined {
  const entry = run.originalUriBaseIds?.[name];
  if (!entry || typeof entry.uri !== 'string' || seen.has(name)) return undefined;
  seen.add(name);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry.uri)) return entry.uri;
  if (!entry.uriBaseId) return undefined;
  const parent = resolveBase(run, entry.uriBaseId, seen);
  if (!parent) return undefined;
  try {
    return new URL(entry.uri, parent.endsWith('/') ? parent : `${parent}/`).href;
  } catch {
    return undefined;
  }
}

export function rebasePlan(run: SarifRun, checkoutRoot: string): RebasePlan {
  const root = path.resolve(checkoutRoot);
  const prefixes = new Map<string, string>();
  for (const name of Object.keys(run.originalUriBaseIds ?? {})) {
    const base = resolveBase(run, name);
    const dir = base === undefined ? undefined : filePath(base);
    const relative = dir === undefined ? undefined : insideCheckout(dir, root);
    if (relative === undefined) continue; // outside this checkout: relative URIs stay as they are
    const prefix = relative === '' ? '' : `${relativePathToUri(relative)}/`;
    if (name !== SRCROOT || prefix !== '') prefixes.set(name, prefix);
  }
  return { checkoutRoot: root, prefixes, rewritesRelative: prefixes.size > 0 };
}

/** Rebases one artifact location in place; true when it changed. */
export function rebaseArtifactLocation(location: SarifArtifactLocation, plan: RebasePlan, counts: RebaseCounts): boolean {
  const uri = location.uri;
  if (typeof uri !== 'string') return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri)) {
    const absolute = filePath(uri);
    if (absolute === undefined) return false; // another scheme (https:, …): not a checkout file
    const relative = insideCheckout(absolute, plan.checkoutRoot);
    if (relative === undefined || relative === '') {
      if (relative === undefined) {
        counts.outside++;
        if (counts.outsideExamples.length < 3 && !counts.outsideExamples.includes(uri)) counts.outsideExamples.push(uri);
      }
      return false;
    }
    location.uri = relativePathToUri(relative);
    location.uriBaseId = SRCROOT;
    counts.madeRelative++;
    return true;
  }
  const base = location.uriBaseId;
  if (base === undefined) return false;
  const prefix = plan.prefixes.get(base);
  if (prefix === undefined) return false;
  location.uri = prefix + uri;
  location.uriBaseId = SRCROOT;
  counts.moved++;
  return true;
}

/** Keys under which SARIF holds an artifactLocation object. */
const ARTIFACT_LOCATION_KEYS = new Set(['artifactLocation', 'analysisTarget']);

/**
 * Rebases every artifact location in a result (locations, related locations, code flows, stacks,
 * fixes, attachments, …) in place; true when anything changed.
 */
export function rebaseResult(value: unknown, plan: RebasePlan, counts: RebaseCounts): boolean {
  let changed = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child !== 'object' || child === null) continue;
      if (ARTIFACT_LOCATION_KEYS.has(key) && !Array.isArray(child)) {
        if (rebaseArtifactLocation(child as SarifArtifactLocation, plan, counts)) changed = true;
        continue;
      }
      // Messages and property bags hold no locations; skipping them keeps the walk short.
      if (key === 'message' || key === 'properties' || key === 'partialFingerprints' || key === 'fingerprints') continue;
      visit(child);
    }
  };
  if (typeof value === 'object' && value !== null) visit(value);
  return changed;
}

/**
 * Removes artifactLocation.index values that point past the run's artifacts (some tools write an
 * index without the table: sarif-multitool calls that an error, SARIF1009), where the location
 * also has a URI to go by. In place; true when anything changed.
 */
export function dropDanglingArtifactIndexes(value: unknown, artifactCount: number, counts: RebaseCounts): boolean {
  let changed = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child !== 'object' || child === null) continue;
      if (ARTIFACT_LOCATION_KEYS.has(key) && !Array.isArray(child)) {
        const location = child as SarifArtifactLocation;
        if (typeof location.index === 'number' && location.index >= artifactCount && typeof location.uri === 'string') {
          delete location.index;
          counts.danglingIndexes++;
          changed = true;
        }
        continue;
      }
      if (key === 'message' || key === 'properties') continue;
      visit(child);
    }
  };
  if (typeof value === 'object' && value !== null) visit(value);
  return changed;
}

/** Does this text possibly hold an absolute file URI (a cheap test before walking a result)? */
export const FILE_URI_MARK = 'file:';
