import * as fs from 'node:fs';
import * as path from 'node:path';

/** How a script is run, by extension, when it has no shebang line. */
export const INTERPRETERS: Readonly<Record<string, readonly string[]>> = {
  '.mjs': ['node'],
  '.js': ['node'],
  '.cjs': ['node'],
  '.py': ['python3'],
  '.sh': ['bash'],
};

/**
 * The argv that runs a script, without a shell: its shebang's interpreter (split on spaces, as
 * `env -S` would: `#!/usr/bin/env node --max-old-space-size=64` works on every OS) or, without a
 * shebang, the interpreter for its extension. Undefined when neither tells.
 */
export function scriptArgv(scriptPath: string): string[] | undefined {
  const shebang = readShebang(scriptPath);
  if (shebang) return [...shebang, scriptPath];
  const interpreter = INTERPRETERS[path.extname(scriptPath).toLowerCase()];
  return interpreter ? [...interpreter, scriptPath] : undefined;
}

function readShebang(file: string): string[] | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(512);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const first = buf.subarray(0, n).toString('utf8').split('\n')[0]!.replace(/\r$/, '');
    if (!first.startsWith('#!')) return undefined;
    const parts = first.slice(2).trim().split(/\s+/).filter(Boolean);
    // `#!/usr/bin/env -S node --flag`: -S only tells env to split, which we just did.
    if (parts.length > 1 && path.basename(parts[0]!) === 'env' && parts[1] === '-S') parts.splice(1, 1);
    return parts.length > 0 ? parts : undefined;
  } finally {
    fs.closeSync(fd);
  }
}
