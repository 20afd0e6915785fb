import { severityRank, type Severity } from '../../../lib/severity';
import type { ReportModel } from '../model';
import type { Item } from './collect-findings';
import type { ReportFacts } from './report-facts';
import type { VulnerablePackage } from './vulnerable-packages';

type Risk = ReportModel['summary']['topRisks'][number];

const RISKY: readonly Severity[] = ['critical', 'high', 'medium'];

/**
 * The few things a lead should hear about first: every leaked secret (a secret is exploitable
 * as soon as someone reads the repository), then per severity from critical to medium the
 * vulnerable packages (one entry per package, not per advisory), the security findings in the
 * code, performance regressions (as high) and the analysis findings. Low and note findings are
 * never a top risk. Within a group, findings keep their sources' order (analysis.json is sorted
 * by file, security.sarif by severity), so the list is stable from run to run.
 */
export function topRisks(facts: ReportFacts, packages: readonly VulnerablePackage[], limit: number): Risk[] {
  const risks: Risk[] = [];
  const full = () => risks.length >= limit;
  const secrets = [...facts.secrets].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const s of secrets) {
    if (full()) return risks;
    risks.push({ severity: s.severity, title: `Secret in ${place(s)}`, detail: `${s.message} (${s.tool} ${s.ruleId})` });
  }
  // One pass per severity at most, and none once the list is full: 50,000 findings are never sorted here.
  for (const severity of RISKY) {
    for (const p of packages) {
      if (full()) return risks;
      if (p.severity === severity) risks.push(packageRisk(p));
    }
    for (const i of facts.security) {
      if (full()) return risks;
      if (i.severity === severity && i.kind === 'code') risks.push(findingRisk(i));
    }
    if (severity === 'high') {
      for (const b of facts.regressions) {
        if (full()) return risks;
        risks.push({
          severity: 'high',
          title: `Performance regression: ${b.name}`,
          detail: `${b.name} is ${b.comparison?.ratio !== undefined ? `×${b.comparison.ratio.toFixed(2)} ` : ''}slower than its baseline (verdict: regressed).`,
        });
      }
    }
    for (const i of facts.analysis) {
      if (full()) return risks;
      if (i.severity === severity) risks.push(findingRisk(i));
    }
  }
  return risks;
}

function packageRisk(p: VulnerablePackage): Risk {
  const ids = p.advisories.map((a) => (a.aliases[0] && !a.id.startsWith('CVE-') ? `${a.id} (${a.aliases[0]})` : a.id));
  const fix = p.fixedVersion ? ` Upgrade to ${p.fixedVersion}.` : ' No fixed version is known.';
  return {
    severity: p.severity,
    title: `Vulnerable dependency: ${p.package} ${p.versions.join(', ')}${p.ecosystem ? ` (${p.ecosystem})` : ''}`,
    detail: `${p.advisories.length === 1 ? 'Advisory' : `${p.advisories.length} advisories`}: ${ids.join(', ')}, in ${p.files.join(', ')}.${fix}`,
  };
}

function findingRisk(i: Item): Risk {
  return { severity: i.severity, title: `${i.ruleId} (${i.tool}) in ${place(i)}`, detail: i.message };
}

function place(i: Item): string {
  return i.file ? `${i.file}${i.line ? `:${i.line}` : ''}` : 'the project';
}
