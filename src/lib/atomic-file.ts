// The one writer of output files, so that nothing the user had is lost or half-written. A regular file is written
// to a temp file in the same folder, fsync'd, then renamed into place (or linked, to refuse replacing an existing
// file without --force); a whole text and a stream of records go the same way. A device or a named pipe
// (/dev/null, a FIFO) is not a file to replace: it is written to directly.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, link, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { RuntimeError, UsageError } from './errors.js';

/** Why a file operation failed, in words; names the folder when `dir` is given and the folder is the problem. */
export async function describeFileError(err: unknown, dir?: string): Promise<string> {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': {
      if (dir === undefined) return 'it does not exist';
      // /proc answers ENOENT for a folder that exists but takes no new files.
      const folder = await stat(dir).catch(() => undefined);
      return folder?.isDirectory() ? `cannot create files in ${dir}` : `the folder ${dir} does not exist`;
    }
    case 'EACCES':
    case 'EPERM':
      return dir === undefined ? 'permission denied' : `permission denied in ${dir}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
    case 'EEXIST': // making a folder where a file stands
      return dir === undefined ? 'a part of the path is not a folder' : `${dir} is not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EPIPE':
      return 'the reader went away';
    default:
      // Node's messages name the temp file; say only what went wrong.
      return e.code ? `${e.code.toLowerCase()} error` : String((err as Error)?.message ?? err);
  }
}

/** How to write: `force` replaces an existing regular file (without it, that is a UsageError). */
export interface WriteOptions {
  force?: boolean;
}

/**
 * An output being written: `write` with backpressure (false: wait for `drained`), then `commit` (the whole file
 * appears at its name) or `discard` (nothing changes). Write errors surface from `drained` or `commit`.
 */
export interface OutputSink {
  write(text: string): boolean;
  drained(): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
  /** True when nothing reaches the target before `commit` (a file); false when written through (stdout, a pipe). */
  readonly whole: boolean;
}

/** Checks an output name and what is there now; the stat of an existing target (links followed). */
async function checkTarget(path: string, options: WriteOptions) {
  if (path.trim() === '') throw new UsageError('the output file name is empty');
  if (path.endsWith('/') || path.endsWith(sep))
    throw new UsageError(`cannot write ${path}: give a file name, not a folder`);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  const direct = Boolean(existing && (existing.isCharacterDevice() || existing.isFIFO()));
  if (existing && !direct && !existing.isFile())
    throw new UsageError(`cannot write ${path}: it is not a regular file, a device or a pipe`);
  if (existing && !direct && !options.force) throw new UsageError(`${path} already exists; add --force to replace it`);
  return { existing, direct };
}

/** Text gathered before one write to the file. */
const CHUNK = 64 * 1024;
/** Text held in memory before `write` asks the caller to wait for `drained`. */
const HIGH_WATER = 4 * CHUNK;

/** Buffered, ordered writes to an open handle, with backpressure; the handle stays open for fsync. */
function handleWriter(handle: FileHandle, fail: (err: unknown) => RuntimeError) {
  let parts: string[] = [];
  let size = 0;
  let failure: unknown;
  let flushing: Promise<void> | undefined;
  let closed = false;
  const run = async () => {
    try {
      while (parts.length && failure === undefined) {
        const text = parts.join('');
        parts = [];
        size = 0;
        // writeFile on a handle writes at the current position, the whole text (a pipe may take it in pieces).
        await handle.writeFile(text, 'utf8');
      }
    } catch (err) {
      failure ??= err;
      parts = [];
      size = 0;
    }
  };
  const flush = () => (flushing ??= run().finally(() => (flushing = undefined)));
  const check = () => {
    if (failure !== undefined) throw fail(failure);
  };
  return {
    write(text: string): boolean {
      if (failure !== undefined) return false;
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) void flush();
      return size < HIGH_WATER;
    },
    async drained(): Promise<void> {
      while (failure === undefined && size >= HIGH_WATER) await flush();
      check();
    },
    /** Everything written has reached the file (or its failure is thrown). */
    async finished(): Promise<void> {
      while (failure === undefined && (parts.length || flushing)) await flush();
      check();
    },
    /** Drops what is not written yet and waits for a write in progress. */
    async stop(): Promise<void> {
      parts = [];
      size = 0;
      await flushing;
    },
    /** Closes the handle (once). */
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await handle.close().catch(() => {});
    },
  };
}

