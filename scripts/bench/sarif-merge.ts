/**
 * Benchmark of the shared SARIF library (issue #4, deliverable 5), side by side in one run:
 *  1. a generator writes 4 SARIF files of 50,000 results each, shaped like real tool output
 *     (CodeQL for two languages, as CodeQL 2.11 writes it: artifacts, query-pack extensions, a
 *     CWE taxonomy, partial fingerprints, code flows and related locations; two Semgrep shards of
 *     one scan with the rule's long message on each finding, snippets, fingerprints, dataflow
 *     traces, and 5 % overlap);
 *  2. `assay`'s merge (ingest with schema check, merge, dedupe, GitHub's limits, fingerprints,
 *     write) and `sarif-multitool merge` each run in a child process on the same files;
 *  3. wall time and peak RSS of each child are read from the OS (/usr/bin/time -v, or a python3
 *     os.wait4 wrapper), and the ratios printed. Targets: ≥ 20× faster, peak ≤ 20 % of multitool's.
 *
 *   node --import tsx scripts/bench/sarif-merge.ts [--results 50000] [--files 4] [--runs 3] [--keep DIR]
 *
 * Our side is `assay sarif merge` as users run it: the CLI bundle built fresh by
 * scripts/build.ts (exactly what `npm run build` puts in dist/cli: ncc, the SARIF ingest worker's
 * bundle beside it), run with plain node. The same command from a bundle of its library entry
 * alone (scripts/bench/sarif-merge-entry.ts, built the same way) is measured too, and the CLI
 * bundle's loading on its own (`assay sarif --help`), which shows how much of the wall time is
 * loading the other commands' code. Ours runs --runs times around the one multitool run (median
 * reported), so a change in the machine's load hits both sides. The verdict (and exit code) is the
 * CLI's.
 *
 * Sizes: ~46 MB per file (~950 bytes a result), on which sarif-multitool 5.7.0 takes about the
 * 34.5 s FACTS.md reports for it (22–70 s here, with the machine shared). Both sides' times move
 * with the machine's load; the exit code is 1 when a target is missed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sarifSchemaViolations } from '../../lib/sarif/schema-validate';

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run benchmarks the same bytes. */
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

const WORDS = (
  'value user input query request response buffer stream handler session token cookie header path file ' +
  'directory template render parse decode encode serialize deserialize command shell process spawn exec ' +
  'database connection statement parameter argument callback promise resolve reject error exception ' +
  'config option setting default override environment variable secret password credential key cipher'
).split(' ');

interface GeneratedFile {
  file: string;
  tool: string;
  category: string;
  results: number;
  bytes: number;
}

interface Flavour {
  tool: 'CodeQL' | 'Semgrep OSS';
  /** automationDetails.id, or undefined for none. */
  automationId?: string;
  language: string;
  ext: string;
  /** Seeds the rule set and file list: shards of one scan share them. */
  catalogSeed: number;
  seed: number;
  /** Results shared with another shard: same seed for the first `duplicates` results. */
  duplicateSeed?: number;
  duplicates?: number;
}

function words(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += (i ? ' ' : '') + WORDS[Math.floor(rand() * WORDS.length)];
  return out;
}

function hex(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += Math.floor(rand() * 16).toString(16);
  return out;
}

/**
 * Writes one SARIF file of `count` results. The file is written in pieces (one result at a
 * time), so the generator never holds a whole log.
 */
