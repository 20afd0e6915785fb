/**
 * The token as actions/checkout passes it: an `http.<origin>/.extraheader` for that host only,
 * never in a URL (which git prints in errors) nor on a command line (which `ps` shows). Returns
 * the configuration to hand to a scratch repository, and the values to register as secrets;
 * nothing for a remote that is not http(s) (a path, file://, ssh), where a token means nothing.
 */
export function tokenHeaderConfig(remote: string, token: string | undefined): { config: Record<string, string>; secrets: string[] } {
  if (!token || !/^https?:\/\//i.test(remote)) return { config: {}, secrets: token ? [token] : [] };
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { config: { [`http.${new URL(remote).origin}/.extraheader`]: `AUTHORIZATION: basic ${basic}` }, secrets: [token, basic] };
}

/**
 * Git configuration through the environment (GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n,
 * GIT_CONFIG_VALUE_n, git ≥ 2.31): like `-c`, but out of the process list and off the disk.
 * Entries already in `env` are kept and the new ones appended.
 */
export function withGitConfigEnv(env: NodeJS.ProcessEnv, config: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const entries = Object.entries(config);
  if (entries.length === 0) return env;
  const out: NodeJS.ProcessEnv = { ...env };
  const start = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  entries.forEach(([key, value], i) => {
    out[`GIT_CONFIG_KEY_${start + i}`] = key;
    out[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  out.GIT_CONFIG_COUNT = String(start + entries.length);
  return out;
}
