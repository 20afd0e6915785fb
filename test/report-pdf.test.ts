import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { findBrowser } from '../actions/generate-report/pdf/find-browser';
import { CHROMIUM_ARGS, PdfPrintError, printPdf } from '../actions/generate-report/pdf/print-pdf';
import { createConsoleLogger, type Logger } from '../lib/action/logger';
import { ConfigurationError } from '../lib/errors';

/**
 * The PDF as a reader gets it: a real multi-page report HTML printed by the Debian Chromium, then
 * read back with poppler (pdfinfo, pdftoppm, pdftotext) as a separate program would. Without
 * Chromium or poppler the printing tests are skipped with the reason, and fail under CI=true.
 */

const execFileAsync = promisify(execFile);
const IN_CI = process.env.CI === 'true';
const CHROMIUM = '/usr/bin/chromium';
const SECTIONS = ['Executive summary', 'Technical details', 'Recommendations', 'Metrics and benchmarks'];
const TITLE = 'Assay report: acme/widgets @ 6dcb09b';

let scratch: string;
before(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'assay-report-pdf-'));
});
after(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function quietLog(lines: string[] = []): Logger {
  return createConsoleLogger({ write: (line) => lines.push(line), verbose: true });
}

async function ready(t: TestContext, needs: string[]): Promise<boolean> {
  const missing = needs.filter((tool) => !existsSync(tool));
  if (missing.length === 0) return true;
  const why = `${missing.join(', ')} not installed (apt-get install chromium poppler-utils)`;
  if (IN_CI) assert.fail(`required under CI=true: ${why}`);
  t.skip(why);
  return false;
}

/** A report-like page: four sections, each with a table long enough to run over several pages. */
function reportHtml(options: { draft: boolean; rowsPerSection?: number; extraHead?: string; extraBody?: string; csp?: boolean }): string {
  const rows = options.rowsPerSection ?? 70;
  const severities = ['critical', 'high', 'medium', 'low'];
  const section = (title: string, index: number) => {
    const body = Array.from({ length: rows }, (_, i) => {
      const severity = severities[(i + index) % 4]!;
      return `<tr class="${severity}"><td>${index + 1}.${i + 1}</td><td>${severity}</td><td>src/module_${index}/file_${i}.ts:${10 + i}</td><td>Finding ${i + 1} of ${title.toLowerCase()}: unchecked input reaches a sink</td></tr>`;
    }).join('\n');
    return `<section><h2>${title}</h2><p>Section ${index + 1} of the report.</p>
<table><thead><tr><th>#</th><th>Severity</th><th>Location</th><th>Message</th></tr></thead><tbody>
${body}
</tbody></table></section>`;
  };
  const watermark = options.draft ? '<div class="watermark" aria-hidden="true">DRAFT</div>' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${options.csp === false ? '' : `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`}
<title>${TITLE}</title>
<style>
  body { font-family: sans-serif; font-size: 10pt; color: #222; }
  h1 { color: #4b2a84; }
  section { break-before: page; }
  table { width: 100%; border-collapse: collapse; }
  thead { display: table-header-group; }
  th, td { border: 1px solid #ccc; padding: 2px 4px; text-align: left; }
  tr.critical td:nth-child(2) { background: #b00020; color: white; }
  tr.high td:nth-child(2) { background: #e65100; color: white; }
  .watermark { position: fixed; top: 40%; left: 10%; font-size: 110pt; color: rgba(176, 0, 32, 0.12);
    transform: rotate(-30deg); pointer-events: none; z-index: 10; }
</style>${options.extraHead ?? ''}</head>
<body>${watermark}
<h1>${TITLE}</h1>
${SECTIONS.map(section).join('\n')}
${options.extraBody ?? ''}
</body></html>`;
}

interface ReadBack {
  pdfinfoPages: number;
  pngs: string[];
  /** Text of each page in content order (pdftotext -raw keeps the rotated watermark a word; pages end with a form feed). */
  pages: string[];
  text: string;
}

async function readBack(pdf: string): Promise<ReadBack> {
  const info = await execFileAsync('pdfinfo', [pdf]);
  const pdfinfoPages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  const pngDir = await mkdtemp(path.join(scratch, 'png-'));
  await execFileAsync('pdftoppm', ['-png', '-r', '50', pdf, path.join(pngDir, 'page')]);
  const pngs = (await readdir(pngDir)).filter((f) => f.endsWith('.png')).sort().map((f) => path.join(pngDir, f));
  const { stdout: text } = await execFileAsync('pdftotext', ['-raw', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
  return { pdfinfoPages, pngs, pages, text };
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const head = (await readFile(file)).subarray(0, 24);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Chromium processes still running with a profile under `dir`. */
async function browsersUnder(dir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(dir)) pids.push(Number(entry));
  }
  return pids;
}

describe('printPdf with headless Chromium', () => {
  test('draft: every page has the title, "Draft" and "Page N of M"; pdftoppm, pdfinfo and the tree agree on the count', async (t) => {
    if (!(await ready(t, [CHROMIUM, '/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo']))) return;
    const tempDir = await mkdtemp(path.join(scratch, 'profiles-'));
    const file = path.join(scratch, 'out', 'draft', 'report.pdf');
    const printed = await printPdf({
      html: reportHtml({ draft: true }),
      file,
      browserPath: CHROMIUM,
      draft: true,
      title: TITLE,
      log: quietLog(),
      tempDir,
    });

    const back = await readBack(file);
    assert.ok(back.pdfinfoPages >= 6, `four sections of 70 rows span several pages (got ${back.pdfinfoPages})`);
    assert.equal(back.pngs.length, back.pdfinfoPages, 'pdftoppm renders one PNG per page');
    assert.equal(printed.pages, back.pdfinfoPages, 'printPdf reads the same count from the page tree');
    assert.equal(back.pages.length, back.pdfinfoPages);
    assert.equal(printed.bytes, (await readFile(file)).length);
    assert.deepEqual(printed.blockedRequests, []);

    const a4 = await pngSize(back.pngs[0]!);
    // A4 is 8.27 × 11.69 in; at 50 dpi that is 413 × 585 pixels (±1 for rounding).
    assert.ok(Math.abs(a4.width - 413) <= 1 && Math.abs(a4.height - 585) <= 1, `A4 at 50 dpi, got ${a4.width}×${a4.height}`);

    for (const heading of SECTIONS) assert.ok(back.text.includes(heading), `the PDF shows the section "${heading}"`);
    const n = back.pdfinfoPages;
    back.pages.forEach((page, i) => {
      assert.match(page, new RegExp(`Page ${i + 1} of ${n}\\b`), `page ${i + 1} is numbered`);
      assert.match(page, /\bDraft\b/, `page ${i + 1} is marked as a draft`);
      assert.ok(page.includes('Assay report: acme/widgets'), `page ${i + 1} carries the title`);
      assert.match(page, /DRAFT/, `page ${i + 1} shows the watermark (a fixed element repeats on every page)`);
    });
    assert.deepEqual(await readdir(tempDir), [], 'the throwaway profile is removed');
    assert.deepEqual(await browsersUnder(tempDir), [], 'no browser outlives the print');
  });

  test('final: the same report has no "Draft" anywhere and keeps its page numbers', async (t) => {
    if (!(await ready(t, [CHROMIUM, '/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm']))) return;
    const file = path.join(scratch, 'out', 'final', 'report.pdf');
    const printed = await printPdf({
      html: reportHtml({ draft: false }),
      file,
      browserPath: CHROMIUM,
      draft: false,
      title: TITLE,
      log: quietLog(),
    });
    const back = await readBack(file);
    assert.equal(back.pngs.length, back.pdfinfoPages);
    assert.equal(printed.pages, back.pdfinfoPages);
    assert.doesNotMatch(back.text, /draft/i);
    for (const heading of SECTIONS) assert.ok(back.text.includes(heading));
    assert.match(back.pages[0]!, new RegExp(`Page 1 of ${back.pdfinfoPages}\\b`));
    assert.match(back.pages.at(-1)!, new RegExp(`Page ${back.pdfinfoPages} of ${back.pdfinfoPages}\\b`));
  });

  test('the title in the header is text, not markup', async (t) => {
    if (!(await ready(t, [CHROMIUM, '/usr/bin/pdftotext']))) return;
    const file = path.join(scratch, 'out', 'title', 'report.pdf');
    await printPdf({
      html: '<!doctype html><title>x</title><p>Body</p>',
      file,
      browserPath: CHROMIUM,
      draft: false,
      title: '<img src=x onerror=alert(1)> & {{ 7*7 }}',
      log: quietLog(),
    });
    const { stdout } = await execFileAsync('pdftotext', [file, '-']);
    assert.ok(stdout.includes('<img src=x onerror=alert(1)> & {{ 7*7 }}'), stdout);
  });

  describe('offline', () => {
    let server: Server;
    let local: string;
    const hits: string[] = [];
    let connections = 0;
    before(async () => {
      server = createServer((req, res) => {
        hits.push(`${req.method} ${req.url}`);
        res.end('x');
      });
      server.on('connection', () => connections++);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('an image from http://example.com is refused, and nothing the page names is fetched', async (t) => {
      if (!(await ready(t, [CHROMIUM]))) return;
      const lines: string[] = [];
      const outside = [
        'http://example.com/x.png',
        `${local}/logo.png`,
        `${local}/style.css`,
        `${local}/import.css`,
        `${local}/background.png`,
        `${local}/font.woff2`,
        `${local}/frame.html`,
        `${local}/svg-image.png`,
      ];
      const html = reportHtml({
        draft: false,
        rowsPerSection: 3,
        // Without the report's own Content-Security-Policy, which would stop these before routing.
        csp: false,
        extraHead:
          `<link rel="stylesheet" href="${local}/style.css">` +
          `<style>@import url(${local}/import.css); body { background-image: url(${local}/background.png); }` +
          `@font-face { font-family: remote; src: url(${local}/font.woff2); } h2 { font-family: remote, sans-serif; }</style>`,
        extraBody:
          '<img src="http://example.com/x.png" alt="remote">' +
          `<img src="${local}/logo.png" alt="local"><iframe src="${local}/frame.html"></iframe>` +
          `<svg width="10" height="10"><image href="${local}/svg-image.png" width="10" height="10"/></svg>` +
          '<img alt="inline" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">',
      });
      const printed = await printPdf({
        html,
        file: path.join(scratch, 'out', 'offline', 'report.pdf'),
        browserPath: CHROMIUM,
        draft: false,
        title: TITLE,
        log: quietLog(lines),
      });
      assert.deepEqual([...printed.blockedRequests].sort(), [...outside].sort(), 'each outside resource was routed and refused, once');
      assert.ok(!printed.blockedRequests.some((u) => u.startsWith('data:')), 'data: URLs are allowed');
      assert.deepEqual(hits, [], 'no request reached the server the page names');
      assert.equal(connections, 0, 'not even a connection');
      assert.ok(lines.some((l) => /warning: The report HTML asked for 8 outside resource\(s\).*http:\/\/example\.com\/x\.png/.test(l)), lines.join('\n'));
    });

    test('with scripts on, fetch, beacons, WebSockets, prefetch and preconnect get nowhere either', async (t) => {
      if (!(await ready(t, [CHROMIUM]))) return;
      const before = { hits: hits.length, connections };
      const html =
        `<!doctype html><html><head><title>t</title><link rel="preconnect" href="${local}">` +
        `<link rel="prefetch" href="${local}/prefetch"></head><body><p>scripted</p><script>` +
        `fetch('${local}/fetch').catch(() => {}); navigator.sendBeacon('${local}/beacon', 'x');` +
        `try { new WebSocket('${local.replace('http', 'ws')}/socket'); } catch {}` +
        `</script></body></html>`;
      const printed = await printPdf({
        html,
        file: path.join(scratch, 'out', 'offline-js', 'report.pdf'),
        browserPath: CHROMIUM,
        draft: false,
        title: TITLE,
        log: quietLog(),
        javaScript: true,
      });
      // Give late stragglers (a beacon is sent after unload) a moment to arrive if they could.
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(hits.slice(before.hits), []);
      assert.equal(connections - before.connections, 0);
      assert.ok(printed.blockedRequests.includes(`${local}/fetch`), printed.blockedRequests.join(', '));
      assert.ok(printed.blockedRequests.includes(`${local.replace('http', 'ws')}/socket`), printed.blockedRequests.join(', '));
    });
  });

  test('a browser that cannot start: a PdfPrintError naming it, the profile removed', async (t) => {
    if (!(await ready(t, []))) return;
    const tempDir = await mkdtemp(path.join(scratch, 'profiles-'));
    await assert.rejects(
      printPdf({ html: '<p>x</p>', file: path.join(scratch, 'never.pdf'), browserPath: '/bin/false', draft: false, title: 't', log: quietLog(), tempDir, timeoutMs: 20_000 }),
      (err: unknown) => err instanceof PdfPrintError && /Chromium at \/bin\/false did not start/.test(err.message) && /CHROME_PATH/.test(err.message),
    );
    assert.deepEqual(await readdir(tempDir), []);
    assert.equal(existsSync(path.join(scratch, 'never.pdf')), false);
  });

  test('a print over its time limit is stopped, the browser closed', async (t) => {
    if (!(await ready(t, [CHROMIUM]))) return;
    const tempDir = await mkdtemp(path.join(scratch, 'profiles-'));
    await assert.rejects(
      printPdf({ html: reportHtml({ draft: false }), file: path.join(scratch, 'late.pdf'), browserPath: CHROMIUM, draft: false, title: 't', log: quietLog(), tempDir, timeoutMs: 100 }),
      (err: unknown) => err instanceof PdfPrintError && /^Printing the PDF took longer than 100 ms, so it was stopped\./.test(err.message),
    );
    assert.deepEqual(await browsersUnder(tempDir), []);
    assert.deepEqual(await readdir(tempDir), []);
  });

  test('a failure after the browser started (the PDF cannot be written) still closes it', async (t) => {
    if (!(await ready(t, [CHROMIUM]))) return;
    const tempDir = await mkdtemp(path.join(scratch, 'profiles-'));
    const blocker = path.join(scratch, 'a-file');
    await writeFile(blocker, 'not a folder');
    await assert.rejects(
      printPdf({ html: '<p>x</p>', file: path.join(blocker, 'report.pdf'), browserPath: CHROMIUM, draft: false, title: 't', log: quietLog(), tempDir }),
      (err: unknown) => err instanceof PdfPrintError && /^Printing the PDF with \/usr\/bin\/chromium failed: .*(ENOTDIR|EEXIST)/.test(err.message),
    );
    assert.deepEqual(await browsersUnder(tempDir), []);
    assert.deepEqual(await readdir(tempDir), []);
  });

  test('the browser starts with exactly the suite\'s switches', () => {
    assert.deepEqual(
      [...CHROMIUM_ARGS],
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    );
  });
});

describe('findBrowser', () => {
  const only = (...present: string[]) => (file: string) => present.includes(file);

  test('finds the Debian chromium here through PATH', (t) => {
    if (!existsSync(CHROMIUM)) {
      if (IN_CI) assert.fail(`${CHROMIUM} is required under CI=true`);
      t.skip(`${CHROMIUM} is not installed`);
      return;
    }
    const found = findBrowser({ PATH: '/nonexistent:/usr/bin' });
    assert.equal(found, CHROMIUM);
  });

  test('CHROME_PATH wins, then ASSAY_CHROME, then CHROME_BIN, then PATH in the documented order', () => {
    const isExecutable = only('/opt/mine/chrome', '/opt/assay/chrome', '/usr/bin/google-chrome', '/usr/local/bin/chromium', '/usr/bin/chromium');
    const env = { PATH: '/usr/local/bin:/usr/bin', CHROME_BIN: '/usr/bin/google-chrome' };
    assert.equal(findBrowser({ ...env, CHROME_PATH: '/opt/mine/chrome', ASSAY_CHROME: '/opt/assay/chrome' }, { isExecutable }), '/opt/mine/chrome');
    assert.equal(findBrowser({ ...env, ASSAY_CHROME: '/opt/assay/chrome' }, { isExecutable }), '/opt/assay/chrome');
    assert.equal(findBrowser(env, { isExecutable }), '/usr/bin/google-chrome', 'the runner image\'s CHROME_BIN');
    assert.equal(findBrowser({ PATH: env.PATH }, { isExecutable }), '/usr/bin/google-chrome', 'google-chrome before chromium');
    assert.equal(findBrowser({ PATH: env.PATH }, { isExecutable: only('/usr/local/bin/chromium', '/usr/bin/chromium') }), '/usr/local/bin/chromium', 'first PATH folder');
  });

  test('the runners\' own locations when PATH lacks them (Ubuntu, macOS, Windows)', () => {
    assert.equal(
      findBrowser({ PATH: '/nowhere' }, { platform: 'linux', isExecutable: only('/usr/local/share/chromium/chrome-linux/chrome') }),
      '/usr/local/share/chromium/chrome-linux/chrome',
    );
    assert.equal(
      findBrowser({ PATH: '/usr/bin' }, { platform: 'darwin', isExecutable: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') }),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    assert.equal(
      findBrowser(
        { Path: 'C:\\Windows\\system32', PROGRAMFILES: 'C:\\Program Files' },
        { platform: 'win32', isExecutable: only('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe') },
      ),
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  test('none anywhere: a ConfigurationError listing where it looked and how to get one', () => {
    assert.throws(
      () => findBrowser({ PATH: '/a:/b' }, { platform: 'linux', isExecutable: () => false }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigurationError);
        const m = err.message;
        assert.match(m, /^No Chrome or Chromium was found to print the PDF report\. Looked at:/);
        for (const place of ['CHROME_PATH (not set)', 'ASSAY_CHROME (not set)', 'CHROME_BIN (not set)', 'google-chrome, google-chrome-stable, chromium, chromium-browser on PATH (2 folders)', '/usr/bin/chromium', '/usr/bin/google-chrome']) {
          assert.ok(m.includes(place), `mentions ${place}`);
        }
        assert.match(m, /sudo apt-get install chromium/);
        assert.match(m, /set CHROME_PATH/);
        assert.match(m, /leave `pdf` out of the `format` input/);
        return true;
      },
    );
  });

  test('CHROME_PATH naming a missing file is an error, not a silent fallback', () => {
    assert.throws(
      () => findBrowser({ CHROME_PATH: '/opt/typo/chrome', PATH: '/usr/bin' }, { isExecutable: (f) => f === '/usr/bin/chromium' }),
      /CHROME_PATH is set to "\/opt\/typo\/chrome", but that is not an executable file/,
    );
  });
});
