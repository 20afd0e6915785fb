import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../cli/main';
import { runProcess } from '../lib/process/run-process';
import type { SarifLog } from '../lib/sarif/types';

/**
 * `assay sarif merge` and `assay sarif validate`, run through the command's own entry (cli/main.ts,
 * in this process, and once as a process through cli/index.ts), on the real SARIF of
 * ../shared/fixtures/sarif-real and on small logs written here.
 */

const SHARED_SARIF = path.resolve(import.meta.dirname, '../../shared/fixtures/sarif-real');
const sharedPresent = fs.existsSync(SHARED_SARIF);
const sharedSkip = sharedPresent || process.env.CI === 'true' ? false : `../shared/fixtures/sarif-real is not here (${SHARED_SARIF}); the real-SARIF command tests did not run`;

async function assay(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sarif-cli-'));
}

function writeLog(dir: string, name: string, log: unknown): string {
  fs.writeFileSync(path.join(dir, name), typeof log === 'string' ? log : JSON.stringify(log, null, 2));
  return name;
}

const run = (tool: string, id: string | undefined, line: number) => ({
  tool: { driver: { name: tool, rules: [{ id: 'r1', shortDescription: { text: 'r1' }, fullDescription: { text: 'rule one' }, help: { text: 'fix it' } }] } },
  ...(id ? { automationDetails: { id } } : {}),
  results: [{ ruleId: 'r1', ruleIndex: 0, message: { text: `at ${line}` }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.py' }, region: { startLine: line } } }] }],
});

describe('assay sarif', () => {
  test('assay --help lists sarif; assay sarif --help describes both subcommands and the exit codes', async () => {
    const top = await assay(['--help'], os.tmpdir());
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^ {2}sarif +Merge SARIF files into one log GitHub code scanning accepts/m);
    const help = await assay(['sarif', '--help'], os.tmpdir());
    assert.equal(help.code, 0);
    assert.match(help.stdout, /merge --output FILE IN\.\.\./);
    assert.match(help.stdout, /validate FILE\.\.\./);
    assert.match(help.stdout, /Exit codes: merge: 0 log written/);
    const none = await assay(['sarif'], os.tmpdir());
    assert.equal(none.code, 2);
  });

  test('usage errors exit 2 and say what to do', async () => {
    const dir = tempDir();
    const unknown = await assay(['sarif', 'merj'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown subcommand "merj"; did you mean "merge"\?/);
    const noOutput = await assay(['sarif', 'merge', 'a.sarif'], dir);
    assert.equal(noOutput.code, 2);
    assert.match(noOutput.stderr, /--output FILE is required/);
    const badFlag = await assay(['sarif', 'merge', '--ouput', 'x', 'a.sarif'], dir);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.stderr, /unknown option --ouput; did you mean --output\?/);
  });

  test('merge combines runs of one tool and category, prints what it did, and exits 0 with a broken input reported by file and path', async () => {
    const dir = tempDir();
    writeLog(dir, 'a.sarif', { version: '2.1.0', runs: [run('Tool', 'cat/', 1)] });
    writeLog(dir, 'b.sarif', { version: '2.1.0', runs: [run('Tool', 'cat/nightly', 2), run('Other', 'cat/', 3)] });
    writeLog(dir, 'broken.sarif', { version: '2.1.0', runs: [{ tool: { driver: { name: 'X' } }, results: [{ message: {} }] }] });
    const r = await assay(['sarif', 'merge', '--output', 'out/merged.sarif', '--gzip-output', 'out/merged.sarif.gz', '*.sarif'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^wrote out\/merged\.sarif$/m);
    assert.match(r.stdout, /2 files in, 2 runs out; 3 results in, 0 duplicates removed, 3 written/);
    assert.match(r.stdout, /run "Tool" in category "cat": 2 results, 2 runs combined/);
    assert.match(r.stderr, /^broken\.sarif: runs\[0\]\.results\[0\]\.message: error: must have required property 'text' \[SARIF 2\.1\.0 schema: required/m);
    assert.match(r.stderr, /1 input left out \(see above\); the rest was merged/);
    const merged = JSON.parse(fs.readFileSync(path.join(dir, 'out/merged.sarif'), 'utf8')) as SarifLog;
    assert.deepEqual(merged.runs.map((x) => [x.tool.driver.name, x.automationDetails?.id, x.results!.length]), [['Tool', 'cat/', 2], ['Other', 'cat/', 1]]);
    assert.ok(fs.statSync(path.join(dir, 'out/merged.sarif.gz')).size > 0);

    const strict = await assay(['sarif', 'merge', '--strict', '--output', 'strict.sarif', '*.sarif'], dir);
    assert.equal(strict.code, 1, 'with --strict a broken input fails the command');
    assert.ok(fs.existsSync(path.join(dir, 'strict.sarif')), 'the merged log is still written');

    const json = await assay(['sarif', 'merge', '--json', '--output', 'j.sarif', 'a.sarif'], dir);
    assert.equal(json.code, 0);
    assert.equal((JSON.parse(json.stdout) as { results: number }).results, 1);
  });

  test('merge exits 1 and writes nothing when no input can be used', async () => {
    const dir = tempDir();
    writeLog(dir, 'bad.sarif', '{ "version": "2.1.0", "runs": [ }');
    const r = await assay(['sarif', 'merge', '--output', 'out.sarif', 'bad.sarif', 'missing-*.sarif'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^bad\.sarif:1:\d+: runs: error: not valid JSON/m);
    assert.match(r.stderr, /^missing-\*\.sarif: warning: no file matches this pattern/m);
    assert.match(r.stderr, /no input could be merged; nothing was written/);
    assert.ok(!fs.existsSync(path.join(dir, 'out.sarif')));
  });

  test('validate: every problem with file and JSON path, GitHub\'s rules included; exit 1 when a file has errors', async () => {
    const dir = tempDir();
    writeLog(dir, 'ok.sarif', { version: '2.1.0', runs: [run('Tool', 'a/', 1)] });
    const noLocation = run('Tool', 'a/', 1);
    delete (noLocation.results[0] as { locations?: unknown }).locations;
    writeLog(dir, 'github.sarif', { version: '2.1.0', runs: [run('Tool', 'a/', 1), run('Tool', 'a/2025', 2), noLocation].map((r, i) => (i === 2 ? { ...r, automationDetails: { id: 'b/' } } : r)) });
    const ok = await assay(['sarif', 'validate', 'ok.sarif'], dir);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /^ok\.sarif: valid$/m);
    const bad = await assay(['sarif', 'validate', 'ok.sarif', 'github.sarif'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^github\.sarif: runs\[1\]: error: a second run of "Tool" in category "a" \(the first is runs\[0\]\).*\[GitHub: one run per tool and category\]$/m);
    assert.match(bad.stdout, /^github\.sarif: runs\[2\]\.results\[0\]\.locations: error: the result has no location.*\[GitHub: result location\]$/m);
    assert.match(bad.stdout, /^github\.sarif: 2 errors$/m);
  });

  test('validate and merge on the real logs: the broken ones named, the merged log valid', { skip: sharedSkip }, async () => {
    const dir = tempDir();
    const validate = await assay(['sarif', 'validate', path.join(SHARED_SARIF, '*.sarif')], dir);
    assert.equal(validate.code, 1);
    for (const [file, where] of [
      ['sarif-sdk.invalid.JSON1001.SyntaxError.sarif:3:3', '$schema'],
      ['sarif-sdk.invalid.JSON1002.DeserializationError.sarif', 'runs[0].results[0].stacks[0]'],
      ['codeql-action.invalid-sarif.sarif', 'runs[0].results'],
      ['checkov.openapi-runner-results.sarif', 'runs[0]'],
    ] as const) {
      assert.ok(validate.stdout.includes(`${file}: ${where}: error:`), `validate names ${file} at ${where}:\n${validate.stdout}`);
    }
    assert.match(validate.stdout, /trivy\.alpine-310\.sarif: valid/);

    const merge = await assay(['sarif', 'merge', '--output', 'merged.sarif', path.join(SHARED_SARIF, '*.sarif')], dir);
    assert.equal(merge.code, 0, merge.stderr);
    const again = await assay(['sarif', 'validate', 'merged.sarif'], dir);
    assert.equal(again.code, 0, again.stdout);
    assert.match(again.stdout, /^merged\.sarif: valid/m);
  });

  test('as a process: assay sarif --help through cli/index.ts', async () => {
    const r = await runProcess(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '../cli/index.ts'), 'sarif', '--help'], {
      cwd: path.join(import.meta.dirname, '..'),
      timeoutMs: 60_000,
    });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^Usage: assay sarif <subcommand>/);
  });
});
