import * as fs from 'node:fs';
import * as path from 'node:path';
import { headSha, readEvent } from '../../lib/action/event';
import { createRunnerHost, type ActionHost } from '../../lib/action/host';
import { InputReader } from '../../lib/action/inputs';
import { runAction, type Outcome } from '../../lib/action/run-action';
import type { Stage } from '../../lib/action/stage';
import { createArtifactStore } from '../../lib/artifacts/select-store';
import { AssayError, ConfigurationError, errorMessage } from '../../lib/errors';
import { createGitHubClient, githubApiUrl } from '../../lib/github/client';
import { workflowRunUrl } from '../generate-report/publish/links';
import { PUBLISH_LOG, readBundle } from './bundle/read-bundle';
import { reportPath } from './bundle/report-path';
import { getInputs, type PublishPortalInputs } from './inputs';
import type { PublishContext, PublishedLocation, PublishTarget, ReportBundle } from './model';
import { notifyEmail, notifySlack, priorityFor, shouldNotify } from './notify';
import { publishToPages } from './pages';
import { publishAll, trackSecrets, writePublishLog, type DestinationTask, type PublishAllResult } from './publish-all';
import { publishToS3, resolveS3Credentials } from './s3';
import { commitStateFor, setCommitStatus, type CommitStatusResult } from './status/commit-status';
import { publishSummaryMarkdown } from './summary';
import { publishToWebhook } from './webhook';

const NAME = 'publish-portal';
/** Files up to this size in all travel inside the webhook envelope when no destination gave them a URL. */
const WEBHOOK_INLINE_BYTES = 5 * 1024 * 1024;

export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction(NAME, host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    // Resolved before anything is published: a missing pages-repository is the user's to fix
    // (exit 2 under `assay`), not a destination that failed after the others published.
    const pagesRepo = inputs.destinations.includes('github-pages') ? pagesRepository(inputs, host.env) : undefined;
    const ctx = trackSecrets({ log: host.log, now: () => new Date(), setSecret: (value) => host.setSecret(value) });
    for (const secret of [inputs.token, inputs.webhook.secret, inputs.email.smtpPassword, inputs.slackWebhookUrl?.href]) {
      if (secret) ctx.setSecret(secret);
    }
    const env = host.env;
    const bundle = await readBundle(inputs.inputDir);
    const repository = env.GITHUB_REPOSITORY || `local/${path.basename(path.resolve(host.workspace))}`;
    const event = await readEvent(env);
    const target: PublishTarget = {
      repository,
      sha: headSha(event, env.GITHUB_SHA),
      ref: env.GITHUB_REF,
      runId: env.GITHUB_RUN_ID,
      runUrl: workflowRunUrl(env),
      reportPath: reportPath({ repository, ref: env.GITHUB_REF, runId: env.GITHUB_RUN_ID, reportId: bundle.reportId }),
    };
    host.log.info(`publishing ${bundle.files.length} files (${(bundle.totalBytes / 1e6).toFixed(1)} MB) of report ${bundle.reportId.slice(0, 12)} as ${target.reportPath}`);
    host.setOutput('report-id', bundle.reportId);

    const scratch = fs.mkdtempSync(path.join(host.tempDir, 'assay-publish-'));
    let result: PublishAllResult;
    try {
      result = await publishAll({
        bundle,
        target,
        destinations: destinationTasks(inputs, pagesRepo, bundle, target, ctx, host, scratch),
        fallback:
          inputs.fallbackArtifact && host.kind === 'runner'
            ? { store: createArtifactStore({ env: { ...env }, folder: path.join(host.workspace, '.assay-artifacts'), log: host.log }), artifactName: inputs.fallbackArtifact }
            : undefined,
        ctx,
      });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    setOutputs(host, result);

    await notify(inputs, bundle, target, result, ctx);
    const status = await updateStatus(inputs, bundle, target, result, host);

    const logFile = path.join(inputs.outputDir, PUBLISH_LOG);
    await writePublishLog(logFile, result, bundle, target);
    await host.appendSummary(publishSummaryMarkdown({ result, bundle, target, ...(status ? { status } : {}) }));
    host.log.info(`publish log: ${logFile}`);

    if (result.failed.length > 0) {
      const kept = result.fallbackArtifact
        ? ` The bundle was kept as artifact "${result.fallbackArtifact.name}".`
        : ` The report is still in ${inputs.inputDir}.`;
      // Each error is a sentence of its own; drop its full stop so the list does not end in "..".
      throw new AssayError(`${result.failed.map((f) => `${f.destination}: ${f.error.trim().replace(/\.+$/, '')}`).join('; ')}.${kept}`);
    }
  });
}

