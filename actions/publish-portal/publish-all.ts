import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { ArtifactStore } from '../../lib/artifacts/store';
import { errorMessage } from '../../lib/errors';
import type { PublishContext, PublishedLocation, PublishTarget, ReportBundle } from './model';

/**
 * Publishes one bundle to every chosen destination at once and reports each outcome. A
 * destination that fails does not stop the others and does not throw: it is listed in `failed`,
 * and the caller decides what the run's result is. When anything failed and a fallback store is
 * given, the whole bundle goes up as an artifact of the run, so the report is never lost.
 *
 * Ordering: a destination may name others in `after` (the webhook, which tells a portal where
 * the report now lives). It starts once those have settled and receives the locations of the
 * ones that published; a failed one is left out, and the destination still runs. Names in
 * `after` that are not among the destinations are ignored.
 *
 * Secrets: values registered through a context made by trackSecrets() (main.ts registers the
 * webhook secret, credentials, signatures) are replaced by "***" in every error message of the
 * result and in publish.json. Independently, URLs lose their user:password part and the values
 * of signature and token query parameters (a presigned URL is a credential) in publish.json.
 */

export type DestinationName = PublishedLocation['destination'];

export interface DestinationTask {
  name: DestinationName;
  /** Destinations to wait for; their published locations are passed to `publish`. */
  after?: readonly Exclude<DestinationName, 'webhook'>[];
  /** `earlier` holds the locations of the `after` destinations that published, in `after` order. */
  publish: (earlier: readonly PublishedLocation[]) => Promise<PublishedLocation>;
}

export interface PublishFallback {
  store: ArtifactStore;
  artifactName: string;
  retentionDays?: number;
}

export interface PublishAllOptions {
  bundle: ReportBundle;
  target: PublishTarget;
  destinations: readonly DestinationTask[];
  fallback: PublishFallback | undefined;
  ctx: PublishContext;
}

export interface PublishFailure {
  destination: DestinationName;
  /** What went wrong, registered secrets replaced by "***". */
  error: string;
}

export interface PublishAllResult {
  /** In the order the destinations were given. */
  published: PublishedLocation[];
  failed: PublishFailure[];
  /** The artifact holding the whole bundle, uploaded because a destination failed. */
  fallbackArtifact?: { name: string; id?: number; store: ArtifactStore['kind']; location: string };
  /** Why the fallback artifact could not be uploaded, when it was tried and failed. */
  fallbackError?: string;
}

// ---------------------------------------------------------------------------------------------
// Secrets

const REDACTED = '***';
const trackedSecrets = new WeakMap<PublishContext, Set<string>>();
const resultSecrets = new WeakMap<PublishAllResult, ReadonlySet<string>>();

/**
 * A context whose setSecret also remembers the value (and still passes it on, to core.setSecret
 * on a runner), so publishAll and writePublishLog can keep it out of what they write. main.ts
 * hands this context, not the one it started with, to every destination.
 */
export function trackSecrets(ctx: PublishContext): PublishContext {
  const secrets = new Set<string>(trackedSecrets.get(ctx) ?? []);
  const tracked: PublishContext = {
    ...ctx,
    setSecret: (value: string) => {
      if (value) secrets.add(value);
      ctx.setSecret(value);
    },
  };
  trackedSecrets.set(tracked, secrets);
  return tracked;
}

/** The values registered so far through a trackSecrets() context (empty for any other). */
export function registeredSecrets(ctx: PublishContext): ReadonlySet<string> {
  return trackedSecrets.get(ctx) ?? new Set();
}

/** Every registered value replaced by "***", longest first so a secret holding another goes whole. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Query parameters whose values are credentials: S3/SigV4 and SAS signatures, tokens. */
const SECRET_PARAM = /^(x-amz-(signature|credential|security-token)|signature|sig|token|access_token|api_key|apikey|key|secret|password|auth|awsaccesskeyid|googleaccessid|x-goog-signature|x-goog-credential)$/i;

/** URLs in the text without user:password@ and with credential query values replaced. */
export function redactUrls(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (match) => {
    let url: URL;
    try {
      url = new URL(match);
    } catch {
      return match;
    }
    let changed = false;
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
      changed = true;
    }
    for (const name of [...url.searchParams.keys()]) {
      if (SECRET_PARAM.test(name)) {
        url.searchParams.set(name, REDACTED);
        changed = true;
      }
    }
    return changed ? url.href : match;
  });
}

