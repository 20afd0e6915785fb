import addFormats from 'ajv-formats';
// The same schema file schema-validate.ts compiles with ajv: what this check accepts is read from it.
import sarifSchema from '../../schemas/sarif-2.1.0.schema.json';
import { canonicalJson } from './canonical-json';
import { keysOnMessage, singleFingerprintText, type ResultCounts } from './result-record';
import type { SarifArtifactLocation, SarifLocation, SarifRegion, SarifResult } from './types';

/**
 * A fast check of one result's JSON bytes against the SARIF 2.1.0 schema's `result` definition,
 * without building the result as objects: one pass over the bytes that checks the JSON syntax
 * and the schema's keywords as it goes (types, required and known properties, enums, minimums,
 * formats, unique items), compiled from the same schema file ajv reads. The pass also captures
 * where the values the merge's facts are made of sit (SLOTS; scannedResult reads them), and marks
 * what would make ingestion change the result (a URI to rebase, an artifact index). ResultScans
 * runs it while json-scan.ts lays a file out, so a file's bytes are walked once; checkLog holds
 * the log around the results (its skeleton) to the schema the same way.
 *
 * It only ever vouches: `checkResult` returns what it saw when the result is certainly valid
 * JSON and certainly valid against the schema, and undefined otherwise, also for anything it does
 * not handle itself (an escaped key, a repeated key, a keyword it does not know, two items of an
 * array that must be unique …). The caller then parses the result and runs the full schema
 * validator, which decides and names the JSON path of each problem. So a broken result is
 * reported exactly as before, and a valid one that is out of the ordinary costs what it did.
 *
 * Why: JSON.parse of every result and ajv on its object tree were most of a large merge's time
 * (200,000 results), and nearly all of those results are only looked at for a few facts (rule,
 * level, location, fingerprint) and then dropped or copied byte for byte.
 */

const T_NULL = 1;
const T_BOOLEAN = 2;
const T_INTEGER = 4;
const T_NUMBER = 8;
const T_STRING = 16;
const T_ARRAY = 32;
const T_OBJECT = 64;
const T_ANY = 127;

const TYPE_BITS: Record<string, number> = {
  null: T_NULL,
  boolean: T_BOOLEAN,
  integer: T_INTEGER,
  number: T_NUMBER | T_INTEGER,
  string: T_STRING,
  array: T_ARRAY,
  object: T_OBJECT,
};

/** Unique items: not required, strings compared as strings, anything else by canonical JSON (as schema-validate.ts does). */
const UNIQUE_NONE = 0;
const UNIQUE_STRINGS = 1;
const UNIQUE_CANONICAL = 2;

export interface Prop {
  /** Position among the node's properties (a bit in the seen masks). */
  bit: number;
  name: string;
  bytes: Uint8Array;
  hash: number;
  node: SchemaNode;
  /** Capture: the value's span (and an array's length, in counts) goes to this slot; -1 for none. */
  slot: number;
}

/** One schema (a definition, or a property's schema) as the check applies it. */
export interface SchemaNode {
  /** It uses something this check does not handle: never vouch for a value it applies to. */
  unsupported: boolean;
  types: number;
  enumStrings: Set<string> | undefined;
  format: ((s: string) => boolean) | undefined;
  pattern: RegExp | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  items: SchemaNode | undefined;
  minItems: number;
  unique: number;
  /** Array lengths are added to the walk's thread-flow step count (threadFlow.locations). */
  countsSteps: boolean;
  /** Properties by key hash: open addressing, `mask + 1` slots. */
  table: Array<Prop | undefined>;
  mask: number;
  propList: Prop[];
  /** Strings made only of these bytes pass `format` without being read (see SAFE_URI_REFERENCE). */
  formatSafe: Uint8Array | undefined;
  /** undefined: any value; false: none; else the schema of other properties' values. */
  additional: SchemaNode | false | undefined;
  requiredLo: number;
  requiredHi: number;
  /** anyOf / oneOf branches that are each a list of required properties, as masks. */
  anyOf: Array<[number, number]> | undefined;
  oneOf: Array<[number, number]> | undefined;
  /** A $ref, resolved once every definition has its node. */
  ref: string | undefined;
  /** Capture (only on the copies CAPTURE makes): the object's key count goes to this slot. */
  countSlot: number;
  /** Capture: the first property not among `props` (its key's span and its value's) goes to these two slots. */
  extraSlot: number;
  /** Capture: an array's first item is held to this node (a copy that captures) instead of `items`. */
  firstItem: SchemaNode | undefined;
  /** Capture: a string that is not made of `formatSafe` bytes marks this slot. */
  unsafeSlot: number;
}

/** Nodes are all of one class (one hidden class), so the walk's property reads stay monomorphic. */
class Node implements SchemaNode {
  unsupported = false;
  types = T_ANY;
  enumStrings: Set<string> | undefined = undefined;
  format: ((s: string) => boolean) | undefined = undefined;
  pattern: RegExp | undefined = undefined;
  minimum: number | undefined = undefined;
  maximum: number | undefined = undefined;
  items: SchemaNode | undefined = undefined;
  minItems = 0;
  unique = UNIQUE_NONE;
  countsSteps = false;
  table: Array<Prop | undefined> = [];
  mask = -1;
  propList: Prop[] = [];
  formatSafe: Uint8Array | undefined = undefined;
  additional: SchemaNode | false | undefined = undefined;
  requiredLo = 0;
  requiredHi = 0;
  anyOf: Array<[number, number]> | undefined = undefined;
  oneOf: Array<[number, number]> | undefined = undefined;
  ref: string | undefined = undefined;
  countSlot = -1;
  extraSlot = -1;
  firstItem: SchemaNode | undefined = undefined;
  unsafeSlot = -1;
}

function emptyNode(): SchemaNode {
  return new Node();
}

/** A copy of a node, of the same class. */
function cloneNode(node: SchemaNode, changes: Partial<SchemaNode> = {}): SchemaNode {
  return Object.assign(new Node(), node, changes);
}

class PropEntry implements Prop {
  constructor(
    public bit: number,
    public name: string,
    public bytes: Uint8Array,
    public hash: number,
    public node: SchemaNode,
    public slot: number,
  ) {}
}

/** FNV-1a over bytes, the hash keys are looked up by (scanned-facts.ts finds rule ids by it too). */
export function hashBytes(bytes: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h | 0;
}

