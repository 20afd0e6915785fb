/**
 * Bundles every action with @vercel/ncc into the dist its action.yml names (GitHub runs the
 * committed dist; the consumer never builds). `--check` builds in memory and fails, listing the
 * files, when the committed dist differs from a fresh build.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_BUNDLE_NAME } from '../lib/sarif/ingest-pool';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc') as (entry: string, options: Record<string, unknown>) => Promise<{ code: string; assets: Record<string, { source: Buffer | string }> }>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Bundle {
  entry: string;
  outDir: string;
}

/** Every bundle: one per action, the root action (pipeline) and the `assay` command. */
export function bundles(): Bundle[] {
  const actions = fs
    .readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ entry: `actions/${d.name}/index.ts`, outDir: `actions/${d.name}/dist` }));
  return [...actions, { entry: 'pipeline/index.ts', outDir: 'dist/pipeline' }, { entry: 'cli/index.ts', outDir: 'dist/cli' }];
}

const NCC_OPTIONS = {
  cache: false,
  minify: false,
  sourceMap: false,
  license: 'licenses.txt',
  target: 'es2022',
  quiet: true,
  // tsc type-checks the whole project in npm test; the bundler only transpiles.
  transpileOnly: true,
};

let ingestWorker: Promise<Buffer> | undefined;

/**
 * The SARIF ingest worker (lib/sarif/ingest-worker.ts) as its own bundle: worker threads need
 * their code as a file, which lib/sarif/ingest-pool.ts looks for beside the bundle that starts
 * them. Built once per build; its dependencies are a part of its starter's, whose licenses.txt
 * lists them.
 */
function ingestWorkerCode(): Promise<Buffer> {
  ingestWorker ??= ncc(path.join(root, 'lib/sarif/ingest-worker.ts'), NCC_OPTIONS).then(({ code }) => Buffer.from(code));
  return ingestWorker;
}

/** Files of one fresh bundle, path relative to the repository root → contents. */
export async function buildBundle(bundle: Bundle): Promise<Map<string, Buffer>> {
  const { code, assets } = await ncc(path.join(root, bundle.entry), NCC_OPTIONS);
  const files = new Map<string, Buffer>();
  files.set(path.posix.join(bundle.outDir, 'index.js'), Buffer.from(code));
  for (const [name, asset] of Object.entries(assets)) {
    files.set(path.posix.join(bundle.outDir, name), Buffer.from(asset.source));
  }
  // A bundle that merges SARIF on worker threads gets the worker's code beside it (the code
  // that starts them may sit in a chunk loaded on demand, like the CLI's actions).
  if ([code, ...Object.values(assets).map((a) => String(a.source))].some((text) => text.includes(WORKER_BUNDLE_NAME))) files.set(path.posix.join(bundle.outDir, WORKER_BUNDLE_NAME), await ingestWorkerCode());
  return files;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(path.join(root, dir))) return [];
  return fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.posix.join(path.relative(root, e.parentPath ?? (e as unknown as { path: string }).path).split(path.sep).join('/'), e.name));
}

/** Differences between the committed dist and a fresh build, one line each. */
export async function checkBundles(selected = bundles()): Promise<string[]> {
  const problems: string[] = [];
  for (const bundle of selected) {
    const fresh = await buildBundle(bundle);
    const committed = new Set(listFiles(bundle.outDir));
    for (const [file, content] of fresh) {
      const onDisk = path.join(root, file);
      if (!fs.existsSync(onDisk)) problems.push(`${file} is missing`);
      else if (!fs.readFileSync(onDisk).equals(content)) problems.push(`${file} differs from a fresh build`);
      committed.delete(file);
    }
    for (const stale of committed) problems.push(`${stale} is not produced by a fresh build`);
  }
  return problems;
}

async function writeBundles(selected = bundles()): Promise<void> {
  await Promise.all(
    selected.map(async (bundle) => {
      const files = await buildBundle(bundle);
      fs.rmSync(path.join(root, bundle.outDir), { recursive: true, force: true });
      for (const [file, content] of files) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
      }
      console.log(`built ${bundle.outDir}/index.js (${(files.get(`${bundle.outDir}/index.js`)!.length / 1024).toFixed(0)} KiB)`);
    }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const check = process.argv.includes('--check');
  if (check) {
    const problems = await checkBundles();
    if (problems.length > 0) {
      console.error(`dist is not up to date with the sources; run npm run build and commit:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('dist matches a fresh build');
  } else {
    await writeBundles();
  }
}
