import { ConfigurationError } from '../../../lib/errors';

/**
 * The tool formats `sarif-multitool convert --tool` accepts, as its 5.7.0 help lists them (the
 * version Assay pins; test/security-convert.test.ts checks the list against the binary's own
 * `convert --help`). Kept in code so a misspelt format is reported before the 95 MB tool is
 * fetched.
 */
export const MULTITOOL_TOOL_FORMATS = [
  'AndroidStudio',
  'CisCat',
  'ClangAnalyzer',
  'ClangTidy',
  'CppCheck',
  'ContrastSecurity',
  'FlawFinder',
  'Fortify',
  'FortifyFpr',
  'FxCop',
  'Hdf',
  'Nessus',
  'PREfast',
  'Pylint',
  'SemmleQL',
  'StaticDriverVerifier',
  'TSLint',
] as const;

export type ToolFormat = (typeof MULTITOOL_TOOL_FORMATS)[number];

/** Where to learn about each tool, for the converted run's `informationUri` (the converters set none). */
export const TOOL_INFORMATION_URIS: Readonly<Partial<Record<ToolFormat, string>>> = {
  AndroidStudio: 'https://developer.android.com/studio/write/lint',
  CisCat: 'https://www.cisecurity.org/cybersecurity-tools/cis-cat-pro',
  ClangAnalyzer: 'https://clang-analyzer.llvm.org/',
  ClangTidy: 'https://clang.llvm.org/extra/clang-tidy/',
  CppCheck: 'https://cppcheck.sourceforge.io/',
  ContrastSecurity: 'https://www.contrastsecurity.com/',
  FlawFinder: 'https://dwheeler.com/flawfinder/',
  Fortify: 'https://www.microfocus.com/en-us/cyberres/application-security/static-code-analyzer',
  FortifyFpr: 'https://www.microfocus.com/en-us/cyberres/application-security/static-code-analyzer',
  FxCop: 'https://learn.microsoft.com/visualstudio/code-quality/',
  Hdf: 'https://saf.mitre.org/',
  Nessus: 'https://www.tenable.com/products/nessus',
  PREfast: 'https://learn.microsoft.com/cpp/code-quality/',
  Pylint: 'https://pylint.readthedocs.io/',
  SemmleQL: 'https://codeql.github.com/',
  StaticDriverVerifier: 'https://learn.microsoft.com/windows-hardware/drivers/devtest/static-driver-verifier',
  TSLint: 'https://palantir.github.io/tslint/',
};

/**
 * The multitool's spelling of a format name given by a user, matched without regard to case or
 * separators ("cppcheck", "clang-tidy", "CLANG_TIDY"); a ConfigurationError listing the accepted
 * names otherwise.
 */
export function resolveToolFormat(name: string): ToolFormat {
  const key = normalize(name);
  const found = MULTITOOL_TOOL_FORMATS.find((f) => normalize(f) === key);
  if (found) return found;
  throw new ConfigurationError(
    `"${name}" is not a report format sarif-multitool can convert. Use one of: ${MULTITOOL_TOOL_FORMATS.join(', ')} (the input "convert" takes lines "Format: glob", e.g. "CppCheck: reports/cppcheck.xml").`,
  );
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The format names from `sarif-multitool convert --help` ("Must be one of: AndroidStudio, …,
 * TSLint, or a tool format for which a plugin assembly provides the converter.").
 */
export function toolFormatsFromHelp(help: string): string[] {
  const text = help.replace(/\s+/g, ' ');
  const list = /Must be one of:\s*(.*?)(?:,\s*or a tool format|\.\s)/.exec(text)?.[1];
  if (!list) return [];
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
