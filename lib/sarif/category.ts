import type { SarifRun } from './types';

/**
 * GitHub's reading of `runs[].automationDetails.id` (docs: "SARIF support for code scanning",
 * runAutomationDetails): the category is everything before the last "/", the run id what follows.
 * "my-analysis/tool1/2022-01-02" and "my-analysis/tool1/" are both category "my-analysis/tool1";
 * an id without "/" is only a run id, in the empty category. GitHub keeps one analysis per tool and
 * category, and since July 2025 refuses an upload holding two runs of one tool and category.
 */
export function categoryOf(automationId: string | undefined): string {
  if (!automationId) return '';
  const slash = automationId.lastIndexOf('/');
  return slash === -1 ? '' : automationId.slice(0, slash);
}

/** The tool as GitHub identifies it in an analysis: the driver's name. */
export function toolNameOf(run: SarifRun): string {
  const name = (run.tool as SarifRun['tool'] | undefined)?.driver?.name;
  return typeof name === 'string' ? name : '';
}

/** The identity under which GitHub keeps a run's analysis: tool name and category. */
export interface RunIdentity {
  tool: string;
  category: string;
}

export function runIdentity(run: SarifRun): RunIdentity {
  return { tool: toolNameOf(run), category: categoryOf(run.automationDetails?.id) };
}

/** One string per identity, for maps. */
export function identityKey(identity: RunIdentity): string {
  return `${identity.tool}\u0000${identity.category}`;
}

/** `"CodeQL" in category "/language:python"`, or `"Semgrep" (no category)`. */
export function describeIdentity(identity: RunIdentity): string {
  return identity.category ? `"${identity.tool}" in category "${identity.category}"` : `"${identity.tool}" (no category)`;
}

/**
 * The automationDetails.id for `category` as the suite writes it: the category with a trailing
 * "/" (no run id), so GitHub reads exactly that category back.
 */
export function automationIdFor(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}
