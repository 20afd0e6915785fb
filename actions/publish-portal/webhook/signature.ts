import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The two signatures every webhook delivery carries (docs/webhook.md):
 * - `Assay-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, Stripe's
 *   scheme: the timestamp is signed with the body, so a receiver can refuse replays.
 * - `X-Assay-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>`, GitHub's scheme, for
 *   receivers that already verify GitHub webhooks.
 */

export const SIGNATURE_HEADER = 'Assay-Signature';
export const SIGNATURE_256_HEADER = 'X-Assay-Signature-256';
/** How far a receiver should let the signed time differ from its clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, data: string | Buffer): string {
  return createHmac('sha256', secret).update(data).digest('hex');
}

/** Both signature headers for one attempt at `timestamp` (unix seconds). */
export function signatureHeaders(secret: string, body: string, timestamp: number): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: `t=${timestamp},v1=${hmacHex(secret, `${timestamp}.${body}`)}`,
    [SIGNATURE_256_HEADER]: `sha256=${hmacHex(secret, body)}`,
  };
}

export interface VerifyOptions {
  /** The Assay-Signature header as received. */
  header: string | undefined;
  /** The raw request body, exactly the bytes received (not re-serialized JSON). */
  body: Buffer | string;
  secret: string;
  /** Now, in unix seconds. */
  now?: number;
  toleranceSeconds?: number;
}

/**
 * For receivers written in TypeScript: whether `Assay-Signature` is valid for this body and
 * recent enough. Several v1 values are accepted (one per secret while a secret is rotated).
 */
export function verifyAssaySignature(options: VerifyOptions): { ok: true; timestamp: number } | { ok: false; reason: string } {
  const parts = (options.header ?? '').split(',').map((p) => p.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const candidates = parts.filter(([k, v]) => k === 'v1' && v !== undefined).map(([, v]) => v!);
  if (!t || !/^\d+$/.test(t) || candidates.length === 0) return { ok: false, reason: 'malformed Assay-Signature header' };
  const timestamp = Number(t);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { ok: false, reason: 'timestamp outside the tolerance' };
  }
  const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
  const expected = Buffer.from(hmacHex(options.secret, Buffer.concat([Buffer.from(`${t}.`), body])), 'hex');
  const match = candidates.some((c) => {
    const got = Buffer.from(c, 'hex');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
  return match ? { ok: true, timestamp } : { ok: false, reason: 'signature does not match' };
}
