/**
 * CVSS v3.x base score from a vector string, per the CVSS v3.1 specification (FIRST, section 7.1
 * "Base Metrics Equations", Appendix A "Floating Point Rounding"). v3.0 vectors use the same
 * equations; v3.1 only redefined Roundup to avoid floating-point artefacts (3.0's ceil(x×10)/10
 * turns 4.000000000000001 into 4.1), so the 3.1 Roundup is used for both. Temporal and
 * environmental metrics in a vector are ignored: GitHub's `security-severity` is the base score.
 */

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Record<string, number> = { L: 0.77, H: 0.44 };
const PR_UNCHANGED: Record<string, number> = { N: 0.85, L: 0.62, H: 0.27 };
const PR_CHANGED: Record<string, number> = { N: 0.85, L: 0.68, H: 0.5 };
const UI: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };

/**
 * Appendix A: the smallest number, to one decimal place, equal to or higher than its input,
 * computed on integers so that 4.000000000000001 rounds to 4.0 and not 4.1.
 */
export function roundUp(value: number): number {
  const intInput = Math.round(value * 100_000);
  if (intInput % 10_000 === 0) return intInput / 100_000;
  return (Math.floor(intInput / 10_000) + 1) / 10;
}

export interface Cvss3Metrics {
  version: '3.0' | '3.1';
  AV: string;
  AC: string;
  PR: string;
  UI: string;
  S: string;
  C: string;
  I: string;
  A: string;
}

/** Parses `CVSS:3.x/AV:…/…`; undefined when a base metric is missing, repeated or has no defined value. */
export function parseCvss3Vector(vector: string): Cvss3Metrics | undefined {
  const parts = vector.trim().split('/');
  const head = /^CVSS:(3\.[01])$/.exec(parts[0] ?? '');
  if (!head) return undefined;
  const values = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
    if (!m) return undefined;
    if (values.has(m[1]!)) return undefined;
    values.set(m[1]!, m[2]!);
  }
  const get = (name: string, allowed: Record<string, number> | string[]): string | undefined => {
    const v = values.get(name);
    if (v === undefined) return undefined;
    const ok = Array.isArray(allowed) ? allowed.includes(v) : v in allowed;
    return ok ? v : undefined;
  };
  const metrics = {
    AV: get('AV', AV),
    AC: get('AC', AC),
    PR: get('PR', PR_UNCHANGED),
    UI: get('UI', UI),
    S: get('S', ['U', 'C']),
    C: get('C', CIA),
    I: get('I', CIA),
    A: get('A', CIA),
  };
  for (const value of Object.values(metrics)) if (value === undefined) return undefined;
  return { version: head[1] as '3.0' | '3.1', ...(metrics as Omit<Cvss3Metrics, 'version'>) };
}

// Databases repeat the same few hundred vectors; each is scored once.
const scores = new Map<string, number | undefined>();

/** The base score (0.0–10.0) of a CVSS v3.0/v3.1 vector, or undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (scores.has(vector)) return scores.get(vector);
  const score = computeBaseScore(vector);
  if (scores.size > 10_000) scores.clear();
  scores.set(vector, score);
  return score;
}

function computeBaseScore(vector: string): number | undefined {
  const m = parseCvss3Vector(vector);
  if (!m) return undefined;
  const changed = m.S === 'C';
  const iss = 1 - (1 - CIA[m.C]!) * (1 - CIA[m.I]!) * (1 - CIA[m.A]!);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const exploitability = 8.22 * AV[m.AV]! * AC[m.AC]! * (changed ? PR_CHANGED : PR_UNCHANGED)[m.PR]! * UI[m.UI]!;
  if (impact <= 0) return 0;
  return changed ? roundUp(Math.min(1.08 * (impact + exploitability), 10)) : roundUp(Math.min(impact + exploitability, 10));
}
