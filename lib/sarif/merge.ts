import * as fs from 'node:fs';
import * as path from 'node:path';
import { countBySeverity, type Severity } from '../severity';
import { automationIdFor, categoryOf, describeIdentity, identityKey, runIdentity, type RunIdentity } from './category';
import { ResultDeduper } from './dedupe';
import { addFingerprints, readSourceFile, resolveArtifactFile, type SourceReader } from './fingerprint';
import { fitGzipSize } from './fit-size';
import { findFiles } from './find-files';
import { ingestFiles, type InputFile, type ParallelIngestOptions } from './ingest-pool';
import { ingestLog, ingestSarifFile, recordObject, recordsText, type IngestOptions, type IngestedFile } from './ingest';
import { describeSeverities, emptyTally, sarifLimits, tallyCuts, trimRule, type LimitCut, type SarifLimits, type TrimTally } from './limits';
import { truncateText } from './github-limits';
import { SARIF_SCHEMA_URI } from './log';
import { MergedSarif } from './merged-log';
import type { MergeSummary } from './merge-summary';
import { RunCombiner } from './merge-run';
import { unmatchedPattern, type SarifProblem } from './problems';
import { pruneRun } from './prune-run';
import { emptyRebaseCounts, type RebaseCounts } from './rebase';
import { identityMapping, remapReferences, remapResult, type SourceMapping } from './remap';
import type { ResultRecord } from './result-record';
import { takeWalkMemory } from './result-scans';
import type { SarifLog, SarifResult, SarifRule, SarifRun } from './types';
import { SRCROOT } from './types';
import { directoryUri } from './uri';
import { countText } from './count-text';

/**
 * Many SARIF logs → one log GitHub code scanning accepts:
 *  1. one run per tool and category: runs that share both are combined (merge-run.ts);
 *  2. duplicate results removed (dedupe.ts);
 *  3. GitHub's limits applied with a reason for every cut (limits.ts): at most 20 runs (those with
 *     the most severe results stay), 25,000 results per run (most severe first), 25,000 rules and
 *     100 extensions per run, per-result locations and thread-flow steps, rule texts and tags;
 *  4. `primaryLocationLineHash` filled where missing (fingerprint.ts, as codeql-action does);
 *  5. the least severe results dropped until the log is within 10 MB gzipped (fit-size.ts).
 * Each run's results are written most severe first.
 *
 * Logs go in one at a time (add / addFile), so a merge of large files holds only a record per
 * result and the files' bytes, never all the logs as objects.
 */

export interface MergeOptions {
  /** The checkout the results are about: file URIs are made relative to it and fingerprints read from it. */
  checkoutRoot: string;
  /** GitHub's limits by default; tests pass smaller ones. */
  limits?: Partial<SarifLimits>;
  /** Fill `primaryLocationLineHash` where a result lacks it (default true). */
  fingerprints?: boolean;
  /** Reads checkout files for fingerprints; by default from disk. */
  readSource?: SourceReader;
  /** automationDetails category for runs that have none (like upload-sarif's `category` input). */
  category?: string;
  /** Worker threads for reading large inputs (ingest-pool.ts); by default as many as the CPUs allow. */
  parallel?: ParallelIngestOptions;
}

export interface MergeOutcome {
  merged: MergedSarif;
  /** Inputs that could not be used (each names its file and JSON path) and patterns that matched nothing. */
  problems: SarifProblem[];
}

interface RunState {
  identity: RunIdentity;
  combiner: RunCombiner;
  mappings: SourceMapping[];
  automationIds: Set<string>;
  files: Set<string>;
  dedupe: ResultDeduper;
  resultsIn: number;
}

const n = countText;

/**
 * The distinct ranks among `ranks`, highest first, with how many have each, and which of them a
 * rank is. Ranks are small non-negative integers (rankOf), so they are counted in a typed array
 * indexed by rank, not a Map: one lookup per result of 200,000.
 */
