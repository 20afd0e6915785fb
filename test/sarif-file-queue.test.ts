import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { FileQueue } from '../lib/sarif/file-queue';

/**
 * The queue the ingest threads share (lib/sarif/file-queue.ts): each file goes to one thread, in
 * the agreed order, and a thread reads ahead only while it has taken fewer than its share, so
 * the last files go to whichever thread is free first.
 */

function files(count: number): { dir: string; paths: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-file-queue-'));
  const paths = Array.from({ length: count }, (_, i) => path.join(dir, `f${i}.sarif`));
  paths.forEach((p, i) => fs.writeFileSync(p, `file ${i}`));
  return { dir, paths };
}

test('two threads over 4 files: each reads one file ahead, up to its share of 2, and every file is taken once', async () => {
  const { dir, paths } = files(4);
  try {
    const order = [2, 0, 3, 1];
    const counter = FileQueue.counter();
    const main = new FileQueue(counter, order, paths, 2);
    const worker = new FileQueue(counter, order, paths, 2);
    const first = main.take()!;
    const ahead = main.takeAhead()!;
    assert.deepEqual([first.index, ahead.index], [2, 0]);
    assert.equal((await first.bytes).toString(), 'file 2');
    assert.equal((await ahead.bytes).toString(), 'file 0');
    assert.equal(main.takeAhead(), undefined, 'its share is taken: the rest is left to the others');
    const theirs = [worker.take()!, worker.takeAhead()!];
    assert.deepEqual(theirs.map((t) => t.index), [3, 1]);
    assert.equal(worker.take(), undefined);
    assert.equal(main.take(), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('two threads over 2 files: no read ahead, so the second file waits for whichever thread is free', () => {
  const { dir, paths } = files(2);
  try {
    const counter = FileQueue.counter();
    const main = new FileQueue(counter, [0, 1], paths, 2);
    assert.equal(main.take()!.index, 0);
    assert.equal(main.takeAhead(), undefined);
    assert.equal(new FileQueue(counter, [0, 1], paths, 2).take()!.index, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that cannot be read is taken with the error, not thrown', async () => {
  const counter = FileQueue.counter();
  const queue = new FileQueue(counter, [0], [path.join(os.tmpdir(), 'assay-no-such-file.sarif')], 1);
  const taken = queue.take()!;
  const bytes = await taken.bytes;
  assert.ok(bytes instanceof Error && (bytes as NodeJS.ErrnoException).code === 'ENOENT');
});

test('files(): one thread\'s files in order, the next taken (and read) before the current one is handed out', async () => {
  const { dir, paths } = files(4);
  try {
    const counter = FileQueue.counter();
    const main = new FileQueue(counter, [3, 1, 0, 2], paths, 2);
    const other = new FileQueue(counter, [3, 1, 0, 2], paths, 2);
    const firsts: number[] = [];
    const seen: Array<[number, string]> = [];
    for await (const { index, bytes } of main.files((i) => firsts.push(i))) {
      seen.push([index, bytes.toString()]);
      // While the first file is worked on, the second has been taken already: the other thread gets the third.
      if (seen.length === 1) assert.equal(other.take()!.index, 0);
    }
    assert.deepEqual(firsts, [3], 'first runs once, for the first file');
    assert.deepEqual(seen, [
      [3, 'file 3'],
      [1, 'file 1'],
      [2, 'file 2'],
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
