/**
 * The measuring helper: a short Python program that starts the benchmark and reaps it with
 * os.wait4, which returns the kernel's resource accounting of the finished process.
 *
 * Why Python and wait4:
 * - Node's child_process reaps children itself and exposes no rusage for them
 *   (process.resourceUsage() is this process's own), and sampling /proc misses short peaks.
 * - wait4 gives ru_utime / ru_stime with microsecond resolution and ru_maxrss, the peak resident
 *   set of the process and of the descendants it waited for, counted by the kernel, on Linux
 *   and macOS alike. python3 is on every GitHub-hosted Linux and macOS runner.
 * - GNU time (`/usr/bin/time -f`) reports CPU times to 10 ms, is missing on macOS (BSD time has
 *   other flags) and in slim containers; parsing its text is fragile. Python's stdlib has
 *   everything: posix_spawn, wait4, setitimer, killpg.
 *
 * What the helper does, in this order:
 * 1. reads the request (argv, env, timeout, grace, result file) as JSON on stdin, so nothing is
 *    ever parsed by a shell and the benchmark's environment is exactly the one given (the
 *    helper's own, e.g. what a pyenv shim adds to PATH, does not leak in);
 * 2. resolves argv[0] on the benchmark's PATH, starts it with posix_spawn in a new process
 *    group, stdin from /dev/null, stdout and stderr inherited (the caller captures them);
 * 3. the wall clock runs from just before the spawn to just after wait4 returns;
 * 4. on timeout (setitimer) it sends SIGTERM to the whole group, then SIGKILL after the grace
 *    period; SIGTERM/SIGINT/SIGHUP to the helper (an aborted run) kill the group at once;
 * 5. after the process has been reaped, whatever it left running in its group is killed, so a
 *    stray grandchild cannot keep the output pipes open or disturb the next run;
 * 6. writes the result as JSON to the result file (not stdout, which is the benchmark's).
 * ru_maxrss is in kilobytes on Linux and bytes on macOS; the helper reports bytes.
 */
export const WAIT4_HELPER = String.raw`
import json, os, signal, sys, time

def signame(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return "SIG%d" % n

def main():
    req = json.loads(sys.stdin.read())
    argv, env, out = req["argv"], req["env"], req["result"]
    state = {"pid": None, "timed_out": False, "stopped": None}

    def write(result):
        with open(out, "w") as f:
            json.dump(result, f)

    def kill_group(sig):
        if state["pid"] is None:
            return
        try:
            os.killpg(state["pid"], sig)
        except (ProcessLookupError, PermissionError):
            pass

    def on_alarm(signum, frame):
        if not state["timed_out"]:
            state["timed_out"] = True
            kill_group(signal.SIGTERM)
            signal.setitimer(signal.ITIMER_REAL, max(req["graceSeconds"], 0.001))
        else:
            kill_group(signal.SIGKILL)

    def on_stop(signum, frame):
        state["stopped"] = signame(signum)
        kill_group(signal.SIGKILL)

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, on_stop)
    signal.signal(signal.SIGALRM, on_alarm)

    program = argv[0]
    if "/" not in program:
        for d in env.get("PATH", os.defpath).split(os.pathsep):
            candidate = os.path.join(d or ".", program)
            if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
                program = candidate
                break
        else:
            write({"error": "not-found", "message": "command %r was not found on PATH" % argv[0]})
            return

    stdin = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)]
    started = time.perf_counter_ns()
    try:
        pid = os.posix_spawn(program, argv, env, file_actions=stdin, setpgroup=0)
    except OSError as e:
        write({"error": "spawn", "message": "could not start %r: %s" % (argv[0], e.strerror or e)})
        return
    state["pid"] = pid
    if state["stopped"]:
        kill_group(signal.SIGKILL)
    if req["timeoutSeconds"] > 0:
        signal.setitimer(signal.ITIMER_REAL, req["timeoutSeconds"])
    _, status, ru = os.wait4(pid, 0)
    ended = time.perf_counter_ns()
    signal.setitimer(signal.ITIMER_REAL, 0)
    kill_group(signal.SIGKILL)

    maxrss = ru.ru_maxrss if sys.platform == "darwin" else ru.ru_maxrss * 1024
    result = {
        "wallNs": ended - started,
        "userUs": round(ru.ru_utime * 1e6),
        "systemUs": round(ru.ru_stime * 1e6),
        "maxRssBytes": maxrss,
        "exitCode": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": signame(os.WTERMSIG(status)) if os.WIFSIGNALED(status) else None,
        "timedOut": state["timed_out"],
        "stopped": state["stopped"],
    }
    write(result)

main()
`;
