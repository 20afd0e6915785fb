/**
 * Links to this workflow run and its artifacts, for the notes that say where the full report is.
 * Built from the variables the runner sets; undefined outside a runner, where there is no page.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** https://github.com/acme/app/actions/runs/123 (GHES and ghe.com hosts from GITHUB_SERVER_URL). */
export function workflowRunUrl(env: Env): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/** The artifact's own page, which downloads it: …/actions/runs/123/artifacts/456. */
export function artifactUrl(env: Env, artifactId: number | undefined): string | undefined {
  const run = workflowRunUrl(env);
  return run && artifactId !== undefined ? `${run}/artifacts/${artifactId}` : undefined;
}

/**
 * Markdown naming where the full report is: the artifact with a link when there is one, else
 * the run's page, else just the artifact's name.
 */
export function fullReportMarkdown(env: Env, artifact: { name: string; id: number | undefined } | undefined): string {
  if (!artifact) {
    const run = workflowRunUrl(env);
    return run ? `the artifacts of [this workflow run](${run})` : 'the report folder (report.md, report.html, report.pdf)';
  }
  const url = artifactUrl(env, artifact.id);
  const name = `\`${artifact.name.replace(/`/g, '')}\``;
  return url ? `the [${name} artifact](${url}) of this workflow run` : `the ${name} artifact of this workflow run`;
}
