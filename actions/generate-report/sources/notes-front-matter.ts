import { parseDocument } from 'yaml';
import { ConfigurationError, SchemaValidationError, type SchemaViolation } from '../../../lib/errors';
import { schemaViolations } from '../../../lib/schema/validate';
import type { NotesFrontMatter } from './documents';

/**
 * notes.md: a reviewer's Markdown with YAML front matter between `---` lines, the front matter
 * held to schemas/notes.schema.json. Errors name the file, the line (for YAML syntax) or the
 * front-matter field (for the schema), since the person fixing it edits YAML, not JSON.
 */

export interface ParsedNotes {
  frontMatter: NotesFrontMatter;
  /** The Markdown after the front matter, as written (rendered by the templates, never trusted as HTML). */
  markdown: string;
}

// The opening line, the YAML (possibly empty), and a closing `---` (or YAML's `...`) on a line of
// its own. Multiline so the closing line is found at any line start; matched only at index 0.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** A front-matter schema violation, worded by field. */
export class NotesFrontMatterError extends SchemaValidationError {
  constructor(file: string, violations: readonly SchemaViolation[]) {
    super(file, violations);
    this.message =
      `${file}: its YAML front matter does not match the notes schema (schemas/notes.schema.json):\n` +
      violations.map((v) => `  front-matter field \`${fieldOf(v)}\`: ${v.message} [${v.rule}]`).join('\n');
  }
}

/** `/recommendations/0/priority` → `recommendations[0].priority`; a missing property names itself. */
export function fieldOf(v: SchemaViolation): string {
  let out = '';
  for (const raw of v.path.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(token) ? `[${token}]` : out === '' ? token : `.${token}`;
  }
  const missing = /required property '([^']+)'/.exec(v.message)?.[1] ?? /additional properties "([^"]+)"/.exec(v.message)?.[1];
  if (missing) out = out === '' ? missing : `${out}.${missing}`;
  return out === '' ? '(the front matter itself)' : out;
}

export function parseNotes(text: string, file: string): ParsedNotes {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const match = FRONT_MATTER.exec(body);
  if (!match || match.index !== 0) {
    throw new ConfigurationError(
      `${file} has no YAML front matter. Start it with a line "---", then at least "title: …" ` +
        '(the notes schema, schemas/notes.schema.json, requires a title), then a line "---", then the Markdown.',
    );
  }
  const doc = parseDocument(match[1]!, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    // The YAML starts on the file's second line.
    const line = (e.linePos?.[0]?.line ?? 1) + 1;
    const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigurationError(`${file} line ${line}: the YAML front matter is not valid YAML: ${what}.`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const violations = schemaViolations('notes', data);
  if (violations.length > 0) throw new NotesFrontMatterError(file, violations);
  return { frontMatter: data as NotesFrontMatter, markdown: body.slice(match[0].length).replace(/^\s*\n/, '') };
}