function rankGroups(ranks: Float64Array): { ranks: number[]; counts: number[]; groupOf: (rank: number) => number } {
  let max = 0;
  for (let p = 0; p < ranks.length; p++) if (ranks[p]! > max) max = ranks[p]!;
  const byRank = new Int32Array(max + 1);
  for (let p = 0; p < ranks.length; p++) byRank[ranks[p]!]!++;
  const distinct: number[] = [];
  const counts: number[] = [];
  const group = new Int32Array(max + 1);
  for (let rank = max; rank >= 0; rank--) {
    if (byRank[rank] === 0) continue;
    group[rank] = distinct.length;
    distinct.push(rank);
    counts.push(byRank[rank]!);
  }
  return { ranks: distinct, counts, groupOf: (rank) => group[rank]! };
}

/**
 * The `limit` most severe results the deduper holds, as records sorted most severe first (equal
 * ones in the order they came), and how many of each severity the others are. The deduper holds
 * results in arrival (seq) order and ranks take few distinct values, so the cut-off rank is found
 * by counting, the first results of that rank are the ones a full sort would keep, and what is
 * kept is sorted by a stable placement per rank, without comparing. Only kept results become
 * record objects.
 */
function mostSevere(dedupe: ResultDeduper, limit: number): { kept: ResultRecord[]; dropped: number; droppedBySeverity: Partial<Record<Severity, number>> } {
  const total = dedupe.count;
  const ranks = new Float64Array(total);
  for (let p = 0; p < total; p++) ranks[p] = dedupe.rankAt(p);
  let cutRank = -Infinity;
  let atCut = 0; // how many results of the cut-off rank still fit
  if (total > limit) {
    const groups = rankGroups(ranks);
    let room = limit;
    for (let g = 0; g < groups.ranks.length; g++) {
      if (groups.counts[g]! >= room) {
        cutRank = groups.ranks[g]!;
        atCut = room;
        break;
      }
      room -= groups.counts[g]!;
    }
  }
  const keptAt = new Int32Array(Math.min(total, limit));
  const keptRanks = new Float64Array(keptAt.length);
  let k = 0;
  const droppedCounts = countBySeverity([]);
  for (let p = 0; p < total; p++) {
    const rank = ranks[p]!;
    if (rank > cutRank || (rank === cutRank && atCut-- > 0)) {
      keptAt[k] = p;
      keptRanks[k++] = rank;
    } else droppedCounts[dedupe.severityAt(p)]++;
  }
  const { counts, groupOf } = rankGroups(keptRanks);
  const next = new Int32Array(counts.length);
  for (let g = 1; g < counts.length; g++) next[g] = next[g - 1]! + counts[g - 1]!;
  const kept: ResultRecord[] = new Array(k);
  for (let i = 0; i < k; i++) kept[next[groupOf(keptRanks[i]!)]!++] = dedupe.recordAt(keptAt[i]!);
  return { kept, dropped: total - k, droppedBySeverity: nonZero(droppedCounts) };
}

/** How many results of each severity a run's deduper holds. */
function heldSeverities(dedupe: ResultDeduper): Record<Severity, number> {
  const counts = countBySeverity([]);
  for (let p = 0; p < dedupe.count; p++) counts[dedupe.severityAt(p)]++;
  return counts;
}

/** Counts per severity added up. */
function sumSeverities(list: ReadonlyArray<Record<Severity, number>>): Record<Severity, number> {
  const sum = countBySeverity([]);
  for (const counts of list) for (const severity of Object.keys(sum) as Severity[]) sum[severity] += counts[severity];
  return sum;
}

/** The severities that occur (a count above 0). */
function nonZero(counts: Record<Severity, number>): Partial<Record<Severity, number>> {
  return Object.fromEntries(Object.entries(counts).filter(([, v]) => v > 0));
}

function severities(records: readonly ResultRecord[]): Partial<Record<Severity, number>> {
  // Counted as they are read (no array of 100,000 severities in between).
  const counts = countBySeverity([]);
  for (const r of records) counts[r.severity]++;
  return nonZero(counts);
}

/** Runs compared by their most severe results: critical count, then high, … (higher first). */
function compareRunSeverity(a: Record<Severity, number>, b: Record<Severity, number>): number {
  for (const s of ['critical', 'high', 'medium', 'low', 'note'] as const) if (a[s] !== b[s]) return b[s] - a[s];
  return 0;
}

