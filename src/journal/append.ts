// Appending to the journal: one whole line, under a lock, then fsync. Concurrent writers wait their turn (a lock
// file made with O_EXCL, retried with backoff; a lock left by a process that died is taken over), so lines never
// interleave; a file whose last line was cut short gets the new line on a line of its own; a write that fails
// part-way is cut back, so nothing half-written stays.
import { unlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeFileError } from '../lib/atomic-file.js';
import { RuntimeError } from '../lib/errors.js';

/** How long to wait for another writer's lock before giving up. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this is stale whatever its owner (no append holds it for long). */
const LOCK_STALE_MS = 30_000;

/** The error for a journal that cannot be written: its path and why, in words. */
const fail = async (path: string, err: unknown) =>
  new RuntimeError(`cannot write the journal ${path}: ${await describeFileError(err, dirname(path))}`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes a lock whose owner is gone (or that is too old); true when it did. */
async function breakStale(lock: string): Promise<boolean> {
  let text: string;
  let age: number;
  try {
    [text, age] = await Promise.all([readFile(lock, 'utf8'), stat(lock).then((s) => Date.now() - s.mtimeMs)]);
  } catch {
    return true; // gone meanwhile: try again at once
  }
  const pid = Number(text.split(' ')[0]);
  const dead = Number.isSafeInteger(pid) && pid > 0 && !alive(pid);
  // A lock still being written (no pid yet) is fresh unless old.
  if (!dead && age < LOCK_STALE_MS) return false;
  // Only the lock just read goes: if another writer took it meanwhile, its content differs.
  const again = await readFile(lock, 'utf8').catch(() => undefined);
  if (again !== text) return again === undefined;
  await unlink(lock).catch(() => {});
  return true;
}

/**
 * mkdir -p, one level at a time (Node's recursive mkdir never returns where a folder exists but takes no new
 * entries, as in /proc).
 */
async function makeFolder(dir: string, mode: number, again = false): Promise<void> {
  try {
    await mkdir(dir, { mode });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return;
      throw err;
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    // The parent is there (perhaps made by another writer just now): try once more, then this folder cannot be made.
    if (
      await stat(parent).then(
        (s) => s.isDirectory(),
        () => false,
      )
    ) {
      if (again) throw err;
    } else await makeFolder(parent, mode);
    await makeFolder(dir, mode, true);
  }
}

/** Takes the lock next to `path`; resolves to its release. */
async function lock(path: string): Promise<() => Promise<void>> {
  const file = `${path}.lock`;
  const token = `${process.pid} ${Date.now()} ${Math.random().toString(36).slice(2)}\n`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    let handle: FileHandle;
    try {
      handle = await open(file, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await breakStale(file)) continue;
      if (Date.now() > deadline)
        throw new RuntimeError(
          `cannot write the journal ${path}: another glowplan is writing it (if none is, delete ${file})`,
        );
      await sleep(Math.min(5 * 2 ** Math.min(attempt, 6), 200) + (process.pid % 7));
      continue;
    }
    try {
      await handle.writeFile(token);
    } finally {
      await handle.close();
    }
    const release = () => {
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    };
    // Even when the process is stopped mid-append, the lock goes with it.
    process.once('exit', release);
    return async () => {
      process.removeListener('exit', release);
      await unlink(file).catch(() => {});
    };
  }
}

/**
 * Why the journal cannot be written at `path` when something other than a regular file is there (a folder, a device
 * such as /dev/null, a pipe): it is appended to only as a file, with its lock file next to it. Undefined when a
 * regular file is there, or nothing (a link counts as what it leads to).
 */
export async function notAFile(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info || info.isFile()) return undefined;
  if (info.isDirectory()) return `the journal ${path} is a folder, not a file`;
  return `the journal ${path} is not a regular file: give a file path for the journal`;
}

/**
 * Throws the RuntimeError appendLine would when the folder of `path` is not there to write in (it does not exist,
 * or it is not a folder): a journal path the user typed is checked before anything is asked.
 */
export async function requireFolder(path: string): Promise<void> {
  const folder = dirname(path);
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (err) {
    throw await fail(path, err);
  }
  if (!isFolder) throw new RuntimeError(`cannot write the journal ${path}: ${folder} is not a folder`);
}

/**
 * Appends `line` (one complete line, ending in a newline) to the journal at `path`, creating the file (0600) as
 * needed, and its folder (0700) with `createFolder` (the default location; a path the user typed is written only
 * into a folder that exists); never to anything but a regular file (see notAFile). Throws a RuntimeError naming the
 * path and the reason when it cannot.
 */
export async function appendLine(path: string, line: string, options: { createFolder: boolean }): Promise<void> {
  if (!line.endsWith('\n') || line.indexOf('\n') !== line.length - 1) throw new Error('appendLine: not one line');
  if (options.createFolder) {
    try {
      await makeFolder(dirname(path), 0o700);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new RuntimeError(`cannot write the journal ${path}: cannot create the folder ${dirname(path)}`);
      throw await fail(path, err);
    }
  }
  const problem = await notAFile(path);
  if (problem) throw new RuntimeError(problem);
  let release: (() => Promise<void>) | undefined;
  let handle: FileHandle | undefined;
  let size = 0;
  try {
    release = await lock(path);
    handle = await open(path, 'a+', 0o600);
    size = (await handle.stat()).size;
    let text = line;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) text = `\n${line}`; // the last line was cut short: start on a fresh one
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (err) {
    if (handle) {
      // Cut back what this append wrote, so no half line stays; the lines before it are untouched.
      await handle.truncate(size).catch(() => {});
      await handle.close().catch(() => {});
    }
    if (err instanceof RuntimeError) throw err;
    throw await fail(path, err);
  } finally {
    await release?.();
  }
}
