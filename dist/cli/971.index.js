export const id = 971;
export const ids = [971];
export const modules = {

/***/ 96971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/action/host.ts + 1 modules
var action_host = __webpack_require__(45082);
// EXTERNAL MODULE: ./lib/action/inputs.ts
var action_inputs = __webpack_require__(77344);
// EXTERNAL MODULE: ./lib/action/metadata.ts
var metadata = __webpack_require__(68512);
// EXTERNAL MODULE: ./lib/action/run-action.ts
var run_action = __webpack_require__(86567);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(88115);
// EXTERNAL MODULE: ./lib/markdown.ts
var markdown = __webpack_require__(48473);
;// CONCATENATED MODULE: ./pipeline/passthrough.ts
/**
 * The root action's inputs that are handed to a stage unchanged: `root` is the name in the root
 * action.yml, `input` the stage's own. Most keep the stage's name; the few that would be
 * ambiguous in one flat list of inputs get a prefix (the report's `kind` is `report-kind`).
 *
 * An empty value is not passed, so the stage's own default applies. The root action.yml declares
 * each with the stage's default except where ROOT_DEFAULTS says why not; a test holds both files
 * to this table.
 */
const PASSTHROUGH = [
    { stage: 'analyze', root: 'languages', input: 'languages' },
    { stage: 'analyze', root: 'tools', input: 'tools' },
    { stage: 'analyze', root: 'exclude', input: 'exclude' },
    { stage: 'analyze', root: 'fail-on', input: 'fail-on' },
    { stage: 'analyze', root: 'changed-files-only', input: 'changed-files-only' },
    { stage: 'analyze', root: 'base-ref', input: 'base-ref' },
    { stage: 'analyze', root: 'tool-timeout', input: 'tool-timeout' },
    { stage: 'security-scan', root: 'scanners', input: 'scanners' },
    { stage: 'security-scan', root: 'osv-database', input: 'osv-database' },
    { stage: 'security-scan', root: 'sarif-files', input: 'sarif-files' },
    { stage: 'security-scan', root: 'convert', input: 'convert' },
    { stage: 'security-scan', root: 'fail-on-severity', input: 'fail-on-severity' },
    { stage: 'security-scan', root: 'upload-sarif', input: 'upload' },
    { stage: 'security-scan', root: 'sarif-category', input: 'category' },
    { stage: 'security-scan', root: 'github-token', input: 'github-token' },
    { stage: 'perf-bench', root: 'baseline', input: 'baseline' },
    { stage: 'perf-bench', root: 'min-effect', input: 'min-effect' },
    { stage: 'perf-bench', root: 'fail-on-regression', input: 'fail-on-regression' },
    { stage: 'perf-bench', root: 'github-token', input: 'github-token' },
    { stage: 'generate-report', root: 'report-kind', input: 'kind' },
    { stage: 'generate-report', root: 'format', input: 'format' },
    { stage: 'generate-report', root: 'mode', input: 'mode' },
    { stage: 'generate-report', root: 'title', input: 'title' },
    { stage: 'generate-report', root: 'templates', input: 'templates' },
    { stage: 'generate-report', root: 'previous-report', input: 'previous-report' },
    { stage: 'generate-report', root: 'quality-gates', input: 'quality-gates' },
    { stage: 'generate-report', root: 'fail-on-gates', input: 'fail-on-gates' },
    { stage: 'generate-report', root: 'pr-comment', input: 'pr-comment' },
    { stage: 'generate-report', root: 'upload-report', input: 'upload-artifact' },
    { stage: 'generate-report', root: 'github-token', input: 'github-token' },
    { stage: 'publish-portal', root: 'destination', input: 'destination' },
    { stage: 'publish-portal', root: 'pages-repository', input: 'pages-repository' },
    { stage: 'publish-portal', root: 'pages-branch', input: 'pages-branch' },
    { stage: 'publish-portal', root: 'pages-url', input: 'pages-url' },
    { stage: 'publish-portal', root: 'max-reports', input: 'max-reports' },
    { stage: 'publish-portal', root: 's3-bucket', input: 's3-bucket' },
    { stage: 'publish-portal', root: 's3-endpoint', input: 's3-endpoint' },
    { stage: 'publish-portal', root: 's3-prefix', input: 's3-prefix' },
    { stage: 'publish-portal', root: 's3-region', input: 's3-region' },
    { stage: 'publish-portal', root: 's3-sse', input: 's3-sse' },
    { stage: 'publish-portal', root: 's3-kms-key-id', input: 's3-kms-key-id' },
    { stage: 'publish-portal', root: 's3-role-to-assume', input: 's3-role-to-assume' },
    { stage: 'publish-portal', root: 'webhook-url', input: 'webhook-url' },
    { stage: 'publish-portal', root: 'webhook-secret', input: 'webhook-secret' },
    { stage: 'publish-portal', root: 'notify', input: 'notify' },
    { stage: 'publish-portal', root: 'notify-on', input: 'notify-on' },
    { stage: 'publish-portal', root: 'slack-webhook-url', input: 'slack-webhook-url' },
    { stage: 'publish-portal', root: 'smtp-host', input: 'smtp-host' },
    { stage: 'publish-portal', root: 'smtp-port', input: 'smtp-port' },
    { stage: 'publish-portal', root: 'smtp-secure', input: 'smtp-secure' },
    { stage: 'publish-portal', root: 'smtp-username', input: 'smtp-username' },
    { stage: 'publish-portal', root: 'smtp-password', input: 'smtp-password' },
    { stage: 'publish-portal', root: 'email-from', input: 'email-from' },
    { stage: 'publish-portal', root: 'email-to', input: 'email-to' },
    { stage: 'publish-portal', root: 'update-status', input: 'update-status' },
    { stage: 'publish-portal', root: 'github-token', input: 'github-token' },
];
/**
 * Root defaults that differ from the stage's, and why: in one job every stage must run so the
 * report shows everything, so findings do not fail a stage on the way; the report's gates and
 * the thresholds below judge at the end. Uploading to code scanning needs a permission a
 * one-line setup may not have granted.
 */
const ROOT_DEFAULTS = {
    'fail-on': 'none',
    'fail-on-severity': 'none',
    'upload-sarif': 'false',
};

;// CONCATENATED MODULE: ./pipeline/inputs.ts


function getInputs(inputs) {
    const path = inputs.path('path', { required: true, mustExist: 'directory' });
    const stageInputs = { analyze: {}, 'security-scan': {}, 'perf-bench': {}, 'generate-report': {}, 'publish-portal': {} };
    for (const p of PASSTHROUGH) {
        const value = inputs.raw(p.root);
        if (value !== '')
            stageInputs[p.stage][p.input] = value;
    }
    return {
        path,
        outputDir: inputs.path('output-dir', { required: true }),
        // Relative to the audited folder: the file belongs to the project, wherever it is checked out.
        benchmarkConfig: external_node_path_.resolve(path, inputs.string('benchmark-config', { required: true })),
        stageInputs,
    };
}

;// CONCATENATED MODULE: ./pipeline/outputs.ts
/** The root action's outputs besides `stages`: each is a stage's output under the same or a clearer name. */
const ROOT_OUTPUTS = [
    { root: 'grade', stage: 'generate-report', output: 'grade' },
    { root: 'report-dir', stage: 'generate-report', output: 'report-dir' },
    { root: 'critical', stage: 'security-scan', output: 'critical' },
    { root: 'high', stage: 'security-scan', output: 'high' },
    { root: 'medium', stage: 'security-scan', output: 'medium' },
    { root: 'low', stage: 'security-scan', output: 'low' },
    { root: 'sarif-id', stage: 'security-scan', output: 'sarif-id' },
    { root: 'regressions', stage: 'perf-bench', output: 'regressions' },
    { root: 'urls', stage: 'publish-portal', output: 'urls' },
    { root: 'pages-url', stage: 'publish-portal', output: 'pages-url' },
    { root: 's3-url', stage: 'publish-portal', output: 's3-url' },
    { root: 'presigned-url', stage: 'publish-portal', output: 'presigned-url' },
];
/** The root outputs the stages that ran produced. */
function rootOutputs(results) {
    const out = {};
    for (const o of ROOT_OUTPUTS) {
        const value = results.find((r) => r.stage === o.stage)?.outputs[o.output];
        if (value !== undefined)
            out[o.root] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/action/stage-host.ts
/**
 * Gives a stage its own inputs (already merged with its action.yml defaults) and keeps its
 * outputs and failure apart from the parent's, so one stage failing is the pipeline's decision
 * to report, not a side effect on the whole job. Logs, secrets and the summary are shared.
 */
function createStageHost(parent, inputs) {
    const outputs = new Map();
    const failures = [];
    return {
        kind: parent.kind,
        input: (name) => inputs[name] ?? '',
        log: parent.log,
        workspace: parent.workspace,
        tempDir: parent.tempDir,
        env: parent.env,
        outputs,
        failures,
        setOutput: (name, value) => void outputs.set(name, String(value)),
        setSecret: (value) => parent.setSecret(value),
        ...(parent.getIdToken ? { getIdToken: parent.getIdToken } : {}),
        appendSummary: (markdown) => parent.appendSummary(markdown),
        fail: (message) => {
            failures.push(message);
            parent.log.error(message);
        },
    };
}

;// CONCATENATED MODULE: ./pipeline/run-pipeline.ts



/**
 * Which inputs each stage gets from the pipeline's, or why it does not run. Stages read and
 * write the same output folder, so each finds the files of those before it.
 */
function stagePlan(stage, inputs) {
    const out = inputs.outputDir;
    const given = inputs.stageInputs[stage] ?? {};
    switch (stage) {
        // In one job nothing crosses to another job: the report artifact is the only one worth uploading.
        case 'analyze':
            return { inputs: { ...given, path: inputs.path, 'output-dir': out, 'upload-artifact': 'false' } };
        case 'security-scan':
            return { inputs: { ...given, path: inputs.path, 'output-dir': out, 'upload-artifact': 'false' } };
        case 'perf-bench':
            if (!external_node_fs_.existsSync(inputs.benchmarkConfig))
                return { skip: `no benchmark file (${inputs.benchmarkConfig})` };
            return { inputs: { ...given, config: inputs.benchmarkConfig, 'output-dir': out, 'upload-artifact': 'false' } };
        case 'generate-report':
            return { inputs: { ...given, 'input-dir': out, 'output-dir': out } };
        case 'publish-portal':
            if (!given.destination)
                return { skip: 'no destination set (input "destination")' };
            return { inputs: { ...given, 'input-dir': out, 'output-dir': out } };
        default:
            return { skip: 'unknown stage' };
    }
}
/** Runs every stage that exists, in order, each in-process with its own inputs and outputs. */
async function runPipeline(options) {
    const { host, inputs } = options;
    external_node_fs_.mkdirSync(inputs.outputDir, { recursive: true });
    const results = [];
    for (const stage of options.stages) {
        const started = performance.now();
        const plan = stagePlan(stage.name, inputs);
        if (!stage.available || 'skip' in plan) {
            const reason = !stage.available ? `not available yet (issue #${stage.issue} has not landed)` : plan.skip;
            host.log.info(`skip ${stage.name}: ${reason}`);
            results.push({ stage: stage.name, status: 'skipped', reason, outputs: {}, durationMs: 0 });
            continue;
        }
        const meta = (0,metadata/* readActionMetadata */.Of)((0,metadata/* actionMetadataFile */.Q7)(options.root, stage.name));
        const stageHost = createStageHost(host, (0,metadata/* inputsWithDefaults */.yP)(meta, plan.inputs));
        const outcome = await host.log.group(stage.name, () => stage.run(stageHost));
        results.push({
            stage: stage.name,
            status: outcome,
            ...(stageHost.failures.length > 0 ? { reason: stageHost.failures.join('; ') } : {}),
            outputs: Object.fromEntries(stageHost.outputs),
            durationMs: Math.round(performance.now() - started),
        });
    }
    return results;
}

// EXTERNAL MODULE: ./pipeline/stages.ts + 293 modules
var stages = __webpack_require__(5259);
;// CONCATENATED MODULE: ./pipeline/main.ts












/** The root action and `assay pipeline`: every stage that exists, in order, in one job. */
function run(host = (0,action_host/* createRunnerHost */.d_)()) {
    return (0,run_action/* runAction */.C)('assay', host, async () => {
        const inputs = getInputs(new action_inputs/* InputReader */.i(host.input, host.workspace));
        const results = await runPipeline({ stages: stages.STAGES, inputs, host, root: (0,metadata/* findRepositoryRoot */.mL)() });
        const record = external_node_path_.join(inputs.outputDir, 'pipeline.json');
        external_node_fs_.writeFileSync(record, `${JSON.stringify({ path: inputs.path, stages: results }, null, 2)}\n`);
        host.setOutput('stages', JSON.stringify(Object.fromEntries(results.map((r) => [r.stage, r.status]))));
        for (const [name, value] of Object.entries(rootOutputs(results)))
            host.setOutput(name, value);
        await host.appendSummary(['## Assay pipeline', '', (0,markdown/* markdownTable */.Q)(['stage', 'status', 'note'], results.map((r) => [r.stage, r.status, r.reason ?? ''])), ''].join('\n'));
        host.log.info(`pipeline record: ${record}`);
        const failed = results.filter((r) => r.status !== 'success' && r.status !== 'skipped');
        if (failed.length > 0)
            throw new errors/* AssayError */.WV(`${failed.map((r) => r.stage).join(', ')} did not succeed; see the log above.`);
    });
}


/***/ })

};
