import { CoverageFormatError, type LineData, type ReportedFile, emptyLineData, mergeLineData, toCount, toLine } from './file-coverage';

/**
 * Parses an lcov tracefile as c8, Jest, Vitest, nyc, llvm-cov (`cargo llvm-cov --lcov`), lcov
 * itself and genhtml's inputs write it. Several records of one file (a report concatenated from
 * test runs, a Jest multi-project run) are merged. Lines and branches come from DA and BRDA; the
 * LF/LH/BRF/BRH summaries are not trusted, since they are only the writer's own count of the same
 * data and disagree with it in some writers.
 *
 * Reference: the geninfo(1) man page, "TRACEFILE FORMAT", including lcov 2's FNL/FNA records.
 */
export function parseLcov(text: string): ReportedFile[] {
  const byPath = new Map<string, ReportedFile>();
  let current: LineData | undefined;
  let currentPath = '';
  // FN names a function and FNDA counts its calls, in either order; lcov 2 indexes them (FNL/FNA).
  let fnLines = new Map<string, { line: number; endLine?: number }>();
  let fnHits = new Map<string, number>();
  let indexed = new Map<string, { line: number; endLine?: number }>();
  // Branch ids are only meaningful within one record: count them per line there.
  let branchHits = new Map<number, Map<string, number>>();
  let sawRecord = false;

  const finish = () => {
    if (!current) return;
    for (const [line, hits] of branchHits) {
      current.branches.set(line, { total: hits.size, covered: [...hits.values()].filter((h) => h > 0).length });
    }
    for (const [name, where] of fnLines) current.functions.push({ name, ...where, hits: fnHits.get(name) ?? 0 });
    const existing = byPath.get(currentPath);
    if (existing) mergeLineData(existing, current);
    else byPath.set(currentPath, { candidates: [currentPath], ...current });
    current = undefined;
    fnLines = new Map();
    fnHits = new Map();
    indexed = new Map();
    branchHits = new Map();
  };

  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line.trim() : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (tag === 'SF') {
      finish();
      sawRecord = true;
      currentPath = value.trim();
      current = emptyLineData();
      continue;
    }
    if (tag === 'end_of_record') {
      finish();
      continue;
    }
    if (!current) continue;
    switch (tag) {
      case 'DA': {
        // DA:<line>,<hits>[,<checksum>]; gcov writes "=====" and the like for unexecuted lines.
        const [lineNo, hits] = value.split(',');
        const n = toLine(lineNo);
        if (n) current.lines.set(n, Math.max(toCount(hits), current.lines.get(n) ?? 0));
        break;
      }
      case 'BRDA': {
        // BRDA:<line>,[e]<block>,<branch>,<taken>; "-" means the block never ran. lcov 2 allows
        // commas in <branch> (an expression), so the id is everything between line and taken.
        const first = value.indexOf(',');
        const last = value.lastIndexOf(',');
        if (first < 0 || last <= first) break;
        const n = toLine(value.slice(0, first));
        if (!n) break;
        const id = value.slice(first + 1, last);
        const taken = toCount(value.slice(last + 1));
        const branches = branchHits.get(n) ?? new Map<string, number>();
        branches.set(id, Math.max(taken, branches.get(id) ?? 0));
        branchHits.set(n, branches);
        break;
      }
      case 'FN': {
        // FN:<line>,<name> or (lcov 2) FN:<line>,<end line>,<name>. Names may contain commas (C++).
        const parts = value.split(',');
        const start = toLine(parts[0]);
        if (!start || parts.length < 2) break;
        const end = parts.length >= 3 && /^\d+$/.test(parts[1]!) ? toLine(parts[1]) : undefined;
        const name = parts.slice(end ? 2 : 1).join(',');
        fnLines.set(name, end ? { line: start, endLine: end } : { line: start });
        break;
      }
      case 'FNDA': {
        const comma = value.indexOf(',');
        if (comma < 0) break;
        const name = value.slice(comma + 1);
        fnHits.set(name, Math.max(toCount(value.slice(0, comma)), fnHits.get(name) ?? 0));
        break;
      }
      case 'FNL': {
        // FNL:<index>,<line>[,<end line>]
        const [index, start, end] = value.split(',');
        const n = toLine(start);
        if (index !== undefined && n) indexed.set(index, end ? { line: n, endLine: toLine(end) ?? n } : { line: n });
        break;
      }
      case 'FNA': {
        // FNA:<index>,<hits>,<name>
        const [index, hits, ...name] = value.split(',');
        const where = index === undefined ? undefined : indexed.get(index);
        if (where) {
          const fnName = name.join(',');
          fnLines.set(fnName, where);
          fnHits.set(fnName, Math.max(toCount(hits), fnHits.get(fnName) ?? 0));
        }
        break;
      }
      default:
        // TN, VER, FNF, FNH, LF, LH, BRF, BRH, LN…: derived from the records above, or names only.
        break;
    }
  }
  finish();
  if (!sawRecord) throw new CoverageFormatError('no SF: record, so this is not an lcov tracefile');
  return [...byPath.values()];
}
