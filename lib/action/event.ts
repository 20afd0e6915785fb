import { readFile } from 'node:fs/promises';

/** The webhook event that started the run, as the runner describes it. */
export interface EventContext {
  /** GITHUB_EVENT_NAME, e.g. "pull_request". */
  name: string;
  /** The parsed event payload. */
  payload: unknown;
}

/** Reads the event the runner describes in GITHUB_EVENT_NAME and GITHUB_EVENT_PATH. */
export async function readEvent(env: Readonly<Record<string, string | undefined>>): Promise<EventContext> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!env.GITHUB_EVENT_PATH) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as unknown };
  } catch {
    // No readable payload means no pull request to find, which commentOnPullRequest reports.
    return { name, payload: {} };
  }
}

/** The commit a pull request's checks and statuses belong to: its head, not the merge commit GITHUB_SHA names. */
export function headSha(event: EventContext, fallback: string | undefined): string | undefined {
  const pr = (event.payload as { pull_request?: { head?: { sha?: unknown } } } | null)?.pull_request;
  return typeof pr?.head?.sha === 'string' ? pr.head.sha : fallback;
}
