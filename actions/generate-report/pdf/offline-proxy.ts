import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy on 127.0.0.1 that forwards nothing. The printing browser's context is pointed at it, so
 * what Playwright's routes do not see still cannot leave the machine: Chromium fetches
 * `<link rel=prefetch>` and `navigator.sendBeacon()` from the browser process, past request
 * interception, and opens `<link rel=preconnect>` sockets without any request at all. Through
 * this proxy each of those reaches us instead of the host it named; we refuse it and note it.
 * Playwright adds `<-loopback>` to the bypass list, so even 127.0.0.1 and localhost go through it.
 */
export interface OfflineProxy {
  /** For the context's `proxy.server`. */
  url: string;
  /** What the browser tried to reach through the proxy: URLs, or `CONNECT host:port`. */
  readonly refused: string[];
  close(): Promise<void>;
}

export async function startOfflineProxy(): Promise<OfflineProxy> {
  const refused: string[] = [];
  const server = createServer((req, res) => {
    refused.push(req.url ?? '');
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' }).end('offline: the PDF is printed without network access\n');
  });
  server.on('connect', (req, socket) => {
    refused.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // It must never keep the process alive on its own.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
