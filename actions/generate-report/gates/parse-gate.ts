import { ConfigurationError } from '../../../lib/errors';
import { isSeverity, SEVERITIES, type Severity } from '../../../lib/severity';
import { letterRank } from '../grade/compute-grade';
import { globMatcher } from './path-glob';
import { editDistance as distance } from '../../../lib/edit-distance';

/**
 * Quality gates: one per line, a small expression language (docs/quality-gates.md).
 *
 *   gate     = [ name ":" ] metric [ "[" argument "]" ] operator value
 *   operator = ">=" | "<=" | ">" | "<" | "==" | "=" | "!="
 *   value    = number [ "%" ]   |   a grade letter (A+ … F), for `grade` only
 *
 * Blank lines and lines starting with # are skipped. Metrics (METRICS below): coverage and
 * coverage[glob], complexity and complexity[glob], findings and findings[filter],
 * vulnerabilities[severity] and critical-/high-/medium-/low-vulnerabilities, secrets,
 * regressions, failed-tools, score, grade. Every mistake is a ConfigurationError naming the gate,
 * its line and what is wrong, raised before anything is evaluated.
 */

export type Operator = '>=' | '<=' | '>' | '<' | '==' | '!=';

export type FindingsFilter =
  | { by: 'all' }
  | { by: 'severity'; severity: Severity; orAbove: boolean }
  | { by: 'level'; level: 'error' | 'warning' | 'note' | 'none' }
  | { by: 'tool'; tool: string };

export type Metric =
  | { kind: 'coverage'; glob?: { pattern: string; regex: RegExp } }
  | { kind: 'complexity'; glob?: { pattern: string; regex: RegExp } }
  | { kind: 'findings'; filter: FindingsFilter }
  | { kind: 'vulnerabilities'; severity?: Severity; orAbove: boolean }
  | { kind: 'secrets' | 'regressions' | 'failed-tools' | 'score' }
  | { kind: 'grade' };

export interface Gate {
  name: string;
  /** The expression as written (without the name). */
  expression: string;
  /** 1-based line among the gate lines given. */
  line: number;
  metric: Metric;
  operator: Operator;
  /** A number, or for `grade` the letter's rank (higher is better). */
  value: number;
  /** The value as written, for names and messages. */
  valueText: string;
}

interface MetricSpec {
  /** How it reads in a gate's default name. */
  label: string;
  argument: 'none' | 'optional' | 'required';
  /** What the argument is, for messages. */
  argumentHelp?: string;
  value: 'number' | 'percent' | 'grade';
  build(argument: string | undefined, fail: (what: string) => ConfigurationError): Metric;
}

const globArgument = (kind: 'coverage' | 'complexity') => (argument: string | undefined, fail: (what: string) => ConfigurationError): Metric => {
  if (argument === undefined) return { kind };
  const regex = globMatcher(argument);
  if (typeof regex === 'string') throw fail(`the path pattern [${argument}]: ${regex}`);
  return { kind, glob: { pattern: argument.trim(), regex } };
};

const severityArgument = (argument: string | undefined, fail: (what: string) => ConfigurationError): { severity?: Severity; orAbove: boolean } => {
  if (argument === undefined) return { orAbove: false };
  const text = argument.trim().toLowerCase();
  const orAbove = text.endsWith('+');
  const name = orAbove ? text.slice(0, -1) : text;
  if (!isSeverity(name)) throw fail(`"${argument}" is not a severity (${SEVERITIES.join(', ')}; add + for "or above", as in high+)`);
  return { severity: name, orAbove };
};

const vulnerabilities = (severity: Severity): MetricSpec => ({
  label: `${severity[0]!.toUpperCase()}${severity.slice(1)} vulnerabilities`,
  argument: 'none',
  value: 'number',
  build: () => ({ kind: 'vulnerabilities', severity, orAbove: false }),
});

const simple = (kind: 'secrets' | 'regressions' | 'failed-tools' | 'score', label: string): MetricSpec => ({
  label,
  argument: 'none',
  value: 'number',
  build: () => ({ kind }),
});

