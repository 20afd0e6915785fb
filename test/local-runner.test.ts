import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, runLocalAction } from './support/local-runner';

/**
 * The local runner itself, on a tiny action written here in plain JavaScript that uses
 * @actions/core the way our bundles do: if it passes inputs, files and the event correctly to
 * this action, it does so for ours.
 */
function fixtureAction(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fixture-action-'));
  fs.writeFileSync(
    path.join(dir, 'action.yml'),
    [
      'name: fixture',
      'description: echoes what the runner gave it',
      'inputs:',
      '  greeting:',
      '    description: a word',
      "    default: 'hello'",
      '  token:',
      '    description: a token',
      '    default: ${{ github.token }}',
      '  multi line:',
      '    description: an input name with a space',
      '    required: false',
      'runs:',
      '  using: node24',
      '  main: main.mjs',
      '  post: post.mjs',
      '',
    ].join('\n'),
  );
  const core = JSON.stringify(path.join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js'));
  fs.writeFileSync(
    path.join(dir, 'main.mjs'),
    `import * as core from ${core};
import * as fs from 'node:fs';
const event = JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
core.setOutput('greeting', core.getInput('greeting'));
core.setOutput('token-length', String(core.getInput('token').length));
core.setOutput('multi', core.getInput('multi line'));
core.setOutput('event', process.env.GITHUB_EVENT_NAME + ' ' + (event.pull_request ? event.pull_request.number : event.ref));
core.setOutput('lines', 'one\\ntwo');
core.setOutput('cwd', process.cwd());
core.setOutput('node', process.version);
core.exportVariable('FROM_ACTION', 'yes');
core.saveState('started', 'at-main');
core.setSecret('s3cr3t-value');
core.warning('look here', { file: 'src/a.ts', startLine: 3, endLine: 4, title: 'a, title: with commas' });
core.error('multi\\nline');
await core.summary.addHeading('Fixture').addRaw('done').write();
if (core.getInput('greeting') === 'fail') core.setFailed('asked to fail');
`,
  );
  fs.writeFileSync(path.join(dir, 'post.mjs'), `import * as core from ${core};\ncore.notice('post saw ' + core.getState('started'));\n`);
  return dir;
}

test('runs an action with defaults, overrides, file commands, annotations and post', async () => {
  const result = await runLocalAction({ actionDir: fixtureAction(), inputs: { 'multi line': 'a b' }, token: 'ghs_0123456789' });
  assert.equal(result.exitCode, 0, result.stderr);
  assert.equal(result.outputs.greeting, 'hello');
  assert.equal(result.outputs['token-length'], '14');
  assert.equal(result.outputs.multi, 'a b');
  assert.equal(result.outputs.lines, 'one\ntwo');
  assert.equal(result.outputs.cwd, result.workspace);
  assert.match(result.outputs.event!, /^push refs\/heads\//);
  assert.equal(result.exportedEnv.FROM_ACTION, 'yes');
  assert.equal(result.state.started, 'at-main');
  assert.deepEqual(result.masks, ['s3cr3t-value']);
  assert.match(result.summary, /<h1>Fixture<\/h1>\ndone/);
  assert.deepEqual(result.annotations, [
    { level: 'warning', message: 'look here', file: 'src/a.ts', line: 3, endLine: 4, title: 'a, title: with commas' },
    { level: 'error', message: 'multi\nline' },
    { level: 'notice', message: 'post saw at-main' },
  ]);
  if (!result.note) assert.match(result.outputs.node!, /^v24\./);
});

test('passes a real pull_request payload and the merge ref', async () => {
  const result = await runLocalAction({ actionDir: fixtureAction(), event: 'pull_request' });
  assert.equal(result.outputs.event, 'pull_request 2');
});

test('a failing action exits 1 with its reason as an error annotation', async () => {
  const result = await runLocalAction({ actionDir: fixtureAction(), inputs: { greeting: 'fail' } });
  assert.equal(result.exitCode, 1);
  assert.ok(result.annotations.some((a) => a.level === 'error' && a.message === 'asked to fail'));
});
