import { ConfigurationError } from '../../../lib/errors';
import { SEVERITIES } from '../../../lib/severity';
import { ASSAY_VERSION } from '../../../lib/version';
import type { PublishContext, PublishTarget, ReportSummary } from '../model';
import { DEFAULT_TIMEOUT_MS, postWithRetry } from '../webhook/http-post';
import { requireSecureUrl } from '../webhook/url-policy';
import { SEVERITY_LABEL, countsText, oneLine, refLabel, safeLinks, safeUrl, shortSha } from './facts';
import type { Priority } from './priority';

/**
 * Slack notification through an incoming webhook: one Block Kit message (header, counts,
 * where it comes from, buttons to the published report). Report titles, repository and ref
 * names are untrusted text: every one is escaped for mrkdwn, so a title cannot mention
 * @channel, open a link or forge a user mention.
 */

export interface SlackNotifyOptions {
  /** The incoming webhook URL; it is a credential (anyone holding it can post). */
  webhookUrl: URL | string;
  summary: ReportSummary;
  target: PublishTarget;
  /** Button label → URL of a published report (http/https only; at most 5 are shown). */
  links: Record<string, string>;
  priority: Priority;
  fetch?: typeof globalThis.fetch;
  /** Deadline of one attempt; a timeout is retried. Default 30 s. */
  timeoutMs?: number;
}

/** Text object as Block Kit takes it. */
interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text?: TextObject; fields?: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'actions'; elements: { type: 'button'; text: TextObject; url: string; action_id: string; style?: 'primary' }[] };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

const PRIORITY_EMOJI: Record<Priority, string> = { critical: ':red_circle:', high: ':large_orange_circle:', medium: ':large_yellow_circle:', low: ':white_circle:' };

/**
 * Escapes untrusted text for Slack: &, < and > become entities (Slack's three control
 * characters, so no <!channel>, <@U…> or <url|…> can form), and a bare @channel, @here or
 * @everyone gets a zero-width space after the @ so no client or `link_names` setting turns it
 * into a mention.
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/** A URL inside <url|label>: escaped like text, and a | would end the URL early. */
function slackLink(url: string, label: string): string {
  return `<${escapeSlack(url).replace(/\|/g, '%7C')}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The message, for tests and for a dry run; notifySlack posts exactly this. */
export function buildSlackMessage(options: Pick<SlackNotifyOptions, 'summary' | 'target' | 'links' | 'priority'>): SlackMessage {
  const { summary, target, priority } = options;
  const title = oneLine(summary.title, 120);
  const grade = oneLine(summary.grade, 8);
  const links = safeLinks(options.links).filter((l) => l.url.length <= 3000);

  const fields: TextObject[] = [
    { type: 'mrkdwn', text: `*Priority*\n${PRIORITY_EMOJI[priority]} ${priority.toUpperCase()}` },
    ...SEVERITIES.map((s): TextObject => ({ type: 'mrkdwn', text: `*${SEVERITY_LABEL[s]}*\n${summary.counts[s] ?? 0}` })),
  ];
  if (summary.score !== undefined) fields.push({ type: 'mrkdwn', text: `*Score*\n${summary.score}` });

  const context: TextObject[] = [{ type: 'mrkdwn', text: `*${escapeSlack(oneLine(target.repository, 200))}*` }];
  const ref = refLabel(target.ref);
  if (ref) context.push({ type: 'mrkdwn', text: escapeSlack(oneLine(ref, 200)) });
  const sha = shortSha(target.sha);
  if (sha) context.push({ type: 'mrkdwn', text: `\`${escapeSlack(sha)}\`` });
  const runUrl = safeUrl(target.runUrl);
  if (runUrl) context.push({ type: 'mrkdwn', text: slackLink(runUrl, target.runId ? `Run ${target.runId}` : 'Workflow run') });

  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(escapeSlack(`${title} — grade ${grade}`), 150), emoji: false } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `${summary.total} finding${summary.total === 1 ? '' : 's'} in the Assay report` },
      fields,
    },
    { type: 'context', elements: context },
  ];
  if (links.length > 0) {
    blocks.push({
      type: 'actions',
      elements: links.map((link, i) => ({
        type: 'button',
        text: { type: 'plain_text', text: truncate(escapeSlack(oneLine(link.label, 75)), 75), emoji: false },
        url: link.url,
        action_id: `assay-link-${i}`,
        ...(i === 0 ? { style: 'primary' as const } : {}),
      })),
    });
  }

  const fallback =
    `[Assay] ${priority.toUpperCase()}: ${title} — grade ${grade} (${countsText(summary)}) in ${oneLine(target.repository, 200)}` +
    (ref ? ` ${oneLine(ref, 200)}` : '');
  return { text: escapeSlack(fallback), blocks, unfurl_links: false, unfurl_media: false };
}

/** Posts the notification with the suite's retry policy (429 Retry-After honoured). */
export async function notifySlack(options: SlackNotifyOptions, ctx: PublishContext): Promise<void> {
  const raw = typeof options.webhookUrl === 'string' ? options.webhookUrl.trim() : options.webhookUrl.href;
  if (raw) ctx.setSecret(raw);
  if (!raw) throw new ConfigurationError('input "slack-webhook-url" is empty; pass the incoming webhook URL from a repository secret.');
  const url = requireSecureUrl(raw, 'slack-webhook-url');
  const message = buildSlackMessage(options);
  ctx.log.info(`slack: notifying (${options.priority} priority)`);
  const result = await postWithRetry({
    url,
    body: JSON.stringify(message),
    label: 'Slack webhook POST',
    ctx,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // The path of an incoming webhook is its token; a short path ("/") is no secret to hide.
    redact: [raw, ...(url.pathname.length > 8 ? [url.pathname] : [])],
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: () => ({ 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': `Assay/${ASSAY_VERSION}` }),
    hint: (status) => {
      if (status === 403 || status === 404 || status === 410) {
        return 'The Slack webhook is revoked, wrong or its channel archived: create a new incoming webhook and update the secret passed as "slack-webhook-url".';
      }
      if (status === 400) return 'Slack refused the message itself; this is a bug in Assay, please report it with the log.';
      return undefined;
    },
  });
  ctx.log.info(`slack: posted (${result.status}) after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`);
}