/** Writes straight into a device or a named pipe: there is no file to keep whole there. */
async function openDirect(path: string): Promise<OutputSink> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (err) {
    throw new RuntimeError(`cannot write ${path}: ${await describeFileError(err)}`);
  }
  const fail = (err: unknown) => new RuntimeError(`cannot write ${path}: ${describeSync(err)}`);
  const out = handleWriter(handle, fail);
  return {
    write: (text) => out.write(text),
    drained: () => out.drained(),
    commit: () => out.finished().finally(() => out.close()),
    discard: () => out.stop().finally(() => out.close()),
    whole: false,
  };
}

/** describeFileError for errors that never need the folder looked at (they come after the file was open). */
function describeSync(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it went away while being written';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'EPIPE') return 'the reader went away';
  return code ? `${code.toLowerCase()} error` : String((err as Error)?.message ?? err);
}

/**
 * Opens `path` for writing a whole output. A regular file (new, or existing with `force`) is streamed into a temp
 * file beside it and appears only on `commit`; through a symbolic link the file it points to is replaced and the
 * link kept; a replaced file keeps its permissions. A device or named pipe is written to directly, `force` or not.
 */
export async function openOutput(path: string, options: WriteOptions = {}): Promise<OutputSink> {
  const { existing, direct } = await checkTarget(path, options);
  if (direct) return openDirect(path);
  // --force through a symbolic link replaces the file it points to and keeps the link.
  const target = existing && (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  const dir = dirname(target);
  // The temp name stays short enough for any file system, whatever the target's name.
  const tmp = join(dir, `.${basename(target).slice(0, 64)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(tmp, 'wx', 0o644);
  } catch (err) {
    throw new RuntimeError(`cannot write ${path}: ${await describeFileError(err, dir)}`);
  }
  // Even when the process exits at once (a second Ctrl-C), the temp file goes.
  const cleanUpNow = () => {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  process.once('exit', cleanUpNow);
  const fail = (err: unknown) => new RuntimeError(`cannot write ${path}: ${describeSync(err)}`);
  const out = handleWriter(handle, fail);
  const remove = async () => {
    await out.close();
    await unlink(tmp).catch(() => {});
    process.removeListener('exit', cleanUpNow);
  };
  return {
    write: (text) => out.write(text),
    drained: () => out.drained(),
    commit: async () => {
      try {
        await out.finished();
        // Replacing keeps the old file's permissions (a private 0600 file stays private), where the file system can.
        if (existing) await chmod(tmp, existing.mode & 0o7777).catch(() => {});
        // The data on disk before the name points at it.
        await handle.sync();
        await out.close();
        if (options.force) await rename(tmp, target);
        else
          await link(tmp, target).catch(async (err: NodeJS.ErrnoException) => {
            // link() fails if the file appeared meanwhile, so nothing is ever replaced without --force.
            if (err.code === 'EEXIST') throw new UsageError(`${path} already exists; add --force to replace it`);
            if (err.code === 'EPERM' || err.code === 'ENOTSUP' || err.code === 'EXDEV') return rename(tmp, target);
            throw err;
          });
      } catch (err) {
        if (err instanceof UsageError || err instanceof RuntimeError) throw err;
        throw new RuntimeError(`cannot write ${path}: ${await describeFileError(err, dir)}`);
      } finally {
        await remove();
      }
    },
    discard: async () => {
      await out.stop();
      await remove();
    },
    whole: true,
  };
}

/** Writes `data` to `path` whole or not at all (see openOutput). Without `force`, an existing file is kept. */
export async function writeFileAtomic(path: string, data: string, options: WriteOptions = {}): Promise<void> {
  const sink = await openOutput(path, options);
  try {
    sink.write(data);
  } catch (err) {
    await sink.discard();
    throw err;
  }
  await sink.commit();
}