export class SarifMerger {
  private readonly options: MergeOptions;
  private readonly limits: SarifLimits;
  private readonly ingestOptions: IngestOptions;
  private readonly states = new Map<string, RunState>();
  private readonly order: RunState[] = [];
  private readonly inputs: MergeSummary['inputs'] = [];
  private readonly tally: TrimTally = emptyTally();
  private readonly rebase: RebaseCounts = emptyRebaseCounts();
  readonly problems: SarifProblem[] = [];
  /** Worker threads the last addFiles used (0: all on the main thread). */
  workersUsed = 0;
  private seq = 0;

  constructor(options: MergeOptions) {
    this.options = { ...options, checkoutRoot: path.resolve(options.checkoutRoot) };
    this.limits = sarifLimits(options.limits);
    this.ingestOptions = { checkoutRoot: this.options.checkoutRoot, limits: this.limits };
  }

  /** Reads and adds one file; a broken file adds its problems instead. True when it was added. */
  async addFile(file: string, name = file): Promise<boolean> {
    const outcome = await ingestSarifFile(file, this.ingestOptions, name);
    if (!outcome.ok) {
      this.problems.push(...outcome.problems);
      return false;
    }
    this.addIngested(outcome.ingested);
    return true;
  }

  /**
   * Reads and adds files, several at once on worker threads when they are large
   * (ingest-pool.ts), in the order given. Returns how many were added; broken ones add problems.
   */
  async addFiles(files: readonly InputFile[]): Promise<number> {
    let added = 0;
    this.workersUsed = await ingestFiles(files, this.ingestOptions, this.options.parallel ?? {}, (_, outcome) => {
      if (outcome.ok) {
        this.addIngested(outcome.ingested);
        added++;
      } else this.problems.push(...outcome.problems);
    });
    return added;
  }

  /** Adds a log object (not changed); a log that breaks the schema adds its problems instead. */
  addLog(log: SarifLog, name: string): boolean {
    const outcome = ingestLog(log, name, this.ingestOptions);
    if (!outcome.ok) {
      this.problems.push(...outcome.problems);
      return false;
    }
    this.addIngested(outcome.ingested);
    return true;
  }

  addIngested(ingested: IngestedFile): void {
    let results = 0;
    for (const ingestedRun of ingested.runs) {
      const { run } = ingestedRun;
      if (this.options.category !== undefined && !run.automationDetails?.id) run.automationDetails = { id: automationIdFor(this.options.category) };
      const identity = runIdentity(run);
      const key = identityKey(identity);
      let state = this.states.get(key);
      if (!state) {
        state = {
          identity,
          combiner: new RunCombiner(run),
          mappings: [identityMapping()],
          automationIds: new Set(),
          files: new Set(),
          dedupe: new ResultDeduper(),
          resultsIn: 0,
        };
        this.states.set(key, state);
        this.order.push(state);
      } else {
        state.mappings.push(state.combiner.add(run));
      }
      state.automationIds.add(run.automationDetails?.id ?? '');
      state.files.add(ingested.file);
      const source = state.mappings.length - 1;
      let count: number;
      if (ingestedRun.rows) {
        // Columns: taken as rows, made objects only for the results kept (dedupe.ts).
        count = ingestedRun.rows.count;
        state.dedupe.addRows(ingestedRun.rows, source, this.seq);
        this.seq += count;
      } else {
        const { records } = ingestedRun;
        count = records.length;
        state.dedupe.reserve(count);
        for (const record of records) {
          record.source = source;
          record.seq = this.seq++;
          state.dedupe.add(record);
        }
      }
      state.resultsIn += count;
      results += count;
    }
    this.inputs.push({ file: ingested.file, runs: ingested.runs.length, results, bytes: ingested.bytes });
    for (const key of Object.keys(this.tally) as Array<keyof TrimTally>) this.tally[key] += ingested.tally[key];
    this.rebase.danglingIndexes += ingested.rebase.danglingIndexes;
    this.rebase.madeRelative += ingested.rebase.madeRelative;
    this.rebase.moved += ingested.rebase.moved;
    this.rebase.outside += ingested.rebase.outside;
    for (const uri of ingested.rebase.outsideExamples) if (this.rebase.outsideExamples.length < 3) this.rebase.outsideExamples.push(uri);
  }

