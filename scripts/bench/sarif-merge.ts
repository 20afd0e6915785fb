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
 * Our side runs from esbuild bundles with plain node, as the shipped action does (ncc bundle), so
 * its wall time does not include compiling TypeScript; the ingest worker's bundle sits beside the
 * command's, where lib/sarif/ingest-pool.ts looks for it. Ours runs --runs times around the one
 * multitool run (median reported), so a change in the machine's load hits both sides.
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
import { WORKER_BUNDLE_NAME } from '../../lib/sarif/ingest-pool';
import { sarifSchemaViolations } from '../../lib/sarif/schema-validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

/**
 * Our side as the `assay sarif merge` command runs it, bundled (esbuild) into one ES module and
 * run with plain node, the way the shipped action runs its ncc bundle.
 */
export async function bundleOurs(outDir: string): Promise<string> {
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  const outfile = path.join(outDir, 'assay-sarif-merge.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "import { runSarifCommand } from './cli/sarif-command';",
        'const code = await runSarifCommand(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });',
        'process.exitCode = code;',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // CommonJS dependencies (ajv) call require() for node built-ins.
    banner: { js: "import { createRequire as __assayRequire } from 'node:module'; const require = __assayRequire(import.meta.url);" },
  });
  // The ingest worker threads' code, where lib/sarif/ingest-pool.ts looks for it: beside the bundle.
  await esbuild.build({
    entryPoints: [path.join(root, 'lib/sarif/ingest-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(outDir, WORKER_BUNDLE_NAME),
    logLevel: 'error',
    banner: { js: "import { createRequire as __assayRequire } from 'node:module'; const require = __assayRequire(import.meta.url);" },
  });
  return outfile;
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
  const runOurs = (i: number) => {
    const m = measure([process.execPath, ours, 'merge', '--checkout', checkout, '--output', path.join(work, `assay-${i}.sarif`), ...inputs], probe, work);
    if (m.exitCode !== 0) throw new Error(`assay sarif merge failed (${m.exitCode}):\n${m.stderr.slice(-3000)}`);
    return m;
  };
  const runMultitool = () => {
    const m = measure([multitool, 'merge', ...inputs, '--output-directory', path.join(work, 'multitool'), '--output-file', 'merged.sarif', '--log', 'ForceOverwrite'], probe, work);
    if (m.exitCode !== 0) throw new Error(`sarif-multitool merge failed (${m.exitCode}):\n${m.stdout.slice(-2000)}${m.stderr.slice(-2000)}`);
    return m;
  };

  // Side by side in one run, ours around multitool, so a change in machine load hits both.
  console.log(`\nmeasuring (peak memory from ${probe.kind === 'time' ? '/usr/bin/time -v' : 'python3 os.wait4'}) ...`);
  const oursRuns: Measured[] = [runOurs(1)];
  const mt = runMultitool();
  for (let i = 2; i <= ourRuns; i++) oursRuns.push(runOurs(i));
  const summary = oursRuns[0]!.stdout.split('\n').filter(Boolean);
  console.log(`\nassay sarif merge said:\n  ${summary.join('\n  ')}`);
  // What we wrote holds to the schema (sarif-multitool agrees, but takes minutes on a log this size: see test/sarif-merge-limits.test.ts).
  const violations = sarifSchemaViolations(JSON.parse(fs.readFileSync(path.join(work, 'assay-1.sarif'), 'utf8')));
  console.log(`  its output against the SARIF 2.1.0 schema: ${violations.length === 0 ? 'valid' : `${violations.length} violations`}`);
  if (violations.length > 0) process.exitCode = 1;
  console.log(`sarif-multitool merge wrote ${megabytes(fs.statSync(path.join(work, 'multitool', 'merged.sarif')).size)} (it merges by tool and applies no GitHub limit)`);

  const wall = median(oursRuns.map((m) => m.wallMs));
  const peak = median(oursRuns.map((m) => m.peakRssBytes));
  const cpu = median(oursRuns.map((m) => m.cpuMs ?? NaN));
  const rows = [
    ['', 'wall', 'peak RSS', 'CPU'],
    [`assay (median of ${oursRuns.length})`, seconds(wall), megabytes(peak), Number.isFinite(cpu) ? seconds(cpu) : '?'],
    ['sarif-multitool 5.7.0', seconds(mt.wallMs), megabytes(mt.peakRssBytes), mt.cpuMs !== undefined ? seconds(mt.cpuMs) : '?'],
  ];
  console.log('');
  for (const row of rows) console.log(`  ${row[0]!.padEnd(24)}${row[1]!.padStart(10)}${row[2]!.padStart(12)}${row[3]!.padStart(10)}`);
  console.log(`  each assay run: ${oursRuns.map((m) => `${seconds(m.wallMs)} / ${megabytes(m.peakRssBytes)}`).join(', ')}`);
  const speedup = mt.wallMs / wall;
  const memoryShare = peak / mt.peakRssBytes;
  const fast = speedup >= 20;
  const small = memoryShare <= 0.2;
  console.log(`\n  speed: ${speedup.toFixed(1)}× faster than sarif-multitool (target ≥ 20×): ${fast ? 'met' : 'NOT met'}`);
  console.log(`  memory: peak ${(memoryShare * 100).toFixed(1)} % of sarif-multitool's (target ≤ 20 %): ${small ? 'met' : 'NOT met'}`);
  if (Number.isFinite(cpu) && mt.cpuMs !== undefined) console.log(`  CPU time: ${(mt.cpuMs / cpu).toFixed(1)}× less than sarif-multitool (assay spreads its reading over threads; multitool uses several too)`);
  console.log(`  machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  if (!fast || !small) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
