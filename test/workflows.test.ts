/**
 * The workflows: Assay's own (.github/workflows: CI and the reusable workflow), the starter
 * workflows consumers copy (workflows/), and the complete workflows shown in docs/workflows.md.
 *
 * Each is held to GitHub's own parser and actionlint (checkWorkflowFile), then to a wiring check
 * built on the parser's model (convertWorkflowTemplate) and @actions/expressions, so that what the
 * schema cannot see fails here rather than on GitHub: a `with:` key an action or the reusable
 * workflow does not declare, a required input left out, `needs.X.outputs.Y` or
 * `steps.S.outputs.O` naming an output nobody declares, an `if:` that does not parse or is always
 * true, a third-party action on a movable tag, a caller granting less than the called jobs ask
 * for, a schedule that is not the one the starter promises. Each rule is shown to fire on a
 * deliberately broken copy written to a temp dir.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { data, Lexer, Parser, type Expr } from '@actions/expressions';
import { ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Binary, Unary, Star } from '@actions/expressions/ast';
import type { FunctionInfo } from '@actions/expressions/funcs/info';
import { convertWorkflowTemplate, isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import type { WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { parse as parseYaml, parseDocument } from 'yaml';
import { findRepositoryRoot, readActionMetadata, type ActionMetadata } from '../lib/action/metadata';
import { parseGates } from '../actions/generate-report/gates/parse-gate';
import { checkWorkflowFile, untrustedReferences } from './support/metadata-checks';

const ROOT = findRepositoryRoot(fileURLToPath(import.meta.url));
/** Where Assay is published; `uses:` of this repository map to the files here. */
const ASSAY_REPOSITORY = 'assay-dev/assay';

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-workflows-'));
  temps.push(dir);
  return dir;
}
after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function show(file: string): string {
  const rel = path.relative(ROOT, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

// ---------------------------------------------------------------------------------------------
// What a `uses:` points at
// ---------------------------------------------------------------------------------------------

type Target =
  | { kind: 'action'; file: string }
  | { kind: 'workflow'; file: string }
  | { kind: 'third-party'; name: string; ref: string }
  | { kind: 'local'; path: string }
  | { kind: 'docker' };

/**
 * This repository's actions are reached as `assay-dev/assay[/actions/x]@ref` (consumers),
 * `./.assay[/actions/x]` (the reusable workflow's checkout of Assay) or `./actions/x` (inside this
 * repository); its reusable workflows as `assay-dev/assay/.github/workflows/f@ref` or
 * `./.github/workflows/f`. Everything else is someone else's.
 */
function resolveUses(uses: string): Target {
  if (uses.startsWith('docker://')) return { kind: 'docker' };
  const inRepo = (rel: string): Target => {
    const clean = rel.replace(/\/+$/, '');
    if (clean === '' || clean === '.') return { kind: 'action', file: path.join(ROOT, 'action.yml') };
    if (/^actions\/[^/]+$/.test(clean)) return { kind: 'action', file: path.join(ROOT, clean, 'action.yml') };
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(clean)) return { kind: 'workflow', file: path.join(ROOT, clean) };
    return { kind: 'local', path: clean };
  };
  if (uses.startsWith('./')) {
    const rel = uses.slice(2);
    if (rel === '.assay' || rel.startsWith('.assay/')) return inRepo(rel.slice('.assay'.length + 1));
    return inRepo(rel);
  }
  const at = uses.lastIndexOf('@');
  const name = at === -1 ? uses : uses.slice(0, at);
  const ref = at === -1 ? '' : uses.slice(at + 1);
  const [owner = '', repo = '', ...rest] = name.split('/');
  if (`${owner}/${repo}`.toLowerCase() === ASSAY_REPOSITORY) return inRepo(rest.join('/'));
  return { kind: 'third-party', name, ref };
}

/** The reusable workflow files the parser asks for, from this checkout. */
const fileProvider: FileProvider = {
  async getFileContent(ref: FileReference) {
    const uses = 'owner' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
    const target = resolveUses(uses);
    if (target.kind !== 'workflow' || !fs.existsSync(target.file)) throw new Error(`no reusable workflow ${uses} here`);
    return { name: show(target.file), content: fs.readFileSync(target.file, 'utf8') };
  },
};

const actionCache = new Map<string, ActionMetadata>();
function actionMetadata(file: string): ActionMetadata {
  let meta = actionCache.get(file);
  if (!meta) actionCache.set(file, (meta = readActionMetadata(file)));
  return meta;
}

// ---------------------------------------------------------------------------------------------
// Permissions
// ---------------------------------------------------------------------------------------------

const LEVEL = { none: 0, read: 1, write: 2 } as const;
type Level = keyof typeof LEVEL;
const SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models',
  'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
] as const;

/** A `permissions:` value as scope → level; undefined when absent. `{}` is every scope none. */
function permissionsOf(value: unknown): Map<string, Level> | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') return new Map(SCOPES.map((s) => [s, value === 'read-all' ? 'read' : 'write']));
  const map = new Map<string, Level>(SCOPES.map((s) => [s, 'none']));
  if (typeof value === 'object') for (const [k, v] of Object.entries(value as Record<string, unknown>)) map.set(k, (v as Level) ?? 'none');
  return map;
}

// ---------------------------------------------------------------------------------------------
// Reusable workflows called
// ---------------------------------------------------------------------------------------------

interface Callee {
  file: string;
  inputs: Map<string, { name: string; type: string; required: boolean; hasDefault: boolean }>;
  secrets: Map<string, { name: string; required: boolean }>;
  outputs: Set<string>;
  /** The most each scope is asked for by any of its jobs (what the caller must grant). */
  permissions: Map<string, { level: Level; jobs: string[] }>;
}

