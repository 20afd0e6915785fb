import * as fs from 'node:fs';

/**
 * Process-group helpers for stopping a service and everything it started. A service is often a
 * launcher (npm → node, a shell script → the server) whose own exit does not end its children, so
 * we signal and watch the whole group, not the one process we spawned.
 */

/**
 * The live (not zombie) members of a process group. On Linux from /proc; a zombie is dead already
 * and merely waits for its parent (in a container, often a slow init) to reap it. Elsewhere
 * kill(-pgid, 0) can only tell whether the group has any member at all.
 */
export function liveGroupMembers(pgid: number): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return groupExists(pgid) ? [pgid] : [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone between readdir and read
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') members.push(Number(entry));
  }
  return members;
}

function groupExists(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends a signal to every process of the group; a group that is already gone is not an error. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/** Resolves true once the group has no live member, false when `timeoutMs` passes first. */
export async function waitGroupGone(pgid: number, timeoutMs: number, pollMs = 25): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (liveGroupMembers(pgid).length === 0) return true;
    if (performance.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Stops a whole process group: SIGTERM, then SIGKILL for whatever is still alive after `graceMs`.
 * Resolves with how it ended; `survivors` lists pids still alive after SIGKILL (a process in
 * uninterruptible sleep), which the caller should report.
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<{ signal: 'none' | 'SIGTERM' | 'SIGKILL'; survivors: number[] }> {
  if (liveGroupMembers(pgid).length === 0) return { signal: 'none', survivors: [] };
  signalGroup(pgid, 'SIGTERM');
  if (await waitGroupGone(pgid, graceMs)) return { signal: 'SIGTERM', survivors: [] };
  signalGroup(pgid, 'SIGKILL');
  await waitGroupGone(pgid, 5000);
  return { signal: 'SIGKILL', survivors: liveGroupMembers(pgid) };
}
