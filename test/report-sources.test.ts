import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getInputs as getReportInputs } from '../actions/generate-report/inputs';
import type { ReportModel } from '../actions/generate-report/model';
import { checkPreviousReport, readPreviousReport } from '../actions/generate-report/sources/previous-report';
import { loadSources, SourcesError } from '../actions/generate-report/sources/load-sources';
import { parseNotes } from '../actions/generate-report/sources/notes-front-matter';
import { InputReader } from '../lib/action/inputs';
import { createConsoleLogger } from '../lib/action/logger';
import { readActionMetadata } from '../lib/action/metadata';
import { createFolderArtifactStore } from '../lib/artifacts/folder-store';
import { createGitHubArtifactStore } from '../lib/artifacts/github-store';
import { ConfigurationError, SchemaValidationError } from '../lib/errors';
import { scriptRunArtifacts, startGitHubApi, type RunArtifact } from './support/github-api';
import { REPO_ROOT, runLocalAction } from './support/local-runner';

const fixtures = fileURLToPath(new URL('./fixtures/report/', import.meta.url));
const sample = path.join(fixtures, 'sample');
const lines: string[] = [];
const log = createConsoleLogger({ write: (l) => lines.push(l) });
let scratch: string;

/** A copy of the real stage outputs in a fresh folder, to break one file at a time. */
async function sampleCopy(name: string, withNotes = false): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(sample, dir, { recursive: true });
  if (withNotes) await cp(path.join(fixtures, 'notes.md'), path.join(dir, 'notes.md'));
  return dir;
}

async function editJson(file: string, edit: (data: any) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8'));
  edit(data);
  await writeFile(file, JSON.stringify(data));
}

/** The error loadSources throws (it must throw). */
async function loadError(options: Parameters<typeof loadSources>[0]): Promise<Error> {
  try {
    await loadSources(options);
  } catch (err) {
    return err as Error;
  }
  assert.fail('loadSources did not throw');
}

