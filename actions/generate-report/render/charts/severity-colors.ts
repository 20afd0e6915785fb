import type { Severity } from '../../../../lib/severity';

/**
 * One colour per severity for the charts; templates/base/styles.css.liquid uses the same values
 * for the badges, so a bar and a badge of the same severity match. Dark enough for white text
 * and for greyscale print (each is a distinct grey).
 */
export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#8e0e24',
  high: '#c4401b',
  medium: '#a86b00',
  low: '#2f62a8',
  note: '#5f6670',
};