/** ajv-formats' definition of a format (the "full" mode ajv is given), as a predicate. */
function formatCheck(name: string): ((s: string) => boolean) | undefined {
  let def: unknown;
  try {
    def = (addFormats as unknown as { get(name: string, mode: string): unknown }).get(name, 'full');
  } catch {
    return undefined;
  }
  const validate = typeof def === 'object' && def !== null && !(def instanceof RegExp) ? (def as { validate: unknown }).validate : def;
  let test: (s: string) => boolean;
  if (validate instanceof RegExp) test = (s) => validate.test(s);
  else if (typeof validate === 'function') test = validate as (s: string) => boolean;
  else return undefined;
  // Most values repeat (the same file URI in thousands of results): remember the answers.
  const seen = new Map<string, boolean>();
  return (s) => {
    let ok = seen.get(s);
    if (ok === undefined) {
      ok = test(s);
      if (seen.size > 200_000) seen.clear();
      seen.set(s, ok);
    }
    return ok;
  };
}

/**
 * Bytes of which any string is a valid "uri-reference" (a relative path of unreserved characters:
 * ajv-formats' pattern takes it as a path, or after "//" as a host and path), so the common file
 * URIs need no pattern match. Checked against the pattern itself when first used.
 */
const SAFE_URI_REFERENCE = (() => {
  const table = new Uint8Array(256);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/') table[c.charCodeAt(0)] = 1;
  return table;
})();

function safeBytesFor(format: string, check: (s: string) => boolean): Uint8Array | undefined {
  if (format !== 'uri-reference') return undefined;
  const samples = ['', 'a', '/', '//', '///', 'a/b', '/a/b', '//a/b', 'a//b', '.', '..', '../a', './a', '-._~', 'A-Z/0_9.ts', '~/x', 'a/'];
  return samples.every((sample) => check(sample)) ? SAFE_URI_REFERENCE : undefined;
}

const KNOWN_KEYWORDS = new Set([
  'type',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'minItems',
  'uniqueItems',
  'enum',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  '$ref',
  'description',
  'default',
  'title',
]);

/** Required-property branches (`anyOf: [{ required: [...] }, …]`) as masks, or undefined when not of that form. */
function requiredBranches(branches: unknown, props: Map<string, Prop>): Array<[number, number]> | undefined {
  if (!Array.isArray(branches)) return undefined;
  const out: Array<[number, number]> = [];
  for (const branch of branches) {
    if (typeof branch !== 'object' || branch === null) return undefined;
    const keys = Object.keys(branch);
    if (keys.length !== 1 || keys[0] !== 'required' || !Array.isArray((branch as { required: unknown }).required)) return undefined;
    let lo = 0;
    let hi = 0;
    for (const name of (branch as { required: unknown[] }).required) {
      const prop = typeof name === 'string' ? props.get(name) : undefined;
      if (!prop) return undefined;
      if (prop.bit < 32) lo |= 1 << prop.bit;
      else hi |= 1 << (prop.bit - 32);
    }
    out.push([lo, hi]);
  }
  return out;
}

function compile(schema: Record<string, unknown>): SchemaNode {
  const node = emptyNode();
  for (const key of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(key)) node.unsupported = true;
  if (typeof schema.$ref === 'string') {
    // A $ref beside other keywords is not something this check combines.
    if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description' && k !== 'default' && k !== 'title')) node.unsupported = true;
    const m = /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(schema.$ref);
    if (!m) node.unsupported = true;
    else node.ref = m[1]!;
    return node;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    node.types = 0;
    for (const t of types) {
      const bits = typeof t === 'string' ? TYPE_BITS[t] : undefined;
      if (bits === undefined) node.unsupported = true;
      else node.types |= bits;
    }
  }
  if (schema.enum !== undefined) {
    if (Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === 'string')) node.enumStrings = new Set(schema.enum as string[]);
    else node.unsupported = true;
  }
  if (schema.format !== undefined) {
    node.format = typeof schema.format === 'string' ? formatCheck(schema.format) : undefined;
    if (!node.format) node.unsupported = true;
    else node.formatSafe = safeBytesFor(schema.format as string, node.format);
  }
  if (schema.pattern !== undefined) {
    try {
      // As ajv builds it (unicodeRegExp, its default).
      node.pattern = new RegExp(String(schema.pattern), 'u');
    } catch {
      node.unsupported = true;
    }
  }
  if (schema.minimum !== undefined) {
    if (typeof schema.minimum === 'number') node.minimum = schema.minimum;
    else node.unsupported = true;
  }
  if (schema.maximum !== undefined) {
    if (typeof schema.maximum === 'number') node.maximum = schema.maximum;
    else node.unsupported = true;
  }
  if (schema.items !== undefined) {
    if (typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items)) node.items = compile(schema.items as Record<string, unknown>);
    else node.unsupported = true;
  }
  if (schema.minItems !== undefined) {
    if (typeof schema.minItems === 'number') node.minItems = schema.minItems;
    else node.unsupported = true;
  }
  if (schema.uniqueItems === true) {
    const items = schema.items as Record<string, unknown> | undefined;
    // schema-validate.ts checks arrays of objects by canonical JSON; ajv compares the rest itself.
    if (items && (items.$ref !== undefined || items.type === 'object')) node.unique = UNIQUE_CANONICAL;
    else if (items && (items.type === 'string' || (items.type === undefined && node.items?.enumStrings))) node.unique = UNIQUE_STRINGS;
    else node.unsupported = true;
  } else if (schema.uniqueItems !== undefined && schema.uniqueItems !== false) node.unsupported = true;
  const byName = new Map<string, Prop>();
  if (schema.properties !== undefined) {
    if (typeof schema.properties !== 'object' || schema.properties === null) node.unsupported = true;
    else {
      const entries = Object.entries(schema.properties as Record<string, Record<string, unknown>>);
      if (entries.length > 64) node.unsupported = true;
      let size = 8;
      while (size < entries.length * 4) size *= 2;
      node.table = new Array<Prop | undefined>(size).fill(undefined);
      node.mask = size - 1;
      entries.forEach(([name, sub], bit) => {
        const bytes = new Uint8Array(Buffer.from(name, 'utf8'));
        const hash = hashBytes(bytes);
        const prop: Prop = new PropEntry(bit, name, bytes, hash, compile(sub), -1);
        let slot = hash & node.mask;
        while (node.table[slot]) slot = (slot + 1) & node.mask;
        node.table[slot] = prop;
        node.propList.push(prop);
        byName.set(name, prop);
      });
    }
  }
  if (schema.additionalProperties !== undefined) {
    const extra = schema.additionalProperties;
    if (extra === false) node.additional = false;
    else if (extra === true) node.additional = undefined;
    else if (typeof extra === 'object' && extra !== null) node.additional = compile(extra as Record<string, unknown>);
    else node.unsupported = true;
  }
  if (schema.required !== undefined) {
    const branches = requiredBranches([{ required: schema.required }], byName);
    if (!branches) node.unsupported = true;
    else [node.requiredLo, node.requiredHi] = branches[0]!;
  }
  if (schema.anyOf !== undefined) {
    node.anyOf = requiredBranches(schema.anyOf, byName);
    if (!node.anyOf) node.unsupported = true;
  }
  if (schema.oneOf !== undefined) {
    node.oneOf = requiredBranches(schema.oneOf, byName);
    if (!node.oneOf) node.unsupported = true;
  }
  return node;
}

