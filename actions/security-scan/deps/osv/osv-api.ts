import type { Logger } from '../../../../lib/action/logger';
import { HttpError } from '../../../../lib/errors';
import { isNetworkError, isRetryableFailure, networkErrorCode, requestedWaitMs } from '../../../../lib/http/retryable-status';
import { retry, type RetryPolicy, type Sleep } from '../../../../lib/retry';
import type { Ecosystem } from '../model';
import { pep503Name } from '../package-names';
import { isOsvRecord, type OsvRecord } from './osv-record';
import type { RecordCache } from './record-cache';

/**
 * The OSV API (https://google.github.io/osv.dev/api/), for a runner with network access:
 * 1. POST /v1/querybatch with up to 1,000 {package, version} queries per request; each result
 *    lists the ids (and `modified` times) of the advisories affecting that version. A result with
 *    `next_page_token` has more: the same query is sent again with `page_token`.
 * 2. GET /v1/vulns/{id} for each id (querybatch returns ids only), a few at a time, skipping those
 *    the cache already holds at the same `modified`.
 * Every request goes through the suite's retry policy (lib/retry.ts): transient failures (network,
 * 408, 429, 5xx) are retried 3 times in all with waits of 1 s then 2 s, or what Retry-After asks.
 * The base URL and fetch are parameters so a test server on 127.0.0.1 can stand in.
 */

export const OSV_API_URL = 'https://api.osv.dev';
/** The API's limit on queries per querybatch request. */
export const MAX_BATCH = 1000;

export interface OsvQuery {
  ecosystem: Ecosystem;
  name: string;
  version: string;
}

export interface OsvApiOptions {
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  log?: Logger;
  /** Overrides of the suite policy (tests shorten the waits) and the sleep used between attempts. */
  retry?: Partial<RetryPolicy> & { sleep?: Sleep };
  /** Queries per querybatch request, at most 1,000. */
  batchSize?: number;
  /** GET /v1/vulns requests in flight at once. */
  concurrency?: number;
  cache?: RecordCache;
}

export interface VulnRef {
  id: string;
  modified?: string;
}

interface QueryBatchResponse {
  results?: { vulns?: VulnRef[]; next_page_token?: string }[];
}

/** A response that was not 2xx, carried through the retry loop. */
class OsvHttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
  }
}

export interface OsvApiStats {
  querybatchRequests: number;
  vulnRequests: number;
  cacheHits: number;
}

export class OsvApiClient {
  readonly baseUrl: string;
  readonly stats: OsvApiStats = { querybatchRequests: 0, vulnRequests: 0, cacheHits: 0 };
  private readonly fetchImpl: typeof globalThis.fetch;

  constructor(private readonly options: OsvApiOptions = {}) {
    this.baseUrl = (options.baseUrl ?? OSV_API_URL).replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? globalThis.fetch;
  }

