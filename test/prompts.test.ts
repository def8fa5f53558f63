// Interactive prompts: askAndSave (the questions, then the save), askProfileFields and chooseScenario with injected
// prompt functions, and whole runs of main() in-process with the real @inquirer/prompts reading keys from a fake
// terminal.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/cli/app.js';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { defaultProfilePath } from '../src/profile/store.js';
import { askAndSave, planningProfile } from '../src/commands/plan-common.js';
import { askProfile, askProfileFields, chooseScenario, type PromptFunctions } from '../src/prompts/profile.js';
import { planRange } from '../src/rules/planner.js';
import type { Profile } from '../src/rules/types.js';
import { data } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'glowplan-prompts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface FakeTerminal {
  io: Io;
  stdin: PassThrough;
  out: { stdout: string; stderr: string; screen: string };
}

/** An Io whose stdin and stdout look like a terminal; prompts draw on `screen` (the terminal behind stderr). */
function terminal(env: Record<string, string> = {}, promptIsTTY = true): FakeTerminal {
  const out = { stdout: '', stderr: '', screen: '' };
  const stdin = new PassThrough();
  (stdin as unknown as { isTTY: boolean }).isTTY = true;
  const promptOutput = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.screen += chunk.toString();
      callback();
    },
  });
  (promptOutput as unknown as { isTTY: boolean }).isTTY = promptIsTTY;
  const io: Io = {
    stdout: { write: (s: string) => (out.stdout += s), isTTY: true, columns: 120 },
    stderr: { write: (s: string) => (out.stderr += s) },
    stdin,
    promptOutput,
    env: { HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), ...env },
    now: () => new Date(2026, 10, 24, 12),
    cwd: dir,
  };
  return { io, stdin, out };
}

interface Call {
  kind: keyof PromptFunctions;
  message: string;
  config: {
    message: string;
    default?: unknown;
    theme?: { style?: { message?: (s: string) => string } };
    choices?: { value: unknown; name?: string; checked?: boolean }[];
    validate?: (value: string) => boolean | string;
  };
}
type Answer = unknown | ((config: Call['config']) => unknown);

/**
 * Prompt functions that answer from `answers` (matched by a part of the question) and otherwise press Enter:
 * the preselected default, the checked boxes, the default yes/no.
 */
function scripted(answers: Record<string, Answer> = {}) {
  const calls: Call[] = [];
  const answer = (kind: Call['kind'], config: Call['config'], enter: unknown) => {
    calls.push({ kind, message: config.message, config });
    const key = Object.keys(answers).find((k) => config.message.includes(k));
    if (key === undefined) return enter;
    const a = answers[key];
    return typeof a === 'function' ? (a as (c: Call['config']) => unknown)(config) : a;
  };
  const prompts = {
    select: async (config: Call['config']) => answer('select', config, config.default ?? config.choices![0]!.value),
    checkbox: async (config: Call['config']) =>
      answer(
        'checkbox',
        config,
        config.choices!.filter((c) => c.checked).map((c) => c.value),
      ),
    confirm: async (config: Call['config']) => answer('confirm', config, config.default ?? false),
    input: async (config: Call['config']) => {
      const value = answer('input', config, config.default ?? '') as string;
      const ok = config.validate ? config.validate(value) : true;
      if (ok !== true) throw new Error(`the prompt would refuse ${JSON.stringify(value)}: ${ok}`);
      return value;
    },
  } as unknown as PromptFunctions;
  return { prompts, calls, messages: () => calls.map((c) => c.message) };
}

/** Picks the choices whose value matches. */
const choose =
  (test: (value: never) => boolean) =>
  (config: Call['config']): unknown[] =>
    config.choices!.filter((c) => test(c.value as never)).map((c) => c.value);

const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

