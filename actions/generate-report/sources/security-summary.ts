import { SchemaValidationError, type SchemaViolation } from '../../../lib/errors';
import type { SecuritySummary } from './documents';

/**
 * security.json has no schema of its own (security.sarif is the contract; this is its summary), so
 * the few parts the report reads are checked here, with violations worded like the schema ones:
 * the file, the JSON path, the rule.
 */
export function checkSecuritySummary(data: unknown, file: string): SecuritySummary {
  const violations: SchemaViolation[] = [];
  const bad = (path: string, message: string, rule: string) => violations.push({ schema: 'security summary', path, message, rule });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    bad('', 'must be object', 'type');
    throw new SchemaValidationError(file, violations);
  }
  const record = data as Record<string, unknown>;
  const scanners = record.scanners ?? [];
  if (!Array.isArray(scanners)) bad('/scanners', 'must be array', 'type');
  else {
    scanners.forEach((s, i) => {
      if (typeof s !== 'object' || s === null) return bad(`/scanners/${i}`, 'must be object', 'type');
      const scanner = s as Record<string, unknown>;
      if (typeof scanner.name !== 'string' || scanner.name === '') bad(`/scanners/${i}/name`, 'must be a non-empty string', 'required');
      if (typeof scanner.status !== 'string') bad(`/scanners/${i}/status`, 'must be string', 'required');
    });
  }
  for (const key of ['cuts', 'notes'] as const) {
    if (record[key] !== undefined && !Array.isArray(record[key])) bad(`/${key}`, 'must be array', 'type');
  }
  if (Array.isArray(record.notes) && record.notes.some((n) => typeof n !== 'string')) bad('/notes', 'must be an array of strings', 'type');
  if (violations.length > 0) throw new SchemaValidationError(file, violations);
  return {
    ...(record as object),
    scanners: scanners as SecuritySummary['scanners'],
    cuts: (record.cuts as unknown[] | undefined) ?? [],
    notes: (record.notes as string[] | undefined) ?? [],
  } as SecuritySummary;
}
