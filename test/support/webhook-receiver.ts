import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookEnvelope } from '../../actions/publish-portal/webhook';

/**
 * A client portal on 127.0.0.1 that does what docs/webhook.md asks of one: recompute both
 * signatures from the raw bytes it received, refuse stale timestamps, and store each report
 * once per Idempotency-Key (a second delivery of a key is answered 409). Faults (500, 429, 400,
 * a hung request) are scripted per test with `script`.
 *
 * The verification is written independently of the code under test.
 */

export interface WebhookDelivery {
  headers: IncomingHttpHeaders;
  raw: Buffer;
  key: string | undefined;
  assayOk: boolean;
  githubOk: boolean;
  fresh: boolean;
  timestamp: number | undefined;
}

export type WebhookScripted = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/** Receiver-side verification of Assay-Signature and X-Assay-Signature-256 with `secret`. */
export function verifyWebhookDelivery(
  secret: string,
  headers: IncomingHttpHeaders,
  raw: Buffer,
  toleranceSeconds = 300,
): Pick<WebhookDelivery, 'assayOk' | 'githubOk' | 'fresh' | 'timestamp'> {
  const hmac = (data: Buffer) => createHmac('sha256', secret).update(data).digest();
  const equal = (hex: string | undefined, expected: Buffer) => {
    if (!hex || !/^[0-9a-f]{64}$/.test(hex)) return false;
    return timingSafeEqual(Buffer.from(hex, 'hex'), expected);
  };
  const assay = String(headers['assay-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)(?:,|$)/.exec(assay)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]+)(?:,|$)/.exec(assay)?.[1];
  const assayOk = t !== undefined && equal(v1, hmac(Buffer.concat([Buffer.from(`${t}.`), raw])));
  const github = String(headers['x-assay-signature-256'] ?? '');
  const githubOk = github.startsWith('sha256=') && equal(github.slice('sha256='.length), hmac(raw));
  const timestamp = t === undefined ? undefined : Number(t);
  const fresh = timestamp !== undefined && Math.abs(Date.now() / 1000 - timestamp) <= toleranceSeconds;
  return { assayOk, githubOk, fresh, timestamp };
}

export class WebhookReceiver {
  readonly deliveries: WebhookDelivery[] = [];
  /** Reports stored, by Idempotency-Key. */
  readonly stored = new Map<string, WebhookEnvelope>();
  script: WebhookScripted[] = [];
  /** What a successful store answers with. */
  answer: { status: number; body: string; contentType: string } = { status: 201, body: '', contentType: 'application/json' };
  private server!: Server;
  url!: URL;

  constructor(
    private readonly secret: string,
    private readonly toleranceSeconds = 300,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
        const delivery: WebhookDelivery = { headers: req.headers, raw, key, ...verifyWebhookDelivery(this.secret, req.headers, raw, this.toleranceSeconds) };
        this.deliveries.push(delivery);
        const next = this.script.shift();
        if (next === 'hang') return; // never answers; the client's deadline must end it
        if (next) {
          res.writeHead(next.status, next.headers ?? { 'content-type': 'text/plain' }).end(next.body ?? '');
          return;
        }
        if (!delivery.assayOk || !delivery.githubOk) return void res.writeHead(401).end('bad signature');
        if (!delivery.fresh) return void res.writeHead(401).end('timestamp outside tolerance');
        if (!key) return void res.writeHead(400).end('Idempotency-Key required');
        if (this.stored.has(key)) {
          // As a portal that replays its first answer: the report it already holds, with its URL.
          res
            .writeHead(409, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: 'already exists', id: `rpt-${key.slice(0, 8)}`, url: `https://portal.example/reports/${key.slice(0, 8)}` }));
          return;
        }
        this.stored.set(key, JSON.parse(raw.toString('utf8')) as WebhookEnvelope);
        res.writeHead(this.answer.status, { 'content-type': this.answer.contentType }).end(
          this.answer.body || JSON.stringify({ id: `rpt-${key.slice(0, 8)}`, url: `https://portal.example/reports/${key.slice(0, 8)}` }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = new URL(`http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/assay`);
  }

  reset(): void {
    this.deliveries.length = 0;
    this.stored.clear();
    this.script = [];
    this.answer = { status: 201, body: '', contentType: 'application/json' };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