  /** Applies the limits, fills fingerprints, fits the size; the merged log with its summary. */
  async finish(): Promise<MergedSarif> {
    const limits = this.limits;
    const cuts: LimitCut[] = [];
    const notes: string[] = [];

    // Runs per file: those with the most severe results stay.
    let states = this.order;
    if (states.length > limits.runsPerFile) {
      const profiles = new Map(states.map((s) => [s, heldSeverities(s.dedupe)]));
      const ranked = [...states].sort((a, b) => compareRunSeverity(profiles.get(a)!, profiles.get(b)!) || states.indexOf(a) - states.indexOf(b));
      const kept = new Set(ranked.slice(0, limits.runsPerFile));
      const dropped = states.filter((s) => !kept.has(s));
      states = states.filter((s) => kept.has(s));
      cuts.push({
        limit: 'runsPerFile',
        removed: dropped.length,
        bySeverity: nonZero(sumSeverities(dropped.map((s) => profiles.get(s)!))),
        message:
          `${n(this.order.length)} runs, GitHub takes ${n(limits.runsPerFile)} per file: kept the ${n(limits.runsPerFile)} with the most severe results, dropped ` +
          dropped.map((s) => `${describeIdentity(s.identity)} (${n(s.dedupe.count)} results${s.dedupe.count ? `: ${describeSeverities(nonZero(profiles.get(s)!))}` : ''})`).join(', ') +
          '.',
      });
    }

    const runs: Array<{ state: RunState; run: SarifRun; records: ResultRecord[] }> = [];
    let helpAdded = 0;
    for (const state of states) {
      const run = state.combiner.run;
      const label = describeIdentity(state.identity);
      const { kept, dropped, droppedBySeverity } = mostSevere(state.dedupe, limits.resultsPerRun);
      let records = kept;
      if (dropped > 0) {
        cuts.push({
          limit: 'resultsPerRun',
          run: label,
          removed: dropped,
          bySeverity: droppedBySeverity,
          message: `${label} had ${n(records.length + dropped)} results, GitHub takes ${n(limits.resultsPerRun)} per run: kept the ${n(limits.resultsPerRun)} most severe, dropped ${n(dropped)} (${describeSeverities(droppedBySeverity)}).`,
        });
      }
      // Results of a run combined into another refer to its tables by their old positions.
      for (const record of records) {
        const mapping = state.mappings[record.source]!;
        if (mapping.identity) continue;
        const result = recordObject(record);
        remapResult(result, mapping);
        setText(record, result);
      }
      records = this.applyPrune(run, records, label, cuts);
      const components = [run.tool.driver, ...(run.tool.extensions ?? [])];
      for (const rule of components.flatMap((c) => c.rules ?? [])) trimRule(rule, limits, this.tally);
      for (const descriptor of components.flatMap((c) => [...(c.rules ?? []), ...(c.notifications ?? [])])) {
        if (fillHelp(descriptor, state.identity.tool, limits)) helpAdded++;
      }
      this.settleIdentity(run, state);
      run.originalUriBaseIds = { ...run.originalUriBaseIds, [SRCROOT]: { uri: directoryUri(this.options.checkoutRoot) } };
      if (state.combiner.sourceCount > 1) {
        notes.push(`${state.combiner.sourceCount} runs of ${label} (from ${[...state.files].join(', ')}) were combined into one: GitHub refuses two runs of one tool and category in an upload.`);
      }
      for (const note of state.combiner.notes) notes.push(`${label}: ${note}`);
      runs.push({ state, run, records });
    }
    cuts.push(...tallyCuts(this.tally, limits));
    const fingerprints = { added: 0, kept: 0, skipped: 0 };
    if (this.options.fingerprints !== false) await this.fillFingerprints(runs, fingerprints);

    // Size: the least severe results go until the gzipped log fits.
    const glue = glueOf(runs.map((r) => r.run));
    // The text goes into this thread's walk memory, mapped already and done with (takeWalkMemory).
    const alloc = takeWalkMemory();
    const texts = runs.map(({ records }) => recordsText(records, alloc));
    const fit = await fitGzipSize({
      glue,
      runs: runs.map(({ records }, r) => ({ ...texts[r]!, ranks: records.map((x) => x.rank) })),
      limitBytes: limits.gzippedBytes,
    });
    const droppedForSize = runs.flatMap(({ records }, r) => records.slice(fit.keep[r]));
    if (droppedForSize.length > 0 || !fit.fits) {
      const bySev = severities(droppedForSize);
      cuts.push({
        limit: 'gzippedBytes',
        removed: droppedForSize.length,
        bySeverity: bySev,
        message: fit.fits
          ? `The log was over ${mb(limits.gzippedBytes)} gzipped, GitHub's limit: dropped the ${n(droppedForSize.length)} least severe results (${describeSeverities(bySev)}) to bring it to ${mb(fit.gzipBytes)}.`
          : `Even without results the log is ${mb(fit.gzipBytes)} gzipped, over GitHub's ${mb(limits.gzippedBytes)}: its rules and tables are too large, and GitHub will refuse it.`,
      });
    }

    if (helpAdded > 0) {
      notes.push(`${n(helpAdded)} rules lacked a short or full description or help, which GitHub shows with each alert (sarif-multitool's GH2012); they were filled from the rule's other texts.`);
    }
    if (this.rebase.danglingIndexes > 0) {
      notes.push(`${n(this.rebase.danglingIndexes)} locations referred to entries of run.artifacts that do not exist; the index was removed and the URI kept.`);
    }
    if (this.rebase.outside > 0) {
      notes.push(
        `${n(this.rebase.outside)} locations point outside the checkout (e.g. ${this.rebase.outsideExamples.join(', ')}); they were kept as they are, and GitHub cannot show them on a file of the repository.`,
      );
    }
    const duplicates = runs.reduce((x, r) => x + r.state.dedupe.duplicates, 0);
    if (duplicates > 0) notes.push(`${n(duplicates)} duplicate results removed (same rule, location and fingerprint).`);

    const summary: MergeSummary = {
      inputs: this.inputs,
      runs: runs.map(({ state }, r) => ({
        tool: state.identity.tool,
        category: state.identity.category,
        sources: state.combiner.sourceCount,
        resultsIn: state.resultsIn,
        duplicates: state.dedupe.duplicates,
        results: fit.keep[r]!,
      })),
      resultsIn: this.order.reduce((x, s) => x + s.resultsIn, 0),
      duplicates: this.order.reduce((x, s) => x + s.dedupe.duplicates, 0),
      results: fit.keep.reduce((a, b) => a + b, 0),
      cuts,
      notes,
      fingerprints,
      bytes: fit.rawBytes,
      gzipBytes: fit.gzipBytes,
      gzipLevel: fit.level,
    };
    // (Everything kept was filled while it was compressed.)
    return new MergedSarif(
      glue,
      runs.map(({ run }, r) => ({ run, results: texts[r]!.text.subarray(0, texts[r]!.offsets[fit.keep[r]!]) })),
      fit.deflated,
      summary,
    );
  }

