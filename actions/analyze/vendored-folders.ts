/**
 * Folders that hold someone else's code or a tool's output, which nothing should lint, whatever
 * the .gitignore files say (a folder that is not a git checkout often has none).
 *
 * `dist` and `build` are deliberately NOT here: `build/` is a common home for hand-written build
 * scripts (webpack configs, release tooling) and Python packages can be named either. A generated
 * `dist`/`build` is nearly always gitignored, which the walk honours; a committed bundle (as
 * GitHub Actions commit `dist/index.js`) is caught by the size limit or the minified-name rule,
 * and the `exclude` input covers the rest.
 */
const BY_NAME = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.yarn', // Yarn's cache and its own release bundle (.yarn/releases/yarn-*.cjs)
  '.pnpm-store',
  '__pycache__',
  '.venv',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.eggs',
  'vendor',
  'third_party',
  // Framework build caches.
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.parcel-cache',
  // HTML coverage reports ship their own JavaScript (prettify.js, sorter.js).
  'lcov-report',
  'htmlcov',
]);

/**
 * Files whose presence marks a whole folder as generated, whatever its name:
 * - `pyvenv.cfg`: a Python virtual environment (venv, virtualenv, poetry, uv), named `venv`, `env`
 *   or anything else;
 * - `CACHEDIR.TAG`: the Cache Directory Tagging convention, which Cargo writes into `target/`, as
 *   do pytest and ruff into their caches;
 * - `conda-meta`: a conda environment.
 */
const MARKERS = ['pyvenv.cfg', 'CACHEDIR.TAG', 'conda-meta'];

/**
 * Why the folder `name`, found in a folder with the entries `siblings`, is skipped before it is
 * read; undefined when it is not.
 */
export function vendoredByName(name: string, siblings: ReadonlySet<string>): string | undefined {
  if (BY_NAME.has(name) || name.endsWith('.egg-info')) return `${name} is vendored or generated`;
  // Cargo's build folder next to its manifest (older Cargo wrote no CACHEDIR.TAG); a folder called
  // target in a JavaScript project is left alone.
  if (name === 'target' && siblings.has('Cargo.toml')) return 'Cargo build output';
  return undefined;
}

/** Why a folder is an environment or cache, by what it holds (`names` are its entries). */
export function environmentMarker(names: ReadonlySet<string>): string | undefined {
  const marker = MARKERS.find((m) => names.has(m));
  return marker && `holds ${marker}`;
}

/** Why a folder is skipped because of what it holds (`names` are its entries); undefined when it is not. */
export function vendoredByContent(names: ReadonlySet<string>): string | undefined {
  const marker = environmentMarker(names);
  if (marker) return marker;
  // An Istanbul HTML report (c8/nyc/jest `--reporter=html` write it straight into coverage/).
  if (names.has('prettify.js') && names.has('sorter.js')) return 'an HTML coverage report';
  return undefined;
}
