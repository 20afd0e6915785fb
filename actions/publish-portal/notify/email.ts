import { escapeHtml } from '../../../lib/markup';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nodemailer, { type NodemailerError, type SendMailOptions, type Transporter } from 'nodemailer';
import { AssayError, ConfigurationError, errorMessage } from '../../../lib/errors';
import { isNetworkError } from '../../../lib/http/retryable-status';
import { retry } from '../../../lib/retry';
import { SEVERITIES } from '../../../lib/severity';
import { ASSAY_VERSION } from '../../../lib/version';
import type { PublishContext, PublishTarget, ReportSummary } from '../model';
import { isLoopbackHost } from '../webhook/url-policy';
import { SEVERITY_LABEL, countsText, oneLine, refLabel, safeLinks, safeUrl, shortSha } from './facts';
import type { Priority } from './priority';

/**
 * E-mail notification through an SMTP server (nodemailer): a text and an HTML body (every
 * report value escaped), the PDF report attached, priority headers mail clients understand.
 * SMTP failures that say "later" (4xx replies, a connection that failed or broke) go through
 * the suite's retry policy; a 5xx reply is the server's final word and is not retried.
 */

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when offered, and required when logging in to a remote server. */
  secure: boolean;
  username?: string;
  password?: string;
}

export interface EmailNotifyOptions {
  smtp: SmtpSettings;
  from: string;
  to: string[];
  summary: ReportSummary;
  target: PublishTarget;
  /** Label → URL of a published report (http/https only). */
  links: Record<string, string>;
  priority: Priority;
  /** report.pdf of the bundle; attached when the file exists. */
  pdfPath?: string;
  /** A ready transport instead of one built from `smtp` (it is not closed here). */
  transport?: Transporter;
  /** A larger PDF is left out (and the links suffice): mail servers refuse big messages. Default 10 MB. */
  maxAttachmentBytes?: number;
}

export interface EmailResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
  attempts: number;
}

