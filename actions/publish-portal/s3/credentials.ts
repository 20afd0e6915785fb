import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Logger } from '../../../lib/action/logger';
import { ConfigurationError, HttpError, errorMessage } from '../../../lib/errors';
import type { Sleep } from '../../../lib/retry';
import { describeSdkFailure, sdkErrorCode, sdkFailure, sdkServiceMessage } from './sdk-failure';
import { suiteRetryMiddleware } from './suite-retry-middleware';

/** Credentials for S3, as the AWS SDK takes them. */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When temporary credentials (OIDC, an assumed role) stop working. */
  expiration?: Date;
}

/** Credentials fetched when needed (the AWS SDK's provider shape). */
export type S3CredentialProvider = () => Promise<S3Credentials>;

/** The audience GitHub's OIDC token must carry for AWS STS. */
export const STS_AUDIENCE = 'sts.amazonaws.com';

export interface ResolveS3CredentialsOptions {
  /** ARN of the role to assume with the workflow's OIDC token (input "s3-role-to-assume"). */
  roleToAssume?: string;
  /** Fetches the GitHub OIDC token for an audience; main.ts passes core.getIDToken. */
  getIdToken?: (audience: string) => Promise<string>;
  /** An STS stand-in or a regional/private STS endpoint; AWS's regional endpoint when absent. */
  stsEndpoint?: URL;
  /** Region of the STS endpoint; AWS_REGION, AWS_DEFAULT_REGION or us-east-1 when absent. */
  region?: string;
  /** Seconds the assumed role's credentials last; STS defaults to 3600. */
  durationSeconds?: number;
  /** Registers every secret value as soon as it is known (core.setSecret). */
  setSecret?: (value: string) => void;
  log?: Logger;
  sleep?: Sleep;
}

/** Environment variables, as process.env holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The credentials the s3 destination publishes with:
 * - with `roleToAssume`: the workflow's GitHub OIDC token (audience sts.amazonaws.com) exchanged
 *   with STS AssumeRoleWithWebIdentity for temporary credentials; no stored secret at all;
 * - otherwise static keys from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN).
 * Neither available is the user's to fix, and the error says how. Every secret is handed to
 * `setSecret` before anything could print it.
 */
export async function resolveS3Credentials(env: Environment, options: ResolveS3CredentialsOptions = {}): Promise<S3Credentials> {
  const credentials = options.roleToAssume ? await assumeRoleWithOidc(env, options.roleToAssume, options) : staticCredentials(env);
  if (options.setSecret) maskCredentials(credentials, options.setSecret);
  return credentials;
}

/** Registers every part of a set of credentials that must never be printed. */
export function maskCredentials(credentials: S3Credentials, setSecret: (value: string) => void): void {
  setSecret(credentials.accessKeyId);
  setSecret(credentials.secretAccessKey);
  if (credentials.sessionToken) {
    setSecret(credentials.sessionToken);
    // A presigned URL carries the session token percent-encoded: mask that spelling too.
    const encoded = encodeURIComponent(credentials.sessionToken);
    if (encoded !== credentials.sessionToken) setSecret(encoded);
  }
}

const NO_CREDENTIALS =
  'the s3 destination needs AWS credentials and found none. Either give the job OIDC access ' +
  '(permissions: id-token: write, and input "s3-role-to-assume" with the ARN of a role that trusts ' +
  'token.actions.githubusercontent.com), or set the environment variables AWS_ACCESS_KEY_ID and ' +
  'AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) from repository secrets.';

function staticCredentials(env: Environment): S3Credentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  const sessionToken = env.AWS_SESSION_TOKEN?.trim();
  if (!accessKeyId && !secretAccessKey) throw new ConfigurationError(NO_CREDENTIALS);
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
    const present = accessKeyId ? 'AWS_ACCESS_KEY_ID' : 'AWS_SECRET_ACCESS_KEY';
    throw new ConfigurationError(`${present} is set but ${missing} is not; the s3 destination needs both (set ${missing} from a repository secret).`);
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

