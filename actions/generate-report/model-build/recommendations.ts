import { severityRank, type Severity } from '../../../lib/severity';
import type { ReportModel } from '../model';
import type { NotesFrontMatter } from '../sources/documents';
import { ruleKey, type Item } from './collect-findings';
import type { ReportLimits, ReportThresholds } from './limits';
import type { ReportFacts } from './report-facts';
import type { VulnerablePackage } from './vulnerable-packages';

type Recommendation = ReportModel['recommendations'][number];
type Kind = Recommendation['kind'];

/**
 * What to do, derived from the findings, most urgent first:
 *
 * - secret: revoke each leaked secret (critical);
 * - upgrade: one per vulnerable package, to the highest fixed version any of its advisories
 *   needs (so one upgrade clears them all), at the package's worst severity;
 * - gate: each quality gate that failed (high);
 * - performance: each regression (high), each benchmark that grows faster than n log n (low);
 * - complexity: the most complex functions (≥ thresholds.complexity) with coverage below
 *   thresholds.lowCoverage or not measured (high at 20 and above when untested, else medium);
 * - rule: the rules with the most findings (two or more), with their tool and count, at their
 *   worst finding's severity capped at medium (a rule to clean up is not an emergency);
 * - note: tools that failed (medium) and the reviewer's own recommendations from notes.md.
 *
 * Sorted by priority, then in the order above; capped at limits.recommendations.
 */
export function recommendations(
  facts: ReportFacts,
  packages: readonly VulnerablePackage[],
  gates: ReportModel['gates'],
  notes: NotesFrontMatter | undefined,
  limits: ReportLimits,
  thresholds: ReportThresholds,
): { items: Recommendation[]; omitted: number } {
  const out: Recommendation[] = [];
  const add = (priority: Severity, kind: Kind, title: string, detail: string) => out.push({ priority, kind, title, detail });

  for (const s of facts.secrets) {
    add(
      'critical',
      'secret',
      `Revoke the secret in ${s.file ?? 'the project'}${s.line ? `:${s.line}` : ''}`,
      `${s.message}${/revoke|rotate/i.test(s.message) ? '' : ' Revoke or rotate it with its provider first, then remove it from the code; it stays in the git history until that is rewritten.'} (${s.tool} rule ${s.ruleId})`,
    );
  }

  for (const p of packages) add(p.severity, 'upgrade', ...upgrade(p));

  for (const g of gates) {
    if (!g.passed) add('high', 'gate', `Meet the quality gate "${g.name}"`, `The gate \`${g.expression}\` failed: the value is ${g.actual}.`);
  }

  for (const b of facts.regressions) {
    const c = b.comparison!;
    const ratio = c.ratio !== undefined ? ` ×${c.ratio.toFixed(2)}` : '';
    const interval = c.confidenceInterval?.length === 2 ? ` (confidence interval ×${c.confidenceInterval[0]!.toFixed(2)}–×${c.confidenceInterval[1]!.toFixed(2)})` : '';
    add('high', 'performance', `Investigate the regression of ${b.name}`, `${b.name} is${ratio} against its baseline${interval}; find the change that slowed it down before it ships.`);
  }
  for (const b of facts.benchmarks) {
    const cls = b.complexity?.time?.class;
    if (cls && SUPERLINEAR.has(cls)) {
      add('low', 'performance', `Check how ${b.name} scales`, `Its time grows as ${cls} with the input size; at larger inputs it will dominate. Look for a nested loop or repeated scan that a map or sort would remove.`);
    }
  }

  const complex = facts.functions
    .filter((f) => f.complexity >= thresholds.complexity && (f.coverage === undefined || f.coverage < thresholds.lowCoverage))
    .sort((a, b) => b.complexity - a.complexity || (a.coverage ?? -1) - (b.coverage ?? -1) || a.file.localeCompare(b.file))
    .slice(0, limits.complexFunctions);
  for (const f of complex) {
    const untested = f.coverage === undefined || f.coverage === 0;
    const covered = f.coverage === undefined ? 'coverage not measured' : f.coverage === 0 ? 'not covered by tests' : `${f.coverage}% covered`;
    const sentence = f.coverage === undefined ? 'its coverage was not measured' : f.coverage === 0 ? 'no test runs it' : `tests run ${f.coverage}% of its lines`;
    add(
      untested && f.complexity >= 20 ? 'high' : 'medium',
      'complexity',
      `Add tests for ${f.name} (complexity ${f.complexity}, ${covered})`,
      `${f.file}:${f.line}: ${f.name} has a cyclomatic complexity of ${f.complexity} and ${sentence}. Cover its branches with tests, then consider splitting it.`,
    );
  }

  for (const r of topRules(facts, limits.rules)) {
    const info = facts.rules.get(ruleKey(r.tool, r.ruleId));
    const files = r.files.size;
    const about = info?.description ? ` ("${info.description.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}")` : '';
    const docs = info?.helpUri ? ` Documentation: ${info.helpUri}` : '';
    add(
      severityRank(r.severity) > severityRank('medium') ? 'medium' : r.severity,
      'rule',
      `Address ${r.tool} rule ${r.ruleId} (${r.count} findings)`,
      `${r.tool} reports ${r.ruleId}${about} ${r.count} times in ${files} file${files === 1 ? '' : 's'}. Fixing the pattern once (or a codemod) clears them together.${docs}`,
    );
  }

  for (const t of facts.failedTools) {
    add('medium', 'note', `Make ${t.name} run again`, `${t.name} (${t.source}) ${t.status === 'timed-out' ? 'timed out' : 'failed'}${t.reason ? `: ${t.reason}` : ''}. Its findings are missing from this report.`);
  }
  for (const r of notes?.recommendations ?? []) add(r.priority ?? 'medium', 'note', r.title, r.detail ?? '');

  const order: Kind[] = ['secret', 'upgrade', 'gate', 'performance', 'complexity', 'rule', 'note'];
  // Array.prototype.sort is stable: within a priority and kind the order above holds.
  out.sort((a, b) => severityRank(b.priority) - severityRank(a.priority) || order.indexOf(a.kind) - order.indexOf(b.kind));
  const items = out.slice(0, limits.recommendations);
  return { items, omitted: out.length - items.length };
}

