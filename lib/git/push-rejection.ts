/**
 * A push someone else's push got in ahead of (not a fast-forward, a ref another push holds
 * locked): fetching the new tip and rebuilding the commit on it can fix it.
 */
export function isRejectedPush(output: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref|incorrect old value|\[remote rejected\].*(lock|update ref)/i.test(output);
}