  /** Rules and extensions over GitHub's limits; returns the records that stay. */
  private applyPrune(run: SarifRun, records: ResultRecord[], label: string, cuts: LimitCut[]): ResultRecord[] {
    const pruned = pruneRun(run, records, this.limits);
    if (!pruned) return records;
    let kept = records;
    if (pruned.droppedRuleIds.size > 0) {
      const dropped = records.filter((r) => pruned.droppedRuleIds.has(r.ruleId));
      kept = records.filter((r) => !pruned.droppedRuleIds.has(r.ruleId));
      cuts.push({
        limit: 'rulesPerRun',
        run: label,
        removed: pruned.usedRulesRemoved,
        bySeverity: severities(dropped),
        message: `${label} uses more than ${n(this.limits.rulesPerRun)} rules, GitHub's limit per run: dropped the ${n(pruned.usedRulesRemoved)} least severe rules with their ${n(dropped.length)} results (${describeSeverities(severities(dropped))}).`,
      });
    }
    if (pruned.unusedRulesRemoved > 0) {
      cuts.push({
        limit: 'rulesPerRun',
        run: label,
        removed: pruned.unusedRulesRemoved,
        message: `${label} had more than ${n(this.limits.rulesPerRun)} rules, GitHub's limit per run: dropped ${n(pruned.unusedRulesRemoved)} rules no result uses.`,
      });
    }
    if (pruned.extensionsRemoved > 0 || pruned.extensionsOver > 0) {
      cuts.push({
        limit: 'toolExtensionsPerRun',
        run: label,
        removed: pruned.extensionsRemoved,
        message:
          `${label} had more than ${n(this.limits.toolExtensionsPerRun)} tool extensions, GitHub's limit: dropped ${n(pruned.extensionsRemoved)} extensions no result uses` +
          (pruned.extensionsOver > 0 ? `; ${n(pruned.extensionsOver)} more are in use, and GitHub will refuse the run.` : '.'),
      });
    }
    for (const record of kept) {
      const result = recordObject(record);
      remapResult(result, pruned.mapping);
      setText(record, result);
    }
    for (const invocation of run.invocations ?? []) remapReferences(invocation, pruned.mapping);
    return kept;
  }