before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-report-sources-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('loading the data sources from a folder', () => {
  test('reads the real stage outputs of sample/, each validated', async () => {
    const dir = await sampleCopy('all', true);
    const sources = await loadSources({ inputDir: dir, log });
    assert.equal(sources.analysis.file, path.join(dir, 'analysis.json'));
    assert.equal(sources.analysis.data.totals.findings, 25);
    assert.ok(sources.analysis.sarif, 'analysis.sarif is read alongside');
    assert.deepEqual(
      sources.security.log.runs.map((r) => r.tool.driver.name),
      ['osv', 'Bandit', 'eslint-plugin-security', 'secretlint'],
    );
    assert.equal(sources.security.summary?.data.scanners.length, 4);
    assert.ok(sources.performance.present);
    assert.deepEqual(sources.performance.data.benchmarks.map((b) => b.name), ['sort', 'dedupe-skus']);
    assert.ok(sources.notes.present);
    assert.equal(sources.notes.frontMatter.title, 'Inventory service audit');
    assert.equal(sources.notes.frontMatter.date, '2026-11-20', 'a YAML date stays the string the schema checks');
    assert.match(sources.notes.markdown, /^# Reviewer's notes/);
  });

  test('a missing optional source is present: false, with a note the report states', async () => {
    const dir = await sampleCopy('no-optional');
    await rm(path.join(dir, 'performance.json'));
    const sources = await loadSources({ inputDir: dir, log });
    assert.equal(sources.performance.present, false);
    assert.ok(!sources.performance.present);
    assert.match(sources.performance.note, /performance\.json was not included .*no benchmark results.*perf-bench/);
    assert.equal(sources.notes.present, false);
    assert.ok(!sources.notes.present);
    assert.match(sources.notes.note, /notes\.md was not included .*no reviewer's notes/);
  });

  test('a missing required source names the file, the source and the stage that writes it', async () => {
    const dir = await sampleCopy('no-analysis');
    await rm(path.join(dir, 'analysis.json'));
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof ConfigurationError);
    assert.match(err.message, new RegExp(`${escape(path.join(dir, 'analysis.json'))} was not found`));
    assert.match(err.message, /github_analysis data source the report requires, written by the analyze action \(`assay analyze --output-dir DIR`\)/);
    assert.match(err.message, /artifact "assay-analysis"/);
  });

  test('several broken sources are reported together', async () => {
    const dir = await sampleCopy('none-required');
    await rm(path.join(dir, 'analysis.json'));
    await rm(path.join(dir, 'security.sarif'));
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SourcesError);
    assert.equal(err.errors.length, 2);
    assert.match(err.message, /analysis\.json was not found/);
    assert.match(err.message, /security\.sarif was not found.*security_scan.*security-scan action/);
  });

  test('an input folder that does not exist says so', async () => {
    const err = await loadError({ inputDir: path.join(scratch, 'nowhere'), log });
    assert.ok(err instanceof ConfigurationError);
    assert.match(err.message, /The input folder .*nowhere does not exist/);
  });

  test('an invalid analysis.json names the file, the JSON path and the schema rule', async () => {
    const dir = await sampleCopy('urgent');
    const file = path.join(dir, 'analysis.json');
    let index = -1;
    await editJson(file, (data) => {
      index = data.files.findIndex((f: { findings: unknown[] }) => f.findings.length > 0);
      data.files[index].findings[0].severity = 'urgent';
    });
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SchemaValidationError, err.message);
    assert.equal(err.file, file);
    assert.deepEqual(err.violations.map((v) => v.path), [`/files/${index}/findings/0/severity`]);
    assert.match(err.message, new RegExp(`^${escape(file)} does not match the analysis schema`));
    assert.match(err.message, new RegExp(`at /files/${index}/findings/0/severity: must be equal to one of the allowed values \\(allowed: "critical", "high", "medium", "low", "note"\\) \\[enum \\(schema #/\\$defs/severity/enum\\)\\]`));
  });

  test('an invalid security.sarif names the file and the JSON path (SARIF 2.1.0 schema)', async () => {
    const dir = await sampleCopy('bad-sarif');
    const file = path.join(dir, 'security.sarif');
    await editJson(file, (log) => {
      log.runs[1].results[0].level = 'fatal';
    });
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SchemaValidationError, err.message);
    assert.equal(err.file, file);
    assert.ok(err.violations.some((v) => v.path === '/runs/1/results/0/level'), JSON.stringify(err.violations));
    assert.match(err.message, /does not match the SARIF 2\.1\.0 schema/);
    assert.match(err.message, /at \/runs\/1\/results\/0\/level: must be equal to one of the allowed values/);
  });

  test('security.sarif that is not JSON, and an invalid optional analysis.sarif, fail too', async () => {
    const dir = await sampleCopy('not-json');
    await writeFile(path.join(dir, 'security.sarif'), '{"version": "2.1.0", "runs": [');
    await editJson(path.join(dir, 'analysis.sarif'), (log) => {
      delete log.runs[0].tool.driver.name;
    });
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SourcesError);
    assert.match(err.message, /security\.sarif is not valid JSON/);
    assert.match(err.message, /analysis\.sarif does not match the SARIF 2\.1\.0 schema:\n {2}at \/runs\/0\/tool\/driver: must have required property 'name'/);
  });

  test('an invalid security.json names the file and the JSON path', async () => {
    const dir = await sampleCopy('bad-summary');
    await editJson(path.join(dir, 'security.json'), (data) => {
      data.scanners = { osv: 'ok' };
    });
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SchemaValidationError);
    assert.match(err.message, /security\.json does not match the security summary schema:\n {2}at \/scanners: must be array/);
  });

  test('an invalid performance.json names the file, the path and the rule', async () => {
    const dir = await sampleCopy('bad-perf');
    await editJson(path.join(dir, 'performance.json'), (data) => {
      data.benchmarks[1].status = 'slow';
    });
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SchemaValidationError);
    assert.match(err.message, /performance\.json does not match the performance schema:\n {2}at \/benchmarks\/1\/status: must be equal to one of the allowed values .*\[enum/);
  });
});