async function assumeRoleWithOidc(env: Environment, roleArn: string, options: ResolveS3CredentialsOptions): Promise<S3Credentials> {
  if (!ROLE_ARN.test(roleArn)) {
    throw new ConfigurationError(`input "s3-role-to-assume": "${roleArn}" is not an IAM role ARN; give it as arn:aws:iam::<12-digit account>:role/<name>.`);
  }
  if (!options.getIdToken) {
    throw new ConfigurationError(`a role to assume (${roleArn}) was given, but no GitHub OIDC token can be requested here; OIDC works only in a GitHub Actions job with permissions: id-token: write. Outside GitHub, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.`);
  }
  let token: string;
  try {
    token = await options.getIdToken(STS_AUDIENCE);
  } catch (err) {
    throw new ConfigurationError(
      `could not get the GitHub OIDC token to assume ${roleArn} (${errorMessage(err)}). Give the job the permission to request it: ` +
        '"permissions: id-token: write" in the workflow or job (for pull requests from forks GitHub never grants it; use static keys there).',
      { cause: err },
    );
  }
  options.setSecret?.(token);

  const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const sts = new STSClient({
    region,
    ...(options.stsEndpoint ? { endpoint: options.stsEndpoint.href.replace(/\/+$/, '') } : {}),
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
  });
  const retry = suiteRetryMiddleware({ log: options.log ?? silentLog, ...(options.sleep ? { sleep: options.sleep } : {}) }, (operation) => ({
    label: `STS ${operation} ${roleArn}`,
    onGiveUp: (error, summary) => explainStsFailure(error, roleArn, env, `${describeSdkFailure(error)}; ${summary.text}`),
  }));
  sts.middlewareStack.add(retry.middleware, retry.options);
  try {
    const answer = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: roleSessionName(env),
        WebIdentityToken: token,
        ...(options.durationSeconds ? { DurationSeconds: options.durationSeconds } : {}),
      }),
    );
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw new ConfigurationError(`STS AssumeRoleWithWebIdentity for ${roleArn} answered without credentials; check the STS endpoint.`);
    }
    options.log?.info(`s3: assumed ${roleArn} with the workflow's OIDC token${c.Expiration ? ` (credentials valid until ${c.Expiration.toISOString()})` : ''}`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  } finally {
    sts.destroy();
  }
}

/** "assay-<run id>-<attempt>": shows in CloudTrail which run used the role. */
function roleSessionName(env: Environment): string {
  const name = `assay-${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

function explainStsFailure(error: unknown, roleArn: string, env: Environment, tried: string): unknown {
  const failure = sdkFailure(error);
  if (failure.status === 0) return error;
  const code = sdkErrorCode(error);
  const message = failure.status === undefined ? '' : ` ("${sdkServiceMessage(error)}")`;
  if (failure.status !== undefined && failure.status >= 400 && failure.status < 500) {
    const subject = env.GITHUB_REPOSITORY ? `repo:${env.GITHUB_REPOSITORY}:*` : 'repo:<owner>/<repo>:*';
    return new ConfigurationError(
      `STS refused to let this workflow assume ${roleArn}: ${tried}${message}. The role's trust policy must allow ` +
        `sts:AssumeRoleWithWebIdentity for the federated principal token.actions.githubusercontent.com with ` +
        `"token.actions.githubusercontent.com:aud": "${STS_AUDIENCE}" and a "sub" matching ${subject}` +
        (code === 'ValidationError' ? '; a DurationSeconds above the role\'s maximum session duration is refused too.' : '.'),
      { cause: error },
    );
  }
  return new HttpError(`could not assume ${roleArn} with STS: ${tried}${message}.`, failure.status, { cause: error });
}

const silentLog: Logger = {
  debug: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
};
