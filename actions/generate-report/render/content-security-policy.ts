import { createHash } from 'node:crypto';
import { ConfigurationError } from '../../../lib/errors';
import { trustedHtml, type TrustedFragment } from './trusted';

/**
 * The report's stylesheet element and the Content-Security-Policy that admits exactly it.
 * Nothing else may load or run: no script, no font, no frame, no connection, images only from
 * data: URIs (the trend charts); style only the one <style> element whose hash is listed, so
 * neither an injected <style> nor a style="" attribute would apply even if one got through.
 * The policy sits in a <meta> tag (the file is opened from disk or printed, no server headers);
 * `frame-ancestors` and `report-uri` have no effect there and are left out.
 */
export function stylesheetAndPolicy(css: string, stylesFile: string): { stylesheet: TrustedFragment; csp: string } {
  if (/<\/style/i.test(css)) {
    throw new ConfigurationError(`report template ${stylesFile}: the stylesheet contains "</style", which would end the <style> element early; remove it.`);
  }
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return {
    stylesheet: trustedHtml(`<style>${css}</style>`),
    csp: `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`,
  };
}
