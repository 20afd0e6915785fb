import * as core from '@actions/core';

/** Where an annotation points. Paths are relative to the workspace, as GitHub expects. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * The one logging interface library code receives. On a runner it prints workflow commands
 * (groups, annotations); on a terminal it prints plain lines. Library code never imports
 * @actions/core itself, so it runs the same in both places and in tests.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: AnnotationProperties): void;
  warning(message: string, where?: AnnotationProperties): void;
  error(message: string, where?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group and always closes the group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Logger for the GitHub runner: workflow commands through @actions/core. */
export function createRunnerLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m, w) => core.notice(m, w ?? {}),
    warning: (m, w) => core.warning(m, w ?? {}),
    error: (m, w) => core.error(m, w ?? {}),
    group: (name, fn) => core.group(name, fn),
  };
}

export interface ConsoleLoggerOptions {
  /** Where lines go; tests pass an array's push. Defaults to stderr so stdout stays parseable. */
  write?: (line: string) => void;
  verbose?: boolean;
}

/** Logger for a terminal (`assay` outside GitHub): plain lines, `file:line: level: message`. */
export function createConsoleLogger(options: ConsoleLoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  let depth = 0;
  const indent = () => '  '.repeat(depth);
  const annotated = (level: string, message: string, where?: AnnotationProperties) => {
    const place = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ''}: ` : '';
    const title = where?.title ? `${where.title}: ` : '';
    write(`${indent()}${place}${level}: ${title}${message}`);
  };
  return {
    debug: (m) => {
      if (options.verbose) write(`${indent()}debug: ${m}`);
    },
    info: (m) => write(`${indent()}${m}`),
    notice: (m, w) => annotated('notice', m, w),
    warning: (m, w) => annotated('warning', m, w),
    error: (m, w) => annotated('error', m, w),
    group: async (name, fn) => {
      write(`${indent()}▸ ${name}`);
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
  };
}
