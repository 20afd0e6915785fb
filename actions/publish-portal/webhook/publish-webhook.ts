import { ConfigurationError } from '../../../lib/errors';
import { ASSAY_VERSION } from '../../../lib/version';
import type { PublishContext, PublishedLocation, PublishTarget, ReportBundle } from '../model';
import { buildEnvelope } from './envelope';
import { DEFAULT_TIMEOUT_MS, postWithRetry } from './http-post';
import { signatureHeaders } from './signature';
import { printableUrl, requireSecureUrl } from './url-policy';

export interface WebhookOptions {
  /** The receiver; https, or http to a loopback host. */
  url: URL;
  /** Shared with the receiver, which verifies the signatures with it. Never sent, never logged. */
  secret: string;
  /** Bundle path → URL where another destination published the file (links from other destinations). */
  fileUrls?: Record<string, string>;
  /** Named links from other destinations (Pages index, S3 URL), passed on in the envelope's `links`. */
  links?: Record<string, string>;
  /** Files without a URL travel base64 in the envelope when together they take at most this many bytes. */
  inlineMaxBytes: number;
  fetch?: typeof globalThis.fetch;
  /** Deadline of one attempt; a timeout is retried. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Publishes the report to a webhook: one signed JSON envelope (docs/webhook.md), POSTed with the
 * suite's retry policy. Every attempt and every re-publish of the same report carries the same
 * `Idempotency-Key` (the report id) and the same body; only the signature's timestamp is fresh.
 * 2xx is delivered; 409 means the receiver already holds this report (changed: false).
 */
export async function publishToWebhook(
  bundle: ReportBundle,
  target: PublishTarget,
  options: WebhookOptions,
  ctx: PublishContext,
): Promise<PublishedLocation> {
  if (!options.secret) {
    throw new ConfigurationError('destination "webhook" needs input "webhook-secret"; pass it from a repository secret, the receiver verifies the signature with it.');
  }
  ctx.setSecret(options.secret);
  const url = requireSecureUrl(options.url, 'webhook-url');
  if (!Number.isFinite(options.inlineMaxBytes) || options.inlineMaxBytes < 0) {
    throw new RangeError(`publishToWebhook: inlineMaxBytes must be a number ≥ 0, got ${options.inlineMaxBytes}`);
  }

  const envelope = buildEnvelope(bundle, target, {
    inlineMaxBytes: options.inlineMaxBytes,
    ...(options.fileUrls ? { fileUrls: options.fileUrls } : {}),
    ...(options.links ? { links: options.links } : {}),
  });
  const body = JSON.stringify(envelope);
  const inlined = envelope.files.filter((f) => f.content !== undefined).length;
  const where = printableUrl(url);
  ctx.log.info(
    `webhook: POST ${where}, report ${bundle.reportId.slice(0, 12)} (${envelope.files.length} files, ${inlined} inlined, ${Buffer.byteLength(body)} bytes)`,
  );

  const result = await postWithRetry({
    url,
    body,
    label: `webhook POST ${where}`,
    ctx,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    redact: [options.secret],
    ...(options.fetch ? { fetch: options.fetch } : {}),
    accept: (status) => status === 409,
    headers: () => ({
      'Content-Type': 'application/json',
      'User-Agent': `Assay/${ASSAY_VERSION}`,
      'Idempotency-Key': bundle.reportId,
      ...signatureHeaders(options.secret, body, Math.floor(ctx.now().getTime() / 1000)),
    }),
    hint: (status) => {
      if (status === 401 || status === 403) return 'The receiver refused the signature: check that input "webhook-secret" is the secret the receiver verifies with, and that the runner clock is right.';
      if (status === 413) return 'The envelope is too large for the receiver: lower the inline limit or publish the files to github-pages or s3 as well, so they travel as links.';
      if (status !== undefined && status >= 400 && status < 500) return 'The receiver rejected the envelope; see docs/webhook.md for its format.';
      return undefined;
    },
  });

  const answer = parseAnswer(result.text);
  const changed = result.status !== 409;
  ctx.log.info(
    changed
      ? `webhook: delivered (${result.status}) after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`
      : `webhook: the receiver already holds report ${bundle.reportId.slice(0, 12)} (409), nothing changed`,
  );
  return {
    destination: 'webhook',
    url: answer.url ?? url.origin,
    ...(answer.id !== undefined ? { links: { id: answer.id } } : {}),
    changed,
  };
}

/** The receiver's `url` (http/https only) and `id`, when it answered JSON carrying them. */
function parseAnswer(text: string): { url?: string; id?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const out: { url?: string; id?: string } = {};
  const { url, id } = data as { url?: unknown; id?: unknown };
  if (typeof url === 'string') {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') out.url = parsed.href;
    } catch {
      // not a URL: keep the webhook origin
    }
  }
  if (typeof id === 'string' || typeof id === 'number') out.id = String(id);
  return out;
}
