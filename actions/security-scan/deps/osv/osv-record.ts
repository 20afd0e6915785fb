/**
 * The parts of an OSV record (ossf/osv-schema, docs/schema.md) the dependency check reads. Records
 * come from osv.dev, GitHub, PyPA and RustSec, all in this one schema; every field beyond `id` is
 * optional in practice (PYSEC records have no `severity`, some GHSA ones an empty one).
 */

export interface OsvSeverity {
  /** CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu, … */
  type: string;
  score: string;
}

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  /** SEMVER, ECOSYSTEM or GIT. */
  type: string;
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface OsvReference {
  type: string;
  url: string;
}

export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  schema_version?: string;
  aliases?: string[];
  related?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: OsvReference[];
  database_specific?: Record<string, unknown>;
}

/**
 * True when `value` has the shape of an OSV record as far as matching needs (an id, and an
 * `affected` list when there is one). Anything else in a database is skipped, not trusted.
 */
export function isOsvRecord(value: unknown): value is OsvRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '') return false;
  if (v.affected !== undefined && !Array.isArray(v.affected)) return false;
  return true;
}

/** Where a person reads the advisory: its home database when we know the address, else osv.dev. */
export function advisoryUrl(id: string): string {
  if (/^GHSA-/.test(id)) return `https://github.com/advisories/${id}`;
  if (/^RUSTSEC-/.test(id)) return `https://rustsec.org/advisories/${id}.html`;
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
