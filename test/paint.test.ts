// The terminal styles: chalk's with colour, plain text without (chalk not loaded then).
import { describe, expect, it } from 'vitest';
import { PLAIN, paintFor } from '../src/render/paint.js';

describe('paint', () => {
  it('without colour every style and chain returns the text unchanged', async () => {
    const paint = await paintFor(0);
    expect(paint).toBe(PLAIN);
    expect(paint.level).toBe(0);
    expect(paint('a')).toBe('a');
    expect(paint.magenta.bold('● Clay mask night')).toBe('● Clay mask night');
    expect(paint.bold.underline.dim.red.green.yellow.cyan('x')).toBe('x');
  });
  it('with colour, chalk styles at that level', async () => {
    const paint = await paintFor(1);
    expect(paint.level).toBe(1);
    expect(paint.bold('Day')).toBe('\u001b[1mDay\u001b[22m');
    expect(paint.magenta.bold('x')).toBe('\u001b[35m\u001b[1mx\u001b[22m\u001b[39m');
    expect((await paintFor(3)).level).toBe(3);
  });
});
