import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { InputReader, splitList } from '../lib/action/inputs';
import { createCliHost, createRunnerHost } from '../lib/action/host';
import { runAction } from '../lib/action/run-action';
import { ConfigurationError } from '../lib/errors';

const reader = (values: Record<string, string>, workspace = os.tmpdir()) => new InputReader((n) => values[n] ?? '', workspace);

test('typed getters validate and name the input in the error', () => {
  const r = reader({ n: '12', f: '2.5', b: 'true', no: 'False', c: 'html', l: 'a, b\nc,,', bad: 'maybe' });
  assert.equal(r.integer('n', { min: 1, max: 20 }), 12);
  assert.equal(r.number('f'), 2.5);
  assert.equal(r.boolean('b'), true);
  assert.equal(r.boolean('no'), false);
  assert.equal(r.boolean('empty'), false);
  assert.equal(r.choice('c', ['md', 'html']), 'html');
  assert.deepEqual(r.list('l'), ['a', 'b', 'c']);
  assert.equal(r.integer('missing'), undefined);
  assert.throws(() => r.boolean('bad'), { name: 'ConfigurationError', message: 'input "bad" must be true or false; got "maybe".' });
  assert.throws(() => r.integer('f'), { message: 'input "f" must be a whole number; got "2.5".' });
  assert.throws(() => r.integer('n', { max: 10 }), { message: 'input "n" must be at most 10; got 12.' });
  assert.throws(() => r.choice('c', ['md', 'pdf']), { message: 'input "c" must be one of md, pdf; got "html".' });
  assert.throws(() => r.choices('l', ['a', 'b']), { message: 'input "l" has "c"; allowed: a, b.' });
  assert.throws(() => r.string('missing', { required: true }), ConfigurationError);
  assert.deepEqual(r.namesRead, ['n', 'f', 'b', 'no', 'empty', 'c', 'l', 'missing', 'bad']);
});

test('paths resolve against the workspace and must exist when asked', () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-inputs-'));
  fs.writeFileSync(path.join(ws, 'file.txt'), '');
  const r = reader({ dir: '.', file: 'file.txt', gone: 'nope' }, ws);
  assert.equal(r.path('dir', { mustExist: 'directory' }), ws);
  assert.equal(r.path('file', { mustExist: 'file' }), path.join(ws, 'file.txt'));
  assert.throws(() => r.path('file', { mustExist: 'directory' }), { message: `input "file": ${path.join(ws, 'file.txt')} is not a folder.` });
  assert.throws(() => r.path('gone', { mustExist: 'any' }), /input "gone": .*nope does not exist; check the path/);
  assert.equal(r.path('unset'), undefined);
});

test('URLs: https, or plain http only on loopback', () => {
  const r = reader({ a: 'https://portal.example.com/hook', b: 'http://127.0.0.1:8080/x', c: 'http://portal.example.com/x', d: 'not a url' });
  assert.equal(r.url('a')?.hostname, 'portal.example.com');
  assert.equal(r.url('b')?.port, '8080');
  assert.throws(() => r.url('c'), /must be an https:\/\/ URL/);
  assert.throws(() => r.url('d'), /must be a URL/);
});

test('splitList accepts commas and newlines', () => {
  assert.deepEqual(splitList(' x ,y\n\nz\n'), ['x', 'y', 'z']);
});

test('runAction maps errors to outcomes with the action name in the reason', async () => {
  const host = createCliHost({ inputs: {}, log: { debug() {}, info() {}, notice() {}, warning() {}, error() {}, group: (_n, fn) => fn() } });
  assert.equal(await runAction('demo', host, async () => {}), 'success');
  assert.equal(await runAction('demo', host, async () => { throw new ConfigurationError('input "x" is wrong.'); }), 'configuration-error');
  assert.equal(await runAction('demo', host, async () => { throw new TypeError('boom'); }), 'failed');
  assert.deepEqual(host.failures, [
    'demo: input "x" is wrong.',
    'demo failed: boom',
  ]);
});

test('the CLI host masks secrets in what it logs', async () => {
  const lines: string[] = [];
  const log = { debug() {}, info: (m: string) => lines.push(m), notice() {}, warning() {}, error: (m: string) => lines.push(m), group: <T>(_n: string, fn: () => Promise<T>) => fn() };
  const host = createCliHost({ inputs: {}, log });
  host.setSecret('hunter2');
  host.log.info('token is hunter2');
  host.fail('failed with hunter2');
  await host.appendSummary('hunter2 in summary');
  assert.deepEqual(lines, ['token is ***', 'failed with ***']);
  assert.deepEqual(host.summary, ['*** in summary']);
});

test('the runner host reads INPUT_* like the runner sets them and stops the summary before 1 MiB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-host-'));
  const summary = path.join(dir, 'summary.md');
  fs.writeFileSync(summary, '');
  const saved = { ...process.env };
  try {
    process.env['INPUT_OUTPUT-DIR'] = ' out ';
    process.env.GITHUB_STEP_SUMMARY = summary;
    const host = createRunnerHost({ ...process.env, GITHUB_WORKSPACE: dir });
    assert.equal(host.input('output-dir'), 'out');
    assert.equal(host.workspace, dir);
    const chunk = 'x'.repeat(300 * 1024);
    for (let i = 0; i < 5; i++) await host.appendSummary(chunk);
    const written = fs.readFileSync(summary, 'utf8');
    assert.ok(Buffer.byteLength(written) < 1024 * 1024, `summary is ${Buffer.byteLength(written)} bytes`);
    assert.match(written, /cut to stay under GitHub's 1 MiB job summary limit/);
  } finally {
    process.env = saved;
  }
});
