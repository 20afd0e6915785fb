import * as fs from 'node:fs';
import * as path from 'node:path';
import { tail } from '../../../lib/tool-errors';
import { runLinter, type LinterRun } from './run-linter';

/** One `cargo clippy` run: a workspace root (or a lone package) and the packages to lint in it. */
export interface CargoWorkspace {
  /** Absolute folder of the workspace root manifest. */
  root: string;
  /** Names of the packages (workspace members) that hold the project's Rust files. */
  packages: string[];
}

export interface CargoDiscovery {
  workspaces: CargoWorkspace[];
  /** Rust files that belong to no Cargo package (nothing to lint them with). */
  orphans: string[];
  /** Manifests cargo could not read, with what it said; relative folder → reason. */
  unreadable: Map<string, string>;
}

export const CARGO_INSTALL_HINT = 'install Rust with rustup (https://rustup.rs), which brings cargo and clippy';

/**
 * Finds what to lint from the Rust files alone: each file's package is the nearest `Cargo.toml`
 * above it, so manifests under `target/` or a vendored folder are never met (their `.rs` files
 * are not in the list). `cargo metadata --no-deps` (no dependency resolution, works offline)
 * names each package's workspace, and every workspace is linted once through its root with `-p`
 * for the packages that hold our files.
 */
export async function findCargoWorkspaces(projectRoot: string, rustFiles: readonly string[], run: Omit<LinterRun, 'cwd'>): Promise<CargoDiscovery> {
  const manifestOfDir = new Map<string, string | null>();
  const nearestManifest = (dir: string): string | null => {
    const known = manifestOfDir.get(dir);
    if (known !== undefined) return known;
    const candidate = path.join(projectRoot, dir, 'Cargo.toml');
    const found = fs.existsSync(candidate) ? candidate : dir === '.' ? null : nearestManifest(path.posix.dirname(dir));
    manifestOfDir.set(dir, found);
    return found;
  };
  const manifests = new Set<string>();
  const orphans: string[] = [];
  for (const file of rustFiles) {
    const manifest = nearestManifest(path.posix.dirname(file));
    if (manifest) manifests.add(manifest);
    else orphans.push(file);
  }

  const unreadable = new Map<string, string>();
  const byRoot = new Map<string, Set<string>>();
  const described = await Promise.all(
    [...manifests].sort().map(async (manifest) => {
      const result = await runLinter('cargo', ['metadata', '--no-deps', '--format-version=1', '--manifest-path', manifest], { ...run, cwd: path.dirname(manifest) }, CARGO_INSTALL_HINT);
      return { manifest, result };
    }),
  );
  for (const { manifest, result } of described) {
    const where = relativeDir(projectRoot, path.dirname(manifest));
    if (result.exitCode !== 0) {
      unreadable.set(where, firstAndLastError(result.stderr));
      continue;
    }
    let metadata: { workspace_root: string; packages: { name: string; manifest_path: string }[] };
    try {
      metadata = JSON.parse(result.stdout) as typeof metadata;
    } catch {
      unreadable.set(where, `cargo metadata printed something that is not JSON: ${tail(result.stdout, 2)}`);
      continue;
    }
    const real = realPath(manifest);
    const pkg = metadata.packages.find((p) => realPath(p.manifest_path) === real);
    if (!pkg) {
      // A virtual workspace manifest directly above loose .rs files: they belong to no package.
      unreadable.set(where, 'Cargo.toml declares no [package] for the Rust files in this folder');
      continue;
    }
    const names = byRoot.get(metadata.workspace_root) ?? new Set<string>();
    names.add(pkg.name);
    byRoot.set(metadata.workspace_root, names);
  }
  const workspaces = [...byRoot].map(([root, names]) => ({ root, packages: [...names].sort() })).sort((a, b) => a.root.localeCompare(b.root));
  return { workspaces, orphans, unreadable };
}

/** `tools/stockctl`, or `.` for the project root itself; absolute when outside the project. */
export function relativeDir(projectRoot: string, dir: string): string {
  const rel = path.relative(realPath(projectRoot), realPath(dir));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return dir;
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/**
 * cargo's error in one line: its first `error:` line and, when cargo explains it with a chain of
 * "Caused by:", the last cause, which is usually the real reason (a host that cannot be reached).
 */
export function firstAndLastError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.find((l) => l.startsWith('error')) ?? lines[0] ?? 'cargo printed nothing';
  const last = lines[lines.length - 1];
  const text = last && last !== first && stderr.includes('Caused by:') ? `${first} (${last})` : first;
  return text.replace(/^error(\[\w+\])?:\s*/, '') || tail(stderr, 3);
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
