/**
 * The report's place in every destination: "<owner>/<repo>/<ref slug>/<run>". A retry or a second
 * publish of the same run lands on the same place (idempotent); another run gets its own.
 */
export function reportPath(options: { repository: string; ref: string | undefined; runId: string | undefined; reportId: string }): string {
  const run = options.runId ? options.runId : `local-${options.reportId.slice(0, 12)}`;
  return [...options.repository.split('/').map(slug), refSlug(options.ref), slug(run)].join('/');
}

/** refs/heads/feature/x → feature-x; refs/pull/12/merge → pr-12; none → "local". */
export function refSlug(ref: string | undefined): string {
  if (!ref) return 'local';
  const pull = /^refs\/pull\/(\d+)\//.exec(ref);
  if (pull) return `pr-${pull[1]}`;
  return slug(ref.replace(/^refs\/(heads|tags)\//, ''));
}

/** Safe as one path segment and one S3 key segment: letters, digits, '.', '_', '-'. */
function slug(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return cleaned || '-';
}
