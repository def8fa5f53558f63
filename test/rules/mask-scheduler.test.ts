// The week scheduler on its own (scheduleMasks): which evenings of a date range get a mask, and which one. The
// planner asks it for more days than it shows, so what the scheduler does at the edges of its range, with event eves
// and with masks that cannot be used that week is pinned here, where it shows.
import { describe, expect, it } from 'vitest';
import { addDays, weekdayIndex } from '../../src/domain/dates.js';
import type { MaskType } from '../../src/domain/vocabulary.js';
import { eventMask, scheduleMasks, type MaskScheduleInput } from '../../src/rules/schedule.js';
import type { MaskProduct } from '../../src/rules/types.js';
import { data } from './helpers.js';

const MONDAY = '2026-11-30';
const mask = (type: MaskType, name: string | null = null): MaskProduct => ({ name, type });
const input = (fields: Partial<MaskScheduleInput>): MaskScheduleInput => ({
  from: MONDAY,
  to: addDays(MONDAY, 6),
  masksPerWeek: 3,
  masks: [mask('sheet'), mask('cream')],
  events: [],
  clayPerWeek: 7,
  maskTypes: data.maskTypes,
  ...fields,
});
/** The scheduled nights as "date type" (with " for <label>" on an event eve), in date order. */
const nights = (fields: Partial<MaskScheduleInput>) =>
  [...scheduleMasks(input(fields))]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, pick]) => `${date} ${pick.name ?? pick.type}${'event' in pick ? ` for ${pick.event!.label}` : ''}`);
const dates = (fields: Partial<MaskScheduleInput>) => nights(fields).map((n) => n.slice(0, 10));

describe('the range asked for', () => {
  const week = dates({});
  it('a whole week: its mask nights, all inside it', () => {
    expect(week).toHaveLength(3);
    for (const d of week) expect(d >= MONDAY && d <= addDays(MONDAY, 6)).toBe(true);
  });
  it('a range that starts and ends on mask nights keeps both ends', () => {
    const [first, , last] = week;
    expect(dates({ from: first, to: last })).toEqual(week);
  });
  it('a range of the days between mask nights has none (nothing from outside leaks in)', () => {
    const [first, second] = week;
    if (addDays(first!, 1) < second!) expect(dates({ from: addDays(first!, 1), to: addDays(second!, -1) })).toEqual([]);
    expect(dates({ from: addDays(MONDAY, 7), to: addDays(MONDAY, 6 + 7 * 3) })).toHaveLength(9);
  });
  it('a part of a week gives the nights the whole week has in that part', () => {
    for (let from = 0; from < 7; from++)
      for (let to = from; to < 7; to++) {
        const part = week.filter((d) => d >= addDays(MONDAY, from) && d <= addDays(MONDAY, to));
        expect(dates({ from: addDays(MONDAY, from), to: addDays(MONDAY, to) }), `${from}-${to}`).toEqual(part);
      }
  });
  it('the last week of a longer range is planned like the others', () => {
    const four = dates({ to: addDays(MONDAY, 27) });
    expect(four.filter((d) => d >= addDays(MONDAY, 21))).toHaveLength(3);
  });
  it('no masks on the shelf: no nights', () => {
    expect(dates({ masks: [] })).toEqual([]);
  });
});

