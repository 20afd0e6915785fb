/**
 * Where the report's objects live and how a person reaches them. Keys are
 * "<prefix>/<reportPath>/<file path>", with empty parts left out and never a doubled or leading
 * slash, so the same report always lands on the same keys.
 */

/** Joins key parts with single slashes, dropping empty parts and stray slashes. */
export function joinKey(...parts: (string | undefined)[]): string {
  return parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter((segment) => segment !== '')
    .join('/');
}

export interface ObjectLocation {
  bucket: string;
  /** AWS when absent. */
  endpoint: URL | undefined;
  region: string;
  forcePathStyle: boolean;
}

/**
 * The plain (unsigned) URL of an object: path-style on a custom endpoint
 * (http://127.0.0.1:9000/bucket/key) unless virtual-hosted style was asked for, virtual-hosted on
 * AWS (https://bucket.s3.region.amazonaws.com/key), except for bucket names with dots, which do
 * not fit the wildcard certificate and so are addressed path-style there too.
 */
export function objectUrl(location: ObjectLocation, key: string): string {
  const encodedKey = key.split('/').map(encodeURIComponent).join('/');
  const bucket = encodeURIComponent(location.bucket);
  if (location.endpoint) {
    const base = location.endpoint.pathname.replace(/\/+$/, '');
    if (location.forcePathStyle) return `${location.endpoint.origin}${base}/${bucket}/${encodedKey}`;
    return `${location.endpoint.protocol}//${bucket}.${location.endpoint.host}${base}/${encodedKey}`;
  }
  const host = `s3.${location.region}.amazonaws.com${location.region.startsWith('cn-') ? '.cn' : ''}`;
  if (location.forcePathStyle || location.bucket.includes('.')) return `https://${host}/${bucket}/${encodedKey}`;
  return `https://${bucket}.${host}/${encodedKey}`;
}