describe('askAndSave (the questions, then the command saves) with injected prompts', () => {
  it('Enter through every question: the preselected defaults, a sound plan, and the answers saved', async () => {
    const { io, out } = terminal();
    const app = new App(io);
    const current = await app.loadProfile({});
    const { prompts, messages, calls } = scripted();
    const result = await planningProfile(app, {}, 'week', { prompts });

    expect(messages()).toEqual([
      'Your skin type',
      'What would you like to work on? (optional)',
      'Serums you own',
      'Masks you own',
      'Mask nights a week',
      'Leave retinoids out everywhere (pregnant, trying or breastfeeding)?',
      'An event coming up? (a mask goes on the evening before)',
      `Save these answers as your profile (${defaultProfilePath(io.env)})?`,
    ]);
    expect(calls[0]!.config.default).toBe('normal');
    expect(calls[4]!.config.default).toBe(3);
    expect(calls.at(-1)!.config.default).toBe(true); // no profile yet: saving is the default
    expect(result.profile).toEqual(current.profile);
    expect(result.events).toEqual([]);

    const plan = planRange(result.profile, '2026-11-30', 7, { events: result.events }, data);
    expect(plan.days.filter((d) => d.mask)).toHaveLength(3);
    expect(plan.warnings.filter((w) => w.severity === 'avoid')).toEqual([]);

    const saved = defaultProfilePath(io.env);
    expect(result.path).toBe(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({
      skin: 'normal',
      concerns: [],
      serums: ['vitamin-c', 'hyaluronic-acid', 'niacinamide'],
      masks: ['sheet', 'clay', 'sleeping'],
      masksPerWeek: 3,
      pregnancySafe: false,
      patchTestDays: 7,
      cycle: 'weekly',
    });
    expect(out.stderr).toBe(`Saved your profile to ${saved}\n`);
    expect(out.stdout).toBe('');
  });

  it('sensitive skin: Enter on mask nights gives 2, not the usual 3', async () => {
    const { io } = terminal();
    const app = new App(io);
    const { prompts, calls } = scripted({ 'Your skin type': 'sensitive' });
    const result = (await askProfile(app, await app.loadProfile({}), { command: 'plan', prompts }))!;
    expect(calls.find((c) => c.message === 'Mask nights a week')!.config.default).toBe(2);
    expect(result.profile.masksPerWeek).toBe(2);
    const plan = planRange(result.profile, '2026-11-30', 7, { events: [] }, data);
    expect(plan.warnings.some((w) => w.rule === 'over-masking')).toBe(false);
  });

  it('plan does not ask about events', async () => {
    const { io } = terminal();
    const app = new App(io);
    const { prompts, messages } = scripted({ 'Save these answers': false });
    await askAndSave(app, await app.loadProfile({}), { command: 'plan', prompts });
    expect(messages().some((m) => m.includes('event'))).toBe(false);
  });

  it('uses the answers: skin, serums, masks, masks a week, events; nothing saved when declined', async () => {
    const { io, out } = terminal();
    const app = new App(io);
    const { prompts } = scripted({
      'skin type': 'sensitive',
      'Serums you own': choose((s: { actives: string[] }) => ['retinol', 'ceramides'].includes(s.actives[0]!)),
      'Masks you own': choose((m: { type: string }) => m.type === 'gel'),
      'Mask nights a week': 2,
      'An event coming up': true,
      'Date of the event': '2026-12-05',
      'What is it': ' Wedding ',
      'Another event': false,
      'Save these answers': false,
    });
    const result = await planningProfile(app, {}, 'week', { prompts });
    // Each product just added is new to the person: Enter starts it today (the clock says 2026-11-24).
    expect(result.profile).toMatchObject({
      skin: 'sensitive',
      serums: [
        { name: null, actives: ['retinol'], started: '2026-11-24' },
        { name: null, actives: ['ceramides'], started: '2026-11-24' },
      ],
      masks: [{ name: null, type: 'gel', started: '2026-11-24' }],
      masksPerWeek: 2,
    });
    expect(result.events).toEqual([{ date: '2026-12-05', label: 'Wedding' }]);
    expect(result.path).toBeNull();
    expect(exists(defaultProfilePath(io.env))).toBe(false);
    expect(out.stderr).toBe('');
  });

  it('several events; an empty label is no label', async () => {
    const { io } = terminal();
    const app = new App(io);
    let more = 2;
    const dates = ['2026-12-01', '2026-12-04'];
    const { prompts } = scripted({
      'An event coming up': true,
      'Date of the event': () => dates.shift(),
      'What is it': '',
      'Another event': () => --more > 0,
      'Save these answers': false,
    });
    const result = (await askProfile(app, await app.loadProfile({}), { command: 'week', prompts }))!;
    expect(result.events).toEqual([
      { date: '2026-12-01', label: null },
      { date: '2026-12-04', label: null },
    ]);
  });

  it('the event date is checked as a calendar date', async () => {
    const { io } = terminal();
    const app = new App(io);
    let validate: ((v: string) => boolean | string) | undefined;
    const { prompts } = scripted({
      'An event coming up': true,
      'Date of the event': (config: Call['config']) => {
        validate = config.validate;
        return '2026-12-05';
      },
      'Save these answers': false,
    });
    await askAndSave(app, await app.loadProfile({}), { command: 'week', prompts });
    expect(validate!('2026-12-05')).toBe(true);
    expect(validate!('2026-02-30')).toMatch(/YYYY-MM-DD/);
    expect(validate!('next friday')).toMatch(/YYYY-MM-DD/);
    expect(validate!('')).toMatch(/YYYY-MM-DD/);
  });

  it('with no masks chosen it does not ask how many a week', async () => {
    const { io } = terminal();
    const app = new App(io);
    const { prompts, messages } = scripted({ 'Masks you own': [], 'Save these answers': false });
    const result = (await askProfile(app, await app.loadProfile({}), { command: 'plan', prompts }))!;
    expect(result.profile.masks).toEqual([]);
    expect(messages()).not.toContain('Mask nights a week');
  });

  it('preselects the current profile, named products included', async () => {
    const { io } = terminal();
    const path = join(dir, 'mine.json');
    writeFileSync(
      path,
      JSON.stringify({
        skin: 'dry',
        serums: ['retinol', { name: 'Dewdrop HA Serum', actives: ['hyaluronic-acid'] }],
        masks: [{ name: 'Midnight Sleeping Mask', type: 'sleeping' }, 'clay'],
        masksPerWeek: 2,
      }),
    );
    const app = new App(io);
    const current = await app.loadProfile({ profile: path });
    const { prompts, calls } = scripted({ 'Replace your saved profile': false, 'new to you': false });
    const result = (await askProfile(app, current, { command: 'plan', prompts }))!;
    const serums = calls.find((c) => c.message === 'Serums you own')!.config.choices!;
    expect(serums.filter((c) => c.checked).map((c) => c.name)).toEqual([
      'Dewdrop HA Serum (Hyaluronic acid)',
      'Retinol serum',
    ]);
    const masks = calls.find((c) => c.message === 'Masks you own')!.config.choices!;
    expect(masks.filter((c) => c.checked).map((c) => c.name)).toEqual([
      'Midnight Sleeping Mask (sleeping mask)',
      'Clay mask',
    ]);
    expect(calls[0]!.config.default).toBe('dry');
    expect(result.profile).toEqual(current.profile);
  });

  it('an existing profile is replaced only when the person says so (default: no)', async () => {
    const { io, out } = terminal();
    const saved = defaultProfilePath(io.env);
    mkdirSync(join(dir, 'config', 'glowplan'), { recursive: true });
    writeFileSync(saved, '{"skin": "dry"}\n');
    const app = new App(io);

    const enter = scripted();
    const kept = await planningProfile(app, { interactive: true }, 'week', { prompts: enter.prompts });
    const question = enter.calls.at(-1)!;
    expect(question.message).toBe(`Replace your saved profile (${saved}) with these answers?`);
    expect(question.config.default).toBe(false);
    expect(readFileSync(saved, 'utf8')).toBe('{"skin": "dry"}\n');
    expect(kept.path).toBe(saved);

    const yes = scripted({ 'skin type': 'oily', 'Replace your saved profile': true });
    const replaced = await planningProfile(app, { interactive: true }, 'week', { prompts: yes.prompts });
    expect(JSON.parse(readFileSync(saved, 'utf8')).skin).toBe('oily');
    expect(replaced.path).toBe(saved);
    expect(out.stderr).toContain(`Saved your profile to ${saved}`);
  });

  it('a save that fails is reported and the plan goes on with the answers', async () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    const { io, out } = terminal({ XDG_CONFIG_HOME: blocker });
    const app = new App(io);
    const { prompts } = scripted({ 'skin type': 'oily' });
    const result = await planningProfile(app, {}, 'plan', { prompts });
    expect(result.profile.skin).toBe('oily');
    expect(result.path).toBeNull();
    expect(out.stderr).toContain('glowplan: cannot create the folder');
  });

  it('Ctrl-C (ExitPromptError) at any question: the error goes up and nothing is written', async () => {
    for (const at of ['Your skin type', 'Masks you own', 'An event coming up', 'Save these answers']) {
      const { io } = terminal();
      const app = new App(io);
      const { prompts } = scripted({
        [at]: () => {
          throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
        },
      });
      const err = await planningProfile(app, {}, 'week', { prompts }).catch((e) => e);
      expect((err as Error).name).toBe('ExitPromptError');
      expect(exists(join(dir, 'config', 'glowplan'))).toBe(false);
    }
  });

  it('stderr not a terminal (prompts would be invisible): nothing is asked', async () => {
    const { io } = terminal({}, false);
    const app = new App(io);
    const current = await app.loadProfile({});
    expect(await askProfile(app, current, { command: 'week' })).toBeNull();
    expect(await planningProfile(app, {}, 'week')).toEqual({ ...current, events: [], byDefault: true });
  });
});

