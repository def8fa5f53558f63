// The week scheduler: counts, spacing (also across weeks), rotation, events, calendar anchoring, DST, leap day.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayName } from '../../src/domain/dates.js';
import { planRange } from '../../src/rules/planner.js';
import { chooseSpread, defaultPattern, minGap } from '../../src/rules/spacing.js';
import { eventMask } from '../../src/rules/schedule.js';
import type { PlanEvent } from '../../src/rules/types.js';
import { data, profileOf } from '../helpers.js';

const plan = (fields: Parameters<typeof profileOf>[0], start: string, days: number, events: PlanEvent[] = []) =>
  planRange(profileOf(fields), start, days, { events }, data);
const weeksOf = <T>(days: T[]) =>
  Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));
const touching = (days: { date: string; mask: unknown }[]) =>
  days.filter((d, i) => i > 0 && d.mask && days[i - 1]!.mask).map((d) => d.date);

describe('default spread', () => {
  const cases: [number, number[]][] = [
    [0, []],
    [1, [6]],
    [2, [2, 6]],
    [3, [1, 3, 6]],
    [4, [0, 2, 4, 6]],
    [7, [0, 1, 2, 3, 4, 5, 6]],
  ];
  it.each(cases)('%i a week → weekdays %j', (n, days) => {
    expect(defaultPattern(n)).toEqual(days);
  });
  it('up to 3 a week never touch, even wrapping into the next week', () => {
    for (const n of [1, 2, 3]) expect(minGap(defaultPattern(n))).toBeGreaterThanOrEqual(2);
  });
  it('keeps fixed days and spaces the rest', () => {
    expect(chooseSpread({ count: 3, fixed: [4], preferred: [1, 3, 6] })).toEqual([1, 4, 6]);
  });
});

describe('counts and spacing over many weeks', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('%i masks a week: exact count in every calendar week', (n) => {
    const p = plan({ masksPerWeek: n }, '2026-11-30', 7 * 6);
    for (const w of weeksOf(p.days)) expect(w.filter((d) => d.mask).length).toBe(n);
  });
  it.each([1, 2, 3])('%i a week: never two mask nights in a row, across week boundaries too', (n) => {
    const p = plan({ masksPerWeek: n }, '2026-11-30', 7 * 10);
    expect(touching(p.days)).toEqual([]);
  });
  it('4 a week: only Sunday and the next Monday touch, and a tip says so', () => {
    const p = plan({ masksPerWeek: 4 }, '2026-11-30', 7 * 3);
    expect(touching(p.days).map(weekdayName)).toEqual(['Monday', 'Monday']);
    expect(p.warnings.find((w) => w.rule === 'mask-spacing')?.severity).toBe('tip');
  });
  it('5 a week: allowed, with the over-masking caution', () => {
    const p = plan({ masksPerWeek: 5 }, '2026-11-30', 7);
    expect(p.days.filter((d) => d.mask).length).toBe(5);
    expect(p.warnings.find((w) => w.rule === 'over-masking')?.severity).toBe('caution');
  });
  it('no masks on the shelf: no mask nights', () => {
    const p = plan({ masks: [], masksPerWeek: 3 }, '2026-11-30', 7);
    expect(p.days.every((d) => d.mask === null)).toBe(true);
  });
});

describe('rotation', () => {
  it('rotates through the masks given', () => {
    const p = plan({ masks: ['sheet', 'gel', 'cream'], masksPerWeek: 3 }, '2026-11-30', 14);
    const types = p.days.filter((d) => d.mask).map((d) => d.mask!.type);
    expect(new Set(types)).toEqual(new Set(['sheet', 'gel', 'cream']));
    for (let i = 1; i < types.length; i++) expect(types[i]).not.toBe(types[i - 1]);
  });
  it('named products appear by name', () => {
    const p = plan({ masks: [{ name: 'Midnight Sleeping Mask', type: 'sleeping' }], masksPerWeek: 2 }, '2026-11-30', 7);
    const night = p.days.find((d) => d.mask)!;
    expect(night.mask).toMatchObject({ type: 'sleeping', name: 'Midnight Sleeping Mask' });
    expect(night.pm.at(-1)).toMatchObject({ kind: 'mask', name: 'Midnight Sleeping Mask', overnight: true });
  });
});

