/**
 * Reads what an action printed and wrote the way the runner does: `::command props::message`
 * lines on stdout (annotations, masks, groups) and the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
 * files (`name=value` or `name<<DELIMITER` blocks).
 */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ParsedLog {
  annotations: Annotation[];
  masks: string[];
  groups: string[];
  debug: string[];
  /** Plain lines, with workflow commands removed. */
  lines: string[];
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseWorkflowCommands(stdout: string): ParsedLog {
  const parsed: ParsedLog = { annotations: [], masks: [], groups: [], debug: [], lines: [] };
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      if (line !== '') parsed.lines.push(line);
      continue;
    }
    const [, command, props = '', data = ''] = m;
    const message = unescapeData(data);
    switch (command) {
      case 'error':
      case 'warning':
      case 'notice': {
        const annotation: Annotation = { level: command, message };
        for (const pair of props.split(',').filter(Boolean)) {
          const eq = pair.indexOf('=');
          const key = pair.slice(0, eq).trim();
          const value = unescapeProperty(pair.slice(eq + 1));
          if (key === 'file' || key === 'title') annotation[key] = value;
          else if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') annotation[key] = Number(value);
        }
        parsed.annotations.push(annotation);
        break;
      }
      case 'add-mask':
        parsed.masks.push(message);
        break;
      case 'group':
        parsed.groups.push(message);
        break;
      case 'debug':
        parsed.debug.push(message);
        break;
      default:
        break; // endgroup and others carry nothing to assert on
    }
  }
  return parsed;
}

/** Parses a GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE file. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block in a file command`);
      values[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error(`malformed file command line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
