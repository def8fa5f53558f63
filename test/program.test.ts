// The program a run builds: a run that names a command builds that command alone; one that names none (the
// top-level help, the version) builds stand-ins with what the top-level help shows of each. These tests keep the
// stand-ins true to the real commands.
import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { App } from '../src/cli/app.js';
import { COMMAND_TABLE, createProgram, namedCommand } from '../src/cli/program.js';
import type { Io } from '../src/cli/io.js';
import { runInProcess } from './helpers.js';

function app(): { app: App; out: () => string } {
  let out = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    stdin: undefined as unknown as Io['stdin'],
    env: {},
    now: () => new Date(2026, 10, 24, 12),
    cwd: '/',
  } satisfies Io;
  return { app: new App(io), out: () => out };
}

const helpOf = (argv?: string[]) => {
  const a = app();
  createProgram(a.app, argv).outputHelp();
  return a.out();
};

describe('the command table', () => {
  it.each(COMMAND_TABLE.map((entry) => [entry.name, entry] as const))(
    '%s: name, summary, arguments and options as the built command has them',
    (_name, entry) => {
      const real: Command = entry.make(app().app);
      expect({
        name: real.name(),
        summary: real.description(),
        args: real.registeredArguments
          .map((arg) => {
            const name = `${arg.name()}${arg.variadic ? '...' : ''}`;
            return arg.required ? `<${name}>` : `[${name}]`;
          })
          .join(' '),
        options: real.options.length > 0,
      }).toEqual({ name: entry.name, summary: entry.summary, args: entry.args, options: entry.options });
    },
  );

  it('the top-level help from stand-ins is the help of the real commands', () => {
    const full = helpOf();
    expect(full).toContain('week [options]');
    expect(full).toContain('completion <shell>');
    for (const argv of [[], ['--help'], ['-V'], ['help']]) expect(helpOf(argv)).toBe(full);
  });
});

describe('namedCommand', () => {
  it.each([
    [[], null],
    [['--help'], null],
    [['-V'], null],
    [['week', '--json'], 'week'],
    [['--no-color', 'plan'], 'plan'],
    [['help', 'scenario'], 'scenario'],
    [['help'], null],
    [['profile', 'init'], 'profile'],
    [['complete', '--', 'we'], undefined],
    [['wek'], undefined],
  ] as const)('%j names %j', (argv, expected) => {
    expect(namedCommand(argv)).toBe(expected);
  });

  it('a run builds only the command it names; a run that names none, stand-ins for all', () => {
    const a = app().app;
    const named = createProgram(a, ['week', '--json']).commands.filter((c) => c.name() !== 'complete');
    expect(named.map((c) => c.name())).toEqual(['week']);
    expect(named[0]!.options.length).toBeGreaterThan(5);
    const none = createProgram(a, ['--help']).commands.filter((c) => c.name() !== 'complete');
    expect(none.map((c) => c.name())).toEqual(COMMAND_TABLE.map((c) => c.name));
    expect(none.find((c) => c.name() === 'plan')!.options.length).toBe(1); // the stand-in
  });
});

describe('runs through main() build what they need', () => {
  it('a command, its help and a mistake in it behave as with every command built', async () => {
    expect((await runInProcess(['week', '--json'])).code).toBe(0);
    const help = await runInProcess(['help', 'week']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('--start <YYYY-MM-DD>')]);
    const bad = await runInProcess(['plan', '--maks', 'sheet']);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([
      2,
      '',
      "glowplan: unknown option '--maks' (did you mean --mask?); see glowplan plan --help\n",
    ]);
  });

  it('an unknown command still suggests the closest one', async () => {
    const r = await runInProcess(['wek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^glowplan: unknown command 'wek' \(did you mean week\?\)/);
  });
});
