import * as path from 'node:path';
import type { ScanContext } from '../model';
import { scanDependencies, type DependencyScanOutput, type OsvSource } from './scan-dependencies';

/**
 * The dependency check as security-scan's orchestration calls it: from the shared ScanContext and
 * the `osv-database` input. With a database the check is offline; without one it asks the OSV
 * API and keeps the records it fetched under the tool cache (`<toolCache>/osv-records`, which a
 * workflow can persist with actions/cache; see osv/record-cache.ts).
 */
export function runDependencyCheck(context: ScanContext, options: { osvDatabase?: string | undefined; apiBaseUrl?: string } = {}): Promise<DependencyScanOutput> {
  const database: OsvSource = options.osvDatabase
    ? { kind: /\.zip$/i.test(options.osvDatabase) ? 'zip' : 'folder', path: path.resolve(context.root, options.osvDatabase) }
    : { kind: 'api', ...(options.apiBaseUrl ? { baseUrl: options.apiBaseUrl } : {}) };
  return scanDependencies({ root: context.root, database, cacheDir: path.join(context.toolCache, 'osv-records'), log: context.log, signal: context.signal });
}
