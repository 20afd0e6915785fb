import { scoreForSeverity, severityFromScore, type Severity } from '../../../../lib/severity';
import type { OsvAffected, OsvRecord, OsvSeverity } from '../osv/osv-record';
import { cvss2BaseScore } from './cvss2';
import { cvss3BaseScore } from './cvss3';

/**
 * One severity per (advisory, package) on the suite's scale, with the 0.0–10.0 score GitHub reads
 * as `security-severity`. Sources, best first:
 *
 * 1. A CVSS v3.x vector (the package's own `affected[].severity`, else the record's): the base
 *    score computed from the vector (cvss3.ts). The highest when there are several.
 * 2. A CVSS v4 vector is not scored: its score comes from a 270-entry table of macro-vectors
 *    (CVSS v4.0 spec, section 8) that we do not ship. The database's label is used instead:
 *    `database_specific.severity` (GitHub: LOW, MODERATE, HIGH, CRITICAL), then a package-level
 *    label, each mapped to the scale's representative score (lib/severity scoreForSeverity).
 * 3. A CVSS v2 vector (old NVD data), scored with the v2 equations.
 * 4. The same from an alias record in the database (PYSEC-… often aliases a GHSA-… that has a
 *    vector).
 * 5. Nothing at all (many PYSEC and RustSec records): medium, score 5.5, and `source: 'none'`, so
 *    the finding is neither hidden nor overstated and the message can say it was not rated.
 *
 * Informational records (RustSec `unmaintained`, `notice`, `unsound`) are not vulnerability
 * reports: they are `note` (`unsound`, a memory-safety hole without a known exploit, is `low`),
 * and never above low even when they carry a vector.
 */

export interface AdvisorySeverity {
  severity: Severity;
  /** 0.0–10.0; a CVSS base score when `source` is a CVSS version. */
  score: number;
  source: 'CVSS_V3' | 'CVSS_V2' | 'label' | 'informational' | 'none';
  /** The vector or label it came from. */
  from?: string;
  /** The alias record it was taken from, when not the advisory itself. */
  viaAlias?: string;
}

const LABELS: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
};

function severityOfLabel(label: unknown): Severity | undefined {
  return typeof label === 'string' ? LABELS[label.trim().toLowerCase()] : undefined;
}

function bestVectorScore(entries: readonly OsvSeverity[], type: string, score: (v: string) => number | undefined): { score: number; vector: string } | undefined {
  let best: { score: number; vector: string } | undefined;
  for (const entry of entries) {
    if (entry?.type !== type || typeof entry.score !== 'string') continue;
    const value = score(entry.score);
    if (value !== undefined && (best === undefined || value > best.score)) best = { score: value, vector: entry.score };
  }
  return best;
}

function fromScore(score: number, source: 'CVSS_V3' | 'CVSS_V2', from: string): AdvisorySeverity {
  return { severity: severityFromScore(score), score, source, from };
}

/** Severity from one record's own data, or undefined when it states none. */
function ownSeverity(record: OsvRecord, affected: readonly OsvAffected[]): AdvisorySeverity | undefined {
  const vectors = [...affected.flatMap((a) => a.severity ?? []), ...(record.severity ?? [])];
  const v3 = bestVectorScore(vectors, 'CVSS_V3', cvss3BaseScore);
  if (v3) return fromScore(v3.score, 'CVSS_V3', v3.vector);
  const labels = [record.database_specific?.severity, ...affected.map((a) => a.database_specific?.severity), ...affected.map((a) => a.ecosystem_specific?.severity)];
  for (const label of labels) {
    const severity = severityOfLabel(label);
    if (severity) return { severity, score: scoreForSeverity(severity), source: 'label', from: String(label) };
  }
  const v2 = bestVectorScore(vectors, 'CVSS_V2', cvss2BaseScore);
  if (v2) return fromScore(v2.score, 'CVSS_V2', v2.vector);
  const ubuntu = vectors.find((s) => s?.type === 'Ubuntu' && severityOfLabel(s.score));
  if (ubuntu) {
    const severity = severityOfLabel(ubuntu.score)!;
    return { severity, score: scoreForSeverity(severity), source: 'label', from: ubuntu.score };
  }
  return undefined;
}

export interface SeverityOptions {
  /** The RustSec informational kind, when the match has one. */
  informational?: string;
  /** Records in the database that are aliases of this one (see AdvisoryIndex.related). */
  aliasRecords?: (id: string) => readonly OsvRecord[];
}

export function advisorySeverity(record: OsvRecord, affected: readonly OsvAffected[], options: SeverityOptions = {}): AdvisorySeverity {
  let found = ownSeverity(record, affected);
  if (!found && options.aliasRecords) {
    for (const alias of record.aliases ?? []) {
      for (const other of options.aliasRecords(alias)) {
        if (other.id === record.id) continue;
        const fromAlias = ownSeverity(other, []);
        if (fromAlias) {
          found = { ...fromAlias, viaAlias: other.id };
          break;
        }
      }
      if (found) break;
    }
  }
  if (options.informational) {
    const kind = options.informational;
    const ceiling = 3.9; // the top of "low" on GitHub's scale
    if (found && found.score > 0) {
      const score = Math.min(found.score, ceiling);
      return { severity: 'low', score, source: 'informational', from: `${kind}; ${found.from ?? found.source}` };
    }
    const severity: Severity = kind === 'unsound' ? 'low' : 'note';
    return { severity, score: scoreForSeverity(severity), source: 'informational', from: kind };
  }
  return found ?? { severity: 'medium', score: scoreForSeverity('medium'), source: 'none' };
}
