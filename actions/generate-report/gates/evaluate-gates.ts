import { ConfigurationError } from '../../../lib/errors';
import { SEVERITIES, severityRank } from '../../../lib/severity';
import { LETTERS } from '../grade/grading-rules';
import type { ReportModel } from '../model';
import type { ReportFacts } from '../model-build/report-facts';
import type { Gate, Metric } from './parse-gate';

/** What the gates are evaluated against. */
export interface GateContext {
  facts: ReportFacts;
  grade: ReportModel['grade'];
  /** performance.json was there (regressions are only known with it). */
  hasPerformance: boolean;
}

export type GateResult = ReportModel['gates'][number];

/**
 * A measured value, or why there is none. A gate whose value is unknown (no coverage data, no
 * benchmarks) fails and says so: a gate must never pass on data that was not there.
 */
type Measured = { value: number; text: string } | { missing: string };

export function evaluateGates(gates: readonly Gate[], context: GateContext): GateResult[] {
  return gates.map((gate) => {
    const measured = measure(gate, context);
    if ('missing' in measured) return { name: gate.name, expression: gate.expression, actual: measured.missing, passed: false };
    return { name: gate.name, expression: gate.expression, actual: measured.text, passed: compare(measured.value, gate) };
  });
}

function compare(actual: number, gate: Gate): boolean {
  // Percentages are shown with two decimals; compare what is shown, so "95.00% ≥ 95" never fails on 94.9999.
  const a = Math.round(actual * 100) / 100;
  const v = gate.value;
  switch (gate.operator) {
    case '>=':
      return a >= v;
    case '<=':
      return a <= v;
    case '>':
      return a > v;
    case '<':
      return a < v;
    case '==':
      return a === v;
    case '!=':
      return a !== v;
  }
}

const count = (n: number) => ({ value: n, text: String(n) });

function measure(gate: Gate, { facts, grade, hasPerformance }: GateContext): Measured {
  const metric: Metric = gate.metric;
  switch (metric.kind) {
    case 'coverage': {
      if (!metric.glob) {
        if (!facts.coverage) return { missing: 'not measured (analysis.json has no coverage)' };
        return { value: facts.coverage.percent, text: `${facts.coverage.percent}%` };
      }
      let covered = 0;
      let total = 0;
      let files = 0;
      for (const f of facts.fileCoverage) {
        if (!metric.glob.regex.test(f.path)) continue;
        covered += f.linesCovered;
        total += f.linesTotal;
        files++;
      }
      if (total === 0) return { missing: `not measured: no file matching ${metric.glob.pattern} has coverage data` };
      const percent = Math.round((covered / total) * 10000) / 100;
      return { value: percent, text: `${percent}% (${covered} of ${total} lines in ${files} file${files === 1 ? '' : 's'})` };
    }
    case 'complexity': {
      const fns = metric.glob ? facts.functions.filter((f) => metric.glob!.regex.test(f.file)) : facts.functions;
      if (fns.length === 0) return { missing: metric.glob ? `not measured: no function in files matching ${metric.glob.pattern}` : 'not measured (analysis.json has no functions)' };
      const top = fns.reduce((a, b) => (b.complexity > a.complexity ? b : a));
      return { value: top.complexity, text: `${top.complexity} (${top.name}, ${top.file}:${top.line})` };
    }
    case 'findings': {
      const f = metric.filter;
      const all = [facts.analysis, facts.security];
      switch (f.by) {
        case 'all':
          return count(facts.analysis.length + facts.security.length);
        case 'severity': {
          let n = 0;
          for (const s of SEVERITIES) {
            if (s === f.severity || (f.orAbove && severityRank(s) > severityRank(f.severity))) n += facts.lint[s] + facts.securityBySeverity[s];
          }
          return count(n);
        }
        case 'level':
          return count(facts.levels[f.level]);
        case 'tool': {
          const wanted = f.tool.toLowerCase();
          const known = facts.byTool.filter((t) => t.tool.toLowerCase() === wanted);
          if (known.length === 0) {
            throw new ConfigurationError(
              `Quality gate "${gate.expression}" (line ${gate.line}): no tool named "${f.tool}" is in this report; the tools are ${facts.byTool.map((t) => t.tool).join(', ')}.`,
            );
          }
          let n = 0;
          for (const list of all) for (const i of list) if (i.tool.toLowerCase() === wanted) n++;
          return count(n);
        }
      }
      break;
    }
    case 'vulnerabilities': {
      let n = 0;
      for (const s of SEVERITIES) {
        if (metric.severity === undefined || s === metric.severity || (metric.orAbove && severityRank(s) > severityRank(metric.severity))) n += facts.vulnerabilities[s];
      }
      return count(n);
    }
    case 'secrets':
      return count(facts.secrets.length);
    case 'regressions':
      if (!hasPerformance) return { missing: 'not measured (there is no performance.json)' };
      return count(facts.regressions.length);
    case 'failed-tools':
      return count(facts.failedTools.length);
    case 'score':
      return count(grade.score);
    case 'grade':
      return { value: LETTERS.length - LETTERS.findIndex((l) => l.letter === grade.letter), text: `${grade.letter} (${grade.score})` };
  }
}
