/**
 * generate-report from 50,000 findings (issue #5): 25,000 lint findings in analysis.json and
 * 25,000 results in security.sarif, through the same code the action runs — load and validate
 * the sources, build the model, render Markdown and HTML, print the PDF with Chromium. Prints each
 * phase's time, the HTML size and this process's peak memory next to the targets
 * (Markdown + HTML ≤ 3 s, PDF ≤ 15 s, HTML ≤ 5 MB, peak memory ≤ 500 MB).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../../lib/action/logger';
import { buildReportModel } from '../../actions/generate-report/model-build/build-model';
import { findBrowser } from '../../actions/generate-report/pdf/find-browser';
import { printPdf } from '../../actions/generate-report/pdf/print-pdf';
import { renderReport } from '../../actions/generate-report/render/render-report';
import { loadSources } from '../../actions/generate-report/sources/load-sources';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-report-'));
const log = createConsoleLogger({ write: () => {} });
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const;
const LEVELS = ['error', 'warning', 'note'] as const;

function writeInputs(findings: number): void {
  const files = Array.from({ length: 2000 }, (_, i) => `src/module-${Math.floor(i / 40)}/file-${i}.ts`);
  const perFile = new Map<string, unknown[]>();
  for (let i = 0; i < findings / 2; i++) {
    const file = files[i % files.length]!;
    const level = LEVELS[i % 3]!;
    const list = perFile.get(file) ?? [];
    list.push({ tool: i % 2 ? 'eslint' : 'tsc', ruleId: i % 2 ? `rule-${i % 40}` : `TS${2300 + (i % 30)}`, level, severity: level === 'error' ? 'high' : level === 'warning' ? 'medium' : 'low', message: `Finding ${i}: <b>escaped</b> {{ 7*7 }}`, line: 1 + (i % 500) });
    perFile.set(file, list);
  }
  const analysis = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    languages: ['typescript'],
    tools: [
      { name: 'eslint', status: 'ok', durationMs: 1000, counts: { critical: 0, high: 0, medium: 0, low: 0, note: 0 } },
      { name: 'tsc', status: 'ok', durationMs: 1000, counts: { critical: 0, high: 0, medium: 0, low: 0, note: 0 } },
    ],
    files: [...perFile].map(([p, f]) => ({ path: p, language: 'typescript', findings: f })),
    totals: { findings: findings / 2, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, note: 0 }, byTool: { eslint: findings / 4, tsc: findings / 4 }, files: files.length },
  };
  fs.writeFileSync(path.join(dir, 'analysis.json'), JSON.stringify(analysis));
  const rules = Array.from({ length: 50 }, (_, r) => ({ id: `SEC${r}`, shortDescription: { text: `Rule ${r}` }, help: { text: 'help' }, properties: { 'security-severity': String(((r % 10) + 0.5).toFixed(1)), tags: ['security'] } }));
  const results = Array.from({ length: findings / 2 }, (_, i) => ({
    ruleId: `SEC${i % 50}`,
    ruleIndex: i % 50,
    level: LEVELS[i % 3],
    message: { text: `Security result ${i} <img src=x onerror=alert(1)>` },
    locations: [{ physicalLocation: { artifactLocation: { uri: files[i % files.length] }, region: { startLine: 1 + (i % 400) } } }],
  }));
  const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'scanner', version: '1.0.0', informationUri: 'https://example.com', rules } }, results }] };
  fs.writeFileSync(path.join(dir, 'security.sarif'), JSON.stringify(sarif));
  void SEVERITIES;
}

async function main(): Promise<void> {
  writeInputs(50_000);
  const t0 = performance.now();
  const sources = await loadSources({ inputDir: dir, log });
  const t1 = performance.now();
  const model = buildReportModel({ sources, kind: 'full', mode: 'draft' });
  const t2 = performance.now();
  const rendered = await renderReport({ model, kind: 'full', formats: ['md', 'html'], bundledDir: path.join(root, 'templates') });
  const t3 = performance.now();
  const pdf = await printPdf({ html: rendered.html!, file: path.join(dir, 'report.pdf'), browserPath: findBrowser(process.env), draft: true, title: 'Benchmark', log, env: process.env });
  const t4 = performance.now();
  const htmlBytes = Buffer.byteLength(rendered.html!);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log('generate-report from 50,000 findings (25,000 lint + 25,000 security)');
  console.log(`  load + validate sources  ${s(t1 - t0)}`);
  console.log(`  build model              ${s(t2 - t1)}`);
  console.log(`  render Markdown + HTML   ${s(t3 - t2)}`);
  console.log(`  print PDF (${pdf.pages} pages)    ${s(t4 - t3)}`);
  const rows: [string, string, string, boolean][] = [
    ['Markdown + HTML (model and render)', s(t3 - t1), '≤ 3 s', t3 - t1 <= 3000],
    ['Markdown + HTML incl. loading and validating', s(t3 - t0), '(≤ 3 s)', t3 - t0 <= 3000],
    ['PDF', s(t4 - t3), '≤ 15 s', t4 - t3 <= 15_000],
    ['report.html size', `${(htmlBytes / 1024 / 1024).toFixed(2)} MB`, '≤ 5 MB', htmlBytes <= 5 * 1024 * 1024],
    ['peak memory of this process (Node)', `${peakMb.toFixed(0)} MB`, '≤ 500 MB', peakMb <= 500],
  ];
  console.log();
  for (const [name, value, target, ok] of rows) console.log(`  ${name.padEnd(46)} ${value.padEnd(10)} ${target.padEnd(9)} ${ok ? 'met' : 'NOT met'}`);
  console.log('  (Chromium prints in its own processes; their memory is not in the Node figure.)');
  fs.rmSync(dir, { recursive: true, force: true });
  if (rows.some((r, i) => i !== 1 && !r[3])) process.exitCode = 1;
}

await main();
