import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ConfigurationError, errorMessage } from '../errors';
import { assertValidSarif } from './schema-validate';
import type { SarifLog, SarifRun } from './types';

/** The schema URI GitHub's own tools write (SchemaStore hosts the OASIS 2.1.0 schema). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function createLog(runs: SarifRun[]): SarifLog {
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}

export interface WriteLogOptions {
  /** Indent for people who open the file; off for large merged logs, where it costs time and size. */
  pretty?: boolean;
}

/**
 * Writes a log as UTF-8 JSON, creating the folder. It goes to a temporary file first and is renamed
 * into place, so a reader (an upload step, a later job) never sees half a file.
 */
export async function writeLog(file: string, log: SarifLog, options: WriteLogOptions = {}): Promise<void> {
  const text = JSON.stringify(log, null, options.pretty === false ? undefined : 2) + '\n';
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, text, 'utf8');
    await fs.rename(temporary, file);
  } catch (err) {
    await fs.rm(temporary, { force: true });
    throw err;
  }
}

/**
 * Reads a SARIF file and checks it against the SARIF 2.1.0 schema. A file that is missing or not
 * JSON is a ConfigurationError naming it; a schema violation a SchemaValidationError naming the
 * file and each JSON path.
 */
export async function readLog(file: string): Promise<SarifLog> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigurationError(`${file} could not be read: ${errorMessage(err)}`);
  }
  let data: unknown;
  try {
    // A UTF-8 byte order mark is legal in SARIF files and fatal to JSON.parse.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ConfigurationError(`${file} is not valid JSON: ${errorMessage(err)}`);
  }
  return assertValidSarif(data, file);
}
