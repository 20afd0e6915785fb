import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ConfigurationError } from '../errors';

export interface InputMetadata {
  description: string;
  required: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface OutputMetadata {
  description: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, InputMetadata>;
  outputs: Record<string, OutputMetadata>;
  runs: { using: string; main?: string; pre?: string; post?: string; steps?: unknown[] };
  /** The file it was read from. */
  file: string;
}

/** Names of the five actions, in pipeline order; each lives in actions/<name>/. */
export const ACTION_NAMES = ['analyze', 'security-scan', 'perf-bench', 'generate-report', 'publish-portal'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/**
 * The repository root: the folder holding the root action.yml and actions/. Found by walking up
 * from a module's location, so it works from the TypeScript sources, from a bundle in
 * actions/<name>/dist or dist/<x>, and from a consumer's checkout of the action.
 */
export function findRepositoryRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'action.yml')) && fs.existsSync(path.join(dir, 'actions'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Assay's action.yml files were not found above ${from}; is the repository complete?`);
    dir = parent;
  }
}

/** action.yml of one action (`undefined` name = the root action that runs the pipeline). */
export function actionMetadataFile(root: string, name?: string): string {
  return name ? path.join(root, 'actions', name, 'action.yml') : path.join(root, 'action.yml');
}

export function readActionMetadata(file: string): ActionMetadata {
  let doc: unknown;
  try {
    doc = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid YAML: ${(err as Error).message}`);
  }
  if (!isRecord(doc)) throw new ConfigurationError(`${file}: expected a mapping at the top level.`);
  const inputs: Record<string, InputMetadata> = {};
  for (const [name, spec] of Object.entries(isRecord(doc.inputs) ? doc.inputs : {})) {
    const s = isRecord(spec) ? spec : {};
    inputs[name] = {
      description: String(s.description ?? ''),
      required: s.required === true || s.required === 'true',
      ...(s.default !== undefined ? { default: String(s.default) } : {}),
      ...(s.deprecationMessage !== undefined ? { deprecationMessage: String(s.deprecationMessage) } : {}),
    };
  }
  const outputs: Record<string, OutputMetadata> = {};
  for (const [name, spec] of Object.entries(isRecord(doc.outputs) ? doc.outputs : {})) {
    outputs[name] = { description: String((isRecord(spec) ? spec.description : '') ?? '') };
  }
  const runs = isRecord(doc.runs) ? doc.runs : {};
  return {
    name: String(doc.name ?? ''),
    description: String(doc.description ?? ''),
    inputs,
    outputs,
    runs: {
      using: String(runs.using ?? ''),
      ...(typeof runs.main === 'string' ? { main: runs.main } : {}),
      ...(typeof runs.pre === 'string' ? { pre: runs.pre } : {}),
      ...(typeof runs.post === 'string' ? { post: runs.post } : {}),
      ...(Array.isArray(runs.steps) ? { steps: runs.steps } : {}),
    },
    file,
  };
}

/**
 * Input values as the runner would pass them: each declared input's default, overridden by what
 * was given. GitHub evaluates `${{ }}` defaults; outside a runner such a default is left empty.
 */
export function inputsWithDefaults(meta: ActionMetadata, given: Readonly<Record<string, string>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const fallback = spec.default !== undefined && !spec.default.includes('${{') ? spec.default : '';
    values[name] = given[name] ?? fallback;
  }
  for (const [name, value] of Object.entries(given)) values[name] ??= value;
  return values;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