describe('anchored to the calendar: any start agrees', () => {
  it('a range starting on Thursday shows the same nights as the Monday-based weeks', () => {
    const fields = {
      masks: ['sheet' as const, 'clay' as const, 'sleeping' as const],
      serums: ['retinol' as const, 'aha' as const],
    };
    const monday = plan(fields, '2026-11-30', 21);
    const thursday = plan(fields, '2026-12-03', 14);
    for (const d of thursday.days) {
      const same = monday.days.find((m) => m.date === d.date)!;
      expect(d).toEqual(same);
    }
  });
  it('one day (plan) equals that day in the week', () => {
    const fields = { masks: ['sheet' as const, 'clay' as const], serums: ['retinol' as const, 'vitamin-c' as const] };
    const w = plan(fields, '2026-11-30', 7);
    for (const d of w.days) expect(plan(fields, d.date, 1).days[0]).toEqual(d);
  });
});

describe('events', () => {
  it('puts a mask on the evening before, brightening first, keeping the count and the spacing', () => {
    const p = plan({ masks: ['clay', 'sleeping', 'sheet'], masksPerWeek: 3 }, '2026-11-30', 14, [
      { date: '2026-12-04', label: 'Wedding' },
    ]);
    const eve = p.days.find((d) => d.date === '2026-12-03')!;
    expect(eve.mask).toMatchObject({ type: 'sheet', event: { date: '2026-12-04', label: 'Wedding' } });
    for (const w of weeksOf(p.days)) expect(w.filter((d) => d.mask).length).toBe(3);
    expect(touching(p.days)).toEqual([]);
  });
  it('an event on a Monday puts the mask on the Sunday before, and the next week still spaces', () => {
    const p = plan({ masksPerWeek: 3 }, '2026-11-30', 21, [{ date: '2026-12-14', label: null }]);
    expect(p.days.find((d) => d.date === '2026-12-13')!.mask?.event?.date).toBe('2026-12-14');
    expect(touching(p.days)).toEqual([]);
  });
  it('with 0 masks a week, only the event eve gets a mask', () => {
    const p = plan({ masksPerWeek: 0 }, '2026-11-30', 7, [{ date: '2026-12-05', label: 'Party' }]);
    expect(p.days.filter((d) => d.mask).map((d) => d.date)).toEqual(['2026-12-04']);
  });
  it('prefers a brightening mask, then a hydrating one', () => {
    const types = data.maskTypes;
    expect(
      eventMask(
        [
          { name: null, type: 'clay' },
          { name: null, type: 'sheet' },
        ],
        types,
      )?.type,
    ).toBe('sheet');
    expect(
      eventMask(
        [
          { name: null, type: 'clay' },
          { name: null, type: 'sleeping' },
        ],
        types,
      )?.type,
    ).toBe('sleeping');
    expect(eventMask([{ name: null, type: 'clay' }], types)?.type).toBe('clay');
  });
  it('an event with no mask on the shelf is said, not silently dropped', () => {
    const p = plan({ masks: [] }, '2026-11-30', 7, [{ date: '2026-12-05', label: 'Gala' }]);
    expect(p.warnings.some((w) => w.rule === 'event-eve-mask' && w.message.includes('Gala'))).toBe(true);
  });
});

describe('calendar edge cases', () => {
  it('a week across the spring DST change lists each date once', () => {
    const p = plan({}, '2026-03-23', 14); // UK clocks change on 29 March 2026
    const dates = p.days.map((d) => d.date);
    expect(new Set(dates).size).toBe(14);
    dates.forEach((d, i) => i && expect(daysBetween(dates[i - 1]!, d)).toBe(1));
    expect(dates).toContain('2026-03-29');
  });
  it('a week across the autumn DST change lists each date once', () => {
    const p = plan({}, '2026-10-19', 14); // 25 October 2026
    expect(p.days.map((d) => d.date)).toEqual(Array.from({ length: 14 }, (_, i) => addDays('2026-10-19', i)));
  });
  it('29 February appears exactly once in a leap year', () => {
    const p = plan({}, '2028-02-21', 14);
    expect(p.days.filter((d) => d.date === '2028-02-29').length).toBe(1);
    expect(p.days.map((d) => d.date)).toContain('2028-03-01');
  });
});

