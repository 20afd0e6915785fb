import { ConfigurationError } from '../../../lib/errors';
import { isLoopbackHost } from '../../../lib/http/loopback';

/**
 * Where a signed envelope or a notification may go. Over plain http the report, its links and
 * the signature would cross the network readable by anyone on the path, so only https is
 * accepted, except for a receiver on this machine (a test stand-in, a local tunnel).
 */

export { isLoopbackHost };

/**
 * The URL if it may carry the report: https, or http to a loopback host. Otherwise a
 * ConfigurationError naming the input to change. Credentials in the URL are refused as well:
 * fetch cannot send them, and they would end up in logs.
 */
export function requireSecureUrl(value: URL | string, input: string): URL {
  let url: URL;
  try {
    url = typeof value === 'string' ? new URL(value) : value;
  } catch {
    throw new ConfigurationError(`input "${input}" must be a URL such as https://example.com/hooks/assay.`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`input "${input}" must not carry a user name or password in the URL; the request is authenticated by its signature.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new ConfigurationError(
    `input "${input}" must be an https:// URL (plain http is allowed only for 127.0.0.1, ::1 and localhost); got "${url.protocol}//${url.host}".`,
  );
}

/** What may be printed of a URL: origin and path, never the query (tokens often live there). */
export function printableUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
