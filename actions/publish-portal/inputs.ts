import { ConfigurationError } from '../../lib/errors';
import type { InputReader } from '../../lib/action/inputs';

export const DESTINATIONS = ['github-pages', 's3', 'webhook'] as const;
export type Destination = (typeof DESTINATIONS)[number];

export interface PublishPortalInputs {
  inputDir: string;
  destinations: Destination[];
  pages: { repository: string | undefined; branch: string };
  s3: { bucket: string | undefined; endpoint: URL | undefined; prefix: string };
  webhook: { url: URL | undefined; secret: string | undefined };
  outputDir: string;
}

export function getInputs(inputs: InputReader): PublishPortalInputs {
  const destinations = inputs.choices('destination', DESTINATIONS);
  if (destinations.length === 0) {
    throw new ConfigurationError(`input "destination" is required; set one or more of ${DESTINATIONS.join(', ')}.`);
  }
  const result: PublishPortalInputs = {
    inputDir: inputs.path('input-dir', { required: true, mustExist: 'directory' })!,
    destinations,
    pages: { repository: inputs.optionalString('pages-repository'), branch: inputs.string('pages-branch', { required: true }) },
    s3: {
      bucket: inputs.optionalString('s3-bucket'),
      endpoint: inputs.url('s3-endpoint', { allowHttp: true }),
      prefix: inputs.string('s3-prefix'),
    },
    webhook: { url: inputs.url('webhook-url'), secret: inputs.optionalString('webhook-secret') },
    outputDir: inputs.path('output-dir', { required: true })!,
  };
  if (destinations.includes('s3') && !result.s3.bucket) {
    throw new ConfigurationError('destination "s3" needs input "s3-bucket"; set the bucket name.');
  }
  if (destinations.includes('webhook') && (!result.webhook.url || !result.webhook.secret)) {
    throw new ConfigurationError('destination "webhook" needs inputs "webhook-url" and "webhook-secret"; pass the secret from a repository secret.');
  }
  return result;
}
