import type { Logger } from '../../lib/action/logger';
import type { Severity } from '../../lib/severity';

/** Languages analyze knows how to lint. */
export const LANGUAGES = ['javascript', 'typescript', 'python', 'rust', 'shell'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A file of the analysed project, path relative to the project root with forward slashes. */
export interface ProjectFile {
  path: string;
  language: Language;
}

/** SARIF's level, which a linter's own error/warning/info maps onto. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** One normalized finding. Lines and columns are 1-based, as the tools and SARIF count them. */
export interface Finding {
  tool: string;
  /** The tool's own rule code or name: `no-unused-vars`, `TS2322`, `W0611`, `clippy::len_zero`, `SC2086`. */
  ruleId: string;
  level: FindingLevel;
  severity: Severity;
  message: string;
  /** Relative to the project root, forward slashes. */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** What a rule is, for SARIF's rule metadata and the report. */
export interface RuleMetadata {
  id: string;
  /** The rule's readable name when `id` is a code: `unused-import` for Pylint's W0611 (SARIF's rule `name`). */
  name?: string;
  /** Short description; one sentence. */
  description?: string;
  /** Longer help text (Markdown allowed). */
  help?: string;
  helpUri?: string;
}

/** Cyclomatic complexity of one function, as the linter's own complexity rule measures it. */
export interface FunctionComplexity {
  file: string;
  name: string;
  line: number;
  /** Last line of the function when the tool knows it (used to compute the function's coverage). */
  endLine?: number;
  complexity: number;
}

/** Everything an adapter needs; adapters never read inputs or the environment themselves. */
export interface AnalysisContext {
  /** Absolute path of the project being analysed. */
  root: string;
  /** The project's files (after .gitignore, exclude and vendored folders), by language. */
  files: readonly ProjectFile[];
  /**
   * In changed-files-only mode, the files to lint (a subset of `files`); undefined means all.
   * Tools that cannot lint single files lint the project and the caller filters.
   */
  targetFiles?: readonly string[];
  log: Logger;
  /** Where tools may be installed and cached between runs (RUNNER_TOOL_CACHE on a runner). */
  toolCache: string;
  /** Scratch space for this run. */
  tempDir: string;
  /** The environment tools run with (PATH etc.). */
  env: NodeJS.ProcessEnv;
  /** Aborted when the tool's time is up; pass it to runProcess. */
  signal: AbortSignal;
}

/** What one tool produced. */
export interface ToolOutput {
  version: string;
  findings: Finding[];
  rules: RuleMetadata[];
  /** Complexity tools report functions instead of findings. */
  functions?: FunctionComplexity[];
  exitCode: number | null;
  /**
   * How the tool was run when that is not the obvious way, for the summary: a fallback config
   * ("legacy .eslintrc.json is not read by ESLint 9; used Assay's default"), defaults used for a
   * missing tsconfig.json, files that could not be parsed.
   */
  notes?: string[];
}

/** One tool adapter per module in tools/. */
export interface ToolAdapter {
  /** Name used in outputs, SARIF runs and the `tools` input: eslint, tsc, pylint, mypy, clippy, shellcheck… */
  readonly name: string;
  /** The languages whose presence makes this tool run. */
  readonly languages: readonly Language[];
  /** True for tools that measure (complexity) rather than find defects. */
  readonly metric?: boolean;
  /**
   * Runs the tool. Throws ToolSkippedError when it cannot run here (with the reason, e.g. not
   * installed and not installable) and ToolFailedError when it ran but failed (crash, garbage
   * output, broken config), naming what the user should fix.
   */
  run(context: AnalysisContext): Promise<ToolOutput>;
}