function readCallee(file: string): Callee {
  const doc = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const on = (doc.on ?? doc[true as unknown as string]) as Record<string, unknown> | undefined;
  const call = (on?.workflow_call ?? {}) as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const callee: Callee = { file, inputs: new Map(), secrets: new Map(), outputs: new Set(), permissions: new Map() };
  for (const [name, spec] of Object.entries(call.inputs ?? {})) {
    callee.inputs.set(name.toLowerCase(), { name, type: String(spec.type), required: spec.required === true, hasDefault: spec.default !== undefined });
  }
  for (const [name, spec] of Object.entries(call.secrets ?? {})) callee.secrets.set(name.toLowerCase(), { name, required: (spec ?? {}).required === true });
  for (const name of Object.keys(call.outputs ?? {})) callee.outputs.add(name.toLowerCase());
  const top = permissionsOf(doc.permissions);
  for (const [id, job] of Object.entries((doc.jobs ?? {}) as Record<string, Record<string, unknown>>)) {
    const perms = permissionsOf(job.permissions) ?? top;
    for (const [scope, level] of perms ?? []) {
      const seen = callee.permissions.get(scope);
      if (!seen || LEVEL[level] > LEVEL[seen.level]) callee.permissions.set(scope, { level, jobs: [id] });
      else if (LEVEL[level] === LEVEL[seen.level] && level !== 'none') seen.jobs.push(id);
    }
  }
  return callee;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

const CONTEXTS = ['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs'];
const WORKFLOW_FUNCTIONS: FunctionInfo[] = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

/** Parses an expression as GitHub does; the error message when it does not parse. */
function parseExpression(text: string): Expr | string {
  try {
    const { tokens } = new Lexer(text).lex();
    return new Parser(tokens, CONTEXTS, WORKFLOW_FUNCTIONS).parse();
  } catch (err) {
    return (err as Error).message;
  }
}

/** Context paths an expression reads (`needs.report.outputs.grade` → [needs, report, outputs, grade]), lower-cased; `*` for a computed index. */
function contextPaths(root: Expr): string[][] {
  const paths: string[][] = [];
  const chain = (e: Expr): string[] | undefined => {
    if (e instanceof ContextAccess) return [e.name.lexeme.toLowerCase()];
    if (e instanceof IndexAccess) {
      const base = chain(e.expr);
      if (!base) return undefined;
      if (e.index instanceof Literal && e.index.literal instanceof data.StringData) return [...base, e.index.literal.value.toLowerCase()];
      if (!(e.index instanceof Star)) walk(e.index);
      return [...base, '*'];
    }
    return undefined;
  };
  const walk = (e: Expr): void => {
    if (e instanceof ContextAccess || e instanceof IndexAccess) {
      const p = chain(e);
      if (p) return void paths.push(p);
      if (e instanceof IndexAccess) (walk(e.expr), walk(e.index));
    } else if (e instanceof FunctionCall || e instanceof Logical) e.args.forEach(walk);
    else if (e instanceof Binary) (walk(e.left), walk(e.right));
    else if (e instanceof Unary) walk(e.expr);
    else if (e instanceof Grouping) walk(e.group);
  };
  walk(root);
  return paths;
}

// ---------------------------------------------------------------------------------------------
// Template tokens
// ---------------------------------------------------------------------------------------------

function entries(token: TemplateToken | undefined): [string, TemplateToken][] {
  if (!token || !isMapping(token)) return [];
  return [...token].map((pair) => [pair.key.toString(), pair.value]);
}
function get(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return entries(token).find(([k]) => k === key)?.[1];
}
function keySet(token: TemplateToken | undefined): Set<string> {
  return new Set(entries(token).map(([k]) => k.toLowerCase()));
}
function literal(token: TemplateToken | undefined): string | undefined {
  if (!token) return undefined;
  if (isString(token)) return token.value;
  if (isBoolean(token) || isNumber(token)) return String(token.value);
  return undefined;
}
/** A scalar as written: a string's value, or the source of a string holding `${{ }}`. */
function sourceOf(token: TemplateToken | undefined): string | undefined {
  if (token && isBasicExpression(token)) return token.source ?? `\${{ ${token.expression} }}`;
  return literal(token);
}
function lineOf(token: TemplateToken | undefined): number {
  return token?.range?.start.line ?? 0;
}

/** Every token under `token` with the keys and indexes leading to it. */
function* walkTokens(token: TemplateToken, at: (string | number)[] = []): Generator<[TemplateToken, (string | number)[]]> {
  yield [token, at];
  if (isMapping(token)) for (const pair of token) yield* walkTokens(pair.value, [...at, pair.key.toString()]);
  else if (isSequence(token)) {
    let i = 0;
    for (const item of token) yield* walkTokens(item, [...at, i++]);
  }
}

/** The expressions a value holds: each `${{ }}` of a string, or the whole of a bare `if:`. */
function expressionsOf(token: TemplateToken, key: string | number | undefined): { text: string; wrapped: boolean }[] {
  if (isBasicExpression(token)) {
    const originals = token.originalExpressions;
    if (originals && originals.length > 0) return originals.map((o) => ({ text: o.expression, wrapped: true }));
    return [{ text: token.expression, wrapped: false }];
  }
  if (key === 'if' && isString(token)) return [{ text: token.value, wrapped: false }];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------------------------

const DOW = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One cron field as the set of values it matches. */
function cronField(field: string, min: number, max: number, names: string[] = [], namesFrom = 0): Set<number> {
  const value = (s: string) => {
    const i = names.indexOf(s.toLowerCase());
    const n = i >= 0 ? i + namesFrom : Number(s);
    if (!Number.isInteger(n)) throw new Error(`"${s}" is not a value`);
    return n;
  };
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [min, max];
    else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number];
    else [lo, hi] = [value(range), stepText === undefined ? value(range) : max];
    for (let n = lo; n <= hi; n += step) out.add(n);
  }
  return out;
}

interface Cron {
  minute: Set<number>;
  hour: Set<number>;
  day: Set<number>;
  month: Set<number>;
  weekday: Set<number>;
}
function parseCron(text: string): Cron {
  const f = text.trim().split(/\s+/);
  if (f.length !== 5) throw new Error(`"${text}" has ${f.length} fields, not 5`);
  const weekday = new Set([...cronField(f[4]!, 0, 7, DOW)].map((d) => d % 7));
  return { minute: cronField(f[0]!, 0, 59), hour: cronField(f[1]!, 0, 23), day: cronField(f[2]!, 1, 31), month: cronField(f[3]!, 1, 12, MONTHS, 1), weekday };
}
const only = (set: Set<number>, ...values: number[]) => set.size === values.length && values.every((v) => set.has(v));
const every = (set: Set<number>, count: number) => set.size === count;
const daily = (c: Cron) => every(c.day, 31) && every(c.month, 12) && every(c.weekday, 7);

/** The schedule each scheduled starter promises (issue 8), checked by what the cron matches, not how it is written. */
const SCHEDULES: Record<string, { says: string; matches: (c: Cron) => boolean }> = {
  'assay-health-check.yml': { says: 'every day at 06:00 UTC', matches: (c) => only(c.minute, 0) && only(c.hour, 6) && daily(c) },
  'assay-security-audit.yml': { says: 'Sundays at 02:00 UTC', matches: (c) => only(c.minute, 0) && only(c.hour, 2) && every(c.day, 31) && every(c.month, 12) && only(c.weekday, 0) },
  'assay-benchmarks.yml': { says: 'Wednesdays at 14:00 UTC', matches: (c) => only(c.minute, 0) && only(c.hour, 14) && every(c.day, 31) && every(c.month, 12) && only(c.weekday, 3) },
  'assay-monthly-audit.yml': { says: 'once on the 1st of every month', matches: (c) => c.minute.size === 1 && c.hour.size === 1 && only(c.day, 1) && every(c.month, 12) && every(c.weekday, 7) },
};

// ---------------------------------------------------------------------------------------------
// The wiring check
// ---------------------------------------------------------------------------------------------

interface StepInfo {
  index: number;
  id: string | undefined;
  uses: string | undefined;
  run: string | undefined;
  token: TemplateToken;
  /** Declared outputs; undefined when they cannot be known (someone else's action). */
  outputs: Set<string> | undefined;
  label: string;
}

interface JobInfo {
  id: string;
  token: TemplateToken;
  needs: Set<string>;
  /** Declared outputs (job `outputs:`, or the called workflow's). */
  outputs: Set<string>;
  /** Matrix keys; undefined when the matrix is an expression. */
  matrix: Set<string> | undefined;
  env: Set<string>;
  steps: StepInfo[];
  callee: Callee | undefined;
}

export interface WiringOptions {
  /** The name the file goes by for its role (schedules); default its base name. */
  role?: string;
}

/**
 * Everything GitHub would only find at run time (or never): see the file comment. Returns one
 * sentence per problem, naming the file and line.
 */
