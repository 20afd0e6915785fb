/**
 * Numbers as the report prints them, the same on every machine whatever its locale:
 * thousands separated by commas, at most `decimals` decimals, no trailing zeros.
 */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const raw = Math.abs(value).toFixed(decimals);
  const fixed = raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 && Number(fixed) !== 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A change with its sign: +3, −2, ±0. */
export function formatSigned(value: number, decimals = 2): string {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? '±0' : String(value);
  return value > 0 ? `+${formatNumber(value, decimals)}` : formatNumber(value, decimals);
}
