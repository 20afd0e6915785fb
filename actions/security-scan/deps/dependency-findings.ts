import type { RunRuleInfo } from '../../../lib/sarif/build-run';
import { sarifLevelForSeverity, severityRank, type Severity } from '../../../lib/severity';
import type { SecurityFinding } from '../model';
import type { AdvisoryMatch } from './match/advisory-index';
import type { Ecosystem } from './model';
import { advisoryUrl, type OsvRecord } from './osv/osv-record';
import { advisorySeverity, type AdvisorySeverity } from './severity/advisory-severity';

/**
 * Turns matches into what code scanning shows: one result per (lockfile entry, advisory) at the
 * package's line, with the advisory id as rule id, and one rule per advisory carrying its summary,
 * details and references as help and its score as `security-severity`.
 */

/** A finding with the data behind it, for security.json and the summary. */
export interface DependencyFinding extends SecurityFinding {
  dependency: {
    ecosystem: Ecosystem;
    name: string;
    version: string;
    direct?: boolean;
    dev?: boolean;
    advisory: string;
    aliases: string[];
    summary: string;
    fixedVersion: string | null;
    lastAffected: string | null;
    informational?: string;
    /** Where the severity came from (a CVSS vector, a label, nothing). */
    severitySource: AdvisorySeverity['source'];
    severityFrom?: string;
    matchedBy: AdvisoryMatch['matchedBy'];
  };
}

/** CVE ids first (what people search for), then the others, each once. */
export function orderedAliases(record: OsvRecord): string[] {
  const aliases = [...new Set((record.aliases ?? []).filter((a) => typeof a === 'string' && a !== record.id))];
  return [...aliases.filter((a) => a.startsWith('CVE-')).sort(), ...aliases.filter((a) => !a.startsWith('CVE-')).sort()];
}

/** One line: the record's summary, else the first sentence of its details, else a generic line. */
export function advisorySummary(record: OsvRecord, packageName: string): string {
  const summary = record.summary?.trim();
  if (summary) return summary.replace(/\s+/g, ' ');
  const details = record.details?.trim().replace(/\s+/g, ' ');
  if (details) {
    const sentences = details.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
    // NVD-style details (most PYSEC records) open with what the package is ("Werkzeug is a
    // comprehensive WSGI web application library."); the sentence after it names the flaw.
    let sentence = sentences[0]!;
    if (sentences.length > 1 && /^[\w .-]+ is (a|an|the)\b/i.test(sentence) && !/vulnerab|attack|inject|overflow|denial|exploit/i.test(sentence)) sentence = sentences[1]!;
    return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
  }
  return `Vulnerability in ${packageName}`;
}

function remedyText(match: AdvisoryMatch): string {
  if (match.fixedVersion) return `Upgrade to ${match.fixedVersion} or later.`;
  if (match.lastAffected) return `No fixed version is known; ${match.lastAffected} is the last affected version.`;
  return 'No fixed version is available.';
}

export function findingMessage(match: AdvisoryMatch, summary: string): string {
  const { name, version, ecosystem } = match.package;
  const aliases = orderedAliases(match.record);
  const id = `${match.record.id}${aliases.length > 0 ? ` (${aliases.join(', ')})` : ''}`;
  const what = match.informational
    ? `${name} ${version} (${ecosystem}) has an informational advisory (${match.informational}), ${id}: ${summary}`
    : `${name} ${version} (${ecosystem}) is affected by ${id}: ${summary}`;
  const ended = what.trimEnd();
  return `${/[.!?…]$/.test(ended) ? ended : `${ended}.`} ${remedyText(match)}`;
}

function cweTags(record: OsvRecord): string[] {
  const ids = record.database_specific?.cwe_ids;
  if (!Array.isArray(ids)) return [];
  return ids.filter((c): c is string => typeof c === 'string' && /^CWE-\d+$/.test(c)).map((c) => `external/cwe/${c.toLowerCase()}`);
}

function severityText(severity: AdvisorySeverity): string {
  const via = severity.viaAlias ? ` (from its alias ${severity.viaAlias})` : '';
  switch (severity.source) {
    case 'CVSS_V3':
    case 'CVSS_V2':
      return `${severity.severity}, CVSS base score ${severity.score.toFixed(1)} from \`${severity.from}\`${via}`;
    case 'label':
      return `${severity.severity}, from the advisory's rating "${severity.from}"${via} (score ${severity.score.toFixed(1)} stands for it)`;
    case 'informational':
      return `${severity.severity}: an informational advisory (${severity.from}), not a vulnerability report`;
    case 'none':
      return `not stated by the advisory; rated ${severity.severity} (score ${severity.score.toFixed(1)})`;
  }
}