/** One task per destination; the webhook waits for the others so the envelope can link to them. */
function destinationTasks(
  inputs: PublishPortalInputs,
  pagesRepo: string | undefined,
  bundle: ReportBundle,
  target: PublishTarget,
  ctx: PublishContext,
  host: ActionHost,
  scratch: string,
): DestinationTask[] {
  const env = host.env;
  const tasks: DestinationTask[] = [];
  if (pagesRepo !== undefined) {
    tasks.push({
      name: 'github-pages',
      publish: () =>
        publishToPages(
          bundle,
          target,
          {
            repository: pagesRepo,
            branch: inputs.pages.branch,
            maxReports: inputs.pages.maxReports,
            ...(inputs.token && !inputs.pages.repository ? { token: inputs.token } : {}),
            ...(inputs.pages.url ? { pagesBaseUrl: inputs.pages.url } : {}),
            workDir: path.join(scratch, 'pages'),
            env: { ...process.env, ...env } as NodeJS.ProcessEnv,
          },
          ctx,
        ),
    });
  }
  if (inputs.destinations.includes('s3')) {
    tasks.push({
      name: 's3',
      publish: async () => {
        const credentials = await resolveS3Credentials(env, {
          ...(inputs.s3.roleToAssume ? { roleToAssume: inputs.s3.roleToAssume } : {}),
          ...(host.getIdToken ? { getIdToken: host.getIdToken } : {}),
          region: inputs.s3.region,
          setSecret: ctx.setSecret,
          log: host.log,
        });
        return publishToS3(
          bundle,
          target,
          {
            bucket: inputs.s3.bucket!,
            ...(inputs.s3.endpoint ? { endpoint: inputs.s3.endpoint } : {}),
            prefix: inputs.s3.prefix,
            region: inputs.s3.region,
            sse: inputs.s3.sse,
            credentials,
            presignExpiresSeconds: inputs.s3.presignExpiresSeconds,
          },
          ctx,
        );
      },
    });
  }
  if (inputs.destinations.includes('webhook')) {
    const others = tasks.map((t) => t.name).filter((n): n is 'github-pages' | 's3' => n !== 'webhook');
    tasks.push({
      name: 'webhook',
      after: others,
      publish: (earlier) => {
        const links: Record<string, string> = {};
        for (const location of earlier) {
          links[location.destination] = location.url;
          // Only URLs: Pages' `commit` (an object id) and the like are no link for a portal.
          for (const [name, url] of Object.entries(location.links ?? {})) if (isHttpUrl(url)) links[`${location.destination}-${name}`] = url;
        }
        return publishToWebhook(
          bundle,
          target,
          { url: inputs.webhook.url!, secret: inputs.webhook.secret!, ...fileUrls(bundle, earlier), links, inlineMaxBytes: WEBHOOK_INLINE_BYTES },
          ctx,
        );
      },
    });
  }
  return tasks;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** This repository over https with the job's token, unless the user named another repository. */
function pagesRepository(inputs: PublishPortalInputs, env: Readonly<Record<string, string | undefined>>): string {
  if (inputs.pages.repository) return inputs.pages.repository;
  if (!env.GITHUB_REPOSITORY) {
    throw new ConfigurationError('destination "github-pages" outside a GitHub run needs input "pages-repository" (a git URL or a path to push to).');
  }
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}.git`;
}

/**
 * Each bundle file's URL at the first destination that serves files by path (Pages, else S3),
 * so the portal can fetch them instead of receiving them inline.
 */
function fileUrls(bundle: ReportBundle, earlier: readonly PublishedLocation[]): { fileUrls?: Record<string, string> } {
  const host = earlier.find((l) => l.destination === 'github-pages') ?? earlier.find((l) => l.destination === 's3');
  if (!host) return {};
  const report = bundle.files.find((f) => host.url.endsWith(`/${f.path}`));
  const base = report ? host.url.slice(0, host.url.length - report.path.length) : host.url.endsWith('/') ? host.url : `${host.url}/`;
  return { fileUrls: Object.fromEntries(bundle.files.map((f) => [f.path, `${base}${f.path.split('/').map(encodeURIComponent).join('/')}`])) };
}

function setOutputs(host: ActionHost, result: PublishAllResult): void {
  const urls = Object.fromEntries(result.published.map((l) => [l.destination, l.url]));
  host.setOutput('urls', JSON.stringify(urls));
  const pages = result.published.find((l) => l.destination === 'github-pages');
  const s3 = result.published.find((l) => l.destination === 's3');
  const webhook = result.published.find((l) => l.destination === 'webhook');
  if (pages) host.setOutput('pages-url', pages.url);
  if (pages?.links?.index) host.setOutput('pages-index-url', pages.links.index);
  if (s3) host.setOutput('s3-url', s3.url);
  if (s3?.links?.presigned) host.setOutput('presigned-url', s3.links.presigned);
  if (webhook) host.setOutput('webhook-url', webhook.url);
  host.setOutput('failed', result.failed.map((f) => f.destination).join(','));
  if (result.fallbackArtifact?.id !== undefined) host.setOutput('fallback-artifact-id', result.fallbackArtifact.id);
}

/** Slack and e-mail, when the report's priority reaches notify-on; a failed notification is a warning, not a failed publish. */
async function notify(inputs: PublishPortalInputs, bundle: ReportBundle, target: PublishTarget, result: PublishAllResult, ctx: PublishContext): Promise<void> {
  if (inputs.notify.length === 0) return;
  if (result.published.length > 0 && result.published.every((l) => !l.changed)) {
    // The same report published again (a re-run): people were told the first time.
    ctx.log.info('no notification: every destination already held this exact report');
    return;
  }
  const priority = priorityFor(bundle.summary);
  if (!shouldNotify(priority, inputs.notifyOn)) {
    ctx.log.info(`no notification: the report's priority is ${priority}, below notify-on ${inputs.notifyOn}`);
    return;
  }
  const links: Record<string, string> = {};
  for (const location of result.published) links[location.destination] = location.url;
  if (target.runUrl) links.run = target.runUrl;
  const pdf = bundle.files.find((f) => f.path === 'report.pdf');
  for (const channel of inputs.notify) {
    try {
      if (channel === 'slack') {
        await notifySlack({ webhookUrl: inputs.slackWebhookUrl!, summary: bundle.summary, target, links, priority }, ctx);
      } else {
        const e = inputs.email;
        await notifyEmail(
          {
            smtp: { host: e.smtpHost!, port: e.smtpPort, secure: e.smtpSecure, ...(e.smtpUsername ? { username: e.smtpUsername } : {}), ...(e.smtpPassword ? { password: e.smtpPassword } : {}) },
            from: e.from!,
            to: e.to,
            summary: bundle.summary,
            target,
            links,
            priority,
            ...(pdf ? { pdfPath: pdf.absolutePath } : {}),
          },
          ctx,
        );
      }
      ctx.log.info(`notified by ${channel} (${priority})`);
    } catch (err) {
      ctx.log.warning(`the ${channel} notification failed: ${errorMessage(err)}`);
    }
  }
}

