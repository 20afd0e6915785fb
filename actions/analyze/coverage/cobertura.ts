import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CoverageFormatError, type LineData, type ReportedFile, emptyLineData, mergeLineData, toCount, toLine } from './file-coverage';
import { isAbsolute } from './map-paths';

// The parsed document: attributes and child elements side by side; an empty element is ''.
interface XmlLine {
  number?: string;
  hits?: string;
  branch?: string;
  'condition-coverage'?: string;
}
interface XmlMethod {
  name?: string;
  hits?: string;
  lines?: { line?: XmlLine[] } | '';
}
interface XmlClass {
  filename?: string;
  lines?: { line?: XmlLine[] } | '';
  methods?: { method?: XmlMethod[] } | '';
}

const ARRAYS = new Set(['source', 'package', 'class', 'line', 'method']);

/**
 * Parses Cobertura XML as coverage.py (`coverage xml`), Istanbul (Jest/Vitest/c8/nyc `cobertura`
 * reporter) and cargo-llvm-cov (`--cobertura`, through lcov2cobertura) write it.
 *
 * Paths: a class's `filename` is relative to one of the `<source>` folders (coverage.py lists one
 * per `--source`; Istanbul and lcov2cobertura list the folder they ran in), or absolute. The sources
 * are usually the CI runner's folders, which do not exist here, so every source joined with the
 * filename is only a candidate; map-paths.ts decides.
 *
 * Lines come from each class's own `<lines>`; the `<lines>` inside `<methods>` repeat them
 * (Istanbul) or hold a function's call count on its first line (lcov2cobertura), so they only give
 * the functions. Branches: Cobertura only says how many of a line's branches were taken
 * (`condition-coverage="50% (1/2)"`), not which.
 */
export function parseCobertura(xml: string): ReportedFile[] {
  let document: { coverage?: { sources?: { source?: unknown[] } | ''; packages?: { package?: { classes?: { class?: XmlClass[] } | '' }[] } | '' } };
  try {
    document = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => ARRAYS.has(name),
    }).parse(xml, true);
  } catch (e) {
    throw new CoverageFormatError(`not well-formed XML: ${(e as Error).message}`);
  }
  const coverage = document.coverage;
  if (!coverage || typeof coverage !== 'object') throw new CoverageFormatError('no <coverage> root element, so this is not a Cobertura report');
  if ('clover' in coverage) throw new CoverageFormatError('this is a Clover report, not Cobertura');

  const sources = (typeof coverage.sources === 'object' ? (coverage.sources.source ?? []) : [])
    .map((s) => (typeof s === 'string' ? s : typeof s === 'object' && s && '#text' in s ? String(s['#text']) : ''))
    .map((s) => s.trim().replace(/\\/g, '/'))
    .filter(Boolean);

  const byName = new Map<string, ReportedFile>();
  const packages = typeof coverage.packages === 'object' ? (coverage.packages.package ?? []) : [];
  for (const pkg of packages) {
    const classes = typeof pkg.classes === 'object' ? (pkg.classes.class ?? []) : [];
    for (const cls of classes) {
      const filename = cls.filename?.trim().replace(/\\/g, '/');
      if (!filename) continue;
      const data = classData(cls);
      // Java-style reports split one file into several classes; they share the file's lines.
      const existing = byName.get(filename);
      if (existing) mergeLineData(existing, data);
      else byName.set(filename, { candidates: candidatesFor(filename, sources), ...data });
    }
  }
  return [...byName.values()];
}

function classData(cls: XmlClass): LineData {
  const data = emptyLineData();
  const lines = typeof cls.lines === 'object' ? (cls.lines.line ?? []) : [];
  for (const line of lines) {
    const n = toLine(line.number);
    if (!n) continue;
    data.lines.set(n, Math.max(toCount(line.hits), data.lines.get(n) ?? 0));
    if (line.branch !== 'true') continue;
    const taken = /\((\d+)\/(\d+)\)/.exec(line['condition-coverage'] ?? '');
    if (!taken) continue;
    const total = Number(taken[2]);
    data.branches.set(n, { total, covered: Math.min(total, Number(taken[1])) });
  }
  const methods = typeof cls.methods === 'object' ? (cls.methods.method ?? []) : [];
  for (const method of methods) {
    const first = typeof method.lines === 'object' ? method.lines.line?.[0] : undefined;
    const line = toLine(first?.number);
    if (!method.name || !line) continue;
    data.functions.push({ name: method.name, line, hits: toCount(method.hits ?? first?.hits) });
  }
  return data;
}

function candidatesFor(filename: string, sources: readonly string[]): string[] {
  if (isAbsolute(filename)) return [filename];
  // Each source joined with the filename, then the filename alone (relative to where the report was made).
  const joined = sources.map((s) => path.posix.join(s, filename));
  return [...new Set([...joined, filename])];
}
