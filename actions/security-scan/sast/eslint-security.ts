import * as path from 'node:path';
import type { RunRuleInfo } from '../../../lib/sarif/build-run';
import { sarifLevelForSeverity, scoreForSeverity } from '../../../lib/severity';
import type { AnalysisContext } from '../../analyze/model';
import { listProjectFiles } from '../../analyze/project-files';
import { provisionAssayNpmTools } from '../../analyze/provision/npm-tools';
import { ToolSkippedError } from '../../../lib/tool-errors';
import { ESLINT_EXTENSIONS, relativePath, runEslint, type EslintReport } from '../../analyze/tools/eslint';
import type { ScanContext, ScannerOutput, SecurityFinding } from '../model';
import { eslintSecurityRule } from './eslint-security-rules';
import { placeSecurityEslintConfig } from './place-config';
import { securityRule, type SecurityScanner } from './scanner';
import { SECURITY_NPM_TOOLS } from './security-npm-tools';

export interface EslintSecurityScannerOptions {
  /** Gitignore-style patterns (relative to the root) of files not to scan. */
  exclude?: readonly string[];
  /** The npm set to install (tests pass another to exercise failures). */
  packages?: Readonly<Record<string, string>>;
}

const RULE_PREFIX = 'security/';

/**
 * eslint-plugin-security's recommended rules over the project's JavaScript and TypeScript, with
 * Assay's bundled config (eslint-security.config.mjs) and Assay's pinned ESLint, whatever ESLint
 * setup the project has: its config is never loaded, so a broken or plugin-heavy config cannot
 * stop the scan and cannot switch the rules off. Inline `eslint-disable … security/<rule>`
 * comments are honoured, like Bandit's `# nosec`: they are how a team records a reviewed false
 * positive. Messages of other rules (an inline comment naming a rule this config does not load)
 * are dropped; files ESLint cannot parse become a note.
 */
export function createEslintSecurityScanner(options: EslintSecurityScannerOptions = {}): SecurityScanner {
  return { name: 'eslint-security', run: (context) => runEslintSecurity(context, options) };
}

export const eslintSecurityScanner = createEslintSecurityScanner();

async function runEslintSecurity(context: ScanContext, options: EslintSecurityScannerOptions): Promise<ScannerOutput> {
  const listed = await listProjectFiles({ root: context.root, log: context.log, ...(options.exclude ? { exclude: options.exclude } : {}) });
  const files = listed
    .filter((f) => (f.language === 'javascript' || f.language === 'typescript') && ESLINT_EXTENSIONS.includes(path.extname(f.path).toLowerCase()))
    .map((f) => f.path);
  if (files.length === 0) throw new ToolSkippedError('no JavaScript or TypeScript files to scan');
  const tools = await provisionAssayNpmTools({ toolCache: context.toolCache, env: context.env, log: context.log, signal: context.signal, packages: options.packages ?? SECURITY_NPM_TOOLS });
  const config = await placeSecurityEslintConfig(tools.dir);
  // runEslint reads only root, env and signal of analyze's context; the file list is passed in.
  const lintContext: AnalysisContext = { ...context, files: [] };
  const { report } = await runEslint({
    bin: tools.eslint,
    args: ['--config', config],
    files,
    configLabel: `Assay's security config (${config})`,
    configFile: config,
    context: lintContext,
  });
  const { findings, rules, notes } = findingsFromEslintSecurity(report, context.root);
  for (const note of notes) context.log.info(`eslint-security: ${note}`);
  return {
    tool: { name: 'eslint-plugin-security', version: pluginVersion(options.packages ?? SECURITY_NPM_TOOLS, tools.eslint.version), informationUri: 'https://github.com/eslint-community/eslint-plugin-security' },
    category: 'assay-security/eslint-security',
    findings,
    rules,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** "4.1.0 (ESLint 9.39.5)": the plugin decides the findings, ESLint how files are read. */
function pluginVersion(packages: Readonly<Record<string, string>>, eslintVersion: string): string {
  const plugin = packages['eslint-plugin-security'];
  return plugin ? `${plugin} (ESLint ${eslintVersion})` : `ESLint ${eslintVersion}`;
}

/** Security findings and rules from ESLint's report; anything that is not a security rule's message is left out. */
export function findingsFromEslintSecurity(report: EslintReport, root: string): { findings: SecurityFinding[]; rules: RunRuleInfo[]; notes: string[] } {
  const findings: SecurityFinding[] = [];
  const used = new Set<string>();
  const unparsable: string[] = [];
  for (const file of report.results) {
    const rel = relativePath(root, file.filePath);
    for (const m of file.messages) {
      if (m.fatal) {
        unparsable.push(`${rel}:${m.line ?? 1} (${m.message})`);
        continue;
      }
      if (!m.ruleId?.startsWith(RULE_PREFIX)) continue;
      const { severity } = eslintSecurityRule(m.ruleId);
      used.add(m.ruleId);
      findings.push({
        ruleId: m.ruleId,
        level: sarifLevelForSeverity(severity),
        severity,
        securitySeverity: scoreForSeverity(severity),
        message: m.message,
        file: rel,
        line: m.line ?? 1,
        ...(m.column !== undefined ? { column: m.column } : {}),
        ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
        ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
      });
    }
  }
  const meta = report.metadata?.rulesMeta ?? {};
  const rules = [...used].sort().map((id) => {
    const { cwes, severity } = eslintSecurityRule(id);
    const docs = meta[id]?.docs;
    return securityRule({
      id,
      ...(docs?.description ? { description: docs.description } : {}),
      help: `${docs?.description ?? id}\n\nReported by eslint-plugin-security's ${id.slice(RULE_PREFIX.length)}. After review, a false positive can be silenced with \`// eslint-disable-next-line ${id}\`.`,
      ...(docs?.url ? { helpUri: docs.url } : {}),
      cwes,
      score: scoreForSeverity(severity),
    });
  });
  const notes = unparsable.length > 0 ? [`ESLint could not parse ${unparsable.length} file(s), so nothing in them was checked: ${unparsable.slice(0, 5).join('; ')}${unparsable.length > 5 ? '; …' : ''}`] : [];
  return { findings, rules, notes };
}
