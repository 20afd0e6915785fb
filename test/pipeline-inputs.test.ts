import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { InputReader } from '../lib/action/inputs';
import { actionMetadataFile, inputsWithDefaults, readActionMetadata } from '../lib/action/metadata';
import { getInputs } from '../pipeline/inputs';
import { ROOT_OUTPUTS } from '../pipeline/outputs';
import { PASSTHROUGH, ROOT_DEFAULTS } from '../pipeline/passthrough';
import { REPO_ROOT } from './support/local-runner';

const root = readActionMetadata(actionMetadataFile(REPO_ROOT));
const stageMeta = (stage: string) => readActionMetadata(actionMetadataFile(REPO_ROOT, stage));

describe('root action: the union of the stages’ inputs and outputs', () => {
  it('declares every passthrough input with the stage’s default (or the documented root default)', () => {
    const problems: string[] = [];
    for (const p of PASSTHROUGH) {
      const stageInput = stageMeta(p.stage).inputs[p.input];
      const rootInput = root.inputs[p.root];
      if (!stageInput) problems.push(`${p.stage} has no input "${p.input}"`);
      if (!rootInput) problems.push(`action.yml does not declare "${p.root}" (for ${p.stage})`);
      if (!stageInput || !rootInput) continue;
      const expected = ROOT_DEFAULTS[p.root] ?? stageInput.default ?? '';
      if ((rootInput.default ?? '') !== expected) problems.push(`"${p.root}": root default "${rootInput.default}" but ${p.stage} has "${expected}"`);
    }
    assert.deepEqual(problems, []);
  });

  it('declares every root output, each taken from an output its stage declares', () => {
    for (const o of ROOT_OUTPUTS) {
      assert.ok(root.outputs[o.root], `action.yml must declare output ${o.root}`);
      assert.ok(stageMeta(o.stage).outputs[o.output], `${o.stage} must declare output ${o.output}`);
    }
    assert.deepEqual(Object.keys(root.outputs).sort(), ['stages', ...ROOT_OUTPUTS.map((o) => o.root)].sort());
  });

  it('hands each stage the values given under the stage’s own input names, and leaves empty ones to the stage default', () => {
    const values = inputsWithDefaults(root, {
      'fail-on': 'error',
      'upload-sarif': 'true',
      'report-kind': 'security',
      destination: 'webhook',
      'webhook-url': 'https://portal.example/hook',
      'github-token': 'ghs_x',
    });
    const parsed = getInputs(new InputReader((name) => values[name] ?? '', REPO_ROOT));
    assert.equal(parsed.stageInputs.analyze['fail-on'], 'error');
    assert.equal(parsed.stageInputs['security-scan'].upload, 'true');
    assert.equal(parsed.stageInputs['security-scan']['fail-on-severity'], 'none');
    assert.equal(parsed.stageInputs['generate-report'].kind, 'security');
    assert.equal(parsed.stageInputs['publish-portal']['webhook-url'], 'https://portal.example/hook');
    for (const stage of ['security-scan', 'perf-bench', 'generate-report', 'publish-portal'] as const) {
      assert.equal(parsed.stageInputs[stage]['github-token'], 'ghs_x', stage);
    }
    assert.equal('languages' in parsed.stageInputs.analyze, false, 'an empty input is not passed: the stage default applies');
    assert.equal(parsed.benchmarkConfig, path.join(REPO_ROOT, 'assay-bench.yml'));
  });
});
