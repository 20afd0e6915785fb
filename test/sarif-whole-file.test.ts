import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { readWholeFileAhead } from '../lib/sarif/whole-file';

/** Open file descriptors of this process (Linux), to see that a failed read leaks none. */
function openFds(): number {
  return fs.readdirSync('/proc/self/fd').length;
}

test('a whole file is read ahead into a buffer of its own, with identical bytes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-whole-file-'));
  try {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const file = path.join(dir, 'big.bin');
    fs.writeFileSync(file, bytes);
    const empty = path.join(dir, 'empty.sarif');
    fs.writeFileSync(empty, '');

    const ahead = await readWholeFileAhead(file);
    assert.ok(ahead.equals(bytes));
    // Not a slice of Node's shared pool: the whole ArrayBuffer is this file's (it is handed to another thread).
    assert.equal(ahead.buffer.byteLength, bytes.length);
    assert.equal(ahead.byteOffset, 0);
    assert.equal((await readWholeFileAhead(empty)).length, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file or a folder rejects with the system error and leaves no descriptor open', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-whole-file-'));
  try {
    const before = openFds();
    await assert.rejects(readWholeFileAhead(path.join(dir, 'missing.sarif')), (e: NodeJS.ErrnoException) => e.code === 'ENOENT');
    await assert.rejects(readWholeFileAhead(dir), (e: NodeJS.ErrnoException) => e.code === 'EISDIR');
    assert.equal(openFds(), before);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