  /** One automationDetails.id for the combined run: the shared one, else the category's. */
  private settleIdentity(run: SarifRun, state: RunState): void {
    const ids = [...state.automationIds];
    if (ids.length === 1) {
      if (ids[0] === '') delete run.automationDetails;
      else run.automationDetails = { ...run.automationDetails, id: ids[0]! };
      return;
    }
    const category = state.identity.category;
    if (category === '' && categoryOf(ids[0]) === '') delete run.automationDetails;
    else run.automationDetails = { ...run.automationDetails, id: automationIdFor(category) };
  }

  /** primaryLocationLineHash for kept results that lack one and point at a checkout file that exists. */
  private async fillFingerprints(runs: Array<{ run: SarifRun; records: ResultRecord[] }>, counts: MergeSummary['fingerprints']): Promise<void> {
    const read = this.options.readSource ?? readSourceFile;
    const texts = new Map<string, Promise<string | undefined>>();
    const cached: SourceReader = (file) => {
      let text = texts.get(file);
      if (!text) {
        text = Promise.resolve(read(file));
        texts.set(file, text);
      }
      return text;
    };
    const folders = new Map<string, boolean>();
    const root = this.options.checkoutRoot;
    const folderExists = (dir: string): boolean => {
      if (dir === root || dir.length <= root.length) return true;
      let known = folders.get(dir);
      if (known === undefined) {
        known = folderExists(path.dirname(dir)) && fs.existsSync(dir);
        folders.set(dir, known);
      }
      return known;
    };
    // Results name the same few files over and over: each URI is resolved once.
    const resolvedUris = new Map<string, string | undefined>();
    const resolve = (uri: string) => {
      let file = resolvedUris.get(uri);
      if (file !== undefined || resolvedUris.has(uri)) return file;
      // A plain relative path (the usual URI) is the file under the checkout as it is written;
      // anything else is resolved the full way (decoding, file://, climbing out).
      if (path.sep === '/' && root.length > 1 && PLAIN_RELATIVE.test(uri) && !DOT_SEGMENT.test(uri)) file = `${root}/${uri}`;
      else {
        const resolved = resolveArtifactFile({ uri }, [], root);
        file = 'file' in resolved ? resolved.file : undefined;
      }
      resolvedUris.set(uri, file);
      return file;
    };
    for (const { run, records } of runs) {
      // Records that lack a line hash, and the file each names (lists side by side: no Map keyed
      // by 25,000 record objects).
      let hashed = 0;
      const candidates: ResultRecord[] = [];
      const candidateFiles: string[] = [];
      for (const r of records) {
        if (r.hasLineHash) {
          hashed++;
          continue;
        }
        const uri = r.sourceUri;
        const file = uri === undefined ? undefined : resolve(uri);
        if (file === undefined) continue;
        candidates.push(r);
        candidateFiles.push(file);
      }
      counts.kept += hashed;
      counts.skipped += records.length - hashed - candidates.length;
      const present = new Set<string>();
      // On disk, a file that is not there is ruled out without a failed read (a thrown error each),
      // and a whole folder that is not there at once.
      const mayExist = this.options.readSource ? () => true : (file: string) => folderExists(path.dirname(file)) && fs.existsSync(file);
      await Promise.all([...new Set(candidateFiles)].filter(mayExist).map(async (file) => ((await cached(file)) !== undefined ? present.add(file) : undefined)));
      const chosen = candidates.filter((_, i) => present.has(candidateFiles[i]!));
      counts.skipped += candidates.length - chosen.length;
      if (chosen.length === 0) continue;
      const results = chosen.map(recordObject);
      const summary = await addFingerprints({ version: '2.1.0', runs: [{ tool: run.tool, artifacts: run.artifacts ?? [], results }] }, this.options.checkoutRoot, cached);
      counts.added += summary.added;
      counts.skipped += summary.skipped.length;
      chosen.forEach((record, i) => {
        const result = results[i]!;
        if (!result.partialFingerprints?.primaryLocationLineHash) return;
        setText(record, result);
        record.hasLineHash = true;
      });
    }
  }
}