export const METRICS: Record<string, MetricSpec> = {
  coverage: { label: 'Line coverage', argument: 'optional', argumentHelp: 'a path pattern such as api/**', value: 'percent', build: globArgument('coverage') },
  complexity: { label: 'Highest cyclomatic complexity', argument: 'optional', argumentHelp: 'a path pattern such as api/**', value: 'number', build: globArgument('complexity') },
  findings: {
    label: 'Findings',
    argument: 'optional',
    argumentHelp: 'a severity (high, or high+ for high and above), a level (error, warning, level=note) or a tool (eslint, tool=eslint)',
    value: 'number',
    build: (argument, fail) => ({ kind: 'findings', filter: findingsFilter(argument, fail) }),
  },
  vulnerabilities: {
    label: 'Vulnerabilities',
    argument: 'optional',
    argumentHelp: 'a severity, with + for "or above"',
    value: 'number',
    build: (argument, fail) => ({ kind: 'vulnerabilities', ...severityArgument(argument, fail) }),
  },
  'critical-vulnerabilities': vulnerabilities('critical'),
  'high-vulnerabilities': vulnerabilities('high'),
  'medium-vulnerabilities': vulnerabilities('medium'),
  'low-vulnerabilities': vulnerabilities('low'),
  secrets: simple('secrets', 'Secrets'),
  regressions: simple('regressions', 'Performance regressions'),
  'failed-tools': simple('failed-tools', 'Failed tools'),
  score: simple('score', 'Score'),
  grade: { label: 'Grade', argument: 'none', value: 'grade', build: () => ({ kind: 'grade' }) },
};

function findingsFilter(argument: string | undefined, fail: (what: string) => ConfigurationError): FindingsFilter {
  if (argument === undefined) return { by: 'all' };
  const text = argument.trim();
  const eq = /^(severity|level|tool)\s*=\s*(.+)$/i.exec(text);
  const key = eq?.[1]?.toLowerCase();
  const value = (eq ? eq[2]! : text).trim();
  if (value === '') throw fail(`findings[${argument}] names nothing`);
  // Bare words: a severity first (so "note" is the severity), then a level, then a tool.
  // A trailing + only means "or above" after a severity.
  if (key === 'severity' || (!key && (isSeverity(value.replace(/\+$/, '').toLowerCase()) || value.endsWith('+')))) {
    const { severity, orAbove } = severityArgument(value, fail);
    return { by: 'severity', severity: severity!, orAbove };
  }
  const level = value.toLowerCase();
  if (key === 'level' || (!key && (level === 'error' || level === 'warning'))) {
    if (level !== 'error' && level !== 'warning' && level !== 'note' && level !== 'none') throw fail(`"${value}" is not a SARIF level (error, warning, note, none)`);
    return { by: 'level', level };
  }
  return { by: 'tool', tool: value };
}