/** The schema's definitions as nodes, $refs resolved; `result` is where a check starts. */
function compileDefinitions(): Map<string, SchemaNode> {
  const definitions = (sarifSchema as unknown as { definitions: Record<string, Record<string, unknown>> }).definitions;
  const nodes = new Map<string, SchemaNode>();
  for (const [name, schema] of Object.entries(definitions)) nodes.set(name, compile(schema));
  const resolve = (node: SchemaNode, seen: Set<SchemaNode>): SchemaNode => {
    if (node.ref !== undefined) {
      const target = nodes.get(node.ref);
      if (!target) return cloneNode(emptyNode(), { unsupported: true });
      return target;
    }
    if (seen.has(node)) return node;
    seen.add(node);
    if (node.items) node.items = resolve(node.items, seen);
    if (node.additional) node.additional = resolve(node.additional, seen);
    for (const prop of node.propList) prop.node = resolve(prop.node, seen);
    return node;
  };
  const seen = new Set<SchemaNode>();
  for (const node of nodes.values()) resolve(node, seen);
  // The only array whose lengths a check adds up: a thread flow's steps (threadFlow is only
  // reached through result.codeFlows[].threadFlows[], so the sum is countThreadFlowLocations()).
  const steps = nodes.get('threadFlow')?.propList.find((p) => p.name === 'locations');
  if (steps) {
    // A node of its own, so no other use of the same schema counts.
    steps.node = cloneNode(steps.node, { countsSteps: true });
  }
  // Marks for what would make ingest.ts change a result: an artifact location's URI other than a
  // plain relative path (rebase.ts), or its index (an index past run.artifacts is dropped).
  // Every artifact location in a valid result is one of these nodes (`artifactLocation` and
  // `analysisTarget` are its only keys), so no mark means nothing to change.
  const artifactLocation = nodes.get('artifactLocation');
  if (artifactLocation) {
    const uri = artifactLocation.propList.find((p) => p.name === 'uri');
    if (uri && !uri.node.unsupported && uri.node.formatSafe) uri.node.unsafeSlot = SLOTS.otherUri;
    else if (uri) uri.node.unsupported = true;
    const index = artifactLocation.propList.find((p) => p.name === 'index');
    if (index) index.slot = SLOTS.anyIndex;
  }
  return nodes;
}

/**
 * What a check reads besides checking: the spans of the values the merge's facts are made of
 * (resultFacts in result-record.ts), in slots. Each is captured on its own copy of the schema
 * nodes along its path, so the shared nodes stay plain.
 */
export const SLOTS = {
  ruleId: 0,
  ruleIndex: 1,
  rule: 2,
  ruleRefId: 3,
  ruleRefIndex: 4,
  toolComponent: 5,
  toolComponentIndex: 6,
  toolComponentGuid: 7,
  toolComponentName: 8,
  kind: 9,
  level: 10,
  message: 11,
  locations: 12,
  primary: 13,
  physicalLocation: 14,
  artifactLocation: 15,
  uri: 16,
  uriBaseId: 17,
  artifactIndex: 18,
  region: 19,
  startLine: 20,
  startColumn: 21,
  endLine: 22,
  endColumn: 23,
  charOffset: 24,
  charLength: 25,
  byteOffset: 26,
  byteLength: 27,
  partialFingerprints: 28,
  lineHash: 29,
  fingerprints: 30,
  /** The first fingerprint's key (its value is in the next slot). */
  fingerprintKey: 31,
  fingerprintValue: 32,
  relatedLocations: 33,
  fixes: 34,
  properties: 35,
  securitySeverity: 36,
  result: 37,
  /** Set when some artifact location in the result has a URI that is not a plain relative path (it may need rebasing). */
  otherUri: 38,
  /** Set when some artifact location in the result (besides the primary one: artifactIndex) has an index. */
  anyIndex: 39,
} as const;
export const SLOT_COUNT = 40;

/** The region properties a dedupe key is made of, in slot order from SLOTS.startLine. */
export const REGION_FIELDS = ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength'] as const;

/** A copy of a node whose props can be given capture slots without touching the original. */
function copyNode(node: SchemaNode): SchemaNode {
  const copy = cloneNode(node, { table: node.table.slice(), propList: [] });
  for (const prop of node.propList) {
    const p = new PropEntry(prop.bit, prop.name, prop.bytes, prop.hash, prop.node, prop.slot);
    copy.propList.push(p);
    copy.table[copy.table.indexOf(prop)] = p;
  }
  return copy;
}

function propOf(node: SchemaNode, name: string): Prop {
  const prop = node.propList.find((p) => p.name === name);
  if (!prop) throw new Error(`the SARIF schema has no property "${name}" where result-check.ts reads one`);
  return prop;
}

/** Captures property `name` of `node` (a copy) in `slot`; with `child`, its value is held to that copy instead. */
function capture(node: SchemaNode, name: string, slot: number, child?: SchemaNode): void {
  const prop = propOf(node, name);
  prop.slot = slot;
  if (child) prop.node = child;
}

/**
 * Adds a property to a copy of an open object (additionalProperties: a schema or any value), so
 * one key of its other properties can be captured; its value is held to what any other would be.
 */
function captureExtra(node: SchemaNode, name: string, slot: number): void {
  const bytes = new Uint8Array(Buffer.from(name, 'utf8'));
  const hash = hashBytes(bytes);
  const prop: Prop = new PropEntry(node.propList.length, name, bytes, hash, node.additional === undefined ? emptyNode() : (node.additional as SchemaNode), slot);
  if (node.additional === false || prop.bit >= 64) throw new Error(`result-check.ts cannot capture "${name}" here`);
  if (node.mask < 0 || node.propList.length * 4 >= node.mask + 1) {
    // (Re)build the table with room.
    let size = 8;
    while (size < (node.propList.length + 1) * 4) size *= 2;
    node.table = new Array<Prop | undefined>(size).fill(undefined);
    node.mask = size - 1;
    for (const p of node.propList) {
      let at = p.hash & node.mask;
      while (node.table[at]) at = (at + 1) & node.mask;
      node.table[at] = p;
    }
  }
  let at = hash & node.mask;
  while (node.table[at]) at = (at + 1) & node.mask;
  node.table[at] = prop;
  node.propList.push(prop);
}

