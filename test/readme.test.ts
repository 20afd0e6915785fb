import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { STAGES } from '../pipeline/stages';
import { README, actionReference, renderReadme } from '../scripts/readme';

test('README input/output tables match the action.yml files', () => {
  const current = fs.readFileSync(README, 'utf8');
  assert.equal(renderReadme(current), current, 'README.md is out of date: run npm run readme');
  assert.ok(current.includes(actionReference()));
});

test('README starts with the two commands, and .ci/run runs the test one', () => {
  const current = fs.readFileSync(README, 'utf8');
  const commands = [...current.matchAll(/<!-- (demo|test)-command -->\n```sh\n(.+)\n```/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(commands, [
    ['demo', 'bash scripts/demo.sh'],
    ['test', 'bash scripts/test.sh'],
  ]);
  const secondSection = current.indexOf('\n## ', current.indexOf('\n## ') + 1);
  assert.ok(current.indexOf('<!-- test-command -->') < secondSection, 'the two commands are in the first section');
});

test('README status table says which stages are available', () => {
  const current = fs.readFileSync(README, 'utf8');
  for (const stage of STAGES) {
    const row = current.split('\n').find((l) => l.startsWith(`| ${stage.name} |`));
    assert.ok(row, `status row for ${stage.name}`);
    assert.equal(row.includes(`not available yet (issue #${stage.issue})`), !stage.available, row);
  }
});
