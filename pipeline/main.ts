import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRunnerHost, type ActionHost } from '../lib/action/host';
import { InputReader } from '../lib/action/inputs';
import { findRepositoryRoot } from '../lib/action/metadata';
import { runAction, type Outcome } from '../lib/action/run-action';
import { AssayError } from '../lib/errors';
import { markdownTable } from '../lib/markdown';
import { getInputs } from './inputs';
import { rootOutputs } from './outputs';
import { runPipeline } from './run-pipeline';
import { STAGES } from './stages';

/** The root action and `assay pipeline`: every stage that exists, in order, in one job. */
export function run(host: ActionHost = createRunnerHost()): Promise<Outcome> {
  return runAction('assay', host, async () => {
    const inputs = getInputs(new InputReader(host.input, host.workspace));
    const results = await runPipeline({ stages: STAGES, inputs, host, root: findRepositoryRoot() });
    const record = path.join(inputs.outputDir, 'pipeline.json');
    fs.writeFileSync(record, `${JSON.stringify({ path: inputs.path, stages: results }, null, 2)}\n`);
    host.setOutput('stages', JSON.stringify(Object.fromEntries(results.map((r) => [r.stage, r.status]))));
    for (const [name, value] of Object.entries(rootOutputs(results))) host.setOutput(name, value);
    await host.appendSummary(['## Assay pipeline', '', markdownTable(['stage', 'status', 'note'], results.map((r) => [r.stage, r.status, r.reason ?? ''])), ''].join('\n'));
    host.log.info(`pipeline record: ${record}`);
    const failed = results.filter((r) => r.status !== 'success' && r.status !== 'skipped');
    if (failed.length > 0) throw new AssayError(`${failed.map((r) => r.stage).join(', ')} did not succeed; see the log above.`);
  });
}