// ---------------------------------------------------------------------------------------------
// Publishing

type Outcome = { ok: true; location: PublishedLocation } | { ok: false; error: string };

export async function publishAll(options: PublishAllOptions): Promise<PublishAllResult> {
  const { bundle, target, destinations, fallback, ctx } = options;
  const log = ctx.log;
  const secrets = registeredSecrets(ctx);
  checkOrder(destinations);

  const byName = new Map(destinations.map((d) => [d.name, d] as const));
  const running = new Map<DestinationName, Promise<Outcome>>();
  const start = (task: DestinationTask): Promise<Outcome> => {
    const existing = running.get(task.name);
    if (existing) return existing;
    const waitFor = (task.after ?? []).filter((name) => name !== task.name && byName.has(name));
    const outcome = Promise.all(waitFor.map((name) => start(byName.get(name)!))).then(async (settled) => {
      const earlier = settled.flatMap((o) => (o.ok ? [o.location] : []));
      if (waitFor.length > 0) {
        log.debug(`${task.name}: starts after ${waitFor.join(', ')}${earlier.length > 0 ? `, with ${earlier.map((l) => l.url).join(', ')}` : ', none of which published'}`);
      }
      return runOne(task, earlier);
    });
    running.set(task.name, outcome);
    return outcome;
  };

  const runOne = async (task: DestinationTask, earlier: PublishedLocation[]): Promise<Outcome> => {
    try {
      const location = await task.publish(earlier);
      if (!location || typeof location.url !== 'string' || !location.url) {
        throw new Error(`${task.name} reported no URL for the published report.`);
      }
      log.info(`${task.name}: ${location.changed ? 'published' : 'already up to date (nothing written)'}: ${location.url}`);
      return { ok: true, location: { ...location, destination: task.name } };
    } catch (error) {
      const message = redact(errorMessage(error), secrets);
      log.warning(`${task.name}: publishing failed: ${message}`);
      return { ok: false, error: message };
    }
  };

  log.info(
    `Publishing report ${bundle.reportId.slice(0, 12)} (${bundle.files.length} file${bundle.files.length === 1 ? '' : 's'}, ${formatBytes(bundle.totalBytes)}) ` +
      `to ${destinations.map((d) => d.name).join(', ') || 'no destination'} at ${target.reportPath}`,
  );
  const outcomes = await Promise.all(destinations.map((task) => start(task)));

  const result: PublishAllResult = { published: [], failed: [] };
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) result.published.push(outcome.location);
    else result.failed.push({ destination: destinations[i]!.name, error: outcome.error });
  });
  resultSecrets.set(result, secrets);

  if (result.failed.length > 0) {
    const names = result.failed.map((f) => f.destination).join(', ');
    if (!fallback) {
      log.warning(`${names} failed and no fallback store was given, so the report is ${result.published.length > 0 ? 'only where it was published' : 'not published anywhere'}.`);
    } else {
      await uploadFallback(result, bundle, fallback, names, ctx, secrets);
    }
  }
  return result;
}

async function uploadFallback(
  result: PublishAllResult,
  bundle: ReportBundle,
  fallback: PublishFallback,
  names: string,
  ctx: PublishContext,
  secrets: ReadonlySet<string>,
): Promise<void> {
  const { store, artifactName } = fallback;
  try {
    const uploaded = await store.upload(
      artifactName,
      bundle.dir,
      bundle.files.map((f) => f.absolutePath),
      fallback.retentionDays === undefined ? {} : { retentionDays: fallback.retentionDays },
    );
    result.fallbackArtifact = { name: uploaded.name, ...(uploaded.id !== undefined ? { id: uploaded.id } : {}), store: store.kind, location: store.location };
    ctx.log.warning(
      `${names} failed, so the whole report bundle (${uploaded.files} files, ${formatBytes(bundle.totalBytes)}) was uploaded as artifact "${uploaded.name}"` +
        `${uploaded.id !== undefined ? ` (id ${uploaded.id})` : ''} to ${store.location}: nothing is lost, and it can be published again from there.`,
    );
  } catch (error) {
    result.fallbackError = redact(errorMessage(error), secrets);
    ctx.log.error(`${names} failed, and the fallback artifact "${artifactName}" could not be uploaded either: ${result.fallbackError}`);
  }
}

