import { readdir, readFile } from 'node:fs/promises';

/**
 * Makes sure no process of a print outlives it. Playwright closes the browser it launched, but
 * when a launch is abandoned (its time limit passed) the browser it was starting is killed in the
 * background and may still be running, or may linger, when printPdf returns. Every process of
 * one print names its own throwaway profile folder on its command line (the browser, its
 * zygotes, the crash handler), so on Linux we can find exactly those, wait for them to go and
 * kill the ones that do not. Elsewhere there is no /proc to read and Playwright's close is all.
 */
export async function reapBrowser(profile: string, options: { graceMs?: number; pollMs?: number } = {}): Promise<number[]> {
  if (process.platform !== 'linux') return [];
  const graceMs = options.graceMs ?? 2000;
  const pollMs = options.pollMs ?? 50;
  const deadline = Date.now() + graceMs;
  let pids = await processesNaming(profile);
  while (pids.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    pids = await processesNaming(profile);
  }
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone between the listing and the kill.
    }
  }
  return pids;
}

/** Processes whose command line contains `text`, this one excluded. */
export async function processesNaming(text: string): Promise<number[]> {
  const entries = await readdir('/proc').catch(() => [] as string[]);
  const found: number[] = [];
  await Promise.all(
    entries.map(async (entry) => {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) return;
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.includes(text)) found.push(Number(entry));
    }),
  );
  return found.sort((a, b) => a - b);
}