export async function checkWorkflowWiring(file: string, options: WiringOptions = {}): Promise<string[]> {
  const content = fs.readFileSync(file, 'utf8');
  const lines = content.split('\n');
  const where = (token: TemplateToken | undefined) => `${show(file)}:${lineOf(token)}`;
  const problems: string[] = [];

  const yamlDoc = parseDocument(content);
  if (yamlDoc.errors.length > 0) return yamlDoc.errors.map((e) => `${show(file)}: not valid YAML: ${e.message}`);
  const plain = (yamlDoc.toJS() ?? {}) as Record<string, any>;

  const parsed = parseWorkflow({ name: show(file), content }, new NoOperationTraceWriter());
  if (parsed.context.errors.getErrors().length > 0 || !parsed.value) {
    return parsed.context.errors.getErrors().map((e) => `${e.message} (workflow schema)`);
  }
  // Conversion with the called workflows fetched from this checkout: the parser itself then
  // checks a call's `with:` and `secrets:` against the callee's declarations.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, { fetchReusableWorkflowDepth: 1 });
  for (const err of template.errors ?? []) problems.push(`${show(file)}: ${err.Message} (workflow model)`);

  const root = parsed.value;
  const on = get(root, 'on');
  const call = get(on, 'workflow_call');
  const isReusable = call !== undefined || (on !== undefined && isString(on) && on.value === 'workflow_call');
  const declaredInputs = new Set([...keySet(get(call, 'inputs')), ...keySet(get(get(on, 'workflow_dispatch'), 'inputs'))]);
  const declaredSecrets = new Set([...keySet(get(call, 'secrets')), 'github_token']);
  const workflowEnv = keySet(get(root, 'env'));

  // --- jobs as the parser modelled them, with what each declares ----------------------------
  const jobTokens = new Map(entries(get(root, 'jobs')));
  const modelled = new Map<string, WorkflowJob>((template.jobs ?? []).map((j) => [j.id.value, j]));
  const jobs = new Map<string, JobInfo>();
  for (const [id, token] of jobTokens) {
    const model = modelled.get(id);
    const needs = new Set((model?.needs ?? []).map((n) => n.value.toLowerCase()));
    const strategyMatrix = get(get(token, 'strategy'), 'matrix');
    let matrix: Set<string> | undefined;
    if (strategyMatrix && isMapping(strategyMatrix)) {
      matrix = new Set([...keySet(strategyMatrix)].filter((k) => k !== 'include' && k !== 'exclude'));
      const include = get(strategyMatrix, 'include');
      if (include && isSequence(include)) for (const item of include) for (const k of keySet(item)) matrix.add(k);
      else if (include) matrix = undefined;
    }
    const usesToken = get(token, 'uses');
    let callee: Callee | undefined;
    let outputs = keySet(get(token, 'outputs'));
    if (usesToken && isString(usesToken)) {
      const target = resolveUses(usesToken.value);
      if (target.kind === 'workflow') {
        if (!fs.existsSync(target.file)) problems.push(`${where(usesToken)}: job "${id}" calls ${usesToken.value}, but ${show(target.file)} does not exist.`);
        else {
          callee = readCallee(target.file);
          outputs = callee.outputs;
        }
      }
    }
    const steps: StepInfo[] = [];
    const stepsToken = get(token, 'steps');
    if (stepsToken && isSequence(stepsToken)) {
      let i = 0;
      for (const step of stepsToken) {
        const uses = literal(get(step, 'uses'));
        const run = sourceOf(get(step, 'run'));
        const stepId = literal(get(step, 'id'));
        let stepOutputs: Set<string> | undefined;
        if (run !== undefined) stepOutputs = outputsWrittenBy(run);
        else if (uses !== undefined) {
          const target = resolveUses(uses);
          if (target.kind === 'action' && fs.existsSync(target.file)) stepOutputs = new Set(Object.keys(actionMetadata(target.file).outputs).map((o) => o.toLowerCase()));
        }
        const name = literal(get(step, 'name'));
        const label = `job "${id}" step ${name ? `"${name}"` : stepId ? `"${stepId}"` : `#${i + 1}`}`;
        steps.push({ index: i, id: stepId, uses, run, token: step, outputs: stepOutputs, label });
        i++;
      }
    }
    jobs.set(id.toLowerCase(), { id, token, needs, outputs, matrix, env: keySet(get(token, 'env')), steps, callee });
  }

  // --- needs name existing jobs -----------------------------------------------------------
  for (const job of jobs.values()) {
    const needsToken = get(job.token, 'needs');
    for (const n of job.needs) if (!jobs.has(n)) problems.push(`${where(needsToken)}: job "${job.id}" needs "${n}", which is not a job of this workflow.`);
  }

  // --- every expression: parses, and each reference resolves --------------------------------
  const checkExpression = (text: string, token: TemplateToken, scope: { job?: JobInfo; stepIndex?: number; inJobOutputs?: boolean; inCallOutputs?: boolean }) => {
    const expr = parseExpression(text);
    if (typeof expr === 'string') return void problems.push(`${where(token)}: the expression "${text.trim()}" does not parse: ${expr}`);
    for (const p of contextPaths(expr)) {
      const [ctx, a, b, c] = p;
      const ref = p.join('.');
      if (ctx === 'needs' && scope.job) {
        if (a === undefined || a === '*') continue;
        if (!scope.job.needs.has(a)) {
          problems.push(`${where(token)}: ${ref} in job "${scope.job.id}", which does not need "${a}" (add it to needs:).`);
          continue;
        }
        const other = jobs.get(a);
        if (other && b === 'outputs' && c !== undefined && c !== '*' && !other.outputs.has(c)) {
          problems.push(`${where(token)}: ${ref}: job "${other.id}" has no output "${c}" (it declares: ${[...other.outputs].join(', ') || 'none'}).`);
        }
      } else if (ctx === 'steps' && scope.job) {
        if (a === undefined || a === '*') continue;
        const visible = scope.job.steps.filter((s) => scope.inJobOutputs || (scope.stepIndex !== undefined && s.index < scope.stepIndex));
        const step = visible.find((s) => s.id?.toLowerCase() === a);
        if (!step) {
          const later = scope.job.steps.find((s) => s.id?.toLowerCase() === a);
          problems.push(`${where(token)}: ${ref}: ${later ? `step "${a}" runs after this point` : `no step with id "${a}" in job "${scope.job.id}"`}.`);
          continue;
        }
        if (b === 'outputs' && c !== undefined && c !== '*' && step.outputs && !step.outputs.has(c)) {
          problems.push(
            `${where(token)}: ${ref}: ${step.uses ? `${step.uses} declares no output "${c}"` : `the script of step "${step.id}" never writes "${c}=" to $GITHUB_OUTPUT`} (outputs: ${[...step.outputs].join(', ') || 'none'}).`,
          );
        }
      } else if (ctx === 'jobs') {
        if (!scope.inCallOutputs) continue;
        if (a === undefined || a === '*') continue;
        const other = jobs.get(a);
        if (!other) problems.push(`${where(token)}: ${ref}: no job "${a}" in this workflow.`);
        else if (b === 'outputs' && c !== undefined && c !== '*' && !other.outputs.has(c)) {
          problems.push(`${where(token)}: ${ref}: job "${other.id}" has no output "${c}" (it declares: ${[...other.outputs].join(', ') || 'none'}).`);
        }
      } else if (ctx === 'inputs') {
        if (a !== undefined && a !== '*' && !declaredInputs.has(a)) {
          problems.push(`${where(token)}: ${ref}: the workflow declares no input "${a}"${declaredInputs.size ? ` (it has: ${[...declaredInputs].join(', ')})` : ''}.`);
        }
      } else if (ctx === 'secrets') {
        if (isReusable && a !== undefined && a !== '*' && !declaredSecrets.has(a)) problems.push(`${where(token)}: ${ref}: the reusable workflow declares no secret "${a}".`);
      } else if (ctx === 'matrix' && scope.job) {
        if (a !== undefined && a !== '*' && scope.job.matrix && !scope.job.matrix.has(a)) problems.push(`${where(token)}: ${ref}: job "${scope.job.id}" has no matrix key "${a}".`);
      } else if (ctx === 'env') {
        if (a === undefined || a === '*') continue;
        const stepEnv = scope.job && scope.stepIndex !== undefined ? keySet(get(scope.job.steps[scope.stepIndex]?.token, 'env')) : new Set<string>();
        if (!workflowEnv.has(a) && !(scope.job?.env.has(a) ?? false) && !stepEnv.has(a)) problems.push(`${where(token)}: ${ref}: no env "${a}" is set at the workflow, job or step.`);
      }
    }
  };

  const visitExpressions = (token: TemplateToken, scope: Parameters<typeof checkExpression>[2], at0: string[] = []) => {
    for (const [t, at] of walkTokens(token, at0)) {
      const key = at[at.length - 1];
      for (const { text, wrapped } of expressionsOf(t, key)) {
        if (key === 'if' && wrapped) problems.push(`${where(t)}: if: holds text outside its \${{ }}, so it is a non-empty string and always true; write the whole condition inside one \${{ }} on one line.`);
        checkExpression(text, t, scope);
      }
    }
  };

  for (const [key, value] of entries(root)) {
    if (key === 'jobs') continue;
    if (key === 'on') {
      for (const [, output] of entries(get(call, 'outputs'))) visitExpressions(output, { inCallOutputs: true });
      continue;
    }
    visitExpressions(value, {}, [key]);
  }
  for (const job of jobs.values()) {
    for (const [key, value] of entries(job.token)) {
      if (key === 'steps' && isSequence(value)) {
        let i = 0;
        for (const step of value) visitExpressions(step, { job, stepIndex: i++ });
      } else visitExpressions(value, { job, inJobOutputs: key === 'outputs' }, [key]);
    }
  }

  // --- steps: our actions' inputs, local paths, pins, run scripts ---------------------------
  for (const job of jobs.values()) {
    const checkouts: string[] = [];
    for (const step of job.steps) {
      const usesToken = get(step.token, 'uses');
      const withToken = get(step.token, 'with');
      if (step.run !== undefined) {
        for (const ref of untrustedReferences(step.run)) {
          problems.push(`${where(get(step.token, 'run'))}: ${step.label} interpolates \${{ ${ref} }} into its script; pass it through env:.`);
        }
      }
      if (step.uses === undefined) continue;
      const target = resolveUses(step.uses);
      if (target.kind === 'third-party' && /^actions\/checkout$/i.test(target.name)) checkouts.push(literal(get(withToken, 'path')) ?? '');
      if (target.kind === 'third-party') problems.push(...pinProblems(step.uses, usesToken, lines, where));
      if (target.kind === 'local') problems.push(`${where(usesToken)}: ${step.label} uses ${step.uses}, which is no action of this repository.`);
      if (target.kind === 'workflow') problems.push(`${where(usesToken)}: ${step.label} uses a workflow as a step; call it from a job.`);
      if (target.kind !== 'action') continue;
      if (!fs.existsSync(target.file)) {
        problems.push(`${where(usesToken)}: ${step.label} uses ${step.uses}, but ${show(target.file)} does not exist.`);
        continue;
      }
      // A relative path resolves in the workspace: something must have put the action there.
      if (step.uses.startsWith('./')) {
        const dir = step.uses.slice(2).split('/')[0]!;
        const checkedOut = checkouts.some((p) => p.replace(/^\.\//, '').replace(/\/$/, '') === dir);
        if (dir === '.assay' && !checkedOut) problems.push(`${where(usesToken)}: ${step.label} uses ${step.uses}, but no earlier step of the job checks Assay out into .assay.`);
        if (dir !== '.assay' && isReusable) {
          problems.push(`${where(usesToken)}: ${step.label} uses ${step.uses} in a reusable workflow, where ./ is the CALLER's workspace; check Assay out into .assay and use ./.assay/….`);
        }
      }
      const meta = actionMetadata(target.file);
      const declared = new Map(Object.keys(meta.inputs).map((n) => [n.toLowerCase(), n]));
      const given = entries(withToken);
      for (const [name, value] of given) {
        if (!declared.has(name.toLowerCase())) {
          problems.push(`${where(value)}: ${step.label}: ${step.uses} has no input "${name}"${suggest(name, [...declared.values()])} (${show(target.file)}).`);
        }
      }
      const givenNames = new Set(given.map(([n]) => n.toLowerCase()));
      for (const [name, spec] of Object.entries(meta.inputs)) {
        if (spec.required && spec.default === undefined && !givenNames.has(name.toLowerCase())) {
          problems.push(`${where(usesToken)}: ${step.label}: ${step.uses} requires input "${name}", which is not given.`);
        }
      }
      problems.push(...gateProblems(get(withToken, 'quality-gates'), `${step.label}`, where));
    }
  }

  // --- jobs that call a reusable workflow -----------------------------------------------------
  const topPermissions = permissionsOf(plain.permissions);
  for (const job of jobs.values()) {
    const usesToken = get(job.token, 'uses');
    if (!usesToken || !isString(usesToken)) continue;
    const target = resolveUses(usesToken.value);
    if (target.kind === 'third-party') problems.push(...pinProblems(usesToken.value, usesToken, lines, where));
    if (!job.callee) continue;
    const callee = job.callee;
    const withToken = get(job.token, 'with');
    const given = entries(withToken);
    for (const [name, value] of given) {
      const spec = callee.inputs.get(name.toLowerCase());
      if (!spec) {
        problems.push(`${where(value)}: job "${job.id}": ${show(callee.file)} has no input "${name}"${suggest(name, [...callee.inputs.values()].map((i) => i.name))}.`);
        continue;
      }
      const text = literal(value);
      if (text !== undefined && !isBasicExpression(value)) {
        const ok = spec.type === 'boolean' ? isBoolean(value) : spec.type === 'number' ? isNumber(value) : isString(value) || isNumber(value) || isBoolean(value);
        if (!ok) problems.push(`${where(value)}: job "${job.id}": input "${name}" is a ${spec.type}; "${text}" is not.`);
      }
    }
    const givenNames = new Set(given.map(([n]) => n.toLowerCase()));
    for (const spec of callee.inputs.values()) {
      if (spec.required && !spec.hasDefault && !givenNames.has(spec.name.toLowerCase())) problems.push(`${where(usesToken)}: job "${job.id}": input "${spec.name}" of ${show(callee.file)} is required.`);
    }
    const secretsToken = get(job.token, 'secrets');
    if (!(secretsToken && isString(secretsToken) && secretsToken.value === 'inherit')) {
      for (const [name, value] of entries(secretsToken)) {
        if (!callee.secrets.has(name.toLowerCase())) problems.push(`${where(value)}: job "${job.id}": ${show(callee.file)} has no secret "${name}"${suggest(name, [...callee.secrets.values()].map((s) => s.name))}.`);
      }
    }
    problems.push(...gateProblems(get(withToken, 'quality-gates'), `job "${job.id}"`, where));
    // GitHub refuses to start the run when a called job asks for more than the calling job has,
    // whether or not that called job would run.
    const granted = permissionsOf(plain.jobs?.[job.id]?.permissions) ?? topPermissions;
    for (const [scope, { level, jobs: asking }] of callee.permissions) {
      const has = granted?.get(scope) ?? 'none';
      if (LEVEL[level] > LEVEL[has]) {
        problems.push(`${where(usesToken)}: job "${job.id}" grants ${scope}: ${has}, but ${show(callee.file)}'s job(s) ${asking.join(', ')} ask for ${scope}: ${level}; GitHub would not start the run.`);
      }
    }
  }

  // --- permissions, concurrency, timeouts ------------------------------------------------------
  const rootPerms = plain.permissions;
  if (rootPerms === undefined) problems.push(`${show(file)}: no top-level permissions:; set permissions: {} (or read-only scopes) and grant each job what it needs.`);
  else if (typeof rootPerms === 'string' || Object.values(rootPerms as Record<string, unknown>).some((v) => v !== 'read' && v !== 'none')) {
    problems.push(`${show(file)}: the top-level permissions (${JSON.stringify(rootPerms)}) are not restrictive; keep them {} or read-only and grant writes per job.`);
  }
  const rootGrantsNothing = rootPerms !== undefined && typeof rootPerms === 'object' && Object.keys(rootPerms as object).length === 0;
  const plainJobs = (plain.jobs ?? {}) as Record<string, Record<string, unknown>>;
  for (const job of jobs.values()) {
    const spec = plainJobs[job.id] ?? {};
    if (rootGrantsNothing && spec.permissions === undefined) problems.push(`${where(job.token)}: job "${job.id}" has no permissions: and the workflow grants none; give it what it needs.`);
    if (spec.uses === undefined && spec['timeout-minutes'] === undefined) problems.push(`${where(job.token)}: job "${job.id}" has no timeout-minutes (the default is 6 hours).`);
  }
  if (plain.concurrency === undefined) problems.push(`${show(file)}: no concurrency:; a newer run should replace (or wait for) one still going.`);

  // --- schedules ---------------------------------------------------------------------------------
  const role = options.role ?? path.basename(file);
  const crons = (template.events?.schedule ?? []).map((s) => s.cron);
  const expected = SCHEDULES[role];
  for (const cron of crons) {
    let parsedCron: Cron;
    try {
      parsedCron = parseCron(cron);
    } catch (err) {
      problems.push(`${show(file)}: schedule "${cron}" is not a cron expression: ${(err as Error).message}.`);
      continue;
    }
    if (expected && !expected.matches(parsedCron)) problems.push(`${show(file)}: schedule "${cron}" does not run ${expected.says}, as this starter promises.`);
  }
  if (expected && crons.length !== 1) problems.push(`${show(file)}: expected one schedule (${expected.says}), found ${crons.length}.`);

  return problems;
}

/** `O` for every `O=` a script writes to $GITHUB_OUTPUT (lower-cased). */
function outputsWrittenBy(script: string): Set<string> {
  const out = new Set<string>();
  if (!script.includes('GITHUB_OUTPUT')) return out;
  for (const m of script.matchAll(/(?:^|[\s"'])([A-Za-z_][A-Za-z0-9_-]*)=/gm)) out.add(m[1]!.toLowerCase());
  return out;
}

/** A third-party action must be pinned to a full commit sha, with its version in a comment. */
function pinProblems(uses: string, token: TemplateToken | undefined, lines: string[], where: (t: TemplateToken | undefined) => string): string[] {
  const ref = uses.slice(uses.lastIndexOf('@') + 1);
  if (!uses.includes('@') || !/^[0-9a-f]{40}$/.test(ref)) return [`${where(token)}: ${uses} is not pinned to a full 40-character commit sha (a tag or branch can be moved).`];
  const line = lines[lineOf(token) - 1] ?? '';
  if (!/#\s*v\d+(\.\d+){0,2}\b/.test(line)) return [`${where(token)}: ${uses} has no "# vX.Y.Z" comment saying which version the sha is.`];
  return [];
}

/** Literal quality gates must parse (generate-report's own parser). */
function gateProblems(token: TemplateToken | undefined, label: string, where: (t: TemplateToken | undefined) => string): string[] {
  if (!token || !isString(token)) return [];
  try {
    parseGates(token.value.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
    return [];
  } catch (err) {
    return [`${where(token)}: ${label}: quality-gates: ${(err as Error).message}`];
  }
}

function suggest(name: string, known: string[]): string {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const best = known.map((k) => [k, distance(name.toLowerCase(), k.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? ` (did you mean "${best[0]}"?)` : '';
}

// ---------------------------------------------------------------------------------------------
// The files
// ---------------------------------------------------------------------------------------------

/** The starter workflows issue 8 asks for, with the events each must be triggered by. */
const STARTERS: Record<string, string[]> = {
  'assay-review.yml': ['push', 'pull_request'],
  'assay-health-check.yml': ['schedule'],
  'assay-security-audit.yml': ['schedule'],
  'assay-benchmarks.yml': ['schedule'],
  'assay-monthly-audit.yml': ['schedule'],
  'assay-consultation.yml': ['repository_dispatch'],
};

function workflowFiles(): string[] {
  return ['.github/workflows', 'workflows'].flatMap((dir) => {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) return [];
    return fs.readdirSync(full).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(full, n));
  });
}

/** The ```yaml blocks of docs/workflows.md, each written to a temp file (line numbers kept in the name). */
function docsWorkflowBlocks(): { file: string; line: number }[] {
  const doc = path.join(ROOT, 'docs', 'workflows.md');
  const text = fs.readFileSync(doc, 'utf8');
  const dir = tempDir();
  const blocks: { file: string; line: number }[] = [];
  const re = /^```ya?ml[^\n]*\n([\s\S]*?)^```/gm;
  for (const m of text.matchAll(re)) {
    const line = text.slice(0, m.index).split('\n').length + 1;
    const file = path.join(dir, `docs-workflows.md-line-${line}.yml`);
    fs.writeFileSync(file, m[1]!);
    blocks.push({ file, line });
  }
  return blocks;
}

/**
 * What a ```yaml block of a Markdown page is: a whole workflow, or a piece of one that the page
 * shows in place: a workflow without its trigger (`jobs:` at the top), jobs (`finalize:` under
 * `jobs:`), the body of one job (`permissions:`, `steps:`), or steps (`- uses: …`).
 */
type SnippetKind = 'workflow' | 'jobs' | 'job' | 'job-body' | 'steps';

const JOB_KEYS = new Set([
  'name', 'needs', 'if', 'runs-on', 'environment', 'permissions', 'concurrency', 'outputs', 'env', 'defaults', 'timeout-minutes',
  'strategy', 'continue-on-error', 'container', 'services', 'steps', 'uses', 'with', 'secrets',
]);

function snippetKind(value: unknown): SnippetKind | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(value)) return value.length > 0 && value.every((s) => isObject(s) && ('uses' in s || 'run' in s)) ? 'steps' : undefined;
  if (!isObject(value)) return undefined;
  if ('jobs' in value) return 'on' in value ? 'workflow' : 'jobs';
  const keys = Object.keys(value);
  if (keys.every((k) => JOB_KEYS.has(k)) && ('steps' in value || 'uses' in value)) return 'job-body';
  if (keys.length > 0 && Object.values(value).every((j) => isObject(j) && ('steps' in j || 'uses' in j))) return 'job';
  return undefined;
}

/** `text` with its common leading indentation removed. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^ */.exec(l)![0].length))).join('\n');
}
const indent = (text: string, by: number) => text.split('\n').map((l) => (l.trim() === '' ? l : `${' '.repeat(by)}${l}`)).join('\n');

/**
 * A block made a complete workflow: the piece as written, with only what it leaves out around it
 * (a manual trigger, `permissions: {}` and a concurrency group at the top; for the body of a job
 * or a list of steps, the job around it; a stand-in for a job the piece `needs` but does not
 * show). Then it is held to every rule a workflow of this repository is.
 */
function wrapSnippet(block: string, kind: SnippetKind, where: string): string {
  const text = dedent(block).replace(/\n+$/, '');
  const value = parseYaml(text) as Record<string, unknown>;
  const head = (present: Record<string, unknown> = {}) =>
    [
      `# ${where}, made a complete workflow by test/workflows.test.ts`,
      ...('name' in present ? [] : ['name: Snippet']),
      ...('on' in present ? [] : ['on: workflow_dispatch']),
      ...('permissions' in present ? [] : ['permissions: {}']),
      ...('concurrency' in present ? [] : ['concurrency:', '  group: ${{ github.workflow }}', '  cancel-in-progress: true']),
    ].join('\n');
  const stubJob = (id: string) =>
    [`  ${id}:`, '    runs-on: ubuntu-latest', '    timeout-minutes: 5', '    permissions: {}', '    steps:', `      - run: echo "the job ${id} the snippet needs"`].join('\n');
  switch (kind) {
    case 'workflow':
      return `${text}\n`;
    case 'jobs':
      return `${head(value)}\n${text}\n`;
    case 'job': {
      const needed = Object.values(value).flatMap((job) => {
        const needs = (job as { needs?: unknown }).needs;
        return Array.isArray(needs) ? needs.map(String) : typeof needs === 'string' ? [needs] : [];
      });
      const stubs = [...new Set(needed)].filter((id) => !(id in value)).map(stubJob);
      return `${head()}\njobs:\n${indent(text, 2)}\n${stubs.join('\n')}\n`;
    }
    case 'job-body': {
      const around = 'uses' in value ? [] : [...('runs-on' in value ? [] : ['    runs-on: ubuntu-latest']), ...('timeout-minutes' in value ? [] : ['    timeout-minutes: 30'])];
      return `${head()}\njobs:\n  snippet:\n${around.map((l) => `${l}\n`).join('')}${indent(text, 4)}\n`;
    }
    case 'steps':
      return `${head()}\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    permissions:\n      contents: read\n    steps:\n${indent(text, 6)}\n`;
  }
}

/** The ```yaml blocks of a Markdown page (README.md, a page of docs/), each made a complete workflow in a temp file. */
function snippetBlocks(page: string): { file: string; line: number; kind: SnippetKind | undefined; text: string }[] {
  const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
  const dir = tempDir();
  const out: { file: string; line: number; kind: SnippetKind | undefined; text: string }[] = [];
  for (const m of text.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)) {
    const line = text.slice(0, m.index).split('\n').length + 1;
    const block = m[1]!;
    let kind: SnippetKind | undefined;
    try {
      kind = snippetKind(parseYaml(dedent(block)));
    } catch {
      kind = undefined;
    }
    const file = path.join(dir, `${page.replace(/[/\\]/g, '-')}-line-${line}.yml`);
    fs.writeFileSync(file, kind ? wrapSnippet(block, kind, `${page} line ${line}`) : block);
    out.push({ file, line, kind, text: block });
  }
  return out;
}

describe('every workflow', () => {
  for (const file of workflowFiles()) {
    it(`${show(file)}: GitHub's parser and actionlint find nothing`, async () => {
      assert.deepEqual(await checkWorkflowFile(file), []);
    });
    it(`${show(file)}: jobs, needs, expressions, inputs, outputs, pins, permissions and schedules are wired right`, async () => {
      assert.deepEqual(await checkWorkflowWiring(file), []);
    });
  }
});

describe('the reusable workflow', () => {
  const file = path.join(ROOT, '.github', 'workflows', 'assay.yml');
  const doc = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  const call = doc.on.workflow_call;

  it('is called with workflow_call only, and documents every input, secret and output', () => {
    assert.deepEqual(Object.keys(doc.on), ['workflow_call']);
    for (const kind of ['inputs', 'secrets', 'outputs'] as const) {
      for (const [name, spec] of Object.entries(call[kind] as Record<string, { description?: string }>)) {
        assert.ok(spec.description && spec.description.trim().length > 10, `${kind} "${name}" needs a description`);
      }
    }
    for (const output of ['grade', 'report-artifact', 'published-urls']) assert.ok(call.outputs[output], `output ${output}`);
    for (const secret of ['webhook-secret', 's3-access-key-id', 's3-secret-access-key', 'slack-webhook-url', 'smtp-password']) assert.ok(call.secrets[secret], `secret ${secret}`);
  });

  it('fans out (analyze per language, security-scan, CodeQL, perf-bench) and fans in (code scanning once, report, publish)', () => {
    const jobs = doc.jobs as Record<string, any>;
    assert.deepEqual(Object.keys(jobs).sort(), ['analyze', 'code-scanning', 'codeql', 'perf-bench', 'publish', 'report', 'security-scan']);
    assert.equal(jobs.analyze.strategy.matrix.language, '${{ fromJSON(inputs.languages) }}');
    assert.equal(jobs.analyze.strategy['fail-fast'], false);
    for (const fanOut of ['analyze', 'security-scan', 'codeql', 'perf-bench']) assert.equal(jobs[fanOut].needs, undefined, `${fanOut} starts at once`);
    assert.deepEqual(jobs.report.needs, ['analyze', 'security-scan', 'codeql', 'perf-bench']);
    assert.equal(jobs.report.if, '${{ !cancelled() }}');
    assert.equal(jobs.publish.needs, 'report');
    const codeqlSteps = jobs.codeql.steps as Record<string, any>[];
    const analyzeStep = codeqlSteps.find((s) => String(s.uses).startsWith('github/codeql-action/analyze@'))!;
    assert.equal(analyzeStep.with.upload, 'never', 'CodeQL must not upload itself');
    assert.ok(codeqlSteps.some((s) => String(s.uses).startsWith('actions/upload-artifact@') && String(s.with.name).startsWith('assay-codeql')));
    // Exactly one step in the whole workflow uploads to code scanning.
    const uploads = Object.entries(jobs).flatMap(([id, job]) =>
      ((job.steps ?? []) as Record<string, any>[]).filter((s) => String(s.uses ?? '').endsWith('/actions/security-scan') && String(s.with?.upload) !== 'false').map(() => id),
    );
    assert.deepEqual(uploads, ['code-scanning']);
    assert.equal(jobs['code-scanning'].permissions['security-events'], 'write');
    assert.deepEqual(Object.entries(jobs).filter(([, j]) => j.permissions?.['security-events'] === 'write').map(([id]) => id), ['code-scanning']);
  });

  it('uploads and downloads artifacts under the names generate-report looks for', () => {
    const text = fs.readFileSync(file, 'utf8');
    for (const name of ["'assay-analysis'", "format('assay-analysis-{0}', matrix.language)", 'artifact-name: assay-security', 'artifact-name: assay-performance', 'name: assay-codeql-${{ matrix.language }}']) {
      assert.ok(text.includes(name), name);
    }
  });
});

describe('the starter workflows', () => {
  const dir = path.join(ROOT, 'workflows');

  it('are all there, each triggered as promised', () => {
    for (const [name, events] of Object.entries(STARTERS)) {
      const file = path.join(dir, name);
      assert.ok(fs.existsSync(file), `workflows/${name}`);
      const on = (parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, any>).on as Record<string, unknown>;
      for (const event of events) assert.ok(event in on, `${name} runs on ${event}`);
    }
    const dispatch = (parseYaml(fs.readFileSync(path.join(dir, 'assay-consultation.yml'), 'utf8')) as Record<string, any>).on.repository_dispatch;
    assert.ok(Array.isArray(dispatch.types) && dispatch.types.includes('consultation-booked'));
  });

  it('each have a properties file in the starter-workflow format, and the README lists them', () => {
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const names = new Set<string>();
    for (const yml of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
      const base = yml.replace(/\.ya?ml$/, '');
      const propsFile = path.join(dir, `${base}.properties.json`);
      assert.ok(fs.existsSync(propsFile), `workflows/${base}.properties.json`);
      const props = JSON.parse(fs.readFileSync(propsFile, 'utf8')) as Record<string, unknown>;
      assert.equal(typeof props.name, 'string');
      assert.ok((props.name as string).trim() !== '' && !names.has(props.name as string), `${base}: a unique name`);
      names.add(props.name as string);
      assert.ok(typeof props.description === 'string' && props.description.length > 20, `${base}: a description`);
      assert.match(String(props.iconName), /^octicon [a-z0-9-]+$/, `${base}: iconName is an octicon`);
      assert.ok(Array.isArray(props.categories) && props.categories.length > 0 && props.categories.every((c) => typeof c === 'string'), `${base}: categories`);
      assert.ok(readme.includes(yml), `workflows/README.md lists ${yml}`);
    }
    for (const props of fs.readdirSync(dir).filter((n) => n.endsWith('.properties.json'))) {
      assert.ok(fs.existsSync(path.join(dir, props.replace('.properties.json', '.yml'))), `${props} belongs to a workflow`);
    }
  });
});

describe('docs/workflows.md', () => {
  const blocks = docsWorkflowBlocks();
  it('has workflows to show', () => assert.ok(blocks.length >= 3, `found ${blocks.length} yaml blocks`));
  for (const { file, line } of blocks) {
    it(`the yaml block at line ${line} is a valid, correctly wired workflow`, async () => {
      assert.deepEqual([...(await checkWorkflowFile(file)), ...(await checkWorkflowWiring(file))], []);
    });
  }
});

for (const page of ['README.md', 'docs/quality-gates.md']) {
  describe(`${page}: its yaml snippets`, () => {
    const blocks = snippetBlocks(page);
    it('has snippets to check', () => assert.ok(blocks.length >= 1, `found ${blocks.length} yaml blocks`));
    for (const { file, line, kind } of blocks) {
      it(`the yaml block at line ${line} (${kind ?? 'not recognised'}) is a valid, correctly wired piece of a workflow`, async () => {
        assert.ok(kind, `${page} line ${line}: not a workflow, nor jobs, a job's body or steps of one`);
        assert.deepEqual([...(await checkWorkflowFile(file)), ...(await checkWorkflowWiring(file))], [], fs.readFileSync(file, 'utf8'));
      });
    }
  });
}

describe('the snippet wrapper', () => {
  it('recognises each kind of piece, and the wrapped piece keeps every line as written', async () => {
    const steps = '      - uses: assay-dev/assay/actions/analyze@v0\n        with:\n          path: .\n';
    assert.equal(snippetKind(parseYaml(dedent(steps))), 'steps');
    assert.equal(snippetKind(parseYaml('permissions:\n  contents: read\nsteps:\n  - run: "true"\n')), 'job-body');
    assert.equal(snippetKind(parseYaml('finalize:\n  needs: audit\n  runs-on: ubuntu-latest\n  steps:\n    - run: "true"\n')), 'job');
    assert.equal(snippetKind(parseYaml('jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n')), 'jobs');
    assert.equal(snippetKind(parseYaml('on: push\njobs: {}\n')), 'workflow');
    assert.equal(snippetKind(parseYaml('destination: s3\n')), undefined);
    const wrapped = wrapSnippet(steps, 'steps', 'a test');
    for (const l of dedent(steps).trim().split('\n')) assert.ok(wrapped.includes(l), l);
  });

  it('a piece that is wrong stays wrong once wrapped: a typo in an input, a tag instead of a pin, an unknown job', async () => {
    const check = async (block: string) => {
      const kind = snippetKind(parseYaml(dedent(block)))!;
      const file = path.join(tempDir(), 'snippet.yml');
      fs.writeFileSync(file, wrapSnippet(block, kind, 'a test'));
      return [...(await checkWorkflowFile(file)), ...(await checkWorkflowWiring(file))];
    };
    const typo = await check('- uses: assay-dev/assay/actions/generate-report@v0\n  with:\n    gates: |\n      grade >= B\n');
    assert.ok(typo.some((p) => /has no input "gates"/.test(p)), typo.join('\n'));
    const tag = await check('- uses: actions/checkout@v4\n');
    assert.ok(tag.some((p) => /actions\/checkout@v4 is not pinned/.test(p)), tag.join('\n'));
    const output = await check('report:\n  needs: audit\n  runs-on: ubuntu-latest\n  timeout-minutes: 5\n  permissions: {}\n  steps:\n    - run: echo "${{ needs.audit.outputs.grade }}"\n');
    assert.ok(output.some((p) => /needs\.audit\.outputs\.grade: job "audit" has no output "grade"/.test(p)), output.join('\n'));
  });
});

describe('third-party actions', () => {
  it('are pinned to one commit (and version) wherever the workflows, docs and README use them', () => {
    const sources = [...workflowFiles(), ...['README.md', 'docs/workflows.md', 'docs/quality-gates.md'].map((p) => path.join(ROOT, p))];
    // action → "sha # version" → the files using it
    const pins = new Map<string, Map<string, Set<string>>>();
    for (const file of sources) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([^\s#]+)(?:\s*#\s*(v[\d.]+))?/g)) {
        const [, name, ref, version] = m;
        if (name!.toLowerCase().startsWith(ASSAY_REPOSITORY)) continue;
        const pin = `${ref}${version ? ` # ${version}` : ''}`;
        const byPin = pins.get(name!) ?? new Map<string, Set<string>>();
        byPin.set(pin, (byPin.get(pin) ?? new Set<string>()).add(show(file)));
        pins.set(name!, byPin);
      }
    }
    assert.ok(pins.has('actions/checkout'));
    for (const [name, byPin] of pins) {
      const described = [...byPin].map(([pin, files]) => `${pin} (${[...files].join(', ')})`);
      assert.equal(byPin.size, 1, `${name} is used at ${described.join('; ')}: pin it to one release everywhere`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Each rule fires on a broken copy
// ---------------------------------------------------------------------------------------------

describe('the wiring check catches', () => {
  const REUSABLE = path.join(ROOT, '.github', 'workflows', 'assay.yml');
  const REVIEW = path.join(ROOT, 'workflows', 'assay-review.yml');

  /** Copies `source` with `from` replaced by `to` (which must occur), checks it, and asserts the pattern is found there and not in the original. */
  async function catches(source: string, edits: [string, string][], pattern: RegExp, role = path.basename(source)): Promise<string[]> {
    let content = fs.readFileSync(source, 'utf8');
    for (const [from, to] of edits) {
      assert.ok(content.includes(from), `the test's edit no longer applies to ${show(source)}: ${JSON.stringify(from)}`);
      content = content.replace(from, to);
    }
    const copy = path.join(tempDir(), path.basename(source));
    fs.writeFileSync(copy, content);
    const before = await checkWorkflowWiring(source, { role });
    const problems = await checkWorkflowWiring(copy, { role });
    assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${problems.join('\n') || '(none)'}`);
    assert.ok(!before.some((p) => pattern.test(p)), `the original already has it:\n${before.join('\n')}`);
    return problems;
  }

  it('a typo in an input of the reusable workflow, in a caller', async () => {
    const problems = await catches(REVIEW, [['      report-kind: code-review', '      report-knd: code-review']], /has no input "report-knd" \(did you mean "report-kind"\?\)/);
    // GitHub's parser says so too, once it is given the called workflow.
    assert.ok(problems.some((p) => /Invalid input, report-knd is not defined in the referenced workflow/.test(p)), problems.join('\n'));
  });

  it('a typo in an input of one of our actions', async () => {
    await catches(REUSABLE, [['          changed-files-only: ${{ inputs.changed-files-only }}', '          changed-file-only: ${{ inputs.changed-files-only }}']], /\.\/\.assay\/actions\/analyze has no input "changed-file-only" \(did you mean "changed-files-only"\?\)/);
  });

  it('a wrong step output reference', async () => {
    await catches(REUSABLE, [['grade: ${{ steps.report.outputs.grade }}', 'grade: ${{ steps.report.outputs.grad }}']], /steps\.report\.outputs\.grad: \.\/\.assay\/actions\/generate-report declares no output "grad"/);
  });

  it('a wrong job output reference (workflow outputs and needs)', async () => {
    await catches(REUSABLE, [['value: ${{ jobs.report.outputs.grade }}', 'value: ${{ jobs.report.outputs.grades }}']], /jobs\.report\.outputs\.grades: job "report" has no output "grades"/);
    await catches(REUSABLE, [['name: ${{ needs.report.outputs.artifact-name }}', 'name: ${{ needs.report.outputs.artifact }}']], /needs\.report\.outputs\.artifact: job "report" has no output "artifact"/);
  });

  it('a run step output nobody writes, and a step read before it runs', async () => {
    await catches(REUSABLE, [["if: ${{ steps.config.outputs.present == 'true' }}\n        uses: ./.assay/actions/perf-bench", "if: ${{ steps.config.outputs.exists == 'true' }}\n        uses: ./.assay/actions/perf-bench"]], /the script of step "config" never writes "exists="/);
    await catches(REUSABLE, [['      ran: ${{ steps.config.outputs.present }}', '      ran: ${{ steps.nope.outputs.present }}']], /no step with id "nope" in job "perf-bench"/);
  });

  it('needs naming a job that does not exist, and needs.X without X in needs', async () => {
    await catches(REUSABLE, [['    needs: report\n', '    needs: reprot\n']], /needs "reprot", which is not a job of this workflow/);
    await catches(REUSABLE, [["needs.report.result == 'success'", "needs.security-scan.result == 'success'"]], /needs\.security-scan\.result in job "publish", which does not need "security-scan"/);
  });

  it('an if: that does not parse, and one that is always true', async () => {
    const problems = await catches(REUSABLE, [["    if: ${{ inputs.benchmark-config != '' }}", "    if: ${{ inputs.benchmark-config != }}"]], /\(workflow schema\)|does not parse/);
    assert.ok(problems.length > 0);
    await catches(REUSABLE, [["    if: ${{ !cancelled() }}\n", "    if: ${{ !cancelled() }} && ${{ inputs.report-kind != '' }}\n"]], /always true/);
  });

  it('an input the workflow does not declare, and a secret it does not declare', async () => {
    await catches(REUSABLE, [['path: ${{ inputs.path }}', 'path: ${{ inputs.paht }}']], /inputs\.paht: the workflow declares no input "paht"/);
    await catches(REUSABLE, [['${{ secrets.webhook-secret }}', '${{ secrets.webhook_secret }}']], /the reusable workflow declares no secret "webhook_secret"/);
  });

  it('a matrix key the job does not have, and an env nobody sets', async () => {
    await catches(REUSABLE, [["languages: ${{ matrix.language != 'auto'", "languages: ${{ matrix.languages != 'auto'"]], /matrix\.languages: job "analyze" has no matrix key "languages"/);
    await catches(path.join(ROOT, 'workflows', 'assay-consultation.yml'), [['webhook-url: ${{ env.PORTAL_WEBHOOK_URL }}', 'webhook-url: ${{ env.PORTAL_URL }}']], /env\.portal_url: no env "portal_url" is set/);
  });

  it('a required input left out', async () => {
    await catches(REUSABLE, [['          destination: ${{ inputs.destination }}\n', '']], /requires input "destination", which is not given/);
  });

  it('a third-party action on a tag, and a pin without its version comment', async () => {
    await catches(REVIEW.replace('assay-review', 'assay-health-check'), [['actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', 'actions/checkout@v7']], /actions\/checkout@v7 is not pinned to a full 40-character commit sha/);
    await catches(REVIEW.replace('assay-review', 'assay-health-check'), [['actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1']], /has no "# vX\.Y\.Z" comment/);
  });

  it('a write permission at the top level, and a job without permissions', async () => {
    await catches(REVIEW, [['permissions: {}\n', 'permissions: write-all\n']], /top-level permissions \("write-all"\) are not restrictive/);
    await catches(REUSABLE, [['    permissions:\n      contents: read\n    outputs:\n      total:', '    outputs:\n      total:']], /job "security-scan" has no permissions: and the workflow grants none/);
  });

  it('a caller granting less than the called jobs ask for', async () => {
    await catches(REVIEW, [['      statuses: write        # publish (skipped here) sets a commit status\n', '']], /job "review" grants statuses: none, but .*assay\.yml's job\(s\) publish ask for statuses: write; GitHub would not start the run/);
  });

  it('a schedule other than the promised one', async () => {
    await catches(path.join(ROOT, 'workflows', 'assay-health-check.yml'), [["cron: '0 6 * * *'", "cron: '0 7 * * *'"]], /schedule "0 7 \* \* \*" does not run every day at 06:00 UTC/);
    await catches(path.join(ROOT, 'workflows', 'assay-security-audit.yml'), [["cron: '0 2 * * 0'", "cron: '0 2 * * 1'"]], /does not run Sundays at 02:00 UTC/);
    await catches(path.join(ROOT, 'workflows', 'assay-benchmarks.yml'), [["cron: '0 14 * * 3'", "cron: '0 14 * * WED,FRI'"]], /does not run Wednesdays at 14:00 UTC/);
    await catches(path.join(ROOT, 'workflows', 'assay-monthly-audit.yml'), [["cron: '0 4 1 * *'", "cron: '0 4 1-2 * *'"]], /does not run once on the 1st of every month/);
  });

  it('untrusted text in a run: script', async () => {
    await catches(path.join(ROOT, 'workflows', 'assay-consultation.yml'), [['echo "Using run $run_id of $AUDIT_WORKFLOW"', 'echo "Using run $run_id of ${{ github.event.client_payload.audit_workflow }}"']], /interpolates \$\{\{ github\.event\.client_payload\.audit_workflow \}\}/);
  });

  it('a relative action path in a reusable workflow that is not the Assay checkout', async () => {
    await catches(REUSABLE, [['uses: ./.assay/actions/analyze', 'uses: ./actions/analyze']], /CALLER's workspace/);
  });

  it('a quality gate that does not parse', async () => {
    await catches(REVIEW, [['        critical-vulnerabilities == 0\n', '        critical-vulnerabilitys == 0\n']], /quality-gates: .*critical-vulnerabilitys/);
  });
});

describe('the cron reader', () => {
  it('reads names, ranges, steps and lists as GitHub does', () => {
    assert.deepEqual([...parseCron('0 14 * * WED').weekday], [3]);
    assert.deepEqual([...parseCron('0 2 * * 7').weekday], [0]);
    assert.deepEqual([...parseCron('*/15 0-3 1,15 * *').minute], [0, 15, 30, 45]);
    assert.deepEqual([...parseCron('*/15 0-3 1,15 * *').hour], [0, 1, 2, 3]);
    assert.deepEqual([...parseCron('0 0 1 JAN-MAR *').month], [1, 2, 3]);
    assert.throws(() => parseCron('0 6 * *'));
  });
});
