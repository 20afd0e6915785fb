/**
 * @actions/artifact reads its configuration from process.env at call time, not from arguments.
 * To keep the environment injectable (tests run several "jobs" with different tokens in one
 * process), each client call runs with the injected values set in process.env and the previous
 * values put back afterwards. Calls are serialized so two calls with different environments
 * never see each other's values; on a runner the injected env is process.env and this changes
 * nothing. A call must not make another one from inside (it would wait for itself).
 */
type Env = Readonly<Record<string, string | undefined>>;

/** Every variable the client (and its retention and concurrency settings) reads. */
const CLIENT_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
] as const;

let queue: Promise<unknown> = Promise.resolve();

export function withClientEnv<T>(env: Env, call: () => Promise<T>): Promise<T> {
  const run = async () => {
    const saved = CLIENT_VARIABLES.map((key) => [key, process.env[key]] as const);
    for (const key of CLIENT_VARIABLES) setVariable(key, env[key]);
    try {
      return await call();
    } finally {
      for (const [key, value] of saved) setVariable(key, value);
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function setVariable(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
