import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../../lib/errors';
import { SEVERITIES, type Severity } from '../../../lib/severity';
import type { BundleFile, ReportBundle, ReportSummary } from '../model';
import { contentTypeFor } from './content-types';

/** The publish log lives in output-dir, which may be the bundle folder: never publish it. */
export const PUBLISH_LOG = 'publish.json';

/**
 * Reads the bundle folder once: every file (hidden ones and the publish log left out, as
 * upload-artifact leaves hidden files out), its digest and content type, and the report's
 * summary from report.json. A folder with nothing to publish is the user's mistake.
 */
export async function readBundle(dir: string): Promise<ReportBundle> {
  const files: BundleFile[] = [];
  for (const relative of listFiles(dir)) {
    const absolutePath = path.join(dir, ...relative.split('/'));
    files.push({
      path: relative,
      absolutePath,
      size: fs.statSync(absolutePath).size,
      sha256: await sha256File(absolutePath),
      contentType: contentTypeFor(relative),
    });
  }
  if (files.length === 0) {
    throw new ConfigurationError(`input "input-dir": ${dir} holds no files to publish; point it at the folder generate-report wrote (its output-dir).`);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const reportId = createHash('sha256')
    .update(files.map((f) => `${f.path} ${f.sha256}\n`).join(''))
    .digest('hex');
  return {
    dir,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.size, 0),
    reportId,
    summary: readSummary(dir),
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, relative));
    else if (entry.isFile() && relative !== PUBLISH_LOG) out.push(relative);
  }
  return out;
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** report.json as generate-report writes it; only the fields publishing needs. */
interface ReportJson {
  meta?: { title?: string; kind?: string; generatedAt?: string };
  grade?: { letter?: string; score?: number };
  metrics?: { findings?: { bySeverity?: Partial<Record<Severity, number>>; total?: number } };
}

function readSummary(dir: string): ReportSummary {
  const file = path.join(dir, 'report.json');
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  if (!fs.existsSync(file)) {
    return { title: path.basename(path.resolve(dir)), grade: '?', score: undefined, counts, total: 0, worst: undefined, generatedAt: undefined, kind: undefined };
  }
  let report: ReportJson;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8')) as ReportJson;
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid JSON (${(err as Error).message}); publish the folder generate-report wrote, unchanged.`);
  }
  const bySeverity = report.metrics?.findings?.bySeverity ?? {};
  for (const s of SEVERITIES) counts[s] = Number(bySeverity[s] ?? 0);
  const worst = SEVERITIES.find((s) => s !== 'note' && counts[s] > 0);
  return {
    title: report.meta?.title ?? 'Assay report',
    grade: report.grade?.letter ?? '?',
    score: report.grade?.score,
    counts,
    total: report.metrics?.findings?.total ?? SEVERITIES.reduce((sum, s) => sum + counts[s], 0),
    worst,
    generatedAt: report.meta?.generatedAt,
    kind: report.meta?.kind,
  };
}
