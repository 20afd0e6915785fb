import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
// The OASIS SARIF 2.1.0 schema as sarif-multitool ships it (JSON Schema 2020-12 edition), copied
// into schemas/ so the in-process check and the reference validator read the same schema on any OS.
import sarifSchema from '../../schemas/sarif-2.1.0.schema.json';
import { SchemaValidationError, type SchemaViolation } from '../errors';
import type { SarifLog } from './types';

/** The name violations carry in their `schema` field. */
export const SARIF_SCHEMA_NAME = 'SARIF 2.1.0';

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!validate) {
    // The schema writes "one of these is required" as `anyOf: [{ required: [text] }, { required: [id] }]`,
    // legal but flagged by ajv's strictRequired; every other strict check stays on. allErrors so a
    // user sees every problem at once.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(sarifSchema);
  }
  return validate;
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

function toViolation(e: ErrorObject): SchemaViolation {
  const params = e.params as Record<string, unknown>;
  const extra =
    e.keyword === 'enum'
      ? ` (allowed: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
      : e.keyword === 'additionalProperties'
        ? ` "${String(params.additionalProperty)}"`
        : '';
  return {
    schema: SARIF_SCHEMA_NAME,
    path: e.instancePath,
    message: `${e.message ?? 'is invalid'}${extra}`,
    rule: `${e.keyword} (schema ${e.schemaPath})`,
  };
}

/**
 * Violations of the SARIF 2.1.0 schema (formats included: URIs, dates, GUIDs); empty when valid.
 * `path` is a JSON pointer; sarifPath() turns it into sarif-multitool's notation.
 */
export function sarifSchemaViolations(log: unknown): SchemaViolation[] {
  const fn = validator();
  if (fn(log)) return [];
  return (fn.errors ?? []).map(toViolation);
}

/** Throws SchemaValidationError naming the file and every violation's JSON path. */
export function assertValidSarif(log: unknown, file: string): SarifLog {
  const violations = sarifSchemaViolations(log);
  if (violations.length > 0) throw new SchemaValidationError(file, violations);
  return log as SarifLog;
}