describe('event eves', () => {
  const gala = { date: '2026-12-03', label: 'gala' };
  it('the eve gets the brightening or hydrating mask, marked with its event; other nights rotate, unmarked', () => {
    const shelf = [mask('clay', 'Mud'), mask('sheet', 'Glow Sheet')];
    const list = nights({ masks: shelf, events: [gala], to: addDays(MONDAY, 13) });
    expect(list).toContain('2026-12-02 Glow Sheet for gala');
    expect(list.filter((n) => n.includes(' for '))).toHaveLength(1);
    expect(list.some((n) => n.endsWith(' Mud'))).toBe(true);
    const picks = scheduleMasks(input({ masks: shelf, events: [gala], to: addDays(MONDAY, 13) }));
    for (const [date, pick] of picks) if (date !== '2026-12-02') expect(Object.keys(pick)).toEqual(['type', 'name']);
  });
  it('an eve on a night the week would not have planned is added to the week', () => {
    const plain = dates({ masksPerWeek: 1 });
    const withEve = dates({ masksPerWeek: 1, events: [{ date: '2026-12-01', label: null }] });
    expect(plain).not.toContain(MONDAY);
    expect(withEve).toContain(MONDAY);
  });
  it('two events on the same day: the eve carries the first one given', () => {
    const list = nights({
      events: [
        { date: '2026-12-05', label: 'wedding' },
        { date: '2026-12-05', label: 'dinner' },
      ],
    });
    expect(list.filter((n) => n.includes(' for '))).toEqual(['2026-12-04 Sheet mask for wedding']);
  });
  it('the eve takes the clay allowance first: with one clay night a week, a clay-only shelf has it on the eve', () => {
    const list = nights({ masks: [mask('clay')], clayPerWeek: 1, events: [gala] });
    expect(list).toEqual(['2026-12-02 Clay mask for gala']);
  });
  it('a week whose clay allowance an eve has used still gives a later eve its gentle mask', () => {
    // Monday's eve has only clay (the sheet mask starts on Wednesday); Wednesday's eve gets the sheet mask.
    const events = [
      { date: addDays(MONDAY, 1), label: 'A' },
      { date: addDays(MONDAY, 3), label: 'B' },
    ];
    const usable = (m: MaskProduct, d: string) => m.type === 'clay' || d >= addDays(MONDAY, 2);
    const list = nights({ masks: [mask('clay'), mask('sheet')], clayPerWeek: 1, events, usable });
    expect(list).toContain(`${MONDAY} Clay mask for A`);
    expect(list).toContain(`${addDays(MONDAY, 2)} Sheet mask for B`);
  });
  it('an eve whose masks are all ruled out gets none, and the week keeps its mask nights on other evenings', () => {
    const ruledOut = { masks: [mask('clay')], events: [gala], eventAllowed: (t: MaskType) => t !== 'clay' };
    expect(nights({ ...ruledOut, masksPerWeek: 1, clayPerWeek: 1 })).toEqual(['2026-12-06 Clay mask']);
    expect(dates({ ...ruledOut, masksPerWeek: 2, clayPerWeek: 2 })).toEqual(['2026-12-03', '2026-12-06']);
    // An eve on the night the week would have had its mask (Sunday): the earliest evening that touches no other
    // week's mask night takes it (Monday would touch the Sunday before).
    const sundayEve = { ...ruledOut, events: [{ date: '2026-12-07', label: null }], masksPerWeek: 1, clayPerWeek: 1 };
    expect(dates(sundayEve)).toEqual(['2026-12-01']);
    // A week with two such eves leaves both free.
    const two = [gala, { date: '2026-12-07', label: null }];
    expect(dates({ ...ruledOut, events: two, masksPerWeek: 2, clayPerWeek: 2 })).toEqual(['2026-12-01', '2026-12-04']);
    // An eve a mask fits is still fixed: the same week with a sheet mask on the shelf has it on the eve.
    expect(nights({ ...ruledOut, masks: [mask('clay'), mask('sheet')], masksPerWeek: 1, clayPerWeek: 1 })).toEqual([
      '2026-12-02 Sheet mask for gala',
    ]);
  });
  it('a week with a ruled-out eve plans the same nights whatever day the range starts on', () => {
    const events = [gala, { date: '2026-12-14', label: null }];
    const ruledOut = { masks: [mask('clay')], events, eventAllowed: (t: MaskType) => t !== 'clay' };
    const long = dates({ ...ruledOut, masksPerWeek: 1, clayPerWeek: 1, to: addDays(MONDAY, 20) });
    expect(long).toEqual(['2026-12-06', '2026-12-08', '2026-12-20']);
    for (let from = 0; from < 21; from++) {
      const start = addDays(MONDAY, from);
      const part = dates({ ...ruledOut, masksPerWeek: 1, clayPerWeek: 1, from: start, to: addDays(MONDAY, 20) });
      expect(part, start).toEqual(long.filter((d) => d >= start));
    }
  });
});

describe('clay nights', () => {
  const shelves: MaskProduct[][] = [
    [mask('clay', 'A'), mask('clay', 'B'), mask('sheet')],
    [mask('clay', 'A'), mask('sheet'), mask('clay', 'B')],
    [mask('clay'), mask('clay', 'Green')],
  ];
  it.each(shelves.map((s) => [s.map((m) => m.name ?? m.type).join(', '), s]))(
    'never two evenings in a row, never over the allowance of 1 or 2 a week (what the clay rules set) (%s)',
    (_name, shelf) => {
      for (let perWeek = 1; perWeek <= 7; perWeek++)
        for (const allowance of [1, 2]) {
          const picks = [
            ...scheduleMasks(
              input({ masks: shelf, masksPerWeek: perWeek, clayPerWeek: allowance, to: addDays(MONDAY, 27) }),
            ),
          ];
          const clay = new Set(picks.filter(([, p]) => p.type === 'clay').map(([d]) => d));
          for (const d of clay) expect(clay.has(addDays(d, 1)), `${perWeek}/${allowance}: ${d}`).toBe(false);
          for (let w = 0; w < 4; w++) {
            const inWeek = [...clay].filter((d) => d >= addDays(MONDAY, 7 * w) && d <= addDays(MONDAY, 7 * w + 6));
            expect(inWeek.length).toBeLessThanOrEqual(allowance);
          }
        }
    },
  );
  it('an eve given a clay mask first keeps clay off the evenings either side of it, as the rotation picks them', () => {
    // The eve (Thursday) is picked before the week's other nights, so the Wednesday the rotation picks next sees a
    // clay night after it, not before.
    const party = [{ date: addDays(MONDAY, 4), label: 'party' }];
    for (const allowance of [2, 7]) {
      const week = nights({ masks: [mask('clay')], masksPerWeek: 7, clayPerWeek: allowance, events: party });
      expect(week, `allowance ${allowance}`).toContain(`${addDays(MONDAY, 3)} Clay mask for party`);
      for (const day of [2, 4]) expect(week.join(' ')).not.toContain(addDays(MONDAY, day));
    }
  });
  it('a clay night next to another is given to the next mask in the rotation instead', () => {
    const picks = scheduleMasks(
      input({ masks: [mask('clay', 'A'), mask('clay', 'B'), mask('sheet')], masksPerWeek: 7, to: addDays(MONDAY, 27) }),
    );
    expect([...picks.values()].some((p) => p.type === 'sheet')).toBe(true);
    expect(picks.size).toBeGreaterThan(20);
  });
});

