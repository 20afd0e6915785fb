// Assay's default ESLint flat config, used when a project has no eslint.config.* of its own.
// At run time it is copied into the folder of Assay's pinned npm tools and passed with --config,
// so these imports resolve there and never from the analysed project. Patterns are relative to
// the project root (ESLint's cwd). No type-aware rules: they need the project's dependencies
// installed and a tsconfig that covers every file; tsc reports type errors instead.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

export default [
  {
    name: 'assay/ignores',
    // Generated code. Folders of dependencies (node_modules) are ESLint's own default ignores.
    ignores: ['**/dist/**', '**/coverage/**', '**/*.min.js', '**/*.bundle.js'],
  },
  {
    ...js.configs.recommended,
    name: 'assay/javascript-recommended',
    files: [...JS, ...TS],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      // Whether a file runs in a browser or in Node cannot be told from the file alone; knowing
      // both keeps no-undef about real mistakes.
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    name: 'assay/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // typescript-eslint's recommended set, held to TypeScript files so plain JavaScript keeps the
  // core rules (its base entry would otherwise switch every file to the TypeScript parser).
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
];
