import type { SarifResult } from '../../../lib/sarif/types';

/** A vulnerable package, as a dependency finding states it. */
export interface DependencyFacts {
  package: string;
  version: string;
  ecosystem?: string;
  /** The lowest version that fixes this advisory, when one is known. */
  fixedVersion?: string;
  aliases: string[];
}

/**
 * The package facts of a dependency result, from the most to the least structured source:
 *
 * 1. `result.properties` { package, version, ecosystem, fixedVersion, aliases }, which
 *    security-scan's dependency check writes (actions/security-scan/deps/dependency-findings.ts);
 * 2. that check's message, for security.sarif written before the properties existed:
 *    "axios 1.5.1 (npm) is affected by GHSA-… (CVE-…): summary. Upgrade to 1.6.0 or later.";
 * 3. the messages of two common scanners whose SARIF users ingest: Trivy ("Package: x\n
 *    Installed Version: y\n…Fixed Version: z") and osv-scanner ("Package 'x@y' is vulnerable to 'id'
 *    (also known as 'a', 'b')").
 *
 * undefined when the result is not about a package version.
 */
export function dependencyFacts(result: SarifResult, message: string): DependencyFacts | undefined {
  const props = result.properties as Record<string, unknown> | undefined;
  if (props && typeof props.package === 'string' && typeof props.version === 'string') {
    return {
      package: props.package,
      version: props.version,
      ...(typeof props.ecosystem === 'string' ? { ecosystem: props.ecosystem } : {}),
      ...(typeof props.fixedVersion === 'string' && props.fixedVersion !== '' ? { fixedVersion: props.fixedVersion } : {}),
      aliases: Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [],
    };
  }
  // Most results are not about packages; a substring check spares them three regular expressions.
  if (!message.includes(') is affected by ') && !message.includes('informational advisory') && !message.includes('Package')) return undefined;
  return fromAssayMessage(message) ?? fromTrivyMessage(message) ?? fromOsvScannerMessage(message);
}

const ASSAY = /^(\S+) (\S+) \(([^)\s]+)\) (?:is affected by|has an informational advisory \([^)]*\),) (\S+?)(?: \(([^)]*)\))?: /;
const UPGRADE = /Upgrade to (\S+?) or later\.\s*$/;

function fromAssayMessage(message: string): DependencyFacts | undefined {
  const m = ASSAY.exec(message);
  if (!m) return undefined;
  const fixed = UPGRADE.exec(message)?.[1];
  return {
    package: m[1]!,
    version: m[2]!,
    ecosystem: m[3]!,
    ...(fixed ? { fixedVersion: fixed } : {}),
    aliases: m[5] ? m[5].split(',').map((a) => a.trim()).filter(Boolean) : [],
  };
}

function fromTrivyMessage(message: string): DependencyFacts | undefined {
  const pkg = /^Package: (.+)$/m.exec(message)?.[1]?.trim();
  const version = /^Installed Version: (.+)$/m.exec(message)?.[1]?.trim();
  if (!pkg || !version) return undefined;
  // Trivy lists several fixed versions (one per release line) separated by commas; the first is the lowest.
  const fixed = /^Fixed Version: (.+)$/m.exec(message)?.[1]?.split(',')[0]?.trim();
  return { package: pkg, version, ...(fixed ? { fixedVersion: fixed } : {}), aliases: [] };
}

const OSV_SCANNER = /^Package '(.+)@([^@']+)' is vulnerable to '([^']+)'(?: \(also known as (.+)\))?/;

function fromOsvScannerMessage(message: string): DependencyFacts | undefined {
  const m = OSV_SCANNER.exec(message);
  if (!m) return undefined;
  const aliases = m[4] ? [...m[4].matchAll(/'([^']+)'/g)].map((a) => a[1]!) : [];
  return { package: m[1]!, version: m[2]!, aliases };
}
