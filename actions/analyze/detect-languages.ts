import { LANGUAGES, type Language, type ProjectFile } from './model';

/**
 * What a file name alone says about a file's language: a language, "read the shebang" for names
 * without an extension (scripts such as `bin/deploy` or `gradlew`), or nothing.
 */
export type NameVerdict = Language | 'shebang' | undefined;

const BY_EXTENSION: ReadonlyMap<string, Language> = new Map([
  ['.js', 'javascript'],
  ['.mjs', 'javascript'],
  ['.cjs', 'javascript'],
  ['.jsx', 'javascript'],
  ['.ts', 'typescript'],
  ['.tsx', 'typescript'],
  ['.mts', 'typescript'],
  ['.cts', 'typescript'],
  ['.py', 'python'],
  ['.rs', 'rust'],
  ['.sh', 'shell'],
  ['.bash', 'shell'],
  ['.ksh', 'shell'],
]);

// Declaration files describe code that lives elsewhere (a package, a generated client); there is
// nothing in them for a linter to find, and tsc reads them through the tsconfig anyway.
const DECLARATION = /\.d\.(ts|mts|cts)$|\.d\.[^./]+\.ts$/;
// Minified bundles are build output even when committed: linting them only produces noise.
const MINIFIED = /[.-]min\.(js|mjs|cjs)$/;

export function languageOfName(name: string): NameVerdict {
  const dot = name.lastIndexOf('.');
  // No dot, or only a leading one (`.envrc`): no extension, so only the shebang can tell.
  if (dot <= 0) return 'shebang';
  const language = BY_EXTENSION.get(name.slice(dot).toLowerCase());
  if (!language) return undefined;
  if (language === 'typescript' && DECLARATION.test(name)) return undefined;
  if (language === 'javascript' && MINIFIED.test(name)) return undefined;
  return language;
}

// The shells ShellCheck understands. zsh and fish scripts are not shell to it.
const SHELLS = new Set(['sh', 'bash', 'dash', 'ksh', 'ksh88', 'ksh93', 'mksh', 'pdksh']);

/**
 * Language of an extensionless script from its first line. Only shell is classified: Python or
 * Node scripts without an extension are left out because the linters select files by extension
 * and would refuse or mis-handle them.
 */
export function languageOfShebang(firstLine: string): Language | undefined {
  if (!firstLine.startsWith('#!')) return undefined;
  const words = firstLine.slice(2).trim().split(/\s+/);
  let program = basename(words[0] ?? '');
  if (program === 'env') {
    // `#!/usr/bin/env -S bash -e`, `#!/usr/bin/env LC_ALL=C sh`: skip options and assignments.
    const next = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
    program = basename(next ?? '');
  }
  return SHELLS.has(program) ? 'shell' : undefined;
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** The languages present, most files first (ties in the order of LANGUAGES, so the result is stable). */
export function detectLanguages(files: readonly ProjectFile[]): Language[] {
  const counts = new Map<Language, number>();
  for (const file of files) counts.set(file.language, (counts.get(file.language) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || LANGUAGES.indexOf(a) - LANGUAGES.indexOf(b));
}