const SUPERLINEAR = new Set(['O(n^2)', 'O(n^3)', 'O(2^n)']);

function upgrade(p: VulnerablePackage): [string, string] {
  const installed = `${p.package} ${p.versions.join(', ')}${p.ecosystem ? ` (${p.ecosystem})` : ''}`;
  const advisories = p.advisories.map((a) => (a.aliases.length > 0 ? `${a.id} (${a.aliases.join(', ')})` : a.id)).join(', ');
  const where = p.files.length > 0 ? ` in ${p.files.join(', ')}` : '';
  const affected = `${installed}${where} is affected by ${p.advisories.length === 1 ? '' : `${p.advisories.length} advisories: `}${advisories}.`;
  if (!p.fixedVersion) {
    return [`Replace or mitigate ${p.package}`, `${affected} No fixed version is known; replace the package or limit its exposure until one is released.`];
  }
  const fixes = p.advisories.length === 1 ? 'fixes it' : p.unfixed.length === 0 ? 'fixes all of them' : `fixes all but ${p.unfixed.join(', ')}, for which no fixed version is known`;
  return [`Upgrade ${p.package} to ${p.fixedVersion}`, `${affected} ${p.fixedVersion} ${fixes}.`];
}

interface RuleCount {
  tool: string;
  ruleId: string;
  count: number;
  severity: Severity;
  files: Set<string>;
}

/** Rules (lint and code weaknesses, not advisories or secrets) with two or more findings, most first. */
function topRules(facts: ReportFacts, limit: number): RuleCount[] {
  // Counted per tool, then per rule (no key string per finding); the files are gathered in a
  // second pass for the few rules that make the list only.
  const byTool = new Map<string, Map<string, RuleCount>>();
  const tally = (i: Item) => {
    let rules = byTool.get(i.tool);
    if (!rules) byTool.set(i.tool, (rules = new Map()));
    const r = rules.get(i.ruleId);
    if (!r) rules.set(i.ruleId, { tool: i.tool, ruleId: i.ruleId, count: 1, severity: i.severity, files: new Set() });
    else {
      r.count++;
      if (severityRank(i.severity) > severityRank(r.severity)) r.severity = i.severity;
    }
  };
  for (const i of facts.analysis) tally(i);
  for (const i of facts.security) if (i.kind === 'code') tally(i);
  const top = [...byTool.values()]
    .flatMap((rules) => [...rules.values()])
    .filter((r) => r.count >= 2)
    .sort((a, b) => b.count - a.count || severityRank(b.severity) - severityRank(a.severity) || compareText(a.tool, b.tool) || compareText(a.ruleId, b.ruleId))
    .slice(0, limit);
  const chosen = new Set(top);
  const collect = (i: Item) => {
    const r = byTool.get(i.tool)?.get(i.ruleId);
    if (r && chosen.has(r) && i.file) r.files.add(i.file);
  };
  for (const i of facts.analysis) collect(i);
  for (const i of facts.security) if (i.kind === 'code') collect(i);
  return top;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
