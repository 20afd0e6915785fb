import type { ToolAdapter } from './model';
import { clippyAdapter } from './tools/clippy';
import { eslintAdapter } from './tools/eslint';
import { eslintComplexityAdapter } from './tools/eslint-complexity';
import { mypyAdapter } from './tools/mypy';
import { pylintAdapter } from './tools/pylint';
import { pylintComplexityAdapter } from './tools/pylint-complexity';
import { shellcheckAdapter } from './tools/shellcheck';
import { tscAdapter } from './tools/tsc';

/** Every tool analyze knows (schedule.ts decides the order they run in). */
export const TOOL_REGISTRY: readonly ToolAdapter[] = [
  clippyAdapter,
  tscAdapter,
  pylintAdapter,
  mypyAdapter,
  eslintAdapter,
  eslintComplexityAdapter,
  pylintComplexityAdapter,
  shellcheckAdapter,
];
