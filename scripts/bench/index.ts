/**
 * `npm run bench`: every benchmark of the project, one after another, each printing its figures
 * side by side with the anchor its issue names. `npm run bench -- analyze sarif-merge` runs some.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHMARKS: Record<string, string> = {
  analyze: 'analyze.ts',
  'osv-match': 'osv-match.ts',
  'sarif-merge': 'sarif-merge.ts',
  'perf-complexity': 'perf-complexity.ts',
  'perf-regression': 'perf-regression.ts',
  report: 'report.ts',
  'report-pipeline': 'report-pipeline.ts',
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const [name, file] of Object.entries(BENCHMARKS)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
