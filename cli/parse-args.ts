import { UsageError } from '../lib/errors';
import type { ActionMetadata } from '../lib/action/metadata';
import { editDistance } from '../lib/edit-distance';

export interface ParsedArgs {
  help: boolean;
  /** Input name → value, only what was given on the command line. */
  inputs: Record<string, string>;
}

const BOOLEAN_DEFAULTS = new Set(['true', 'false']);

/**
 * `--name value`, `--name=value`; a repeated flag adds a line (list inputs take one item a
 * line, as in a workflow); a bare `--flag` means true for inputs whose default is true/false.
 * Every name must be an input of the action.yml: a typo is an error, never silently ignored.
 */
export function parseActionArgs(command: string, argv: readonly string[], meta: ActionMetadata): ParsedArgs {
  const inputs: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--help' || token === '-h') {
      help = true;
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      throw new UsageError(`assay ${command}: unexpected argument "${token}"; inputs are given as --name value (see 'assay ${command} --help').`);
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const spec = meta.inputs[name];
    if (!spec) {
      const hint = closest(name, Object.keys(meta.inputs));
      throw new UsageError(`assay ${command}: unknown option --${name}${hint ? `; did you mean --${hint}?` : ''} (see 'assay ${command} --help').`);
    }
    let value: string;
    if (eq !== -1) {
      value = token.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      value = argv[++i]!;
    } else if (spec.default !== undefined && BOOLEAN_DEFAULTS.has(spec.default)) {
      value = 'true';
    } else {
      throw new UsageError(`assay ${command}: option --${name} needs a value (${spec.description})`);
    }
    inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
  }
  return { help, inputs };
}

/** The candidate within edit distance 2, to suggest for a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d <= 2 && (!best || d < best.d)) best = { name: c, d };
  }
  return best?.name;
}

