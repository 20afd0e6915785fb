import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readEvent } from '../../lib/action/event';
import { createRunnerHost, type ActionHost } from '../../lib/action/host';
import { InputReader } from '../../lib/action/inputs';
import { findRepositoryRoot } from '../../lib/action/metadata';
import { runAction, type Outcome } from '../../lib/action/run-action';
import type { Stage } from '../../lib/action/stage';
import { createGitHubArtifactStore } from '../../lib/artifacts/github-store';
import { createArtifactStore } from '../../lib/artifacts/select-store';
import type { ArtifactStore } from '../../lib/artifacts/store';
import { AssayError, ConfigurationError } from '../../lib/errors';
import { createGitHubClient, githubApiUrl } from '../../lib/github/client';
import { ASSAY_VERSION } from '../../lib/version';
import { getInputs } from './inputs';
import { buildReportModel } from './model-build/build-model';
import { findBrowser } from './pdf/find-browser';
import { printPdf } from './pdf/print-pdf';
import { writeJobSummary } from './publish/job-summary';
import { fullReportMarkdown, workflowRunUrl } from './publish/links';
import { commentOnPullRequest } from './publish/pull-request';
import { uploadReportArtifact } from './publish/report-artifact';
import { renderMarkdown, renderReport } from './render/render-report';
import { loadSources } from './sources/load-sources';
import { readPreviousReport } from './sources/previous-report';

const NAME = 'generate-report';
/** What fits a pull request comment (65,536 characters) with room for the marker and the note. */
const COMMENT_MARKDOWN_BYTES = 60_000;

