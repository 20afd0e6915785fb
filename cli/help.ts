import type { ActionMetadata } from '../lib/action/metadata';
import type { Command } from './commands';

export function globalHelp(
  commands: readonly { command: Command; meta: ActionMetadata }[],
  /** Commands that are not actions (`sarif`), listed after them. */
  extra: readonly { name: string; description: string }[] = [],
): string {
  const width = Math.max(...commands.map((c) => c.command.name.length), ...extra.map((c) => c.name.length));
  const lines = [
    'Usage: assay <command> [--<input> <value> ...]',
    '',
    'Runs an Assay action outside GitHub with the same inputs as its action.yml.',
    '',
    'Commands:',
    ...commands.map(({ command, meta }) => `  ${command.name.padEnd(width)}  ${meta.description}`),
    ...extra.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`),
    '',
    "Run 'assay <command> --help' for a command's inputs.",
    'Exit codes: 0 success, 1 failure, 2 usage or configuration error.',
  ];
  return lines.join('\n');
}

export function commandHelp(command: Command, meta: ActionMetadata): string {
  const names = Object.keys(meta.inputs);
  const width = Math.max(0, ...names.map((n) => n.length + 2));
  const lines = [`Usage: assay ${command.name} [--<input> <value> ...]`, '', meta.description, ''];
  lines.push('Inputs:');
  for (const name of names) {
    const spec = meta.inputs[name]!;
    const extra = spec.required ? ' (required)' : spec.default ? ` (default: ${spec.default})` : '';
    lines.push(`  --${name.padEnd(width - 2)}  ${spec.description}${extra}`);
  }
  const outputs = Object.entries(meta.outputs);
  if (outputs.length > 0) {
    lines.push('', 'Outputs (printed as name=value):');
    for (const [name, spec] of outputs) lines.push(`  ${name}  ${spec.description}`);
  }
  return lines.join('\n');
}