describe('notes.md front matter', () => {
  test('schema violations name notes.md and the front-matter field', async () => {
    const dir = await sampleCopy('bad-notes');
    await writeFile(
      path.join(dir, 'notes.md'),
      ['---', 'title: Audit', 'date: next week', 'color: red', 'recommendations:', '  - priority: urgent', '---', 'Body'].join('\n'),
    );
    const err = await loadError({ inputDir: dir, log });
    assert.ok(err instanceof SchemaValidationError);
    const file = path.join(dir, 'notes.md');
    assert.match(err.message, new RegExp(`^${escape(file)}: its YAML front matter does not match the notes schema`));
    assert.match(err.message, /front-matter field `date`: must match format "date" \[format/);
    assert.match(err.message, /front-matter field `color`: must NOT have additional properties "color"/);
    assert.match(err.message, /front-matter field `recommendations\[0\]\.title`: must have required property 'title'/);
    assert.match(err.message, /front-matter field `recommendations\[0\]\.priority`: must be equal to one of the allowed values \(allowed: "critical", "high", "medium", "low"\)/);
  });

  test('no front matter, a missing title and broken YAML are each explained', () => {
    assert.throws(() => parseNotes('# Just Markdown\n', 'notes.md'), /notes\.md has no YAML front matter\. Start it with a line "---"/);
    assert.throws(() => parseNotes('---\n---\nBody\n', 'notes.md'), /front-matter field `title`: must have required property 'title'/);
    assert.throws(() => parseNotes('---\ntitle: a\ntitle: b\n---\n', 'notes.md'), /notes\.md line 3: the YAML front matter is not valid YAML: Map keys must be unique/);
    assert.throws(() => parseNotes('---\ntitle: [unclosed\nauthor: x\n---\n', 'notes.md'), /notes\.md line \d: the YAML front matter is not valid YAML/);
  });

  test('Windows line endings and a byte order mark are read', () => {
    const parsed = parseNotes('\ufeff---\r\ntitle: Audit\r\n---\r\nBody\r\n', 'notes.md');
    assert.equal(parsed.frontMatter.title, 'Audit');
    assert.equal(parsed.markdown, 'Body\r\n');
  });
});

describe('loading the data sources from artifacts', () => {
  test('downloads each source by artifact name through the folder ArtifactStore', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts'), log });
    await store.upload('assay-analysis', sample, ['analysis.json', 'analysis.sarif']);
    await store.upload('assay-security', sample, ['security.sarif', 'security.json']);
    // Uploaded from a parent folder: performance.json one level down is still found.
    await store.upload('perf-results', fixtures, ['sample/performance.json']);
    const workDir = path.join(scratch, 'downloads');
    const sources = await loadSources({
      artifacts: { store, workDir, names: { performance: 'perf-results' } },
      log,
    });
    assert.equal(sources.analysis.file, path.join(workDir, 'analysis', 'analysis.json'));
    assert.equal(sources.analysis.data.totals.findings, 25);
    assert.equal(sources.security.file, path.join(workDir, 'security', 'security.sarif'));
    assert.ok(sources.performance.present);
    assert.equal(sources.performance.file, path.join(workDir, 'performance', 'sample', 'performance.json'));
    assert.equal(sources.notes.present, false);
    assert.ok(!sources.notes.present);
    assert.match(sources.notes.note, /the artifact "assay-notes" is not in .*artifacts/);
  });

  test('a missing required artifact names it and the stage that uploads it', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-partial'), log });
    await store.upload('assay-analysis', sample, ['analysis.json']);
    const err = await loadError({ artifacts: { store, workDir: path.join(scratch, 'downloads-2') }, log });
    assert.ok(err instanceof ConfigurationError);
    assert.match(err.message, /The security_scan data source \(security\.sarif\) was expected in the artifact "assay-security", which the security-scan action .* uploads/);
    assert.match(err.message, /Artifacts there: "assay-analysis"/);
  });

  test('an artifact without the file says what it holds', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-wrong'), log });
    await store.upload('assay-analysis', sample, ['analysis.sarif']);
    await store.upload('assay-security', sample, ['security.sarif']);
    const err = await loadError({ artifacts: { store, workDir: path.join(scratch, 'downloads-3') }, log });
    assert.match(err.message, /The artifact "assay-analysis" has no analysis\.json \(it holds analysis\.sarif\)\. The github_analysis data source is required/);
  });
});

