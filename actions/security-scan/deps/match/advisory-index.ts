import { isEcosystem, type Ecosystem, type ResolvedPackage } from '../model';
import type { OsvAffected, OsvRecord } from '../osv/osv-record';
import { packageKey } from '../package-names';
import { affectedBy, compileAffected, remedyFor, type CompiledAffected } from './affected-ranges';

/**
 * OSV records indexed by (ecosystem, normalized package name), so matching a lockfile costs one
 * map lookup per package plus the evaluation of the few advisories that name it, whatever the
 * size of the database (100,000 records against 5,000 packages in well under a second).
 *
 * The matcher takes records that are already parsed: whether they came from a folder, a zip or
 * the OSV API is the loader's business.
 */

interface IndexedEntry {
  record: OsvRecord;
  affected: OsvAffected;
  ecosystem: Ecosystem;
  /** Compiled on first use. */
  compiled?: CompiledAffected;
}

export interface AdvisoryMatch {
  package: ResolvedPackage;
  record: OsvRecord;
  /**
   * How the version was found affected: inside a range, listed in `versions`, or only because the
   * OSV API said so (our evaluation of the record disagreed; the API is the authority on its data).
   */
  matchedBy: 'range' | 'versions' | 'api';
  /** The name the advisory uses, when it is spelled differently from the lockfile's (`Axios`). */
  advisoryName?: string;
  fixedVersion: string | null;
  /** Set when no fixed version exists and the range ends with `last_affected`. */
  lastAffected: string | null;
  /** RustSec's informational kind (`unmaintained`, `unsound`, `notice`), when the advisory is not a vulnerability report. */
  informational?: string;
  /** The matched `affected[]` entries (severity and ecosystem-specific data live there). */
  affected: OsvAffected[];
}

export interface IndexStats {
  records: number;
  /** Records left out because they are withdrawn. */
  withdrawn: number;
  /** Records that named the same id as another; the later `modified` was kept. */
  duplicates: number;
  /** Distinct (ecosystem, package) keys. */
  packages: number;
}

/** OSV ecosystem strings as written in records; only the three the readers produce are indexed. */
function ecosystemOf(value: string | undefined): Ecosystem | undefined {
  if (value === undefined) return undefined;
  if (isEcosystem(value)) return value;
  const lower = value.toLowerCase();
  if (lower === 'pypi') return 'PyPI';
  if (lower === 'npm') return 'npm';
  if (lower === 'crates.io') return 'crates.io';
  return undefined;
}

