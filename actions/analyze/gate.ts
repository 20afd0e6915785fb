import { meetsThreshold } from '../../lib/severity';
import type { FailOn } from './inputs';
import type { Finding } from './model';

/** The findings that make the step fail under `fail-on`. */
export function findingsOverThreshold(findings: readonly Finding[], failOn: FailOn): Finding[] {
  switch (failOn) {
    case 'none':
      return [];
    case 'error':
      return findings.filter((f) => f.level === 'error');
    case 'warning':
      return findings.filter((f) => f.level === 'error' || f.level === 'warning');
    default:
      return findings.filter((f) => meetsThreshold(f.severity, failOn));
  }
}