export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction(NAME, host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    if (inputs.token) host.setSecret(inputs.token);
    const env = host.env;
    const scratch = path.join(host.tempDir, `assay-report-${process.pid}`);
    const store = createArtifactStore({ env: { ...env }, folder: path.join(host.workspace, '.assay-artifacts'), log: host.log });

    const sourceStore = inputs.artifactsRunId === undefined ? store : otherRunStore(inputs.artifactsRunId, inputs.token!, host);

    const sources = await loadSources({
      ...(inputs.downloadArtifacts ? { artifacts: { store: sourceStore, workDir: inputs.inputDir } } : { inputDir: inputs.inputDir }),
      log: host.log,
    });
    const repository = env.GITHUB_REPOSITORY;
    const model = buildReportModel({
      sources,
      kind: inputs.kind,
      mode: inputs.mode,
      ...(inputs.previousReport ? { previous: readPreviousReport(inputs.previousReport) } : {}),
      gates: inputs.gates,
      meta: {
        ...(inputs.title ? { title: inputs.title } : {}),
        ...(repository ? { repository } : {}),
        ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...(workflowRunUrl(env) ? { runUrl: workflowRunUrl(env)! } : {}),
        assayVersion: ASSAY_VERSION,
      },
    });

    fs.mkdirSync(inputs.outputDir, { recursive: true });
    const files = {
      md: path.join(inputs.outputDir, 'report.md'),
      html: path.join(inputs.outputDir, 'report.html'),
      pdf: path.join(inputs.outputDir, 'report.pdf'),
      json: path.join(inputs.outputDir, 'report.json'),
    };
    const bundledDir = path.join(findRepositoryRoot(), 'templates');
    const wantHtml = inputs.formats.includes('html') || inputs.formats.includes('pdf');
    const rendered = await renderReport({
      model,
      kind: inputs.kind,
      formats: [...(inputs.formats.includes('md') ? (['md'] as const) : []), ...(wantHtml ? (['html'] as const) : [])],
      ...(inputs.templates ? { templatesDir: inputs.templates } : {}),
      bundledDir,
    });
    // report.json is the exact model the templates saw.
    fs.writeFileSync(files.json, `${JSON.stringify(model, null, 2)}\n`);
    host.setOutput('json-file', files.json);
    if (rendered.markdown !== undefined) {
      fs.writeFileSync(files.md, rendered.markdown);
      host.setOutput('markdown-file', files.md);
    }
    if (rendered.html !== undefined && inputs.formats.includes('html')) {
      fs.writeFileSync(files.html, rendered.html);
      host.setOutput('html-file', files.html);
    }
    if (inputs.formats.includes('pdf')) {
      fs.mkdirSync(scratch, { recursive: true });
      const printed = await printPdf({
        html: rendered.html!,
        file: files.pdf,
        browserPath: findBrowser(env),
        draft: inputs.mode === 'draft',
        title: model.meta.title,
        log: host.log,
        tempDir: scratch,
        toolCache: env.ASSAY_TOOL_CACHE || (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'assay') : path.join(os.homedir(), '.cache', 'assay')),
        env: { ...env } as NodeJS.ProcessEnv,
      });
      host.log.info(`printed ${printed.pages} pages to ${files.pdf} in ${(printed.durationMs / 1000).toFixed(1)} s`);
      host.setOutput('pdf-file', files.pdf);
    }
    host.setOutput('report-dir', inputs.outputDir);
    host.setOutput('grade', model.grade.letter);
    const gatesPassed = model.gates.every((g) => g.passed);
    host.setOutput('gates-passed', gatesPassed);

    let artifact: { name: string; id: number | undefined } | undefined;
    if (inputs.uploadArtifact && host.kind === 'runner') {
      const uploaded = await uploadReportArtifact({ store, name: inputs.artifactName, dir: inputs.outputDir, log: host.log });
      artifact = { name: uploaded.name, id: uploaded.id };
      if (uploaded.id !== undefined) host.setOutput('artifact-id', uploaded.id);
    }
    const fullReport = fullReportMarkdown(env, artifact);
    if (inputs.jobSummary) {
      await writeJobSummary(host, rendered.markdown ?? (await renderMarkdown(model, { kind: inputs.kind, bundledDir, ...(inputs.templates ? { templatesDir: inputs.templates } : {}) })), { fullReport, log: host.log });
    }
    if (inputs.prComment && host.kind === 'runner' && repository && inputs.token) {
      const [owner, repo] = repository.split('/') as [string, string];
      const body = await renderMarkdown(model, { kind: inputs.kind, bundledDir, maxBytes: COMMENT_MARKDOWN_BYTES, ...(inputs.templates ? { templatesDir: inputs.templates } : {}) });
      const outcome = await commentOnPullRequest({
        client: createGitHubClient({ token: inputs.token, baseUrl: githubApiUrl(env as NodeJS.ProcessEnv), log: host.log }),
        owner,
        repo,
        body,
        fullReport,
        event: await readEvent(env),
        log: host.log,
      });
      if ('url' in outcome && outcome.url) host.setOutput('comment-url', outcome.url);
    }
    host.log.info(`report ${model.grade.letter} (${model.grade.score}) written to ${inputs.outputDir}`);
    if (inputs.failOnGates && !gatesPassed) {
      throw new AssayError(`quality gates failed: ${model.gates.filter((g) => !g.passed).map((g) => `${g.name} (${g.actual})`).join('; ')}`);
    }
  });
}

/**
 * The stage artifacts of another workflow run of this repository (input artifacts-run-id), e.g.
 * the latest audit a consultation report starts from: read through the REST API with the token,
 * so it works in any job (and outside a runner) that has GITHUB_REPOSITORY and a token with
 * actions: read.
 */
function otherRunStore(runId: number, token: string, host: ActionHost): ArtifactStore {
  const repository = host.env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(
      `input "artifacts-run-id" reads a workflow run of this repository, but GITHUB_REPOSITORY is ${repository ? `"${repository}", not owner/name` : 'not set'}; on a GitHub runner it always is.`,
    );
  }
  host.log.info(`Reading the stages' artifacts of workflow run ${runId} of ${owner}/${repo} (input artifacts-run-id).`);
  return createGitHubArtifactStore({ env: { ...host.env }, log: host.log, run: { id: runId, owner, repo, token } });
}

export const stage: Stage = { name: NAME, issue: 5, available: true, run };
