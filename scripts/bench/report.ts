/**
 * Benchmark of the PDF step of generate-report (issue #5, "PDF in ≤ 15 s" from a report HTML of
 * about 5 MB): prints an HTML file with the real printPdf (headless Chromium found as the action
 * finds it) and reports wall time, pages, and the peak memory of the browser's processes.
 *
 *   node --import tsx scripts/bench/report.ts [report.html] [--rows 5000] [--sections 4] [--final]
 *                                             [--watermark text|svg|none] [--keep DIR]
 *
 * Without a file it generates a report-like HTML: a few sections, each a findings table of
 * `--rows` rows (5,000 × 4 sections ≈ 5 MB), as the renderer writes them (inline CSS only).
 *
 * Memory and CPU: every process of the print (browser, zygotes, renderer, utility processes) has
 * the print's own profile folder on its command line, so /proc is sampled every 100 ms for those
 * processes: RSS summed (shared pages counted in each process, an upper bound), PSS once a second
 * (shared pages split, so the sum is honest, but sampled less often), and the CPU seconds they
 * used, which a busy machine does not inflate the way it stretches wall time. Linux only;
 * elsewhere only the time is printed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBrowser } from '../../actions/generate-report/pdf/find-browser';
import { printPdf } from '../../actions/generate-report/pdf/print-pdf';
import { createConsoleLogger } from '../../lib/action/logger';

const TARGET_SECONDS = 15;

const WATERMARKS = ['text', 'svg', 'none'] as const;
type Watermark = (typeof WATERMARKS)[number];

interface Args {
  html?: string;
  rows: number;
  sections: number;
  draft: boolean;
  /** How the generated draft marks its pages (see generateReportHtml). */
  watermark: Watermark;
  keep?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { rows: 5000, sections: 4, draft: true, watermark: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--rows') args.rows = Number(argv[++i]);
    else if (a === '--sections') args.sections = Number(argv[++i]);
    else if (a === '--final') args.draft = false;
    else if (a === '--keep') args.keep = argv[++i];
    else if (a === '--watermark') {
      const w = argv[++i] as Watermark;
      if (!WATERMARKS.includes(w)) throw new Error(`--watermark takes ${WATERMARKS.join(', ')}`);
      args.watermark = w;
    }
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.html = a;
  }
  if (!(args.rows > 0) || !(args.sections > 0)) throw new Error('--rows and --sections take positive numbers');
  return args;
}

/** mulberry32, so every run prints the same bytes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'value user input query request response buffer stream handler session token cookie header path file template render parse decode command shell process spawn database statement parameter callback error config secret password credential key'.split(' ');

/**
 * The draft watermark costs more than it looks: a rotated `position: fixed` text is painted again
 * on every page (about 5 CPU seconds and 1 GB more over 861 pages here), an SVG background image
 * almost nothing. Both are offered so the figures can be compared.
 */
function watermarkHtml(kind: Watermark): string {
  if (kind === 'none') return '';
  if (kind === 'text') return '<div class="wm">DRAFT</div>';
  const svg = encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><text x="50" y="300" font-size="120" ' +
      'font-family="sans-serif" fill="rgba(176,0,32,0.1)" transform="rotate(-30 300 200)">DRAFT</text></svg>',
  );
  return `<div style="position:fixed;inset:0;background:url('data:image/svg+xml,${svg}') center/contain no-repeat"></div>`;
}

