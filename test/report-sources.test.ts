import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkPreviousReport, readPreviousReport } from '../actions/generate-report/sources/previous-report';
import { loadSources, SourcesError } from '../actions/generate-report/sources/load-sources';
import { parseNotes } from '../actions/generate-report/sources/notes-front-matter';
import { createConsoleLogger } from '../lib/action/logger';
import { createFolderArtifactStore } from '../lib/artifacts/folder-store';
import { ConfigurationError, SchemaValidationError } from '../lib/errors';

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
