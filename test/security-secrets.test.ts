/**
 * security-scan's secret scanning: secretlint 12 with its recommended preset, installed at run
 * time by Assay's provisioning, run for real on test/fixtures/security/secrets (fake, well-formed
 * secrets; a private key is generated at test time so none is committed) and on sample/, each
 * copied into a temporary folder (and, for the git cases, made a repository there). Expected
 * findings were checked by running secretlint by hand; the sample's are those of
 * sample/expected-findings.json.
 *
 * The rule that matters most here: no raw secret appears anywhere in what the scanner returns
 * (serialized whole), in the SARIF made from it, or in what it logs.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createConsoleLogger } from '../lib/action/logger';
import { runProcess } from '../lib/process/run-process';
import { buildToolRun } from '../lib/sarif/build-run';
import { createLog, writeLog } from '../lib/sarif/log';
import { sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { assayNpmToolsDir, provisionAssayNpmTools } from '../actions/analyze/provision/npm-tools';
import { ToolSkippedError } from '../lib/tool-errors';
import type { ScanContext, ScannerOutput } from '../actions/security-scan/model';
import { SECURITY_NPM_TOOLS } from '../actions/security-scan/sast/security-npm-tools';
import { maskSecret, scrubSecret } from '../actions/security-scan/secrets/mask';
import { listScanFiles } from '../actions/security-scan/secrets/scan-files';
import { SECRETLINT_CONFIG, secretlintScanner } from '../actions/security-scan/secrets/secretlint';
import { findingsFromSecretlint, label, maskedValue } from '../actions/security-scan/secrets/secretlint-report';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures/security/secrets');
const SAMPLE = path.join(here, '..', 'sample');
const TOOL_CACHE = process.env.ASSAY_TOOL_CACHE ?? path.join(os.tmpdir(), 'assay-tool-cache');
const IN_CI = process.env.CI === 'true';
const multitoolSkip = multitoolSkipReason();

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-secrets-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Helpers

function copyProject(source: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, `${path.basename(source)}-`));
  fs.cpSync(source, dir, { recursive: true });
  return dir;
}

function scanContext(root: string, lines: string[]): ScanContext {
  return {
    root,
    log: createConsoleLogger({ write: (l) => lines.push(l), verbose: true }),
    toolCache: TOOL_CACHE,
    tempDir: fs.mkdtempSync(path.join(scratch, 'tmp-')),
    env: process.env,
    signal: AbortSignal.timeout(300_000),
  };
}

function keys(output: ScannerOutput): string[] {
  return output.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();
}

/**
 * Fake tokens in formats that code hosts' push protection looks for (GitLab, Slack, npm): written
 * at test time, and spelt here in pieces, so no commit of this repository carries one whole.
 */
const GITLAB_TOKEN = ['glpat', 'assayFAKEfixture0001'].join('-');
const SLACK_TOKEN = ['xoxb', '0000000000', '0000000000000', 'assayFAKEfixture00001'].join('-');
const NPM_TOKEN = ['npm', 'assayFAKEfixture0000000000000000001'].join('_');

/** The planted fixture plus what is not committed: those tokens, a fresh RSA and EC key, and a .gitignore'd file. */
function plantedProject(): { root: string; secrets: string[] } {
  const root = copyProject(path.join(FIXTURES, 'planted'));
  fs.writeFileSync(path.join(root, 'config/gitlab.env'), `# CI settings.\nGITLAB_TOKEN=${GITLAB_TOKEN}\n`);
  fs.writeFileSync(path.join(root, '[id].txt'), `slack=${SLACK_TOKEN}\n`);
  fs.writeFileSync(path.join(root, '.npmrc'), `//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n`);
  fs.mkdirSync(path.join(root, 'deploy'));
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  fs.writeFileSync(path.join(root, 'deploy/id_rsa'), rsa);
  fs.writeFileSync(path.join(root, 'deploy/tls.key'), ec);
  fs.writeFileSync(path.join(root, 'local.env'), 'GITHUB_TOKEN=ghp_assayFAKEfixture00000000000000000006\n');
  const secrets = [
    ...PLANTED_SECRETS,
    // The keys' base64 bodies: any line of them would be a leak.
    ...[rsa, ec].flatMap((pem) => pem.split('\n').filter((l) => l && !l.startsWith('-----'))),
  ];
  return { root, secrets };
}

