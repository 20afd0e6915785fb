/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight, results in input order.
 * After the first failure no new call starts; the calls already running are awaited (so no
 * upload is left behind unobserved) and then the first error is thrown.
 */
export async function mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  let firstError: unknown;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
        }
      }
    }
  };
  const slots = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: slots }, worker));
  if (failed) throw firstError;
  return results;
}
