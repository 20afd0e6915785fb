import { canonicalJson } from './canonical-json';
import { INDEXED_TABLES, identityMapping, remapReferences, type IndexMap, type IndexedTable, type SourceMapping } from './remap';
import type { SarifRule, SarifRun, SarifToolComponent } from './types';

/**
 * Combines runs of one tool and category into one run, as GitHub wants them (one analysis per
 * tool and category; two such runs in one upload are refused since July 2025). The first run is
 * the base; each later run's rules are merged by id (per tool component: the driver, and
 * extensions matched by guid or name), taxonomies by guid or name and their taxa by id, and its
 * tables (artifacts by location, logical locations, …) by content, so no table holds the same
 * entry twice, which the schema forbids. Each later run gets a SourceMapping, old position → new,
 * for its results' references; when nothing moves, its results are reused untouched.
 *
 * Only the skeletons (runs without results) pass through here; results are the caller's.
 */

interface ComponentState {
  component: SarifToolComponent;
  rules: Map<string, number>;
  notifications: Map<string, number>;
  taxa: Map<string, number>;
}

type DescriptorKind = 'rules' | 'notifications' | 'taxa';

function stateOf(component: SarifToolComponent): ComponentState {
  const index = (list: SarifRule[] | undefined) => {
    const map = new Map<string, number>();
    (list ?? []).forEach((d, i) => {
      if (d && typeof d.id === 'string' && !map.has(d.id)) map.set(d.id, i);
    });
    return map;
  };
  return { component, rules: index(component.rules), notifications: index(component.notifications), taxa: index(component.taxa) };
}

function componentKey(component: SarifToolComponent): string {
  return component.guid ?? component.name;
}

/** A map that moves nothing is no map. */
function orIdentity(map: Int32Array): IndexMap {
  for (let i = 0; i < map.length; i++) if (map[i] !== i) return map;
  return undefined;
}

/**
 * Keys of a table's entries: artifacts by where they are (URI and base, not the location's own
 * `index`, which is just its position), everything else by content.
 */
function tableKey(table: IndexedTable, entry: unknown): string {
  if (table === 'artifacts' && typeof entry === 'object' && entry !== null && 'location' in entry) {
    const { index: _index, ...location } = ((entry as { location?: Record<string, unknown> }).location ?? {}) as Record<string, unknown>;
    return canonicalJson(location);
  }
  return canonicalJson(entry);
}

/** Run properties that are merged as sets of distinct entries (no index refers to them). */
const SET_PROPERTIES = ['versionControlProvenance', 'graphs', 'policies', 'translations', 'runAggregates'] as const;

export class RunCombiner {
  readonly run: SarifRun;
  /** Sentences about what could not be combined cleanly (conflicting base URIs). */
  readonly notes: string[] = [];
  private readonly driver: ComponentState;
  private readonly extensions: ComponentState[];
  private readonly extensionKeys = new Map<string, number>();
  private readonly taxonomies: ComponentState[];
  private readonly taxonomyKeys = new Map<string, number>();
  private readonly tableKeys: Partial<Record<IndexedTable, Map<string, number>>> = {};
  private sources = 1;

  /**
   * Takes `first` over (the merge's own copy: ingest parsed it, or cloned a caller's log) and
   * changes it; later runs are only read.
   */
  constructor(first: SarifRun) {
    const { results: _results, ...skeleton } = first;
    this.run = skeleton as SarifRun;
    this.driver = stateOf(this.run.tool.driver);
    this.extensions = (this.run.tool.extensions ?? []).map(stateOf);
    this.extensions.forEach((s, i) => this.extensionKeys.set(componentKey(s.component), i));
    this.taxonomies = (this.run.taxonomies ?? []).map(stateOf);
    this.taxonomies.forEach((s, i) => this.taxonomyKeys.set(componentKey(s.component), i));
  }

  /** How many runs were combined into this one. */
  get sourceCount(): number {
    return this.sources;
  }

  /** Merges a later run's tables into this run; returns how its results' references move. */
  add(source: SarifRun): SourceMapping {
    this.sources++;
    const m = identityMapping();
    (source.tool.extensions ?? []).forEach((e, i) => {
      m.extensionByName.set(e.name, i);
      if (e.guid) m.extensionByName.set(e.guid, i);
    });
    (source.taxonomies ?? []).forEach((t, i) => {
      m.taxonomyByName.set(t.name, i);
      if (t.guid) m.taxonomyByName.set(t.guid, i);
    });

    // Taxonomies first: rules appended below may point at taxa through their relationships.
    const taxonomyMap = new Int32Array((source.taxonomies ?? []).length);
    (source.taxonomies ?? []).forEach((taxonomy, i) => {
      const { index, state } = this.componentFor(taxonomy, this.taxonomies, this.taxonomyKeys, (this.run.taxonomies ??= []));
      taxonomyMap[i] = index;
      m.taxonomyTaxa[i] = this.mergeDescriptors(state, 'taxa', taxonomy.taxa, m);
    });
    m.taxonomies = orIdentity(taxonomyMap);

    const extensionMap = new Int32Array((source.tool.extensions ?? []).length);
    (source.tool.extensions ?? []).forEach((extension, i) => {
      const { index, state } = this.componentFor(extension, this.extensions, this.extensionKeys, (this.run.tool.extensions ??= []));
      extensionMap[i] = index;
      m.extensionRules[i] = this.mergeDescriptors(state, 'rules', extension.rules, m);
      m.extensionNotifications[i] = this.mergeDescriptors(state, 'notifications', extension.notifications, m);
    });
    m.extensions = orIdentity(extensionMap);
    m.driverRules = this.mergeDescriptors(this.driver, 'rules', source.tool.driver.rules, m);
    m.driverNotifications = this.mergeDescriptors(this.driver, 'notifications', source.tool.driver.notifications, m);

    for (const table of INDEXED_TABLES) m.tables[table] = this.mergeTable(table, source[table] as unknown[] | undefined);

    m.identity =
      m.taxonomies === undefined &&
      m.extensions === undefined &&
      m.driverRules === undefined &&
      m.driverNotifications === undefined &&
      m.extensionRules.every((x) => x === undefined) &&
      m.extensionNotifications.every((x) => x === undefined) &&
      m.taxonomyTaxa.every((x) => x === undefined) &&
      INDEXED_TABLES.every((t) => m.tables[t] === undefined);

    this.mergeRest(source, m);
    return m;
  }

