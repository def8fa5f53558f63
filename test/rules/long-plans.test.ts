// Twenty weeks from a new retinol and a new AHA: the ramps end, and every calendar week still keeps its recovery
// nights and its mask nights, however far the plan reaches.
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../src/domain/dates.js';
import type { MaskType } from '../../src/domain/vocabulary.js';
import type { DayPlan } from '../../src/rules/types.js';
import { has, plan, withDates } from './helpers.js';

const weeks = (days: DayPlan[]) => {
  const out = new Map<string, DayPlan[]>();
  for (const d of days) out.set(mondayOf(d.date), [...(out.get(mondayOf(d.date)) ?? []), d]);
  return [...out.values()].filter((w) => w.length === 7);
};
const rests = (week: DayPlan[]) =>
  week.filter((d) => !has(d.pm, 'retinol') && !has(d.pm, 'aha') && d.mask?.type !== 'clay').length;

describe('a new retinol and a new AHA, started together', () => {
  const cases: [MaskType[], string][] = [];
  for (const masks of [[], ['sheet'], ['clay', 'sheet']] as MaskType[][])
    for (let x = 0; x < 5; x++) cases.push([masks, addDays('2026-12-07', x)]);
  it.each(cases)(
    'masks %j, started %s: at least 2 recovery nights and the mask nights in every week',
    (masks, start) => {
      const p = withDates(
        { serums: ['retinol', 'aha'], masks, masksPerWeek: 2 },
        { retinol: { started: start, patchTested: true }, aha: { started: start, patchTested: true } },
      );
      for (const week of weeks(plan(p, start, 140).days)) {
        expect(rests(week), week[0]!.date).toBeGreaterThanOrEqual(2);
        expect(week.filter((d) => d.mask).length, week[0]!.date).toBe(masks.length ? 2 : 0);
      }
    },
  );
});

it('a new retinol beside an AHA in use: once its ramp is over (2026-12-21), each week is the steady one', () => {
  const shelf = { serums: ['retinol', 'aha'] as ('retinol' | 'aha')[], masks: [], masksPerWeek: 0 };
  const fresh = withDates(shelf, { retinol: { started: '2026-12-07', patchTested: true } });
  const days = plan(fresh, '2026-12-07', 56).days;
  expect(days.filter((d) => d.date < '2026-12-21').some((d) => d.night.includes('ramp week 2'))).toBe(true);
  const steady = plan(withDates(shelf, {}), '2026-12-21', 42).days;
  expect(days.filter((d) => d.date >= '2026-12-21').map((d) => `${d.date} ${d.night}`)).toEqual(
    steady.map((d) => `${d.date} ${d.night}`),
  );
});
