/** The webhook destination of publish-portal: a signed JSON envelope (docs/webhook.md). */
export { publishToWebhook, type WebhookOptions } from './publish-webhook';
export { buildEnvelope, type WebhookEnvelope, type WebhookFile, type EnvelopeOptions } from './envelope';
export { signatureHeaders, verifyAssaySignature, SIGNATURE_HEADER, SIGNATURE_256_HEADER, DEFAULT_TOLERANCE_SECONDS } from './signature';
export { isLoopbackHost, requireSecureUrl } from './url-policy';