function informationalKind(entries: readonly OsvAffected[]): string | undefined {
  for (const entry of entries) {
    const value = entry.database_specific?.informational ?? entry.ecosystem_specific?.informational;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

export class AdvisoryIndex {
  private readonly byPackage = new Map<string, IndexedEntry[]>();
  private readonly byId = new Map<string, OsvRecord>();
  /** Built on first use: only advisories that state no severity of their own need it. */
  private aliasIndex: Map<string, OsvRecord[]> | undefined;
  readonly stats: IndexStats = { records: 0, withdrawn: 0, duplicates: 0, packages: 0 };

  /**
   * Builds the index. Withdrawn records are left out (OSV: a withdrawn record no longer applies).
   * When two records share an id, the one with the later `modified` wins. `ecosystems` limits the
   * index to what the lockfiles hold, which keeps memory down for a full osv.dev export.
   */
  constructor(records: Iterable<OsvRecord>, options: { ecosystems?: Iterable<Ecosystem> } = {}) {
    const wanted = options.ecosystems ? new Set(options.ecosystems) : undefined;
    for (const record of records) {
      if (record.withdrawn) {
        this.stats.withdrawn++;
        continue;
      }
      const previous = this.byId.get(record.id);
      if (previous) {
        this.stats.duplicates++;
        if ((previous.modified ?? '') >= (record.modified ?? '')) continue;
      }
      this.byId.set(record.id, record);
    }
    for (const record of this.byId.values()) {
      this.stats.records++;
      for (const affected of record.affected ?? []) {
        const ecosystem = ecosystemOf(affected.package?.ecosystem);
        const name = affected.package?.name;
        if (!ecosystem || typeof name !== 'string' || (wanted && !wanted.has(ecosystem))) continue;
        const key = packageKey(ecosystem, name);
        const entry: IndexedEntry = { record, affected, ecosystem };
        const list = this.byPackage.get(key);
        if (list) list.push(entry);
        else this.byPackage.set(key, [entry]);
      }
    }
    this.stats.packages = this.byPackage.size;
  }

  get size(): number {
    return this.byId.size;
  }

  record(id: string): OsvRecord | undefined {
    return this.byId.get(id);
  }

  /** Records that list `id` among their aliases, and the record with that id itself. */
  related(id: string): OsvRecord[] {
    if (!this.aliasIndex) {
      this.aliasIndex = new Map();
      for (const record of this.byId.values()) {
        for (const alias of record.aliases ?? []) {
          const list = this.aliasIndex.get(alias);
          if (list) list.push(record);
          else this.aliasIndex.set(alias, [record]);
        }
      }
    }
    const direct = this.byId.get(id);
    return [...(direct ? [direct] : []), ...(this.aliasIndex.get(id) ?? [])];
  }

  private entriesFor(pkg: ResolvedPackage): Map<OsvRecord, IndexedEntry[]> {
    const byRecord = new Map<OsvRecord, IndexedEntry[]>();
    // Group a record's entries for this package: GHSA records repeat the package once per range.
    for (const entry of this.byPackage.get(packageKey(pkg.ecosystem, pkg.name)) ?? []) {
      entry.compiled ??= compileAffected(entry.affected, entry.ecosystem);
      const list = byRecord.get(entry.record);
      if (list) list.push(entry);
      else byRecord.set(entry.record, [entry]);
    }
    return byRecord;
  }

  private buildMatch(pkg: ResolvedPackage, record: OsvRecord, group: IndexedEntry[], matchedBy: AdvisoryMatch['matchedBy']): AdvisoryMatch {
    const remedy = remedyFor(
      group.map((e) => e.compiled!),
      pkg.version,
    );
    const advisoryName = group[0]?.affected.package?.name;
    const affected = group.map((e) => e.affected);
    const informational = informationalKind(affected);
    return {
      package: pkg,
      record,
      matchedBy,
      ...(advisoryName !== undefined && advisoryName !== pkg.name ? { advisoryName } : {}),
      fixedVersion: remedy.fixed,
      lastAffected: remedy.lastAffected,
      ...(informational ? { informational } : {}),
      affected,
    };
  }

  /** Every advisory that affects this package version, one match per advisory. */
  match(pkg: ResolvedPackage): AdvisoryMatch[] {
    const matches: AdvisoryMatch[] = [];
    for (const [record, group] of this.entriesFor(pkg)) {
      let matchedBy: 'range' | 'versions' | undefined;
      for (const entry of group) {
        const how = affectedBy(entry.compiled!, pkg.version);
        if (how === 'range') {
          matchedBy = how;
          break;
        }
        if (how === 'versions') matchedBy = how;
      }
      if (matchedBy) matches.push(this.buildMatch(pkg, record, group, matchedBy));
    }
    return matches;
  }

  /**
   * A match for a pair the OSV API reported but this index's evaluation did not find (the API
   * may know versions a record does not list). Undefined when the record is not in the index.
   */
  apiMatch(pkg: ResolvedPackage, id: string): AdvisoryMatch | undefined {
    const record = this.byId.get(id);
    if (!record) return undefined;
    const group = this.entriesFor(pkg).get(record) ?? [];
    return this.buildMatch(pkg, record, group, 'api');
  }

  /** Matches every package; results are in package order, then advisory id order. */
  matchAll(packages: Iterable<ResolvedPackage>): AdvisoryMatch[] {
    const out: AdvisoryMatch[] = [];
    for (const pkg of packages) {
      const found = this.match(pkg);
      found.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
      out.push(...found);
    }
    return out;
  }
}