function helpMarkdown(record: OsvRecord, summary: string, packages: string[], severity: AdvisorySeverity): string {
  const parts = [`**${summary}**`];
  if (record.details?.trim()) parts.push(record.details.trim());
  parts.push(`**Affected here:** ${packages.join(', ')}`);
  parts.push(`**Severity:** ${severityText(severity)}`);
  const aliases = orderedAliases(record);
  if (aliases.length > 0) parts.push(`**Aliases:** ${aliases.join(', ')}`);
  const refs = (record.references ?? []).filter((r) => typeof r?.url === 'string' && /^https?:\/\//.test(r.url)).slice(0, 20);
  if (refs.length > 0) parts.push(['**References**', ...refs.map((r) => `- [${r.url}](${r.url})${r.type ? ` (${r.type.toLowerCase()})` : ''}`)].join('\n'));
  return parts.join('\n\n');
}

export interface BuildFindingsOptions {
  /** Alias records in the database, for advisories that state no severity themselves. */
  aliasRecords?: (id: string) => readonly OsvRecord[];
}

export function buildDependencyFindings(matches: readonly AdvisoryMatch[], options: BuildFindingsOptions = {}): { findings: DependencyFinding[]; rules: RunRuleInfo[] } {
  const findings: DependencyFinding[] = [];
  const perRule = new Map<string, { record: OsvRecord; summary: string; severity: AdvisorySeverity; ecosystems: Set<string>; packages: Set<string> }>();
  // An advisory hitting many packages is rated and summarized once, unless a package has its own severity.
  const ratedOnce = new Map<OsvRecord, { severity: AdvisorySeverity; summary: string }>();
  for (const match of matches) {
    const { record } = match;
    const pkg = match.package;
    const ownSeverity = match.affected.some((a) => (a.severity ?? []).length > 0);
    let rated = ownSeverity ? undefined : ratedOnce.get(record);
    if (!rated) {
      rated = {
        severity: advisorySeverity(record, match.affected, {
          ...(match.informational ? { informational: match.informational } : {}),
          ...(options.aliasRecords ? { aliasRecords: options.aliasRecords } : {}),
        }),
        summary: advisorySummary(record, pkg.name),
      };
      if (!ownSeverity) ratedOnce.set(record, rated);
    }
    const { severity, summary } = rated;
    findings.push({
      ruleId: record.id,
      level: sarifLevelForSeverity(severity.severity),
      message: findingMessage(match, summary),
      file: pkg.file,
      line: pkg.line,
      severity: severity.severity,
      securitySeverity: severity.score,
      // The same facts as the message, structured, so generate-report can recommend upgrades
      // (the highest fixed version per package) without parsing text. fixedVersion only when one is known.
      properties: {
        package: pkg.name,
        version: pkg.version,
        ecosystem: pkg.ecosystem,
        ...(match.fixedVersion ? { fixedVersion: match.fixedVersion } : {}),
        aliases: orderedAliases(record),
      },
      dependency: {
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...(pkg.direct !== undefined ? { direct: pkg.direct } : {}),
        ...(pkg.dev !== undefined ? { dev: pkg.dev } : {}),
        advisory: record.id,
        aliases: orderedAliases(record),
        summary,
        fixedVersion: match.fixedVersion,
        lastAffected: match.lastAffected,
        ...(match.informational ? { informational: match.informational } : {}),
        severitySource: severity.source,
        ...(severity.from ? { severityFrom: severity.from } : {}),
        matchedBy: match.matchedBy,
      },
    });
    const rule = perRule.get(record.id);
    const label = `${pkg.name} ${pkg.version}`;
    if (!rule) {
      perRule.set(record.id, { record, summary, severity, ecosystems: new Set([pkg.ecosystem]), packages: new Set([label]) });
    } else {
      rule.ecosystems.add(pkg.ecosystem);
      rule.packages.add(label);
      // The rule shows the worst severity among the packages it hit.
      if (severity.score > rule.severity.score) rule.severity = severity;
    }
  }
  const rules: RunRuleInfo[] = [...perRule.values()].map(({ record, summary, severity, ecosystems, packages }) => {
    const properties: Record<string, unknown> = {};
    // GitHub maps security-severity onto critical…low; an informational note stays out of that scale.
    if (severity.severity !== 'note') properties['security-severity'] = severity.score.toFixed(1);
    return {
      id: record.id,
      description: summary,
      help: helpMarkdown(record, summary, [...packages], severity),
      helpUri: advisoryUrl(record.id),
      tags: ['security', 'dependency', ...ecosystems, ...cweTags(record)],
      level: sarifLevelForSeverity(severity.severity),
      properties,
    };
  });
  return { findings, rules };
}

/** Most severe first, then by file, line and advisory, so output is stable run to run. */
export function sortFindings<T extends { severity: Severity; file: string; line: number; ruleId: string }>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
