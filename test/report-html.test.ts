import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findRepositoryRoot } from '../lib/action/metadata';
import type { ReportModel } from '../actions/generate-report/model';
import { renderReport } from '../actions/generate-report/render/render-report';

/**
 * report.html opened in headless Chromium as a reader opens it (from a file, JavaScript on, so
 * anything that could run would run) and checked as the reader sees it: the sections and the
 * severity table, hostile finding text shown as text with no element, handler, dialog or request
 * coming of it, the CSP in force, the draft watermark on every printed page and not in a final.
 */
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const IN_CI = process.env.CI === 'true';
const skip = fs.existsSync(CHROMIUM) || IN_CI ? false : `Chromium is not at ${CHROMIUM} (set CHROME_PATH); the browser checks of report.html did not run`;
const hasPoppler = spawnSync('pdftoppm', ['-v']).error === undefined;

const here = path.dirname(fileURLToPath(import.meta.url));
const bundledDir = path.join(findRepositoryRoot(fileURLToPath(import.meta.url)), 'templates');
const loadModel = (): ReportModel => JSON.parse(fs.readFileSync(path.join(here, 'fixtures/report/model-sample.json'), 'utf8')) as ReportModel;
const HOSTILE = '<img src=x onerror=alert(1)>';

// Callbacks below run in the page; the tests compile without the DOM library, so the little of
// the DOM they touch is declared here.
interface El {
  innerText: string;
  children: ArrayLike<El>;
  src: string;
  getAttribute(name: string): string | null;
}

const H2 = {
  'code-review': ['Executive summary', 'Metrics', 'Code analysis', 'Recommendations', 'Reviewer notes'],
  security: ['Security overview', 'Security findings', 'Mitigations', 'Metrics', 'Reviewer notes'],
  consultation: ['Assessment', 'Remediation plan', 'Implementation', 'Metrics', 'Reviewer notes'],
  full: ['Executive summary', 'Metrics', 'Code analysis', 'Security overview', 'Security findings', 'Recommendations', 'Mitigations', 'Implementation', 'Reviewer notes'],
} as const;

let work: string;
let browser: BrowserContext;

