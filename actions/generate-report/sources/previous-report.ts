import * as fs from 'node:fs';
import { ConfigurationError, errorMessage } from '../../../lib/errors';
import { SEVERITIES } from '../../../lib/severity';
import type { ReportModel } from '../model';

/**
 * A previous report.json, for the trend. Only what the trend reads is checked (schema version,
 * grade, counts per severity); a report.json from an older Assay that has those is accepted.
 * Problems name the file and the JSON path.
 */
export function readPreviousReport(file: string): ReportModel {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigurationError(`The previous report ${file} could not be read (${errorMessage(err)}). Give the report.json of an earlier run, or leave the input empty.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`The previous report ${file} is not valid JSON: ${errorMessage(err)}`);
  }
  return checkPreviousReport(data, file);
}

export function checkPreviousReport(data: unknown, file: string): ReportModel {
  const fail = (path: string, what: string) =>
    new ConfigurationError(`The previous report ${file} is not a report.json Assay wrote: at ${path}: ${what}.`);
  const model = data as Partial<ReportModel> | null;
  if (typeof model !== 'object' || model === null || Array.isArray(model)) throw fail('/', 'must be an object');
  if (model.schemaVersion !== 1) throw fail('/schemaVersion', `must be 1 (found ${JSON.stringify(model.schemaVersion)})`);
  if (typeof model.grade?.letter !== 'string') throw fail('/grade/letter', 'must be a string');
  if (typeof model.grade.score !== 'number') throw fail('/grade/score', 'must be a number');
  const counts = model.metrics?.findings?.bySeverity as Record<string, unknown> | undefined;
  if (typeof counts !== 'object' || counts === null) throw fail('/metrics/findings/bySeverity', 'must be an object');
  for (const s of SEVERITIES) {
    if (counts[s] !== undefined && typeof counts[s] !== 'number') throw fail(`/metrics/findings/bySeverity/${s}`, 'must be a number');
  }
  return model as ReportModel;
}
