import * as os from 'node:os';
import * as path from 'node:path';
import { createRunnerHost, type ActionHost } from '../../lib/action/host';
import { InputReader } from '../../lib/action/inputs';
import { runAction, type Outcome } from '../../lib/action/run-action';
import type { Stage } from '../../lib/action/stage';
import { publishStageArtifact } from '../../lib/artifacts/stage-artifact';
import { AssayError, errorMessage } from '../../lib/errors';
import { analyzeProject, writeAnalysis } from './analyze-project';
import { annotate } from './annotations';
import { changedLines } from './changed-files';
import { findingsOverThreshold } from './gate';
import { getInputs } from './inputs';
import type { Finding } from './model';
import { renderSummary } from './summary';

const NAME = 'analyze';

/** Reads the inputs, analyzes, writes the files, then reports: outputs, annotations, summary, gate. */
export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction(NAME, host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    const env = host.env;
    const result = await analyzeProject({
      root: inputs.path,
      rootLabel: path.relative(host.workspace, inputs.path).split(path.sep).join('/') || '.',
      ...(inputs.languages ? { languages: inputs.languages } : {}),
      tools: inputs.tools,
      exclude: inputs.exclude,
      changedFilesOnly: inputs.changedFilesOnly,
      ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
      event: { name: env.GITHUB_EVENT_NAME, path: env.GITHUB_EVENT_PATH },
      ...(env.GITHUB_SHA ? { commit: { sha: env.GITHUB_SHA, ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) } } : {}),
      toolTimeoutMs: inputs.toolTimeoutMs,
      // Tools installed by analyze (ESLint, TypeScript) are kept here between runs.
      toolCache: env.ASSAY_TOOL_CACHE || (env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'assay') : path.join(os.homedir(), '.cache', 'assay')),
      tempDir: path.join(host.tempDir, `assay-analyze-${process.pid}`),
      env: { ...env } as NodeJS.ProcessEnv,
      log: host.log,
    });
    const files = writeAnalysis(inputs.outputDir, result);
    host.log.debug(`analyze timings: ${JSON.stringify(result.timings)}`);
    const totals = result.document.totals;
    host.setOutput('findings', totals.findings);
    host.setOutput('errors', totals.errors);
    host.setOutput('sarif-file', files.sarifFile);
    host.setOutput('analysis-file', files.analysisFile);
    const leftOut = annotate({
      findings: await findingsToAnnotate(result.findings, inputs.changedFilesOnly, inputs.path, host),
      root: inputs.path,
      workspace: host.workspace,
      max: inputs.maxAnnotations,
      log: host.log,
    });
    await host.appendSummary(renderSummary(result.document, { notRun: result.plan.notRun, changedFilesOnly: inputs.changedFilesOnly, annotationsLeftOut: leftOut }));
    host.log.info(`wrote ${files.analysisFile} and ${files.sarifFile}`);
    // Before the gate: a later job's report needs the results most when the gate fails.
    await publishStageArtifact({
      host,
      stage: NAME,
      enabled: inputs.uploadArtifact,
      name: inputs.artifactName,
      dir: inputs.outputDir,
      files: [path.basename(files.analysisFile), path.basename(files.sarifFile)],
    });

    if (inputs.failOn === 'none') return;
    const failedTools = result.results.filter((r) => r.status === 'failed' || r.status === 'timed-out');
    const over = findingsOverThreshold(result.findings, inputs.failOn);
    const reasons = [
      ...(over.length > 0 ? [`${over.length} finding${over.length === 1 ? '' : 's'} at or above fail-on "${inputs.failOn}"`] : []),
      ...failedTools.map((r) => (r.reason?.startsWith(r.name) ? r.reason : `${r.name}: ${r.reason ?? 'failed'}`)),
    ];
    if (reasons.length > 0) throw new AssayError(`${reasons.join('; ')}. The results are in ${files.analysisFile}.`);
  });
}

/**
 * On a pull request, annotations go on the lines it changed (that is where a reviewer reads
 * them); the summary and the SARIF keep every finding. When the diff cannot be had (a shallow
 * checkout without the base), every finding may be annotated, most severe first.
 */
async function findingsToAnnotate(findings: Finding[], alreadyChangedOnly: boolean, root: string, host: ActionHost): Promise<Finding[]> {
  const event = host.env.GITHUB_EVENT_NAME;
  if (alreadyChangedOnly || host.kind !== 'runner' || !event?.startsWith('pull_request')) return findings;
  try {
    const diff = await changedLines({ root, eventName: event, eventPath: host.env.GITHUB_EVENT_PATH, env: { ...host.env } as NodeJS.ProcessEnv, log: host.log });
    return findings.filter((f) => diff.files.get(f.file)?.has(f.line));
  } catch (err) {
    host.log.debug(`annotating every finding: the pull request's changed lines are not known (${errorMessage(err)})`);
    return findings;
  }
}

export const stage: Stage = { name: NAME, issue: 3, available: true, run };
