/**
 * Splits file arguments into batches whose command line stays under `maxChars` (Linux allows
 * about 2 MB for all arguments and the environment together, Windows 32 K characters for the
 * whole command line; 30 K fits both with room for the tool's own options), and at most
 * `maxFiles` files, so a huge repository becomes several runs rather than an E2BIG.
 */
export function batchArguments(files: readonly string[], maxChars = 30_000, maxFiles = 2_000): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && (size + file.length + 1 > maxChars || current.length >= maxFiles)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.length + 1;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