/** An e-mail could not be sent; `responseCode` is the SMTP reply when the server gave one. */
export class EmailError extends AssayError {
  constructor(
    message: string,
    readonly responseCode: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** X-Priority 1 for critical and high, 3 for medium, 5 for low; Importance and X-MSMail-Priority to match (Outlook). */
export function emailPriorityHeaders(priority: Priority): Record<string, string> {
  switch (priority) {
    case 'critical':
    case 'high':
      return { 'X-Priority': '1 (Highest)', 'X-MSMail-Priority': 'High', Importance: 'High' };
    case 'medium':
      return { 'X-Priority': '3 (Normal)', 'X-MSMail-Priority': 'Normal', Importance: 'Normal' };
    case 'low':
      return { 'X-Priority': '5 (Lowest)', 'X-MSMail-Priority': 'Low', Importance: 'Low' };
  }
}

/**
 * Whether an SMTP failure may pass on another try: a 4xx reply (greylisting, a full queue,
 * 421 service closing) or a connection that failed, broke or timed out. A 5xx reply, a refused
 * login without a reply and a TLS failure are final.
 */
export function isTransientSmtpError(error: unknown): boolean {
  const e = error as NodemailerError;
  if (typeof e?.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  if (typeof e?.code === 'string' && ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS'].includes(e.code)) return true;
  return isNetworkError(error);
}

function describeSmtpError(error: unknown): string {
  const e = error as NodemailerError;
  if (typeof e?.responseCode === 'number') return `SMTP ${e.responseCode}`;
  if (typeof e?.code === 'string') return e.originalCode && e.originalCode !== e.code ? `${e.code} (${e.originalCode})` : e.code;
  return errorMessage(error);
}


/** The message without transport concerns: subject, bodies, headers and attachment. */
export function buildEmail(
  options: Pick<EmailNotifyOptions, 'from' | 'to' | 'summary' | 'target' | 'links' | 'priority' | 'pdfPath' | 'maxAttachmentBytes'>,
  ctx: Pick<PublishContext, 'log'>,
): SendMailOptions {
  const { summary, target, priority } = options;
  const title = oneLine(summary.title);
  const grade = oneLine(summary.grade, 8);
  const links = safeLinks(options.links);
  const runUrl = safeUrl(target.runUrl);
  const ref = refLabel(target.ref);
  const sha = shortSha(target.sha);

  let attachment: { filename: string; content: Buffer; contentType: string } | undefined;
  let attachmentNote: string | undefined;
  if (options.pdfPath) {
    const max = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
    const size = fs.existsSync(options.pdfPath) ? fs.statSync(options.pdfPath).size : undefined;
    if (size === undefined) {
      ctx.log.warning(`e-mail: ${options.pdfPath} does not exist; sending without the PDF.`);
    } else if (size > max) {
      ctx.log.warning(`e-mail: ${options.pdfPath} takes ${size} bytes, more than the ${max} an e-mail carries here; sending the links only.`);
      attachmentNote = 'The PDF report is too large to attach; open it from the links above.';
    } else {
      attachment = { filename: path.basename(options.pdfPath), content: fs.readFileSync(options.pdfPath), contentType: 'application/pdf' };
      attachmentNote = 'The PDF report is attached.';
    }
  }

  const facts: [string, string][] = [
    ['Grade', summary.score !== undefined ? `${grade} (score ${summary.score})` : grade],
    ['Priority', priority.toUpperCase()],
    ['Findings', `${summary.total} (${countsText(summary)})`],
    ['Repository', target.repository],
    ...(ref ? [['Ref', ref] as [string, string]] : []),
    ...(sha ? [['Commit', sha] as [string, string]] : []),
    ...(summary.generatedAt ? [['Generated', summary.generatedAt] as [string, string]] : []),
  ];

  const text = [
    `Assay report: ${title}`,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    ...(runUrl ? [`Run: ${runUrl}`] : []),
    '',
    ...links.map((l) => `${l.label}: ${l.url}`),
    ...(attachmentNote ? ['', attachmentNote] : []),
    '',
    `-- Assay ${ASSAY_VERSION}`,
    '',
  ].join('\n');

  const row = (k: string, v: string) => `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(k)}</th><td>${v}</td></tr>`;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    `<h1 style="font-size:20px">${escapeHtml(title)}</h1>`,
    '<table>',
    ...facts.map(([k, v]) => row(k, escapeHtml(v))),
    ...(runUrl ? [row('Run', `<a href="${escapeHtml(runUrl)}">${escapeHtml(target.runId ? `Run ${target.runId}` : runUrl)}</a>`)] : []),
    '</table>',
    '<table style="margin-top:8px"><tr>',
    ...SEVERITIES.map((s) => `<td style="padding:4px 8px;border:1px solid #ccc">${SEVERITY_LABEL[s]}: <b>${summary.counts[s] ?? 0}</b></td>`),
    '</tr></table>',
    ...(links.length > 0
      ? ['<p>', links.map((l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`).join(' · '), '</p>']
      : []),
    ...(attachmentNote ? [`<p>${escapeHtml(attachmentNote)}</p>`] : []),
    `<p style="color:#666;font-size:12px">Assay ${escapeHtml(ASSAY_VERSION)}</p>`,
    '</body></html>',
  ].join('\n');

  return {
    from: options.from,
    to: options.to,
    subject: `[Assay] ${priority.toUpperCase()}: ${title} — grade ${grade}`,
    text,
    html,
    headers: { ...emailPriorityHeaders(priority), 'X-Assay-Repository': oneLine(target.repository) },
    attachments: attachment ? [attachment] : [],
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Sends the notification; returns what the server accepted. */
export async function notifyEmail(options: EmailNotifyOptions, ctx: PublishContext): Promise<EmailResult> {
  const { smtp } = options;
  if (smtp.password) ctx.setSecret(smtp.password);
  if (!smtp.host) throw new ConfigurationError('e-mail notification needs input "smtp-host"; set the SMTP server name.');
  if (!Number.isInteger(smtp.port) || smtp.port < 1 || smtp.port > 65535) {
    throw new ConfigurationError(`input "smtp-port" must be a port number (465 for TLS, 587 for STARTTLS); got ${smtp.port}.`);
  }
  if (!options.from) throw new ConfigurationError('e-mail notification needs input "email-from"; set the sender address.');
  const to = options.to.map((a) => a.trim()).filter((a) => a !== '');
  if (to.length === 0) throw new ConfigurationError('e-mail notification needs input "email-to"; set one or more recipient addresses.');
  if (smtp.username && !smtp.password) {
    throw new ConfigurationError('input "smtp-username" is set but "smtp-password" is empty; pass the password from a repository secret.');
  }

  const message = buildEmail({ ...options, to }, ctx);
  // One Message-ID for every attempt: a retry after an ambiguous failure is then recognizably the same mail.
  const domain = /@([A-Za-z0-9.-]+)/.exec(options.from)?.[1] ?? 'assay.invalid';
  message.messageId = `<assay-${randomUUID()}@${domain}>`;

  const transport =
    options.transport ??
    nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.username ? { auth: { user: smtp.username, pass: smtp.password ?? '' } } : {}),
      // A password never crosses the network in clear text to a remote server.
      requireTLS: !smtp.secure && Boolean(smtp.username) && !isLoopbackHost(smtp.host),
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
      disableFileAccess: true,
      disableUrlAccess: true,
      logger: false,
    });
  const server = `${smtp.host}:${smtp.port}`;
  const redact = (text: string) => (smtp.password ? text.split(smtp.password).join('***') : text);
  ctx.log.info(`e-mail: sending to ${to.length} recipient${to.length === 1 ? '' : 's'} through ${server} (${options.priority} priority)`);

  let attempts = 0;
  try {
    const info = await retry(
      async (attempt) => {
        attempts = attempt;
        return transport.sendMail(message);
      },
      {
        label: `SMTP ${server}`,
        log: ctx.log,
        ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
        shouldRetry: isTransientSmtpError,
        describe: describeSmtpError,
        onGiveUp: (error, summary) => {
          const e = error as NodemailerError;
          const said = redact(oneLine(e?.response ?? errorMessage(error), 300));
          if (e?.code === 'EAUTH' || e?.code === 'ENOAUTH') {
            return new ConfigurationError(`SMTP server ${server} refused the login (${said}); check inputs "smtp-username" and "smtp-password".`, { cause: error });
          }
          if (e?.code === 'ETLS' || e?.code === 'EREQUIRETLS') {
            return new ConfigurationError(
              `TLS with SMTP server ${server} failed (${said}); check "smtp-port" and "smtp-secure" (465 with secure, 587 with STARTTLS).`,
              { cause: error },
            );
          }
          return new EmailError(`e-mail through ${server} failed: ${said} (${summary.text}).`, e?.responseCode, { cause: error });
        },
      },
    );
    const accepted = (info.accepted ?? []).map(String);
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length > 0) ctx.log.warning(`e-mail: the server refused ${rejected.join(', ')}; sent to ${accepted.join(', ')} only.`);
    ctx.log.info(`e-mail: sent (${info.messageId}) after ${attempts} attempt${attempts === 1 ? '' : 's'}`);
    return { messageId: info.messageId, accepted, rejected, attempts };
  } finally {
    if (!options.transport) transport.close();
  }
}
