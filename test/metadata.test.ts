/**
 * Metadata checks over the real repository (every action.yml, every workflow, every action's
 * inputs), and proof that each check fails on a deliberately broken example built in a temp dir.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findRepositoryRoot } from '../lib/action/metadata';
import {
  ACTIONLINT_UNTRUSTED_INPUTS,
  checkActionFile,
  checkInputsDeclaredAndRead,
  checkNoCoreGetInputOutsideHost,
  checkWorkflowFile,
  untrustedReferences,
} from './support/metadata-checks';

const ROOT = findRepositoryRoot(fileURLToPath(import.meta.url));

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-metadata-'));
  temps.push(dir);
  return dir;
}
/** Writes files (path → content) under dir, creating folders. */
function write(dir: string, files: Record<string, string>): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
after(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The root action.yml and every actions/<name>/action.yml, found rather than listed, so new ones are checked too. */
function actionDirs(): string[] {
  const actions = path.join(ROOT, 'actions');
  const dirs = fs.readdirSync(actions).map((n) => path.join(actions, n)).filter((d) => fs.existsSync(path.join(d, 'action.yml')));
  return [ROOT, ...dirs.sort()];
}

/** .github/workflows (this repository's CI and the reusable workflow) and workflows/ (starters consumers copy). */
function workflowFiles(): string[] {
  return ['.github/workflows', 'workflows'].flatMap((dir) => {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) return [];
    return fs.readdirSync(full).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(full, n));
  });
}

/**
 * Valid input values per action (keyed by folder relative to the root, '.' for the pipeline),
 * laid over the action.yml defaults, chosen so getInputs reads every input. Several entries when
 * which inputs are read depends on the values. Paths are relative to the workspace built below.
 */
const INPUT_SCENARIOS: Record<string, Record<string, string>[]> = {
  '.': [{}],
  'actions/analyze': [{}],
  'actions/security-scan': [{}, { 'osv-database': 'osv' }],
  'actions/perf-bench': [{ baseline: 'baseline.json' }],
  'actions/generate-report': [{}],
  'actions/publish-portal': [
    { destination: 'github-pages' },
    {
      destination: 's3,webhook',
      's3-bucket': 'reports',
      's3-endpoint': 'http://127.0.0.1:9000',
      's3-sse': 'aws:kms',
      's3-kms-key-id': 'alias/reports',
      'webhook-url': 'https://portal.example/hook',
      'webhook-secret': 'k',
      notify: 'slack,email',
      'slack-webhook-url': 'https://hooks.slack.com/services/T/B/x',
      'smtp-host': 'smtp.example',
      'email-from': 'assay@example.com',
      'email-to': 'a@example.com, b@example.com',
    },
  ],
};

/** A workspace holding every file and folder the scenarios (and the action.yml defaults) name. */
function inputsWorkspace(): string {
  return write(tempDir(), {
    'assay-results/.keep': '',
    'assay-bench.yml': 'benchmarks: []\n',
    'baseline.json': '{}\n',
    'osv/.keep': '',
  });
}

describe('the real repository', () => {
  it('has the six action.yml files and a CI workflow to check', () => {
    assert.ok(actionDirs().length >= 6, `found ${actionDirs().length} actions`);
    assert.ok(workflowFiles().some((f) => f.endsWith(path.join('.github', 'workflows', 'ci.yml'))));
  });

  for (const dir of actionDirs()) {
    const rel = path.relative(ROOT, dir) || '.';
    it(`${rel}/action.yml passes the action checks`, () => {
      assert.deepEqual(checkActionFile(path.join(dir, 'action.yml')), []);
    });
  }

  for (const file of workflowFiles()) {
    it(`${path.relative(ROOT, file)} passes the workflow checks`, async () => {
      assert.deepEqual(await checkWorkflowFile(file), []);
    });
  }

  describe('declared inputs are exactly the inputs read', () => {
    let workspace: string;
    before(() => {
      workspace = inputsWorkspace();
    });

    it('has input scenarios for every action and no stale ones', () => {
      const actions = actionDirs().map((d) => path.relative(ROOT, d) || '.');
      assert.deepEqual(Object.keys(INPUT_SCENARIOS).sort(), actions.sort(), 'INPUT_SCENARIOS in this file must list every action');
    });

    for (const dir of actionDirs()) {
      const rel = path.relative(ROOT, dir) || '.';
      it(rel, async () => {
        const scenarios = INPUT_SCENARIOS[rel];
        assert.ok(scenarios, `add ${rel} to INPUT_SCENARIOS`);
        assert.deepEqual(await checkInputsDeclaredAndRead(dir, { scenarios, workspace }), []);
      });
    }
  });

  it(`no file but lib/action/host.ts reads inputs through @actions/core`, () => {
    assert.deepEqual(checkNoCoreGetInputOutsideHost(ROOT), []);
  });
});