describe('new products, start dates and what the plan uses', () => {
  it('a strong active just added: "Is it new to you?" (yes) and "When do you start?" (today); then skin cycling', async () => {
    const { io } = terminal();
    const app = new App(io);
    const { prompts, calls, messages } = scripted({
      'Serums you own': choose((s: { actives: string[] }) => ['retinol', 'hyaluronic-acid'].includes(s.actives[0]!)),
      'Save these answers': false,
    });
    const result = (await askProfile(app, await app.loadProfile({}), { command: 'plan', prompts }))!;
    const isNew = calls.find((c) => c.message === 'Is the retinol serum new to you?')!;
    expect(isNew.config.default).toBe(true);
    const when = calls.find((c) => c.message === 'When do you start the retinol serum? (YYYY-MM-DD)')!;
    expect(when.config.default).toBe('2026-11-24');
    expect(when.config.validate!('2026-12-01')).toBe(true);
    expect(when.config.validate!('2026-02-30')).toMatch(/YYYY-MM-DD/);
    expect(when.config.validate!('tomorrow')).toMatch(/YYYY-MM-DD/);
    // Hyaluronic acid was on the shelf already and is not strong: not asked about.
    expect(messages().some((m) => /hyaluronic/i.test(m))).toBe(false);
    expect(messages()).toContain('How should your evenings go?');
    expect(result.profile.serums).toContainEqual({ name: null, actives: ['retinol'], started: '2026-11-24' });
  });

  it('a strong active long in use: asked, Enter says no (no start date), and a chosen date is kept', async () => {
    const { io } = terminal();
    const app = new App(io);
    const current = await app.loadProfile({ serum: ['retinol', 'bha'] });
    const enter = scripted({ 'Save these answers': false });
    const kept = (await askProfile(app, current, { command: 'plan', prompts: enter.prompts }))!;
    expect(enter.calls.find((c) => c.message === 'Is the retinol serum new to you?')!.config.default).toBe(false);
    expect(kept.profile.serums).toEqual([
      { name: null, actives: ['retinol'] },
      { name: null, actives: ['bha'] },
    ]);
    const yes = scripted({
      'Is the BHA (salicylic acid) serum new to you?': true,
      'When do you start the BHA (salicylic acid) serum?': ' 2026-12-07 ',
      'Save these answers': false,
      'evenings go': 'skin-cycling',
    });
    const dated = (await askProfile(app, current, { command: 'plan', prompts: yes.prompts }))!;
    expect(dated.profile.serums).toEqual([
      { name: null, actives: ['retinol'] },
      { name: null, actives: ['bha'], started: '2026-12-07' },
    ]);
    expect(dated.profile.cycle).toBe('skin-cycling');
  });

  it('a product with a start date is preselected with it, and saying "not new" removes the date', async () => {
    const { io } = terminal();
    const path = join(dir, 'dated.json');
    writeFileSync(path, JSON.stringify({ serums: [{ actives: ['aha'], started: '2026-12-01' }], masks: [] }));
    const app = new App(io);
    const current = await app.loadProfile({ profile: path });
    const { prompts, calls } = scripted({ 'new to you': false, 'Replace your saved profile': false });
    const result = (await askProfile(app, current, { command: 'plan', prompts }))!;
    const serums = calls.find((c) => c.message === 'Serums you own')!.config.choices!;
    expect(serums.filter((c) => c.checked).map((c) => c.name)).toEqual([
      'AHA (glycolic, lactic acid) serum (started 2026-12-01)',
    ]);
    expect(
      calls.find((c) => c.message === 'Is the AHA (glycolic, lactic acid) serum new to you?')!.config.default,
    ).toBe(true);
    expect(result.profile.serums).toEqual([{ name: null, actives: ['aha'] }]);
  });

  it('--event given: week does not ask about events; flags answer pregnancy and concerns', async () => {
    const { io } = terminal();
    const app = new App(io);
    const { prompts, messages } = scripted({ 'Save these answers': false });
    const result = await planningProfile(
      app,
      { event: [{ date: '2026-12-05', label: 'Wedding' }], pregnancySafe: true, concern: [] },
      'week',
      { prompts },
    );
    expect(messages().some((m) => m.includes('event'))).toBe(false);
    expect(messages().some((m) => m.includes('Leave retinoids out'))).toBe(false);
    expect(messages().some((m) => m.includes('work on'))).toBe(false);
    expect(result.profile.pregnancySafe).toBe(true);
    expect(result.events).toEqual([]); // the command adds its --event itself
  });
});

