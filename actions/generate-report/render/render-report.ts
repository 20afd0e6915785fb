import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Liquid } from 'liquidjs';
import { ConfigurationError } from '../../../lib/errors';
import type { ReportModel } from '../model';
import { stylesheetAndPolicy } from './content-security-policy';
import { DEFAULT_LIMITS, type RenderLimits } from './limits';
import { createTemplateEngine } from './template-engine';
import { templateError, type TemplateRoot } from './template-errors';
import { tidyMarkdown } from './tidy-markdown';
import { buildView, type OutputFormat, type ReportKind } from './view';

export interface RenderReportOptions {
  model: ReportModel;
  /** Which sections (templates/layouts/*): code-review, security, consultation, full. */
  kind: ReportKind;
  formats: readonly OutputFormat[];
  /** The consumer's folder (`templates` input): its files override the bundled ones by path. */
  templatesDir?: string;
  /** The bundled templates/ folder of this repository. */
  bundledDir: string;
  /** Per-format caps on top of the model's own (limits.ts). */
  limits?: Partial<Record<OutputFormat, Partial<RenderLimits>>>;
  /** report.md is re-rendered with smaller caps until it fits; default 1,000,000 bytes (a job summary holds 1 MiB). */
  markdownMaxBytes?: number;
}

export interface RenderedReport {
  markdown?: string;
  html?: string;
}

/** The entry template of each format; it lists the sections of each report kind. */
export const LAYOUT = 'layouts/report';
/** The stylesheet of report.html, rendered separately so the CSP can name its hash. */
export const STYLES = 'base/styles.css.liquid';
export const DEFAULT_MARKDOWN_MAX_BYTES = 1_000_000;

const KINDS: readonly ReportKind[] = ['code-review', 'security', 'consultation', 'full'];

export async function renderReport(options: RenderReportOptions): Promise<RenderedReport> {
  if (!KINDS.includes(options.kind)) throw new ConfigurationError(`unknown report kind "${String(options.kind)}": use one of ${KINDS.join(', ')}.`);
  const roots = templateRoots(options.templatesDir, options.bundledDir);
  const result: RenderedReport = {};
  for (const format of new Set(options.formats)) {
    if (format === 'md') {
      result.markdown = renderMarkdownWith(options.model, options.kind, roots, { ...DEFAULT_LIMITS.md, ...options.limits?.md }, options.markdownMaxBytes);
    } else if (format === 'html') {
      result.html = renderHtmlWith(options.model, options.kind, roots, { ...DEFAULT_LIMITS.html, ...options.limits?.html });
    } else {
      throw new ConfigurationError(`unknown report format "${String(format)}": use md or html (the PDF is printed from the HTML).`);
    }
  }
  return result;
}

export interface RenderMarkdownOptions {
  kind?: ReportKind;
  templatesDir?: string;
  bundledDir: string;
  limits?: Partial<RenderLimits>;
  /** Default 1,000,000 bytes; a PR comment wants about 60,000. */
  maxBytes?: number;
}

/**
 * report.md alone, kept within `maxBytes` where the caps can do it: when the first rendering is
 * too big, the lists are cut to a quarter and the messages shortened, up to three times. What is
 * still too big (a huge notes file, a consumer's template) is the caller's to cut.
 */
export async function renderMarkdown(model: ReportModel, options: RenderMarkdownOptions): Promise<string> {
  const roots = templateRoots(options.templatesDir, options.bundledDir);
  return renderMarkdownWith(model, options.kind ?? model.meta.kind, roots, { ...DEFAULT_LIMITS.md, ...options.limits }, options.maxBytes);
}

function renderMarkdownWith(model: ReportModel, kind: ReportKind, roots: TemplateRoot[], limits: RenderLimits, maxBytes = DEFAULT_MARKDOWN_MAX_BYTES): string {
  const engine = createTemplateEngine('md', roots.map((r) => r.dir));
  let current = limits;
  let markdown = '';
  for (let attempt = 0; attempt < 4; attempt++) {
    const context = { model, kind, format: 'md', report: buildView(model, 'md', current) };
    markdown = tidyMarkdown(render(engine, LAYOUT, context, roots));
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) break;
    current = {
      findings: Math.floor(current.findings / 4),
      rows: Math.floor(current.rows / 4),
      tools: Math.max(3, Math.floor(current.tools / 2)),
      messageChars: Math.max(80, Math.floor(current.messageChars / 2)),
    };
  }
  return markdown;
}

function renderHtmlWith(model: ReportModel, kind: ReportKind, roots: TemplateRoot[], limits: RenderLimits): string {
  const engine = createTemplateEngine('html', roots.map((r) => r.dir));
  const context: Record<string, unknown> = { model, kind, format: 'html', report: buildView(model, 'html', limits) };
  const css = render(engine, STYLES, context, roots);
  Object.assign(context, stylesheetAndPolicy(css, STYLES));
  return render(engine, LAYOUT, context, roots);
}

/**
 * liquidjs's synchronous rendering: the templates are local files and nothing in a report needs
 * to wait, and it saves a promise per tag (several times faster on a 1,000-row table).
 */
function render(engine: Liquid, file: string, context: Record<string, unknown>, roots: TemplateRoot[]): string {
  try {
    return engine.renderFileSync(file, context) as string;
  } catch (err) {
    throw templateError(err, roots, file);
  }
}

/**
 * The folders templates are looked up in, the consumer's first. Every .liquid file of the
 * consumer's folder is parsed before anything renders, so a broken override is reported (file
 * and line) even when this report kind does not use it.
 */
function templateRoots(templatesDir: string | undefined, bundledDir: string): TemplateRoot[] {
  if (!isDirectory(bundledDir)) throw new Error(`Assay's bundled templates folder ${bundledDir} is missing; is the action's checkout complete?`);
  const roots: TemplateRoot[] = [{ dir: path.resolve(bundledDir), label: 'the bundled templates' }];
  if (templatesDir === undefined || templatesDir === '') return roots;
  const dir = path.resolve(templatesDir);
  if (!isDirectory(dir)) throw new ConfigurationError(`templates: ${templatesDir} is not a folder. Point it at the folder holding your .liquid overrides, or leave it empty for the bundled templates.`);
  roots.unshift({ dir, label: 'your templates folder' });
  // Both formats' engines have the same tags and filters, so one parse per file tells.
  const engine = createTemplateEngine('html', roots.map((r) => r.dir));
  for (const file of liquidFiles(dir)) {
    try {
      engine.parse(fs.readFileSync(file, 'utf8'), file);
    } catch (err) {
      throw templateError(err, roots, path.relative(dir, file));
    }
  }
  return roots;
}

function liquidFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.liquid'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
