import * as path from 'node:path';
import type { Logger } from '../../lib/action/logger';
import { compareSeverity } from '../../lib/severity';
import type { Finding } from './model';

export interface AnnotateOptions {
  findings: readonly Finding[];
  /** Project root and workspace: annotations name files relative to the workspace, as GitHub expects. */
  root: string;
  workspace: string;
  max: number;
  log: Logger;
}

/**
 * Annotations for the most severe findings, capped so the log stays readable (GitHub shows only
 * a handful per step anyway); the rest are in the SARIF and the summary. Returns how many were
 * left out.
 */
export function annotate(o: AnnotateOptions): number {
  const sorted = [...o.findings].sort((a, b) => compareSeverity(a.severity, b.severity) || a.file.localeCompare(b.file) || a.line - b.line);
  const shown = sorted.slice(0, o.max);
  for (const f of shown) {
    const file = path.relative(o.workspace, path.join(o.root, f.file)).split(path.sep).join('/');
    const where = {
      title: `${f.tool} ${f.ruleId}`,
      file,
      startLine: f.line,
      ...(f.endLine ? { endLine: f.endLine } : {}),
      // GitHub ignores columns on multi-line annotations; give them only on one line.
      ...(f.column && (!f.endLine || f.endLine === f.line) ? { startColumn: f.column, ...(f.endColumn ? { endColumn: f.endColumn } : {}) } : {}),
    };
    if (f.level === 'error') o.log.error(f.message, where);
    else if (f.level === 'warning') o.log.warning(f.message, where);
    else o.log.notice(f.message, where);
  }
  return sorted.length - shown.length;
}
