import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_FULL_REPORT, writeJobSummary } from '../actions/generate-report/publish/job-summary';
import { createCliHost, createRunnerHost, SUMMARY_LIMIT_BYTES } from '../lib/action/host';
import { createConsoleLogger } from '../lib/action/logger';

/**
 * The report as the step's job summary, kept under GitHub's 1,024 KiB per step. Written through
 * the real runner host (@actions/core's summary writing GITHUB_STEP_SUMMARY) as on a runner.
 */

const MIB = 1024 * 1024;
let scratch: string;
const savedSummary = process.env.GITHUB_STEP_SUMMARY;

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-report-summary-'));
});
after(async () => {
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = savedSummary;
  await rm(scratch, { recursive: true, force: true });
});

/** A findings table of `rows` rows; "—" and "é" make bytes and characters differ. */
function bigReport(rows: number): string {
  const lines = ['# Assay report — acme/widgets', '', '## Findings', '', '| # | Severity | Location | Message |', '|---|---|---|---|'];
  for (let i = 0; i < rows; i++) lines.push(`| ${i + 1} | high | src/café/module_${i}.ts:${i + 1} | Unvalidated input reaches a sink — finding ${i + 1} |`);
  lines.push('', '## Recommendations', '', 'Fix the findings above.', '');
  return lines.join('\n');
}

describe('writeJobSummary', () => {
  test('a report under the limit goes in unchanged', async () => {
    const written: string[] = [];
    const result = await writeJobSummary({ appendSummary: async (m) => void written.push(m) }, '# Report\n\nAll good.\n');
    assert.deepEqual(written, ['# Report\n\nAll good.\n']);
    assert.deepEqual(result, { bytes: 20, cut: false, keptLines: 4, totalLines: 4 });
  });

  test('over 1 MiB: cut at a line boundary below the limit, with a note saying so and where the report is', async () => {
    const markdown = bigReport(20_000);
    assert.ok(Buffer.byteLength(markdown) > 1.5 * MIB, 'the report is well over the limit');
    const written: string[] = [];
    const lines: string[] = [];
    const result = await writeJobSummary({ appendSummary: async (m) => void written.push(m) }, markdown, {
      fullReport: 'the [`assay-report` artifact](https://github.com/acme/widgets/actions/runs/1/artifacts/2)',
      log: createConsoleLogger({ write: (l) => lines.push(l) }),
    });
    assert.equal(written.length, 1);
    const text = written[0]!;
    assert.ok(Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES, `${Buffer.byteLength(text)} bytes`);
    assert.ok(Buffer.byteLength(text) < 1024 * 1024);
    assert.ok(Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES - 500, 'the room is used, not wasted');
    assert.equal(result.cut, true);
    assert.equal(result.bytes, Buffer.byteLength(text));

    const [kept, note] = text.split('\n\n> [!NOTE]\n');
    assert.ok(note);
    assert.equal(
      note,
      `> This summary was cut after line ${result.keptLines} of ${result.totalLines} to stay under GitHub's 1 MiB limit for a job summary. ` +
        'The full report is in the [`assay-report` artifact](https://github.com/acme/widgets/actions/runs/1/artifacts/2).\n',
    );
    const original = markdown.split('\n');
    const keptLines = kept!.split('\n');
    assert.equal(keptLines.length, result.keptLines);
    keptLines.forEach((line, i) => assert.equal(line, original[i], `line ${i + 1} kept whole`));
    assert.ok(lines.some((l) => l.startsWith('warning: The report\'s Markdown is') && l.includes(`first ${result.keptLines} of ${result.totalLines} lines`)));
  });

  test('without a location the note names the report artifact', async () => {
    const written: string[] = [];
    await writeJobSummary({ appendSummary: async (m) => void written.push(m) }, bigReport(200), { limitBytes: 4000 });
    assert.ok(Buffer.byteLength(written[0]!) <= 4000);
    assert.ok(written[0]!.endsWith(`The full report is in ${DEFAULT_FULL_REPORT}.\n`));
  });

  test('through the runner host: GITHUB_STEP_SUMMARY holds the cut report, under 1,024 KiB, not cut again', async () => {
    const file = path.join(scratch, 'step_summary.md');
    await writeFile(file, '');
    process.env.GITHUB_STEP_SUMMARY = file; // @actions/core reads the variable itself
    const host = createRunnerHost({ ...process.env, GITHUB_STEP_SUMMARY: file });
    await writeJobSummary(host, bigReport(20_000), { fullReport: 'the `assay-report` artifact' });
    const content = await readFile(file, 'utf8');
    assert.ok(Buffer.byteLength(content) <= 1024 * 1024, `${Buffer.byteLength(content)} bytes`);
    assert.match(content, /^# Assay report — acme\/widgets\n/);
    assert.match(content, /The full report is in the `assay-report` artifact\.\n+$/, '@actions/core adds a line end of its own');
    assert.doesNotMatch(content, /The rest of this summary was cut/, 'the host did not have to cut it itself');
  });

  test('the command-line host collects the same text', async () => {
    const host = createCliHost({ inputs: {}, env: {}, log: createConsoleLogger({ write: () => {} }) });
    await writeJobSummary(host, '# Report\n');
    assert.deepEqual(host.summary, ['# Report\n']);
  });
});
