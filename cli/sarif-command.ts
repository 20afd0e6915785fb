import * as path from 'node:path';
import { UsageError } from '../lib/errors';
import { findFiles } from '../lib/sarif/find-files';
import { validateSarifFile } from '../lib/sarif/github-checks';
import { SarifMerger } from '../lib/sarif/merge';
import { formatMergeSummary } from '../lib/sarif/merge-summary';
import { formatProblem, unmatchedPattern, type SarifProblem } from '../lib/sarif/problems';
import { SARIF_COMMAND } from './library-commands';
import type { CliIo } from './main';
import { closest } from './parse-args';

/**
 * `assay sarif merge` and `assay sarif validate`: the shared SARIF library on the command line,
 * for SARIF from any tool, outside any action.
 *
 * merge exits 0 when it wrote a log, even if some inputs were broken: those are reported on
 * stderr by file and JSON path and left out, and the rest is merged, as the security-scan action
 * does with its `sarif-files`. `--strict` makes a broken or missing input exit 1 (the log is still
 * written). With no usable input at all it exits 1 and writes nothing.
 */


const HELP = `Usage: assay sarif <subcommand> [options] FILE...

${SARIF_COMMAND.description}
FILEs are paths or globs (*, ?, **, [...]; quote them so the shell leaves them to assay).

Subcommands:
  merge --output FILE IN...   Merge into one log: one run per tool and category (runs sharing
                              both are combined), duplicate results removed (same rule,
                              location and fingerprint), file URIs made relative to the
                              checkout, primaryLocationLineHash filled in, and GitHub's limits
                              applied (20 runs, 25,000 results and rules per run, 1,000
                              locations and 10,000 thread-flow steps per result, rule texts and
                              tags, 10 MB gzipped), the least severe results cut first. Prints
                              what was combined and cut, and why.
  validate FILE...            Check each file against the SARIF 2.1.0 schema and code
                              scanning's rules (at most 20 runs, one run per tool and category,
                              a location on every result, the limits above). Prints each
                              problem with its file and JSON path.

Options of merge:
  --output FILE          Where the merged log goes (required).
  --checkout DIR         The checkout the results are about (default: the current folder).
  --category NAME        Category for runs that have none (runs[].automationDetails.id).
  --gzip-output FILE     Also write the log gzipped, exactly as measured against the 10 MB limit.
  --no-fingerprints      Do not compute primaryLocationLineHash for results that lack one.
  --workers N            Threads that read large inputs besides the main one (default: CPUs - 1,
                         at most 3; 0 reads everything on the main thread).
  --strict               Exit 1 when an input is broken or a pattern matches nothing.
  --json                 Print the summary as JSON instead of lines.

Options of validate:
  --checkout DIR         The checkout the results are about (default: the current folder).
  --json                 Print the problems as JSON.

Exit codes: merge: 0 log written (broken inputs reported and left out, unless --strict),
1 no usable input or --strict with a problem; validate: 0 no errors, 1 a file has errors;
2 usage.`;

interface Parsed {
  flags: Map<string, string | true>;
  positional: string[];
}

function parse(sub: string, argv: readonly string[], valued: readonly string[], booleans: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('--') || token === '-') {
      positional.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    if (booleans.includes(name)) {
      flags.set(name, true);
      continue;
    }
    if (!valued.includes(name)) {
      const hint = closest(name, [...valued, ...booleans]);
      throw new UsageError(`assay sarif ${sub}: unknown option --${name}${hint ? `; did you mean --${hint}?` : ''} (see 'assay sarif --help').`);
    }
    const value = eq !== -1 ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`assay sarif ${sub}: option --${name} needs a value (see 'assay sarif --help').`);
    flags.set(name, value);
  }
  return { flags, positional };
}

function problemLines(problems: readonly SarifProblem[]): string {
  return problems.map((p) => `${formatProblem(p)}\n`).join('');
}

/** `assay sarif …`; resolves with the exit code. */
export async function runSarifCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${HELP}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'merge') return merge(rest, io);
  if (sub === 'validate') return validate(rest, io);
  const hint = closest(sub, ['merge', 'validate']);
  throw new UsageError(`assay sarif: unknown subcommand "${sub}"${hint ? `; did you mean "${hint}"?` : ''} (see 'assay sarif --help').`);
}

