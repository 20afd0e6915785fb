import type { Logger } from '../../lib/action/logger';
import { runTasks, type TaskResult } from '../../lib/tasks/run-tasks';
import type { AnalysisContext, ToolAdapter, ToolOutput } from './model';

export { formatSeconds, type ToolStatus } from '../../lib/tasks/run-tasks';
export type ToolResult = TaskResult<ToolOutput>;

export interface RunToolsOptions {
  adapters: readonly ToolAdapter[];
  context: Omit<AnalysisContext, 'signal'>;
  timeoutMs: number;
  log: Logger;
  graceMs?: number;
  concurrency?: number;
}

/** analyze's linters through the suite's task runner (parallel, per-tool timeout, failures kept apart). */
export function runTools(options: RunToolsOptions): Promise<ToolResult[]> {
  const { adapters, ...rest } = options;
  return runTasks<Omit<AnalysisContext, 'signal'>, ToolOutput>({
    ...rest,
    tasks: adapters,
    describe: (o) => `${o.version} ${o.functions ? `${o.functions.length} functions measured` : `${o.findings.length} findings`}`,
  });
}