describe('masks that cannot be used that week', () => {
  const sheetFrom = (date: string) => (m: MaskProduct, d: string) => m.type !== 'sheet' || d >= date;
  it('a week where the sheet mask is not usable yet is planned as if the shelf were the rest', () => {
    const later = addDays(MONDAY, 21);
    const shelf = [mask('sheet'), mask('clay')];
    const mixed = nights({ masks: shelf, usable: sheetFrom(later), clayPerWeek: 1, to: addDays(MONDAY, 6) });
    const clayOnly = nights({ masks: [mask('clay')], clayPerWeek: 1, to: addDays(MONDAY, 6) });
    expect(mixed).toEqual(clayOnly);
    expect(mixed).toHaveLength(1);
  });
  it('a week with no usable mask at all has no mask nights', () => {
    expect(dates({ masks: [mask('sheet')], usable: () => false })).toEqual([]);
  });
  it('from the day a mask becomes usable, it is planned', () => {
    const start = addDays(MONDAY, 3);
    const list = dates({ masks: [mask('sheet')], masksPerWeek: 7, usable: sheetFrom(start) });
    expect(list[0]).toBe(start);
    expect(list).toHaveLength(4);
  });
  it('a week that only clay could fill plans as many nights as the clay allowance', () => {
    const shelf = [mask('clay'), mask('sheet')];
    for (const allowance of [1, 2]) {
      const list = dates({ masks: shelf, masksPerWeek: 4, clayPerWeek: allowance, usable: (m) => m.type === 'clay' });
      expect(list).toHaveLength(allowance);
      expect(list).toEqual(dates({ masks: [mask('clay')], masksPerWeek: 4, clayPerWeek: allowance }));
    }
  });
});

describe('eventMask', () => {
  it('brightening first, then hydrating, then the first allowed; a type the data does not know is still usable', () => {
    expect(eventMask([mask('clay'), mask('sheet')], data.maskTypes)?.type).toBe('sheet');
    expect(eventMask([mask('clay')], data.maskTypes)?.type).toBe('clay');
    expect(eventMask([mask('clay'), mask('sheet')], [])?.type).toBe('clay');
    expect(eventMask([mask('clay')], data.maskTypes, () => false)).toBeUndefined();
  });
});

describe('weekdays', () => {
  it('mask nights on the same weekdays every week when nothing changes', () => {
    const list = dates({ to: addDays(MONDAY, 27) });
    const byWeek = [0, 1, 2, 3].map((w) =>
      list.filter((d) => d >= addDays(MONDAY, 7 * w) && d <= addDays(MONDAY, 7 * w + 6)).map(weekdayIndex),
    );
    for (const w of byWeek) expect(w).toEqual(byWeek[0]);
  });
});

describe('a plain schedule (no event, every mask usable every day)', () => {
  // Each plain week is the plain pattern, with no chain walked. An event long after the range changes no night in
  // it, but makes the scheduler walk its chain week by week: the two must agree, whatever the count, shelf, clay
  // allowance and range.
  const far = [{ date: '2199-12-31', label: 'far ahead' }];
  const shelves: MaskProduct[][] = [
    [mask('clay')],
    [mask('sheet'), mask('clay')],
    [mask('sheet')],
    [mask('cream'), mask('gel')],
  ];
  const ranges: [string, number][] = [
    [MONDAY, 7],
    ['2026-12-02', 7],
    ['1969-12-29', 22],
    ['2027-02-26', 1],
    ['2026-11-29', 71],
  ];
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('%i nights a week: the same nights as a walk of the chain', (masksPerWeek) => {
    for (const masks of shelves)
      for (const clayPerWeek of [1, 2, 7])
        for (const [from, n] of ranges) {
          for (const usable of [undefined, (m: MaskProduct) => m.type !== 'sheet']) {
            // (A product that started long before the range: a change the chain never reaches.)
            const fields = {
              from,
              to: addDays(from, n - 1),
              masksPerWeek,
              masks,
              clayPerWeek,
              usable,
              changes: ['1950-06-01'],
            };
            const plain = nights(fields);
            expect(plain, `${from} ${n} ${masks.map((m) => m.type)}`).toEqual(nights({ ...fields, events: far }));
          }
        }
  });
});
