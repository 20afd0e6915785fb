import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRunnerHost, type ActionHost } from '../../lib/action/host';
import { InputReader } from '../../lib/action/inputs';
import { runAction, type Outcome } from '../../lib/action/run-action';
import type { Stage } from '../../lib/action/stage';
import { publishStageArtifact } from '../../lib/artifacts/stage-artifact';
import { AssayError, errorMessage } from '../../lib/errors';
import { createGitHubClient, githubApiUrl } from '../../lib/github/client';
import { uploadRefFor, uploadSarif } from '../../lib/github/code-scanning';
import { assertValidSarif } from '../../lib/sarif/schema-validate';
import { countBySeverity, meetsThreshold } from '../../lib/severity';
import { getInputs, type SecurityScanInputs } from './inputs';
import { scanProject } from './scan-project';
import { renderSecuritySummary, securityJson } from './summary';

const NAME = 'security-scan';

export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction(NAME, host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    if (inputs.token) host.setSecret(inputs.token);
    const env = host.env;
    const scan = await scanProject({
      root: inputs.path,
      workspace: host.workspace,
      scanners: inputs.scanners,
      ...(inputs.osvDatabase ? { osvDatabase: inputs.osvDatabase } : {}),
      osvApiUrl: inputs.osvApiUrl.href.replace(/\/$/, ''),
      sarifFiles: inputs.sarifFiles,
      convert: inputs.convert,
      category: inputs.category,
      timeoutMs: inputs.scannerTimeoutMs,
      toolCache: env.ASSAY_TOOL_CACHE || (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'assay') : path.join(os.homedir(), '.cache', 'assay')),
      tempDir: path.join(host.tempDir, `assay-security-${process.pid}`),
      env: { ...env } as NodeJS.ProcessEnv,
      log: host.log,
    });
    assertValidSarif(scan.log, 'security.sarif (as built)');
    fs.mkdirSync(inputs.outputDir, { recursive: true });
    const sarifFile = path.join(inputs.outputDir, 'security.sarif');
    await scan.merged.write(sarifFile);

    // A refused upload (a fork's read-only token, no `security-events: write`) fails the step,
    // but only after security.json, the outputs and the summary are written: the scan's results
    // are the user's whatever GitHub answered.
    let upload: Awaited<ReturnType<typeof maybeUpload>>;
    let uploadFailure: { error: unknown } | undefined;
    try {
      upload = await maybeUpload(inputs, host, sarifFile, scan.merged.toBuffer());
    } catch (error) {
      uploadFailure = { error };
    }
    const uploadRecord = upload?.record ?? (uploadFailure ? { error: errorMessage(uploadFailure.error) } : undefined);
    const jsonFile = path.join(inputs.outputDir, 'security.json');
    fs.writeFileSync(jsonFile, `${JSON.stringify(securityJson(scan, { generatedAt: new Date().toISOString(), ...(uploadRecord ? { upload: uploadRecord } : {}) }), null, 2)}\n`);

    const counts = countBySeverity(scan.scored.map((r) => r.severity));
    for (const s of ['critical', 'high', 'medium', 'low'] as const) host.setOutput(s, counts[s]);
    host.setOutput('total', scan.scored.length);
    host.setOutput('sarif-file', sarifFile);
    host.setOutput('json-file', jsonFile);
    if (upload?.record.sarifId) host.setOutput('sarif-id', String(upload.record.sarifId));
    await host.appendSummary(renderSecuritySummary(scan, upload?.line ?? (uploadFailure ? `The upload to code scanning failed: ${errorMessage(uploadFailure.error)}` : undefined)));
    for (const p of scan.problems) host.log.warning(`${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`);
    host.log.info(`wrote ${sarifFile} and ${jsonFile}`);
    // Before the gate and the code scanning verdict: a later job's report needs the results either way.
    await publishStageArtifact({
      host,
      stage: NAME,
      enabled: inputs.uploadArtifact,
      name: inputs.artifactName,
      dir: inputs.outputDir,
      files: [path.basename(sarifFile), path.basename(jsonFile)],
    });

    const failedScanners = scan.results.filter((r) => r.status === 'failed' || r.status === 'timed-out');
    const over = scan.scored.filter((r) => meetsThreshold(r.severity, inputs.failOnSeverity));
    const reasons = [
      ...(over.length > 0 ? [`${over.length} finding${over.length === 1 ? '' : 's'} at or above fail-on-severity "${inputs.failOnSeverity}"`] : []),
      ...(inputs.failOnSeverity === 'none' ? [] : failedScanners.map((r) => `${r.name}: ${r.reason ?? r.status}`)),
    ];
    const gate = reasons.length > 0 ? `${reasons.join('; ')}. The results are in ${sarifFile}.` : undefined;
    if (uploadFailure) {
      if (gate) host.log.error(`${NAME}: ${gate}`);
      throw uploadFailure.error;
    }
    if (gate) throw new AssayError(gate);
  });
}

/**
 * Uploads to code scanning on a runner with a token and a repository; outside GitHub (the
 * command line, a fork without a token) it says why it did not.
 */
async function maybeUpload(inputs: SecurityScanInputs, host: ActionHost, sarifFile: string, sarif: Buffer): Promise<{ record: Record<string, unknown>; line: string } | undefined> {
  if (!inputs.upload) return undefined;
  const env = host.env;
  const repository = env.GITHUB_REPOSITORY;
  if (host.kind !== 'runner' || !repository || !inputs.token) {
    host.log.info('not uploading to code scanning: that needs a GitHub Actions run with a token (input github-token)');
    return undefined;
  }
  const [owner, repo] = repository.split('/') as [string, string];
  const event = env.GITHUB_EVENT_PATH && fs.existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const target = uploadRefFor(env, event);
  host.log.info(`uploading ${sarifFile} to code scanning for ${target.ref} (${target.reason})`);
  const client = createGitHubClient({ token: inputs.token, baseUrl: githubApiUrl(env as NodeJS.ProcessEnv), log: host.log });
  const result = await uploadSarif({
    client,
    owner,
    repo,
    sarif,
    commitSha: target.commitSha,
    ref: target.ref,
    checkoutUri: inputs.path,
    category: inputs.category,
    toolName: 'Assay',
    wait: inputs.waitForProcessing ? { timeoutMs: inputs.processingTimeoutMs } : false,
    log: host.log,
  });
  const line =
    `Uploaded to code scanning as ${result.sarifId} for ${target.ref}: processing ${result.processingStatus}` +
    (result.errors.length ? ` with errors: ${result.errors.join('; ')}` : '.');
  if (result.processingStatus === 'failed') host.log.error(line);
  return { record: { sarifId: result.sarifId, ref: target.ref, commitSha: target.commitSha, processingStatus: result.processingStatus, errors: result.errors }, line };
}

export const stage: Stage = { name: NAME, issue: 4, available: true, run };
