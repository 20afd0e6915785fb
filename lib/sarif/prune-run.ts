import { identityMapping, type SourceMapping } from './remap';
import type { ResultRecord } from './result-record';
import type { SarifRule, SarifRun, SarifToolComponent } from './types';

/**
 * GitHub's limits on a run's tables: 25,000 rules (driver and extensions together) and 100 tool
 * extensions. Over a limit, what no result uses goes first; rules are kept in their order, so
 * positions move, and the returned mapping (old position → new, within this run) must be applied
 * to every result and invocation. Only when the rules that results use are themselves too many
 * are results dropped: all results of the least severe rules, reported as such.
 */

export interface PruneOutcome {
  mapping: SourceMapping;
  /** Rules removed because no result used them; rules removed with their results. */
  unusedRulesRemoved: number;
  usedRulesRemoved: number;
  /** Rule ids whose results must go. */
  droppedRuleIds: Set<string>;
  extensionsRemoved: number;
  /** Extensions still over the limit, all in use: GitHub will refuse the run. */
  extensionsOver: number;
}

function ruleCount(run: SarifRun): number {
  return (run.tool.driver.rules?.length ?? 0) + (run.tool.extensions ?? []).reduce((n, e) => n + (e.rules?.length ?? 0), 0);
}

/** Old position → new in a list filtered by `keep`; -1 for removed entries. */
function filterWithMap<T>(list: T[], keep: (item: T, i: number) => boolean): { kept: T[]; map: Int32Array } {
  const map = new Int32Array(list.length);
  const kept: T[] = [];
  list.forEach((item, i) => {
    if (keep(item, i)) {
      map[i] = kept.length;
      kept.push(item);
    } else map[i] = -1;
  });
  return { kept, map };
}

export function pruneRun(run: SarifRun, records: readonly ResultRecord[], limits: { rulesPerRun: number; toolExtensionsPerRun: number }): PruneOutcome | undefined {
  const extensions = run.tool.extensions ?? [];
  const rulesOver = ruleCount(run) > limits.rulesPerRun;
  const extensionsOver = extensions.length > limits.toolExtensionsPerRun;
  if (!rulesOver && !extensionsOver) return undefined;

  const used = new Set<string>();
  const bestRank = new Map<string, number>();
  for (const r of records) {
    used.add(r.ruleId);
    bestRank.set(r.ruleId, Math.max(bestRank.get(r.ruleId) ?? -1, r.rank));
  }
  const outcome: PruneOutcome = {
    mapping: { ...identityMapping(), identity: false },
    unusedRulesRemoved: 0,
    usedRulesRemoved: 0,
    droppedRuleIds: new Set(),
    extensionsRemoved: 0,
    extensionsOver: 0,
  };

  // Extensions no result uses a rule of.
  const componentUsed = (c: SarifToolComponent) => (c.rules ?? []).some((rule) => used.has(rule.id));
  if (extensionsOver) {
    let spare = extensions.length - limits.toolExtensionsPerRun;
    const { kept, map } = filterWithMap(extensions, (e) => {
      if (spare > 0 && !componentUsed(e)) {
        spare--;
        return false;
      }
      return true;
    });
    outcome.extensionsRemoved = extensions.length - kept.length;
    outcome.extensionsOver = Math.max(0, kept.length - limits.toolExtensionsPerRun);
    run.tool.extensions = kept;
    outcome.mapping.extensions = map;
  }

  const components: SarifToolComponent[] = [run.tool.driver, ...(run.tool.extensions ?? [])];
  const removeRules = (shouldGo: (rule: SarifRule) => boolean, max: number): number => {
    let removed = 0;
    for (const component of components) {
      if (!component.rules) continue;
      component.rules = component.rules.filter((rule) => {
        if (removed < max && shouldGo(rule)) {
          removed++;
          return false;
        }
        return true;
      });
    }
    return removed;
  };

  // Rules in their positions before pruning, to build the maps afterwards.
  const before = components.map((c) => [...(c.rules ?? [])]);
  if (rulesOver) {
    outcome.unusedRulesRemoved = removeRules((rule) => !used.has(rule.id), ruleCount(run) - limits.rulesPerRun);
    const over = ruleCount(run) - limits.rulesPerRun;
    if (over > 0) {
      // Every remaining rule is in use: the least severe go, with their results.
      const byRank = [...new Set(components.flatMap((c) => (c.rules ?? []).map((rule) => rule.id)))].sort((a, b) => (bestRank.get(a) ?? -1) - (bestRank.get(b) ?? -1));
      for (const id of byRank.slice(0, over)) outcome.droppedRuleIds.add(id);
      outcome.usedRulesRemoved = removeRules((rule) => outcome.droppedRuleIds.has(rule.id), over);
    }
  }
  const maps = components.map((c, i) => {
    const positions = new Map((c.rules ?? []).map((rule, k) => [rule, k]));
    return Int32Array.from(before[i]!, (rule) => positions.get(rule) ?? -1);
  });
  outcome.mapping.driverRules = maps[0];
  // extensionRules is indexed by the extension's position before pruning.
  const extensionMap = outcome.mapping.extensions;
  outcome.mapping.extensionRules = extensions.map((_, old) => {
    const now = extensionMap ? extensionMap[old]! : old;
    return now === -1 ? undefined : maps[now + 1];
  });
  return outcome;
}
