/** Removes credentials from URLs (https://user:token@host → https://***@host). */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** `redact`, and every listed secret (a token, its header form) replaced by *** wherever it occurs. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = redact(text);
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}
