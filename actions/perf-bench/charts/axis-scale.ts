/**
 * "Nice" axis ticks (steps of 1, 2 or 5 × 10^k, Heckbert's method) and units that keep tick
 * labels short: a series in the thousands of milliseconds is shown in seconds, bytes in MiB.
 */
export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

export function niceTicks(low: number, high: number, target = 5): Ticks {
  if (!Number.isFinite(low) || !Number.isFinite(high)) throw new RangeError(`axis range must be finite, got ${low}..${high}`);
  if (high < low) [low, high] = [high, low];
  if (high === low) {
    // A flat series: open a band around it so the line sits mid-chart.
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const step = niceNumber((high - low) / Math.max(1, target - 1), true);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const values: number[] = [];
  // Counting steps (not adding them) avoids 0.30000000000000004 creeping into labels.
  const count = Math.round((max - min) / step);
  for (let i = 0; i <= count; i++) values.push(roundTo(min + i * step, step));
  return { min: roundTo(min, step), max: roundTo(max, step), step, values };
}

function niceNumber(range: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(range));
  const fraction = range / 10 ** exponent;
  let nice: number;
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(20, decimals)));
}

export interface DisplayUnit {
  unit: string;
  /** Multiply a stored value by this to get the displayed one. */
  factor: number;
}

/** A display unit for values up to `largest`, given the stored unit. */
export function displayUnit(unit: string, largest: number): DisplayUnit {
  if (unit === 'ms') {
    if (largest >= 1000) return { unit: 's', factor: 1 / 1000 };
    if (largest < 1) return { unit: 'µs', factor: 1000 };
    return { unit: 'ms', factor: 1 };
  }
  if (unit === 'bytes' || unit === 'B') {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let i = 0;
    while (i < units.length - 1 && largest / 1024 ** i >= 1024) i++;
    return { unit: units[i]!, factor: 1 / 1024 ** i };
  }
  return { unit, factor: 1 };
}

/** A label with at most 4 significant digits and no float noise: 12.5, 0.0012, 1500. */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}
