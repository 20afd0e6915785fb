import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { CommandNotFoundError, describeExit, runProcess } from '../lib/process/run-process';

test('captures output and exit code, passes arguments without a shell', async () => {
  const r = await runProcess(process.execPath, ['-e', 'console.log(process.argv[1]); console.error("err"); process.exit(3)', '$(touch /tmp/x); `id`']);
  assert.equal(r.exitCode, 3);
  assert.equal(r.stdout, '$(touch /tmp/x); `id`\n');
  assert.equal(r.stderr, 'err\n');
  assert.equal(r.timedOut, false);
  assert.equal(describeExit(r), 'exited with code 3');
});

test('a timeout kills the whole process tree', async () => {
  // The child starts a grandchild that would outlive a plain kill of the child.
  const script = `const { spawn } = require('node:child_process');
    const g = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    console.log(g.pid); setTimeout(() => {}, 60000);`;
  const started = Date.now();
  const r = await runProcess(process.execPath, ['-e', script], { timeoutMs: 500 });
  assert.equal(r.timedOut, true);
  assert.ok(Date.now() - started < 5000);
  assert.equal(r.signal, 'SIGTERM');
  const grandchild = Number(r.stdout.trim());
  await new Promise((res) => setTimeout(res, 200));
  assert.ok(!isRunning(grandchild), 'grandchild was killed too');
  assert.equal(describeExit(r, 500), 'timed out after 1 s and was stopped');
});

test('a missing command is a named error', async () => {
  await assert.rejects(runProcess('assay-no-such-tool', []), (e: unknown) => e instanceof CommandNotFoundError && /"assay-no-such-tool" was not found/.test(e.message));
});

test('output beyond the cap is dropped and flagged', async () => {
  const r = await runProcess(process.execPath, ['-e', 'process.stdout.write("x".repeat(100000))'], { maxOutputBytes: 1000 });
  assert.equal(r.stdout.length, 1000);
  assert.equal(r.outputTruncated, true);
});

test('stdin is given and closed', async () => {
  const r = await runProcess(process.execPath, ['-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(s.toUpperCase()))'], { stdin: 'abc' });
  assert.equal(r.stdout, 'ABC\n');
});

/** Gone, or a zombie waiting to be reaped (a container's init may be slow to reap). */
function isRunning(pid: number): boolean {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

test('an already aborted signal stops the process at once', async () => {
  const started = Date.now();
  const r = await runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { signal: AbortSignal.abort() });
  assert.equal(r.signal, 'SIGTERM');
  assert.ok(Date.now() - started < 5000);
});
