/** Notifications of publish-portal: priority from the worst finding, Slack and e-mail. */
export { priorityFor, shouldNotify, PRIORITIES, NOTIFY_ON, type Priority, type NotifyOn } from './priority';
export { notifySlack, buildSlackMessage, escapeSlack, type SlackNotifyOptions, type SlackMessage, type SlackBlock } from './slack';
export {
  notifyEmail,
  buildEmail,
  emailPriorityHeaders,
  isTransientSmtpError,
  EmailError,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type EmailNotifyOptions,
  type EmailResult,
  type SmtpSettings,
} from './email';
