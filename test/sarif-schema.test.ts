import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigurationError, SchemaValidationError } from '../lib/errors';
import { readLog } from '../lib/sarif/log';
import { sarifPath, sarifSchemaViolations } from '../lib/sarif/schema-validate';
import { describeIssues, multitoolSkipReason, validateWithMultitool } from './support/sarif-multitool';

const SHARED_SARIF = path.resolve(import.meta.dirname, '../../shared/fixtures/sarif-real');
const sharedMissing = fs.existsSync(SHARED_SARIF) ? false : `../shared/fixtures/sarif-real is not here (${SHARED_SARIF}); the real-SARIF checks did not run`;
const multitoolSkip = multitoolSkipReason();

// The verdicts ../shared/fixtures/sarif-real/README.md records for each real log (OASIS schema).
const INVALID: Record<string, string[]> = {
  'codeql-action.invalid-sarif.sarif': ['runs[0].results'],
  'codeql-action.with-invalid-uri.sarif': ['runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri', 'runs[0].tool.driver.rules[0].helpUri'],
  'sarif-sdk.invalid.JSON1002.DeserializationError.sarif': ['runs[0].results[0].stacks[0]'],
  'checkov.openapi-runner-results.sarif': ['runs[0]'],
};
const NOT_JSON = 'sarif-sdk.invalid.JSON1001.SyntaxError.sarif';

function fixture(name: string): string {
  return path.join(SHARED_SARIF, name);
}

describe('SARIF schema validation on real logs', () => {
  test('accepts every valid real log and rejects the broken ones at the recorded paths', { skip: sharedMissing }, () => {
    const names = fs.readdirSync(SHARED_SARIF).filter((f) => f.endsWith('.sarif') && f !== NOT_JSON);
    assert.ok(names.length >= 14);
    for (const name of names) {
      const violations = sarifSchemaViolations(JSON.parse(fs.readFileSync(fixture(name), 'utf8')));
      const paths = [...new Set(violations.map((v) => sarifPath(v.path)))].sort();
      assert.deepEqual(paths, (INVALID[name] ?? []).slice().sort(), `${name}: ${violations.map((v) => `${v.path} ${v.message}`).join('; ')}`);
    }
  });

  test('readLog names the file for JSON that does not parse and for schema violations', { skip: sharedMissing }, async () => {
    await assert.rejects(readLog(fixture(NOT_JSON)), (err: unknown) => {
      assert.ok(err instanceof ConfigurationError);
      assert.ok(err.message.startsWith(`${fixture(NOT_JSON)} is not valid JSON:`), err.message);
      return true;
    });
    await assert.rejects(readLog(fixture('codeql-action.invalid-sarif.sarif')), (err: unknown) => {
      assert.ok(err instanceof SchemaValidationError);
      assert.match(err.message, /codeql-action\.invalid-sarif\.sarif does not match the SARIF 2\.1\.0 schema:\n {2}at \/runs\/0\/results: must be array/);
      return true;
    });
    const valid = await readLog(fixture('codeql-python.filter-sarif-test_input.sarif'));
    assert.equal(valid.runs[0]!.tool.driver.name, 'CodeQL');
  });

  test('readLog accepts a byte order mark and names a missing file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-sarif-read-'));
    const file = path.join(dir, 'bom.sarif');
    fs.writeFileSync(file, `\ufeff${JSON.stringify({ version: '2.1.0', runs: [] })}`);
    assert.deepEqual(await readLog(file), { version: '2.1.0', runs: [] });
    await assert.rejects(readLog(path.join(dir, 'nope.sarif')), /nope\.sarif could not be read/);
  });

  test('sarif-multitool reports the same paths on the broken real logs', { skip: sharedMissing || multitoolSkip }, async () => {
    for (const [name, paths] of Object.entries(INVALID)) {
      const report = await validateWithMultitool(fixture(name));
      const reported = new Set(report.errors.map((e) => e.path));
      for (const p of paths) assert.ok(reported.has(p), `${name}: multitool did not report ${p}:\n${describeIssues(report.errors)}`);
    }
    const syntax = await validateWithMultitool(fixture(NOT_JSON));
    assert.deepEqual(syntax.errors.map((e) => e.ruleId), ['JSON0001']);
  });

  test('validateWithMultitool says so when it cannot validate at all', { skip: multitoolSkip }, async () => {
    await assert.rejects(validateWithMultitool(path.join(os.tmpdir(), 'assay-no-such-file.sarif')), /No valid analysis targets/);
  });
});
