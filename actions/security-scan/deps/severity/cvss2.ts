/**
 * CVSS v2 base score (FIRST, "A Complete Guide to the CVSS Version 2", section 3.2.1). Older
 * advisories (NVD before 2016, some PYSEC records) carry only a v2 vector; scoring it beats
 * falling back to "unknown".
 */

const AV: Record<string, number> = { L: 0.395, A: 0.646, N: 1.0 };
const AC: Record<string, number> = { H: 0.35, M: 0.61, L: 0.71 };
const AU: Record<string, number> = { M: 0.45, S: 0.56, N: 0.704 };
const CIA: Record<string, number> = { N: 0, P: 0.275, C: 0.66 };

/** Base score of `AV:N/AC:L/Au:N/C:P/I:P/A:P` (an optional `(…)` wrapper or `CVSS:2.0/` prefix is accepted). */
export function cvss2BaseScore(vector: string): number | undefined {
  const text = vector.trim().replace(/^\((.*)\)$/, '$1').replace(/^CVSS:2\.0\//, '');
  const values = new Map<string, string>();
  for (const part of text.split('/')) {
    const m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
    if (!m) return undefined;
    values.set(m[1]!, m[2]!);
  }
  const av = AV[values.get('AV') ?? ''];
  const ac = AC[values.get('AC') ?? ''];
  const au = AU[values.get('Au') ?? ''];
  const c = CIA[values.get('C') ?? ''];
  const i = CIA[values.get('I') ?? ''];
  const a = CIA[values.get('A') ?? ''];
  if (av === undefined || ac === undefined || au === undefined || c === undefined || i === undefined || a === undefined) return undefined;
  const impact = 10.41 * (1 - (1 - c) * (1 - i) * (1 - a));
  const exploitability = 20 * av * ac * au;
  const f = impact === 0 ? 0 : 1.176;
  const score = (0.6 * impact + 0.4 * exploitability - 1.5) * f;
  // The guide rounds to one decimal place.
  return Math.max(0, Math.round(score * 10 + 1e-9) / 10);
}
