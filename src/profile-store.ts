// Where profiles live on disk, and reading them with clear errors. Writing goes through fs-atomic.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { validateProfile, type ProfileFile } from './profile.js';

/** $XDG_CONFIG_HOME/glowplan/profile.json, or ~/.config/glowplan/profile.json when it is unset. */
export function defaultProfilePath(env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/')
      ? env.XDG_CONFIG_HOME
      : join(env.HOME || homedir(), '.config');
  return join(base, 'glowplan', 'profile.json');
}

/** Parses and validates profile text; every problem becomes a line naming the file and field. */
export function parseProfileText(text: string, label: string): ProfileFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${label}: not valid JSON (${(err as Error).message.replace(/^.*?JSON[^:]*: ?/, '')})`);
  }
  const result = validateProfile(raw);
  if (!result.ok) throw new UsageError(result.problems.map((p) => `${label}: ${p.message}`).join('\n'));
  return result.value;
}

/** Reads a profile file. A missing file is undefined unless `required` (then exit 2 naming the path). */
export async function readProfileFile(path: string, required: boolean): Promise<ProfileFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return undefined;
    if (code === 'ENOENT') throw new UsageError(`profile ${path} does not exist`);
    if (code === 'EISDIR') throw new UsageError(`profile ${path} is a folder, not a file`);
    throw new UsageError(`cannot read profile ${path}: ${(err as Error).message}`);
  }
  return parseProfileText(text, path);
}
