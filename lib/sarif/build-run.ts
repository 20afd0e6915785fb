import { GITHUB_LIMITS, truncateText } from './github-limits';
import type { SarifNotification, SarifRegion, SarifResult, SarifResultLevel, SarifRule, SarifRun } from './types';
import { SRCROOT } from './types';
import { artifactLocationFor, directoryUri } from './uri';

/** The tool a run reports for. */
export interface RunTool {
  name: string;
  /** The tool's own version string; also written as semanticVersion when it is semver. */
  version?: string;
  informationUri?: string;
}

/**
 * One finding to report. analyze's Finding fits as it is. Lines and columns are 1-based; columns
 * count UTF-16 code units and `endColumn` is the column just after the last character (SARIF's
 * convention); adapters convert their tool's convention before calling.
 */
export interface RunFinding {
  ruleId: string;
  level: SarifResultLevel;
  message: string;
  /** Relative to the root (or absolute). An empty file makes a tool notification instead of a result. */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /**
   * The result's own property bag: structured facts a later stage reads without parsing the
   * message (a dependency finding's package, version and fixed version). Left out when empty.
   */
  properties?: Record<string, unknown>;
}

/** What is known about a rule. analyze's RuleMetadata fits as it is. */
export interface RunRuleInfo {
  id: string;
  /** A readable identifier (SARIF wants it different from id); derived from the id when absent. */
  name?: string;
  /** One sentence. */
  description?: string;
  /** Longer plain-text description; defaults to `description`. */
  fullDescription?: string;
  /** Help, Markdown allowed. */
  help?: string;
  helpUri?: string;
  tags?: readonly string[];
  /** The rule's default level; defaults to the level of its first finding. */
  level?: SarifResultLevel;
  /** Further rule properties, e.g. `security-severity` or `precision`. */
  properties?: Record<string, unknown>;
}

export interface BuildToolRunOptions {
  tool: RunTool;
  findings: readonly RunFinding[];
  rules?: readonly RunRuleInfo[];
  /** The folder the findings' files are relative to; becomes %SRCROOT%. */
  root: string;
  /** Written as automationDetails.id `<category>/`: GitHub keeps one analysis per tool and category. */
  category?: string;
}

// semver 2.0.0's own grammar (semver.org), which SARIF requires of semanticVersion.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

// Characters RFC 3986 never allows unencoded in a URI.
const NOT_IN_URI = /[\s<>"{}|\\^`\u0080-\uffff]/u;

/**
 * An absolute URI for helpUri / informationUri, which the schema requires to be one: kept as
 * given when it is valid, re-encoded by the URL parser when it only has stray characters
 * (spaces), dropped when it is not a URI at all (a bad link must not make the upload fail).
 */
function absoluteUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return NOT_IN_URI.test(value) ? url.href : value;
}

/** `no-unused-vars` → `NoUnusedVars`, `clippy::len_zero` → `ClippyLenZero`. */
function nameFromId(id: string): string | undefined {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  return name || undefined;
}

