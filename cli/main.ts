import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCliHost } from '../lib/action/host';
import { findRepositoryRoot, inputsWithDefaults, readActionMetadata } from '../lib/action/metadata';
import { EXIT_CODES } from '../lib/action/run-action';
import { UsageError, errorMessage } from '../lib/errors';
import { COMMANDS } from './commands';
import { commandHelp, globalHelp } from './help';
import { closest, parseActionArgs } from './parse-args';
import { SARIF_DESCRIPTION, runSarifCommand } from './sarif-command';

/** Commands that are not actions: `assay sarif merge|validate` exposes the shared SARIF library. */
const LIBRARY_COMMANDS = [{ name: 'sarif', description: SARIF_DESCRIPTION }];

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};

/** `assay <command> …`; resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    io.stderr(`assay: ${errorMessage(err)}\n`);
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
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
  if (name === 'sarif') return runSarifCommand(rest, io);
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