  private async request(method: 'GET' | 'POST', pathname: string, body?: unknown): Promise<unknown> {
    const url = `${this.baseUrl}${pathname}`;
    const label = `OSV API ${method} ${url}`;
    const { sleep, ...policy } = this.options.retry ?? {};
    return retry(
      async () => {
        const init: RequestInit = { method, headers: { accept: 'application/json' } };
        if (body !== undefined) {
          init.body = JSON.stringify(body);
          init.headers = { accept: 'application/json', 'content-type': 'application/json' };
        }
        if (this.options.signal) init.signal = this.options.signal;
        const response = await this.fetchImpl(url, init);
        const text = await response.text();
        if (!response.ok) throw new OsvHttpFailure(response.status, response.headers, text);
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new HttpError(`${label} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`, response.status);
        }
      },
      {
        ...policy,
        ...(sleep ? { sleep } : {}),
        ...(this.options.log ? { log: this.options.log } : {}),
        label,
        shouldRetry: (error) => (error instanceof OsvHttpFailure ? isRetryableFailure({ status: error.status, headers: error.headers }) : isNetworkError(error)),
        retryAfterMs: (error) => (error instanceof OsvHttpFailure ? requestedWaitMs(error.headers) : undefined),
        describe: (error) => (error instanceof OsvHttpFailure ? String(error.status) : (networkErrorCode(error) ?? (error as Error).message)),
        onGiveUp: (error, summary) => {
          if (error instanceof HttpError) return error;
          const what =
            error instanceof OsvHttpFailure
              ? `answered ${error.status}${error.body ? `: ${error.body.trim().slice(0, 300)}` : ''}`
              : `could not be reached (${networkErrorCode(error) ?? (error as Error).message})`;
          return new HttpError(
            `${label} ${what} (${summary.text}). The dependency check needs the OSV API; if the runner has no access to ${this.baseUrl}, give an offline database with the osv-database input.`,
            error instanceof OsvHttpFailure ? error.status : undefined,
            { cause: error },
          );
        },
      },
    );
  }

  /**
   * The advisories affecting each query, in query order. PyPI names are sent PEP 503-normalized
   * (osv.dev stores them so); pagination is followed until no result has a page token.
   */
  async queryBatch(queries: readonly OsvQuery[]): Promise<VulnRef[][]> {
    const batchSize = Math.min(MAX_BATCH, Math.max(1, this.options.batchSize ?? MAX_BATCH));
    const results: VulnRef[][] = queries.map(() => []);
    let pending: { index: number; pageToken?: string }[] = queries.map((_, index) => ({ index }));
    while (pending.length > 0) {
      const next: { index: number; pageToken?: string }[] = [];
      for (let start = 0; start < pending.length; start += batchSize) {
        const slice = pending.slice(start, start + batchSize);
        const body = {
          queries: slice.map(({ index, pageToken }) => {
            const q = queries[index]!;
            return {
              package: { ecosystem: q.ecosystem, name: q.ecosystem === 'PyPI' ? pep503Name(q.name) : q.name },
              version: q.version,
              ...(pageToken ? { page_token: pageToken } : {}),
            };
          }),
        };
        this.stats.querybatchRequests++;
        const answer = (await this.request('POST', '/v1/querybatch', body)) as QueryBatchResponse;
        const got = Array.isArray(answer?.results) ? answer.results : [];
        if (got.length !== slice.length) {
          throw new HttpError(`OSV API POST ${this.baseUrl}/v1/querybatch answered ${got.length} results for ${slice.length} queries`, 200);
        }
        got.forEach((result, i) => {
          const { index } = slice[i]!;
          for (const vuln of result?.vulns ?? []) if (typeof vuln?.id === 'string') results[index]!.push(vuln);
          if (typeof result?.next_page_token === 'string' && result.next_page_token !== '') next.push({ index, pageToken: result.next_page_token });
        });
      }
      pending = next;
    }
    return results;
  }

  /** One full record. */
  async getVuln(id: string): Promise<OsvRecord> {
    this.stats.vulnRequests++;
    const record = await this.request('GET', `/v1/vulns/${encodeURIComponent(id)}`);
    if (!isOsvRecord(record)) throw new HttpError(`OSV API GET ${this.baseUrl}/v1/vulns/${id} did not answer with an OSV record`, 200);
    return record;
  }

  /** The full records for these ids, from the cache when it holds the same `modified`, else fetched a few at a time. */
  async getVulns(refs: readonly VulnRef[]): Promise<OsvRecord[]> {
    const unique = new Map<string, VulnRef>();
    for (const ref of refs) if (!unique.has(ref.id)) unique.set(ref.id, ref);
    const records: OsvRecord[] = [];
    const toFetch: VulnRef[] = [];
    for (const ref of unique.values()) {
      const cached = this.options.cache?.get(ref.id, ref.modified);
      if (cached) {
        this.stats.cacheHits++;
        records.push(cached);
      } else {
        toFetch.push(ref);
      }
    }
    let next = 0;
    let failed = false;
    const worker = async () => {
      while (next < toFetch.length && !failed) {
        const ref = toFetch[next++]!;
        try {
          const record = await this.getVuln(ref.id);
          this.options.cache?.put(record);
          records.push(record);
        } catch (error) {
          // The first failure ends the run; the other workers stop taking ids.
          failed = true;
          throw error;
        }
      }
    };
    const concurrency = Math.max(1, this.options.concurrency ?? 8);
    await Promise.all(Array.from({ length: Math.min(concurrency, toFetch.length) }, worker));
    return records;
  }
}
