/**
 * Whether a bigger value is better. Times and bytes get worse as they grow; throughputs (ops/s,
 * requests per second, Hz) get better. Ingested results carry their tool's unit, so the unit is
 * what tells; anything not recognisably a rate is treated as a cost.
 */
const RATE = /(^|[^a-z])(ops?|operations|iterations?|iter|req(uest)?s?|calls?|items?|elements?|bytes|b|kb|mb|gb|kib|mib|gib)\s*(\/|per\s+)\s*(s|sec|secs|second|seconds)\b|(^|[^a-z])(hz|rps|qps|ops|throughput)([^a-z]|$)/i;

export function biggerIsBetter(unit: string | undefined): boolean {
  return unit !== undefined && RATE.test(unit.trim());
}