  private componentFor(
    component: SarifToolComponent,
    states: ComponentState[],
    keys: Map<string, number>,
    list: SarifToolComponent[],
  ): { index: number; state: ComponentState } {
    const key = componentKey(component);
    const existing = keys.get(key);
    if (existing !== undefined) return { index: existing, state: states[existing]! };
    // A new component: its descriptors are appended one by one below, so start it empty.
    const { rules: _r, notifications: _n, taxa: _t, ...rest } = component;
    const copy = structuredClone(rest) as SarifToolComponent;
    list.push(copy);
    const state = stateOf(copy);
    states.push(state);
    keys.set(key, list.length - 1);
    return { index: list.length - 1, state };
  }

  /** Appends the descriptors the component lacks (by id); maps every source position to its new one. */
  private mergeDescriptors(state: ComponentState, kind: DescriptorKind, descriptors: SarifRule[] | undefined, m: SourceMapping): IndexMap {
    const list = descriptors ?? [];
    if (list.length === 0) return undefined;
    const target = (state.component[kind] ??= []);
    const byId = state[kind];
    const map = new Int32Array(list.length);
    list.forEach((descriptor, i) => {
      const existing = byId.get(descriptor.id);
      if (existing !== undefined) {
        map[i] = existing;
        return;
      }
      const copy = structuredClone(descriptor);
      // Its relationships may name taxa of the source's taxonomies by position.
      for (const relationship of copy.relationships ?? []) remapReferences({ taxa: [relationship.target] }, { ...m, identity: false });
      byId.set(copy.id, target.length);
      map[i] = target.length;
      target.push(copy);
    });
    return orIdentity(map);
  }

  private mergeTable(table: IndexedTable, entries: unknown[] | undefined): IndexMap {
    if (!entries || entries.length === 0) return undefined;
    const target = ((this.run as unknown as Record<string, unknown>)[table] ??= []) as unknown[];
    let keys = this.tableKeys[table];
    if (!keys) {
      keys = new Map();
      target.forEach((entry, i) => {
        const key = tableKey(table, entry);
        if (!keys!.has(key)) keys!.set(key, i);
      });
      this.tableKeys[table] = keys;
    }
    const map = new Int32Array(entries.length);
    entries.forEach((entry, i) => {
      const key = tableKey(table, entry);
      const existing = keys.get(key);
      if (existing !== undefined) {
        map[i] = existing;
        return;
      }
      const copy = structuredClone(entry) as { parentIndex?: number; index?: number; location?: { index?: number } };
      // Parents come before their children in these tables, so a parent's new position is known.
      if (typeof copy.parentIndex === 'number' && copy.parentIndex < i) copy.parentIndex = map[copy.parentIndex]!;
      // An entry that states its own position (artifact.location.index, logicalLocation.index) moves with it.
      if (typeof copy.location?.index === 'number') copy.location.index = target.length;
      if (table !== 'artifacts' && typeof copy.index === 'number') copy.index = target.length;
      keys.set(key, target.length);
      map[i] = target.length;
      target.push(copy);
    });
    return orIdentity(map);
  }

  /** Invocations are appended; base URIs, provenance and other properties the first run lacks are added. */
  private mergeRest(source: SarifRun, m: SourceMapping): void {
    if (source.invocations?.length) {
      const invocations = structuredClone(source.invocations);
      for (const invocation of invocations) remapReferences(invocation, m);
      (this.run.invocations ??= []).push(...invocations);
    }
    for (const [name, base] of Object.entries(source.originalUriBaseIds ?? {})) {
      const bases = (this.run.originalUriBaseIds ??= {});
      const existing = bases[name];
      if (!existing) bases[name] = structuredClone(base);
      else if (canonicalJson(existing) !== canonicalJson(base)) {
        this.notes.push(`uriBaseId ${name} means ${JSON.stringify(base.uri)} in one run and ${JSON.stringify(existing.uri)} in another; the first is kept`);
      }
    }
    for (const property of SET_PROPERTIES) {
      const extra = source[property] as unknown[] | undefined;
      if (!extra?.length) continue;
      const target = ((this.run as unknown as Record<string, unknown>)[property] ??= []) as unknown[];
      const seen = new Set(target.map(canonicalJson));
      for (const entry of extra) {
        const key = canonicalJson(entry);
        if (!seen.has(key)) {
          seen.add(key);
          target.push(structuredClone(entry));
        }
      }
    }
    const handled = new Set<string>(['tool', 'results', 'invocations', 'originalUriBaseIds', 'taxonomies', 'automationDetails', ...INDEXED_TABLES, ...SET_PROPERTIES]);
    for (const [key, value] of Object.entries(source)) {
      if (handled.has(key) || value === undefined) continue;
      const run = this.run as unknown as Record<string, unknown>;
      if (run[key] === undefined) run[key] = structuredClone(value);
    }
  }
}
