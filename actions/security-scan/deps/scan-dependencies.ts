import * as path from 'node:path';
import type { Logger } from '../../../lib/action/logger';
import type { RetryPolicy, Sleep } from '../../../lib/retry';
import type { ScannerOutput } from '../model';
import { buildDependencyFindings, sortFindings, type DependencyFinding } from './dependency-findings';
import { findLockfiles } from './lockfiles/find-lockfiles';
import { readLockfiles } from './lockfiles/read-lockfiles';
import { AdvisoryIndex, type AdvisoryMatch } from './match/advisory-index';
import type { Ecosystem, LockfileRef, ResolvedPackage } from './model';
import { loadOsvDatabase } from './osv/osv-database';
import { OsvApiClient } from './osv/osv-api';
import type { OsvRecord } from './osv/osv-record';
import { packageKey } from './package-names';
import { orderFor, parseVersion } from './versions/version-order';
import { RecordCache } from './osv/record-cache';

/**
 * The dependency check of security-scan: lockfiles under `root` matched against OSV advisories,
 * as a ScannerOutput for tool "osv", category "assay-security/dependencies".
 */

export type OsvSource =
  /** An offline database (input `osv-database`): a folder of OSV JSON records, a zip of them, or a folder of zips. */
  | { kind: 'folder' | 'zip'; path: string }
  /** The OSV API; base URL and fetch are replaceable (a stand-in server in tests). */
  | { kind: 'api'; baseUrl?: string; fetch?: typeof globalThis.fetch; retry?: Partial<RetryPolicy> & { sleep?: Sleep }; concurrency?: number; batchSize?: number }
  /** Records already in memory. */
  | { kind: 'records'; records: Iterable<OsvRecord> };

export interface ScanDependenciesOptions {
  /** Absolute path of the folder to scan. */
  root: string;
  database: OsvSource;
  /**
   * Where records fetched from the OSV API are kept between runs (see osv/record-cache.ts for
   * the layout and how to persist it with actions/cache). Unused for offline databases.
   */
  cacheDir?: string;
  log: Logger;
  signal?: AbortSignal;
  /** Lockfiles to read instead of searching `root` (paths absolute; `file` relative to root). */
  lockfiles?: LockfileRef[];
  /** Folder names not to search, in addition to node_modules, target, .venv and the like. */
  skipFolders?: string[];
}

export const DEPENDENCY_CATEGORY = 'assay-security/dependencies';

export interface DependencyScanOutput extends ScannerOutput {
  findings: DependencyFinding[];
  /** Every package read, for the summary and security.json. */
  packages: ResolvedPackage[];
  matches: AdvisoryMatch[];
  lockfiles: string[];
  stats: {
    lockfiles: number;
    packages: number;
    advisories: number;
    findings: number;
    /** Per phase, in ms. */
    timings: { findLockfiles: number; readLockfiles: number; loadDatabase: number; match: number };
  };
}

function ecosystemsOf(packages: readonly ResolvedPackage[]): Set<Ecosystem> {
  return new Set(packages.map((p) => p.ecosystem));
}

/** Drops, right after parsing, records no lockfile can match: a full osv.dev export is mostly other ecosystems. */
function keepFor(ecosystems: Set<Ecosystem>): (record: OsvRecord) => boolean {
  const wanted = new Set([...ecosystems].map((e) => e.toLowerCase()));
  return (record) => !record.withdrawn && (record.affected ?? []).some((a) => typeof a?.package?.ecosystem === 'string' && wanted.has(a.package.ecosystem.toLowerCase()));
}

