import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors';
import type { InputSource } from './host';
import { isLoopbackHost } from '../http/loopback';

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0', ''];

/**
 * Typed, validated access to an action's inputs. Every getter names the input in its error, says
 * what was expected and what was given, so a user can fix the workflow or the command line.
 * It records which inputs were read: a test checks that set against the action.yml.
 */
export class InputReader {
  private readonly seen = new Set<string>();

  constructor(
    private readonly source: InputSource,
    /** Folder that relative paths resolve against. */
    readonly workspace: string,
  ) {}

  /** Names read so far, in order. */
  get namesRead(): readonly string[] {
    return [...this.seen];
  }

  /** The trimmed raw value ('' when not given). */
  raw(name: string): string {
    this.seen.add(name);
    return this.source(name).trim();
  }

  string(name: string, options: { required?: boolean } = {}): string {
    const value = this.raw(name);
    if (options.required && value === '') throw new ConfigurationError(`input "${name}" is required; set it to a value.`);
    return value;
  }

  /** undefined when the input is empty. */
  optionalString(name: string): string | undefined {
    const value = this.raw(name);
    return value === '' ? undefined : value;
  }

  boolean(name: string): boolean {
    const value = this.raw(name);
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw new ConfigurationError(`input "${name}" must be true or false; got "${value}".`);
  }

  integer(name: string, options: { min?: number; max?: number } = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    if (!/^-?\d+$/.test(value)) throw new ConfigurationError(`input "${name}" must be a whole number; got "${value}".`);
    const n = Number(value);
    checkRange(name, n, options);
    return n;
  }

  number(name: string, options: { min?: number; max?: number } = {}): number | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new ConfigurationError(`input "${name}" must be a number; got "${value}".`);
    checkRange(name, n, options);
    return n;
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.raw(name);
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigurationError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
    }
    return value as T;
  }

  /** A list given one per line or separated by commas (both forms are common in workflows). */
  list(name: string): string[] {
    return splitList(this.raw(name));
  }

  /** A list whose every item must be one of `allowed`. */
  choices<T extends string>(name: string, allowed: readonly T[]): T[] {
    const items = this.list(name);
    const bad = items.filter((i) => !(allowed as readonly string[]).includes(i));
    if (bad.length > 0) {
      throw new ConfigurationError(`input "${name}" has ${bad.map((b) => `"${b}"`).join(', ')}; allowed: ${allowed.join(', ')}.`);
    }
    return [...new Set(items)] as T[];
  }

  /**
   * A path resolved against the workspace. `mustExist` checks it is there and of the right kind,
   * so a typo fails at the start with the path named, not halfway through the run.
   */
  path(name: string, options: { required?: boolean; mustExist?: 'file' | 'directory' | 'any' } = {}): string | undefined {
    const value = this.string(name, { required: options.required });
    if (value === '') return undefined;
    const resolved = path.resolve(this.workspace, value);
    if (options.mustExist) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(resolved);
      } catch {
        throw new ConfigurationError(`input "${name}": ${resolved} does not exist; check the path (relative paths start at ${this.workspace}).`);
      }
      if (options.mustExist === 'file' && !stat.isFile()) throw new ConfigurationError(`input "${name}": ${resolved} is not a file.`);
      if (options.mustExist === 'directory' && !stat.isDirectory()) throw new ConfigurationError(`input "${name}": ${resolved} is not a folder.`);
    }
    return resolved;
  }

  /** An http(s) URL. Plain http is refused unless the host is loopback or `allowHttp` is set. */
  url(name: string, options: { allowHttp?: boolean } = {}): URL | undefined {
    const value = this.raw(name);
    if (value === '') return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigurationError(`input "${name}" must be a URL such as https://example.com/path; got "${value}".`);
    }
    if (url.protocol === 'https:' || (url.protocol === 'http:' && (isLoopbackHost(url.hostname) || options.allowHttp))) return url;
    throw new ConfigurationError(`input "${name}" must be an https:// URL (plain http is allowed only for loopback); got "${url.protocol}//${url.host}".`);
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function checkRange(name: string, n: number, { min, max }: { min?: number; max?: number }): void {
  if (min !== undefined && n < min) throw new ConfigurationError(`input "${name}" must be at least ${min}; got ${n}.`);
  if (max !== undefined && n > max) throw new ConfigurationError(`input "${name}" must be at most ${max}; got ${n}.`);
}
