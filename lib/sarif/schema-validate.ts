import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
// The OASIS SARIF 2.1.0 schema as sarif-multitool ships it (JSON Schema 2020-12 edition), copied
// into schemas/ so the in-process check and the reference validator read the same schema on any OS.
import sarifSchema from '../../schemas/sarif-2.1.0.schema.json';
import { SchemaValidationError, type SchemaViolation } from '../errors';
import { canonicalJson } from './canonical-json';
import type { SarifLog } from './types';

/** The name violations carry in their `schema` field. */
export const SARIF_SCHEMA_NAME = 'SARIF 2.1.0';

// The schema's own keyword for unique arrays of objects (artifacts, rules, taxa, relatedLocations)
// makes ajv compare every pair: a CodeQL log with 6,000 artifacts took 7.5 s to check. The same
// rule is enforced here in linear time by a keyword of ours, comparing a canonical form of each
// item (keys sorted), which is ajv's notion of equal items; violations read as ajv's would.
const UNIQUE_OBJECTS = 'assayUniqueItems';

/** The schema as ajv compiles it: our id, and unique-object checks through UNIQUE_OBJECTS. */
function preparedSchema(): Record<string, unknown> {
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    const record = node as Record<string, unknown>;
    const items = record.items as Record<string, unknown> | undefined;
    // Arrays of strings keep ajv's check, which hashes primitives and is linear already.
    const objects = record.uniqueItems === true && items !== undefined && (items.$ref !== undefined || items.type === 'object');
    for (const [key, value] of Object.entries(record)) {
      if (key === 'uniqueItems' && objects) out[UNIQUE_OBJECTS] = true;
      else out[key] = rewrite(value);
    }
    return out;
  };
  return { ...(rewrite(sarifSchema) as Record<string, unknown>), $id: SCHEMA_ID };
}

const SCHEMA_ID = 'urn:assay:sarif-2.1.0';

// ajv calls a keyword's function with the keyword's value in the schema first, then the data.
type UniqueCheck = ((schema: unknown, data: unknown) => boolean) & { errors?: Array<Partial<ErrorObject>> };

const uniqueObjects: UniqueCheck = (_schema, data) => {
  uniqueObjects.errors = undefined;
  if (!Array.isArray(data) || data.length < 2) return true;
  const seen = new Map<string, number>();
  for (let i = 0; i < data.length; i++) {
    const key = canonicalJson(data[i]);
    const first = seen.get(key);
    if (first !== undefined) {
      // ajv reports the later index as i and the earlier as j.
      uniqueObjects.errors = [
        { keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i, j: first } },
      ];
      return false;
    }
    seen.set(key, i);
  }
  return true;
};

interface Validators {
  log: ValidateFunction;
  definition(name: string): ValidateFunction;
}

let validators: Validators | undefined;

function compiled(): Validators {
  if (!validators) {
    // The schema writes "one of these is required" as `anyOf: [{ required: [text] }, { required: [id] }]`,
    // legal but flagged by ajv's strictRequired; every other strict check stays on. allErrors so a
    // user sees every problem at once.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addKeyword({ keyword: UNIQUE_OBJECTS, type: 'array', schemaType: 'boolean', errors: true, validate: uniqueObjects });
    ajv.addSchema(preparedSchema());
    const log = ajv.getSchema(SCHEMA_ID)!;
    const byName = new Map<string, ValidateFunction>();
    validators = {
      log,
      definition(name) {
        let fn = byName.get(name);
        if (!fn) {
          fn = ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`);
          if (!fn) throw new Error(`the SARIF schema has no definition "${name}"`);
          byName.set(name, fn);
        }
        return fn;
      },
    };
  }
  return validators;
}

/**
 * A JSON pointer as the dotted path sarif-multitool prints (`/runs/0/results` → `runs[0].results`),
 * so our messages and the reference validator's read alike.
 */
export function sarifPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(token) ? `[${token}]` : out === '' ? token : `.${token}`;
  }
  return out;
}

function toViolation(e: ErrorObject, prefix = ''): SchemaViolation {
  const params = e.params as Record<string, unknown>;
  const extra =
    e.keyword === 'enum'
      ? ` (allowed: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
      : e.keyword === 'additionalProperties'
        ? ` "${String(params.additionalProperty)}"`
        : '';
  return {
    schema: SARIF_SCHEMA_NAME,
    path: prefix + e.instancePath,
    message: `${e.message ?? 'is invalid'}${extra}`,
    rule: `${e.keyword} (schema ${e.schemaPath.replace(UNIQUE_OBJECTS, 'uniqueItems')})`,
  };
}

/**
 * Violations of the SARIF 2.1.0 schema (formats included: URIs, dates, GUIDs); empty when valid.
 * `path` is a JSON pointer; sarifPath() turns it into sarif-multitool's notation.
 */
export function sarifSchemaViolations(log: unknown): SchemaViolation[] {
  const fn = compiled().log;
  if (fn(log)) return [];
  return (fn.errors ?? []).map((e) => toViolation(e));
}

/**
 * Violations of one definition of the schema (`result`, `run`, …) by a value that sits at
 * `pointer` in its log (a JSON pointer such as "/runs/0/results/12"), which prefixes each path.
 * Lets a large log be checked piece by piece: the log without its results, then each result.
 */
export function sarifDefinitionViolations(definition: string, value: unknown, pointer = ''): SchemaViolation[] {
  const fn = compiled().definition(definition);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => toViolation(e, pointer));
}

/** Throws SchemaValidationError naming the file and every violation's JSON path. */
export function assertValidSarif(log: unknown, file: string): SarifLog {
  const violations = sarifSchemaViolations(log);
  if (violations.length > 0) throw new SchemaValidationError(file, violations);
  return log as SarifLog;
}
