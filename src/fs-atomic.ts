// Writing files so that nothing the user had is lost or half-written: temp file in the same folder, then
// rename (or link, to refuse replacing an existing file without --force).
import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RuntimeError, UsageError } from './errors.js';

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return e.message ?? String(err);
  }
}

/** Writes `data` to `path` atomically. Without `force`, an existing file is left untouched (UsageError). */
export async function writeFileAtomic(path: string, data: string, options: { force?: boolean } = {}): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`);
  if (existing && !options.force) throw new UsageError(`${path} already exists; add --force to replace it`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx', 0o644);
  } catch (err) {
    throw new RuntimeError(`cannot write ${path}: ${describe(err)}`);
  }
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.force) await rename(tmp, path);
    else {
      // link() fails if the file appeared meanwhile, so nothing is ever replaced without --force.
      await link(tmp, path).catch(async (err: NodeJS.ErrnoException) => {
        if (err.code === 'EEXIST') throw new UsageError(`${path} already exists; add --force to replace it`);
        if (err.code === 'EPERM' || err.code === 'ENOTSUP' || err.code === 'EXDEV') return rename(tmp, path);
        throw err;
      });
    }
  } catch (err) {
    await handle?.close().catch(() => {});
    if (err instanceof UsageError) throw err;
    throw new RuntimeError(`cannot write ${path}: ${describe(err)}`);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}
