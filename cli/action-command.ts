import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCliHost } from '../lib/action/host';
import { findRepositoryRoot, inputsWithDefaults, readActionMetadata } from '../lib/action/metadata';
import { EXIT_CODES } from '../lib/action/run-action';
import { UsageError } from '../lib/errors';
import { COMMANDS } from './commands';
import { commandHelp, globalHelp } from './help';
import { LIBRARY_COMMANDS } from './library-commands';
import type { CliIo } from './main';
import { closest, parseActionArgs } from './parse-args';

/**
 * `assay --help`, `--version` and the commands that run an action (their flags are the action's
 * inputs, read from its action.yml): everything but `assay sarif`.
 */
export async function runActionCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const root = findRepositoryRoot();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const all = COMMANDS.map((command) => ({ command, meta: readActionMetadata(command.metadataFile(root)) }));
    io.stdout(`${globalHelp(all, LIBRARY_COMMANDS)}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const hint = closest(name, [...COMMANDS.map((c) => c.name), ...LIBRARY_COMMANDS.map((c) => c.name)]);
    throw new UsageError(`assay: unknown command "${name}"${hint ? `; did you mean "${hint}"?` : ''} (see 'assay --help').`);
  }
  const meta = readActionMetadata(command.metadataFile(root));
  const args = parseActionArgs(name, rest, meta);
  if (args.help) {
    io.stdout(`${commandHelp(command, meta)}\n`);
    return 0;
  }
  const host = createCliHost({ inputs: inputsWithDefaults(meta, args.inputs), cwd: io.cwd, env: io.env, log: undefined });
  const outcome = await command.run(host);
  for (const [key, value] of host.outputs) io.stdout(`${key}=${value}\n`);
  writeSummary(host.summary, host.input('output-dir'), name, io);
  if (outcome === 'configuration-error') io.stderr(`(see 'assay ${name} --help')\n`);
  return EXIT_CODES[outcome];
}

/** Outside GitHub the job summary becomes a Markdown file beside the results. */
function writeSummary(parts: readonly string[], outputDir: string, name: string, io: CliIo): void {
  if (parts.length === 0 || !outputDir) return;
  const dir = path.resolve(io.cwd, outputDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-summary.md`);
  fs.writeFileSync(file, parts.join('\n'));
  io.stderr(`summary: ${file}\n`);
}
