// Events the plan cannot prepare for are named, never dropped silently; two events on one date keep both labels.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventsOutside, mergeEvents } from '../src/results/plan.js';
import { runInProcess } from './helpers.js';

const WEEK = ['week', '--start', '2026-11-30', '--no-input'];

describe('eventsOutside', () => {
  const at = (date: string, label: string | null = 'Party') =>
    eventsOutside([{ date, label }], '2026-11-30', '2026-12-06');
  it.each([
    [
      '2026-12-12',
      ['2026-12-12 Party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-12-07 (or --weeks 2)'],
    ],
    [
      '2026-12-08',
      ['2026-12-08 Party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-12-07 (or --weeks 2)'],
    ],
    [
      '2026-12-21',
      ['2026-12-21 Party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-12-14 (or --weeks 3)'],
    ],
    ['2026-11-20', ['2026-11-20 Party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-11-16']],
    [
      '2026-11-30',
      [
        '2026-11-30 Party is on the first day of this plan, so the evening before it (2026-11-29) is not planned: use --start 2026-11-23',
      ],
    ],
  ])('an event on %s', (date, notes) => {
    expect(at(date)).toEqual(notes);
  });
  it.each(['2026-12-01', '2026-12-04', '2026-12-06', '2026-12-07'])(
    'an event on %s has its evening before in the plan: no note',
    (date) => {
      expect(at(date)).toEqual([]);
    },
  );
  it('an event without a label is named by its date', () => {
    expect(at('2026-12-12', null)[0]).toMatch(/^2026-12-12 is outside this plan/);
  });
});

describe('mergeEvents', () => {
  it('keeps both labels of one date, in the order given, once each', () => {
    expect(
      mergeEvents([
        { date: '2026-12-05', label: 'Party' },
        { date: '2026-12-01', label: null },
        { date: '2026-12-05', label: 'Dinner' },
        { date: '2026-12-05', label: 'Party' },
        { date: '2026-12-05', label: null },
      ]),
    ).toEqual([
      { date: '2026-12-05', label: 'Party; Dinner' },
      { date: '2026-12-01', label: null },
    ]);
  });
});

describe('week with events outside the range', () => {
  it('the README example: a note on stderr naming the event and the --start to use; the table unchanged', async () => {
    const plain = await runInProcess(WEEK);
    const r = await runInProcess([...WEEK, '--event', '2026-12-12:Office party']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'glowplan: note: 2026-12-12 Office party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-12-07 (or --weeks 2)\n',
    );
    expect(r.stdout).toBe(plain.stdout);
  });

  it('JSON carries the note in "notes"; an event inside the plan adds none', async () => {
    const r = await runInProcess([
      ...WEEK,
      '--json',
      '--event',
      '2026-12-12:Office party',
      '--event',
      '2026-12-05:Gala',
    ]);
    const doc = JSON.parse(r.stdout) as { notes?: string[] };
    expect(doc.notes).toEqual([
      '2026-12-12 Office party is outside this plan (2026-11-30 to 2026-12-06): use --start 2026-12-07 (or --weeks 2)',
    ]);
    const inside = JSON.parse((await runInProcess([...WEEK, '--json', '--event', '2026-12-05:Gala'])).stdout) as object;
    expect(inside).not.toHaveProperty('notes');
  });

  it('the suggested --weeks does include it', async () => {
    const r = await runInProcess([...WEEK, '--weeks', '2', '--json', '--event', '2026-12-12:Office party']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { days: { date: string; mask: { event?: { label: string } } | null }[] };
    expect(doc.days.find((d) => d.date === '2026-12-11')!.mask?.event?.label).toBe('Office party');
  });
});

describe('two events on one date', () => {
  const argv = [...WEEK, '--event', '2026-12-05:Party', '--event', '2026-12-05:Dinner'];
  it('JSON: the mask of the evening before carries both labels', async () => {
    const doc = JSON.parse((await runInProcess([...argv, '--json'])).stdout) as {
      days: { date: string; mask: { event?: { date: string; label: string } } | null }[];
    };
    expect(doc.days.find((d) => d.date === '2026-12-04')!.mask?.event).toEqual({
      date: '2026-12-05',
      label: 'Party; Dinner',
    });
  });
  it('table, Markdown and iCalendar show both', async () => {
    expect((await runInProcess(argv)).stdout).toContain('(before Party; Dinner)');
    expect((await runInProcess([...argv, '--format', 'markdown'])).stdout).toContain('(before Party; Dinner)');
    const ics = (await runInProcess([...argv, '--format', 'ics'])).stdout;
    const summaries = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries.find((s) => s.endsWith('(before Party; Dinner)'))).toMatch(
      /^(Recovery night, sheet mask|Sheet mask night) \(before/,
    );
  });
});

describe('plan with an event it does not prepare for', () => {
  it.each([
    [
      '2026-12-12',
      '2026-12-12 Party is not tomorrow: its mask goes on the evening of 2026-12-11 (use --date 2026-12-11)',
    ],
    [
      '2026-12-01',
      '2026-12-01 Party is not tomorrow: its mask goes on the evening of 2026-11-30 (use --date 2026-11-30)',
    ],
  ])('an event on %s: a note on stderr and in JSON', async (date, note) => {
    const argv = ['plan', '--date', '2026-12-01', '--no-input', '--event', `${date}:Party`];
    const table = await runInProcess(argv);
    expect(table.stderr).toBe(`glowplan: note: ${note}\n`);
    const doc = JSON.parse((await runInProcess([...argv, '--json'])).stdout) as { notes?: string[] };
    expect(doc.notes).toEqual([note]);
  });
  it('the evening before the event: no note, the mask is for it', async () => {
    const r = await runInProcess(['plan', '--date', '2026-12-04', '--json', '--event', '2026-12-05:Party']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { notes?: string[]; mask: { event?: { label: string } } | null };
    expect(doc).not.toHaveProperty('notes');
    expect(doc.mask?.event?.label).toBe('Party');
  });
});
