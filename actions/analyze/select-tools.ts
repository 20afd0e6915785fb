import { ConfigurationError } from '../../lib/errors';
import type { ToolSelection } from './inputs';
import type { Language, ToolAdapter } from './model';

export interface ToolPlan {
  run: ToolAdapter[];
  /** Tools that do not run, with the reason (shown in the summary, never silently dropped). */
  notRun: { name: string; reason: string }[];
}

/**
 * Which tools run: those for the languages present, narrowed by the `tools` input. A tool the
 * user names explicitly for a language that is absent is reported as not run, with the reason.
 */
export function planTools(registry: readonly ToolAdapter[], languages: readonly Language[], selection: ToolSelection): ToolPlan {
  validateToolNames(registry, selection);
  const plan: ToolPlan = { run: [], notRun: [] };
  for (const adapter of registry) {
    if (selection.only.length > 0 && !selection.only.includes(adapter.name)) continue;
    if (selection.drop.includes(adapter.name)) {
      plan.notRun.push({ name: adapter.name, reason: 'dropped by the tools input' });
      continue;
    }
    if (!adapter.languages.some((l) => languages.includes(l))) {
      if (selection.only.includes(adapter.name)) plan.notRun.push({ name: adapter.name, reason: `no ${adapter.languages.join(' or ')} files to analyze` });
      continue;
    }
    plan.run.push(adapter);
  }
  return plan;
}

/** Unknown names in the `tools` input are a mistake to report before any work starts. */
export function validateToolNames(registry: readonly ToolAdapter[], selection: ToolSelection): void {
  const known = registry.map((a) => a.name);
  for (const name of [...selection.only, ...selection.drop]) {
    if (!known.includes(name)) throw new ConfigurationError(`input "tools" names "${name}", which is not a tool of analyze; known tools: ${known.join(', ')}.`);
  }
}