describe('colour in prompts', () => {
  const themeFor = async (env: Record<string, string>, color?: boolean) => {
    const { io } = terminal(env);
    const app = new App(io);
    const { prompts, calls } = scripted({ 'Save these answers': false });
    await askAndSave(app, await app.loadProfile({}), { command: 'plan', prompts, color });
    return calls[0]!.config.theme;
  };
  it('NO_COLOR, --no-color and TERM=dumb give a theme without colour', async () => {
    for (const [env, color] of [[{ NO_COLOR: '1' }], [{}, false], [{ TERM: 'dumb' }]] as const) {
      const theme = await themeFor(env as Record<string, string>, color);
      expect(theme?.style?.message?.('Your skin type')).toBe('Your skin type');
    }
  });
  it('otherwise inquirer keeps its own colours', async () => {
    expect(await themeFor({ FORCE_COLOR: '1', TERM: 'xterm-256color' })).toBeUndefined();
  });
});

describe('askProfileFields (profile init)', () => {
  it('asks every field, concerns and pregnancy-safety included', async () => {
    const { io } = terminal();
    const app = new App(io);
    const current: Profile = (await app.loadProfile({})).profile;
    const { prompts, messages } = scripted({
      'What would you like to work on': ['breakouts', 'redness'],
      'Leave retinoids out': true,
    });
    const profile = await askProfileFields(app, current, { prompts });
    expect(messages()).toEqual([
      'Your skin type',
      'What would you like to work on? (optional)',
      'Serums you own',
      'Masks you own',
      'Mask nights a week',
      'Leave retinoids out everywhere (pregnant, trying or breastfeeding)?',
    ]);
    expect(profile).toMatchObject({ concerns: ['breakouts', 'redness'], pregnancySafe: true });
  });

  it('skips the fields a flag answered', async () => {
    const { io } = terminal();
    const app = new App(io);
    const current = (await app.loadProfile({ skin: 'oily' })).profile;
    const { prompts, messages } = scripted();
    const profile = await askProfileFields(app, current, { prompts, skip: new Set(['skin', 'masksPerWeek']) });
    expect(messages()).not.toContain('Your skin type');
    expect(messages()).not.toContain('Mask nights a week');
    expect(profile!.skin).toBe('oily');
  });
});

