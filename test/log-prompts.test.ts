// The questions `glowplan log` asks: the real @inquirer/prompts driven with @inquirer/testing, and whole runs of
// main() on a fake terminal (answers written, Ctrl-C appends nothing).
import { checkbox, input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/cli/app.js';
import type { Io } from '../src/cli/io.js';
import type { JournalDay } from '../src/journal/merge.js';
import { main } from '../src/cli/main.js';
import { askLog } from '../src/prompts/log.js';
import type { PromptFunctions } from '../src/prompts/profile.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glowplan-log-prompts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An Io whose stdin and stdout look like a terminal; prompts draw on `screen`. */
function terminal() {
  const out = { stdout: '', stderr: '', screen: '' };
  const stdin = new PassThrough();
  (stdin as unknown as { isTTY: boolean }).isTTY = true;
  const promptOutput = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.screen += chunk.toString();
      callback();
    },
  });
  (promptOutput as unknown as { isTTY: boolean }).isTTY = true;
  const io: Io = {
    stdout: { write: (s: string) => (out.stdout += s), isTTY: true, columns: 100 },
    stderr: { write: (s: string) => (out.stderr += s) },
    stdin,
    promptOutput,
    env: { HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), NO_COLOR: '1' },
    now: () => new Date(2026, 11, 2, 12),
    cwd: dir,
  };
  return { io, stdin, out };
}

type Keys = (events: Awaited<ReturnType<typeof render>>['events']) => void;

/**
 * Prompt functions that render the real @inquirer/prompts with @inquirer/testing and press `keys[message part]`
 * (Enter alone when no entry matches); the screens drawn are kept.
 */
function rendered(keys: Record<string, Keys>) {
  const screens: string[] = [];
  const run = async <T>(prompt: unknown, config: { message: string }): Promise<T> => {
    const { answer, events, getScreen } = await render(prompt as never, config as never);
    screens.push(getScreen());
    const key = Object.keys(keys).find((k) => config.message.includes(k));
    if (key) keys[key]!(events);
    events.keypress('enter');
    return (await answer) as T;
  };
  const prompts = {
    select: (config: { message: string }) => run(select, config),
    checkbox: (config: { message: string }) => run(checkbox, config),
    input: (config: { message: string }) => run(input, config),
  } as unknown as Partial<PromptFunctions>;
  return { prompts, screens };
}

const today = '2026-12-02';

describe('askLog with the real prompts (@inquirer/testing)', () => {
  it('Enter throughout: both routines done, no skin state, no note', async () => {
    const { prompts, screens } = rendered({});
    const answers = await askLog(new App(terminal().io), { date: today, today }, { prompts });
    expect(answers).toEqual({ am: 'done', pm: 'done', skin: [] });
    expect(screens[0]).toContain("Did you do this morning's routine?");
    expect(screens[1]).toContain("Tonight's routine");
    expect(screens[2]).toContain('How does your skin feel?');
    for (const state of ['good', 'dry', 'oily', 'red', 'stinging', 'peeling', 'breakout'])
      expect(screens[2]).toContain(state);
    expect(screens[3]).toContain('A note? (optional)');
  });

  it('skipped tonight, red and peeling ticked, a note typed', async () => {
    const { prompts } = rendered({
      "Tonight's": (e) => e.keypress('down'),
      'skin feel': (e) => {
        e.keypress('down');
        e.keypress('down');
        e.keypress('down');
        e.keypress('space'); // red
        e.keypress('down');
        e.keypress('down');
        e.keypress('space'); // peeling
      },
      'A note': (e) => e.type('  stung after the peel  '),
    });
    const answers = await askLog(new App(terminal().io), { date: today, today }, { prompts });
    expect(answers).toEqual({ am: 'done', pm: 'skipped', skin: ['red', 'peeling'], note: 'stung after the peel' });
  });

  it('an earlier day is named; its current answers are the defaults; the evening names what was planned', async () => {
    const current: JournalDay = { date: '2026-11-30', am: 'skipped', pm: 'done', skin: ['dry'], note: 'windy' };
    const { prompts, screens } = rendered({});
    const answers = await askLog(
      new App(terminal().io),
      { date: '2026-11-30', today, current, planned: { mask: 'clay', am: [], pm: ['retinol'] } },
      { prompts },
    );
    expect(screens[0]).toContain('Did you do the morning routine on 30 Nov 2026?');
    expect(screens[1]).toContain('The evening routine on 30 Nov 2026 (clay mask, retinol): done?');
    // Enter keeps everything as it was, and an unchanged note is not written again.
    expect(answers).toEqual({ am: 'skipped', pm: 'done', skin: ['dry'] });
  });

  it('a note over 500 characters is refused at the prompt', async () => {
    const { answer, events, getScreen } = await render(input, {
      message: 'A note?',
      validate: (await import('../src/prompts/log.js')).noteProblem,
    });
    events.type('x'.repeat(501));
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 20));
    expect(getScreen()).toContain('At most 500 characters (this one has 501)');
    answer.cancel();
    await expect(answer).rejects.toThrow();
  });
});

/** Runs main() on the fake terminal, calling `keys` every 25 ms until it ends. */
async function drive(argv: string[], keys: (t: ReturnType<typeof terminal>) => void) {
  const t = terminal();
  const running = main(argv, t.io);
  let done = false;
  void running.finally(() => (done = true));
  const timer = setInterval(() => !done && keys(t), 25);
  try {
    return { code: await running, ...t.out };
  } finally {
    clearInterval(timer);
  }
}

describe('glowplan log on a terminal', () => {
  const journal = () => join(dir, 'data', 'glowplan', 'journal.jsonl');

  it('with no flags it asks, and writes the answers', async () => {
    const r = await drive(['log'], (t) => t.stdin.write('\r'));
    expect(r.code).toBe(0);
    expect(r.screen).toContain("Did you do this morning's routine?");
    expect(r.stdout).toBe('');
    const record = JSON.parse(readFileSync(journal(), 'utf8'));
    expect(record).toMatchObject({ date: today, am: 'done', pm: 'done', skin: [] });
  });

  it('Ctrl-C at a question: exit 130, nothing appended', async () => {
    const r = await drive(['log'], (t) => {
      if (t.out.screen.includes('skin feel')) t.stdin.write('\x03');
      else t.stdin.write('\r');
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('glowplan: cancelled.\n');
    expect(existsSync(journal())).toBe(false);
  });

  it('flags, --json or --no-input: no questions', async () => {
    for (const argv of [
      ['log', '--skin', 'good'],
      ['log', '--json'],
      ['log', '--no-input'],
    ]) {
      const r = await drive(argv, () => {});
      expect(r.code).toBe(0);
      expect(r.screen).toBe('');
    }
  });
});
