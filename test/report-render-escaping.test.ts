import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { findRepositoryRoot } from '../lib/action/metadata';
import type { ReportModel } from '../actions/generate-report/model';
import { markdownText } from '../actions/generate-report/render/markdown-text';
import { notesHtml } from '../actions/generate-report/render/notes-html';
import { notesMarkdown } from '../actions/generate-report/render/notes-markdown';
import { renderReport } from '../actions/generate-report/render/render-report';
import { safeUrl } from '../actions/generate-report/render/safe-url';
import { trustedText } from '../actions/generate-report/render/trusted';

/** The escaping pieces on their own, each against what a GFM parser or a browser makes of it. */

test('markdownText: one inert line whatever the text', () => {
  const html = (text: string) => marked.parse(`- ${markdownText(text)}`, { async: false }).trim();
  assert.equal(html('# heading'), '<ul>\n<li># heading</li>\n</ul>');
  assert.equal(html('1. item'), '<ul>\n<li>1. item</li>\n</ul>');
  assert.equal(html('- item'), '<ul>\n<li>- item</li>\n</ul>');
  assert.equal(html('---'), '<ul>\n<li>---</li>\n</ul>');
  assert.equal(html('a\n\n| x | y |\n|---|---|\n| 1 | 2 |'), '<ul>\n<li>a  | x | y | |---|---| | 1 | 2 |</li>\n</ul>');
  assert.equal(html('<img src=x onerror=alert(1)>'), '<ul>\n<li>&lt;img src=x onerror=alert(1)&gt;</li>\n</ul>');
  // A bare https address is autolinked, as GitHub does too; nothing else becomes a link or image.
  assert.equal(html('[x](javascript:alert(1)) ![y](https://t.example/p.png)'), '<ul>\n<li>[x](javascript:alert(1)) ![y](<a href="https://t.example/p.png">https://t.example/p.png</a>)</li>\n</ul>');
  assert.equal(html('$x^2$ and `code` and *em*'), '<ul>\n<li>$x^2$ and `code` and *em*</li>\n</ul>');
  assert.equal(html('&lt; stays &lt;'), '<ul>\n<li>&amp;lt; stays &amp;lt;</li>\n</ul>');
  // Numbers that are not list markers are left alone.
  assert.equal(markdownText('71.5'), '71.5');
  assert.equal(markdownText('-2'), '-2');
});

test('safeUrl keeps http(s), mailto and fragments, and nothing else however it is spelled', () => {
  assert.equal(safeUrl('https://github.com/a/b/actions/runs/1'), 'https://github.com/a/b/actions/runs/1');
  assert.equal(safeUrl('mailto:sec@example.com'), 'mailto:sec@example.com');
  assert.equal(safeUrl('#metrics'), '#metrics');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x', 'docs/readme.md', '&#106;avascript:alert(1)', '#"onmouseover=alert(1)']) {
    assert.equal(safeUrl(bad), undefined, bad);
  }
  assert.equal(safeUrl(42), undefined);
});

test('notes as Markdown: HTML and unsafe link targets are neutralised outside code, code is kept', () => {
  const md = trustedText(
    notesMarkdown(
      [
        '# Title',
        '<script>alert(1)</script> `<kbd>` stays',
        '[a](javascript:alert((1))) [b](https://example.com/x_(y)) [c](<javascript:alert(2)>)',
        '[ref]: javascript:alert(3)',
        '```html',
        '<b>kept</b>',
        '```',
      ].join('\n'),
    ),
    'md',
  )!;
  assert.equal(
    md,
    [
      '### Title',
      '&lt;script>alert(1)&lt;/script> `<kbd>` stays',
      '[a](#link-removed) [b](https://example.com/x_(y)) [c](#link-removed)',
      '[ref]: #link-removed',
      '```html',
      '<b>kept</b>',
      '```',
    ].join('\n'),
  );
});

test('notes as HTML: structure kept, no raw HTML, no unsafe href, no image load', () => {
  const html = trustedText(notesHtml('## Plan\n\n<b>x</b> [ok](https://example.com) [no](javascript:alert(1)) ![i](https://t.example/p.png)\n\n<div onclick=alert(1)>block</div>\n'), 'html')!;
  assert.equal(
    html,
    '<h4>Plan</h4>\n' +
      '<p>&lt;b&gt;x&lt;/b&gt; <a href="https://example.com/" rel="noopener noreferrer">ok</a> <span class="blocked-link" title="link removed: not http(s), mailto or #">no</span> <span class="image-placeholder">[image: i]</span></p>\n' +
      '<p class="raw-html">&lt;div onclick=alert(1)&gt;block&lt;/div&gt;</p>\n',
  );
});

test('a model with only the required parts renders every kind in both formats', async () => {
  const bundledDir = path.join(findRepositoryRoot(fileURLToPath(import.meta.url)), 'templates');
  const full = JSON.parse(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/report/model-sample.json'), 'utf8')) as ReportModel;
  const zero = { critical: 0, high: 0, medium: 0, low: 0, note: 0 };
  const minimal: ReportModel = {
    schemaVersion: 1,
    meta: { title: 'Bare', kind: 'full', mode: 'final', generatedAt: 'not a date', assayVersion: '0.1.0' },
    sources: { analysis: { present: false }, security: { present: false }, performance: { present: false }, notes: { present: false } },
    grade: { letter: 'A+', score: 100, reasons: [] },
    summary: { headline: 'Nothing found.', topRisks: [] },
    metrics: { findings: { bySeverity: zero, byTool: [], total: 0 } },
    recommendations: [],
    gates: [],
  };
  for (const kind of ['code-review', 'security', 'consultation', 'full'] as const) {
    const { markdown, html } = await renderReport({ model: minimal, kind, formats: ['md', 'html'], bundledDir });
    assert.match(markdown!, /^# Bare\n/);
    assert.match(markdown!, /\*\*Missing:\*\* Code analysis \(analysis\.json\) was not provided\./);
    assert.match(html!, /<title>Bare<\/title>/);
    assert.doesNotMatch(html!, /undefined|\[object Object\]|NaN/);
    assert.doesNotMatch(markdown!, /undefined|\[object Object\]|NaN/);
  }
  // And the sample's optional parts one at a time.
  for (const key of ['analysis', 'security', 'performance', 'notes'] as const) {
    const model = structuredClone(full);
    delete model[key];
    const { markdown, html } = await renderReport({ model, kind: 'full', formats: ['md', 'html'], bundledDir });
    // ("string | undefined" is the text of one of the sample's findings.)
    assert.doesNotMatch(markdown! + html!, /(?<!string \\?\| )undefined|\[object Object\]|NaN/, key);
  }
});
