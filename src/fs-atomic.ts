// Writing files so that nothing the user had is lost or half-written: temp file in the same folder, then
// rename (or link, to refuse replacing an existing file without --force).
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, link, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { RuntimeError, UsageError } from './errors.js';

/** Why a write failed, in words, naming the folder when the folder is the problem. */
async function describe(err: unknown, dir: string): Promise<string> {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': {
      // /proc answers ENOENT for a folder that exists but takes no new files.
      const folder = await stat(dir).catch(() => undefined);
      return folder?.isDirectory() ? `cannot create files in ${dir}` : `the folder ${dir} does not exist`;
    }
    case 'EACCES':
    case 'EPERM':
      return `permission denied in ${dir}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return `${dir} is not a folder`;
    case 'EISDIR':
      return 'it is a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      // Node's messages name the temp file; say only what went wrong.
      return e.code ? `${e.code.toLowerCase()} error` : String((err as Error)?.message ?? err);
  }
}

/** Writes `data` to `path` atomically. Without `force`, an existing file is left untouched (UsageError). */
export async function writeFileAtomic(path: string, data: string, options: { force?: boolean } = {}): Promise<void> {
  if (path.trim() === '') throw new UsageError('the output file name is empty');
  if (path.endsWith('/') || path.endsWith(sep))
    throw new UsageError(`cannot write ${path}: give a file name, not a folder`);
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !options.force) throw new UsageError(`${path} already exists; add --force to replace it`);
  // Never swap a device, pipe or socket (/dev/null, say) for a regular file, even with --force.
  if (existing && !existing.isFile()) throw new UsageError(`cannot replace ${path}: it is not a regular file`);
  // --force through a symbolic link replaces the file it points to and keeps the link.
  const target = existing && (await lstat(path)).isSymbolicLink() ? await realpath(path) : path;
  const dir = dirname(target);
  // The temp name stays short enough for any file system, whatever the target's name.
  const tmp = join(dir, `.${basename(target).slice(0, 64)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Even on Ctrl-C (main exits at once) the temp file goes.
  const cleanUp = () => {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  let handle;
  try {
    handle = await open(tmp, 'wx', 0o644);
  } catch (err) {
    throw new RuntimeError(`cannot write ${path}: ${await describe(err, dir)}`);
  }
  process.once('exit', cleanUp);
  try {
    await handle.writeFile(data, 'utf8');
    // Replacing keeps the old file's permissions (a private 0600 file stays private), where the file system can.
    if (existing) await chmod(tmp, existing.mode & 0o7777).catch(() => {});
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.force) await rename(tmp, target);
    else {
      // link() fails if the file appeared meanwhile, so nothing is ever replaced without --force.
      await link(tmp, target).catch(async (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') throw new UsageError(`${path} already exists; add --force to replace it`);
        if (err.code === 'EPERM' || err.code === 'ENOTSUP' || err.code === 'EXDEV') return rename(tmp, target);
        throw err;
      });
    }
  } catch (err) {
    await handle?.close().catch(() => {});
    if (err instanceof UsageError) throw err;
    throw new RuntimeError(`cannot write ${path}: ${await describe(err, dir)}`);
  } finally {
    await unlink(tmp).catch(() => {});
    process.removeListener('exit', cleanUp);
  }
}