/** The commit status on the analysed commit; refused (no statuses: write, fork PR) is a warning. */
async function updateStatus(
  inputs: PublishPortalInputs,
  bundle: ReportBundle,
  target: PublishTarget,
  result: PublishAllResult,
  host: ActionHost,
): Promise<CommitStatusResult | undefined> {
  const repository = host.env.GITHUB_REPOSITORY;
  if (!inputs.updateStatus || host.kind !== 'runner' || !repository || !target.sha || !inputs.token) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  const status = await setCommitStatus({
    client: createGitHubClient({ token: inputs.token, baseUrl: githubApiUrl(host.env as NodeJS.ProcessEnv), log: host.log }),
    owner,
    repo,
    sha: target.sha,
    state: commitStateFor(result),
    ...(result.published[0] ? { targetUrl: result.published[0].url } : {}),
    summary: bundle.summary,
    ...(result.failed.length > 0 ? { note: `${result.failed.map((f) => f.destination).join(', ')} failed` } : {}),
    context: inputs.statusContext,
    log: host.log,
  });
  if (status.outcome === 'refused') host.log.warning(status.message);
  else host.log.info(`commit status ${status.context}: ${status.state} (${status.description})`);
  return status;
}

export const stage: Stage = { name: NAME, issue: 7, available: true, run };
