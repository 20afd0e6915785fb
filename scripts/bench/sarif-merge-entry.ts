/**
 * The library entry the sarif-merge benchmark measures: `assay sarif merge` as the command runs
 * it once the CLI has dispatched to it (cli/sarif-command.ts, the shared library behind it),
 * bundled by scripts/build.ts exactly as the shipped bundles are (ncc, the ingest worker beside
 * it), without the rest of the CLI's commands, whose loading is timed on its own.
 */
import { runSarifCommand } from '../../cli/sarif-command';

process.exitCode = await runSarifCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