const OPERATORS: readonly string[] = ['>=', '<=', '==', '!=', '>', '<', '='];
const NAMED = /^([^:[\]<>=!#]+?)\s*:\s+(.+)$/;

/** Parses the gate lines; blank and # lines are skipped. All problems are reported at once. */
export function parseGates(lines: readonly string[]): Gate[] {
  const gates: Gate[] = [];
  const problems: string[] = [];
  const all = lines.flatMap((l) => l.split(/\r?\n/));
  all.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    try {
      gates.push(parseGate(text, index + 1));
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      problems.push(err.message);
    }
  });
  if (problems.length === 1) throw new ConfigurationError(problems[0]!);
  if (problems.length > 1) throw new ConfigurationError(`${problems.length} quality gates are invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return gates;
}

export function parseGate(text: string, line = 1): Gate {
  const named = NAMED.exec(text);
  const expression = (named ? named[2]! : text).trim();
  const fail = (what: string) =>
    new ConfigurationError(`Quality gate "${text}" (line ${line}): ${what}. ${SYNTAX_HINT}`);

  const m = /^([A-Za-z][A-Za-z-]*)\s*/.exec(expression);
  if (!m) throw fail('it must start with a metric name');
  const metricName = m[1]!.toLowerCase();
  const spec = METRICS[metricName];
  if (!spec) throw fail(`unknown metric "${m[1]}"${suggest(metricName)}; the metrics are ${Object.keys(METRICS).join(', ')}`);
  let rest = expression.slice(m[0].length);

  let argument: string | undefined;
  if (rest.startsWith('[')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '[') depth++;
      else if (rest[i] === ']' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) throw fail(`the [ after ${metricName} is never closed with ]`);
    argument = rest.slice(1, end);
    rest = rest.slice(end + 1).trimStart();
    if (spec.argument === 'none') throw fail(`${metricName} takes no [argument]`);
    if (argument.trim() === '') throw fail(`${metricName}[] is empty; give ${spec.argumentHelp}`);
  } else if (spec.argument === 'required') throw fail(`${metricName} needs [${spec.argumentHelp}]`);

  const token = /^[<>=!]+/.exec(rest)?.[0];
  const operator = token !== undefined && OPERATORS.includes(token) ? token : undefined;
  if (!operator) {
    const found = rest === '' ? 'nothing' : `"${token ?? rest.split(/\s+/)[0]}"`;
    throw fail(`expected a comparison (>=, <=, >, <, ==, !=) after ${metricName}${argument !== undefined ? `[${argument}]` : ''}, found ${found}`);
  }
  rest = rest.slice(operator.length).trim();
  if (rest === '') throw fail(`expected a value after ${operator}`);
  const valueMatch = /^(\S+)\s*(.*)$/.exec(rest)!;
  const valueText = valueMatch[1]!;
  if (valueMatch[2] !== '') throw fail(`unexpected "${valueMatch[2]}" after the value ${valueText}; write one comparison per line`);

  let value: number;
  if (spec.value === 'grade') {
    const rank = letterRank(valueText);
    if (rank === undefined) throw fail(`grade compares with a letter (A+, A, A-, B+, … D-, F), not "${valueText}"`);
    value = rank;
  } else {
    const n = /^(\d+(?:\.\d+)?)(%?)$/.exec(valueText);
    if (!n) throw fail(`${metricName} compares with a number${spec.value === 'percent' ? ' (a percentage, 0–100)' : ''}, not "${valueText}"`);
    if (n[2] === '%' && spec.value !== 'percent') throw fail(`${metricName} is a count, not a percentage; leave out the %`);
    value = Number(n[1]);
    if (spec.value === 'percent' && value > 100) throw fail(`${valueText} is not a percentage (0–100)`);
  }

  const metric = spec.build(argument, fail);
  const op = (operator === '=' ? '==' : operator) as Operator;
  return {
    name: named ? named[1]!.trim() : defaultName(spec, metric, op, valueText),
    expression,
    line,
    metric,
    operator: op,
    value,
    valueText,
  };
}

const SYNTAX_HINT = 'A gate reads like `coverage >= 95`, `coverage[api/**] >= 95`, `critical-vulnerabilities == 0` or `grade >= B` (docs/quality-gates.md).';

const SYMBOL: Record<Operator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=', '!=': '≠' };

function defaultName(spec: MetricSpec, metric: Metric, op: Operator, valueText: string): string {
  let label = spec.label;
  if ((metric.kind === 'coverage' || metric.kind === 'complexity') && metric.glob) label += ` of ${metric.glob.pattern}`;
  if (metric.kind === 'findings' && metric.filter.by !== 'all') {
    const f = metric.filter;
    label += f.by === 'severity' ? ` (${f.severity}${f.orAbove ? ' or above' : ''})` : f.by === 'level' ? ` (level ${f.level})` : ` of ${f.tool}`;
  }
  if (metric.kind === 'vulnerabilities' && metric.severity && spec === METRICS.vulnerabilities) label += ` (${metric.severity}${metric.orAbove ? ' or above' : ''})`;
  const value = spec.value === 'percent' && !valueText.endsWith('%') ? `${valueText}%` : valueText.toUpperCase();
  return `${label} ${SYMBOL[op]} ${value}`;
}

function suggest(name: string): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of Object.keys(METRICS)) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // "critical" alone most likely meant the vulnerabilities metric.
  if (!best && isSeverity(name)) best = `${name}-vulnerabilities`;
  return best ? ` (did you mean ${best}?)` : '';
}

