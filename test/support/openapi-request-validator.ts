import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks HTTP requests against an OpenAPI 3.0 description (GitHub's, from @octokit/openapi) the
 * way the real API would refuse them: unknown route or method, missing or malformed path and
 * query parameters, a JSON body that breaks the operation's schema. The spec is 13 MB, so it is
 * read once per process and per file, and each operation's validators are compiled on first use.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  'x-multi-segment'?: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  /** Path template as in the spec: "/repos/{owner}/{repo}/statuses/{sha}". */
  route: string;
  parameters: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonObject }> };
  responses: Record<string, { content?: Record<string, JsonObject>; $ref?: string }>;
  /** Literal segments rank above parameters, so /pulls/comments wins over /pulls/{pull_number}. */
  specificity: number[];
  pattern: RegExp;
  /** Names of the path parameters in the order of the pattern's groups. */
  pathParamNames: string[];
}

export interface RequestToValidate {
  method: string;
  /** Raw (still percent-encoded) path, without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body; empty when there was none. */
  body: Buffer;
}

export interface ValidationResult {
  operation?: Operation;
  /** 404 when no operation matches, 400 when one does but the request breaks it. */
  status?: 400 | 404;
  params: Record<string, string>;
  body: unknown;
  problems: string[];
}

const SPEC_ID = 'https://assay.invalid/openapi.json';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** GitHub's description as packaged by Octokit (`api.github.com.json`, with $refs, not the 73 MB deref). */
export function defaultSpecPath(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}

const validators = new Map<string, OpenApiValidator>();

/** One validator per spec file per process: parsing and indexing 13 MB is not a per-test cost. */
export function openApiValidator(spec: string | OpenApiDocument = defaultSpecPath()): OpenApiValidator {
  if (typeof spec !== 'string') return new OpenApiValidator(spec);
  let validator = validators.get(spec);
  if (!validator) {
    validator = new OpenApiValidator(JSON.parse(readFileSync(spec, 'utf8')) as OpenApiDocument);
    validators.set(spec, validator);
  }
  return validator;
}

export class OpenApiValidator {
  readonly operations: Operation[] = [];
  private readonly byId = new Map<string, Operation>();
  /** Bodies are checked as sent; parameters arrive as strings and are coerced to their types. */
  private readonly bodyAjv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly bodyValidators = new Map<string, ValidateFunction | null>();
  private readonly paramValidators = new Map<string, ValidateFunction>();

  constructor(readonly spec: OpenApiDocument) {
    for (const [route, item] of Object.entries(spec.paths)) {
      const shared = ((item.parameters as unknown[]) ?? []).map((p) => this.resolve(p) as OpenApiParameter);
      for (const method of HTTP_METHODS) {
        const op = item[method] as Record<string, unknown> | undefined;
        if (!op) continue;
        const own = ((op.parameters as unknown[]) ?? []).map((p) => this.resolve(p) as OpenApiParameter);
        const names = new Set(own.map((p) => `${p.in}:${p.name}`));
        const parameters = [...shared.filter((p) => !names.has(`${p.in}:${p.name}`)), ...own];
        const operation: Operation = {
          operationId: String(op.operationId ?? `${method.toUpperCase()} ${route}`),
          method: method.toUpperCase(),
          route,
          parameters,
          ...(op.requestBody ? { requestBody: this.resolve(op.requestBody) as Operation['requestBody'] } : {}),
          responses: (op.responses ?? {}) as Operation['responses'],
          ...compileRoute(route, parameters),
        };
        this.operations.push(operation);
        this.byId.set(operation.operationId, operation);
      }
    }
    const components = { $id: SPEC_ID, components: { schemas: convertSchemaMap(spec.components?.schemas ?? {}) } };
    this.bodyAjv = createAjv(false);
    this.paramAjv = createAjv('array');
    // Added, not compiled: ajv compiles only the component schemas an operation reaches.
    this.bodyAjv.addSchema(components, undefined, undefined, false);
    this.paramAjv.addSchema(components, undefined, undefined, false);
  }

