/**
 * How a secret appears anywhere Assay writes (SARIF messages, logs, summaries): never in full.
 * At most its first 4 characters, and only when it is at least 16 long, so no more than a quarter
 * of it shows; then "…" and its length, which is enough to tell two findings apart and to find
 * the value in the file. A PEM block shows its header line instead ("-----BEGIN RSA PRIVATE
 * KEY-----…"), which says what kind of key leaked and holds nothing secret.
 */
export const MASK_MIN_LENGTH_FOR_PREFIX = 16;
const PREFIX_CHARS = 4;
const PEM_HEADER = /^-----BEGIN [A-Z0-9 ]{1,60}-----/;

export function maskSecret(value: string): string {
  const length = [...value].length;
  const pem = PEM_HEADER.exec(value);
  if (pem) return `${pem[0]}…[${length} chars]`;
  const prefix = length >= MASK_MIN_LENGTH_FOR_PREFIX ? [...value].slice(0, PREFIX_CHARS).join('') : '';
  return `${prefix}…[${length} chars]`;
}

/**
 * `text` with every occurrence of `secret` replaced by its masked form. The safety net for text
 * that came from a tool (a message, an error): whatever the tool did, the raw value does not pass.
 * Values shorter than 4 characters are left alone; replacing them would garble ordinary words.
 */
export function scrubSecret(text: string, secret: string): string {
  if (secret.length < 4 || !text.includes(secret)) return text;
  return text.split(secret).join(maskSecret(secret));
}
