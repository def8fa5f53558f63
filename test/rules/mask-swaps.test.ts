// When an evening's scheduled mask gives way: the person's choice for tonight, a rest after irritation, a dry day.
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import type { LoggedDay, PlanOptions } from '../../src/rules/types.js';
import { data, has, plan, withDates } from './helpers.js';

const maskOn = (days: { date: string; mask: { type: string } | null }[], date: string) =>
  days.find((d) => d.date === date)!.mask?.type ?? null;

describe('a mask chosen for tonight', () => {
  // 2026-12-09 is a clay night of this shelf's schedule.
  const shelf = withDates({ serums: ['hyaluronic-acid'], masks: ['clay', 'gel'], masksPerWeek: 2 }, {});
  const tonight = (mask: { type: 'gel' | 'clay'; name: string | null } | null) =>
    planRange(shelf, '2026-12-09', 1, { events: [], maskOverride: { date: '2026-12-09', mask } }, data).days[0]!;

  it('follows the schedule when nothing is chosen', () => {
    expect(planRange(shelf, '2026-12-09', 1, { events: [] }, data).days[0]!.mask?.type).toBe('clay');
  });
  it('puts the chosen mask on instead, by its own name or its type’s', () => {
    expect(tonight({ type: 'gel', name: null }).mask).toEqual({ type: 'gel', name: 'Gel mask' });
    expect(tonight({ type: 'gel', name: 'Aloe jelly' }).mask).toEqual({ type: 'gel', name: 'Aloe jelly' });
  });
  it('only on the date it is chosen for: the other evenings keep the schedule', () => {
    const week = (override?: PlanOptions['maskOverride']) =>
      planRange(shelf, '2026-12-07', 7, { events: [], maskOverride: override }, data).days;
    const chosen = week({ date: '2026-12-09', mask: null });
    const scheduled = week();
    expect(chosen.find((d) => d.date === '2026-12-09')!.mask).toBeNull();
    expect(chosen.filter((d) => d.date !== '2026-12-09')).toEqual(scheduled.filter((d) => d.date !== '2026-12-09'));
    expect(scheduled.filter((d) => d.mask).length).toBeGreaterThan(1);
  });
  it('no mask tonight: none', () => {
    expect(tonight(null).mask).toBeNull();
  });
});

describe('a mask chosen for an acid night', () => {
  // 2026-12-08 is an exfoliation night (AHA) of this shelf.
  const shelf = withDates(
    { serums: ['aha', 'retinol', 'hyaluronic-acid'], masks: ['sheet', 'clay'], masksPerWeek: 2 },
    {},
  );
  const tonight = (type: 'sheet' | 'clay') =>
    planRange(
      shelf,
      '2026-12-08',
      1,
      { events: [], maskOverride: { date: '2026-12-08', mask: { type, name: null } } },
      data,
    );
  it('clay on a retinol night (2026-12-07): the retinol rests', () => {
    const plan = planRange(
      shelf,
      '2026-12-07',
      1,
      { events: [], maskOverride: { date: '2026-12-07', mask: { type: 'clay', name: null } } },
      data,
    );
    expect(has(plan.days[0]!.pm, 'retinol')).toBe(false);
    expect(has(planRange(shelf, '2026-12-07', 1, { events: [] }, data).days[0]!.pm, 'retinol')).toBe(true);
  });
  it('a sheet mask: the acid stays', () => {
    expect(has(tonight('sheet').days[0]!.pm, 'aha')).toBe(true);
  });
  it('clay: the acid rests that night, and the plan says so', () => {
    const plan = tonight('clay');
    expect(has(plan.days[0]!.pm, 'aha')).toBe(false);
    expect(plan.days[0]!.night).toBe('clay mask night');
    expect(plan.warnings.find((w) => w.rule === 'acid-not-on-clay-night')?.message).toMatch(/^AHA .* one night/);
  });
});

describe('a rest night after irritation on a clay night', () => {
  it('takes no mask when no gentle mask can be used that evening (the gel is not started yet)', () => {
    const shelf = withDates(
      { serums: ['hyaluronic-acid'], masks: ['clay', 'gel'], masksPerWeek: 2 },
      { gel: { started: '2027-03-01', patchTested: true } },
    );
    expect(maskOn(plan(shelf, '2026-12-07', 7).days, '2026-12-09')).toBe('clay');
    const rested = plan(shelf, '2026-12-07', 7, { journal: [{ date: '2026-12-08', skin: ['red'] }] }).days;
    expect(maskOn(rested, '2026-12-09')).toBeNull();
  });
});

describe('dry skin logged before a clay night', () => {
  // One mask a week; the eve of an event on 2026-12-15 takes that week's, so 2026-12-27 (clay) follows 13 days
  // without a mask.
  const shelf = withDates({ serums: ['hyaluronic-acid'], masks: ['clay', 'gel'], masksPerWeek: 1 }, {});
  const events = [{ date: '2026-12-15', label: null }];
  const clayNight = (journal: LoggedDay[]) =>
    maskOn(plan(shelf, '2026-12-14', 14, { events, journal }).days, '2026-12-27');
  it('the schedule', () => {
    const days = plan(shelf, '2026-12-14', 14, { events }).days;
    expect(days.filter((d) => d.mask).map((d) => `${d.date} ${d.mask!.type}`)).toEqual([
      '2026-12-14 gel',
      '2026-12-27 clay',
    ]);
  });
  it.each([
    ['2026-12-19', 'clay', '8 days before: too long ago'],
    ['2026-12-20', 'gel', '7 days before: a hydrating mask instead'],
    ['2026-12-26', 'gel', 'the day before'],
    ['2026-12-27', 'clay', 'the same day: only days before count'],
    ['2026-12-28', 'clay', 'the day after'],
  ])('dry on %s: %s (%s)', (date, type) => {
    expect(clayNight([{ date, skin: ['dry'] }])).toBe(type);
  });
  it('other days logged around the dry one change nothing', () => {
    const journal: LoggedDay[] = [
      { date: '2026-12-20', skin: ['dry'] },
      { date: '2026-12-22', skin: ['good'] },
    ];
    expect(clayNight(journal)).toBe('gel');
  });
  it('another state logged that week changes nothing', () => {
    expect(clayNight([{ date: '2026-12-26', skin: ['oily'] }])).toBe('clay');
  });
});
