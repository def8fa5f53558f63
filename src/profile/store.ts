// Where profiles live on disk, reading them with clear errors, and saving them (atomically, via fs-atomic).
import type { Stats } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { RuntimeError, UsageError } from '../lib/errors.js';
import { writeFileAtomic } from '../lib/atomic-file.js';
import { isDevice } from '../lib/file-kind.js';
import { readTextUpTo } from '../lib/read-file.js';
import { MAX_JSON_DEPTH, tooDeep } from '../lib/json-depth.js';
import { toProfileFile, validateProfile, type ProfileFile } from './schema.js';
import type { Profile } from '../rules/types.js';

/** $XDG_CONFIG_HOME/glowplan/profile.json, or ~/.config/glowplan/profile.json when it is unset. */
export function defaultProfilePath(env: Readonly<Record<string, string | undefined>>): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/')
      ? env.XDG_CONFIG_HOME
      : join(env.HOME || homedir(), '.config');
  return join(base, 'glowplan', 'profile.json');
}

/** "line 3, column 12" for a 0-based offset into text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** JSON.parse's message as one short line, with a line and column when V8 gives a position. */
function jsonProblem(err: Error, text: string): string {
  if (!text.trim()) return 'the file is empty';
  const message = err.message;
  const at = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (at) return `${at[1]} at ${lineColumn(text, Number(at[2]))}`;
  const token = /^Unexpected token '(.+?)', /.exec(message);
  if (token) return `unexpected ${JSON.stringify(token[1])}`;
  return message.split('\n')[0]!.replace(/^.*?JSON[^:]*: ?/, '');
}

/** Parses and validates profile text; every problem becomes a line naming the file and field. */
export function parseProfileText(text: string, label: string): ProfileFile {
  let raw: unknown;
  const body = text.replace(/^\uFEFF/, '');
  if (tooDeep(body))
    throw new UsageError(
      `${label}: nested more than ${MAX_JSON_DEPTH} levels deep: a profile is one object of skin, serums and masks`,
    );
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw new UsageError(`${label}: not valid JSON (${jsonProblem(err as Error, body)})`);
  }
  const result = validateProfile(raw);
  if (!result.ok) throw new UsageError(result.problems.map((p) => `${label}: ${p.message}`).join('\n'));
  return result.value;
}

/** The most a profile file may hold, in bytes (and in words, for the message): far more than any shelf needs. */
export const MAX_PROFILE_BYTES = 4_000_000;
const MAX_PROFILE_WORDS = '4 MB';

/** Refuses a device (/dev/zero, a terminal) before anything is read from it; the null device reads as empty. */
const notDevice = (path: string) => (info: Stats) => {
  if (isDevice(info))
    throw new UsageError(`profile ${path} is a device, not a file: give the path of a profile file (JSON)`);
};

/** Reads a profile file. A missing file is undefined unless `required` (then exit 2 naming the path). */
export async function readProfileFile(path: string, required: boolean): Promise<ProfileFile | undefined> {
  let text: string | undefined;
  try {
    // Read at once: at start-up a synchronous read of a small file is cheaper than setting up promise-based I/O.
    text = readTextUpTo(path, MAX_PROFILE_BYTES, notDevice(path));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a part of the path is a file, so there is no profile there either.
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !required) return undefined;
    if (code === 'ENOENT') throw new UsageError(`profile ${path} does not exist`);
    if (code === 'EISDIR') throw new UsageError(`profile ${path} is a folder, not a file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`cannot read profile ${path}: permission denied`);
    if (code === 'ENOTDIR') throw new UsageError(`profile ${path} does not exist (a part of the path is not a folder)`);
    throw new UsageError(`cannot read profile ${path}: ${(err as Error).message}`);
  }
  if (text === undefined)
    throw new UsageError(
      `profile ${path} holds more than ${MAX_PROFILE_WORDS}: a profile is a small JSON file (skin, serums, masks)`,
    );
  return parseProfileText(text, path);
}

/** True when something (a file, a folder) is at `path`; false when nothing is or it cannot be told (the write
 * that follows then says why it failed). */
export async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A profile as saved: its file form, pretty JSON with a trailing newline. */
export function profileText(profile: Profile): string {
  return `${JSON.stringify(toProfileFile(profile), null, 2)}\n`;
}

/**
 * Saves a profile atomically. `createFolder` makes the parent folder first (mkdir -p; the default location's
 * glowplan/ folder). Without `force` an existing file is left untouched (UsageError).
 */
export async function saveProfile(
  path: string,
  profile: Profile,
  options: { force?: boolean; createFolder?: boolean } = {},
): Promise<void> {
  if (options.createFolder) {
    const folder = dirname(path);
    await mkdir(folder, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EACCES' || err.code === 'EPERM'
          ? 'permission denied'
          : err.code === 'ENOTDIR' || err.code === 'EEXIST'
            ? 'a part of the path is not a folder'
            : err.code === 'EROFS'
              ? 'the file system is read-only'
              : err.message;
      throw new RuntimeError(`cannot create the folder ${folder}: ${why}`);
    });
  }
  await writeFileAtomic(path, profileText(profile), { force: options.force });
}
