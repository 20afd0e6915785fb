import type { BrowserContext } from 'playwright-core';

/**
 * Keeps the printing browser offline. The report HTML is self-contained (inline CSS, inline SVG,
 * data: images), so anything else it asks for is a mistake in a template or text that should
 * have been escaped, and fetching it would leak the report's existence (and its reader's IP) to
 * whoever serves it, or make the PDF depend on the network. Every request that is not a data:
 * URL is refused, WebSockets included, and the refused URLs are kept so the caller can say which.
 *
 * The routes sit on the context rather than one page so that frames, pop-ups and workers of the
 * page are held to the same rule; service workers are blocked when the context is created.
 */
export interface NetworkBlock {
  /** URLs refused so far, in order. */
  readonly blocked: string[];
}

export async function blockNetwork(context: BrowserContext): Promise<NetworkBlock> {
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) {
      await route.continue();
      return;
    }
    blocked.push(url);
    await route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    blocked.push(socket.url());
    // Not connecting to the server is the point; closing tells the page it failed.
    void socket.close({ code: 1008, reason: 'offline' }).catch(() => undefined);
  });
  return { blocked };
}
