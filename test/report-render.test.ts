import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { marked, type Token, type Tokens } from 'marked';
import { findRepositoryRoot } from '../lib/action/metadata';
import { ConfigurationError } from '../lib/errors';
import type { ReportModel } from '../actions/generate-report/model';
import { renderMarkdown, renderReport } from '../actions/generate-report/render/render-report';

/**
 * report.md and report.html from a hand-written model full of hostile text (a finding that is an
 * <img onerror>, Liquid syntax, a table and a heading in Markdown, javascript: links), through the
 * bundled templates and through a consumer's overrides. The Markdown is read back with marked (the
 * GFM parser) so the checks are about the document a reader gets, not about substrings.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const bundledDir = path.join(findRepositoryRoot(fileURLToPath(import.meta.url)), 'templates');
const loadModel = (): ReportModel => JSON.parse(fs.readFileSync(path.join(here, 'fixtures/report/model-sample.json'), 'utf8')) as ReportModel;

const KINDS = ['code-review', 'security', 'consultation', 'full'] as const;
const H2: Record<(typeof KINDS)[number], string[]> = {
  'code-review': ['Executive summary', 'Metrics', 'Code analysis', 'Recommendations', 'Reviewer notes'],
  security: ['Security overview', 'Security findings', 'Mitigations', 'Metrics', 'Reviewer notes'],
  consultation: ['Assessment', 'Remediation plan', 'Implementation', 'Metrics', 'Reviewer notes'],
  full: ['Executive summary', 'Metrics', 'Code analysis', 'Security overview', 'Security findings', 'Recommendations', 'Mitigations', 'Implementation', 'Reviewer notes'],
};

const temps: string[] = [];
after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function templatesFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-render-templates-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// ---- reading Markdown back -------------------------------------------------------------------

function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    const nested = t as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (nested.tokens) walk(nested.tokens, visit);
    if (nested.items) walk(nested.items, visit);
    if (nested.header) nested.header.forEach((c) => walk(c.tokens, visit));
    if (nested.rows) nested.rows.forEach((r) => r.forEach((c) => walk(c.tokens, visit)));
  }
}

/** The text a reader sees: inline tokens flattened, escapes and entities resolved. */
function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      const n = t as { tokens?: Token[]; text?: string; raw: string };
      if (n.tokens && n.tokens.length > 0) return plain(n.tokens);
      if (t.type === 'escape' || t.type === 'text' || t.type === 'codespan') return decode(n.text ?? '');
      if (t.type === 'br') return '\n';
      return decode(n.text ?? n.raw);
    })
    .join('');
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function headings(tokens: readonly Token[], depth: number): string[] {
  return tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && (t as Tokens.Heading).depth === depth).map((t) => plain(t.tokens));
}

/** The first token of `type` after the heading with this text. */
function after_(tokens: readonly Token[], heading: string, type: string, nth = 0): Token {
  let seen = 0;
  const at = tokens.findIndex((t) => t.type === 'heading' && plain((t as Tokens.Heading).tokens) === heading && seen++ === nth);
  assert.ok(at >= 0, `heading "${heading}" is in the Markdown`);
  const found = tokens.slice(at + 1).find((t) => t.type === type || t.type === 'heading');
  assert.equal(found?.type, type, `a ${type} follows "${heading}"`);
  return found!;
}

function tableCells(table: Tokens.Table): string[][] {
  return [table.header.map((c) => plain(c.tokens)), ...table.rows.map((r) => r.map((c) => plain(c.tokens)))];
}

function listTexts(list: Tokens.List): string[] {
  return list.items.map((i) => plain(i.tokens).trim());
}

// ---- Markdown --------------------------------------------------------------------------------