export function generateSarifFile(file: string, flavour: Flavour, count: number): GeneratedFile {
  const rand = prng(flavour.catalogSeed);
  const isCodeQL = flavour.tool === 'CodeQL';
  const fileCount = 6000;
  const dirs = ['src', 'lib', 'app', 'server', 'client', 'packages/core/src', 'packages/api/src', 'tools'];
  const files = Array.from({ length: fileCount }, (_, i) => `${dirs[i % dirs.length]}/${words(rand, 1)}-${i}/${words(rand, 1)}_${i}.${flavour.ext}`);
  const ruleCount = isCodeQL ? 60 : 120;
  const rules = Array.from({ length: ruleCount }, (_, i) => {
    const id = isCodeQL ? `${flavour.language}/${words(rand, 2).replace(/ /g, '-')}-${i}` : `${flavour.language}.lang.security.audit.${words(rand, 2).replace(/ /g, '-')}-${i}`;
    const severity = (Math.floor(rand() * 100) / 10).toFixed(1);
    const cwe = 20 + Math.floor(rand() * 900);
    return {
      id,
      name: isCodeQL ? id : id.replace(/[^A-Za-z0-9]/g, '_'),
      shortDescription: { text: `${words(rand, 6)}` },
      fullDescription: { text: `${words(rand, 40)}.` },
      defaultConfiguration: { level: rand() < 0.5 ? 'error' : 'warning' },
      help: { text: `# ${words(rand, 4)}\n\n${words(rand, 120)}`, markdown: `# ${words(rand, 4)}\n\n${words(rand, 120)}` },
      properties: {
        tags: ['security', `external/cwe/cwe-${cwe}`, words(rand, 1)],
        precision: rand() < 0.5 ? 'high' : 'medium',
        'security-severity': severity,
        ...(isCodeQL ? { kind: 'path-problem', id } : {}),
      },
      ...(isCodeQL ? { relationships: [{ target: { id: `CWE-${cwe}`, toolComponent: { name: 'CWE', index: 0 } }, kinds: ['superset'] }] } : {}),
      cwe,
      message: `${words(rand, 25 + Math.floor(rand() * 30))}.`,
    };
  });

  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += fs.writeSync(fd, text);
  };

  // Shaped like CodeQL 2.11's output in ../shared/fixtures/sarif-real: rules on the driver, the
  // query packs as extensions without rules.
  const driverRules = rules.map(({ cwe: _cwe, message: _m, ...r }) => r);
  const driver = isCodeQL
    ? { name: 'CodeQL', organization: 'GitHub', semanticVersion: '2.20.1', notifications: [], rules: driverRules }
    : { name: 'Semgrep OSS', semanticVersion: '1.99.0', rules: driverRules };
  const extensions = isCodeQL
    ? ['queries', 'all', 'suite-helpers'].map((pack) => ({
        name: `codeql/${flavour.language}-${pack}`,
        semanticVersion: '1.3.0',
        locations: [{ uri: `file:///home/runner/work/_temp/codeql/${flavour.language}-${pack}/`, description: { text: 'The QL pack root directory.' } }],
      }))
    : undefined;
  const taxonomies = isCodeQL
    ? [{ name: 'CWE', guid: 'a5a7fa5d-4c3d-4b9e-8f43-0cd17a2fd2a1', version: '4.14', taxa: [...new Set(rules.map((r) => r.cwe))].map((c) => ({ id: `CWE-${c}`, shortDescription: { text: words(rand, 3) } })) }]
    : undefined;
  const run: Record<string, unknown> = {
    tool: { driver, ...(extensions ? { extensions } : {}) },
    ...(isCodeQL ? { artifacts: files.map((f) => ({ location: { uri: f, uriBaseId: '%SRCROOT%' } })) } : {}),
    ...(taxonomies ? { taxonomies } : {}),
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }],
    originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///home/runner/work/app/app/' } },
    ...(flavour.automationId !== undefined ? { automationDetails: { id: flavour.automationId } } : {}),
    columnKind: 'utf16CodeUnits',
    properties: isCodeQL ? { semmle: { formatSpecifier: 'sarifv2.1.0' } } : {},
  };
  const head = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ ...run, results: [] }] }, null, 2);
  const split = head.lastIndexOf('"results": []');
  write(head.slice(0, split) + '"results": [\n');

  const location = (r: () => number) => {
    const f = Math.floor(r() * fileCount);
    const line = 1 + Math.floor(r() * 800);
    const col = 1 + Math.floor(r() * 60);
    return {
      physicalLocation: {
        artifactLocation: { uri: files[f], uriBaseId: '%SRCROOT%', ...(isCodeQL ? { index: f } : {}) },
        // Semgrep quotes the matched line in the region; CodeQL does not.
        region: isCodeQL
          ? { startLine: line, startColumn: col, endColumn: col + 5 + Math.floor(r() * 40) }
          : { startLine: line, startColumn: col, endLine: line, endColumn: col + 5 + Math.floor(r() * 40), snippet: { text: `    ${words(r, 3 + Math.floor(r() * 6))}` } },
      },
    };
  };

  for (let i = 0; i < count; i++) {
    // The first `duplicates` results of a shard are drawn from the other shard's sequence, so
    // they are exact duplicates (same rule, location and fingerprint).
    const r = flavour.duplicateSeed !== undefined && i < (flavour.duplicates ?? 0) ? prng(flavour.duplicateSeed * 1_000_003 + i) : prng(flavour.seed * 1_000_003 + i);
    const ruleIdx = Math.floor(r() * r() * ruleCount); // a few rules fire most often, as in real scans
    const rule = rules[ruleIdx]!;
    const primary = location(r);
    const result: Record<string, unknown> = {
      ruleId: rule.id,
      ...(isCodeQL ? { ruleIndex: ruleIdx, rule: { id: rule.id, index: ruleIdx } } : {}),
      level: r() < 0.3 ? 'error' : r() < 0.8 ? 'warning' : 'note',
      // CodeQL words each message for the finding; Semgrep repeats its rule's (long) message.
      message: { text: isCodeQL ? `${words(r, 6 + Math.floor(r() * 18))} [${words(r, 2)}](1) ${words(r, 4)}.` : rule.message },
      locations: [primary],
    };
    if (isCodeQL) {
      result.partialFingerprints = { primaryLocationLineHash: `${hex(r, 16)}:1`, primaryLocationStartColumnFingerprint: String(Math.floor(r() * 40)) };
      if (r() < 0.3) result.relatedLocations = [{ id: 1, ...location(r), message: { text: words(r, 3) } }];
      if (r() < 0.15) {
        const steps = 3 + Math.floor(r() * 6);
        result.codeFlows = [
          {
            threadFlows: [
              {
                locations: Array.from({ length: steps }, () => ({ location: { ...location(r), message: { text: words(r, 4) } } })),
              },
            ],
          },
        ];
      }
    } else {
      result.fingerprints = { matchBasedId: `${hex(r, 64)}_0` };
      result.properties = {};
      if (r() < 0.1) {
        const steps = 2 + Math.floor(r() * 3);
        result.codeFlows = [
          {
            message: { text: 'Untrusted dataflow from source to sink' },
            threadFlows: [{ locations: Array.from({ length: steps }, (_, s) => ({ location: { ...location(r), message: { text: s === 0 ? 'Source' : 'Propagator' } }, nestingLevel: 0 })) }],
          },
        ];
      }
    }
    write(`${i ? ',\n' : ''}        ${JSON.stringify(result)}`);
  }
  write('\n      ]\n    }\n  ]\n}\n');
  fs.closeSync(fd);
  return { file, tool: flavour.tool, category: flavour.automationId ?? '', results: count, bytes };
}