/** The result node with the captures SLOTS names. */
function capturingResult(defs: Map<string, SchemaNode>): SchemaNode {
  const def = (name: string) => {
    const node = defs.get(name);
    if (!node) throw new Error(`the SARIF schema has no definition "${name}"`);
    return copyNode(node);
  };
  const result = def('result');
  result.countSlot = SLOTS.result;
  capture(result, 'ruleId', SLOTS.ruleId);
  capture(result, 'ruleIndex', SLOTS.ruleIndex);
  const rule = def('reportingDescriptorReference');
  capture(rule, 'id', SLOTS.ruleRefId);
  capture(rule, 'index', SLOTS.ruleRefIndex);
  const component = def('toolComponentReference');
  capture(component, 'index', SLOTS.toolComponentIndex);
  capture(component, 'guid', SLOTS.toolComponentGuid);
  capture(component, 'name', SLOTS.toolComponentName);
  capture(rule, 'toolComponent', SLOTS.toolComponent, component);
  capture(result, 'rule', SLOTS.rule, rule);
  capture(result, 'kind', SLOTS.kind);
  capture(result, 'level', SLOTS.level);
  capture(result, 'message', SLOTS.message);

  const artifactLocation = def('artifactLocation');
  capture(artifactLocation, 'uri', SLOTS.uri);
  capture(artifactLocation, 'uriBaseId', SLOTS.uriBaseId);
  capture(artifactLocation, 'index', SLOTS.artifactIndex);
  const region = def('region');
  REGION_FIELDS.forEach((name, k) => capture(region, name, SLOTS.startLine + k));
  const physical = def('physicalLocation');
  capture(physical, 'artifactLocation', SLOTS.artifactLocation, artifactLocation);
  capture(physical, 'region', SLOTS.region, region);
  const primary = def('location');
  capture(primary, 'physicalLocation', SLOTS.physicalLocation, physical);
  const locations = copyNode(propOf(result, 'locations').node);
  locations.firstItem = primary;
  capture(result, 'locations', SLOTS.locations, locations);
  // The first item's span is captured by the array (see Walker.array).

  const partial = copyNode(propOf(result, 'partialFingerprints').node);
  partial.countSlot = SLOTS.partialFingerprints;
  captureExtra(partial, 'primaryLocationLineHash', SLOTS.lineHash);
  capture(result, 'partialFingerprints', SLOTS.partialFingerprints, partial);
  const fingerprints = copyNode(propOf(result, 'fingerprints').node);
  fingerprints.countSlot = SLOTS.fingerprints;
  fingerprints.extraSlot = SLOTS.fingerprintKey;
  capture(result, 'fingerprints', SLOTS.fingerprints, fingerprints);
  capture(result, 'relatedLocations', SLOTS.relatedLocations);
  capture(result, 'fixes', SLOTS.fixes);
  const properties = def('propertyBag');
  properties.countSlot = SLOTS.properties;
  captureExtra(properties, 'security-severity', SLOTS.securitySeverity);
  capture(result, 'properties', SLOTS.properties, properties);
  return result;
}

let compiledDefinitions: Map<string, SchemaNode> | undefined;
let captured: SchemaNode | undefined;
let root: SchemaNode | undefined;
/** The schema's `result` definition with the captures SLOTS names (what a result is checked against). */
export function resultNode(): SchemaNode {
  compiledDefinitions ??= compileDefinitions();
  captured ??= capturingResult(compiledDefinitions);
  return captured;
}

/** The whole log's schema (the schema's root, its $refs resolved to the definitions). */
export function logNode(): SchemaNode {
  if (!root) {
    compiledDefinitions ??= compileDefinitions();
    const { definitions: _definitions, $schema: _schema, title: _title, description: _description, ...rest } = sarifSchema as unknown as Record<string, unknown>;
    const node = compile(rest);
    const resolve = (n: SchemaNode): SchemaNode => (n.ref !== undefined ? (compiledDefinitions!.get(n.ref) ?? cloneNode(emptyNode(), { unsupported: true })) : n);
    for (const prop of node.propList) {
      prop.node = resolve(prop.node);
      if (prop.node.items) prop.node.items = resolve(prop.node.items);
    }
    root = node;
  }
  return root;
}

/** What a check saw of a valid result, in SLOTS. */
export interface ResultScan {
  /** Per slot: start and end of the value's bytes (for a fingerprint key, of the key with its quotes), -1 when absent. */
  spans: Int32Array;
  /** Per slot: an array's length or an object's number of keys. */
  counts: Int32Array;
  /** Steps in all thread flows. */
  threadFlowLocations: number;
  /** The offset after the result's `}`. */
  end: number;
  /** A line break lies between its tokens (it was pretty-printed: json-scan.ts's spansWithLineBreaks). */
  lineBreak: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Bytes that end the plain run of a JSON string: its closing quote, an escape, or a control character (not allowed raw). */
const STRING_STOP = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 0x20; c++) table[c] = 1;
  table[QUOTE] = 1;
  table[BACKSLASH] = 1;
  return table;
})();

