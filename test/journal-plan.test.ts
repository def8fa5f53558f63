// plan and week hand the planner the journal's merged days (PlanOptions.journal); --no-journal hands none; a
// batch line hands its own records and never the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoggedDay, PlanOptions } from '../src/rules/types.js';
import { runInProcess } from './helpers.js';

const seen: (readonly LoggedDay[] | undefined)[] = [];
vi.mock('../src/rules/planner.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/rules/planner.js')>();
  return {
    ...real,
    planRange: (...args: Parameters<typeof real.planRange>) => {
      seen.push((args[3] as PlanOptions).journal);
      return real.planRange(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'glowplan-journal-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  seen.length = 0;
});

const at = '2026-11-20T21:00:00Z';
const lines = [
  { schemaVersion: 1, date: '2026-11-21', loggedAt: at, am: 'done', pm: 'done', skin: ['good'] },
  { schemaVersion: 1, date: '2026-11-22', loggedAt: at, am: 'done', pm: 'skipped', skin: ['red'], note: 'x' },
  { schemaVersion: 1, date: '2026-11-21', loggedAt: at, skin: ['dry'] },
  { schemaVersion: 1, date: '2026-11-20', loggedAt: at, am: 'done' },
  { schemaVersion: 1, date: '2026-11-20', loggedAt: at, clear: true },
  { schemaVersion: 1, date: '2026-11-30', loggedAt: at, pm: 'done' },
];
const merged: LoggedDay[] = [
  { date: '2026-11-21', am: 'done', pm: 'done', skin: ['dry'] },
  { date: '2026-11-22', am: 'done', pm: 'skipped', skin: ['red'] },
  { date: '2026-11-30', pm: 'done', skin: [] },
];

describe('the planner is given the journal', () => {
  const path = join(dir, 'journal.jsonl');
  writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));

  it.each([['plan'], ['week']])(
    '%s --journal: the merged days, all of them (the planner looks back itself)',
    async (cmd) => {
      const r = await runInProcess([cmd, '--json', '--journal', path]);
      expect(r.code).toBe(0);
      expect(seen).toEqual([merged]);
    },
  );

  it.each([['plan'], ['week']])('%s: the default journal under XDG_DATA_HOME', async (cmd) => {
    const home = join(dir, `data-${cmd}`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(home, 'glowplan'), { recursive: true });
    writeFileSync(join(home, 'glowplan', 'journal.jsonl'), `${JSON.stringify(lines[1])}\n`);
    await runInProcess([cmd, '--json'], { env: { XDG_DATA_HOME: home } });
    expect(seen).toEqual([[{ date: '2026-11-22', am: 'done', pm: 'skipped', skin: ['red'] }]]);
  });

  it.each([['plan'], ['week']])('%s --no-journal: none (the last of --journal and --no-journal wins)', async (cmd) => {
    await runInProcess([cmd, '--json', '--journal', path, '--no-journal']);
    await runInProcess([cmd, '--json', '--no-journal', '--journal', path]);
    expect(seen).toEqual([[], merged]);
  });

  it('a batch line: its own records, merged; a line without: none', async () => {
    const input = `${JSON.stringify({ id: 1, journal: lines.map(({ loggedAt: _, ...r }) => r) })}\n{"id":2}\n`;
    const batch = join(dir, 'batch.jsonl');
    writeFileSync(batch, input);
    const r = await runInProcess(['plan', '--batch', batch], { env: { XDG_DATA_HOME: join(dir, 'not-read') } });
    expect(r.code).toBe(0);
    expect(seen).toEqual([merged, []]);
  });
});

describe('with a journal, plan --date D still equals week on D', () => {
  it('for random journals, profiles and days', async () => {
    const fc = (await import('fast-check')).default;
    const { planResult, weekResult } = await import('../src/results/plan.js');
    const { addDays } = await import('../src/domain/dates.js');
    const { SKIN_STATES } = await import('../src/domain/vocabulary.js');
    const { data, profileOf } = await import('./helpers.js');
    const routine = fc.constantFrom<'done' | 'skipped' | undefined>('done', 'skipped', undefined);
    const arbJournal = fc.uniqueArray(
      fc.record({
        offset: fc.integer({ min: -20, max: 13 }),
        am: routine,
        pm: routine,
        skin: fc.subarray([...SKIN_STATES]),
      }),
      { selector: (x) => x.offset, maxLength: 25 },
    );
    const profiles = [
      profileOf({ serums: ['retinol', 'aha'], masks: ['clay', 'sheet'], masksPerWeek: 3 }),
      profileOf({ skin: 'dry', serums: ['retinol', 'vitamin-c'], masks: ['sleeping', 'cream'], masksPerWeek: 2 }),
    ];
    fc.assert(
      fc.property(arbJournal, fc.integer({ min: 0, max: 13 }), fc.constantFrom(0, 1), (entries, day, which) => {
        const start = '2026-11-30';
        const journal: LoggedDay[] = entries
          .map((e) => ({
            date: addDays(start, e.offset),
            ...(e.am ? { am: e.am } : {}),
            ...(e.pm ? { pm: e.pm } : {}),
            skin: e.skin,
          }))
          .sort((a, b) => a.date.localeCompare(b.date));
        const profile = profiles[which]!;
        const date = addDays(start, day);
        const week = weekResult(profile, start, 2, { events: [], journal }, false, data).payload.days[day]!;
        const plan = planResult(profile, date, undefined, { events: [], journal }, false, data).payload;
        expect({ night: plan.night, mask: plan.mask, am: plan.am, pm: plan.pm }).toEqual({
          night: week.night,
          mask: week.mask,
          am: week.am,
          pm: week.pm,
        });
      }),
      { numRuns: 60 },
    );
  });
});
