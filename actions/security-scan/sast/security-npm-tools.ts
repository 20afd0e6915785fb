import { ASSAY_NPM_TOOLS } from '../../analyze/provision/npm-tools';

/**
 * The npm tools security-scan installs at run time, never bundled: analyze's pinned ESLint set
 * plus eslint-plugin-security and secretlint with its recommended preset. A superset of
 * analyze's set, so provisionAssayNpmTools installs it as it is (its own folder, its own lock)
 * and still finds ESLint there.
 *
 * secretlint stays on 12.0.0: 12.3 and 13 require Node 22, while `assay` supports Node 20.19;
 * 12.0.0 is also the version sample/expected-findings.json was verified with.
 */
export const SECURITY_NPM_TOOLS: Readonly<Record<string, string>> = {
  ...ASSAY_NPM_TOOLS,
  'eslint-plugin-security': '4.1.0',
  secretlint: '12.0.0',
  '@secretlint/secretlint-rule-preset-recommend': '12.0.0',
};