/** The 4 benchmark inputs: CodeQL for two languages, Semgrep in two shards of one scan (5 % overlap). */
export function generateBenchFiles(dir: string, results: number, files = 4): GeneratedFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const flavours: Flavour[] = [
    { tool: 'CodeQL', automationId: '/language:javascript-typescript/', language: 'js', ext: 'ts', catalogSeed: 1, seed: 11 },
    { tool: 'CodeQL', automationId: '/language:python/', language: 'py', ext: 'py', catalogSeed: 2, seed: 12 },
    { tool: 'Semgrep OSS', language: 'javascript', ext: 'js', catalogSeed: 3, seed: 13 },
    { tool: 'Semgrep OSS', language: 'javascript', ext: 'js', catalogSeed: 3, seed: 14, duplicateSeed: 13, duplicates: Math.floor(results * 0.05) },
  ];
  return Array.from({ length: files }, (_, i) => {
    const flavour = flavours[i % flavours.length]!;
    return generateSarifFile(path.join(dir, `bench-${i + 1}-${flavour.tool.split(' ')[0]!.toLowerCase()}.sarif`), flavour, results);
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring a child process: wall time from here, peak RSS from the OS
// ---------------------------------------------------------------------------------------------

interface Measured {
  wallMs: number;
  peakRssBytes: number;
  cpuMs: number | undefined;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** How peak memory is read: GNU time's "Maximum resident set size", else python3's os.wait4 rusage. */
function rssProbe(): { kind: 'time' | 'python'; wrap: (cmd: string[]) => string[] } | undefined {
  if (fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0) {
    return { kind: 'time', wrap: (cmd) => ['/usr/bin/time', '-v', ...cmd] };
  }
  if (spawnSync('python3', ['-c', 'import os; os.wait4']).status === 0) {
    const script =
      'import os,sys,json,subprocess\n' +
      'p=subprocess.Popen(sys.argv[1:])\n' +
      '_,status,ru=os.wait4(p.pid,0)\n' +
      'sys.stderr.write("\\nASSAY_RUSAGE "+json.dumps({"maxrss_kb":ru.ru_maxrss,"cpu_s":ru.ru_utime+ru.ru_stime})+"\\n")\n' +
      'sys.exit(os.waitstatus_to_exitcode(status))\n';
    return { kind: 'python', wrap: (cmd) => ['python3', '-c', script, ...cmd] };
  }
  return undefined;
}

function measure(cmd: string[], probe: NonNullable<ReturnType<typeof rssProbe>>, cwd: string): Measured {
  const [bin, ...rest] = probe.wrap(cmd);
  const started = performance.now();
  const r = spawnSync(bin!, rest, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  let peakKb = NaN;
  let cpuMs: number | undefined;
  if (probe.kind === 'time') {
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]);
    const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1]);
    if (Number.isFinite(user + sys)) cpuMs = (user + sys) * 1000;
  } else {
    const m = /ASSAY_RUSAGE (\{.*\})/.exec(r.stderr);
    if (m) {
      const ru = JSON.parse(m[1]!) as { maxrss_kb: number; cpu_s: number };
      peakKb = ru.maxrss_kb;
      cpuMs = ru.cpu_s * 1000;
    }
  }
  return { wallMs, peakRssBytes: peakKb * 1024, cpuMs, exitCode: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---------------------------------------------------------------------------------------------
// The two contestants
// ---------------------------------------------------------------------------------------------

/** Writes one bundle's files (buildBundle's map, paths relative to `outDir` there) under `dir`. */
function writeFiles(dir: string, files: Map<string, Buffer>): void {
  for (const [file, content] of files) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

export interface OurCommands {
  /** `assay sarif merge` through the whole CLI bundle (what bin/assay.js runs: dist/cli). */
  cli: string[];
  /** The same command from a bundle of its library entry alone (scripts/bench/sarif-merge-entry.ts). */
  library: string[];
}

/**
 * Our side, built fresh from the sources by scripts/build.ts's buildBundle, so it is exactly
 * what `npm run build` ships (ncc, the SARIF ingest worker beside each bundle that starts it)
 * whether or not dist is up to date: the whole CLI bundle (dist/cli as it would be), and a
 * bundle of the merge command's library entry alone. Both run with plain node.
 */
export async function bundleOurs(outDir: string): Promise<OurCommands> {
  const { buildBundle } = await import('../build');
  const [cli, library] = await Promise.all([
    buildBundle({ entry: 'cli/index.ts', outDir: 'cli' }),
    buildBundle({ entry: 'scripts/bench/sarif-merge-entry.ts', outDir: 'library' }),
  ]);
  // The CLI looks for the repository (action.yml beside actions/) above its bundle, as it finds
  // it above dist/cli; `sarif merge` reads nothing of it.
  const cliRoot = path.join(outDir, 'cli-root');
  writeFiles(cliRoot, cli);
  fs.writeFileSync(path.join(cliRoot, 'action.yml'), '');
  fs.mkdirSync(path.join(cliRoot, 'actions'), { recursive: true });
  writeFiles(outDir, library);
  return {
    cli: [process.execPath, path.join(cliRoot, 'cli', 'index.js'), 'sarif'],
    library: [process.execPath, path.join(outDir, 'library', 'index.js')],
  };
}

function multitoolBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('@microsoft/sarif-multitool') as string;
    fs.accessSync(binary, fs.constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const results = Number(flag('--results') ?? 50_000);
  const count = Number(flag('--files') ?? 4);
  const ourRuns = Number(flag('--runs') ?? 3);
  const keep = flag('--keep');
  const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-sarif-'));
  fs.mkdirSync(work, { recursive: true });

  const probe = rssProbe();
  if (!probe) throw new Error('neither /usr/bin/time nor python3 (os.wait4) is available to read peak memory');
  const multitool = multitoolBinary();
  if (!multitool) throw new Error('@microsoft/sarif-multitool is not installed (npm ci): nothing to compare against');

  const started = performance.now();
  const generated = generateBenchFiles(path.join(work, 'in'), results, count);
  console.log(`generated ${generated.length} SARIF files in ${seconds(performance.now() - started)} (${work}):`);
  for (const g of generated) console.log(`  ${path.basename(g.file)}  ${g.tool}, category "${g.category}", ${g.results.toLocaleString('en-US')} results, ${(g.bytes / 1e6).toFixed(1)} MB`);
  const inputs = generated.map((g) => g.file);

  const ours = await bundleOurs(work);
  const checkout = path.join(work, 'checkout');
  fs.mkdirSync(checkout, { recursive: true });
  const runOurs = (which: keyof OurCommands, i: number) => {
    const m = measure([...ours[which], 'merge', '--checkout', checkout, '--output', path.join(work, `assay-${which}-${i}.sarif`), ...inputs], probe, work);
    if (m.exitCode !== 0) throw new Error(`assay sarif merge (${which}) failed (${m.exitCode}):\n${m.stderr.slice(-3000)}`);
    return m;
  };
  const runMultitool = () => {
    const m = measure([multitool, 'merge', ...inputs, '--output-directory', path.join(work, 'multitool'), '--output-file', 'merged.sarif', '--log', 'ForceOverwrite'], probe, work);
    if (m.exitCode !== 0) throw new Error(`sarif-multitool merge failed (${m.exitCode}):\n${m.stdout.slice(-2000)}${m.stderr.slice(-2000)}`);
    return m;
  };

  // Side by side in one run, ours around multitool, so a change in machine load hits both.
  console.log(`\nmeasuring (peak memory from ${probe.kind === 'time' ? '/usr/bin/time -v' : 'python3 os.wait4'}) ...`);
  const runs: Record<keyof OurCommands, Measured[]> = { cli: [], library: [] };
  runs.cli.push(runOurs('cli', 1));
  runs.library.push(runOurs('library', 1));
  const mt = runMultitool();
  for (let i = 2; i <= ourRuns; i++) {
    runs.cli.push(runOurs('cli', i));
    runs.library.push(runOurs('library', i));
  }
  // What loading the CLI bundle costs before the command starts (its other commands included).
  const startup = median([1, 2, 3].map(() => measure([...ours.cli, '--help'], probe, work).wallMs));

  const summary = runs.cli[0]!.stdout.split('\n').filter(Boolean);
  console.log(`\nassay sarif merge said:\n  ${summary.join('\n  ')}`);
  const written = fs.readFileSync(path.join(work, 'assay-cli-1.sarif'));
  if (!written.equals(fs.readFileSync(path.join(work, 'assay-library-1.sarif')))) throw new Error('the CLI and the library entry wrote different logs');
  // What we wrote holds to the schema (sarif-multitool agrees, but takes minutes on a log this size: see test/sarif-merge-limits.test.ts).
  const violations = sarifSchemaViolations(JSON.parse(written.toString('utf8')));
  console.log(`  its output against the SARIF 2.1.0 schema: ${violations.length === 0 ? 'valid' : `${violations.length} violations`}`);
  if (violations.length > 0) process.exitCode = 1;
  console.log(`sarif-multitool merge wrote ${megabytes(fs.statSync(path.join(work, 'multitool', 'merged.sarif')).size)} (it merges by tool and applies no GitHub limit)`);

  const figures = (list: Measured[]) => ({
    wall: median(list.map((m) => m.wallMs)),
    peak: median(list.map((m) => m.peakRssBytes)),
    cpu: median(list.map((m) => m.cpuMs ?? NaN)),
  });
  const cli = figures(runs.cli);
  const library = figures(runs.library);
  const row = (name: string, f: { wall: number; peak: number; cpu: number }) => [name, seconds(f.wall), megabytes(f.peak), Number.isFinite(f.cpu) ? seconds(f.cpu) : '?'];
  const rows = [
    ['', 'wall', 'peak RSS', 'CPU'],
    row(`assay sarif merge (median of ${runs.cli.length})`, cli),
    row(`  library entry alone`, library),
    ['sarif-multitool 5.7.0', seconds(mt.wallMs), megabytes(mt.peakRssBytes), mt.cpuMs !== undefined ? seconds(mt.cpuMs) : '?'],
  ];
  console.log('');
  for (const r of rows) console.log(`  ${r[0]!.padEnd(34)}${r[1]!.padStart(10)}${r[2]!.padStart(12)}${r[3]!.padStart(10)}`);
  console.log(`  each assay sarif merge: ${runs.cli.map((m) => `${seconds(m.wallMs)} / ${megabytes(m.peakRssBytes)}`).join(', ')}`);
  console.log(`  each library-entry run: ${runs.library.map((m) => `${seconds(m.wallMs)} / ${megabytes(m.peakRssBytes)}`).join(', ')}`);
  console.log(`  loading the CLI bundle alone (assay sarif --help): ${seconds(startup)}`);
  const verdict = (name: string, f: { wall: number; peak: number }) => {
    const speedup = mt.wallMs / f.wall;
    const memoryShare = f.peak / mt.peakRssBytes;
    console.log(`  ${name}: ${speedup.toFixed(1)}× faster than sarif-multitool (target ≥ 20×): ${speedup >= 20 ? 'met' : 'NOT met'}; peak ${(memoryShare * 100).toFixed(1)} % of its memory (target ≤ 20 %): ${memoryShare <= 0.2 ? 'met' : 'NOT met'}`);
    return speedup >= 20 && memoryShare <= 0.2;
  };
  console.log('');
  const met = verdict('assay sarif merge (the CLI users run)', cli);
  verdict('library entry alone (without the CLI bundle\'s loading)', library);
  if (Number.isFinite(cli.cpu) && mt.cpuMs !== undefined) console.log(`  CPU time: ${(mt.cpuMs / cli.cpu).toFixed(1)}× less than sarif-multitool (assay reads the files on worker threads; multitool uses several too)`);
  console.log(`  machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  if (!met) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
