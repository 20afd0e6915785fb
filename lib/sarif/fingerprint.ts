import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { lineHashes } from './line-hash';
import type { SarifArtifact, SarifArtifactLocation, SarifLog, SarifResult } from './types';

export { lineHashes } from './line-hash';

/**
 * Reads a source file for hashing; undefined when it is missing, a directory or unreadable.
 * Injected so callers can share reads (or tests can serve text) and so the library never
 * decides on its own which files to open.
 */
export type SourceReader = (absolutePath: string) => Promise<string | undefined> | string | undefined;

/** Why a result got no fingerprint from us. */
export type FingerprintSkipReason =
  | 'no file location'
  | 'no start line'
  | 'bad artifact index'
  | 'bad uri'
  | 'not a file uri'
  | 'outside checkout'
  | 'file missing'
  | 'line not in file';

export interface FingerprintSummary {
  /** Results that received a `primaryLocationLineHash`. */
  added: number;
  /** Results that already had one; it was left as it was. */
  kept: number;
  /** Existing values that differ from the hash of the file as checked out (a different commit, usually). */
  mismatched: Array<{ uri: string; line: number; existing: string; computed: string }>;
  /** Results left without a fingerprint, and why. */
  skipped: Array<{ run: number; result: number; uri?: string; reason: FingerprintSkipReason }>;
}

/** Reads UTF-8 text the way codeql-action does (no BOM stripping); undefined when not a readable file. */
export async function readSourceFile(absolutePath: string): Promise<string | undefined> {
  try {
    return await fs.readFile(absolutePath, 'utf8');
  } catch {
    return undefined;
  }
}

export type ResolvedFile = { file: string } | { reason: FingerprintSkipReason; uri?: string };

/**
 * The checkout file a result's primary artifact location points at, with codeql-action's rules:
 * an `index` without `uri` refers to `run.artifacts`; the URI is percent-decoded; `file://` is
 * stripped and any other scheme refused; absolute paths must lie in the checkout; relative ones
 * are taken relative to the checkout whatever their `uriBaseId` says (GitHub does the same).
 * Stricter than codeql-action in one point: a path that climbs out of the checkout with `..` is
 * refused too, since GitHub could not show the alert on a repository file anyway.
 */
export function resolveArtifactFile(
  location: SarifArtifactLocation,
  artifacts: readonly SarifArtifact[],
  checkoutRoot: string,
): ResolvedFile {
  let target: SarifArtifactLocation | undefined = location;
  if (!location.uri && location.index !== undefined) {
    const index = location.index as unknown;
    const artifact = typeof index === 'number' && Number.isInteger(index) && index >= 0 ? artifacts[index] : undefined;
    if (!artifact || typeof artifact.location !== 'object' || artifact.location === null) return { reason: 'bad artifact index' };
    target = artifact.location;
  }
  const raw = target.uri as unknown;
  if (typeof raw !== 'string') return { reason: 'bad uri' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { reason: 'bad uri', uri: raw };
  }
  if (decoded.startsWith('file://')) decoded = decoded.slice('file://'.length);
  if (decoded.includes('://')) return { reason: 'not a file uri', uri: raw };

  const root = path.resolve(checkoutRoot);
  const file = path.resolve(root, decoded);
  const relative = path.relative(root, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { reason: 'outside checkout', uri: raw };
  }
  return { file };
}

interface Pending {
  result: SarifResult;
  line: number;
  run: number;
  index: number;
  uri: string;
}

/**
 * Fills `partialFingerprints.primaryLocationLineHash` on every result the way github/codeql-action
 * does on upload, so alerts keep their identity across commits and across uploaders: only from
 * `locations[0]` when it has a `startLine`, never replacing a value that is already there, and only
 * for files inside the checkout that exist. Each file is read and hashed once however many results
 * point into it. Changes `log` in place; returns what was done for the summary.
 */
export async function addFingerprints(
  log: SarifLog,
  checkoutRoot: string,
  readFile: SourceReader = readSourceFile,
): Promise<FingerprintSummary> {
  const summary: FingerprintSummary = { added: 0, kept: 0, mismatched: [], skipped: [] };
  const byFile = new Map<string, Pending[]>();

  (log.runs ?? []).forEach((run, runIndex) => {
    const artifacts = run.artifacts ?? [];
    (run.results ?? []).forEach((result, resultIndex) => {
      const skip = (reason: FingerprintSkipReason, uri?: string) =>
        summary.skipped.push({ run: runIndex, result: resultIndex, reason, ...(uri === undefined ? {} : { uri }) });
      const physical = result.locations?.[0]?.physicalLocation;
      if (!physical?.artifactLocation) return skip('no file location');
      const line = physical.region?.startLine as unknown;
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return skip('no start line');
      const resolved = resolveArtifactFile(physical.artifactLocation, artifacts, checkoutRoot);
      if ('reason' in resolved) return skip(resolved.reason, resolved.uri);
      const pending = { result, line, run: runIndex, index: resultIndex, uri: physical.artifactLocation.uri ?? resolved.file };
      const list = byFile.get(resolved.file);
      if (list) list.push(pending);
      else byFile.set(resolved.file, [pending]);
    });
  });

  for (const [file, pendings] of byFile) {
    const text = await readFile(file);
    if (text === undefined) {
      for (const p of pendings) summary.skipped.push({ run: p.run, result: p.index, uri: p.uri, reason: 'file missing' });
      continue;
    }
    const hashes = lineHashes(text);
    for (const p of pendings) {
      const computed = hashes[p.line - 1];
      if (computed === undefined) {
        summary.skipped.push({ run: p.run, result: p.index, uri: p.uri, reason: 'line not in file' });
        continue;
      }
      p.result.partialFingerprints ??= {};
      const existing = p.result.partialFingerprints.primaryLocationLineHash;
      // An empty string counts as absent, as it does for codeql-action.
      if (!existing) {
        p.result.partialFingerprints.primaryLocationLineHash = computed;
        summary.added++;
      } else {
        summary.kept++;
        if (existing !== computed) summary.mismatched.push({ uri: p.uri, line: p.line, existing, computed });
      }
    }
  }
  return summary;
}
