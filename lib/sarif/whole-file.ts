import * as fs from 'node:fs';

/**
 * A file's bytes in a buffer of their own (not Node's pool, so the buffer can be handed to
 * another thread), read in as few system calls as the kernel allows.
 */

/** Bytes one read asks for at most (Node refuses more than 2 GiB - 1 in one call). */
const MAX_READ = 1 << 30;

/**
 * Reads the whole file while this thread goes on with other work. fs.promises.readFile reads in
 * 512 KiB pieces, each started from this thread's event loop: a thread busy for a few hundred ms
 * gets one piece read, and the other 90 of a 46 MB file only once it is free again (measured: an
 * 80 ms wait before the next file of a merge could start). Here one read on libuv's thread pool
 * asks for the whole file, so it is all there when the thread comes back for it; opening and
 * sizing it are done at once (microseconds), as they too would wait for the event loop.
 */
export function readWholeFileAhead(file: string): Promise<Buffer> {
  let fd: number;
  let buf: Buffer;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    return Promise.reject(err);
  }
  try {
    buf = Buffer.allocUnsafeSlow(fs.fstatSync(fd).size);
  } catch (err) {
    fs.closeSync(fd);
    return Promise.reject(err);
  }
  return new Promise<Buffer>((resolve, reject) => {
    fs.read(fd, buf, 0, Math.min(buf.length, MAX_READ), 0, (err, n) => {
      try {
        // A short read (a file that shrank, or over MAX_READ) is finished here.
        if (err) reject(err);
        else resolve(buf.subarray(0, n === 0 || n === buf.length ? n : readRest(fd, buf, n)));
      } catch (rest) {
        reject(rest);
      } finally {
        fs.closeSync(fd);
      }
    });
  });
}

/** Reads into buf from `from` until it is full or the file ends; the bytes read in all. */
function readRest(fd: number, buf: Buffer, from: number): number {
  let read = from;
  while (read < buf.length) {
    const n = fs.readSync(fd, buf, read, Math.min(buf.length - read, MAX_READ), read);
    if (n === 0) break;
    read += n;
  }
  return read;
}