// SARIF1001: a name equal to the id (compared without case, as sarif-multitool does) must be left out.
function sameIdentifier(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function positiveInteger(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/**
 * SARIF's region from a finding. A line below 1 (tools use 0 for "the whole file") becomes line
 * 1 without columns, since GitHub needs a start line to place the alert. End positions that
 * would make the region inconsistent (ending before it starts) are dropped rather than guessed.
 */
function regionOf(finding: RunFinding): SarifRegion {
  const startLine = positiveInteger(finding.line);
  if (startLine === undefined) return { startLine: 1 };
  const region: SarifRegion = { startLine };
  const startColumn = positiveInteger(finding.column);
  if (startColumn !== undefined) region.startColumn = startColumn;
  let endLine = positiveInteger(finding.endLine);
  if (endLine !== undefined && endLine < startLine) endLine = undefined;
  if (endLine !== undefined) region.endLine = endLine;
  const endColumn = positiveInteger(finding.endColumn);
  // An end column only means something after a start column, and may not precede it on one line.
  if (endColumn !== undefined && startColumn !== undefined && ((endLine !== undefined && endLine > startLine) || endColumn >= startColumn)) {
    region.endColumn = endColumn;
  }
  return region;
}

function ruleDescriptor(info: RunRuleInfo, toolName: string, defaultLevel: SarifResultLevel): SarifRule {
  const short = info.description?.trim() || `${toolName} rule ${info.id}`;
  const full = info.fullDescription?.trim() || short;
  const helpBody = info.help?.trim() || info.description?.trim() || `${toolName} reported this finding under its rule ${info.id}; it gave no further description.`;
  const rule: SarifRule = { id: info.id };
  const name = info.name?.trim() || nameFromId(info.id);
  if (name && !sameIdentifier(name, info.id)) rule.name = truncateText(name, GITHUB_LIMITS.ruleNameChars);
  rule.shortDescription = { text: truncateText(short, GITHUB_LIMITS.ruleDescriptionChars) };
  rule.fullDescription = { text: truncateText(full, GITHUB_LIMITS.ruleDescriptionChars) };
  const helpUri = absoluteUri(info.helpUri);
  rule.help = {
    text: helpUri ? `${helpBody}\n\nDocumentation: ${helpUri}` : helpBody,
    markdown: helpUri ? `${helpBody}\n\n[Documentation](${helpUri})` : helpBody,
  };
  if (helpUri) rule.helpUri = helpUri;
  rule.defaultConfiguration = { level: info.level ?? defaultLevel };
  const tags = [...new Set((info.tags ?? []).map((t) => t.trim()).filter(Boolean))].slice(0, GITHUB_LIMITS.tagsPerRule);
  const properties: Record<string, unknown> = { ...info.properties };
  if (tags.length > 0) properties.tags = tags;
  if (Object.keys(properties).length > 0) rule.properties = properties;
  return rule;
}

/**
 * One SARIF run for one tool's output, in the shape GitHub code scanning reads: rule metadata with
 * help for every rule a finding uses (also those the tool described nowhere), results with URIs
 * relative to `root` under %SRCROOT%, and the category as automationDetails.id. Fingerprints are
 * added separately (addFingerprints), once the whole log is assembled.
 */
export function buildToolRun(options: BuildToolRunOptions): SarifRun {
  const { tool, findings, root } = options;

  const firstLevel = new Map<string, SarifResultLevel>();
  for (const f of findings) if (!firstLevel.has(f.ruleId)) firstLevel.set(f.ruleId, f.level);

  const infos = new Map<string, RunRuleInfo>();
  for (const info of options.rules ?? []) if (!infos.has(info.id)) infos.set(info.id, info);
  for (const id of firstLevel.keys()) if (!infos.has(id)) infos.set(id, { id });

  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  for (const info of infos.values()) {
    ruleIndex.set(info.id, rules.length);
    rules.push(ruleDescriptor(info, tool.name, firstLevel.get(info.id) ?? 'warning'));
  }

  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const f of findings) {
    const text = f.message.trim() || f.ruleId;
    const artifactLocation = artifactLocationFor(f.file, root);
    if (!artifactLocation) {
      // About the run, not a file (a broken config, a crashed check): SARIF's place for that is a
      // tool notification; GitHub would reject a result without a location.
      notifications.push({ level: f.level, message: { text }, descriptor: { id: f.ruleId } });
      continue;
    }
    const result: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId)!,
      level: f.level,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation, region: regionOf(f) } }],
    };
    if (f.properties && Object.keys(f.properties).length > 0) result.properties = { ...f.properties };
    results.push(result);
  }

  const driver: SarifRun['tool']['driver'] = { name: tool.name };
  if (tool.version) {
    driver.version = tool.version;
    if (SEMVER.test(tool.version)) driver.semanticVersion = tool.version;
  }
  const informationUri = absoluteUri(tool.informationUri);
  if (informationUri) driver.informationUri = informationUri;
  driver.rules = rules;

  const run: SarifRun = { tool: { driver } };
  if (options.category) {
    run.automationDetails = { id: options.category.endsWith('/') ? options.category : `${options.category}/` };
  }
  run.originalUriBaseIds = { [SRCROOT]: { uri: directoryUri(root) } };
  if (notifications.length > 0) run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  run.results = results;
  run.columnKind = 'utf16CodeUnits';
  return run;
}