describe('loading the data sources from several artifacts (fan-in)', () => {
  /** The sample's analysis.json split by language, as a matrix of two analyze jobs would write it. */
  async function splitAnalysis(): Promise<{ python: string; rest: string; whole: any }> {
    const whole = JSON.parse(await readFile(path.join(sample, 'analysis.json'), 'utf8'));
    const pythonTools = new Set(['pylint', 'mypy', 'pylint-complexity']);
    const shared = 'scripts/deploy.sh'; // in both parts: its findings must not count twice
    const part = (python: boolean) => {
      const files = whole.files.filter((f: any) => (f.language === 'python') === python || f.path === shared);
      const tools = whole.tools.filter((t: any) => pythonTools.has(t.name) === python || t.name === 'shellcheck');
      const findings = files.flatMap((f: any) => f.findings);
      const bySeverity = { critical: 0, high: 0, medium: 0, low: 0, note: 0 } as Record<string, number>;
      for (const f of findings) bySeverity[f.severity]++;
      const byTool = Object.fromEntries(Object.entries(whole.totals.byTool).filter(([t]) => tools.some((x: any) => x.name === t)));
      return {
        ...whole,
        languages: python ? ['python', 'shell'] : whole.languages.filter((l: string) => l !== 'python'),
        tools,
        files,
        totals: { findings: findings.length, errors: 0, bySeverity, byTool, files: files.length },
      };
    };
    const python = path.join(scratch, 'split-python');
    const rest = path.join(scratch, 'split-rest');
    for (const [dir, data] of [[python, part(true)], [rest, part(false)]] as const) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'analysis.json'), JSON.stringify(data));
      await cp(path.join(sample, 'analysis.sarif'), path.join(dir, 'analysis.sarif'));
    }
    return { python, rest, whole };
  }

  /** A small log in CodeQL's shape: what github/codeql-action/analyze writes with upload: false. */
  const CODEQL_SARIF = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            semanticVersion: '2.20.0',
            rules: [{ id: 'py/sql-injection', shortDescription: { text: 'SQL query built from user-controlled sources' }, properties: { 'security-severity': '8.8' } }],
          },
        },
        automationDetails: { id: '/language:python/' },
        results: [
          {
            ruleId: 'py/sql-injection',
            level: 'error',
            message: { text: 'This SQL query depends on a user-provided value.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'api/storage.py' }, region: { startLine: 12 } } }],
          },
        ],
      },
    ],
  };

  test('takes every artifact whose name starts with the source\'s, and merges them into one source each', async () => {
    const { python, rest, whole } = await splitAnalysis();
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-fan-in'), log });
    await store.upload('assay-analysis-python', python);
    await store.upload('assay-analysis-javascript', rest);
    // Two security scans (one without its security.json) and CodeQL's SARIF in a folder.
    const securityA = path.join(scratch, 'security-a');
    const securityB = path.join(scratch, 'security-b');
    const sarif = JSON.parse(await readFile(path.join(sample, 'security.sarif'), 'utf8'));
    for (const [dir, runs] of [[securityA, sarif.runs.slice(0, 2)], [securityB, sarif.runs.slice(2)]] as const) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'security.sarif'), JSON.stringify({ ...sarif, runs }));
    }
    await cp(path.join(sample, 'security.json'), path.join(securityA, 'security.json'));
    await store.upload('assay-security', securityA);
    await store.upload('assay-security-web', securityB);
    const codeql = path.join(scratch, 'codeql-out');
    await mkdir(codeql, { recursive: true });
    await writeFile(path.join(codeql, 'python.sarif'), JSON.stringify(CODEQL_SARIF));
    await store.upload('assay-codeql', codeql);
    // The same benchmarks on two runners.
    await store.upload('assay-performance-linux', sample, ['performance.json']);
    await store.upload('assay-performance-macos', sample, ['performance.json']);
    // Not ours: left alone.
    await store.upload('other-assay-analysis', python);

    const workDir = path.join(scratch, 'downloads-fan-in');
    lines.length = 0;
    const sources = await loadSources({ artifacts: { store, workDir, checkoutRoot: scratch }, log });

    // analysis: both languages' findings, tools, coverage and complexity, the shared file once.
    assert.equal(sources.analysis.file, path.join(workDir, 'analysis', 'analysis.json'));
    const data = sources.analysis.data;
    assert.equal(data.totals.findings, whole.totals.findings);
    assert.deepEqual(data.totals.bySeverity, whole.totals.bySeverity);
    assert.deepEqual(data.totals.byTool, whole.totals.byTool);
    assert.deepEqual(data.tools.map((t) => t.name).sort(), whole.tools.map((t: any) => t.name).sort(), 'shellcheck, in both parts, once');
    assert.equal(data.tools.find((t) => t.name === 'shellcheck')?.findings, 4);
    assert.deepEqual(
      data.files.map((f) => f.path),
      whole.files.map((f: any) => f.path),
    );
    assert.deepEqual(data.totals.coverage, { linesCovered: 178, linesTotal: 228, branchesCovered: 43, branchesTotal: 76, percent: 78.07 });
    assert.deepEqual(data.totals.complexity, whole.totals.complexity);
    assert.deepEqual([...data.languages].sort(), [...whole.languages].sort());
    assert.ok(sources.analysis.sarif, 'the analysis SARIF runs, concatenated');
    assert.equal(sources.analysis.sarif.log.runs.length, 2 * JSON.parse(await readFile(path.join(sample, 'analysis.sarif'), 'utf8')).runs.length);

    // security: every run of both scans and CodeQL's, merged with lib/sarif into one log.
    assert.equal(sources.security.file, path.join(workDir, 'security', 'security.sarif'));
    const tools = sources.security.log.runs.map((r) => r.tool.driver.name).sort();
    assert.deepEqual(tools, ['Bandit', 'CodeQL', 'eslint-plugin-security', 'osv', 'secretlint']);
    const results = sources.security.log.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0);
    assert.equal(results, sarif.runs.reduce((n: number, r: any) => n + r.results.length, 0) + 1);
    const scanners = sources.security.summary?.data.scanners.map((x) => x.name) ?? [];
    assert.ok(scanners.includes('CodeQL') && scanners.includes('secretlint'), `scanners without a security.json are listed from their runs: ${scanners.join(', ')}`);

    // performance: both runs' benchmarks, told apart by artifact.
    assert.ok(sources.performance.present);
    assert.deepEqual(
      sources.performance.data.benchmarks.map((b) => b.name),
      ['sort [assay-performance-linux]', 'dedupe-skus [assay-performance-linux]', 'sort [assay-performance-macos]', 'dedupe-skus [assay-performance-macos]'],
    );
    assert.ok(lines.some((l) => /github_analysis: merging 2 artifacts \(assay-analysis-javascript, assay-analysis-python\)/.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('other-assay-analysis')));
  });

  test('CodeQL\'s SARIF alone is a security source; an assay-codeql artifact without SARIF says what to upload', async () => {
    const store = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-codeql-only'), log });
    await store.upload('assay-analysis', sample, ['analysis.json']);
    const codeql = path.join(scratch, 'codeql-only');
    await mkdir(codeql, { recursive: true });
    await writeFile(path.join(codeql, 'python.sarif'), JSON.stringify(CODEQL_SARIF));
    await store.upload('assay-codeql', codeql);
    const sources = await loadSources({ artifacts: { store, workDir: path.join(scratch, 'downloads-codeql-only'), checkoutRoot: scratch }, log });
    assert.deepEqual(sources.security.log.runs.map((r) => r.tool.driver.name), ['CodeQL']);
    assert.equal(sources.security.summary?.data.scanners[0]?.version, '2.20.0');

    const broken = createFolderArtifactStore({ root: path.join(scratch, 'artifacts-codeql-empty'), log });
    await broken.upload('assay-analysis', sample, ['analysis.json']);
    await broken.upload('assay-security', sample, ['security.sarif']);
    await broken.upload('assay-codeql', sample, ['analysis.json']);
    const err = await loadError({ artifacts: { store: broken, workDir: path.join(scratch, 'downloads-codeql-empty') }, log });
    assert.match(err.message, /The artifact "assay-codeql" holds no SARIF file/);
  });
});

