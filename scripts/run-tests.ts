/**
 * `npm test`: type-check, then every test/**\/*.test.ts with node's test runner. Under CI=true a
 * test that lacks a tool fails rather than skips (each test checks that itself).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv.slice(2);

const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('type-check failed');
  process.exit(1);
}

const files = fs
  .readdirSync(path.join(root, 'test'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts') && !f.includes('node_modules'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort()
  .map((f) => path.join('test', f));

// Tests that time programs (complexity fits, load and stress, publishing 50 MB against a time
// limit) run last and alone: on a 2-core machine the other suites' linters and browsers would
// otherwise be their noisy neighbours.
const TIMING = /(perf-(complexity-programs|load|harness|bench-action)|publish-(pages|s3))\.test\.ts$/;
const phases = [
  { files: files.filter((f) => !TIMING.test(f)), concurrency: 3 },
  { files: files.filter((f) => TIMING.test(f)), concurrency: 1 },
].filter((p) => p.files.length > 0);

let status = 0;
for (const phase of phases) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${phase.concurrency}`, ...phase.files],
    { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } },
  );
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
