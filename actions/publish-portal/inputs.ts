import { ConfigurationError } from '../../lib/errors';
import type { InputReader } from '../../lib/action/inputs';

export const DESTINATIONS = ['github-pages', 's3', 'webhook'] as const;
export type Destination = (typeof DESTINATIONS)[number];
export const NOTIFIERS = ['slack', 'email'] as const;
export type Notifier = (typeof NOTIFIERS)[number];
export const NOTIFY_ON = ['critical', 'high', 'medium', 'low', 'always'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

export interface PublishPortalInputs {
  inputDir: string;
  destinations: Destination[];
  pages: { repository: string | undefined; branch: string; url: string | undefined; maxReports: number };
  s3: {
    bucket: string | undefined;
    endpoint: URL | undefined;
    prefix: string;
    region: string;
    sse: { type: 'AES256' } | { type: 'aws:kms'; kmsKeyId: string };
    roleToAssume: string | undefined;
    presignExpiresSeconds: number;
  };
  webhook: { url: URL | undefined; secret: string | undefined };
  notify: Notifier[];
  notifyOn: NotifyOn;
  slackWebhookUrl: URL | undefined;
  email: {
    smtpHost: string | undefined;
    smtpPort: number;
    smtpSecure: boolean;
    smtpUsername: string | undefined;
    smtpPassword: string | undefined;
    from: string | undefined;
    to: string[];
  };
  updateStatus: boolean;
  statusContext: string;
  token: string | undefined;
  fallbackArtifact: string | undefined;
  outputDir: string;
}

export function getInputs(inputs: InputReader): PublishPortalInputs {
  const destinations = inputs.choices('destination', DESTINATIONS);
  if (destinations.length === 0) {
    throw new ConfigurationError(`input "destination" is required; set one or more of ${DESTINATIONS.join(', ')}.`);
  }
  const sse = inputs.choice('s3-sse', ['AES256', 'aws:kms'] as const);
  const kmsKeyId = inputs.optionalString('s3-kms-key-id');
  const result: PublishPortalInputs = {
    inputDir: inputs.path('input-dir', { required: true, mustExist: 'directory' })!,
    destinations,
    pages: {
      repository: inputs.optionalString('pages-repository'),
      branch: inputs.string('pages-branch', { required: true }),
      url: inputs.optionalString('pages-url'),
      maxReports: inputs.integer('max-reports', { min: 1, max: 10_000 }) ?? 50,
    },
    s3: {
      bucket: inputs.optionalString('s3-bucket'),
      endpoint: inputs.url('s3-endpoint', { allowHttp: true }),
      prefix: inputs.string('s3-prefix').replace(/^\/+|\/+$/g, ''),
      region: inputs.string('s3-region', { required: true }),
      sse: sse === 'aws:kms' ? { type: 'aws:kms', kmsKeyId: kmsKeyId ?? '' } : { type: 'AES256' },
      roleToAssume: inputs.optionalString('s3-role-to-assume'),
      presignExpiresSeconds: inputs.integer('s3-presign-expires', { min: 1, max: 604_800 }) ?? 604_800,
    },
    webhook: { url: inputs.url('webhook-url'), secret: inputs.optionalString('webhook-secret') },
    notify: inputs.choices('notify', NOTIFIERS),
    notifyOn: inputs.choice('notify-on', NOTIFY_ON),
    slackWebhookUrl: inputs.url('slack-webhook-url'),
    email: {
      smtpHost: inputs.optionalString('smtp-host'),
      smtpPort: inputs.integer('smtp-port', { min: 1, max: 65_535 }) ?? 587,
      smtpSecure: inputs.boolean('smtp-secure'),
      smtpUsername: inputs.optionalString('smtp-username'),
      smtpPassword: inputs.optionalString('smtp-password'),
      from: inputs.optionalString('email-from'),
      to: inputs.list('email-to'),
    },
    updateStatus: inputs.boolean('update-status'),
    statusContext: inputs.string('status-context', { required: true }),
    token: inputs.optionalString('github-token'),
    fallbackArtifact: inputs.optionalString('fallback-artifact'),
    outputDir: inputs.path('output-dir', { required: true })!,
  };
  if (destinations.includes('s3') && !result.s3.bucket) {
    throw new ConfigurationError('destination "s3" needs input "s3-bucket"; set the bucket name.');
  }
  if (sse === 'aws:kms' && !kmsKeyId) {
    throw new ConfigurationError('input "s3-sse" is aws:kms, so input "s3-kms-key-id" must name the KMS key (id, ARN or alias).');
  }
  if (destinations.includes('webhook') && (!result.webhook.url || !result.webhook.secret)) {
    throw new ConfigurationError('destination "webhook" needs inputs "webhook-url" and "webhook-secret"; pass the secret from a repository secret.');
  }
  if (result.notify.includes('slack') && !result.slackWebhookUrl) {
    throw new ConfigurationError('notify "slack" needs input "slack-webhook-url" (an incoming-webhook URL); pass it from a secret.');
  }
  if (result.notify.includes('email') && (!result.email.smtpHost || !result.email.from || result.email.to.length === 0)) {
    throw new ConfigurationError('notify "email" needs inputs "smtp-host", "email-from" and "email-to".');
  }
  return result;
}
