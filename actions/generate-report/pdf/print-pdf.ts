import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { loadPlaywright, type Playwright } from './load-playwright';
import type { Logger } from '../../../lib/action/logger';
import { AssayError, errorMessage } from '../../../lib/errors';
import { blockNetwork } from './block-network';
import { startOfflineProxy, type OfflineProxy } from './offline-proxy';
import { reapBrowser } from './reap-browser';
import { PAGE_MARGINS, pageTemplates } from './page-templates';

/**
 * The switches Chromium starts with, and no others of ours. Headless without a sandbox (runner
 * containers run as root, where Chromium's sandbox cannot start); no GPU on a runner; and every
 * background service that would reach the network on its own (QUIC probes, component and
 * extension updates, sync, first-run fetches) turned off, so printing makes no connection at all.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface PrintPdfOptions {
  /** The finished, self-contained report HTML. */
  html: string;
  /** Where the PDF goes; its folder is created. */
  file: string;
  /** From findBrowser(). */
  browserPath: string;
  /** Marks every page "Draft" in its header. */
  draft: boolean;
  /** Printed in every page's header. */
  title: string;
  log: Logger;
  /** For the whole print, launch included. Default two minutes. */
  timeoutMs?: number;
  /**
   * Whether the page may run scripts. Off by default: the report is readable without them, and
   * text that slipped past escaping then cannot run in the browser that prints it.
   */
  javaScript?: boolean;
  /** Parent of the browser's throwaway profile folder; defaults to the OS temp folder. */
  tempDir?: string;
  /** The driver; by default playwright-core is installed into the tool cache on first use. */
  playwright?: Playwright;
  /** Where that install is kept (RUNNER_TOOL_CACHE on a runner); default a folder in the OS temp folder. */
  toolCache?: string;
  env?: NodeJS.ProcessEnv;
}

export interface PrintedPdf {
  file: string;
  bytes: number;
  /** Page count, read from the PDF's page tree. */
  pages: number;
  /** Outside resources the page asked for and did not get. */
  blockedRequests: string[];
  durationMs: number;
}

/** The browser could not start, or printing failed or took too long. */
export class PdfPrintError extends AssayError {}

export const DEFAULT_PRINT_TIMEOUT_MS = 120_000;

export async function printPdf(options: PrintPdfOptions): Promise<PrintedPdf> {
  const { html, file, browserPath, draft, title, log } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const started = Date.now();
  // A fresh profile every time: nothing from another run (cache, cookies, a crashed session)
  // can change what is printed, and nothing of this report stays behind.
  const profile = await mkdtemp(path.join(options.tempDir ?? tmpdir(), 'assay-pdf-'));
  let browser: Browser | undefined;
  let proxy: OfflineProxy | undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void browser?.close().catch(() => undefined);
  }, timeoutMs);

  try {
    log.info(`Printing ${path.basename(file)} (${draft ? 'draft' : 'final'}) with ${browserPath}.`);
    proxy = await startOfflineProxy();
    try {
      const { chromium } = options.playwright ?? (await loadPlaywright({ toolCache: options.toolCache ?? path.join(tmpdir(), 'assay-tool-cache'), env: options.env ?? process.env, log: options.log }));
      browser = await chromium.launch({
        executablePath: browserPath,
        headless: true,
        // Playwright's own defaults are replaced by ours; it still needs the pipe it drives the
        // browser through, a profile folder and no startup window.
        ignoreDefaultArgs: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', '--no-startup-window'],
        timeout: timeoutMs,
      });
    } catch (err) {
      throw new PdfPrintError(
        `Chromium at ${browserPath} did not start: ${shorten(errorMessage(err))}\n` +
          'Check that it runs (`' + browserPath + ' --headless --version`), or point CHROME_PATH at another Chrome or Chromium.',
        { cause: err },
      );
    }
    if (timedOut) await browser.close(); // the deadline passed during the launch

    const context = await browser.newContext({
      javaScriptEnabled: options.javaScript ?? false,
      serviceWorkers: 'block',
      // Behind the routes: what they cannot see (prefetch, beacons, preconnects) ends here.
      proxy: { server: proxy.url },
    });
    const network = await blockNetwork(context);
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: PAGE_MARGINS,
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(title, draft),
    });

    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, pdf);
    const pages = countPages(pdf);
    const blockedRequests = [...new Set([...network.blocked, ...proxy.refused])];
    if (blockedRequests.length > 0) {
      const shown = blockedRequests.slice(0, 5).join(', ');
      log.warning(
        `The report HTML asked for ${blockedRequests.length} outside resource(s), which were not fetched because the PDF ` +
          `is printed offline: ${shown}${blockedRequests.length > 5 ? ', …' : ''}. Embed them (data: URLs, inline SVG) in the template.`,
      );
    }
    const durationMs = Date.now() - started;
    log.info(`Wrote ${file}: ${pages} page(s), ${pdf.length} bytes, in ${(durationMs / 1000).toFixed(1)} s.`);
    return { file, bytes: pdf.length, pages, blockedRequests, durationMs };
  } catch (err) {
    if (timedOut) {
      throw new PdfPrintError(
        `Printing the PDF took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}, ` +
          'so it was stopped. Printing time grows with the page count: list fewer findings in full (group and cap them).',
        { cause: err },
      );
    }
    if (err instanceof PdfPrintError) throw err;
    throw new PdfPrintError(`Printing the PDF with ${browserPath} failed: ${shorten(errorMessage(err))}`, { cause: err });
  } finally {
    clearTimeout(timer);
    // Whatever happened above, no browser outlives the print.
    await browser?.close().catch((err: unknown) => log.debug(`Closing the browser: ${errorMessage(err)}`));
    const killed = await reapBrowser(profile);
    if (killed.length > 0) log.debug(`Killed browser process(es) ${killed.join(', ')} left after the print.`);
    await proxy?.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}

/**
 * The page count from the PDF's page tree: the root /Pages node carries the total in /Count and
 * every intermediate node a smaller one, so the largest is the total. Chromium (Skia) writes the
 * tree uncompressed.
 */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    max = Math.max(max, Number(m[1] ?? m[2]));
  }
  if (max > 0) return max;
  return [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}

/** Playwright's launch errors carry the whole browser log; the first lines say what went wrong. */
function shorten(message: string): string {
  const lines = message.split('\n').filter((l) => l.trim() !== '');
  const head = lines.slice(0, 12).join('\n');
  return lines.length > 12 ? `${head}\n…` : head;
}