describe('trend charts next to performance.json', () => {
  test('a chart perf-bench drew is inlined; one with active content is left out with a reason', async () => {
    const dir = await sampleCopy('charts');
    await mkdir(path.join(dir, 'charts'));
    const safe = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>sort: wall over time</title><path d="M0 0L10 10"/></svg>\n';
    await writeFile(path.join(dir, 'charts', 'sort.svg'), `<?xml version="1.0"?>\n${safe}`);
    await writeFile(path.join(dir, 'charts', 'dedupe.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await editJson(path.join(dir, 'performance.json'), (data) => {
      data.benchmarks[0].trendChart = 'charts/sort.svg';
      data.benchmarks[1].trendChart = 'charts/dedupe.svg';
    });
    const sources = await loadSources({ inputDir: dir, log });
    assert.ok(sources.performance.present);
    assert.equal(sources.performance.charts.get('sort'), safe.trim());
    assert.equal(sources.performance.charts.has('dedupe-skus'), false);
    assert.match(sources.performance.notes.join('\n'), /dedupe-skus: charts\/dedupe\.svg contains scripts/);
  });
});

describe('the previous report for the trend', () => {
  test('a report.json is read; anything else names the file and the path', async () => {
    const file = path.join(scratch, 'previous.json');
    const previous = { schemaVersion: 1, grade: { letter: 'C', score: 74, reasons: [] }, metrics: { findings: { bySeverity: { critical: 1, high: 2, medium: 3, low: 4, note: 0 }, byTool: [], total: 10 } } };
    await writeFile(file, JSON.stringify(previous));
    assert.equal(readPreviousReport(file).grade.score, 74);
    assert.throws(() => checkPreviousReport({ ...previous, grade: { letter: 'C' } }, 'old.json'), /The previous report old\.json is not a report\.json Assay wrote: at \/grade\/score: must be a number/);
    assert.throws(() => checkPreviousReport([], 'old.json'), /at \/: must be an object/);
    assert.throws(() => readPreviousReport(path.join(scratch, 'missing.json')), /The previous report .*missing\.json could not be read/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('loading the data sources from another workflow run (artifacts-run-id)', () => {
  // The real @actions/artifact client with `findBy` goes through the public REST API:
  //   GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts (listArtifactsPublic), then
  //   GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip with redirect: manual → 302 → the zip
  //   (downloadArtifactPublic, which streams it through @actions/http-client and unzips it).
  // Its Octokit comes from @actions/github, whose API root is GITHUB_API_URL as the process
  // started with (read once, when the module loads): so the action runs from its committed
  // bundle in its own process (the local runner), with GITHUB_API_URL at the OpenAPI-validating
  // stand-in on 127.0.0.1, which also serves the zips the redirect points at.
  const REPOSITORY = 'octo-org/octo-repo';
  const RUN_ID = 9876543210;
  const read = (name: string) => readFileSync(path.join(sample, name));

  /** The audit run's artifacts: the three stages, plus its report, which is not a source. */
  const auditArtifacts = (): RunArtifact[] => [
    { name: 'assay-analysis', files: { 'analysis.json': read('analysis.json'), 'analysis.sarif': read('analysis.sarif') } },
    { name: 'assay-security', files: { 'security.sarif': read('security.sarif'), 'security.json': read('security.json') } },
    { name: 'assay-performance', files: { 'performance.json': read('performance.json') } },
    { name: 'assay-report', files: { 'report.json': '{}\n', 'report.md': '# old\n' } },
  ];

  async function render(t: TestContext, inputs: Record<string, string>, env: Record<string, string>) {
    const result = await runLocalAction({
      actionDir: 'actions/generate-report',
      repository: REPOSITORY,
      token: 'ghs_thisrun',
      inputs: { 'input-dir': 'assay-input', 'output-dir': 'assay-report', format: 'md', 'pr-comment': 'false', 'upload-artifact': 'false', ...inputs },
      env,
      timeoutMs: 120_000,
    });
    t.after(() => rm(path.dirname(result.runnerTemp), { recursive: true, force: true }));
    return result;
  }
  const logOf = (r: { stdout: string; stderr: string }) => `--- stdout\n${r.stdout.slice(-5000)}\n--- stderr\n${r.stderr.slice(-2000)}`;

  test('downloads the stage artifacts of that run through the REST API and renders from them', async (t) => {
    const api = await startGitHubApi();
    t.after(() => api.close());
    const scripted = scriptRunArtifacts(api, { owner: 'octo-org', repo: 'octo-repo', runId: RUN_ID, artifacts: auditArtifacts() });
    const result = await render(t, { 'download-artifacts': 'true', 'artifacts-run-id': String(RUN_ID), 'github-token': 'ghs_audit_reader' }, { GITHUB_API_URL: api.url });
    assert.equal(result.exitCode, 0, logOf(result));
    assert.deepEqual(api.violations, [], 'every request matches GitHub\'s OpenAPI description');
    assert.match(result.stdout, new RegExp(`Reading the stages' artifacts of workflow run ${RUN_ID} of ${REPOSITORY} \\(input artifacts-run-id\\)`));

    // Listed once, for the run named, with the token given (not the run's own).
    const lists = api.requestsFor('actions/list-workflow-run-artifacts');
    assert.equal(lists.length, 1, logOf(result));
    assert.deepEqual(lists[0]!.params, { owner: 'octo-org', repo: 'octo-repo', run_id: String(RUN_ID) });
    assert.equal(lists[0]!.headers.authorization, 'token ghs_audit_reader');
    // Each stage artifact downloaded once by id, as a zip, following the redirect to the storage URL; the old report not at all.
    const ids = (names: string[]) => scripted.artifacts.filter((a) => names.includes(a.name)).map((a) => String(a.id)).sort();
    const downloads = api.requestsFor('actions/download-artifact');
    assert.deepEqual(downloads.map((d) => d.params.artifact_id).sort(), ids(['assay-analysis', 'assay-security', 'assay-performance']));
    for (const d of downloads) {
      assert.equal(d.params.archive_format, 'zip');
      assert.equal(d.headers.authorization, 'token ghs_audit_reader');
    }
    assert.equal(api.fileRequests.length, 3, api.fileRequests.join(', '));

    // The report holds the audit run's data, read where the downloads put it, each checked against its digest.
    const model = JSON.parse(await readFile(result.outputs['json-file']!, 'utf8')) as ReportModel;
    const input = path.join(result.workspace, 'assay-input');
    assert.equal(model.sources.analysis.file, path.join(input, 'analysis', 'analysis.json'));
    assert.equal(model.sources.security.file, path.join(input, 'security', 'security.sarif'));
    assert.equal(model.sources.performance.file, path.join(input, 'performance', 'performance.json'));
    assert.deepEqual(await readFile(path.join(input, 'analysis', 'analysis.json')), read('analysis.json'));
    assert.deepEqual(await readFile(path.join(input, 'security', 'security.sarif')), read('security.sarif'));
    assert.deepEqual(model.performance?.benchmarks.map((b) => b.name), ['sort', 'dedupe-skus']);
    assert.deepEqual(model.security?.tools?.map((x) => x.name).sort(), ['bandit', 'eslint-security', 'osv', 'secretlint']);
    assert.ok(!result.stdout.includes('ghs_audit_reader') || result.masks.includes('ghs_audit_reader'), 'the token is masked');
  });

  test('a run the token cannot see (404), and an artifact whose zip is not what was uploaded, say so', async (t) => {
    const api = await startGitHubApi();
    t.after(() => api.close());
    scriptRunArtifacts(api, { owner: 'octo-org', repo: 'octo-repo', runId: RUN_ID, artifacts: auditArtifacts() });
    const missing = await render(t, { 'download-artifacts': 'true', 'artifacts-run-id': '1234', 'github-token': 'ghs_audit_reader' }, { GITHUB_API_URL: api.url });
    assert.equal(missing.exitCode, 1, logOf(missing));
    assert.deepEqual(api.violations, []);
    const failure = missing.annotations.find((a) => a.level === 'error')?.message ?? '';
    assert.match(failure, /^generate-report: Listing the artifacts of workflow run 1234 of octo-org\/octo-repo failed: GitHub answered 404/);
    assert.match(failure, /input artifacts-run-id/);
    assert.match(failure, /permissions: actions: read/);
    // The client's listing Octokit carries request.retries: 5, which its retry plugin applies to
    // any failure, a 404 included (@actions/artifact 6.x): the same request, for that run only.
    const lists = api.requestsFor('actions/list-workflow-run-artifacts');
    assert.ok(lists.length >= 1 && lists.every((r) => r.params.run_id === '1234'), lists.map((r) => r.path).join(', '));
    assert.equal(api.requestsFor('actions/download-artifact').length, 0);

    const tamperedApi = await startGitHubApi();
    t.after(() => tamperedApi.close());
    const artifacts = auditArtifacts();
    artifacts[0] = { ...artifacts[0]!, digest: `sha256:${'0'.repeat(64)}` };
    scriptRunArtifacts(tamperedApi, { owner: 'octo-org', repo: 'octo-repo', runId: RUN_ID, artifacts });
    const tampered = await render(t, { 'download-artifacts': 'true', 'artifacts-run-id': String(RUN_ID), 'github-token': 'ghs_audit_reader' }, { GITHUB_API_URL: tamperedApi.url });
    assert.equal(tampered.exitCode, 1, logOf(tampered));
    assert.match(tampered.annotations.find((a) => a.level === 'error')?.message ?? '', /Artifact "assay-analysis" failed its integrity check/);
    assert.equal(existsSync(path.join(tampered.workspace, 'assay-input', 'analysis', 'analysis.json')), false, 'nothing of it was written');
  });

  test('without a token, or without download-artifacts, it is a configuration error naming the input', async (t) => {
    const workspace = await mkdtemp(path.join(tmpdir(), 'assay-run-id-inputs-'));
    t.after(() => rm(workspace, { recursive: true, force: true }));
    // The action.yml defaults (the token's expression left empty), then what the step gives.
    const defaults = Object.fromEntries(
      Object.entries(readActionMetadata(path.join(REPO_ROOT, 'actions/generate-report/action.yml')).inputs).map(([name, spec]) => [name, String(spec.default ?? '').includes('${{') ? '' : String(spec.default ?? '')]),
    );
    const inputsOf = (given: Record<string, string>) => {
      const values: Record<string, string> = { ...defaults, ...given };
      return getReportInputs(new InputReader((name) => values[name] ?? '', workspace));
    };
    assert.equal(inputsOf({ 'download-artifacts': 'true', 'artifacts-run-id': String(RUN_ID), 'github-token': 't' }).artifactsRunId, RUN_ID);
    assert.equal(inputsOf({ 'download-artifacts': 'true', 'github-token': 't' }).artifactsRunId, undefined);
    assert.throws(() => inputsOf({ 'download-artifacts': 'true', 'artifacts-run-id': String(RUN_ID) }), (err: Error) => {
      assert.ok(err instanceof ConfigurationError);
      assert.match(err.message, /^input "artifacts-run-id" needs a token .*input "github-token" is empty/);
      return true;
    });
    assert.throws(() => inputsOf({ 'download-artifacts': 'false', 'artifacts-run-id': String(RUN_ID), 'github-token': 't' }), (err: Error) => err instanceof ConfigurationError && /download-artifacts is false/.test(err.message));
    assert.throws(() => inputsOf({ 'download-artifacts': 'true', 'artifacts-run-id': 'latest', 'github-token': 't' }), (err: Error) => err instanceof ConfigurationError && /input "artifacts-run-id" must be a whole number/.test(err.message));

    // Through the bundle: the step fails before any request, naming the input.
    const api = await startGitHubApi();
    t.after(() => api.close());
    const result = await render(t, { 'download-artifacts': 'true', 'artifacts-run-id': String(RUN_ID), 'github-token': '' }, { GITHUB_API_URL: api.url });
    assert.equal(result.exitCode, 1, logOf(result));
    assert.match(result.annotations.find((a) => a.level === 'error')?.message ?? '', /^generate-report: input "artifacts-run-id" needs a token .*input "github-token" is empty/);
    assert.equal(api.requests.length, 0);
  });

  test('the store will not send the token to another API root than the one @actions/github was loaded with', () => {
    // In this process @actions/github took its root from this process's environment; a store
    // asked to use another must refuse rather than send the token there.
    const loadedWith = process.env.GITHUB_API_URL?.trim() || 'https://api.github.com';
    const other = loadedWith === 'http://127.0.0.1:9' ? 'http://127.0.0.1:10' : 'http://127.0.0.1:9';
    assert.throws(
      () => createGitHubArtifactStore({ env: { GITHUB_API_URL: other }, log, run: { id: RUN_ID, owner: 'octo-org', repo: 'octo-repo', token: 't' } }),
      (err: Error) => err instanceof ConfigurationError && err.message.includes(`GITHUB_API_URL is ${other}`),
    );
    const store = createGitHubArtifactStore({ env: { GITHUB_API_URL: loadedWith }, log, run: { id: RUN_ID, owner: 'octo-org', repo: 'octo-repo', token: 't' } });
    assert.equal(store.location, `workflow run ${RUN_ID} of octo-org/octo-repo`);
    return assert.rejects(store.upload('assay-report', scratch), /read-only/);
  });
});