describe('chooseScenario', () => {
  it('a menu of the six, each with its name and what to reach for', async () => {
    const { io } = terminal();
    const { prompts, calls } = scripted({ 'Which situation': 'post-travel' });
    const id = await chooseScenario(data.scenarios, new App(io), { prompts });
    expect(id).toBe('post-travel');
    const names = calls[0]!.config.choices!.map((c) => c.name);
    expect(names).toHaveLength(6);
    expect(names).toContain('Post-travel, tired skin: mask');
    expect(names).toContain('Targeting fine lines: both');
  });
  it('with standard error away from the terminal there is no menu: scenario shows the list', async () => {
    const { io, out } = terminal({}, false);
    const code = await main(['scenario', '--no-color'], io);
    expect(code).toBe(0);
    expect(out.stdout).toContain('daily-maintenance');
    expect(out.stdout).toContain('fine-lines');
    expect(out.screen).toBe('');
  });
});

/** Runs main() on the fake terminal, pressing `keys` once each prompt is drawn. */
async function drive(
  argv: string[],
  keys: (t: FakeTerminal) => void,
  env: Record<string, string> = {},
): Promise<{ code: number } & FakeTerminal['out']> {
  const t = terminal(env);
  const running = main(argv, t.io);
  let done = false;
  void running.finally(() => (done = true));
  const timer = setInterval(() => !done && keys(t), 25);
  try {
    const code = await running;
    return { code, ...t.out };
  } finally {
    clearInterval(timer);
  }
}

