import { readWholeFileAhead } from './whole-file';

/** A file a thread took from the queue, and its bytes as they are read (or why they could not be). */
export interface TakenFile {
  index: number;
  bytes: Promise<Buffer | Error>;
}

/**
 * The files of an ingest job as every thread takes them (ingest-pool.ts's main thread and
 * ingest-worker.ts's workers): in one agreed order (the largest first), each the next one from a
 * counter in shared memory, so no thread waits for another to hand it work. A thread reads its
 * next file ahead (on libuv's threads, while it checks the current one) as long as it has taken
 * fewer than its share of the files: a file taken early is that thread's whatever the others do,
 * so the last files are left to whichever thread is free first.
 */
export class FileQueue {
  private readonly counter: Int32Array;
  private taken = 0;
  private readonly share: number;

  constructor(
    shared: SharedArrayBuffer,
    private readonly order: readonly number[],
    private readonly paths: readonly string[],
    threads: number,
  ) {
    this.counter = new Int32Array(shared);
    this.share = Math.ceil(order.length / Math.max(1, threads));
  }

  static counter(): SharedArrayBuffer {
    return new SharedArrayBuffer(4);
  }

  /** Takes the next file and starts reading it; undefined when none is left. */
  take(): TakenFile | undefined {
    const at = Atomics.add(this.counter, 0, 1);
    if (at >= this.order.length) return undefined;
    const index = this.order[at]!;
    this.taken++;
    return { index, bytes: readWholeFileAhead(this.paths[index]!).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))) };
  }

  /** The next file to read ahead while the current one is checked, when this thread has taken fewer than its share. */
  takeAhead(): TakenFile | undefined {
    return this.taken < this.share ? this.take() : undefined;
  }

  /**
   * The files this thread takes, one after another, each with its bytes (or why they could not
   * be read): the next one is taken, and its read started, before the current one is handed out,
   * so it is read while the caller works on the current one. `first` runs once the first file is
   * taken, while it is being read.
   */
  async *files(first?: (index: number) => void): AsyncGenerator<{ index: number; bytes: Buffer | Error }> {
    let current = this.take();
    if (current) first?.(current.index);
    while (current) {
      const bytes = await current.bytes;
      const ahead = this.takeAhead();
      yield { index: current.index, bytes };
      current = ahead ?? this.take();
    }
  }
}
