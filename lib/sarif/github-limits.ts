/**
 * What GitHub code scanning accepts in an uploaded SARIF file (docs: "SARIF support for code
 * scanning", upload limits). Uploads over a hard limit are rejected, so the suite cuts client-side
 * and says what it cut. The per-log limits (size, runs, results, locations) are enforced where
 * logs are merged; the per-rule text limits are applied as each run is built.
 */
export const GITHUB_LIMITS = {
  /** Gzipped upload size in bytes; GitHub answers 413 above it. */
  gzippedBytes: 10 * 1024 * 1024,
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  toolExtensionsPerRun: 100,
  threadFlowLocationsPerResult: 10_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  ruleNameChars: 255,
  ruleDescriptionChars: 1_024,
} as const;

const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` UTF-16 code units, ending in an ellipsis when cut, never splitting a
 * surrogate pair (a lone surrogate would make the JSON unreadable to strict parsers).
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}