/** Refuses two tasks of one name and a cycle of `after`: both are mistakes of the caller. */
function checkOrder(destinations: readonly DestinationTask[]): void {
  const byName = new Map<DestinationName, DestinationTask>();
  for (const d of destinations) {
    if (byName.has(d.name)) throw new Error(`publishAll: destination "${d.name}" is listed twice.`);
    byName.set(d.name, d);
  }
  const state = new Map<DestinationName, 'visiting' | 'done'>();
  const visit = (name: DestinationName, trail: DestinationName[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`publishAll: "after" forms a cycle: ${[...trail, name].join(' → ')}.`);
    state.set(name, 'visiting');
    for (const next of byName.get(name)?.after ?? []) if (byName.has(next) && next !== name) visit(next, [...trail, name]);
    state.set(name, 'done');
  };
  for (const d of destinations) visit(d.name, []);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

// ---------------------------------------------------------------------------------------------
// publish.json

/** What publish.json holds; written for people and later steps, never holding a secret. */
export interface PublishLog {
  version: 1;
  reportId: string;
  title: string;
  grade: string;
  files: number;
  totalBytes: number;
  target: {
    repository: string;
    sha: string | null;
    ref: string | null;
    runId: string | null;
    runUrl: string | null;
    reportPath: string;
  };
  destinations: (
    | { destination: DestinationName; result: 'published' | 'unchanged'; url: string; links?: Record<string, string>; changed: boolean }
    | { destination: DestinationName; result: 'failed'; error: string }
  )[];
  fallbackArtifact: { name: string; id: number | null } | null;
  fallbackError?: string;
}

const ORDER: readonly DestinationName[] = ['github-pages', 's3', 'webhook'];

export function publishLog(result: PublishAllResult, bundle: ReportBundle, target: PublishTarget, secrets: Iterable<string> = []): PublishLog {
  const known = new Set([...(resultSecrets.get(result) ?? []), ...secrets]);
  const clean = (text: string) => redactUrls(redact(text, known));
  const destinations: PublishLog['destinations'] = [
    ...result.published.map((p) => ({
      destination: p.destination,
      result: p.changed ? ('published' as const) : ('unchanged' as const),
      url: clean(p.url),
      ...(p.links && Object.keys(p.links).length > 0 ? { links: Object.fromEntries(Object.entries(p.links).map(([k, v]) => [k, clean(v)])) } : {}),
      changed: p.changed,
    })),
    ...result.failed.map((f) => ({ destination: f.destination, result: 'failed' as const, error: clean(f.error) })),
  ].sort((a, b) => ORDER.indexOf(a.destination) - ORDER.indexOf(b.destination));
  return {
    version: 1,
    reportId: bundle.reportId,
    title: clean(bundle.summary.title),
    grade: bundle.summary.grade,
    files: bundle.files.length,
    totalBytes: bundle.totalBytes,
    target: {
      repository: target.repository,
      sha: target.sha ?? null,
      ref: target.ref ?? null,
      runId: target.runId ?? null,
      runUrl: target.runUrl ? clean(target.runUrl) : null,
      reportPath: target.reportPath,
    },
    destinations,
    fallbackArtifact: result.fallbackArtifact ? { name: result.fallbackArtifact.name, id: result.fallbackArtifact.id ?? null } : null,
    ...(result.fallbackError ? { fallbackError: clean(result.fallbackError) } : {}),
  };
}

/**
 * Writes publish.json (the folder is created). Secrets registered through the trackSecrets()
 * context given to publishAll are left out, and so are any passed here.
 */
export async function writePublishLog(
  file: string,
  result: PublishAllResult,
  bundle: ReportBundle,
  target: PublishTarget,
  secrets: Iterable<string> = [],
): Promise<PublishLog> {
  const log = publishLog(result, bundle, target, secrets);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(log, null, 2)}\n`, 'utf8');
  return log;
}