  /**
   * Finds an operation by operationId ("repos/create-commit-status"), by Octokit method name
   * ("repos.createCommitStatus") or by "METHOD /route/{template}".
   */
  find(key: string): Operation | undefined {
    const direct = this.byId.get(key);
    if (direct) return direct;
    const methodRoute = /^([A-Za-z]+)\s+(\/\S*)$/.exec(key);
    if (methodRoute) {
      const [, method, route] = methodRoute;
      return this.operations.find((op) => op.method === method!.toUpperCase() && op.route === route);
    }
    const octokitName = /^([\w-]+)\.(\w+)$/.exec(key);
    if (octokitName) {
      const kebab = octokitName[2]!.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      return this.byId.get(`${octokitName[1]}/${kebab}`);
    }
    return undefined;
  }

  /** The operation a method and raw path address, or undefined (GitHub would answer 404). */
  match(method: string, rawPath: string): { operation: Operation; params: Record<string, string> } | undefined {
    let best: { operation: Operation; params: Record<string, string> } | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method.toUpperCase()) continue;
      const m = operation.pattern.exec(rawPath);
      if (!m) continue;
      if (best && compareSpecificity(operation.specificity, best.operation.specificity) <= 0) continue;
      const params: Record<string, string> = {};
      operation.pathParamNames.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]!);
      });
      best = { operation, params };
    }
    return best;
  }

  validate(request: RequestToValidate): ValidationResult {
    const found = this.match(request.method, request.path);
    const result: ValidationResult = { params: found?.params ?? {}, body: parseBody(request), problems: [] };
    if (!found) {
      const other = this.operations.filter((op) => op.pattern.test(request.path)).map((op) => op.method);
      result.status = 404;
      result.problems.push(
        other.length > 0
          ? `${request.method} ${request.path}: the API has no ${request.method} here, only ${[...new Set(other)].join(', ')}`
          : `${request.method} ${request.path}: no operation in the OpenAPI description has this path`,
      );
      return result;
    }
    result.operation = found.operation;
    result.problems.push(...this.checkParameters(found.operation, found.params, request));
    result.problems.push(...this.checkBody(found.operation, request, result.body));
    if (result.problems.length > 0) result.status = 400;
    return result;
  }

  /** The success status and example body the spec documents for an operation. */
  exampleResponse(operation: Operation): { status: number; body: unknown; contentType?: string } {
    const codes = Object.keys(operation.responses).filter((c) => /^2\d\d$/.test(c)).sort();
    const status = Number(codes[0] ?? 200);
    const response = this.resolve(operation.responses[String(status)] ?? {}) as Operation['responses'][string];
    if (status === 204 || status === 205) return { status, body: undefined };
    const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
    if (!media) return { status, body: {} };
    if ('example' in media) return { status, body: media.example, ...(contentType ? { contentType } : {}) };
    const examples = media.examples as Record<string, Json> | undefined;
    const first = examples ? Object.values(examples)[0] : undefined;
    const example = first !== undefined ? (this.resolve(first) as JsonObject) : undefined;
    return { status, body: example && 'value' in example ? example.value : {}, ...(contentType ? { contentType } : {}) };
  }

  private checkParameters(operation: Operation, pathParams: Record<string, string>, request: RequestToValidate): string[] {
    const problems: string[] = [];
    const values: Record<string, unknown> = {};
    for (const p of operation.parameters) {
      let value: unknown;
      if (p.in === 'path') value = pathParams[p.name];
      else if (p.in === 'query') value = queryValue(request.query, p);
      else if (p.in === 'header') value = headerOf(request.headers, p.name);
      else continue;
      if (value === undefined || value === '') {
        if (p.required) problems.push(`missing required ${p.in} parameter "${p.name}"`);
        continue;
      }
      values[`${p.in}:${p.name}`] = value;
    }
    // GitHub ignores query parameters it does not know; a test should hear about the typo.
    const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(request.query.keys())) {
      if (!known.has(name)) {
        problems.push(
          `unknown query parameter "${name}" (${operation.operationId} takes ${[...known].join(', ') || 'none'})`,
        );
      }
    }
    const validate = this.paramValidator(operation);
    if (!validate(values)) {
      for (const error of validate.errors ?? []) {
        const [where, name] = splitParamKey(error.instancePath);
        problems.push(`${where} parameter "${name}" ${describeAjvError(error, '').trim()}`);
      }
    }
    return problems;
  }

  private checkBody(operation: Operation, request: RequestToValidate, body: unknown): string[] {
    const hasBody = request.body.length > 0;
    const spec = operation.requestBody;
    if (!spec?.content) {
      if (hasBody && !isEmptyObject(body)) return [`${operation.operationId} takes no request body, but one was sent`];
      return [];
    }
    if (!hasBody) return spec.required ? [`missing required request body (${Object.keys(spec.content).join(' or ')})`] : [];
    const contentType = String(headerOf(request.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const media = spec.content[contentType];
    if (!media) {
      return [`content-type "${contentType || '(none)'}" is not accepted; the operation takes ${Object.keys(spec.content).join(' or ')}`];
    }
    if (!/\bjson\b/.test(contentType)) return [];
    if (body === INVALID_JSON) return ['the request body is not valid JSON'];
    const validate = this.bodyValidator(operation, contentType);
    if (!validate) return [];
    const problems: string[] = [];
    if (!validate(body)) {
      for (const error of validate.errors ?? []) problems.push(`body${describeAjvError(error, error.instancePath)}`);
    }
    // Like unknown query parameters: GitHub drops unknown top-level fields without a word.
    const schema = media.schema ? (this.resolve(media.schema) as JsonObject) : undefined;
    if (schema && isPlainObject(body) && isPlainObject(schema.properties) && schema.additionalProperties === undefined && !schema.oneOf && !schema.anyOf && !schema.allOf) {
      for (const name of Object.keys(body)) {
        if (!(name in schema.properties)) {
          problems.push(`body has unknown property "${name}" (the schema knows ${Object.keys(schema.properties).join(', ')})`);
        }
      }
    }
    return problems;
  }

  private paramValidator(operation: Operation): ValidateFunction {
    const key = `${operation.method} ${operation.route}`;
    let validate = this.paramValidators.get(key);
    if (!validate) {
      const properties: Record<string, Json> = {};
      for (const p of operation.parameters) {
        if (p.in === 'cookie') continue;
        properties[`${p.in}:${p.name}`] = p.schema ? convertSchema(p.schema) : {};
      }
      validate = this.paramAjv.compile({ type: 'object', properties });
      this.paramValidators.set(key, validate);
    }
    return validate;
  }

  private bodyValidator(operation: Operation, contentType: string): ValidateFunction | null {
    const key = `${operation.method} ${operation.route} ${contentType}`;
    if (!this.bodyValidators.has(key)) {
      const schema = operation.requestBody?.content?.[contentType]?.schema;
      this.bodyValidators.set(key, schema ? this.bodyAjv.compile(convertSchema(schema) as object) : null);
    }
    return this.bodyValidators.get(key) ?? null;
  }

  /** Follows a local `$ref` ("#/components/parameters/owner") to what it names. */
  private resolve(node: unknown): unknown {
    let current = node;
    for (let depth = 0; depth < 16 && isPlainObject(current) && typeof current.$ref === 'string'; depth++) {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((into, part) => (isPlainObject(into) ? into[part] : undefined), this.spec);
    }
    return current;
  }
}

function createAjv(coerceTypes: false | 'array'): Ajv {
  const ajv = new Ajv({
    strict: false, // OpenAPI's own keywords (x-github, readOnly, …) are annotations here
    allErrors: true,
    coerceTypes,
    logger: false,
    // A few of GitHub's patterns are not valid as Unicode-mode regular expressions.
    unicodeRegExp: false,
  });
  addFormats(ajv);
  // Formats GitHub's description uses that JSON Schema does not define.
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  ajv.addFormat('timestamp', true);
  return ajv;
}

/**
 * OpenAPI 3.0 schema → JSON Schema draft-07 for ajv: `nullable: true` becomes a `null` type (or
 * an anyOf with null beside a $ref/allOf), boolean exclusiveMinimum/Maximum become numbers,
 * annotations ajv would trip over (discriminator, example, xml) go, and local $refs point into
 * the components document added to ajv under SPEC_ID.
 */
export function convertSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertSchema);
  if (!isPlainObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example' || key === 'xml' || key === 'externalDocs' || key === 'deprecated' || key.startsWith('x-')) {
      continue;
    }
    if (key === '$ref' && typeof value === 'string') out.$ref = value.startsWith('#/') ? `${SPEC_ID}${value}` : value;
    else if ((key === 'properties' || key === 'patternProperties') && isPlainObject(value)) out[key] = convertSchemaMap(value);
    else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(key)) out[key] = convertSchema(value);
    else out[key] = value; // enum, default, description …: data, not schemas
  }
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (out[flag] === true) {
      out[flag] = out[bound] ?? null;
      delete out[bound];
    } else if (out[flag] === false) delete out[flag];
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (out.type === undefined) {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

function convertSchemaMap(map: Record<string, unknown>): JsonObject {
  return Object.fromEntries(Object.entries(map).map(([name, schema]) => [name, convertSchema(schema as Json)]));
}

function compileRoute(route: string, parameters: OpenApiParameter[]): Pick<Operation, 'pattern' | 'pathParamNames' | 'specificity'> {
  const multiSegment = new Set(parameters.filter((p) => p.in === 'path' && p['x-multi-segment']).map((p) => p.name));
  const pathParamNames: string[] = [];
  const specificity: number[] = [];
  const source = route
    .split('/')
    .map((segment) => {
      // 2: all literal; 1: literal text around a parameter ("{base}...{head}"); 0: a bare parameter.
      const literal = segment.replace(/\{[^}]+\}/g, '');
      specificity.push(literal === segment ? 2 : literal ? 1 : 0);
      return segment
        .split(/(\{[^}]+\})/)
        .map((piece) => {
          const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
          if (!name) return piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          pathParamNames.push(name);
          // Octokit percent-encodes a slash inside a value (heads%2Fmain); accept it raw as well.
          return multiSegment.has(name) ? '(.+?)' : '([^/]+?)';
        })
        .join('');
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), pathParamNames, specificity };
}