describe('clay allowance with events', () => {
  it('sensitive skin with only a clay mask: no clay on an event eve, and the plan says why', () => {
    const p = plan({ skin: 'sensitive', serums: [], masks: ['clay'], masksPerWeek: 0 }, '2026-05-04', 7, [
      { date: '2026-05-06', label: 'A' },
      { date: '2026-05-07', label: 'B' },
    ]);
    expect(p.days.filter((d) => d.mask?.type === 'clay')).toEqual([]);
    const why = p.warnings.filter((w) => w.rule === 'event-eve-mask').map((w) => w.message);
    expect(why).toEqual([
      'No mask on the evening before A (2026-05-05): your only mask is clay, which sensitive skin should not wear the evening before an event; a sheet or gel mask would suit.',
      'No mask on the evening before B (2026-05-06): your only mask is clay, which sensitive skin should not wear the evening before an event; a sheet or gel mask would suit.',
    ]);
  });
  it.each([
    ['oily', ['2026-05-05', '2026-05-06']],
    ['normal', ['2026-05-05', '2026-05-06']],
    ['dry', []],
  ] as const)('%s skin, clay only, two eves: clay on %j (cap first, 2 a week; never on dry skin)', (skin, dates) => {
    const p = plan({ skin, serums: [], masks: ['clay'], masksPerWeek: 0 }, '2026-05-04', 7, [
      { date: '2026-05-06', label: 'A' },
      { date: '2026-05-07', label: 'B' },
    ]);
    expect(p.days.filter((d) => d.mask?.type === 'clay').map((d) => d.date)).toEqual(dates);
  });
  it('clay only, 5 a week asked: the clay cap comes first, then the spread (never two clay nights in a row)', () => {
    for (const n of [5, 6, 7]) {
      const p = plan({ masks: ['clay'], masksPerWeek: n }, '2026-11-30', 14);
      const clay = p.days.filter((d) => d.mask?.type === 'clay').map((d) => d.date);
      expect(clay, `${n} a week`).toEqual(['2026-12-02', '2026-12-06', '2026-12-09', '2026-12-13']);
    }
  });
  it.each(['sensitive', 'dry'] as const)(
    '%s skin, clay only, an event on Thursday: the eve stays free and the week keeps its clay night on Sunday',
    (skin) => {
      const profile = { skin, masks: ['clay' as const], masksPerWeek: 3 };
      const events = [{ date: '2026-12-10', label: 'x' }];
      const week = plan(profile, '2026-12-07', 7, events);
      expect(week.days.filter((d) => d.mask).map((d) => `${d.date} ${d.mask!.type}`)).toEqual(['2026-12-13 clay']);
      expect(week.warnings.map((w) => w.message)).toContain(
        `No mask on the evening before x (2026-12-09): your only mask is clay, which ${skin} skin should not wear the evening before an event; a sheet or gel mask would suit.`,
      );
      // Each day planned alone (as plan --date does) has the night the week has.
      for (const day of week.days) expect(plan(profile, day.date, 1, events).days[0]!.mask, day.date).toEqual(day.mask);
    },
  );
  it('sensitive skin, clay and a sheet mask not started yet: the eve stays free, the week keeps its clay night', () => {
    // The sheet mask is a new one (its start moves to after the event): on the eve no mask on the shelf may go on.
    const profile = {
      skin: 'sensitive' as const,
      masks: ['clay' as const, { type: 'sheet' as const, started: '2026-12-06' }],
      masksPerWeek: 2,
    };
    const events = [{ date: '2026-12-10', label: 'x' }];
    const week = plan(profile, '2026-12-07', 7, events);
    expect(week.days.filter((d) => d.mask).map((d) => `${d.date} ${d.mask!.type}`)).toEqual(['2026-12-13 clay']);
    for (const day of week.days) expect(plan(profile, day.date, 1, events).days[0]!.mask, day.date).toEqual(day.mask);
  });
  it('clay only, 4 a week with an event: clay nights never touch', () => {
    const p = plan({ masks: ['clay'], masksPerWeek: 4 }, '2026-11-23', 7, [{ date: '2026-11-25', label: 'Party' }]);
    expect(p.days.filter((d) => d.mask).map((d) => d.date)).toEqual(['2026-11-24', '2026-11-27']);
  });
});

describe('the gap between chosen nights', () => {
  it.each([
    [[], 7],
    [[3], 7],
    [[0, 6], 1],
    [[1, 4], 3],
    [[0, 2, 4, 6], 1],
    [[1, 3, 5], 2],
  ])('%j: the smallest gap, round the week, is %i', (days, gap) => {
    expect(minGap(days)).toBe(gap);
  });
});
