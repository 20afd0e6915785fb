import type { IngestedFile, IngestedRun, IngestOutcome } from './ingest';
import { ruleLookup, type ResultRecord } from './result-record';
import type { SarifResultLevel } from './types';
import type { Severity } from '../severity';

/**
 * An ingested file as a worker thread sends it to the main thread. Records become columns
 * (numbers in one Float64Array, strings in arrays), which cost little to copy between threads;
 * the file's bytes are not sent at all: they are shared memory the main thread read them into.
 */

const LEVELS: SarifResultLevel[] = ['error', 'warning', 'note', 'none'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'note'];
/** Numbers per record in `numbers`. */
const WIDTH = 9;

export interface PackedRun {
  run: IngestedRun['run'];
  numbers: Float64Array;
  ruleIds: string[];
  dedupeKeys: Array<string | undefined>;
  sourceUris: Array<string | undefined>;
  /** Replacement JSON of results that changed, by record position. */
  texts: Array<[number, string]>;
}

export type PackedOutcome =
  | { ok: true; file: Omit<IngestedFile, 'runs'> & { runs: PackedRun[] } }
  | { ok: false; problems: Extract<IngestOutcome, { ok: false }>['problems'] };

export function packOutcome(outcome: IngestOutcome): PackedOutcome {
  if (!outcome.ok) return outcome;
  const { runs, ...rest } = outcome.ingested;
  return {
    ok: true,
    file: {
      ...rest,
      runs: runs.map(({ run, records }) => {
        const numbers = new Float64Array(records.length * WIDTH);
        const texts: Array<[number, string]> = [];
        records.forEach((r, i) => {
          const o = i * WIDTH;
          numbers[o] = r.start;
          numbers[o + 1] = r.end;
          numbers[o + 2] = r.score ?? NaN;
          numbers[o + 3] = r.rank;
          numbers[o + 4] = r.info;
          numbers[o + 5] = r.seq;
          numbers[o + 6] = r.locationCount;
          numbers[o + 7] = r.threadFlowLocationCount;
          numbers[o + 8] =
            (r.pretty ? 1 : 0) | (r.hasLineHash ? 2 : 0) | (r.fingerprintable ? 4 : 0) | (LEVELS.indexOf(r.level) << 3) | (SEVERITIES.indexOf(r.severity) << 6);
          if (r.text !== undefined) texts.push([i, r.text]);
        });
        return {
          run,
          numbers,
          ruleIds: records.map((r) => r.ruleId),
          dedupeKeys: records.map((r) => r.dedupeKey),
          sourceUris: records.map((r) => r.sourceUri),
          texts,
        };
      }),
    },
  };
}

/** The outcome back on the main thread, its records pointing into `buf` (the shared bytes). */
export function unpackOutcome(packed: PackedOutcome, buf: Buffer): IngestOutcome {
  if (!packed.ok) return packed;
  const { runs, ...rest } = packed.file;
  const ingested: IngestedFile = {
    ...rest,
    runs: runs.map(({ run, numbers, ruleIds, dedupeKeys, sourceUris, texts }) => {
      const replaced = new Map(texts);
      const records: ResultRecord[] = ruleIds.map((ruleId, i) => {
        const o = i * WIDTH;
        const flags = numbers[o + 8]!;
        const score = numbers[o + 2]!;
        return {
          buf,
          start: numbers[o]!,
          end: numbers[o + 1]!,
          pretty: (flags & 1) !== 0,
          text: replaced.get(i),
          object: undefined,
          ruleId,
          level: LEVELS[(flags >> 3) & 7]!,
          score: Number.isNaN(score) ? undefined : score,
          severity: SEVERITIES[(flags >> 6) & 7]!,
          rank: numbers[o + 3]!,
          info: numbers[o + 4]!,
          dedupeKey: dedupeKeys[i],
          hasLineHash: (flags & 2) !== 0,
          fingerprintable: (flags & 4) !== 0,
          locationCount: numbers[o + 6]!,
          threadFlowLocationCount: numbers[o + 7]!,
          sourceUri: sourceUris[i],
          source: -1,
          seq: numbers[o + 5]!,
        };
      });
      return { run, records, lookup: ruleLookup(run) };
    }),
  };
  return { ok: true, ingested };
}
