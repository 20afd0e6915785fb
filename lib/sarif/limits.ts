import type { Severity } from '../severity';
import { GITHUB_LIMITS, truncateText } from './github-limits';
import type { SarifMultiformatMessageString, SarifResult, SarifRule } from './types';
import { countText } from './count-text';

/**
 * GitHub's upload limits applied client-side (docs: "SARIF support for code scanning", upload
 * limits), each cut said in a sentence so a user knows what GitHub will not show and why. This
 * file holds the limits that apply to one result or one rule and the summary they feed; the
 * run, file and size limits are applied where the merged log is assembled (merge.ts, gzip-fit.ts).
 */

/** The limits as parameters, GitHub's by default; tests pass smaller ones. */
export type SarifLimits = { -readonly [K in keyof typeof GITHUB_LIMITS]: number };

export function sarifLimits(overrides: Partial<SarifLimits> = {}): SarifLimits {
  return { ...GITHUB_LIMITS, ...overrides };
}

export type LimitName =
  | 'runsPerFile'
  | 'resultsPerRun'
  | 'rulesPerRun'
  | 'toolExtensionsPerRun'
  | 'locationsPerResult'
  | 'threadFlowLocationsPerResult'
  | 'tagsPerRule'
  | 'ruleNameChars'
  | 'ruleDescriptionChars'
  | 'gzippedBytes';

/** One limit that was exceeded, what was cut, and why, as one sentence. */
export interface LimitCut {
  limit: LimitName;
  /** The run it concerns (`"CodeQL" in category "/language:python"`), when it concerns one. */
  run?: string;
  /** How many things were removed or shortened. */
  removed: number;
  /** Removed results by severity, for cuts that drop results. */
  bySeverity?: Partial<Record<Severity, number>>;
  message: string;
}

/** Counts per-result and per-rule trimming across a whole merge, to report once per limit. */
export interface TrimTally {
  locationResults: number;
  locationsRemoved: number;
  threadFlowResults: number;
  threadFlowLocationsRemoved: number;
  tagRules: number;
  tagsRemoved: number;
  ruleNames: number;
  ruleDescriptions: number;
}

export function emptyTally(): TrimTally {
  return { locationResults: 0, locationsRemoved: 0, threadFlowResults: 0, threadFlowLocationsRemoved: 0, tagRules: 0, tagsRemoved: 0, ruleNames: 0, ruleDescriptions: 0 };
}

/**
 * Cuts one result to GitHub's per-result limits, in place (callers pass their own copy): the
 * first `locationsPerResult` locations are kept (GitHub shows the first 100); thread flows keep
 * their steps in order until the result's budget of `threadFlowLocationsPerResult` is spent, and a
 * flow that must be shortened keeps its first steps and its last one, so the path still ends at
 * the sink. True when the result changed.
 */
export function trimResult(result: SarifResult, limits: SarifLimits, tally: TrimTally): boolean {
  let changed = false;
  const locations = result.locations;
  if (Array.isArray(locations) && locations.length > limits.locationsPerResult) {
    tally.locationResults++;
    tally.locationsRemoved += locations.length - limits.locationsPerResult;
    result.locations = locations.slice(0, limits.locationsPerResult);
    changed = true;
  }
  const flows = result.codeFlows;
  if (Array.isArray(flows)) {
    let total = 0;
    for (const flow of flows) for (const thread of flow?.threadFlows ?? []) total += thread?.locations?.length ?? 0;
    if (total > limits.threadFlowLocationsPerResult) {
      let budget = limits.threadFlowLocationsPerResult;
      const keptFlows = [];
      for (const flow of flows) {
        const keptThreads = [];
        for (const thread of flow.threadFlows ?? []) {
          const steps = thread.locations ?? [];
          if (budget <= 0) continue;
          if (steps.length <= budget) {
            keptThreads.push(thread);
            budget -= steps.length;
          } else {
            const kept = budget === 1 ? [steps[steps.length - 1]!] : [...steps.slice(0, budget - 1), steps[steps.length - 1]!];
            keptThreads.push({ ...thread, locations: kept });
            budget = 0;
          }
        }
        // SARIF requires at least one thread flow per code flow.
        if (keptThreads.length > 0) keptFlows.push({ ...flow, threadFlows: keptThreads });
      }
      tally.threadFlowResults++;
      tally.threadFlowLocationsRemoved += total - limits.threadFlowLocationsPerResult;
      result.codeFlows = keptFlows;
      changed = true;
    }
  }
  return changed;
}

