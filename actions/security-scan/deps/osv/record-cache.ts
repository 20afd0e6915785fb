import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OsvRecord } from './osv-record';

/**
 * OSV records fetched from the API, kept between runs. The key is the record's id and its
 * `modified` time: the API's querybatch answers with both for every hit, so a record whose
 * `modified` is unchanged is read from disk and only new or updated records are fetched.
 *
 * Layout: `<dir>/<id>.json`, the record exactly as the API returned it; a newer `modified`
 * replaces the file. The action puts it in `<tool cache>/osv-records` (dependency-scanner.ts),
 * i.e. `$RUNNER_TOOL_CACHE/assay/osv-records` on a runner. On GitHub a workflow keeps the folder
 * across runs with actions/cache, e.g.
 *
 *   - uses: actions/cache@v4
 *     with:
 *       path: ${{ runner.tool_cache }}/assay/osv-records
 *       key: assay-osv-${{ github.run_id }}
 *       restore-keys: assay-osv-
 *
 * (a new key each run, restored from the latest, so records fetched in this run are saved too).
 * Without it the runner's tool cache is empty at every job start and every record is fetched.
 */
export class RecordCache {
  hits = 0;
  misses = 0;
  writes = 0;

  constructor(readonly dir: string) {}

  private fileFor(id: string): string {
    // Ids are short ASCII ([A-Z]+-…); anything else is escaped so an id can never leave the folder.
    return path.join(this.dir, `${encodeURIComponent(id).replace(/\./g, '%2E')}.json`);
  }

  /** The cached record when it is the version `modified` names (any version when `modified` is unknown). */
  get(id: string, modified: string | undefined): OsvRecord | undefined {
    let record: OsvRecord;
    try {
      record = JSON.parse(fs.readFileSync(this.fileFor(id), 'utf8')) as OsvRecord;
    } catch {
      this.misses++;
      return undefined;
    }
    if (record?.id !== id || (modified !== undefined && record.modified !== modified)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return record;
  }

  /** Stores a record; a failure to write (read-only disk) only costs a fetch next time. */
  put(record: OsvRecord): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = this.fileFor(record.id);
      // Write then rename, so a job killed mid-write never leaves half a record behind.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(record));
      fs.renameSync(temp, file);
      this.writes++;
    } catch {
      // Caching is an optimisation only.
    }
  }
}
