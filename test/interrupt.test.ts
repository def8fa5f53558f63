// Ctrl-C and SIGTERM: the one handler ends the run at once, unless a command asked for the signal to stop cleanly.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handleSignals, onInterrupt } from '../src/cli/interrupt.js';

let stderr = '';
const exits: number[] = [];
beforeAll(() => handleSignals({ write: (text: string) => (stderr += text) }, (code) => exits.push(code)));
beforeEach(() => {
  stderr = '';
  exits.length = 0;
});
// process.emit calls the listeners without sending a real signal to the test process.
const send = (signal: 'SIGINT' | 'SIGTERM') => process.emit(signal as never);

describe('signals', () => {
  it('with no work asking for it: SIGINT ends the run with 130 and one line', () => {
    send('SIGINT');
    expect(exits).toEqual([130]);
    expect(stderr).toBe('\nglowplan: interrupted.\n');
  });

  it('SIGTERM ends it with 143', () => {
    send('SIGTERM');
    expect(exits).toEqual([143]);
    expect(stderr).toBe('\nglowplan: terminated.\n');
  });

  it('work that stops cleanly gets the first signal; a second one ends the run', () => {
    const seen: string[] = [];
    const release = onInterrupt((signal) => seen.push(signal));
    send('SIGTERM');
    expect(seen).toEqual(['SIGTERM']);
    expect(exits).toEqual([]);
    send('SIGINT');
    expect(seen).toEqual(['SIGTERM']);
    expect(exits).toEqual([130]);
    release();
  });

  it('once the work is done and gives the signal back, a signal ends the run again', () => {
    const seen: string[] = [];
    const release = onInterrupt((signal) => seen.push(signal));
    release();
    send('SIGINT');
    expect(seen).toEqual([]);
    expect(exits).toEqual([130]);
  });
});
