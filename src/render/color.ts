// One place decides colour: --no-color, NO_COLOR, FORCE_COLOR, TERM=dumb, and whether stdout is a terminal.
import type { Io } from '../cli/io.js';

/** Colour level for chalk: 0 (none) to 3 (truecolor). */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for output to `io.stdout`. First match wins: --no-color; NO_COLOR set and not empty; FORCE_COLOR
 * (0 or false: none, 2: 256 colours, 3 or more: truecolour, anything else: 16); TERM=dumb; not a terminal.
 */
export function colorLevel(
  io: Pick<Io, 'env'> & { stdout: { isTTY?: boolean } },
  colorFlag: boolean | undefined,
): ColorLevel {
  if (colorFlag === false) return 0;
  const env = io.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') {
    const n = Number(force);
    return n >= 3 ? 3 : n === 2 ? 2 : 1; // as chalk reads it: FORCE_COLOR=4 is still truecolour
  }
  if (force === '0' || force === 'false') return 0;
  if (env.TERM === 'dumb') return 0;
  if (!io.stdout.isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}