describe('whole runs with the real @inquirer/prompts on a fake terminal', () => {
  it('week with no profile: Enter through every question gives the plan, the profile saved', async () => {
    const r = await drive(['week', '--start', '2026-11-30', '--no-color'], (t) => t.stdin.write('\r'));
    expect(r.code).toBe(0);
    expect(r.screen).toContain('Your skin type');
    expect(r.screen).toContain('Mask nights a week');
    expect(r.screen).toContain('An event coming up?');
    expect(r.stdout).toContain('Week of 30 Nov 2026 to 6 Dec 2026: 3 mask nights');
    expect(r.stdout).not.toContain('Your skin type'); // prompts never land in stdout
    const saved = join(dir, 'config', 'glowplan', 'profile.json');
    expect(r.stderr).toContain(`Saved your profile to ${saved}`);
    expect(JSON.parse(readFileSync(saved, 'utf8')).skin).toBe('normal');
  });

  it('Ctrl-C at the first question: exit 130, one short line, nothing written', async () => {
    const r = await drive(['week', '--start', '2026-11-30'], (t) => {
      if (t.out.screen.includes('Your skin type')) t.stdin.write('\x03');
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('glowplan: cancelled.\n');
    expect(r.stdout).toBe('');
    expect(exists(join(dir, 'config', 'glowplan'))).toBe(false);
  });

  it('a saved profile: no questions; -i asks anyway; --no-input never', async () => {
    const saved = join(dir, 'config', 'glowplan', 'profile.json');
    mkdirSync(join(dir, 'config', 'glowplan'), { recursive: true });
    writeFileSync(saved, '{"masks": ["gel"]}\n');
    const quiet = await drive(['plan', '--date', '2026-11-30'], () => {});
    expect(quiet.code).toBe(0);
    expect(quiet.screen).toBe('');

    const asked = await drive(['plan', '--date', '2026-11-30', '-i'], (t) => t.stdin.write('\r'));
    expect(asked.code).toBe(0);
    expect(asked.screen).toContain('Replace your saved profile');
    expect(readFileSync(saved, 'utf8')).toBe('{"masks": ["gel"]}\n'); // Enter = don't replace

    writeFileSync(saved, '{"masks": ["gel"]}\n');
    const never = await drive(['plan', '--date', '2026-11-30', '-i', '--no-input'], () => {});
    expect(never.code).toBe(0);
    expect(never.screen).toBe('');
  });

  it('--json at a terminal never asks', async () => {
    const r = await drive(['week', '--start', '2026-11-30', '--json'], () => {});
    expect(r.code).toBe(0);
    expect(r.screen).toBe('');
    expect(JSON.parse(r.stdout).command).toBe('week');
  });

  it('scenario with no name: arrow down and Enter picks the second', async () => {
    let sent = false;
    const r = await drive(['scenario'], (t) => {
      if (!sent && t.out.screen.includes('Which situation?')) {
        sent = true;
        t.stdin.write('\x1b[B');
        setTimeout(() => t.stdin.write('\r'), 50);
      }
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Post-travel, tired skin');
  });

  it('profile init on a terminal asks each question and saves the answers', async () => {
    const saved = join(dir, 'config', 'glowplan', 'profile.json');
    const r = await drive(['profile', 'init'], (t) => t.stdin.write('\r'));
    expect(r.code).toBe(0);
    expect(r.screen).toContain('What would you like to work on?');
    expect(r.screen).toContain('Leave retinoids out');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Saved your profile to ${saved}`);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ skin: 'normal', masksPerWeek: 3 });
  });

  it('profile init with every answer by flag does not ask', async () => {
    const r = await drive(
      [
        'profile',
        'init',
        '--skin',
        'dry',
        '--concern',
        'redness',
        '--serum',
        'ceramides',
        '--mask',
        'cream',
        '--masks-per-week',
        '2',
      ],
      () => {},
    );
    expect(r.code).toBe(0);
    expect(r.screen).toBe('');
  });
});
