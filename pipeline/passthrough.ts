/**
 * The root action's inputs that are handed to a stage unchanged: `root` is the name in the root
 * action.yml, `input` the stage's own. Most keep the stage's name; the few that would be
 * ambiguous in one flat list of inputs get a prefix (the report's `kind` is `report-kind`).
 *
 * An empty value is not passed, so the stage's own default applies. The root action.yml declares
 * each with the stage's default except where ROOT_DEFAULTS says why not; a test holds both files
 * to this table.
 */
export const PASSTHROUGH = [
  { stage: 'analyze', root: 'languages', input: 'languages' },
  { stage: 'analyze', root: 'tools', input: 'tools' },
  { stage: 'analyze', root: 'exclude', input: 'exclude' },
  { stage: 'analyze', root: 'fail-on', input: 'fail-on' },
  { stage: 'analyze', root: 'changed-files-only', input: 'changed-files-only' },
  { stage: 'analyze', root: 'base-ref', input: 'base-ref' },
  { stage: 'analyze', root: 'tool-timeout', input: 'tool-timeout' },
  { stage: 'security-scan', root: 'scanners', input: 'scanners' },
  { stage: 'security-scan', root: 'osv-database', input: 'osv-database' },
  { stage: 'security-scan', root: 'sarif-files', input: 'sarif-files' },
  { stage: 'security-scan', root: 'convert', input: 'convert' },
  { stage: 'security-scan', root: 'fail-on-severity', input: 'fail-on-severity' },
  { stage: 'security-scan', root: 'upload-sarif', input: 'upload' },
  { stage: 'security-scan', root: 'sarif-category', input: 'category' },
  { stage: 'security-scan', root: 'github-token', input: 'github-token' },
  { stage: 'perf-bench', root: 'baseline', input: 'baseline' },
  { stage: 'perf-bench', root: 'min-effect', input: 'min-effect' },
  { stage: 'perf-bench', root: 'fail-on-regression', input: 'fail-on-regression' },
  { stage: 'perf-bench', root: 'github-token', input: 'github-token' },
  { stage: 'generate-report', root: 'report-kind', input: 'kind' },
  { stage: 'generate-report', root: 'format', input: 'format' },
  { stage: 'generate-report', root: 'mode', input: 'mode' },
  { stage: 'generate-report', root: 'title', input: 'title' },
  { stage: 'generate-report', root: 'templates', input: 'templates' },
  { stage: 'generate-report', root: 'previous-report', input: 'previous-report' },
  { stage: 'generate-report', root: 'quality-gates', input: 'quality-gates' },
  { stage: 'generate-report', root: 'fail-on-gates', input: 'fail-on-gates' },
  { stage: 'generate-report', root: 'pr-comment', input: 'pr-comment' },
  { stage: 'generate-report', root: 'upload-report', input: 'upload-artifact' },
  { stage: 'generate-report', root: 'github-token', input: 'github-token' },
  { stage: 'publish-portal', root: 'destination', input: 'destination' },
  { stage: 'publish-portal', root: 'pages-repository', input: 'pages-repository' },
  { stage: 'publish-portal', root: 'pages-branch', input: 'pages-branch' },
  { stage: 'publish-portal', root: 'pages-url', input: 'pages-url' },
  { stage: 'publish-portal', root: 'max-reports', input: 'max-reports' },
  { stage: 'publish-portal', root: 's3-bucket', input: 's3-bucket' },
  { stage: 'publish-portal', root: 's3-endpoint', input: 's3-endpoint' },
  { stage: 'publish-portal', root: 's3-prefix', input: 's3-prefix' },
  { stage: 'publish-portal', root: 's3-region', input: 's3-region' },
  { stage: 'publish-portal', root: 's3-sse', input: 's3-sse' },
  { stage: 'publish-portal', root: 's3-kms-key-id', input: 's3-kms-key-id' },
  { stage: 'publish-portal', root: 's3-role-to-assume', input: 's3-role-to-assume' },
  { stage: 'publish-portal', root: 'webhook-url', input: 'webhook-url' },
  { stage: 'publish-portal', root: 'webhook-secret', input: 'webhook-secret' },
  { stage: 'publish-portal', root: 'notify', input: 'notify' },
  { stage: 'publish-portal', root: 'notify-on', input: 'notify-on' },
  { stage: 'publish-portal', root: 'slack-webhook-url', input: 'slack-webhook-url' },
  { stage: 'publish-portal', root: 'smtp-host', input: 'smtp-host' },
  { stage: 'publish-portal', root: 'smtp-port', input: 'smtp-port' },
  { stage: 'publish-portal', root: 'smtp-secure', input: 'smtp-secure' },
  { stage: 'publish-portal', root: 'smtp-username', input: 'smtp-username' },
  { stage: 'publish-portal', root: 'smtp-password', input: 'smtp-password' },
  { stage: 'publish-portal', root: 'email-from', input: 'email-from' },
  { stage: 'publish-portal', root: 'email-to', input: 'email-to' },
  { stage: 'publish-portal', root: 'update-status', input: 'update-status' },
  { stage: 'publish-portal', root: 'github-token', input: 'github-token' },
] as const;

export type PassthroughStage = (typeof PASSTHROUGH)[number]['stage'];

/**
 * Root defaults that differ from the stage's, and why: in one job every stage must run so the
 * report shows everything, so findings do not fail a stage on the way; the report's gates and
 * the thresholds below judge at the end. Uploading to code scanning needs a permission a
 * one-line setup may not have granted.
 */
export const ROOT_DEFAULTS: Readonly<Record<string, string>> = {
  'fail-on': 'none',
  'fail-on-severity': 'none',
  'upload-sarif': 'false',
};
