// Test helpers: an in-memory Io, and a runner for the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { loadData } from '../src/domain/data.js';
import { resolveProfile, validateProfile, type ProfileFile } from '../src/profile/schema.js';
import type { Profile } from '../src/rules/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/glowplan.js', import.meta.url));
export const data = loadData();

/**
 * Fresh homes inside `root`, one a call: a folder of its own with the XDG config and data folders under it (not made
 * until glowplan makes them), and today pinned to 2026-12-02.
 */
export function homeMaker(root: string) {
  let made = 0;
  return () => {
    const dir = join(root, `h${++made}`);
    mkdirSync(dir);
    const env = {
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      GLOWPLAN_TODAY: '2026-12-02',
    };
    return { dir, env };
  };
}

/** A profile from file-form fields over the built-in default. */
export function profileOf(fields: ProfileFile = {}): Profile {
  const base = validateProfile(data.defaultProfile);
  if (!base.ok) throw new Error('bad default profile');
  const file = validateProfile(fields);
  if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('; '));
  return resolveProfile(base.value, file.value, {});
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in-process with a fake Io (fast; no build needed). */
export async function runInProcess(
  argv: string[],
  options: { env?: Record<string, string | undefined>; today?: string; tty?: boolean; columns?: number } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const [y, m, d] = (options.today ?? '2026-11-24').split('-').map(Number);
  const stdin = new PassThrough() as unknown as Io['stdin'];
  (stdin as { isTTY?: boolean }).isTTY = options.tty ?? false;
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config', ...options.env },
    now: () => new Date(y!, m! - 1, d!, 12),
    cwd: ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Spawns the built bin/glowplan.js (end-to-end). */
export function runBin(
  args: string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: '/nonexistent-home',
      XDG_CONFIG_HOME: '/nonexistent-config',
      GLOWPLAN_TODAY: '2026-11-24',
      TZ: 'Europe/London',
      ...options.env,
    },
    timeout: 30000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** main() in-process with `input` on stdin, on 2026-11-24 (batch runs reading `-`). */
export async function runWithStdin(argv: string[], input: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(input);
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: stdin as unknown as Io['stdin'],
    env: { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config' },
    now: () => new Date(2026, 10, 24, 12),
    cwd: ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The body of the README section under `heading` (up to the next heading of that level or higher). */
export function readmeSection(readme: string, heading: string): string {
  const start = readme.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const level = heading.match(/^#+/)![0].length;
  const rest = readme.slice(start + heading.length + 1);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}
