// Reading a whole text file with a size limit. A path may name something that never ends (/dev/zero, a device, a
// pipe that keeps writing) or a file far larger than it should be: reading it whole would exhaust memory and end the
// process. The read stops one byte past the limit instead, with no stat first unless the caller asks what was opened
// (so a small file costs the same system calls as readFileSync: open, read, read, close).
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** The first read's size: a profile fits, a journal's reads grow from it. */
const FIRST_READ = 64 * 1024;

/**
 * The text (UTF-8) of `path`, or undefined when it holds more than `limit` bytes. Errors opening or reading it are
 * thrown as Node gives them (their `code` says why: ENOENT, EISDIR, EACCES…). `check`: given what was opened before
 * anything is read, it throws to refuse it.
 */
export function readTextUpTo(path: string, limit: number, check?: (info: Stats) => void): string | undefined {
  const fd = openSync(path, 'r');
  try {
    check?.(fstatSync(fd));
    let buffer = Buffer.allocUnsafe(Math.min(FIRST_READ, limit + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return undefined;
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.toString('utf8', 0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}