/** Positive when a is the more specific template (a literal segment where b has a parameter). */
function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  // Same prefix: the longer template spells out more of the path in literals, where the shorter
  // one only matched because a multi-segment parameter swallowed the rest ({ref} = "main/statuses").
  return a.length - b.length;
}

const INVALID_JSON = Symbol('invalid JSON');

function parseBody(request: RequestToValidate): unknown {
  if (request.body.length === 0) return undefined;
  const text = request.body.toString('utf8');
  const contentType = String(headerOf(request.headers, 'content-type') ?? '');
  if (!/\bjson\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** What the stand-in records as the body: the parsed JSON, or the text when it was not JSON. */
export function recordedBody(request: RequestToValidate, parsed: unknown): unknown {
  return parsed === INVALID_JSON ? request.body.toString('utf8') : parsed;
}

/** Octokit sends arrays in a query joined by commas (`a%2Cb`); form style repeats the name. */
function queryValue(query: URLSearchParams, p: OpenApiParameter): unknown {
  const all = query.getAll(p.name);
  if (all.length === 0) return undefined;
  if (p.schema?.type === 'array') return all.flatMap((v) => v.split(','));
  return all.length === 1 ? all[0] : all;
}

function headerOf(headers: RequestToValidate['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function splitParamKey(instancePath: string): [string, string] {
  const key = decodeURIComponent(instancePath.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  const [where, ...name] = key.split(':');
  return [where ?? 'parameter', name.join(':')];
}

function describeAjvError(error: ErrorObject, at: string): string {
  const where = at ? ` at ${at}` : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `${where} is missing required property "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has unknown property "${String(params.additionalProperty)}"`;
    default:
      return `${where} ${error.message ?? 'is invalid'} (${error.keyword})`;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyObject(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === 0;
}
