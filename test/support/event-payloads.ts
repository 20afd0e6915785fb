import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

/**
 * Real webhook payloads as GitHub sends them, from @octokit/webhooks-examples (the examples
 * GitHub's own documentation publishes), so actions read the fields a runner really gives them.
 */
function examples(event: string): Record<string, unknown>[] {
  const all = require('@octokit/webhooks-examples') as WebhookExamples[];
  const found = all.find((e) => e.name === event);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} example`);
  return found.examples;
}

export type EventName = 'push' | 'pull_request';

export interface EventContext {
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA, GITHUB_REF and friends as the runner derives them from the event. */
  env: Record<string, string>;
}

/** A branch push, or an opened pull request, with the env vars the runner sets for it. */
export function eventContext(name: EventName): EventContext {
  if (name === 'push') {
    const payload = structuredClone(examples('push').find((e) => String(e.ref).startsWith('refs/heads/')) ?? examples('push')[0]!);
    const ref = String(payload.ref).startsWith('refs/heads/') ? String(payload.ref) : 'refs/heads/main';
    payload.ref = ref;
    return {
      name,
      payload,
      env: {
        GITHUB_SHA: String(payload.after),
        GITHUB_REF: ref,
        GITHUB_REF_NAME: ref.replace(/^refs\/heads\//, ''),
        GITHUB_REF_TYPE: 'branch',
      },
    };
  }
  const payload = structuredClone(examples('pull_request').find((e) => e.action === 'opened')!);
  const pr = payload.pull_request as { number: number; merge_commit_sha: string | null; head: { ref: string; sha: string }; base: { ref: string; sha: string } };
  // The runner checks out the merge commit of refs/pull/N/merge; the example predates it.
  pr.merge_commit_sha ??= 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
  return {
    name,
    payload,
    env: {
      GITHUB_SHA: pr.merge_commit_sha,
      GITHUB_REF: `refs/pull/${pr.number}/merge`,
      GITHUB_REF_NAME: `${pr.number}/merge`,
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: pr.head.ref,
      GITHUB_BASE_REF: pr.base.ref,
    },
  };
}