describe('report.md', () => {
  for (const kind of KINDS) {
    test(`${kind}: the title, then the kind's sections in order`, async () => {
      const { markdown } = await renderReport({ model: loadModel(), kind, formats: ['md'], bundledDir });
      const tokens = marked.lexer(markdown!);
      assert.deepEqual(headings(tokens, 1), ['Acme Payments API: code and security audit (Draft)']);
      assert.deepEqual(headings(tokens, 2), H2[kind]);
      assert.match(markdown!, /^\*\*Status: Draft\*\*/m);
    });
  }

  test('the severity table has one row per severity and the total', async () => {
    const { markdown } = await renderReport({ model: loadModel(), kind: 'full', formats: ['md'], bundledDir });
    const tokens = marked.lexer(markdown!);
    const table = after_(tokens, 'Findings by severity', 'table') as Tokens.Table;
    assert.deepEqual(tableCells(table), [
      ['Severity', 'Findings'],
      ['Critical', '2'],
      ['High', '5'],
      ['Medium', '14'],
      ['Low', '1,296'],
      ['Note', '35'],
      ['Total', '1,352'],
    ]);
    const security = after_(tokens, 'Security overview', 'table') as Tokens.Table;
    assert.deepEqual(tableCells(security).slice(1).map((r) => r[1]), ['2', '3', '1', '16', '0', '22']);
  });

  test('finding lists are capped with "and N more", and a smaller cap applies on top of the model', async () => {
    const { markdown } = await renderReport({ model: loadModel(), kind: 'full', formats: ['md'], bundledDir });
    const tokens = marked.lexer(markdown!);
    const lint = listTexts(after_(tokens, 'Findings', 'list', 0) as Tokens.List);
    assert.equal(lint.length, 11);
    assert.equal(lint[0], 'High · eslint · no-eval: eval can be harmful. (src/billing/rates.js:42)');
    assert.equal(lint.at(-1), '… and 1,320 more (1,330 in total; the complete list is in analysis.sarif).');
    const security = listTexts(after_(tokens, 'Findings', 'list', 1) as Tokens.List);
    assert.equal(security.at(-1), '… and 16 more (22 in total; the complete list is in security.sarif).');

    const capped = await renderReport({ model: loadModel(), kind: 'full', formats: ['md'], bundledDir, limits: { md: { findings: 3 } } });
    const list = listTexts(after_(marked.lexer(capped.markdown!), 'Findings', 'list', 0) as Tokens.List);
    assert.equal(list.length, 4);
    assert.equal(list.at(-1), '… and 1,327 more (1,330 in total; the complete list is in analysis.sarif).');
  });

  test('hostile finding text stays text: no HTML, link, image, table or heading comes out of it', async () => {
    const { markdown } = await renderReport({ model: loadModel(), kind: 'full', formats: ['md'], bundledDir });
    const tokens = marked.lexer(markdown!);
    const html: string[] = [];
    const links: string[] = [];
    const images: string[] = [];
    walk(tokens, (t) => {
      if (t.type === 'html') html.push((t as Tokens.HTML).raw.trim());
      if (t.type === 'link') links.push((t as Tokens.Link).href);
      if (t.type === 'image') images.push((t as Tokens.Image).href);
    });
    // The only HTML is the template's own <sub> around the footer line.
    assert.deepEqual([...new Set(html)].sort(), ['</sub>', '<sub>']);
    for (const href of links) assert.match(href, /^(https:\/\/|#link-removed$)/, `link ${href}`);
    assert.ok(links.includes('#link-removed'), "the notes' javascript: link lost its target");
    // Only the notes may carry an image (GitHub proxies it); the finding's ![pixel] is text.
    assert.deepEqual(images, ['https://tracker.example/notes-pixel.gif']);
    assert.ok(!headings(tokens, 1).concat(headings(tokens, 2), headings(tokens, 3)).some((h) => h.includes('Heading injection')));
    walk(tokens, (t) => {
      if (t.type === 'table') assert.ok(!tableCells(t as Tokens.Table)[0]!.includes('injected'), 'no table made from a message');
    });

    const lint = listTexts(after_(tokens, 'Findings', 'list', 0) as Tokens.List);
    assert.ok(lint.includes('Medium · eslint · no-unused-vars: <img src=x onerror=alert(1)> (src/ui/<img src=x onerror=alert(1)>.js:7)'));
    assert.ok(lint.includes('Medium · pylint · W0611: Unused import os {{ 7*7 }} and {% raw %} inside {% endraw %} (tools/report/{{ 7*7 }}.py:3)'));
    assert.ok(lint.some((l) => l.includes('word splitting. | injected | table | |---|---| | a | b | (scripts/deploy.sh:12)')));
    assert.ok(lint.some((l) => l.includes("no-console: # Heading injection <script>alert('md-html')</script> - list injection")));
    assert.ok(lint.some((l) => l.includes("[click me](javascript:alert('md-link')) and ![pixel](https://tracker.example/pixel.png) **bold** `code`")));
    // A pipe inside a cell stays inside it.
    const gates = tableCells(after_(tokens, 'Quality gates', 'table') as Tokens.Table);
    assert.deepEqual(gates[3], ['No high lint errors in TypeScript', 'tsc.high == 0 | injected', '0', '✅ pass']);
  });

  test('a missing optional source is stated; an absent section says why', async () => {
    const model = loadModel();
    delete model.performance;
    delete model.metrics.benchmarks;
    model.sources.performance = { present: false, note: 'no benchmarks were configured' };
    delete model.security;
    model.sources.security = { present: false };
    const { markdown } = await renderReport({ model, kind: 'full', formats: ['md'], bundledDir });
    assert.match(markdown!, /^> \*\*Not included:\*\* Performance metrics: no benchmarks were configured\.$/m);
    assert.match(markdown!, /^> \*\*Missing:\*\* Security scan \(security\.sarif\) was not provided\.$/m);
    assert.match(markdown!, /^No performance data: performance\.json was not provided\.$/m);
    assert.match(markdown!, /^No security data: security\.sarif was not provided\.$/m);
  });

  test('final mode says Final and drops the draft wording', async () => {
    const model = loadModel();
    model.meta.mode = 'final';
    const { markdown } = await renderReport({ model, kind: 'code-review', formats: ['md'], bundledDir });
    assert.deepEqual(headings(marked.lexer(markdown!), 1), ['Acme Payments API: code and security audit']);
    assert.match(markdown!, /^\*\*Status: Final\*\*/m);
    assert.doesNotMatch(markdown!, /draft/i);
  });

  test('renderMarkdown shrinks the lists until the Markdown fits the budget it is given', async () => {
    const model = largeModel(50_000, { capTo: 5_000 });
    const full = await renderMarkdown(model, { bundledDir, limits: { findings: 5_000, rows: 1_000 } });
    assert.ok(Buffer.byteLength(full) > 200_000, `unbounded: ${Buffer.byteLength(full)} bytes`);
    const comment = await renderMarkdown(model, { bundledDir, limits: { findings: 5_000, rows: 1_000 }, maxBytes: 60_000 });
    assert.ok(Buffer.byteLength(comment) <= 60_000, `fits a PR comment: ${Buffer.byteLength(comment)} bytes`);
    assert.match(comment, /… and [\d,]+ more \(40,000 in total/);
    const summary = await renderMarkdown(model, { bundledDir });
    assert.ok(Buffer.byteLength(summary) < 1_000_000);
  });
});

// ---- HTML as text (the browser checks are in report-html.test.ts) ---------------------------

describe('report.html', () => {
  test('every kind renders one self-contained document with a strict CSP and escaped data', async () => {
    for (const kind of KINDS) {
      const { html, markdown } = await renderReport({ model: loadModel(), kind, formats: ['md', 'html'], bundledDir });
      assert.ok(markdown && html);
      assert.match(html, /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">/);
      for (const id of H2[kind].map((h) => h.toLowerCase())) assert.ok(html.includes(`>${id.charAt(0).toUpperCase()}${id.slice(1)}</h2>`), `${kind}: <h2>${id}`);
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /<img src=x/i);
      assert.doesNotMatch(html, /<(iframe|object|embed|link|base|form)\b/i);
      assert.doesNotMatch(html, /href="(?!https:|#)/);
      assert.equal(html.match(/<\/style>/g)?.length, 1, 'the hostile </style> is escaped');
      assert.equal(html.match(/<style>/g)?.length, 1);
      assert.ok(html.includes('{{ 7*7 }}'));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    }
  });

  test('the stylesheet hash in the CSP is the hash of the one <style> element', async () => {
    const { html } = await renderReport({ model: loadModel(), kind: 'full', formats: ['html'], bundledDir });
    const css = /<style>([\s\S]*?)<\/style>/.exec(html!)![1]!;
    const hash = /sha256-([A-Za-z0-9+/=]+)/.exec(html!)![1];
    const { createHash } = await import('node:crypto');
    assert.equal(createHash('sha256').update(css).digest('base64'), hash);
  });

  test('trend charts from the model are embedded only as data: images, never as markup', async () => {
    const { html } = await renderReport({ model: loadModel(), kind: 'full', formats: ['html'], bundledDir });
    const images = [...html!.matchAll(/<img class="trend-chart" src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="([^"]*)">/g)];
    assert.equal(images.length, 2);
    assert.ok(Buffer.from(images[1]![1]!, 'base64').toString().includes('<script>'), 'the hostile SVG is carried inert, as an image');
    assert.ok(!html!.includes('svg-script'), 'none of its text is in the page');
  });
});

// ---- a consumer's templates ------------------------------------------------------------------

/** The document with one section cut out, to compare the rest. */
function withoutSection(doc: string, format: 'md' | 'html', id: string, heading: RegExp): string {
  if (format === 'html') return doc.replace(new RegExp(`<section id="${id}"[\\s\\S]*?</section>`), '<!-- cut -->');
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return [...lines.slice(0, start), '<!-- cut -->', ...lines.slice(end)].join('\n');
}

describe('templates input', () => {
  const override = [
    '{%- if format == "html" -%}',
    '<section id="summary"><h2>Summary for the board</h2><p class="custom">Grade {{ report.grade.letter }}: {{ model.summary.topRisks[2].title }}</p></section>',
    '{%- else -%}',
    '## Summary for the board',
    '',
    'Grade {{ report.grade.letter }}: {{ model.summary.topRisks[2].title }}',
    '{%- endif %}',
    '',
  ].join('\n');

  test('a consumer file overrides the bundled section of the same path; every other section falls back', async () => {
    const templatesDir = templatesFolder({ 'code_review/summary.liquid': override });
    const mine = await renderReport({ model: loadModel(), kind: 'full', formats: ['md', 'html'], templatesDir, bundledDir });
    const bundled = await renderReport({ model: loadModel(), kind: 'full', formats: ['md', 'html'], bundledDir });

    assert.deepEqual(headings(marked.lexer(mine.markdown!), 2), ['Summary for the board', ...H2.full.slice(1)]);
    assert.match(mine.markdown!, /^Grade C\+: &lt;img src=x onerror=alert\(1\)&gt;$/m, 'model text in a consumer template is escaped too');
    assert.ok(mine.html!.includes('<p class="custom">Grade C+: &lt;img src=x onerror=alert(1)&gt;</p>'));
    assert.ok(!mine.html!.includes('Executive summary</h2>'));

    assert.equal(withoutSection(mine.markdown!, 'md', 'summary', /^## Summary for the board$/), withoutSection(bundled.markdown!, 'md', 'summary', /^## Executive summary$/));
    assert.equal(withoutSection(mine.html!, 'html', 'summary', /x/), withoutSection(bundled.html!, 'html', 'summary', /x/));
  });

  test("a format's own file (summary.html.liquid) wins over the shared one and leaves the other format alone", async () => {
    const htmlOnly = templatesFolder({ 'code_review/summary.html.liquid': '<section id="summary"><h2>HTML only</h2></section>' });
    const a = await renderReport({ model: loadModel(), kind: 'code-review', formats: ['md', 'html'], templatesDir: htmlOnly, bundledDir });
    const b = await renderReport({ model: loadModel(), kind: 'code-review', formats: ['md', 'html'], bundledDir });
    assert.ok(a.html!.includes('<h2>HTML only</h2>'));
    assert.equal(a.markdown, b.markdown);

    const both = templatesFolder({ 'code_review/summary.liquid': override, 'code_review/summary.html.liquid': '<section id="summary"><h2>HTML wins</h2></section>' });
    const c = await renderReport({ model: loadModel(), kind: 'code-review', formats: ['md', 'html'], templatesDir: both, bundledDir });
    assert.ok(c.html!.includes('<h2>HTML wins</h2>'));
    assert.equal(headings(marked.lexer(c.markdown!), 2)[0], 'Summary for the board');
  });

  test('overriding layouts/sections.liquid changes the sections of a kind in both formats', async () => {
    const templatesDir = templatesFolder({
      'layouts/sections.liquid': "{%- assign sections = 'security/findings,code_review/summary' | split: ',' -%}",
    });
    const { markdown, html } = await renderReport({ model: loadModel(), kind: 'security', formats: ['md', 'html'], templatesDir, bundledDir });
    assert.deepEqual(headings(marked.lexer(markdown!), 2), ['Security findings', 'Executive summary']);
    assert.deepEqual([...html!.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]), ['Security findings', 'Executive summary']);
  });

  test('`raw` and `trusted` cannot unescape model text; a chart printed without the filter is escaped', async () => {
    const templatesDir = templatesFolder({
      'code_review/summary.html.liquid': [
        '<section id="summary"><h2>Probe</h2>',
        '<p id="raw">{{ model.analysis.findings.items[2].message | raw }}</p>',
        '<p id="trusted">{{ model.analysis.findings.items[2].message | trusted }}</p>',
        '<p id="escape">{{ model.analysis.findings.items[2].message | escape }}</p>',
        '<p id="chart">{{ report.charts.severity }}</p>',
        '<p id="echo">{% echo model.summary.topRisks[2].title | raw %}</p>',
        '</section>',
      ].join('\n'),
    });
    const { html } = await renderReport({ model: loadModel(), kind: 'code-review', formats: ['html'], templatesDir, bundledDir });
    for (const id of ['raw', 'trusted', 'escape', 'echo']) assert.ok(html!.includes(`<p id="${id}">&lt;img src=x onerror=alert(1)&gt;</p>`), id);
    assert.match(html!, /<p id="chart">&lt;svg xmlns=/);
  });

  test('a templates value that is not a folder is a configuration error', async () => {
    await assert.rejects(renderReport({ model: loadModel(), kind: 'full', formats: ['md'], templatesDir: path.join(os.tmpdir(), 'no-such-templates-folder'), bundledDir }), (err: unknown) => {
      assert.ok(err instanceof ConfigurationError);
      assert.match(err.message, /^templates: .*no-such-templates-folder is not a folder\./);
      return true;
    });
  });
});

describe('template errors name the file and the line', () => {
  async function failure(files: Record<string, string>, kind: (typeof KINDS)[number] = 'full', formats: ('md' | 'html')[] = ['md', 'html']): Promise<string> {
    const templatesDir = templatesFolder(files);
    try {
      await renderReport({ model: loadModel(), kind, formats, templatesDir, bundledDir });
    } catch (err) {
      assert.ok(err instanceof ConfigurationError, `a ConfigurationError, not ${(err as Error).name}`);
      assert.doesNotMatch(err.message, /\n\s+at /, 'no stack trace');
      return err.message.replace(templatesDir, '<dir>');
    }
    assert.fail('rendering should have failed');
  }

  test('a syntax error', async () => {
    const message = await failure({ 'code_review/summary.liquid': 'line one\nline two\n{% if report.draft %}\nnever closed\n' });
    assert.equal(
      message,
      'report template code_review/summary.liquid (your templates folder, <dir>), line 3, column 1: tag {% if report.draft %} not closed\n' +
        '  3 | {% if report.draft %}\n' +
        'Fix the template, or delete it from your templates folder to use the bundled one.',
    );
  });

  test('an unknown filter', async () => {
    const message = await failure({ 'security/findings.md.liquid': '## Security findings\n\n{{ report.title | shout }}\n' });
    assert.match(message, /^report template security\/findings\.md\.liquid \(your templates folder, <dir>\), line 3, column 1: undefined filter: shout\n {2}3 \| \{\{ report\.title \| shout \}\}\n/);
  });

  test('a broken override is reported even when this kind does not use it', async () => {
    const message = await failure({ 'consultation/plan.liquid': '\n\n\n{{ x | nope }}' }, 'security');
    assert.match(message, /^report template consultation\/plan\.liquid \(your templates folder, <dir>\), line 4, column 1: undefined filter: nope/);
  });

  test('a missing include, in a partial included by a bundled template', async () => {
    const message = await failure({ 'base/severity-table.liquid': "{% comment %} mine {% endcomment %}\n  {% include 'base/legend' %}\n" }, 'code-review', ['md']);
    assert.match(
      message,
      /^report template base\/severity-table\.liquid \(your templates folder, <dir>\), line 2, column 3: no template "base\/legend" was found \(looked for base\/legend\.<format>\.liquid and base\/legend\.liquid in your templates folder, then the bundled templates\)\n/,
    );
  });

  test('a stylesheet that would close <style> early', async () => {
    const message = await failure({ 'base/styles.css.liquid': 'body { color: red }</style><script>alert(1)</script>' }, 'full', ['html']);
    assert.match(message, /base\/styles\.css\.liquid: the stylesheet contains "<\/style"/);
  });

  test('an include that climbs out of the templates folders is not found', async () => {
    const message = await failure({ 'code_review/summary.liquid': "{% include '../../../../../../etc/hostname' %}" }, 'code-review', ['md']);
    assert.match(message, /line 1, column 1: no template "\.\.\/\.\.\/.*etc\/hostname" was found/);
  });
});

// ---- size and speed --------------------------------------------------------------------------

/**
 * A model as the builder would make it from `count` findings: every total counts them all, the
 * lists hold `capTo` items (most severe first), and everything else at realistic sizes, trend
 * charts included.
 */
function largeModel(count: number, options: { capTo: number }): ReportModel {
  const base = loadModel();
  const severities = ['critical', 'high', 'medium', 'low', 'note'] as const;
  const tools = Array.from({ length: 24 }, (_, i) => `tool-${i}`);
  const findings = Array.from({ length: count }, (_, i) => ({
    severity: severities[Math.min(4, Math.floor(Math.log2((i % 997) + 1) / 2))]!,
    tool: tools[i % tools.length]!,
    ruleId: `rule/${i % 311}`,
    message: `Finding ${i}: ${'a value that does not match the expected pattern <b>&</b> '.repeat(1 + (i % 3))}`,
    file: `src/module-${i % 1500}/file-${i % 37}.ts`,
    line: 1 + (i % 4000),
  }));
  const lint = findings.slice(0, Math.floor(count * 0.8));
  const sec = findings.slice(Math.floor(count * 0.8));
  const capped = (list: typeof findings) => ({ items: list.slice(0, options.capTo), total: list.length, omitted: Math.max(0, list.length - options.capTo) });
  const counts = (list: typeof findings) => Object.fromEntries(severities.map((s) => [s, list.filter((f) => f.severity === s).length])) as Record<(typeof severities)[number], number>;
  const svg = base.performance!.benchmarks[0]!.trendChartSvg!;
  return {
    ...base,
    metrics: {
      ...base.metrics,
      findings: { bySeverity: counts(findings), byTool: tools.map((tool) => ({ tool, count: findings.filter((f) => f.tool === tool).length })), total: count },
    },
    analysis: {
      ...base.analysis!,
      files: Array.from({ length: 200 }, (_, i) => ({ path: `src/module-${i}/file.ts`, findings: 400 - i, topRules: ['rule/1', 'rule/2', 'rule/3'] })),
      findings: capped(lint),
      complexFunctions: Array.from({ length: 100 }, (_, i) => ({ name: `fn${i}`, file: `src/f${i}.ts`, line: i + 1, complexity: 60 - (i % 50), coverage: i % 100 })),
    },
    security: {
      ...base.security!,
      bySeverity: counts(sec),
      findings: capped(sec),
      dependencies: Array.from({ length: 400 }, (_, i) => ({ package: `pkg-${i}`, version: '1.0.0', advisory: `GHSA-xxxx-${String(i).padStart(4, '0')}-abcd`, aliases: [`CVE-2026-${10000 + i}`], severity: severities[i % 4]!, ...(i % 3 ? { fixedVersion: '1.0.1' } : {}), file: 'package-lock.json', line: i * 10 })),
    },
    performance: { benchmarks: Array.from({ length: 40 }, (_, i) => ({ name: `bench-${i}`, status: 'ok', median: 10 + i, unit: 'ms', size: 1000, complexity: 'O(n)', verdict: 'no change', ratio: 1, interval: [9 + i, 11 + i] as [number, number], trendChartSvg: svg })) },
    recommendations: Array.from({ length: 300 }, (_, i) => ({ priority: severities[i % 5]!, title: `Recommendation ${i}`, detail: 'Upgrade, test, refactor. '.repeat(4), kind: 'rule' as const })),
  };
}

describe('size and speed from 50,000 findings', () => {
  for (const capTo of [1_000, 50_000]) {
    test(`Markdown + HTML from a model listing ${capTo.toLocaleString('en-US')} of them`, async (t) => {
      const model = largeModel(50_000, { capTo });
      // One rendering to load modules and compile templates, as a real run does once.
      const coldStart = performance.now();
      await renderReport({ model, kind: 'full', formats: ['md', 'html'], bundledDir });
      const cold = performance.now() - coldStart;
      const start = performance.now();
      const { markdown, html } = await renderReport({ model, kind: 'full', formats: ['md', 'html'], bundledDir });
      const warm = performance.now() - start;
      const htmlBytes = Buffer.byteLength(html!);
      const mdBytes = Buffer.byteLength(markdown!);
      t.diagnostic(`first ${cold.toFixed(0)} ms, then ${warm.toFixed(0)} ms; report.html ${(htmlBytes / 1e6).toFixed(2)} MB, report.md ${(mdBytes / 1e3).toFixed(0)} kB`);
      assert.ok(cold < 3_000, `first rendering took ${cold.toFixed(0)} ms`);
      assert.ok(warm < 3_000, `rendering took ${warm.toFixed(0)} ms`);
      assert.ok(htmlBytes <= 5_000_000, `report.html is ${htmlBytes} bytes`);
      assert.ok(mdBytes <= 1_000_000, `report.md is ${mdBytes} bytes`);
      assert.ok(html!.includes('… and 39,000 more (40,000 in total; the complete list is in analysis.sarif).'));
      assert.ok(markdown!.includes('- … and 39,950 more (40,000 in total; the complete list is in analysis.sarif).'));
    });
  }
});
