import type { SarifResult } from './types';

/**
 * Index references in SARIF, and how they move when runs are combined. A result names its rule by
 * `ruleIndex` and `rule: { index, toolComponent: { index } }`, its CWE by `taxa[]`, its files by
 * `artifactLocation.index`, and so on, all positions in tables of its run. When runs of one tool
 * and category become one run, their tables are merged (merge-run.ts) and each reference of a
 * later run is rewritten here through the maps from old position to new.
 */

/** Tables of a run that results refer to by position, merged element by element. */
export const INDEXED_TABLES = ['artifacts', 'logicalLocations', 'threadFlowLocations', 'addresses', 'webRequests', 'webResponses'] as const;
export type IndexedTable = (typeof INDEXED_TABLES)[number];

/** Old position → new position; undefined where nothing moves. */
export type IndexMap = Int32Array | undefined;

export interface SourceMapping {
  /** Nothing moves: results of this source are reused as they are. */
  identity: boolean;
  driverRules: IndexMap;
  driverNotifications: IndexMap;
  /** Old position in tool.extensions → new. */
  extensions: IndexMap;
  /** Per old extension: its rules, its notifications. */
  extensionRules: IndexMap[];
  extensionNotifications: IndexMap[];
  /** Old position in run.taxonomies → new, and per old taxonomy its taxa. */
  taxonomies: IndexMap;
  taxonomyTaxa: IndexMap[];
  /** Names and guids of the source's extensions and taxonomies (references may use them instead of an index). */
  extensionByName: Map<string, number>;
  taxonomyByName: Map<string, number>;
  tables: Partial<Record<IndexedTable, IndexMap>>;
}

export function identityMapping(): SourceMapping {
  return {
    identity: true,
    driverRules: undefined,
    driverNotifications: undefined,
    extensions: undefined,
    extensionRules: [],
    extensionNotifications: [],
    taxonomies: undefined,
    taxonomyTaxa: [],
    extensionByName: new Map(),
    taxonomyByName: new Map(),
    tables: {},
  };
}

function mapped(map: IndexMap, index: number): number {
  return map !== undefined && index >= 0 && index < map.length ? map[index]! : index;
}

type Ref = { index?: number; id?: string; toolComponent?: { index?: number; name?: string; guid?: string } };

/** The source's position of the component a reference names (by index, guid or name); -1 for the driver. */
function componentOf(ref: Ref, byName: Map<string, number>): number {
  const component = ref.toolComponent;
  if (!component) return -1;
  if (typeof component.index === 'number') return component.index;
  const named = (component.guid && byName.get(component.guid)) ?? (component.name && byName.get(component.name));
  return typeof named === 'number' ? named : -1;
}

/** A reference to a rule or notification descriptor (result.rule, notification.associatedRule/descriptor). */
function remapDescriptorRef(ref: Ref, m: SourceMapping, kind: 'rules' | 'notifications'): void {
  const component = componentOf(ref, m.extensionByName);
  const map = component === -1 ? (kind === 'rules' ? m.driverRules : m.driverNotifications) : (kind === 'rules' ? m.extensionRules : m.extensionNotifications)[component];
  if (typeof ref.index === 'number') ref.index = mapped(map, ref.index);
  if (component !== -1 && typeof ref.toolComponent?.index === 'number') ref.toolComponent.index = mapped(m.extensions, ref.toolComponent.index);
}

/** A reference to a taxon (result.taxa[], threadFlowLocation.taxa[]). */
function remapTaxonRef(ref: Ref, m: SourceMapping): void {
  const taxonomy = componentOf(ref, m.taxonomyByName);
  if (taxonomy === -1) return;
  if (typeof ref.index === 'number') ref.index = mapped(m.taxonomyTaxa[taxonomy], ref.index);
  if (typeof ref.toolComponent?.index === 'number') ref.toolComponent.index = mapped(m.taxonomies, ref.toolComponent.index);
}

function remapIndexed(node: unknown, map: IndexMap, parent = false): void {
  if (typeof node !== 'object' || node === null || map === undefined) return;
  const record = node as { index?: unknown; parentIndex?: unknown };
  if (typeof record.index === 'number') record.index = mapped(map, record.index);
  if (parent && typeof record.parentIndex === 'number') record.parentIndex = mapped(map, record.parentIndex);
}

/** Rewrites every index reference below `node` (a result, an invocation, a rule) in place. */
export function remapReferences(node: unknown, m: SourceMapping): void {
  if (m.identity) return;
  const visit = (value: unknown, key: string | undefined): void => {
    if (Array.isArray(value)) {
      if (key === 'taxa') for (const ref of value) if (typeof ref === 'object' && ref !== null) remapTaxonRef(ref as Ref, m);
      if (key === 'logicalLocations') for (const item of value) remapIndexed(item, m.tables.logicalLocations, true);
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item, undefined);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const k in record) {
      const child = record[k];
      if (typeof child !== 'object' || child === null) continue;
      switch (k) {
        case 'artifactLocation':
        case 'analysisTarget':
          remapIndexed(child, m.tables.artifacts);
          continue; // an artifactLocation holds nothing else with an index
        case 'address':
          remapIndexed(child, m.tables.addresses, true);
          break;
        case 'webRequest':
          remapIndexed(child, m.tables.webRequests);
          break;
        case 'webResponse':
          remapIndexed(child, m.tables.webResponses);
          break;
        case 'associatedRule':
          remapDescriptorRef(child as Ref, m, 'rules');
          continue;
        case 'descriptor':
          remapDescriptorRef(child as Ref, m, 'notifications');
          continue;
        case 'threadFlows':
          // A thread flow's steps may refer to run.threadFlowLocations by index.
          for (const thread of child as unknown[]) {
            for (const step of (thread as { locations?: unknown[] })?.locations ?? []) remapIndexed(step, m.tables.threadFlowLocations);
          }
          break;
        case 'message':
        case 'properties':
        case 'partialFingerprints':
        case 'fingerprints':
          continue;
      }
      visit(child, k);
    }
  };
  visit(node, undefined);
}

/** Rewrites a result's references, its rule first (ruleIndex and rule name the same descriptor). */
export function remapResult(result: SarifResult, m: SourceMapping): void {
  if (m.identity) return;
  const ref = (result.rule ?? {}) as Ref;
  const component = componentOf(ref, m.extensionByName);
  const rules = component === -1 ? m.driverRules : m.extensionRules[component];
  if (typeof result.ruleIndex === 'number') result.ruleIndex = mapped(rules, result.ruleIndex);
  if (result.rule) remapDescriptorRef(result.rule as Ref, m, 'rules');
  const { rule, ruleIndex, ...rest } = result;
  void rule;
  void ruleIndex;
  remapReferences(rest, m);
}
