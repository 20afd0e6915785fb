import { severityRank, type Severity } from '../../../lib/severity';
import type { Item } from './collect-findings';
import { compareVersions, highestVersion } from './version-order';

/** One vulnerable package with every advisory against it, for one upgrade recommendation. */
export interface VulnerablePackage {
  package: string;
  ecosystem?: string;
  /** Installed versions (several lockfiles may pin different ones), lowest first. */
  versions: string[];
  files: string[];
  advisories: { id: string; aliases: string[]; severity: Severity; fixedVersion?: string }[];
  /** The most severe advisory's severity. */
  severity: Severity;
  /** The highest of the advisories' fixed versions: the one upgrade that fixes every fixable advisory. */
  fixedVersion?: string;
  /** Advisories with no known fixed version. */
  unfixed: string[];
}

/**
 * Dependency findings grouped per package (ecosystem and name, case-insensitive as PyPI and npm
 * treat names), most severe first, then by name. Each advisory is counted once per package even
 * when several lockfiles pin the package.
 */
export function vulnerablePackages(items: readonly Item[]): VulnerablePackage[] {
  const groups = new Map<string, VulnerablePackage & { seen: Set<string>; fixes: Set<string> }>();
  for (const i of items) {
    const d = i.dependency;
    if (!d) continue;
    const key = `${(d.ecosystem ?? '').toLowerCase()}\u0000${d.package.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { package: d.package, ...(d.ecosystem ? { ecosystem: d.ecosystem } : {}), versions: [], files: [], advisories: [], severity: i.severity, unfixed: [], seen: new Set(), fixes: new Set() };
      groups.set(key, g);
    }
    if (!g.versions.includes(d.version)) g.versions.push(d.version);
    if (i.file && !g.files.includes(i.file)) g.files.push(i.file);
    if (severityRank(i.severity) > severityRank(g.severity)) g.severity = i.severity;
    if (!g.seen.has(i.ruleId)) {
      g.seen.add(i.ruleId);
      g.advisories.push({ id: i.ruleId, aliases: d.aliases, severity: i.severity, ...(d.fixedVersion ? { fixedVersion: d.fixedVersion } : {}) });
      if (!d.fixedVersion) g.unfixed.push(i.ruleId);
    } else if (d.fixedVersion && !g.fixes.has(d.fixedVersion)) {
      // The same advisory with a fixed version not seen before (another lockfile, another record).
      const known = g.advisories.find((a) => a.id === i.ruleId)!;
      if (!known.fixedVersion || compareVersions(g.ecosystem, d.fixedVersion, known.fixedVersion) > 0) known.fixedVersion = d.fixedVersion;
    }
    if (d.fixedVersion) g.fixes.add(d.fixedVersion);
  }
  const out: VulnerablePackage[] = [];
  for (const { seen: _seen, fixes, ...g } of groups.values()) {
    const fixed = highestVersion(g.ecosystem, fixes);
    g.versions.sort((a, b) => compareVersions(g.ecosystem, a, b));
    g.advisories = mergeAliases(g.ecosystem, g.advisories);
    // An advisory found without a fix in one lockfile but with one in another is fixable.
    g.unfixed = g.advisories.filter((a) => !a.fixedVersion).map((a) => a.id);
    out.push({ ...g, ...(fixed ? { fixedVersion: fixed } : {}) });
  }
  return out.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.package.localeCompare(b.package));
}

type Advisory = VulnerablePackage['advisories'][number];

/**
 * One entry per vulnerability: databases publish the same flaw under several ids (RUSTSEC-2022-0013
 * and GHSA-m5pq-gvj9-9vr8 are both CVE-2022-24713), and OSV lists each, so advisories sharing an id
 * or alias are merged: the most severe one's id first, the others' ids among the aliases, the
 * highest fixed version. Most severe first, then by id.
 */
function mergeAliases(ecosystem: string | undefined, advisories: readonly Advisory[]): Advisory[] {
  const sorted = [...advisories].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.id < b.id ? -1 : 1));
  const owner = new Map<string, Advisory>();
  const out: Advisory[] = [];
  for (const a of sorted) {
    const names = [a.id, ...a.aliases];
    const merged = names.map((n) => owner.get(n)).find((m) => m !== undefined);
    if (!merged) {
      const entry: Advisory = { ...a, aliases: [...a.aliases] };
      out.push(entry);
      for (const n of names) owner.set(n, entry);
      continue;
    }
    for (const n of names) {
      if (n !== merged.id && !merged.aliases.includes(n)) merged.aliases.push(n);
      owner.set(n, merged);
    }
    if (a.fixedVersion && (!merged.fixedVersion || compareVersions(ecosystem, a.fixedVersion, merged.fixedVersion) > 0)) merged.fixedVersion = a.fixedVersion;
  }
  // CVE ids first among the aliases: what people search for.
  for (const a of out) a.aliases.sort((x, y) => Number(y.startsWith('CVE-')) - Number(x.startsWith('CVE-')) || (x < y ? -1 : 1));
  return out;
}