/** Every secret value in the planted fixture, reported or not. */
const PLANTED_SECRETS = [
  'ghp_assayFAKEfixture00000000000000000001',
  GITLAB_TOKEN,
  'assayFAKEpassw0rd',
  'postgres://shop_admin:assayFAKEpassw0rd@db.internal:5432/shop',
  NPM_TOKEN,
  SLACK_TOKEN,
  'ghp_assayFAKEfixture00000000000000000002',
  'ghp_assayFAKEfixture00000000000000000003',
  'ghp_assayFAKEfixture00000000000000000004',
  'ghp_assayFAKEfixture00000000000000000005',
  'ghp_assayFAKEfixture00000000000000000006',
];

/** The secrets planted in sample/ (README: "Security"), including the key id secretlint does not report. */
const SAMPLE_SECRETS = ['ghp_assayFAKEtoken0000000000000000000000', 'AssayDemoFakeSecret/NotAKey/000000000000', 'AKIAASSAYFAKE0SAMPLE'];

/** Fails when any secret (or a 12-character piece of one) appears in `text`. */
function assertNoSecret(text: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    assert.ok(!text.includes(secret), `${where} contains the secret ${maskSecret(secret)}`);
    for (let i = 0; i + 12 <= secret.length; i += 6) {
      const piece = secret.slice(i, i + 12);
      // Pieces that are plain filler (zeros) or a fixture marker say nothing about the secret.
      if (/^0+$/.test(piece) || /assayFAKE/i.test(piece)) continue;
      assert.ok(!text.includes(piece), `${where} contains part of the secret ${maskSecret(secret)}: ${maskSecret(piece)}`);
    }
  }
}

async function sarifText(t: TestContext, output: ScannerOutput, root: string): Promise<string> {
  const log = createLog([buildToolRun({ tool: output.tool, findings: output.findings, rules: output.rules, root, category: output.category })]);
  assert.deepEqual(sarifSchemaViolations(log), []);
  const file = path.join(fs.mkdtempSync(path.join(scratch, 'sarif-')), 'secrets.sarif');
  await writeLog(file, log);
  if (multitoolSkip) t.diagnostic(`sarif-multitool validate not run: ${multitoolSkip}`);
  else {
    const report = await validateWithMultitool(file);
    assert.deepEqual(report.errors, [], describeIssues(report.errors));
  }
  return fs.readFileSync(file, 'utf8');
}

let npmToolsMissing: string | undefined;
before(async () => {
  try {
    await provisionAssayNpmTools({ toolCache: TOOL_CACHE, env: process.env, log: createConsoleLogger({ write: () => {} }), packages: SECURITY_NPM_TOOLS });
  } catch (err) {
    if (IN_CI || !(err instanceof ToolSkippedError)) throw err;
    npmToolsMissing = err.message;
  }
});

function ready(t: TestContext): boolean {
  if (!npmToolsMissing) return true;
  t.skip(`secretlint could not be provisioned: ${npmToolsMissing}`);
  return false;
}