async function merge(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags, positional } = parse('merge', argv, ['output', 'checkout', 'category', 'gzip-output', 'workers'], ['no-fingerprints', 'strict', 'json']);
  const output = flags.get('output');
  if (typeof output !== 'string') throw new UsageError("assay sarif merge: --output FILE is required (see 'assay sarif --help').");
  if (positional.length === 0) throw new UsageError("assay sarif merge: give the SARIF files to merge (see 'assay sarif --help').");
  const checkout = path.resolve(io.cwd, (flags.get('checkout') as string | undefined) ?? '.');
  const category = flags.get('category') as string | undefined;
  const workersFlag = flags.get('workers') as string | undefined;
  const workers = workersFlag === undefined ? undefined : Number(workersFlag);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new UsageError(`assay sarif merge: --workers takes a whole number (0 or more), not "${workersFlag}".`);

  const found = await findFiles(positional, io.cwd);
  const merger = new SarifMerger({
    checkoutRoot: checkout,
    fingerprints: !flags.has('no-fingerprints'),
    ...(category !== undefined ? { category } : {}),
    ...(workers !== undefined ? { parallel: { workers } } : {}),
  });
  merger.problems.push(...found.unmatched.map((p) => unmatchedPattern(p)));
  const merged = await merger.addFiles(found.files.map((file) => ({ path: file, name: path.relative(io.cwd, file) || file })));
  const problems = merger.problems;
  if (problems.length > 0) io.stderr(problemLines(problems));
  if (merged === 0) {
    io.stderr(`assay sarif merge: no input could be merged${found.files.length === 0 ? ' (no file matched)' : ''}; nothing was written.\n`);
    return 1;
  }
  const log = await merger.finish();
  const outputPath = path.resolve(io.cwd, output);
  await log.write(outputPath);
  const gzipOutput = flags.get('gzip-output');
  if (typeof gzipOutput === 'string') await log.write(path.resolve(io.cwd, gzipOutput), { gzip: true });
  if (flags.has('json')) io.stdout(`${JSON.stringify({ output: outputPath, ...log.summary, problems }, null, 2)}\n`);
  else io.stdout(`wrote ${path.relative(io.cwd, outputPath) || outputPath}\n${formatMergeSummary(log.summary).join('\n')}\n`);
  const broken = new Set(problems.map((p) => p.file)).size;
  if (broken > 0) io.stderr(`assay sarif merge: ${broken} input${broken === 1 ? '' : 's'} left out (see above)${flags.has('strict') ? '' : '; the rest was merged'}.\n`);
  return flags.has('strict') && problems.length > 0 ? 1 : 0;
}

async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags, positional } = parse('validate', argv, ['checkout'], ['json']);
  if (positional.length === 0) throw new UsageError("assay sarif validate: give the SARIF files to check (see 'assay sarif --help').");
  const checkout = path.resolve(io.cwd, (flags.get('checkout') as string | undefined) ?? '.');
  const found = await findFiles(positional, io.cwd);
  const problems: SarifProblem[] = found.unmatched.map((p) => unmatchedPattern(p, 'error'));
  const verdicts: Array<{ file: string; errors: number; warnings: number }> = [];
  for (const file of found.files) {
    const name = path.relative(io.cwd, file) || file;
    const found = await validateSarifFile(file, { checkoutRoot: checkout }, name);
    problems.push(...found);
    verdicts.push({ file: name, errors: found.filter((p) => p.level === 'error').length, warnings: found.filter((p) => p.level === 'warning').length });
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  if (flags.has('json')) {
    io.stdout(`${JSON.stringify({ files: verdicts, problems }, null, 2)}\n`);
  } else {
    io.stdout(problemLines(problems));
    for (const v of verdicts) io.stdout(`${v.file}: ${v.errors === 0 ? 'valid' : `${v.errors} error${v.errors === 1 ? '' : 's'}`}${v.warnings ? `, ${v.warnings} warning${v.warnings === 1 ? '' : 's'}` : ''}\n`);
  }
  return errors > 0 ? 1 : 0;
}