export function generateReportHtml(rows: number, sections: number, watermark: Watermark): string {
  const rand = prng(42);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const severities = ['critical', 'high', 'medium', 'low'] as const;
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Assay report (benchmark)</title><style>
body{font-family:sans-serif;font-size:9pt;color:#222}h2{break-before:page;color:#4b2a84}
table{width:100%;border-collapse:collapse}thead{display:table-header-group}
th,td{border:1px solid #ddd;padding:1px 3px;text-align:left;vertical-align:top}
td.sev{font-weight:bold}tr.critical td.sev{background:#b00020;color:#fff}tr.high td.sev{background:#e65100;color:#fff}
tr.medium td.sev{background:#f9a825}tr.low td.sev{background:#e0e0e0}
.wm{position:fixed;top:40%;left:12%;font-size:100pt;color:rgba(176,0,32,.1);transform:rotate(-30deg)}
</style></head><body>${watermarkHtml(watermark)}<h1>Assay report (benchmark)</h1>
<svg width="400" height="120" role="img" aria-label="findings by severity">${severities
    .map((_, i) => `<rect x="${i * 100 + 10}" y="${120 - (4 - i) * 25}" width="80" height="${(4 - i) * 25}" fill="#4b2a84"/>`)
    .join('')}</svg>`);
  for (let s = 0; s < sections; s++) {
    parts.push(`<h2>Section ${s + 1}: findings</h2><table><thead><tr><th>#</th><th>Severity</th><th>Rule</th><th>Location</th><th>Message</th></tr></thead><tbody>`);
    for (let r = 0; r < rows; r++) {
      const severity = severities[Math.floor(rand() * 4)]!;
      parts.push(
        `<tr class="${severity}"><td>${r + 1}</td><td class="sev">${severity}</td><td>rule-${Math.floor(rand() * 300)}</td>` +
          `<td>src/${words(1)}/${words(1)}_${r}.ts:${1 + Math.floor(rand() * 900)}</td><td>${words(14 + Math.floor(rand() * 10))}</td></tr>\n`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</body></html>\n');
  return parts.join('');
}

interface Sample {
  /** Sum of the processes' resident memory (shared pages counted in each: an upper bound). */
  rss: number;
  /** Sum of their proportional set size (shared pages split between sharers); read less often. */
  pss?: number;
  /** CPU seconds (user + system) the processes have used so far. */
  cpu: number;
  processes: number;
}

/** The print's processes: every one names the profile folder (under `marker`) on its command line. */
function printProcesses(marker: string): string[] {
  const pids: string[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) pids.push(entry);
    } catch {
      // Ended between the listing and the read.
    }
  }
  return pids;
}

/**
 * Memory and CPU of the print's processes. RSS and CPU come from status and stat, which are
 * cheap; PSS needs smaps_rollup, which walks the page tables of a multi-gigabyte renderer and
 * would slow the very print being measured if read every 100 ms, so it is read only when asked.
 */
function sample(marker: string, withPss: boolean): Sample {
  const out: Sample = { rss: 0, cpu: 0, processes: 0, ...(withPss ? { pss: 0 } : {}) };
  for (const pid of printProcesses(marker)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.rss += kib(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
      // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
      out.cpu += (Number(fields[11]) + Number(fields[12])) / 100;
      if (withPss) out.pss! += kib(/^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1]);
      out.processes++;
    } catch {
      // Ended between the listing and the read.
    }
  }
  return out;
}

function kib(value: string | undefined): number {
  return value ? Number(value) * 1024 : 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = args.keep ? path.resolve(args.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-report-'));
  fs.mkdirSync(work, { recursive: true });
  const profiles = fs.mkdtempSync(path.join(work, 'profiles-'));
  try {
    const generatedAt = Date.now();
    const html = args.html ? fs.readFileSync(args.html, 'utf8') : generateReportHtml(args.rows, args.sections, args.draft ? args.watermark : 'none');
    const source = args.html ? args.html : `generated: ${args.sections} sections × ${args.rows} rows, watermark ${args.draft ? args.watermark : 'none'} (${Date.now() - generatedAt} ms)`;
    if (!args.html) fs.writeFileSync(path.join(work, 'report.html'), html);
    const browserPath = findBrowser(process.env);
    console.log(`HTML: ${source}, ${mb(Buffer.byteLength(html))}`);
    console.log(`browser: ${browserPath}`);

    const peak = { rss: 0, pss: 0, cpu: 0, processes: 0 };
    let ticks = 0;
    const sampler =
      process.platform === 'linux'
        ? setInterval(() => {
            const now = sample(profiles, ticks++ % 10 === 0);
            peak.rss = Math.max(peak.rss, now.rss);
            peak.pss = Math.max(peak.pss, now.pss ?? 0);
            peak.cpu = Math.max(peak.cpu, now.cpu);
            peak.processes = Math.max(peak.processes, now.processes);
          }, 100)
        : undefined;
    const loadBefore = os.loadavg()[0]!.toFixed(2);
    const started = process.hrtime.bigint();
    const printed = await printPdf({
      html,
      file: path.join(work, 'report.pdf'),
      browserPath,
      draft: args.draft,
      title: 'Assay report (benchmark)',
      log: createConsoleLogger({ write: () => {} }),
      tempDir: profiles,
      timeoutMs: 10 * 60_000,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (sampler) clearInterval(sampler);

    console.log(`PDF: ${printed.pages} pages, ${mb(printed.bytes)}, ${printed.file}`);
    console.log(`time: ${seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s) ${seconds <= TARGET_SECONDS ? 'OK' : 'OVER'}`);
    if (sampler) {
      console.log(
        `browser: peak memory ${mb(peak.rss)} (RSS summed over its ${peak.processes} processes, an upper bound; ` +
          `PSS sampled each second ${mb(peak.pss)}), CPU ${peak.cpu.toFixed(1)} s`,
      );
    }
    console.log(`load average before/after: ${loadBefore} / ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs (a busy machine stretches the time, not the CPU seconds)`);
    console.log(`this process: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
    if (seconds > TARGET_SECONDS) process.exitCode = 1;
  } finally {
    if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