/** Hex digits, for \u escapes. */
const HEX = (() => {
  const table = new Uint8Array(256);
  for (const c of '0123456789abcdefABCDEF') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** A value the walk gives up on: not valid, or not something it vouches for. */
const NO = -1;

/** A number's bits, for shapeHash. */
const NUMBER_BITS = new Float64Array(1);
const NUMBER_WORDS = new Int32Array(NUMBER_BITS.buffer);

/** Mixes two 32-bit values into one (murmur3's finaliser over their combination). */
function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The check itself, in JavaScript (result-walk.ts runs the same steps compiled to WebAssembly, and asks this one what it leaves to JavaScript). */
export class Walker {
  buf: Buffer = Buffer.alloc(0);
  end = 0;
  ascii = true;
  /** Set by each string read: it holds an escape. */
  escaped = false;
  /** Set by each array read: its length, and its first item's span. */
  count = 0;
  firstStart = -1;
  firstEnd = -1;
  /** Set by each number read: its value. */
  number = 0;
  /** Set by shapeHash. */
  hash = 0;
  /** Whitespace read since the last reset held a line break. */
  lineBreak = false;
  steps = 0;
  /** Captures (SLOTS): spans and counts. */
  readonly spans = new Int32Array(2 * SLOT_COUNT);
  readonly counts = new Int32Array(SLOT_COUNT);
  /** Keys (spans) of the counted object being read that are not among its properties. */
  readonly extraKeys = new Int32Array(2 * 256);
  extraCount = 0;

  /** Whitespace from i: the index after it. Notes a line break (`lineBreak`: the result was pretty-printed). */
  ws(i: number): number {
    const buf = this.buf;
    for (;;) {
      const c = buf[i];
      if (c === 0x20 || c === 0x0d || c === 0x09) i++;
      else if (c === 0x0a) {
        this.lineBreak = true;
        i++;
      } else return i;
    }
  }

  /** From the opening quote at i: the index after the closing quote, or NO. Sets `escaped`. */
  string(i: number): number {
    const buf = this.buf;
    const end = this.end;
    let escaped = false;
    i++;
    for (;;) {
      // Past the buffer's end buf[i] is undefined, which is no 0 in the table either.
      while (STRING_STOP[buf[i]!] === 0) i++;
      if (i >= end) return NO;
      const c = buf[i]!;
      if (c === QUOTE) break;
      if (c !== BACKSLASH) return NO; // a raw control character
      escaped = true;
      const d = buf[i + 1];
      if (d === 0x75) {
        if (HEX[buf[i + 2]!]! & HEX[buf[i + 3]!]! & HEX[buf[i + 4]!]! & HEX[buf[i + 5]!]!) {
          i += 6;
          continue;
        }
        return NO;
      }
      if (d === QUOTE || d === BACKSLASH || d === 0x2f || d === 0x62 || d === 0x66 || d === 0x6e || d === 0x72 || d === 0x74) {
        i += 2;
        continue;
      }
      return NO;
    }
    this.escaped = escaped;
    return i + 1;
  }

  /** The string whose quotes are at start and end - 1, as JSON.parse would give it. */
  text(start: number, end: number): string {
    if (this.escaped) return JSON.parse(this.buf.toString(this.ascii ? 'latin1' : 'utf8', start, end)) as string;
    return this.buf.toString(this.ascii ? 'latin1' : 'utf8', start + 1, end - 1);
  }

  /** A JSON number from i: the index after it, or NO; its value in `number`. */
  numberAt(i: number): number {
    const buf = this.buf;
    const start = i;
    let plain = true;
    if (buf[i] === 0x2d) i++;
    let c = buf[i]!;
    if (c === 0x30) {
      i++;
    } else if (c >= 0x31 && c <= 0x39) {
      i++;
      while ((c = buf[i]!) >= 0x30 && c <= 0x39) i++;
    } else return NO;
    if (buf[i] === 0x2e) {
      plain = false;
      i++;
      if (!((c = buf[i]!) >= 0x30 && c <= 0x39)) return NO;
      while ((c = buf[i]!) >= 0x30 && c <= 0x39) i++;
    }
    c = buf[i]!;
    if (c === 0x65 || c === 0x45) {
      plain = false;
      i++;
      c = buf[i]!;
      if (c === 0x2b || c === 0x2d) i++;
      if (!((c = buf[i]!) >= 0x30 && c <= 0x39)) return NO;
      while ((c = buf[i]!) >= 0x30 && c <= 0x39) i++;
    }
    if (plain && i - start <= 15) {
      let n = 0;
      let k = start;
      const negative = buf[k] === 0x2d;
      if (negative) k++;
      for (; k < i; k++) n = n * 10 + (buf[k]! - 0x30);
      this.number = negative ? -n : n;
    } else {
      this.number = Number(buf.toString('latin1', start, i));
    }
    return i;
  }

  literal(i: number, word: string): number {
    for (let k = 0; k < word.length; k++) if (this.buf[i + k] !== word.charCodeAt(k)) return NO;
    return i + word.length;
  }

  /** Any JSON value from i (syntax only): the index after it, or NO. */
  any(i: number): number {
    const buf = this.buf;
    const c = buf[i];
    if (c === QUOTE) return this.string(i);
    if (c === OPEN_BRACE) {
      i = this.ws(i + 1);
      if (buf[i] === CLOSE_BRACE) return i + 1;
      for (;;) {
        if (buf[i] !== QUOTE) return NO;
        i = this.string(i);
        if (i === NO) return NO;
        i = this.ws(i);
        if (buf[i] !== COLON) return NO;
        i = this.any(this.ws(i + 1));
        if (i === NO) return NO;
        i = this.ws(i);
        const d = buf[i];
        if (d === COMMA) i = this.ws(i + 1);
        else if (d === CLOSE_BRACE) return i + 1;
        else return NO;
      }
    }
    if (c === OPEN_BRACKET) {
      i = this.ws(i + 1);
      if (buf[i] === CLOSE_BRACKET) return i + 1;
      for (;;) {
        i = this.any(i);
        if (i === NO) return NO;
        i = this.ws(i);
        const d = buf[i];
        if (d === COMMA) i = this.ws(i + 1);
        else if (d === CLOSE_BRACKET) return i + 1;
        else return NO;
      }
    }
    if (c === 0x74) return this.literal(i, 'true');
    if (c === 0x66) return this.literal(i, 'false');
    if (c === 0x6e) return this.literal(i, 'null');
    return this.numberAt(i);
  }

  /** A string from i held to `node` (its type allows strings). */
  stringValue(i: number, node: SchemaNode): number {
    const after = this.string(i);
    if (after === NO) return NO;
    if (node.enumStrings === undefined && node.format === undefined && node.pattern === undefined) return after;
    if (node.pattern === undefined && node.enumStrings === undefined && node.formatSafe !== undefined && !this.escaped) {
      const safe = node.formatSafe;
      const buf = this.buf;
      let k = i + 1;
      while (k < after - 1 && safe[buf[k]!] === 1) k++;
      if (k === after - 1) return after;
    }
    if (node.unsafeSlot >= 0) this.spans[2 * node.unsafeSlot] = i;
    const s = this.text(i, after);
    if (node.enumStrings !== undefined && !node.enumStrings.has(s)) return NO;
    if (node.format !== undefined && !node.format(s)) return NO;
    if (node.pattern !== undefined && !node.pattern.test(s)) return NO;
    return after;
  }

  /** A value from i held to `node`: the index after it, or NO. */
  value(i: number, node: SchemaNode): number {
    if (node.unsupported) return NO;
    const c = this.buf[i];
    if (c === QUOTE) return (node.types & T_STRING) === 0 ? NO : this.stringValue(i, node);
    if (c === OPEN_BRACE) return (node.types & T_OBJECT) === 0 || node.enumStrings !== undefined ? NO : this.object(i, node);
    if (c === OPEN_BRACKET) return (node.types & T_ARRAY) === 0 || node.enumStrings !== undefined ? NO : this.array(i, node);
    if (node.enumStrings !== undefined) return NO;
    if (c === 0x74 || c === 0x66) return (node.types & T_BOOLEAN) === 0 ? NO : this.literal(i, c === 0x74 ? 'true' : 'false');
    if (c === 0x6e) return (node.types & T_NULL) === 0 ? NO : this.literal(i, 'null');
    if ((node.types & (T_INTEGER | T_NUMBER)) === 0) return NO;
    const after = this.numberAt(i);
    if (after === NO) return NO;
    const n = this.number;
    // As ajv: "number" must be finite, "integer" also whole.
    if (!Number.isFinite(n)) return NO;
    if ((node.types & T_NUMBER) === 0 && !Number.isInteger(n)) return NO;
    if (node.minimum !== undefined && n < node.minimum) return NO;
    if (node.maximum !== undefined && n > node.maximum) return NO;
    return after;
  }

  array(i: number, node: SchemaNode): number {
    const buf = this.buf;
    const items = node.items;
    let count = 0;
    let firstStart = -1;
    let firstEnd = -1;
    let starts: number[] | undefined;
    i = this.ws(i + 1);
    if (buf[i] !== CLOSE_BRACKET) {
      for (;;) {
        const start = i;
        const itemNode = count === 0 && node.firstItem !== undefined ? node.firstItem : items;
        i = itemNode !== undefined ? this.value(i, itemNode) : this.any(i);
        if (i === NO) return NO;
        if (count === 0) {
          if (node.firstItem !== undefined) {
            this.spans[2 * SLOTS.primary] = start;
            this.spans[2 * SLOTS.primary + 1] = i;
          }
          firstStart = start;
          firstEnd = i;
        } else if (node.unique !== UNIQUE_NONE) {
          starts ??= [firstStart, firstEnd];
          starts.push(start, i);
        }
        count++;
        i = this.ws(i);
        const d = buf[i];
        if (d === COMMA) i = this.ws(i + 1);
        else if (d === CLOSE_BRACKET) break;
        else return NO;
      }
    }
    if (count < node.minItems) return NO;
    if (starts !== undefined && !this.distinct(starts, node.unique)) return NO;
    if (node.countsSteps) this.steps += count;
    this.count = count;
    this.firstStart = firstStart;
    this.firstEnd = firstEnd;
    return i + 1;
  }

  /** Items (spans) that must be unique are: as strings, or as canonical JSON. */
  distinct(spans: number[], unique: number): boolean {
    // Objects: told apart by a hash that canonically equal values share (shapeHash), so the
    // canonical JSON of every item is only made when two hashes meet. Most arrays that must be
    // unique are a run's tables (thousands of artifacts), and all their items differ.
    if (unique === UNIQUE_CANONICAL) {
      const hashes = new Set<number>();
      let clear = true;
      for (let k = 0; k < spans.length && clear; k += 2) {
        if (this.shapeHash(spans[k]!) === NO || hashes.has(this.hash)) clear = false;
        else hashes.add(this.hash);
      }
      if (clear) return true;
    }
    const seen = new Set<string>();
    const encoding = this.ascii ? 'latin1' : 'utf8';
    for (let k = 0; k < spans.length; k += 2) {
      const value: unknown = JSON.parse(this.buf.toString(encoding, spans[k], spans[k + 1]));
      const key = unique === UNIQUE_STRINGS ? (typeof value === 'string' ? value : undefined) : canonicalJson(value);
      if (key === undefined || seen.has(key)) return false;
      seen.add(key);
    }
    return true;
  }

  /**
   * The JSON value at i (already checked): the index after it, with `hash` set to a hash that
   * values canonicalJson makes equal share, whatever their key order, whitespace or escapes (an
   * object's members are summed, so their order does not count). NO to give up: an object with
   * two keys of one hash (a repeated key, which JSON.parse resolves to the last).
   */
  shapeHash(i: number): number {
    const buf = this.buf;
    const c = buf[i];
    if (c === QUOTE) {
      const after = this.string(i);
      if (after === NO) return NO;
      this.hash = mixHash(this.textHash(i, after), 0x22);
      return after;
    }
    if (c === OPEN_BRACE) {
      let sum = 0;
      let keys: number[] | undefined;
      i = this.ws(i + 1);
      if (buf[i] !== CLOSE_BRACE) {
        for (;;) {
          const keyEnd = this.string(i);
          if (keyEnd === NO) return NO;
          const key = this.textHash(i, keyEnd);
          keys ??= [];
          if (keys.includes(key)) return NO;
          keys.push(key);
          i = this.shapeHash(this.ws(this.ws(keyEnd) + 1));
          if (i === NO) return NO;
          sum = (sum + mixHash(key, this.hash)) | 0;
          i = this.ws(i);
          if (buf[i] !== COMMA) break;
          i = this.ws(i + 1);
        }
      }
      this.hash = mixHash(sum, 0x7b);
      return i + 1;
    }
    if (c === OPEN_BRACKET) {
      let h = 0x5b;
      i = this.ws(i + 1);
      if (buf[i] !== CLOSE_BRACKET) {
        for (;;) {
          i = this.shapeHash(i);
          if (i === NO) return NO;
          h = mixHash(h, this.hash);
          i = this.ws(i);
          if (buf[i] !== COMMA) break;
          i = this.ws(i + 1);
        }
      }
      this.hash = h;
      return i + 1;
    }
    if (c === 0x74 || c === 0x66 || c === 0x6e) {
      this.hash = c;
      return i + (c === 0x66 ? 5 : 4);
    }
    const after = this.numberAt(i);
    if (after === NO) return NO;
    // By value (canonicalJson writes JSON.stringify's form of it, in which -0 is 0).
    const n = this.number === 0 ? 0 : this.number;
    NUMBER_BITS[0] = n;
    this.hash = mixHash(mixHash(NUMBER_WORDS[0]!, NUMBER_WORDS[1]!), 0x30);
    return after;
  }

  /** FNV-1a over a string's characters (UTF-16 code units), from its bytes with quotes at start and end - 1. */
  textHash(start: number, end: number): number {
    let h = 0x811c9dc5;
    if (this.escaped || !this.ascii) {
      const text = this.text(start, end);
      for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    } else {
      const buf = this.buf;
      for (let k = start + 1; k < end - 1; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
    }
    return h;
  }

  /** An object from i held to `node`: the index after it, or NO. */
  object(i: number, node: SchemaNode): number {
    const buf = this.buf;
    const table = node.table;
    const mask = node.mask;
    let seenLo = 0;
    let seenHi = 0;
    let keys = 0;
    let extraSlot = node.extraSlot;
    // Objects whose keys are counted are not nested in one another: one list of their other keys.
    if (node.countSlot >= 0) this.extraCount = 0;
    i = this.ws(i + 1);
    if (buf[i] !== CLOSE_BRACE) {
      for (;;) {
        if (buf[i] !== QUOTE) return NO;
        // The key: hashed as it is read; an escaped key is left to the full check.
        const keyStart = i + 1;
        let h = 0x811c9dc5;
        let k = keyStart;
        let high = 0;
        for (;;) {
          const c = buf[k]!;
          if (STRING_STOP[c] === 1 || k >= this.end) {
            if (c === QUOTE && k < this.end) break;
            return NO;
          }
          high |= c;
          h = Math.imul(h ^ c, 0x01000193);
          k++;
        }
        const keyLength = k - keyStart;
        i = this.ws(k + 1);
        if (buf[i] !== COLON) return NO;
        i = this.ws(i + 1);
        let prop: Prop | undefined;
        if (mask >= 0) {
          let slot = h & mask;
          while ((prop = table[slot]) !== undefined) {
            if (prop.hash === (h | 0) && prop.bytes.length === keyLength) {
              const bytes = prop.bytes;
              let b = 0;
              while (b < keyLength && buf[keyStart + b] === bytes[b]) b++;
              if (b === keyLength) break;
            }
            slot = (slot + 1) & mask;
          }
        }
        const start = i;
        if (prop !== undefined) {
          const bit = prop.bit;
          // A repeated key: JSON.parse keeps the last; the full check sorts that out.
          if (bit < 32) {
            if (seenLo & (1 << bit)) return NO;
            seenLo |= 1 << bit;
          } else {
            if (seenHi & (1 << (bit - 32))) return NO;
            seenHi |= 1 << (bit - 32);
          }
          i = this.value(i, prop.node);
          if (i === NO) return NO;
          const slot = prop.slot;
          if (slot >= 0) {
            this.spans[2 * slot] = start;
            this.spans[2 * slot + 1] = i;
            if (buf[start] === OPEN_BRACKET) this.counts[slot] = this.count;
          }
        } else {
          if (node.additional === false) return NO;
          if (node.countSlot >= 0) {
            // Its keys are counted: a repeated one (JSON.parse keeps one) is left to the full
            // check, and so is a key beyond ASCII (two spellings may decode alike).
            if (high >= 0x80) return NO;
            const extra = this.extraKeys;
            for (let e = 0; e < this.extraCount; e += 2) {
              const from = extra[e]!;
              if (extra[e + 1]! - from !== keyLength) continue;
              let b = 0;
              while (b < keyLength && buf[from + b] === buf[keyStart + b]) b++;
              if (b === keyLength) return NO;
            }
            if (this.extraCount + 2 > extra.length) return NO;
            extra[this.extraCount++] = keyStart;
            extra[this.extraCount++] = k;
          }
          i = node.additional === undefined ? this.any(i) : this.value(i, node.additional);
          if (i === NO) return NO;
          if (extraSlot >= 0) {
            this.spans[2 * extraSlot] = keyStart - 1;
            this.spans[2 * extraSlot + 1] = k + 1;
            this.spans[2 * extraSlot + 2] = start;
            this.spans[2 * extraSlot + 3] = i;
            extraSlot = -1;
          }
        }
        keys++;
        i = this.ws(i);
        const d = buf[i];
        if (d === COMMA) i = this.ws(i + 1);
        else if (d === CLOSE_BRACE) break;
        else return NO;
      }
    }
    if ((seenLo & node.requiredLo) !== node.requiredLo || (seenHi & node.requiredHi) !== node.requiredHi) return NO;
    if (node.anyOf !== undefined && satisfied(node.anyOf, seenLo, seenHi) === 0) return NO;
    if (node.oneOf !== undefined && satisfied(node.oneOf, seenLo, seenHi) !== 1) return NO;
    if (node.countSlot >= 0) this.counts[node.countSlot] = keys;
    return i + 1;
  }
}

/** How many of the required-property branches the seen properties satisfy. */
function satisfied(branches: ReadonlyArray<readonly [number, number]>, seenLo: number, seenHi: number): number {
  let n = 0;
  for (let b = 0; b < branches.length; b++) {
    const branch = branches[b]!;
    if ((seenLo & branch[0]) === branch[0] && (seenHi & branch[1]) === branch[1]) n++;
  }
  return n;
}

let walker: Walker | undefined;
const EMPTY = Buffer.alloc(0);
/** The check saw what the slot captures (or marks). */
export function scanMarked(scan: ResultScan, slot: number): boolean {
  return scan.spans[2 * slot]! >= 0;
}

/**
 * Checks the result whose JSON is buf[start, end) (an object: json-scan.ts found its brackets;
 * with `open`, the result is only known to start at `start` and may end before `end`).
 * `ascii`: the whole file is ASCII (strings are then read as latin1, as ingest.ts reads them).
 * What the check saw when the result is certainly valid, undefined to leave it to the full
 * check. The answer is reused by the next call: read it before checking another result.
 */
export function checkResult(buf: Buffer, start: number, end: number, ascii: boolean, open = false): ResultScan | undefined {
  const node = resultNode();
  walker ??= new Walker();
  const w = walker;
  w.spans.fill(-1);
  w.counts.fill(0);
  if (buf[start] !== OPEN_BRACE || node.unsupported) return undefined;
  w.buf = buf;
  w.end = end;
  w.ascii = ascii;
  w.steps = 0;
  w.lineBreak = false;
  let after: number;
  try {
    after = w.object(start, node);
  } finally {
    w.buf = EMPTY;
  }
  if (after === NO || (!open && after !== end)) return undefined;
  return { spans: w.spans, counts: w.counts, threadFlowLocations: w.steps, end: after, lineBreak: w.lineBreak };
}

/** The text of bytes [start, end): latin1 when the file is ASCII (the same text, read faster), else UTF-8. */
function slice(buf: Buffer, start: number, end: number, ascii: boolean): string {
  const fast = buf as unknown as FastSlices;
  return ascii ? fast.latin1Slice(start, end) : fast.utf8Slice(start, end);
}

/** Buffer's own slicing methods (what toString calls after checking its arguments). */
interface FastSlices {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/** A JSON string's value from its bytes (quotes included), as JSON.parse gives it. */
function stringAt(buf: Buffer, spans: Int32Array, slot: number, ascii: boolean): string {
  const start = spans[2 * slot]!;
  const end = spans[2 * slot + 1]!;
  for (let i = start + 1; i < end - 1; i++) if (buf[i] === BACKSLASH) return JSON.parse(slice(buf, start, end, ascii)) as string;
  return slice(buf, start + 1, end - 1, ascii);
}

/** A JSON number's value from its bytes. */
function numberAt(buf: Buffer, spans: Int32Array, slot: number): number {
  const start = spans[2 * slot]!;
  const end = spans[2 * slot + 1]!;
  if (end - start <= 15) {
    let n = 0;
    let k = start;
    const negative = buf[k] === 0x2d;
    if (negative) k++;
    for (; k < end; k++) {
      const c = buf[k]!;
      if (c < 0x30 || c > 0x39) return Number(slice(buf, start, end, true));
      n = n * 10 + (c - 0x30);
    }
    return negative ? -n : n;
  }
  return Number(slice(buf, start, end, true));
}

function jsonAt(buf: Buffer, spans: Int32Array, slot: number, ascii: boolean): unknown {
  return JSON.parse(slice(buf, spans[2 * slot]!, spans[2 * slot + 1]!, ascii));
}

/**
 * The result a check saw, as far as the merge's facts go (resultFacts): its rule, level, kind,
 * fingerprints, security-severity and primary location as objects, and what it holds counted.
 * Not the whole result: only what facts are made of, with the same values JSON.parse would give.
 */
export function scannedResult(buf: Buffer, scan: ResultScan, ascii: boolean): { result: SarifResult; counts: ResultCounts } {
  const spans = scan.spans;
  const result = {} as SarifResult;
  if (spans[2 * SLOTS.ruleId]! >= 0) result.ruleId = stringAt(buf, spans, SLOTS.ruleId, ascii);
  if (spans[2 * SLOTS.ruleIndex]! >= 0) result.ruleIndex = numberAt(buf, spans, SLOTS.ruleIndex);
  if (spans[2 * SLOTS.rule]! >= 0) {
    const rule: NonNullable<SarifResult['rule']> = {};
    if (spans[2 * SLOTS.ruleRefId]! >= 0) rule.id = stringAt(buf, spans, SLOTS.ruleRefId, ascii);
    if (spans[2 * SLOTS.ruleRefIndex]! >= 0) rule.index = numberAt(buf, spans, SLOTS.ruleRefIndex);
    if (spans[2 * SLOTS.toolComponent]! >= 0) {
      const component: NonNullable<typeof rule.toolComponent> = {};
      if (spans[2 * SLOTS.toolComponentIndex]! >= 0) component.index = numberAt(buf, spans, SLOTS.toolComponentIndex);
      if (spans[2 * SLOTS.toolComponentGuid]! >= 0) component.guid = stringAt(buf, spans, SLOTS.toolComponentGuid, ascii);
      if (spans[2 * SLOTS.toolComponentName]! >= 0) component.name = stringAt(buf, spans, SLOTS.toolComponentName, ascii);
      rule.toolComponent = component;
    }
    result.rule = rule;
  }
  if (spans[2 * SLOTS.kind]! >= 0) result.kind = stringAt(buf, spans, SLOTS.kind, ascii) as SarifResult['kind'];
  if (spans[2 * SLOTS.level]! >= 0) result.level = stringAt(buf, spans, SLOTS.level, ascii) as SarifResult['level'];
  if (spans[2 * SLOTS.partialFingerprints]! >= 0) {
    result.partialFingerprints = {};
    if (spans[2 * SLOTS.lineHash]! >= 0) result.partialFingerprints.primaryLocationLineHash = stringAt(buf, spans, SLOTS.lineHash, ascii);
  }
  let fingerprintText: string | undefined;
  if (spans[2 * SLOTS.fingerprints]! >= 0) {
    // One fingerprint (the usual case) goes to the key as text at once; a set is parsed.
    if (scan.counts[SLOTS.fingerprints] === 1) fingerprintText = singleFingerprintText(stringAt(buf, spans, SLOTS.fingerprintKey, ascii), stringAt(buf, spans, SLOTS.fingerprintValue, ascii));
    else result.fingerprints = jsonAt(buf, spans, SLOTS.fingerprints, ascii) as Record<string, string>;
  }
  if (spans[2 * SLOTS.properties]! >= 0) {
    result.properties = {};
    if (spans[2 * SLOTS.securitySeverity]! >= 0) {
      const c = buf[spans[2 * SLOTS.securitySeverity]!]!;
      // What securitySeverityOf() reads: a string or a number; anything else counts as neither.
      result.properties['security-severity'] =
        c === 0x22 ? stringAt(buf, spans, SLOTS.securitySeverity, ascii) : c === 0x2d || (c >= 0x30 && c <= 0x39) ? numberAt(buf, spans, SLOTS.securitySeverity) : null;
    }
  }
  if (spans[2 * SLOTS.locations]! >= 0) {
    result.locations = [];
    if (spans[2 * SLOTS.primary]! >= 0) {
      const location: SarifLocation = {};
      if (spans[2 * SLOTS.physicalLocation]! >= 0) {
        const physical = {} as NonNullable<SarifLocation['physicalLocation']>;
        if (spans[2 * SLOTS.artifactLocation]! >= 0) {
          const artifact: SarifArtifactLocation = {};
          if (spans[2 * SLOTS.uri]! >= 0) artifact.uri = stringAt(buf, spans, SLOTS.uri, ascii);
          if (spans[2 * SLOTS.uriBaseId]! >= 0) artifact.uriBaseId = stringAt(buf, spans, SLOTS.uriBaseId, ascii);
          if (spans[2 * SLOTS.artifactIndex]! >= 0) artifact.index = numberAt(buf, spans, SLOTS.artifactIndex);
          physical.artifactLocation = artifact;
        }
        if (spans[2 * SLOTS.region]! >= 0) {
          const region: SarifRegion = {};
          for (let k = 0; k < REGION_FIELDS.length; k++) {
            if (spans[2 * (SLOTS.startLine + k)]! >= 0) region[REGION_FIELDS[k]!] = numberAt(buf, spans, SLOTS.startLine + k);
          }
          physical.region = region;
        }
        location.physicalLocation = physical;
      }
      result.locations.push(location);
    }
  }
  // The message is long and needed only when there is no fingerprint to tell results apart.
  if (spans[2 * SLOTS.message]! >= 0 && keysOnMessage(result, scan.counts[SLOTS.fingerprints]!)) result.message = jsonAt(buf, spans, SLOTS.message, ascii) as SarifResult['message'];
  const counts = scan.counts;
  return {
    result,
    counts: {
      keys: counts[SLOTS.result]!,
      locations: counts[SLOTS.locations]!,
      relatedLocations: counts[SLOTS.relatedLocations]!,
      threadFlowLocations: scan.threadFlowLocations,
      fixes: counts[SLOTS.fixes]!,
      partialFingerprints: counts[SLOTS.partialFingerprints]!,
      fingerprints: counts[SLOTS.fingerprints]!,
      properties: counts[SLOTS.properties]!,
      ...(fingerprintText !== undefined ? { fingerprintText } : {}),
    },
  };
}

/**
 * Checks a whole log's JSON, buf[start, end) (whitespace around it allowed), against the schema,
 * as checkResult does a result: true when it is certainly valid, false to leave it to the full
 * check (schema-validate.ts). Used on a log's skeleton (its results taken out), which holds the
 * runs' rules, artifacts and invocations.
 */
export function checkLog(buf: Buffer, start: number, end: number, ascii: boolean): boolean {
  const node = logNode();
  walker ??= new Walker();
  const w = walker;
  w.buf = buf;
  w.end = end;
  w.ascii = ascii;
  w.steps = 0;
  try {
    const from = w.ws(start);
    if (from >= end || node.unsupported) return false;
    const after = w.value(from, node);
    return after !== NO && w.ws(after) === end;
  } catch {
    return false;
  } finally {
    w.buf = EMPTY;
  }
}