function shortenMessage(message: SarifMultiformatMessageString | undefined, max: number): boolean {
  if (!message) return false;
  let changed = false;
  if (typeof message.text === 'string' && message.text.length > max) {
    message.text = truncateText(message.text, max);
    changed = true;
  }
  if (typeof message.markdown === 'string' && message.markdown.length > max) {
    message.markdown = truncateText(message.markdown, max);
    changed = true;
  }
  return changed;
}

/**
 * A rule within GitHub's text limits, in place: name ≤ ruleNameChars, short and full description
 * ≤ ruleDescriptionChars (text and Markdown), at most tagsPerRule tags (the first ones; GitHub shows
 * the first 10).
 */
export function trimRule(rule: SarifRule, limits: SarifLimits, tally: TrimTally): void {
  if (typeof rule.name === 'string' && rule.name.length > limits.ruleNameChars) {
    rule.name = truncateText(rule.name, limits.ruleNameChars);
    tally.ruleNames++;
  }
  const shortened = [shortenMessage(rule.shortDescription, limits.ruleDescriptionChars), shortenMessage(rule.fullDescription, limits.ruleDescriptionChars)];
  tally.ruleDescriptions += shortened.filter(Boolean).length;
  const tags = rule.properties?.tags;
  if (Array.isArray(tags) && tags.length > limits.tagsPerRule) {
    tally.tagRules++;
    tally.tagsRemoved += tags.length - limits.tagsPerRule;
    rule.properties = { ...rule.properties, tags: tags.slice(0, limits.tagsPerRule) };
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${countText(n)} ${n === 1 ? one : many}`;

/** The tally as cut sentences, one per limit that was exceeded. */
export function tallyCuts(tally: TrimTally, limits: SarifLimits): LimitCut[] {
  const cuts: LimitCut[] = [];
  const n = countText;
  if (tally.locationResults > 0) {
    cuts.push({
      limit: 'locationsPerResult',
      removed: tally.locationsRemoved,
      message: `${plural(tally.locationResults, 'result')} had more than ${n(limits.locationsPerResult)} locations, GitHub's limit per result: kept the first ${n(limits.locationsPerResult)} of each, ${plural(tally.locationsRemoved, 'location')} dropped.`,
    });
  }
  if (tally.threadFlowResults > 0) {
    cuts.push({
      limit: 'threadFlowLocationsPerResult',
      removed: tally.threadFlowLocationsRemoved,
      message: `${plural(tally.threadFlowResults, 'result')} had more than ${n(limits.threadFlowLocationsPerResult)} thread-flow locations, GitHub's limit per result: kept the first steps of each path and its last one, ${plural(tally.threadFlowLocationsRemoved, 'step')} dropped.`,
    });
  }
  if (tally.tagRules > 0) {
    cuts.push({
      limit: 'tagsPerRule',
      removed: tally.tagsRemoved,
      message: `${plural(tally.tagRules, 'rule')} had more than ${n(limits.tagsPerRule)} tags, GitHub's limit: kept the first ${n(limits.tagsPerRule)}, ${plural(tally.tagsRemoved, 'tag')} dropped.`,
    });
  }
  if (tally.ruleNames > 0) {
    cuts.push({
      limit: 'ruleNameChars',
      removed: tally.ruleNames,
      message: `${plural(tally.ruleNames, 'rule name')} longer than ${n(limits.ruleNameChars)} characters, GitHub's limit, shortened.`,
    });
  }
  if (tally.ruleDescriptions > 0) {
    cuts.push({
      limit: 'ruleDescriptionChars',
      removed: tally.ruleDescriptions,
      message: `${plural(tally.ruleDescriptions, 'rule description')} longer than ${n(limits.ruleDescriptionChars)} characters, GitHub's limit, shortened.`,
    });
  }
  return cuts;
}

/** "12 critical, 3 low" from counts, most severe first. */
export function describeSeverities(counts: Partial<Record<Severity, number>>): string {
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'note'];
  return order
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => `${countText(counts[s]!)} ${s}`)
    .join(', ');
}