/** Asserts some problem matches each pattern, and shows the list when not. */
function assertFinds(problems: string[], ...patterns: RegExp[]): void {
  for (const pattern of patterns) {
    assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${problems.join('\n') || '(none)'}`);
  }
}

const NODE_ACTION = (using: string) => `name: Broken
description: A deliberately broken action.
inputs:
  name:
    description: Who to greet.
runs:
  using: ${using}
  main: dist/index.js
`;

describe('checkActionFile catches', () => {
  it('a JavaScript action on node20', () => {
    const dir = write(tempDir(), { 'action.yml': NODE_ACTION('node20'), 'dist/index.js': '' });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /runs\.using is "node20"; JavaScript actions must use "node24"/);
  });

  it('a missing main file (and accepts the same action on node24 with its bundle)', () => {
    const dir = write(tempDir(), { 'action.yml': NODE_ACTION('node24') });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /runs\.main is "dist\/index\.js" but .* does not exist/);
    write(dir, { 'dist/index.js': '' });
    assert.deepEqual(checkActionFile(path.join(dir, 'action.yml')), []);
  });

  it('an input without a description', () => {
    const dir = write(tempDir(), { 'action.yml': NODE_ACTION('node24').replace('    description: Who to greet.\n', '    required: false\n'), 'dist/index.js': '' });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /:4: input "name" has no description/);
  });

  it('a key the action schema does not know', () => {
    const dir = write(tempDir(), { 'action.yml': NODE_ACTION('node24').replace('  main:', '  mian:'), 'dist/index.js': '' });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /Unexpected value 'mian' \(action schema\)/);
  });

  const composite = (run: string, extra = '') => `name: Broken
description: A deliberately broken composite action.
inputs:
  name:
    description: Who to greet.
runs:
  using: composite
  steps:
    - name: greet
      shell: bash
${extra}      run: ${run}
`;

  it('run: echo ${{ inputs.name }} in a composite step, and accepts the env: form', () => {
    const bad = write(tempDir(), { 'action.yml': composite('echo ${{ inputs.name }}') });
    assertFinds(checkActionFile(path.join(bad, 'action.yml')), /:11: composite step "greet" interpolates \$\{\{ inputs\.name \}\}/);
    const good = write(tempDir(), { 'action.yml': composite('echo "$NAME"', '      env:\n        NAME: ${{ inputs.name }}\n') });
    assert.deepEqual(checkActionFile(path.join(good, 'action.yml')), []);
  });

  it('github.event and github.head_ref in a composite script', () => {
    const dir = write(tempDir(), { 'action.yml': composite('git switch "${{ github.head_ref }}" && echo "${{ github.event.pull_request.title }}"') });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /\$\{\{ github\.head_ref \}\}/, /\$\{\{ github\.event\.pull_request\.title \}\}/);
  });

  it('a relative uses: in a composite step', () => {
    const dir = write(tempDir(), { 'action.yml': composite('echo hi').replace('    - name: greet', '    - uses: ./actions/analyze\n    - name: greet') });
    assertFinds(checkActionFile(path.join(dir, 'action.yml')), /uses "\.\/actions\/analyze", which resolves in the consumer's workspace/);
  });
});

describe('the run: interpolation rule', () => {
  it('catches every untrusted input actionlint lists', () => {
    for (const input of ACTIONLINT_UNTRUSTED_INPUTS) {
      const written = input.replace(/\.\*/g, '[0]');
      assert.notDeepEqual(untrustedReferences(`echo "\${{ ${written} }}"`), [], input);
    }
  });

  it('catches the forms an expression can take', () => {
    const cases = [
      "${{ github['event']['issue']['title'] }}",
      '${{ Inputs.Name }}',
      "${{ format('{0}', inputs.name) }}",
      '${{ toJSON(github) }}',
      '${{ github.event.issue.number }}',
      "${{ fromJSON(inputs.list)[0] }}",
      '${{ steps.x.outputs[inputs.key] }}',
    ];
    for (const c of cases) assert.notDeepEqual(untrustedReferences(`echo ${c}`), [], c);
  });

  it('lets trusted values through', () => {
    const cases = ['${{ github.sha }}', '${{ github.workspace }}', '${{ runner.temp }}', '${{ steps.x.outputs.y }}', "${{ format('inputs.{0}', env.X) }}", "echo '}}' inputs"];
    for (const c of cases) assert.deepEqual(untrustedReferences(`echo ${c}`), [], c);
  });
});

const WORKFLOW = `name: Example
on:
  workflow_dispatch:
    inputs:
      name:
        description: Who to greet.
        type: string
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - name: greet
        env:
          NAME: \${{ inputs.name }}
        run: echo "Hello $NAME"
`;

describe('checkWorkflowFile catches', () => {
  const check = (content: string) => checkWorkflowFile(write(tempDir(), { 'example.yml': content }) + '/example.yml');

  it('nothing in a correct workflow (the control for the cases below)', async () => {
    assert.deepEqual(await check(WORKFLOW), []);
  });

  it('a typo in a key', async () => {
    assertFinds(await check(WORKFLOW.replace('runs-on:', 'run-on:')), /Unexpected value 'run-on' \(workflow schema\)/);
  });

  it('a bad expression', async () => {
    assertFinds(await check(WORKFLOW.replace('      - name: greet\n', "      - name: greet\n        if: ${{ github.ref == }}\n")), /\(workflow schema\)/);
  });

  it('a job that needs a job that does not exist', async () => {
    assertFinds(await check(WORKFLOW.replace('    runs-on:', '    needs: build\n    runs-on:')), /\(workflow model\)$/, /needs job "build" which does not exist/);
  });

  it('what only actionlint flags (an undefined property)', async () => {
    const problems = await check(WORKFLOW.replace('Hello $NAME', 'Hello $NAME ${{ github.no_such_property }}'));
    assertFinds(problems, /property "no_such_property" is not defined .*\(actionlint expression\)/);
    assert.ok(problems.every((p) => p.includes('(actionlint')), `only actionlint should flag this:\n${problems.join('\n')}`);
  });

  it('run: echo ${{ inputs.name }} in a workflow step', async () => {
    const problems = await check(WORKFLOW.replace('run: echo "Hello $NAME"', 'run: echo "Hello ${{ inputs.name }}"'));
    assertFinds(problems, /:17: job "greet" step "greet" interpolates \$\{\{ inputs\.name \}\}/);
  });
});

describe('checkInputsDeclaredAndRead catches', () => {
  it('an input read but not declared, and one declared but never read', async () => {
    const dir = tempDir();
    const reader = path.relative(dir, path.join(ROOT, 'lib', 'action', 'inputs')).split(path.sep).join('/');
    write(dir, {
      'action.yml': `name: Broken
description: Reads what it does not declare.
inputs:
  path:
    description: Folder.
    default: '.'
  unused:
    description: Nothing reads this.
runs:
  using: node24
  main: dist/index.js
`,
      'inputs.ts': `import type { InputReader } from '${reader}';
export function getInputs(inputs: InputReader) {
  return { path: inputs.path('path'), level: inputs.integer('undeclared') };
}
`,
      // Read outside getInputs: only the static half can see it.
      'helper.ts': `import * as core from '@actions/core';
export const sneaky = () => core.getInput('sneaky');
`,
    });
    const problems = await checkInputsDeclaredAndRead(dir, { scenarios: [{}], workspace: dir });
    assertFinds(
      problems,
      /input "undeclared" is read by the code but not declared \(.*inputs\.ts:3\) \[static\]/,
      /input "undeclared" is read by the code but not declared \[runtime\]/,
      /input "sneaky" is read by the code but not declared \(.*helper\.ts:2\) \[static\]/,
      /input "unused" is declared but nothing reads it \[static\]/,
      /input "unused" is declared but nothing reads it \[runtime\]/,
    );
    assert.ok(!problems.some((p) => p.includes('"path"')), `"path" is declared and read:\n${problems.join('\n')}`);
  });

  it('an input name the static half cannot know', async () => {
    const dir = tempDir();
    const reader = path.relative(dir, path.join(ROOT, 'lib', 'action', 'inputs')).split(path.sep).join('/');
    write(dir, {
      'action.yml': 'name: B\ndescription: B.\ninputs:\n  level:\n    description: L.\nruns:\n  using: node24\n  main: dist/index.js\n',
      'inputs.ts': `import type { InputReader } from '${reader}';
export function getInputs(inputs: InputReader) {
  return { level: inputs.string('level'), other: inputs.string(['sur', 'prise'].join('')) };
}
`,
    });
    const problems = await checkInputsDeclaredAndRead(dir, { scenarios: [{}], workspace: dir });
    assertFinds(problems, /inputs\.ts:3: InputReader\.string\(\) is given an input name that is not a string literal/, /input "surprise" is read by the code but not declared \[runtime\]/);
  });
});

describe('checkNoCoreGetInputOutsideHost catches', () => {
  it('every way of reaching getInput & co. outside lib/action/host.ts', () => {
    const root = write(tempDir(), {
      'lib/action/host.ts': "import * as core from '@actions/core';\nexport const input = (n: string) => core.getInput(n);\n",
      'src/named.ts': "import { getInput, info } from '@actions/core';\ninfo(getInput('x'));\n",
      'src/renamed.ts': "import { getBooleanInput as flag } from '@actions/core';\nflag('x');\n",
      'src/namespace.ts': "import * as core from '@actions/core';\ncore.info('fine');\ncore.getMultilineInput('x');\n",
      'src/destructured.ts': "import core from '@actions/core';\nconst { getInput } = core;\ngetInput('x');\n",
      'src/required.cjs': "const { getInput } = require('@actions/core');\n",
      'src/dynamic.ts': "export const read = async () => (await import('@actions/core')).getInput('x');\n",
      'src/reexport.ts': "export { getInput } from '@actions/core';\n",
      'src/logger.ts': "import * as core from '@actions/core';\ncore.info('logging is fine');\n",
      'src/string.ts': "export const doc = \"import { getInput } from '@actions/core'\";\n",
    });
    const problems = checkNoCoreGetInputOutsideHost(root);
    assertFinds(
      problems,
      /src\/named\.ts:1: imports getInput/,
      /src\/renamed\.ts:1: imports getBooleanInput/,
      /src\/namespace\.ts:3: uses getMultilineInput/,
      /src\/destructured\.ts:2: destructures getInput/,
      /src\/required\.cjs:1: loads getInput/,
      /src\/dynamic\.ts:1: uses getInput/,
      /src\/reexport\.ts:1: re-exports getInput/,
    );
    assert.ok(!problems.some((p) => /^(lib\/action\/host|src\/logger|src\/string)\.ts/.test(p)), problems.join('\n'));
    assert.equal(problems.length, 7, problems.join('\n'));
  });
});
