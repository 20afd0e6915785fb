export { publishToS3, MAX_PRESIGN_EXPIRES_SECONDS, DEFAULT_CONCURRENCY, type S3PublishOptions } from './publish-to-s3';
export { resolveS3Credentials, STS_AUDIENCE, type S3Credentials, type S3CredentialProvider, type ResolveS3CredentialsOptions } from './credentials';
export type { S3Encryption } from './manifest';
export { S3ConfigurationError, S3RequestError } from './s3-errors';
