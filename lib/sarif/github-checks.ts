import * as fs from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { errorMessage } from '../errors';
import { describeIdentity, identityKey, runIdentity } from './category';
import { GZIP_LEVEL } from './chunked-gzip';
import { ingestSarifFile, type IngestedFile } from './ingest';
import { sarifLimits, type SarifLimits } from './limits';
import type { SarifProblem } from './problems';
import type { SarifRule } from './types';
import { countText } from './count-text';

/**
 * `assay sarif validate`: a file held to the SARIF 2.1.0 schema (ingest.ts) and then to what
 * GitHub code scanning itself requires of an upload: at most 20 runs, never two runs of one tool
 * and category, a location on every result, and the size and count limits. Each problem names
 * the file, the JSON path and the rule.
 */

const n = countText;

/**
 * Over a count or size limit, GitHub rejects the upload: an error. Over a text length (rule name,
 * descriptions), GitHub documents a maximum but the log is still usable: a warning (merge shortens them).
 */
function problem(file: string, path: string, rule: string, message: string, level: 'error' | 'warning' = 'error'): SarifProblem {
  return { file, path, rule: `GitHub: ${rule}`, message, level };
}

/** Code scanning's own rules on a log that passed the schema; `gzippedBytes` is the file's size gzipped. */
export function githubProblems(ingested: IngestedFile, gzippedBytes: number, limits: SarifLimits = sarifLimits()): SarifProblem[] {
  const file = ingested.file;
  const out: SarifProblem[] = [];
  const runs = ingested.runs;
  if (runs.length > limits.runsPerFile) {
    out.push(problem(file, 'runs', 'runs per file', `${n(runs.length)} runs; GitHub takes at most ${n(limits.runsPerFile)} per file`));
  }
  const seen = new Map<string, number>();
  runs.forEach(({ run, records }, r) => {
    const identity = runIdentity(run);
    const first = seen.get(identityKey(identity));
    if (first !== undefined) {
      out.push(
        problem(
          file,
          `runs[${r}]`,
          'one run per tool and category',
          `a second run of ${describeIdentity(identity)} (the first is runs[${first}]); GitHub refuses two runs of one tool and category in an upload (since July 2025). Combine them with 'assay sarif merge' or give them different categories (automationDetails.id)`,
        ),
      );
    } else seen.set(identityKey(identity), r);

    if (records.length > limits.resultsPerRun) {
      out.push(problem(file, `runs[${r}].results`, 'results per run', `${n(records.length)} results; GitHub takes at most ${n(limits.resultsPerRun)} per run`));
    }
    const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
    const ruleCount = components.reduce((x, c) => x + (c.rules?.length ?? 0), 0);
    if (ruleCount > limits.rulesPerRun) {
      out.push(problem(file, `runs[${r}].tool`, 'rules per run', `${n(ruleCount)} rules; GitHub takes at most ${n(limits.rulesPerRun)} per run`));
    }
    const extensions = run.tool.extensions?.length ?? 0;
    if (extensions > limits.toolExtensionsPerRun) {
      out.push(problem(file, `runs[${r}].tool.extensions`, 'tool extensions per run', `${n(extensions)} extensions; GitHub takes at most ${n(limits.toolExtensionsPerRun)}`));
    }
    components.forEach((component, c) => {
      const where = c === 0 ? `runs[${r}].tool.driver` : `runs[${r}].tool.extensions[${c - 1}]`;
      (component.rules ?? []).forEach((rule: SarifRule, i) => {
        const at = `${where}.rules[${i}]`;
        if (typeof rule.name === 'string' && rule.name.length > limits.ruleNameChars) {
          out.push(problem(file, `${at}.name`, 'rule name length', `${n(rule.name.length)} characters; GitHub's maximum is ${n(limits.ruleNameChars)}`, 'warning'));
        }
        for (const key of ['shortDescription', 'fullDescription'] as const) {
          const text = rule[key]?.text;
          if (typeof text === 'string' && text.length > limits.ruleDescriptionChars) {
            out.push(problem(file, `${at}.${key}.text`, 'rule description length', `${n(text.length)} characters; GitHub's maximum is ${n(limits.ruleDescriptionChars)}`, 'warning'));
          }
        }
        const tags = rule.properties?.tags;
        if (Array.isArray(tags) && tags.length > limits.tagsPerRule) {
          out.push(problem(file, `${at}.properties.tags`, 'tags per rule', `${n(tags.length)} tags; GitHub takes at most ${n(limits.tagsPerRule)} (and shows 10)`));
        }
      });
    });
    // Per-result rules: report the first few of each kind and count the rest.
    const kinds = new Map<string, { paths: string[]; count: number; message: string }>();
    const note = (kind: string, path: string, message: string) => {
      const entry = kinds.get(kind) ?? { paths: [], count: 0, message };
      entry.count++;
      if (entry.paths.length < 5) entry.paths.push(path);
      kinds.set(kind, entry);
    };
    records.forEach((record, k) => {
      const at = `runs[${r}].results[${k}]`;
      if (record.locationCount === 0) note('result location', `${at}.locations`, 'the result has no location; GitHub code scanning shows a result only at a location in the repository');
      else if (record.locationCount > limits.locationsPerResult) {
        note('locations per result', `${at}.locations`, `${n(record.locationCount)} locations; GitHub takes at most ${n(limits.locationsPerResult)} per result (and shows 100)`);
      }
      if (record.threadFlowLocationCount > limits.threadFlowLocationsPerResult) {
        note(
          'thread-flow locations per result',
          `${at}.codeFlows`,
          `${n(record.threadFlowLocationCount)} thread-flow locations; GitHub takes at most ${n(limits.threadFlowLocationsPerResult)} per result (and shows 1,000)`,
        );
      }
    });
    for (const [kind, entry] of kinds) {
      entry.paths.forEach((path, i) => {
        const more = i === entry.paths.length - 1 && entry.count > entry.paths.length ? ` (${n(entry.count - entry.paths.length)} more results in this run alike)` : '';
        out.push(problem(file, path, kind, entry.message + more));
      });
    }
  });
  if (gzippedBytes > limits.gzippedBytes) {
    out.push(problem(file, '', 'gzipped size', `${(gzippedBytes / 1024 / 1024).toFixed(1)} MB gzipped; GitHub takes at most ${limits.gzippedBytes / 1024 / 1024} MB (it answers 413)`));
  }
  return out;
}

export interface ValidateOptions {
  /** Only for resolving the results' files; validation itself reads nothing else. */
  checkoutRoot: string;
  limits?: Partial<SarifLimits>;
}

/** Schema problems, or (for a log that passes the schema) GitHub's. */
export async function validateSarifFile(file: string, options: ValidateOptions, name = file): Promise<SarifProblem[]> {
  const outcome = await ingestSarifFile(file, { checkoutRoot: options.checkoutRoot, maxProblems: 200 }, name);
  if (!outcome.ok) return outcome.problems;
  let gzipped: number;
  try {
    gzipped = zlib.gzipSync(await fs.readFile(file), { level: GZIP_LEVEL }).length;
  } catch (err) {
    return [{ file: name, path: '', rule: 'input', level: 'error', message: `could not be read: ${errorMessage(err)}` }];
  }
  return githubProblems(outcome.ingested, gzipped, sarifLimits(options.limits));
}