before(async () => {
  if (skip) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-html-'));
  browser = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => {
  await browser?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  file: string;
  requests: string[];
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Writes the report to a file and opens it, with every request, dialog and error recorded. */
async function open(html: string, name: string): Promise<Opened> {
  const file = path.join(work, `${name}.html`);
  fs.writeFileSync(file, html);
  const page = await browser.newPage();
  const opened: Opened = { page, file, requests: [], dialogs: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => opened.pageErrors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Give an onerror/onload handler, had one been created, the time to fire.
  await page.waitForTimeout(300);
  return opened;
}

async function render(kind: keyof typeof H2, mutate: (m: ReportModel) => void = () => undefined): Promise<string> {
  const model = loadModel();
  mutate(model);
  const { html } = await renderReport({ model, kind, formats: ['html'], bundledDir });
  return html!;
}

describe('report.html in Chromium', { skip }, () => {
  test('the full report: sections, severity table, hostile text shown as text and nothing run or fetched', async () => {
    const { page, file, requests, dialogs, consoleErrors, pageErrors } = await open(await render('full'), 'full');
    try {
      const h2 = page.locator('main h2');
      assert.deepEqual(await h2.allInnerTexts(), [...H2.full]);
      for (let i = 0; i < H2.full.length; i++) assert.ok(await h2.nth(i).isVisible(), `${H2.full[i]} is visible`);
      assert.equal(await page.locator('h1').innerText(), 'Acme Payments API: code and security audit (Draft)');

      const rows = await page.locator('#severity-table tr').evaluateAll((trs) => (trs as unknown as El[]).map((tr) => Array.from(tr.children).map((c) => c.innerText.trim())));
      assert.deepEqual(rows, [
        ['Severity', 'Findings'],
        ['Critical', '2'],
        ['High', '5'],
        ['Medium', '14'],
        ['Low', '1,296'],
        ['Note', '35'],
        ['Total', '1,352'],
      ]);
      assert.ok(await page.locator('#severity-table').isVisible());

      // The hostile message is on screen as its own text, in the findings table and elsewhere.
      const hostile = page.locator('td.message', { hasText: HOSTILE });
      assert.equal(await hostile.first().innerText(), HOSTILE);
      assert.ok(await hostile.first().isVisible());
      assert.ok((await page.getByText(HOSTILE, { exact: true }).count()) >= 3);
      assert.ok(await page.getByText('Unused import os {{ 7*7 }} and {% raw %} inside {% endraw %}', { exact: true }).isVisible(), '{{ 7*7 }} shows as written');
      assert.ok(await page.getByText("</style><script>alert('style-break')</script>", { exact: true }).isVisible());
      assert.ok(await page.getByText('| injected | table |', { exact: false }).first().isVisible());

      // …and nothing of it became markup.
      assert.equal(await page.locator('img[onerror]').count(), 0);
      assert.equal(await page.locator('script, iframe, object, embed, link, base, form, foreignObject').count(), 0);
      const handlers = await page.evaluate<string[]>("[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))");
      assert.deepEqual(handlers, []);
      const images = await page.locator('img').evaluateAll((imgs) => (imgs as unknown as El[]).map((i) => i.src.slice(0, 26)));
      assert.deepEqual(images, ['data:image/svg+xml;base64,', 'data:image/svg+xml;base64,']);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => (as as unknown as El[]).map((a) => a.getAttribute('href')!));
      for (const href of hrefs) assert.match(href, /^(https:\/\/|#)/, href);
      assert.ok(hrefs.includes('https://github.com/acme/payments-api/actions/runs/11873405512'));
      assert.ok(await page.locator('.notes-body .blocked-link', { hasText: 'click here' }).isVisible(), "the notes' javascript: link is plain text");
      assert.ok(await page.getByText("<script>alert('notes-script')</script>", { exact: false }).isVisible(), "the notes' raw HTML is text");

      assert.deepEqual(dialogs, [], 'no dialog opened');
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, [], 'no CSP violation or other error was reported');
      assert.deepEqual(
        requests.filter((u) => u !== pathToFileURL(file).href && !u.startsWith('data:')),
        [],
        'no request left the page',
      );

      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp!, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src data:; base-uri 'none'; form-action 'none'$/);
      // The stylesheet is admitted by its hash: the badges have their colours.
      const critical = await page.evaluate<string>("getComputedStyle(document.querySelector('.sev-critical')).backgroundColor");
      assert.equal(critical, 'rgb(142, 14, 36)');
      // The charts are inline SVG with their text readable.
      assert.equal(await page.locator('svg.bar-chart').count(), 3);
      assert.ok(await page.locator('svg.coverage-gauge').isVisible());
      assert.match(await page.locator('svg.coverage-gauge').innerHTML(), /78\.4%/);
    } finally {
      await page.close();
    }
  });

  for (const kind of ['code-review', 'security', 'consultation'] as const) {
    test(`the ${kind} report shows its sections`, async () => {
      const { page, dialogs, consoleErrors } = await open(await render(kind), kind);
      try {
        const h2 = page.locator('main h2');
        assert.deepEqual(await h2.allInnerTexts(), [...H2[kind]]);
        for (let i = 0; i < H2[kind].length; i++) assert.ok(await h2.nth(i).isVisible());
        assert.deepEqual(await page.locator('nav.toc a').allInnerTexts(), [...H2[kind]]);
        assert.deepEqual(dialogs, []);
        assert.deepEqual(consoleErrors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('draft: "Draft" in the title and status, a DRAFT watermark on screen and on every printed page', async (t) => {
    const { page } = await open(await render('full'), 'draft');
    try {
      assert.equal(await page.title(), 'Acme Payments API: code and security audit (Draft)');
      assert.equal(await page.locator('.status').innerText(), 'DRAFT'); // upper-cased by CSS, as shown
      const watermark = page.locator('.watermark');
      assert.ok(await watermark.isVisible());
      assert.equal(await watermark.textContent(), 'DRAFT');
      if (hasPoppler || IN_CI) {
        const pages = await printedPages(page, 'draft');
        assert.ok(pages.length >= 5, `${pages.length} pages`);
        t.diagnostic(`watermark-coloured pixels per page: ${pages.join(', ')}`);
        pages.forEach((pixels, i) => assert.ok(pixels > 1000, `page ${i + 1} shows the watermark (${pixels} watermark pixels)`));
      }
    } finally {
      await page.close();
    }
  });

  test('final: "Final" status, no watermark on screen or paper, no "Draft" anywhere', async (t) => {
    const { page } = await open(
      await render('full', (m) => {
        m.meta.mode = 'final';
      }),
      'final',
    );
    try {
      assert.equal(await page.title(), 'Acme Payments API: code and security audit');
      assert.equal(await page.locator('.status').innerText(), 'FINAL');
      assert.equal(await page.locator('.watermark').count(), 0);
      assert.doesNotMatch(await page.locator('body').innerText(), /draft/i);
      assert.match(await page.locator('footer').innerText(), /Final report\./);
      if (hasPoppler || IN_CI) {
        const pages = await printedPages(page, 'final');
        t.diagnostic(`watermark-coloured pixels per page: ${pages.join(', ')}`);
        pages.forEach((pixels, i) => assert.ok(pixels < 200, `page ${i + 1} has no watermark (${pixels} watermark-coloured pixels)`));
      }
    } finally {
      await page.close();
    }
  });
});

/**
 * Prints the page to PDF as the PDF step does (A4, backgrounds), rasterises each page with
 * pdftoppm and counts the pixels of the watermark's colour (its red at 13 % over white).
 */
async function printedPages(page: Page, name: string): Promise<number[]> {
  const pdf = path.join(work, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const prefix = path.join(work, `${name}-page`);
  const result = spawnSync('pdftoppm', ['-r', '30', pdf, prefix]);
  assert.equal(result.status, 0, String(result.stderr));
  return fs
    .readdirSync(work)
    .filter((f) => f.startsWith(`${name}-page`) && f.endsWith('.ppm'))
    .sort()
    .map((f) => watermarkPixels(fs.readFileSync(path.join(work, f))));
}

function watermarkPixels(ppm: Buffer): number {
  // P6 header: magic, width, height, maxval, each followed by whitespace; then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  assert.ok(header, 'a binary PPM');
  let count = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - 245) <= 5 && Math.abs(ppm[i + 1]! - 222) <= 5 && Math.abs(ppm[i + 2]! - 226) <= 5) count++;
  }
  return count;
}
