// What a path names, when it is not a plain file: the null device is read as empty and written to as a sink.
import { statSync, type Stats } from 'node:fs';

/** True when `info` is the null device (/dev/null, under whatever name). */
export function isNullDevice(info: Stats): boolean {
  if (!info.isCharacterDevice()) return false;
  try {
    const nullDevice = statSync('/dev/null');
    return nullDevice.isCharacterDevice() && info.rdev === nullDevice.rdev;
  } catch {
    return false; // no /dev/null here
  }
}

/** True when `info` is a device other than the null device (/dev/zero, a terminal, a disk): no file to read whole. */
export function isDevice(info: Stats): boolean {
  return (info.isCharacterDevice() || info.isBlockDevice()) && !isNullDevice(info);
}
