import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ConfigurationError, SchemaValidationError, type SchemaViolation } from '../errors';
import analysis from '../../schemas/analysis.schema.json';
import benchmarkConfig from '../../schemas/benchmark-config.schema.json';
import notes from '../../schemas/notes.schema.json';
import performance from '../../schemas/performance.schema.json';

/** The data contracts between stages. The JSON files in schemas/ are the one source. */
export const SCHEMAS = { analysis, performance, notes, 'benchmark-config': benchmarkConfig } as const;
export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    ajv ??= createAjv();
    fn = ajv.compile(SCHEMAS[name]);
    compiled.set(name, fn);
  }
  return fn;
}

function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  (addFormats as unknown as (a: Ajv2020) => void)(instance);
  return instance;
}

/** Violations of `data` against a schema; empty when valid. */
export function schemaViolations(name: SchemaName, data: unknown): SchemaViolation[] {
  const fn = validator(name);
  if (fn(data)) return [];
  return (fn.errors ?? []).map((e) => toViolation(name, e));
}

/** Throws SchemaValidationError naming the file, the JSON path and the rule broken. */
export function assertValid<T>(name: SchemaName, data: unknown, file: string): T {
  const violations = schemaViolations(name, data);
  if (violations.length > 0) throw new SchemaValidationError(file, violations);
  return data as T;
}

/** Reads a JSON file and validates it; parse errors also name the file. */
export function readValidatedJson<T>(name: SchemaName, file: string): T {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ConfigurationError(`${file} was not found; the ${name} data is expected there.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  return assertValid<T>(name, data, path.normalize(file));
}

function toViolation(schema: SchemaName, e: ErrorObject): SchemaViolation {
  const extra =
    e.keyword === 'enum'
        ? ` (allowed: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : e.keyword === 'additionalProperties'
          ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
          : '';
  return {
    schema,
    path: e.instancePath,
    message: `${e.message ?? 'is invalid'}${extra}`,
    rule: `${e.keyword} (schema ${e.schemaPath})`,
  };
}
