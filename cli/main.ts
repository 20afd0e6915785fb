import { UsageError, errorMessage } from '../lib/errors';

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

/**
 * Each kind of command loads its own code: `assay sarif merge` starts without the actions'
 * metadata reader and host (yaml, @actions/core and the HTTP client under it, some 1 MB of
 * code), which took 45 ms of a 1.3 s merge of 200,000 results before it read a byte.
 */
async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'sarif') return (await import('./sarif-command')).runSarifCommand(argv.slice(1), io);
  return (await import('./action-command')).runActionCommand(argv, io);
}
