// Bad command lines: exit 2, one clean sentence on stderr naming what was wrong, nothing on stdout.
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';

const expectUsage = (r: { code: number; stdout: string; stderr: string }) => {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
};

describe('glowplan help <command>', () => {
  it.each([
    [
      'nope',
      /^glowplan: unknown command 'nope': use one of compare, scenario, plan, week, profile, log, history, rules, schema, completion$/,
    ],
    ['weak', /^glowplan: unknown command 'weak' \(did you mean week\?\): use one of compare, /],
    ['plna', /\(did you mean plan\?\)/],
  ])('help %s: exit 2 with what is known', async (word, message) => {
    const r = await runInProcess(['help', word]);
    expectUsage(r);
    expect(r.stderr.trim()).toMatch(message);
  });

  it.each(['week', 'plan', 'profile', 'schema'])('help %s still prints that command’s help on stdout', async (word) => {
    const r = await runInProcess(['help', word]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: glowplan ${word} `));
    expect(r.stderr).toBe('');
  });
});

describe('contradicting flags: exit 2 naming both', () => {
  it.each([
    [['plan', '--mask', 'sheet', '--no-mask'], '--mask sheet and --no-mask contradict each other: pick one'],
    [['plan', '--no-mask', '--mask', 'clay'], '--no-mask and --mask clay contradict each other: pick one'],
    [['week', '--json', '--format', 'markdown'], '--json and --format markdown disagree: pick one'],
    [['compare', '--json', '--format', 'table'], '--json and --format table disagree: pick one'],
    [['scenario', 'travel', '--list'], '--list and a scenario name ("travel") disagree: use one'],
    [
      ['week', '--format', 'ics', '--explain'],
      '--explain is not shown in a calendar: leave it out, or use --format table, json or markdown',
    ],
  ])('%j', async (argv, message) => {
    const r = await runInProcess(argv);
    expectUsage(r);
    expect(r.stderr.trim()).toBe(`glowplan: ${message}`);
  });

  it('each flag alone is fine', async () => {
    for (const argv of [
      ['plan', '--mask', 'sheet', '--date', '2026-11-30', '--json'],
      ['plan', '--no-mask', '--date', '2026-11-30', '--json'],
      ['week', '--no-input', '--json'],
      ['week', '--json', '--format', 'json'],
    ]) {
      const r = await runInProcess(argv);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
    }
  });
});

describe('error wording: one clean sentence', () => {
  it.each([
    [['week', 'foo'], 'glowplan: week takes no arguments but was given 1; see glowplan week --help'],
    [['compare', 'a', 'b'], 'glowplan: compare takes no arguments but was given 2; see glowplan compare --help'],
    [['schema', 'week', 'plan'], 'glowplan: schema takes one argument but was given 2; see glowplan schema --help'],
    [
      ['profile', 'init', 'x', '--no-input'],
      'glowplan: profile init takes no arguments but was given 1; see glowplan profile init --help',
    ],
  ])('too many arguments: %j', async (argv, message) => {
    const r = await runInProcess(argv);
    expectUsage(r);
    expect(r.stderr.trim()).toBe(message);
    expect(r.stderr).not.toMatch(/\.;|Expected/);
  });

  it('an ambiguous scenario lists the candidates once, with what to do', async () => {
    const r = await runInProcess(['scenario', 'e']);
    expectUsage(r);
    expect(r.stderr.trim()).toBe(
      'glowplan: scenario "e" matches 6 scenarios (daily-maintenance, post-travel, breakouts, dry-weather, big-event, fine-lines): type more of the name, or use an id',
    );
    expect(r.stderr).not.toMatch(/ and .* and /);
  });
});
