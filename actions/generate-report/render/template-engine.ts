import { Liquid } from 'liquidjs';
import { outputEscaper, registerFilters } from './filters';
import { templateFs } from './template-fs';

/**
 * One liquidjs engine per output format and template folders. Options and why:
 * - root = [consumer's folder, bundled folder]: lookups try them in that order (template-fs.ts);
 * - strictFilters: a misspelt filter is a template error, not silently nothing;
 * - outputEscape: every output is escaped for the format (filters.ts);
 * - ownPropertyOnly: templates read the model's data, never prototype members;
 * - relativeReference off: `./x` would resolve next to the including file and skip the override;
 * - renderLimit/memoryLimit: a runaway consumer template (a loop over 50,000 items nested in
 *   another) fails in seconds with an error instead of hanging the job.
 * The model is only ever passed as data (the render context); no model text is parsed as a
 * template, so `{{ 7*7 }}` in a finding prints as written.
 */
export function createTemplateEngine(format: 'md' | 'html', roots: readonly string[]): Liquid {
  const liquid = new Liquid({
    root: [...roots],
    partials: [...roots],
    layouts: [...roots],
    extname: '',
    fs: templateFs(format),
    relativeReference: false,
    dynamicPartials: true,
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    outputEscape: outputEscaper(format),
    cache: true,
    renderLimit: 20_000,
    memoryLimit: 256 * 1024 * 1024,
  });
  registerFilters(liquid, format);
  return liquid;
}
