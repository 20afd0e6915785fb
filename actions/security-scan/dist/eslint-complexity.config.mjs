// Assay's complexity measurement: ESLint's own `complexity` rule at threshold 0, so it reports
// every function with its cyclomatic complexity ("Function 'f' has a complexity of 3. Maximum
// allowed is 0."). Used for every project, whatever its own ESLint config, so the numbers are
// comparable between projects. Copied into the folder of Assay's pinned npm tools at run time
// (so the parser import resolves there) and passed with --config.
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

export default [
  {
    name: 'assay/complexity',
    files: [...JS, ...TS],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    rules: { complexity: ['warn', 0] },
  },
  {
    name: 'assay/complexity-commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'assay/complexity-typescript',
    files: TS,
    languageOptions: { parser: tseslint.parser },
  },
];
