// The text styles of the terminal views. With colour on they are chalk's; with colour off (a pipe, a file, NO_COLOR)
// they leave text as it is, and chalk is not even loaded: its set-up (every style it knows) is a good part of
// drawing a small table.
import type { ColorLevel } from './color.js';

/** A style: applied to text, or combined with another (`paint.magenta.bold(text)`), as chalk does. */
export interface Style {
  (text: string): string;
  readonly bold: Style;
  readonly dim: Style;
  readonly underline: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly magenta: Style;
}

/** The styles at a colour level. */
export interface Paint extends Style {
  readonly level: ColorLevel;
}

const STYLES = ['bold', 'dim', 'underline', 'red', 'green', 'yellow', 'cyan', 'magenta'] as const;

/** No colour: every style, and every combination of them, returns the text unchanged. */
export const PLAIN: Paint = (() => {
  const same = (text: string) => text;
  const props: PropertyDescriptorMap = { level: { value: 0 } };
  for (const name of STYLES) props[name] = { value: same };
  // Each style is the same function again, so chains of any length work.
  return Object.defineProperties(same, props) as Paint;
})();

/** The styles for `level`: chalk's (loaded now) when there is colour, PLAIN when there is none. */
export async function paintFor(level: ColorLevel): Promise<Paint> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