/**
 * Gives a rule (or notification) descriptor the texts GitHub shows with each alert where the tool
 * left them out (sarif-multitool's GH2012 requires all three): short and full description from
 * each other or the help, help from the description. True when anything was added.
 */
function fillHelp(descriptor: SarifRule, tool: string, limits: SarifLimits): boolean {
  const short = descriptor.shortDescription?.text;
  const full = descriptor.fullDescription?.text;
  const help = descriptor.help?.text;
  if (short && full && help) return false;
  const any = short || full || help || `${tool} reported this under ${descriptor.id}; it gave no description.`;
  if (!short) descriptor.shortDescription = { ...descriptor.shortDescription, text: truncateText(full || any, limits.ruleDescriptionChars) };
  if (!full) descriptor.fullDescription = { ...descriptor.fullDescription, text: truncateText(short || any, limits.ruleDescriptionChars) };
  if (!help) {
    const markdown = descriptor.fullDescription!.markdown || descriptor.shortDescription!.markdown;
    descriptor.help = { ...descriptor.help, text: full || short || any, ...(markdown && !descriptor.help?.markdown ? { markdown } : {}) };
  }
  return true;
}

/** A relative path of plain characters, no empty segment (see DOT_SEGMENT for the rest). */
const PLAIN_RELATIVE = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(?:\/[A-Za-z0-9_.~-]+)*$/;
/** A "." or ".." segment, which path.resolve would fold. */
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function setText(record: ResultRecord, result: SarifResult): void {
  record.text = JSON.stringify(result);
  record.object = undefined;
}

/**
 * The text around the results: the log's head and each run's skeleton, with `"results":[` where
 * its results go. Runs come last in the log, results last in each run.
 */
function glueOf(runs: readonly SarifRun[]): Buffer[] {
  const head = `{"$schema":${JSON.stringify(SARIF_SCHEMA_URI)},"version":"2.1.0","runs":[`;
  const opens = runs.map((run, r) => {
    const { results: _results, ...skeleton } = run;
    const text = JSON.stringify(skeleton);
    const body = text.slice(0, -1);
    return `${r === 0 ? '' : ','}${body}${body === '{' ? '' : ','}"results":[`;
  });
  if (runs.length === 0) return [Buffer.from(`${head}]}\n`)];
  const glue = [Buffer.from(head + opens[0])];
  for (let r = 1; r < runs.length; r++) glue.push(Buffer.from(`\n]}${opens[r]}`));
  glue.push(Buffer.from('\n]}]}\n'));
  return glue;
}

/**
 * Merges the SARIF files the patterns match (globs, `!` to exclude, as in the `sarif-files`
 * input), several at once on worker threads when they are large (SarifMerger.addFiles), after
 * `logs` (objects the caller built, e.g. the scanners' runs). Broken files are reported in
 * `problems` and left out.
 */
export async function mergeSarifFiles(
  patterns: readonly string[],
  options: MergeOptions & { cwd?: string; logs?: ReadonlyArray<{ name: string; log: SarifLog }> },
): Promise<MergeOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const found = await findFiles(patterns, cwd);
  const merger = new SarifMerger(options);
  merger.problems.push(...found.unmatched.map((p) => unmatchedPattern(p)));
  for (const { name, log } of options.logs ?? []) merger.addLog(log, name);
  await merger.addFiles(found.files.map((file) => ({ path: file, name: path.relative(cwd, file) || file })));
  return { merged: await merger.finish(), problems: merger.problems };
}

/** Merges log objects (the caller's, not changed), e.g. runs built by the scanners plus ingested CodeQL logs. */
export async function mergeSarifLogs(logs: ReadonlyArray<{ name: string; log: SarifLog }>, options: MergeOptions): Promise<MergeOutcome> {
  const merger = new SarifMerger(options);
  for (const { name, log } of logs) merger.addLog(log, name);
  return { merged: await merger.finish(), problems: merger.problems };
}
