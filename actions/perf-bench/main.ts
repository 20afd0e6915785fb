import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRunnerHost, type ActionHost } from '../../lib/action/host';
import { InputReader } from '../../lib/action/inputs';
import { runAction, type Outcome } from '../../lib/action/run-action';
import type { Stage } from '../../lib/action/stage';
import { createArtifactStore } from '../../lib/artifacts/select-store';
import { publishStageArtifact } from '../../lib/artifacts/stage-artifact';
import { AssayError } from '../../lib/errors';
import { assertValid } from '../../lib/schema/validate';
import type { BaselineSource } from './compare/baseline-source';
import { regressionGate } from './compare/regression-gate';
import { createFileHistory } from './history/file-history';
import { createGitBranchHistory } from './history/git-branch-history';
import type { HistoryStore } from './history/history-store';
import { getInputs, type PerfBenchInputs } from './inputs';
import { runBenchmarks } from './run-benchmarks';
import { renderPerfSummary } from './summary';

const NAME = 'perf-bench';

export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction(NAME, host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    if (inputs.token) host.setSecret(inputs.token);
    const env = host.env;
    const scratch = path.join(host.tempDir, `assay-perf-${process.pid}`);
    const history = historyStore(inputs, host, scratch);
    const baselines: BaselineSource[] = [
      ...(inputs.baseline ? [{ kind: 'file' as const, file: inputs.baseline }] : []),
      ...(inputs.baselineArtifact
        ? [{ kind: 'artifact' as const, store: createArtifactStore({ env: { ...env }, folder: path.join(host.workspace, '.assay-artifacts'), log: host.log }), name: inputs.baselineArtifact, workDir: path.join(scratch, 'baseline') }]
        : []),
      ...(history && env.GITHUB_BASE_REF ? [{ kind: 'history' as const, history, ref: env.GITHUB_BASE_REF }] : []),
    ];
    const commit = env.GITHUB_SHA ? { sha: env.GITHUB_SHA, ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) } : undefined;
    const result = await runBenchmarks({
      configFile: inputs.config,
      outputDir: inputs.outputDir,
      baselines,
      minEffect: inputs.minEffect,
      ...(history
        ? {
            history: {
              store: history,
              // Pull requests draw their point on the charts but do not enter the shared history.
              persist: !env.GITHUB_EVENT_NAME?.startsWith('pull_request'),
              maxHistory: inputs.maxHistory,
              identity: { commit: env.GITHUB_SHA ?? 'local', ref: env.GITHUB_REF ?? 'local', ...(env.GITHUB_RUN_ID ? { id: `${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT ?? '1'}` } : {}) },
            },
          }
        : {}),
      ...(commit ? { commit } : {}),
      env: { ...env },
      log: host.log,
    });
    assertValid('performance', result.document, 'performance.json (as built)');
    fs.mkdirSync(inputs.outputDir, { recursive: true });
    const file = path.join(inputs.outputDir, 'performance.json');
    fs.writeFileSync(file, `${JSON.stringify(result.document, null, 2)}\n`);
    const gate = regressionGate(result.document.benchmarks, inputs.failOnRegression);
    const failed = result.document.benchmarks.filter((b) => b.status !== 'ok');
    host.setOutput('benchmarks', result.document.benchmarks.length);
    host.setOutput('regressions', gate.regressed.length);
    host.setOutput('failed', failed.length);
    host.setOutput('performance-file', file);
    await host.appendSummary(renderPerfSummary(result.document, { ...(result.baselineOrigin ? { baselineOrigin: result.baselineOrigin } : {}), notes: result.notes }));
    host.log.info(`wrote ${file}; ${gate.message}`);
    for (const b of failed) host.log.warning(`${b.name}: ${b.status}: ${b.error ?? ''}`);
    // performance.json and the charts it names (charts of benchmarks no longer run stay behind).
    // Before the gates: a later job's report needs the results most when they fail.
    const charts = result.document.benchmarks
      .map((b) => b.trendChart)
      .filter((c): c is string => typeof c === 'string' && fs.existsSync(path.resolve(inputs.outputDir, c)));
    await publishStageArtifact({
      host,
      stage: NAME,
      enabled: inputs.uploadArtifact,
      name: inputs.artifactName,
      dir: inputs.outputDir,
      files: [path.basename(file), ...new Set(charts)],
    });
    if (gate.fail) throw new AssayError(gate.message);
    if (failed.length > 0) throw new AssayError(`${failed.map((b) => b.name).join(', ')} did not finish; the others' results are in ${file}.`);
  });
}

function historyStore(inputs: PerfBenchInputs, host: ActionHost, scratch: string): HistoryStore | undefined {
  const h = inputs.history;
  if (h.kind === 'none') return undefined;
  if (h.kind === 'file') return createFileHistory(h.file);
  const env = host.env;
  const remote = h.repository ?? (env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}.git` : host.workspace);
  // The token travels as an HTTP header for that host, as actions/checkout does: never in a URL or a log.
  const gitConfig =
    inputs.token && remote.startsWith('https://')
      ? { [`http.${new URL(remote).origin}/.extraheader`]: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${inputs.token}`).toString('base64')}` }
      : undefined;
  return createGitBranchHistory({ remote, branch: h.branch, workDir: path.join(scratch, 'history'), log: host.log, env: { ...env } as NodeJS.ProcessEnv, ...(gitConfig ? { gitConfig } : {}) });
}

export const stage: Stage = { name: NAME, issue: 6, available: true, run };
