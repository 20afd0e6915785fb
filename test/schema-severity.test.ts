import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { SchemaValidationError } from '../lib/errors';
import { assertValid, readValidatedJson, schemaViolations } from '../lib/schema/validate';
import { compareSeverity, countBySeverity, meetsThreshold, sarifLevelForSeverity, severityFromSarifLevel, severityFromScore } from '../lib/severity';

const analysis = {
  schemaVersion: 1,
  generatedAt: '2026-11-21T10:00:00Z',
  languages: ['python'],
  tools: [{ name: 'pylint', version: '2.16.2', status: 'ok', durationMs: 1200, counts: { critical: 0, high: 0, medium: 1, low: 0, note: 0 } }],
  files: [{ path: 'api/app.py', findings: [{ tool: 'pylint', ruleId: 'W0611', level: 'warning', severity: 'medium', message: 'Unused import os', line: 3 }] }],
  totals: { findings: 1, bySeverity: { critical: 0, high: 0, medium: 1, low: 0, note: 0 }, byTool: { pylint: 1 }, files: 1 },
};

test('a valid analysis document passes', () => {
  assert.deepEqual(schemaViolations('analysis', analysis), []);
});

test('violations name the file, the JSON path and the rule broken', () => {
  const broken = structuredClone(analysis) as Record<string, any>;
  broken.files[0].findings[0].severity = 'urgent';
  broken.files[0].path = '/abs/path.py';
  delete broken.tools[0].durationMs;
  try {
    assertValid('analysis', broken, 'out/analysis.json');
    assert.fail('expected a SchemaValidationError');
  } catch (err) {
    assert.ok(err instanceof SchemaValidationError);
    assert.equal(err.file, 'out/analysis.json');
    const found = err.violations.map((v) => `${v.path} ${v.rule.split(' ')[0]}`).sort();
    assert.deepEqual(found, ['/files/0/findings/0/severity enum', '/files/0/path not', '/tools/0 required']);
    assert.match(err.message, /at \/tools\/0: must have required property 'durationMs' \[required \(schema #\/required\)\]/);
    assert.match(err.message, /^out\/analysis\.json does not match the analysis schema:/);
  }
});

test('performance schema holds the contract fields', () => {
  const doc = {
    schemaVersion: 1,
    generatedAt: '2026-11-21T10:00:00Z',
    benchmarks: [{ name: 'sort', status: 'ok', complexity: { time: { class: 'O(n log n)' } }, comparison: { verdict: 'unchanged' } }],
  };
  assert.deepEqual(schemaViolations('performance', doc), []);
  doc.benchmarks[0]!.complexity.time.class = 'O(n^4)';
  assert.equal(schemaViolations('performance', doc)[0]?.path, '/benchmarks/0/complexity/time/class');
});

test('readValidatedJson names a file that is not JSON', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-schema-')), 'analysis.json');
  fs.writeFileSync(file, '{ "schemaVersion": 1,');
  assert.throws(() => readValidatedJson('analysis', file), new RegExp(`^ConfigurationError: ${file.replace(/[.]/g, '\\.')} is not valid JSON`));
});

test('one severity scale: GitHub security-severity bands and SARIF levels', () => {
  assert.equal(severityFromScore(9.0), 'critical');
  assert.equal(severityFromScore(8.9), 'high');
  assert.equal(severityFromScore(7.0), 'high');
  assert.equal(severityFromScore(4.0), 'medium');
  assert.equal(severityFromScore(0.1), 'low');
  assert.equal(severityFromScore(0), 'note');
  assert.equal(severityFromSarifLevel(undefined), 'medium');
  assert.equal(severityFromSarifLevel('error'), 'high');
  assert.equal(sarifLevelForSeverity('critical'), 'error');
  assert.deepEqual(['low', 'critical', 'medium'].sort((a, b) => compareSeverity(a as never, b as never)), ['critical', 'medium', 'low']);
  assert.equal(meetsThreshold('high', 'medium'), true);
  assert.equal(meetsThreshold('low', 'medium'), false);
  assert.equal(meetsThreshold('critical', 'none'), false);
  assert.deepEqual(countBySeverity(['high', 'high', 'note']), { critical: 0, high: 2, medium: 0, low: 0, note: 1 });
});
