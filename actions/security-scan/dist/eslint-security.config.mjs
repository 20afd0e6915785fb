// Assay's ESLint config for the security scan: eslint-plugin-security's recommended rules and
// nothing else, over JavaScript and TypeScript (parsed with typescript-eslint's parser, without
// type information, so the project's dependencies need not be installed). The project's own
// ESLint config is never read. At run time this file is copied into the folder of Assay's
// security npm tools and passed with --config, so its imports resolve there. Patterns are
// relative to the project root (ESLint's cwd).
import security from 'eslint-plugin-security';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

export default [
  {
    name: 'assay-security/ignores',
    // Generated code; node_modules is ESLint's own default ignore.
    ignores: ['**/dist/**', '**/coverage/**', '**/*.min.js', '**/*.bundle.js'],
  },
  {
    ...security.configs.recommended,
    name: 'assay-security/recommended',
    files: [...JS, ...TS],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // `eslint-disable` comments for the project's other rules are not ours to judge.
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
  },
  {
    name: 'assay-security/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'assay-security/typescript',
    files: TS,
    languageOptions: { parser: tseslint.parser },
  },
];