export async function scanDependencies(options: ScanDependenciesOptions): Promise<DependencyScanOutput> {
  const { root, log, signal } = options;
  const timings = { findLockfiles: 0, readLockfiles: 0, loadDatabase: 0, match: 0 };
  let t = performance.now();
  const lap = (phase: keyof typeof timings) => {
    const now = performance.now();
    timings[phase] = Math.round(now - t);
    t = now;
  };

  const refs = options.lockfiles ?? (await findLockfiles(root, { ...(options.skipFolders ? { skip: options.skipFolders } : {}), ...(signal ? { signal } : {}) }));
  lap('findLockfiles');
  const read = readLockfiles(refs, root, log);
  lap('readLockfiles');
  const notes = [...read.notes, ...read.failed.map((f) => `${f.file}: not read: ${f.reason}`)];
  const packages = read.packages;
  const ecosystems = ecosystemsOf(packages);
  // A version outside the ecosystem's scheme can only match an advisory that lists it verbatim.
  for (const p of packages) {
    const order = orderFor(p.ecosystem, 'ECOSYSTEM');
    if (!parseVersion(order, p.version)) {
      notes.push(`${p.file}:${p.line}: ${p.name} ${p.version} is not a ${order === 'pep440' ? 'PEP 440' : 'SemVer'} version; only advisories that list it exactly can match it`);
    }
  }

  const output = (index: AdvisoryIndex | undefined, matches: AdvisoryMatch[], advisories: number): DependencyScanOutput => {
    const { findings, rules } = buildDependencyFindings(matches, index ? { aliasRecords: (id) => index.related(id) } : {});
    sortFindings(findings);
    const byEcosystem = [...ecosystems].map((e) => `${e} ${packages.filter((p) => p.ecosystem === e).length}`).join(', ');
    const summary =
      refs.length === 0
        ? `No lockfiles found under ${root} (package-lock.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, Pipfile.lock, Cargo.lock); no dependency was checked.`
        : `Checked ${packages.length} packages${byEcosystem ? ` (${byEcosystem})` : ''} from ${refs.length} lockfile${refs.length === 1 ? '' : 's'} against ${advisories} OSV advisories: ${findings.length} finding${findings.length === 1 ? '' : 's'}.`;
    return {
      tool: { name: 'osv', informationUri: 'https://osv.dev' },
      category: DEPENDENCY_CATEGORY,
      findings,
      rules,
      notes: [summary, ...notes],
      packages,
      matches,
      lockfiles: refs.map((r) => r.file),
      stats: { lockfiles: refs.length, packages: packages.length, advisories, findings: findings.length, timings },
    };
  };

  if (packages.length === 0) return output(undefined, [], 0);

  const source = options.database;
  let index: AdvisoryIndex;
  let matches: AdvisoryMatch[];
  if (source.kind === 'api') {
    const client = new OsvApiClient({
      ...(source.baseUrl ? { baseUrl: source.baseUrl } : {}),
      ...(source.fetch ? { fetch: source.fetch } : {}),
      ...(source.retry ? { retry: source.retry } : {}),
      ...(source.concurrency ? { concurrency: source.concurrency } : {}),
      ...(source.batchSize ? { batchSize: source.batchSize } : {}),
      ...(options.cacheDir ? { cache: new RecordCache(options.cacheDir) } : {}),
      ...(signal ? { signal } : {}),
      log,
    });
    // One query per distinct package version, however many lockfiles pin it.
    const queryOf = new Map<string, number>();
    const queries: ResolvedPackage[] = [];
    const queryIndex = packages.map((p) => {
      const key = `${packageKey(p.ecosystem, p.name)}\u0000${p.version}`;
      let i = queryOf.get(key);
      if (i === undefined) {
        i = queries.length;
        queryOf.set(key, i);
        queries.push(p);
      }
      return i;
    });
    const answers = await client.queryBatch(queries);
    const hits = queryIndex.map((i) => answers[i]!);
    const records = await client.getVulns(answers.flat());
    log.info(
      `dependency check: OSV API: ${client.stats.querybatchRequests} querybatch request(s), ${client.stats.vulnRequests} record(s) fetched, ${client.stats.cacheHits} from the cache`,
    );
    lap('loadDatabase');
    index = new AdvisoryIndex(records, { ecosystems });
    matches = [];
    packages.forEach((pkg, i) => {
      const found = index.match(pkg);
      const ids = new Set(found.map((m) => m.record.id));
      for (const ref of hits[i] ?? []) {
        if (ids.has(ref.id)) continue;
        const extra = index.apiMatch(pkg, ref.id);
        if (!extra) continue; // withdrawn since the query
        log.debug(`dependency check: the OSV API reports ${ref.id} for ${pkg.name} ${pkg.version}, which its ranges do not cover here; reported as the API says`);
        found.push(extra);
        ids.add(ref.id);
      }
      found.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
      matches.push(...found);
    });
    lap('match');
  } else {
    let records: Iterable<OsvRecord>;
    if (source.kind === 'records') {
      records = source.records;
    } else {
      const loaded = await loadOsvDatabase(path.resolve(root, source.path), { keep: keepFor(ecosystems), ...(signal ? { signal } : {}) });
      records = loaded.records;
      if (loaded.invalid.length > 0) {
        notes.push(`osv-database: ${loaded.invalid.length} file(s) were not OSV records and were skipped (first: ${loaded.invalid[0]!.file}: ${loaded.invalid[0]!.reason})`);
      }
      log.info(`dependency check: read ${loaded.filesRead} OSV records from ${source.path}${loaded.zipsRead > 0 ? ` (${loaded.zipsRead} zip${loaded.zipsRead === 1 ? '' : 's'})` : ''}`);
    }
    lap('loadDatabase');
    index = new AdvisoryIndex(records, { ecosystems });
    matches = index.matchAll(packages);
    lap('match');
  }
  return output(index, matches, index.size);
}