async function git(cwd: string, ...args: string[]): Promise<void> {
  const r = await runProcess('git', ['-c', 'user.name=Assay', '-c', 'user.email=assay@example.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd });
  assert.equal(r.exitCode, 0, r.stderr);
}

const EXPECTED_PLANTED = [
  '@secretlint/secretlint-rule-database-connection-string src/db.js:2',
  '@secretlint/secretlint-rule-github config/settings.yml:3',
  '@secretlint/secretlint-rule-gitlab config/gitlab.env:2',
  '@secretlint/secretlint-rule-npm .npmrc:1',
  '@secretlint/secretlint-rule-privatekey deploy/id_rsa:1',
  '@secretlint/secretlint-rule-privatekey deploy/tls.key:1',
  '@secretlint/secretlint-rule-slack [id].txt:1',
];

// ---------------------------------------------------------------------------------------------

describe('secretlint', () => {
  test('the planted fixture, not a git checkout: every planted secret, none in full anywhere', async (t) => {
    if (!ready(t)) return;
    const { root, secrets } = plantedProject();
    const lines: string[] = [];
    const started = performance.now();
    const output = await secretlintScanner.run(scanContext(root, lines));
    t.diagnostic(`secretlint on the fixture: ${Math.round(performance.now() - started)} ms`);
    // Not reported: the `secretlint-disable-line` token (src/db.js:3), docs/example.md
    // (.secretlintignore), vendor/ (vendored), bin/blob.bin (binary), local.env (.gitignore'd).
    // The fixture's .secretlintrc.json names a rule that is not installed: it is not read.
    assert.deepEqual(keys(output), EXPECTED_PLANTED);
    assert.equal(output.category, 'assay-security/secretlint');
    assert.deepEqual(output.tool, { name: 'secretlint', version: SECURITY_NPM_TOOLS.secretlint, informationUri: 'https://github.com/secretlint/secretlint' });
    assert.deepEqual(output.notes, ['scanned 12 file(s) under the folder (not a git checkout; .gitignore respected)', 'not scanned: 1 vendored or generated path(s), 1 binary file(s)']);

    const by = (file: string) => output.findings.find((f) => f.file === file)!;
    assert.equal(by('config/gitlab.env').message, 'Found GitLab Personal Access Token (GITLAB_PERSONAL_ACCESS_TOKEN): glpa…[26 chars]. Revoke it, then remove it from the code; it stays in the git history until rewritten.');
    assert.equal(by('config/settings.yml').message, 'Found GitHub Token (GITHUB_TOKEN): ghp_…[40 chars]. Revoke it, then remove it from the code; it stays in the git history until rewritten.');
    assert.match(by('deploy/id_rsa').message, /^Found private key \(PrivateKey\): -----BEGIN RSA PRIVATE KEY-----…\[\d+ chars\]\. /);
    assert.match(by('src/db.js').message, /^Found PostgreSQL connection string \(PostgreSQLConnection\): …\[63 chars\]\. /);
    assert.equal(by('deploy/id_rsa').severity, 'critical');
    assert.equal(by('config/settings.yml').severity, 'high');
    const github = by('config/settings.yml');
    assert.deepEqual([github.line, github.column, github.endLine, github.endColumn], [3, 15, 3, 55]);
    const keyRule = output.rules.find((r) => r.id === '@secretlint/secretlint-rule-privatekey')!;
    assert.deepEqual(keyRule.tags, ['security', 'external/cwe/cwe-798', 'external/cwe/cwe-321']);
    assert.equal(keyRule.properties?.['security-severity'], '9.5');
    assert.equal(keyRule.helpUri, 'https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-privatekey/README.md');

    assertNoSecret(JSON.stringify(output), secrets, 'the scanner output');
    assertNoSecret(lines.join('\n'), secrets, 'the log');
    assertNoSecret(await sarifText(t, output, root), secrets, 'the SARIF');
  });

  test('a git checkout: tracked and new files are scanned, ignored ones are not', async (t) => {
    if (!ready(t)) return;
    const { root, secrets } = plantedProject();
    await git(root, 'init', '-q');
    await git(root, 'add', 'config/settings.yml', 'src', '.gitignore');
    await git(root, 'commit', '-q', '-m', 'fixture');
    // The rest stays untracked (but not ignored), local.env is ignored by .gitignore.
    const lines: string[] = [];
    const output = await secretlintScanner.run(scanContext(root, lines));
    assert.deepEqual(keys(output), EXPECTED_PLANTED);
    assert.equal(output.notes?.[0], 'scanned 12 file(s) that git tracks (or would track)');
    assertNoSecret(JSON.stringify(output) + lines.join('\n'), secrets, 'the output and log');

    // Also vendored paths that are tracked stay out.
    const listing = await listScanFiles({ root, env: process.env, log: createConsoleLogger({ write: () => {} }) });
    assert.equal(listing.source, 'git');
    assert.ok(!listing.files.some((f) => f.path.startsWith('vendor/') || f.path === 'local.env' || f.path === 'bin/blob.bin'));
    assert.deepEqual(listing.skipped, { vendored: 1, binary: 1, large: 0 });
  });

  test('sample/: exactly the secretlint rows of expected-findings.json, no sample secret in full anywhere', async (t) => {
    if (!ready(t)) return;
    const root = copyProject(SAMPLE);
    const lines: string[] = [];
    const output = await secretlintScanner.run(scanContext(root, lines));
    const expected = (JSON.parse(fs.readFileSync(path.join(SAMPLE, 'expected-findings.json'), 'utf8')) as { tool: string; rule: string; file: string; line: number; column?: number }[]).filter(
      (f) => f.tool === 'secretlint',
    );
    // The sample lists "<rule>:<messageId>"; the finding's ruleId is the rule, the message names the id.
    const actual = output.findings.map((f) => `${f.ruleId}:${/\((\w+)\):/.exec(f.message)?.[1]} ${f.file}:${f.line}:${f.column}`).sort();
    assert.deepEqual(actual, expected.map((e) => `${e.rule} ${e.file}:${e.line}:${e.column}`).sort());
    const aws = output.findings.find((f) => f.file === 'scripts/deploy.env')!;
    assert.equal(aws.severity, 'critical');
    // secretlint 12's range for this key starts at the variable name, so only the length is shown.
    assert.match(aws.message, /: …\[40 chars\]\. /);
    assertNoSecret(JSON.stringify(output), SAMPLE_SECRETS, 'the scanner output');
    assertNoSecret(lines.join('\n'), SAMPLE_SECRETS, 'the log');
    assertNoSecret(await sarifText(t, output, root), SAMPLE_SECRETS, 'the SARIF');
  });

  test("a clean project (AWS's documented example keys, secrets from the environment): zero findings", async (t) => {
    if (!ready(t)) return;
    const output = await secretlintScanner.run(scanContext(copyProject(path.join(FIXTURES, 'clean')), []));
    assert.deepEqual(output.findings, []);
    assert.deepEqual(output.rules, []);
  });

  test('a scan whose report is megabytes long is read whole (secretlint cuts off large output on a pipe)', async (t) => {
    if (!ready(t)) return;
    const root = fs.mkdtempSync(path.join(scratch, 'large-'));
    const filler = `${'const value = "ordinary text without secrets";\n'.repeat(1500)}`;
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(root, `module-${String(i).padStart(2, '0')}.js`), filler);
    fs.writeFileSync(path.join(root, 'module-59.js'), `${filler}const token = 'ghp_assayFAKEfixture00000000000000000007';\n`);
    const output = await secretlintScanner.run(scanContext(root, []));
    assert.deepEqual(keys(output), ['@secretlint/secretlint-rule-github module-59.js:1501']);
  });

  test("secretlint's own JSON: --maskSecrets masks messages and data, but sourceContent holds the file with the secret", async (t) => {
    if (!ready(t)) return;
    // Why Assay reads only messages, rebuilds them, and never quotes the report (secretlint.ts).
    const script = path.join(assayNpmToolsDir(TOOL_CACHE, SECURITY_NPM_TOOLS), 'node_modules/secretlint/bin/secretlint.js');
    const args = [script, '--format', 'json', '--maskSecrets', '--no-glob', '--secretlintrcJSON', JSON.stringify(SECRETLINT_CONFIG), '--', 'api/inventory.yml', 'scripts/deploy.env'];
    const r = await runProcess(process.execPath, args, { cwd: SAMPLE });
    assert.equal(r.exitCode, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { sourceContent: string; messages: { message: string; data: unknown }[] }[];
    assert.equal(report.flatMap((f) => f.messages).length, 2);
    assertNoSecret(JSON.stringify(report.flatMap((f) => f.messages)), SAMPLE_SECRETS.slice(0, 2), "secretlint's masked messages");
    assert.ok(report.some((f) => f.sourceContent.includes(SAMPLE_SECRETS[0]!)), 'sourceContent carries the raw token');
  });

  test('nothing to scan: skipped with the reason', async () => {
    const root = fs.mkdtempSync(path.join(scratch, 'empty-'));
    fs.mkdirSync(path.join(root, 'node_modules/x'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules/x/index.js'), 'module.exports = 1;\n');
    await assert.rejects(secretlintScanner.run(scanContext(root, [])), (e: unknown) => e instanceof ToolSkippedError && e.message === 'no files to scan for secrets');
  });
});

describe('masking', () => {
  test('at most 4 characters of a secret of 16 or more, none of a shorter one; a PEM block shows its header', () => {
    assert.equal(maskSecret('ghp_assayFAKEtoken0000000000000000000000'), 'ghp_…[40 chars]');
    assert.equal(maskSecret('short-secret'), '…[12 chars]');
    const pem = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    assert.equal(maskSecret(pem), `-----BEGIN OPENSSH PRIVATE KEY-----…[${pem.length} chars]`);
    assert.equal(scrubSecret('token ghp_assayFAKEtoken0000000000000000000000 here', 'ghp_assayFAKEtoken0000000000000000000000'), 'token ghp_…[40 chars] here');
    assert.equal(scrubSecret('abc', 'ab'), 'abc', 'values under 4 characters are not scrubbed');
  });

  test("secretlint's message loses its masked data; a range that is not a bare value shows only the length", () => {
    assert.equal(label('found GitHub Token(*****************************): ****************************************'), 'Found GitHub Token');
    assert.equal(label("found GCP Service Account's private key(json): ********"), "Found GCP Service Account's private key(json)");
    assert.equal(maskedValue('AWS_SECRET_ACCESS_KEY=AssayDemoFakeSecre', { KEY: '*'.repeat(40) }), '…[40 chars]');
    assert.equal(maskedValue(SLACK_TOKEN, undefined), `xoxb…[${SLACK_TOKEN.length} chars]`);
    assert.equal(maskedValue(undefined, undefined), 'binary content');
  });

  test('a rule that leaks the secret into its message text (unmasked data) is scrubbed all the same', () => {
    const secret = 'sk-assayFAKEleaky000000000000000000000000';
    const content = `OPENAI_KEY=${secret}\n`;
    const { findings } = findingsFromSecretlint(
      [
        {
          filePath: '/p/.env',
          sourceContent: content,
          sourceContentType: 'text',
          messages: [
            {
              type: 'message',
              ruleId: '@secretlint/secretlint-rule-openai',
              messageId: 'OPENAI_TOKEN',
              message: `found OpenAI API token: ${secret} (also ${secret.slice(0, 20)})`,
              range: [11, 11 + secret.length],
              loc: { start: { line: 1, column: 11 }, end: { line: 1, column: 11 + secret.length } },
              data: { TOKEN: secret, PART: secret.slice(0, 20) },
            },
          ],
        },
      ],
      '/p',
    );
    assert.equal(findings.length, 1);
    assertNoSecret(JSON.stringify(findings), [secret, secret.slice(0, 20)], 'the finding');
    assert.ok(findings[0]!.message.startsWith(`Found OpenAI API token: (also ) (OPENAI_TOKEN): sk-a…[${secret.length} chars]. `), findings[0]!.message);
  });
});
