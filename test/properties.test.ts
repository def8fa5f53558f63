// Property tests (fast-check): for random valid profiles (with product dates, cycles and journals), start dates (DST
// changes in two time zones, 29 February), week counts and events, every plan keeps its invariants and safety
// rules. Fixed seed; FC_RUNS=10000 (and FC_SEED=n) to run longer or elsewhere.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVES,
  CYCLES,
  MASK_TYPES,
  SKIN_STATES,
  SKIN_TYPES,
  type ActiveId,
  type Cycle,
  type MaskType,
  type SkinState,
  type SkinType,
} from '../src/domain/vocabulary.js';
import { planRange } from '../src/rules/planner.js';
import { RULES } from '../src/rules/safety/index.js';
import type { DayPlan, LoggedDay, PlanEvent, Profile, Step } from '../src/rules/types.js';
import { data, profileOf } from './helpers.js';

const RUNS = Number(process.env.FC_RUNS) || 150;
const SEED = Number(process.env.FC_SEED) || 20261124;
const params = { numRuns: RUNS, seed: SEED };
/** Longer runs get longer to finish. */
const TIMEOUT = 20_000 + RUNS * 50;

// Dates computed independently of src/domain/dates.ts (UTC arithmetic on the calendar date).
const DAY = 86_400_000;
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
};
const isoPlus = (iso: string, n: number) => new Date(utc(iso) + n * DAY).toISOString().slice(0, 10);
const weekdayOf = (iso: string) => (new Date(utc(iso)).getUTCDay() + 6) % 7; // 0 = Monday
const mondayOf = (iso: string) => isoPlus(iso, -weekdayOf(iso));
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Days where the clocks change, and leap days: starts are drawn around them as well as anywhere. */
const SPECIAL = [
  '2026-03-29', // Europe/London, clocks forward
  '2026-10-25', // Europe/London, clocks back
  '2027-03-28',
  '2027-10-31',
  '2028-03-26',
  '2028-10-29',
  '2026-03-08', // America/New_York, clocks forward
  '2026-11-01', // America/New_York, clocks back
  '2027-03-14',
  '2027-11-07',
  '2028-03-12',
  '2028-11-05',
  '2028-02-29', // leap days
  '2024-02-29',
  '2032-02-29',
  '2026-12-31', // year ends
  '2027-01-01',
  '1970-01-05', // week 0 of the mask rotation (weeks before it count negative)
  '1900-03-01',
];
const startDate = fc.oneof(
  fc.tuple(fc.constantFrom(...SPECIAL), fc.integer({ min: -10, max: 10 })).map(([d, n]) => isoPlus(d, n)),
  fc.integer({ min: utc('1900-01-01') / DAY, max: utc('2199-12-31') / DAY }).map((n) => isoPlus('1970-01-01', n)),
);

interface Case {
  skin: SkinType;
  serums: ActiveId[];
  masks: MaskType[];
  masksPerWeek: number;
  pregnancySafe: boolean;
  start: string;
  weeks: number;
  /** Event dates as offsets from the start (they may fall just outside the range). */
  events: { offset: number; label: string | null }[];
  /** Per serum, then per mask: a start as an offset from the plan's start, patch test done, use-by offset. */
  dates: ({ started: number | null; patchTested: boolean; useBy: number | null } | null)[];
  patchTestDays: number;
  cycle: Cycle;
  /** Logged days as offsets from the start. */
  journal: { offset: number; skin: SkinState[] }[];
}

const caseArb = (withEvents: boolean): fc.Arbitrary<Case> =>
  fc.record({
    skin: fc.constantFrom(...SKIN_TYPES),
    serums: fc.subarray([...ACTIVES]),
    masks: fc.subarray([...MASK_TYPES]),
    masksPerWeek: fc.integer({ min: 0, max: 7 }),
    pregnancySafe: fc.boolean(),
    start: startDate,
    weeks: fc.integer({ min: 1, max: 8 }),
    events: withEvents
      ? fc.array(
          fc.record({
            offset: fc.integer({ min: -3, max: 60 }),
            label: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
          }),
          { maxLength: 4 },
        )
      : fc.constant([]),
    dates: fc.array(
      fc.option(
        fc.record({
          started: fc.option(fc.integer({ min: -60, max: 40 }), { nil: null }),
          patchTested: fc.boolean(),
          useBy: fc.option(fc.integer({ min: -10, max: 60 }), { nil: null }),
        }),
        { nil: null },
      ),
      { maxLength: 15 },
    ),
    patchTestDays: fc.integer({ min: 7, max: 14 }),
    cycle: fc.constantFrom(...CYCLES),
    journal: withEvents
      ? fc.uniqueArray(
          fc.record({
            offset: fc.integer({ min: -20, max: 50 }),
            skin: fc.subarray([...SKIN_STATES], { maxLength: 2 }),
          }),
          { selector: (j) => j.offset, maxLength: 5 },
        )
      : fc.constant([]),
  });

const eventsOf = (c: Case): PlanEvent[] => c.events.map((e) => ({ date: isoPlus(c.start, e.offset), label: e.label }));
const journalOf = (c: Case): LoggedDay[] => c.journal.map((j) => ({ date: isoPlus(c.start, j.offset), skin: j.skin }));
/** The case's dates put on its products (a product's dates as the profile file gives them). */
function dated<T extends object>(c: Case, products: T[], first: number): T[] {
  return products.map((p, i) => {
    const d = c.dates[first + i];
    if (!d) return p;
    return {
      ...p,
      ...(d.started !== null ? { started: isoPlus(c.start, d.started) } : {}),
      ...(d.patchTested ? { patchTested: true } : {}),
      ...(d.useBy !== null ? { expires: isoPlus(c.start, d.useBy) } : {}),
    };
  });
}
const profile = (c: Case): Profile => {
  const p = profileOf({
    skin: c.skin,
    serums: c.serums,
    masks: c.masks,
    masksPerWeek: c.masksPerWeek,
    pregnancySafe: c.pregnancySafe,
  });
  return {
    ...p,
    serums: dated(c, p.serums, 0),
    masks: dated(c, p.masks, p.serums.length),
    patchTestDays: c.patchTestDays,
    cycle: c.cycle,
  };
};
const optionsOf = (c: Case) => ({ events: eventsOf(c), journal: journalOf(c), explain: false });
const plan = (c: Case) => planRange(profile(c), c.start, c.weeks * 7, optionsOf(c), data);
/** True when nothing in the case changes which products are usable or how evenings are organised. */
const plain = (c: Case) =>
  c.cycle === 'weekly' && !c.journal.length && c.dates.slice(0, c.serums.length + c.masks.length).every((d) => !d);

const serumActives = (steps: readonly Step[]) => steps.flatMap((s) => (s.kind === 'serum' ? s.actives : []));
const has = (steps: readonly Step[], ...actives: ActiveId[]) => serumActives(steps).some((a) => actives.includes(a));

/** The plan's days by calendar week (Monday to Sunday); `full` when the range covers the whole week. */
function calendarWeeks(days: readonly DayPlan[]): { days: DayPlan[]; full: boolean }[] {
  const byMonday = new Map<string, DayPlan[]>();
  for (const d of days) byMonday.set(mondayOf(d.date), [...(byMonday.get(mondayOf(d.date)) ?? []), d]);
  return [...byMonday.values()].map((week) => ({ days: week, full: week.length === 7 }));
}

/** Every invariant of one plan; returns nothing, throws (via expect) with the failing day. */
function checkInvariants(c: Case): void {
  const p = plan(c);
  const events = eventsOf(c);
  const eves = new Set(events.map((e) => isoPlus(e.date, -1)));
  const sensitive = c.skin === 'sensitive';
  const at = (d: DayPlan) => `${d.date} (${d.weekday})`;

  // Each date exactly once, consecutively, with its own weekday.
  expect(p.days.map((d) => d.date)).toEqual(Array.from({ length: c.weeks * 7 }, (_, i) => isoPlus(c.start, i)));
  for (const d of p.days) expect(d.weekday, at(d)).toBe(WEEKDAYS[weekdayOf(d.date)]);

  for (const d of p.days) {
    // A serum morning and evening; sunscreen ends every morning; routines start with the cleanser.
    expect(
      d.am.some((s) => s.kind === 'serum'),
      `${at(d)} morning serum`,
    ).toBe(true);
    expect(
      d.pm.some((s) => s.kind === 'serum'),
      `${at(d)} evening serum`,
    ).toBe(true);
    // Sunscreen is the last step on the face; a patch test (on the arm) may follow it.
    expect(d.am.filter((s) => s.kind !== 'patch-test').at(-1)?.kind, `${at(d)} morning ends`).toBe('sunscreen');
    expect(
      d.am.findIndex((s) => s.kind === 'patch-test'),
      `${at(d)} patch test last`,
    ).not.toBe(0);
    expect(d.am[0]?.kind).toBe('cleanser');
    expect(d.pm[0]?.kind).toBe('cleanser');
    // The mask step agrees with the day's mask, in its place (sleeping last, the others right after cleansing).
    const maskSteps = d.pm.filter((s) => s.kind === 'mask');
    expect(maskSteps.length, `${at(d)} mask steps`).toBe(d.mask ? 1 : 0);
    if (d.mask) {
      const face = d.pm.filter((s) => s.kind !== 'patch-test');
      expect(face.findIndex((s) => s.kind === 'mask')).toBe(d.mask.type === 'sleeping' ? face.length - 1 : 1);
      expect(c.masks.includes(d.mask.type), `${at(d)} mask from the shelf`).toBe(true);
    }
    // Only what is on the shelf (or the suggested hydrating serum).
    for (const s of [...d.am, ...d.pm])
      if (s.kind === 'serum' && !s.suggested) for (const a of s.actives) expect(c.serums).toContain(a);

    // The safety rules that are "avoid" (never scheduled), and the ones the issue lists.
    expect(has(d.am, 'retinol'), `${at(d)}: retinol in the morning`).toBe(false);
    expect(has(d.pm, 'retinol') && has(d.pm, 'aha', 'bha'), `${at(d)}: retinol with AHA/BHA`).toBe(false);
    if (d.mask?.type === 'clay')
      expect(has(d.pm, 'retinol', 'aha', 'bha'), `${at(d)}: retinol or acid on a clay night`).toBe(false);
    expect(has(d.pm, 'vitamin-c'), `${at(d)}: vitamin C in the evening`).toBe(false);
    for (const routine of [d.am, d.pm])
      expect(has(routine, 'benzoyl-peroxide') && has(routine, 'retinol'), `${at(d)}: BPO with retinol`).toBe(false);
    if (c.pregnancySafe) expect(has([...d.am, ...d.pm], 'retinol'), `${at(d)}: retinol when pregnant`).toBe(false);
    // One exfoliating acid an evening; never two clay nights in a row; no acid beside a clay night.
    expect(
      serumActives(d.pm).filter((a) => a === 'aha' || a === 'bha').length,
      `${at(d)}: one acid`,
    ).toBeLessThanOrEqual(1);
    if (d.mask?.type === 'clay')
      expect(d.night, `${at(d)}: a clay night is not a recovery night`).not.toMatch(/recovery/);
  }
  p.days.forEach((d, i) => {
    const prev = p.days[i - 1];
    if (!prev) return;
    if (prev.mask?.type === 'clay' && d.mask?.type === 'clay' && plain(c) && !events.length)
      expect.fail(`clay nights in a row: ${prev.date}, ${d.date}`);
    if (prev.mask?.type === 'clay') expect(has(d.pm, 'aha', 'bha'), `${at(d)}: acid after a clay night`).toBe(false);
    if (d.mask?.type === 'clay')
      expect(has(prev.pm, 'aha', 'bha'), `${at(prev)}: acid before a clay night`).toBe(false);
  });

  for (const week of calendarWeeks(p.days)) {
    const first = week.days[0]!.date;
    const count = (f: (d: DayPlan) => boolean) => week.days.filter(f).length;
    // Clay at most once a week on sensitive or dry skin, twice otherwise, event eves included.
    const clayCap = sensitive || c.skin === 'dry' ? 1 : 2;
    expect(
      count((d) => d.mask?.type === 'clay'),
      `clay nights, week of ${first}`,
    ).toBeLessThanOrEqual(clayCap);
    if (sensitive)
      expect(
        count((d) => has(d.pm, 'retinol')),
        `retinol nights, week of ${first}`,
      ).toBeLessThanOrEqual(2);
    const acidCap = sensitive || c.skin === 'dry' ? 1 : 2;
    expect(
      count((d) => has(d.pm, 'aha', 'bha')),
      `acid nights, week of ${first}`,
    ).toBeLessThanOrEqual(acidCap);

    // Mask nights: as many as asked (clay alone is capped), events adding at most their eves.
    const masks = count((d) => d.mask !== null);
    if (!c.masks.length) expect(masks, `no masks on the shelf, week of ${first}`).toBe(0);
    else if (plain(c)) {
      const clayOnly = c.masks.every((m) => m === 'clay');
      const asked = clayOnly ? Math.min(c.masksPerWeek, clayCap) : c.masksPerWeek;
      const eveNights = week.days.filter((d) => eves.has(d.date));
      // Every eve gets a mask, except when clay is the only mask and the week's clay allowance is spent.
      // Sensitive and dry skin never get clay on an event's eve.
      const fragile = c.skin === 'sensitive' || c.skin === 'dry';
      for (const d of eveNights)
        if (!clayOnly || (!fragile && eveNights.filter((e) => e.mask).length < clayCap))
          expect(d.mask, `mask on the eve of an event, ${at(d)}`).not.toBeNull();
      for (const d of eveNights) if (fragile) expect(d.mask?.type, `clay on an event's eve, ${at(d)}`).not.toBe('clay');
      const eveCount = new Set(events.map((e) => isoPlus(e.date, -1)).filter((e) => mondayOf(e) === mondayOf(first)))
        .size;
      if (week.full && eveCount === 0) expect(masks, `mask nights, week of ${first}`).toBe(asked);
      expect(masks, `mask nights, week of ${first}`).toBeLessThanOrEqual(Math.max(asked, c.masksPerWeek) + eveCount);
    }
  }

  // Never two mask nights in a row at 3 a week or fewer; at 4, only Sunday into Monday.
  if (!events.length && c.masksPerWeek <= 4 && plain(c))
    p.days.forEach((d, i) => {
      const prev = p.days[i - 1];
      if (!prev?.mask || !d.mask) return;
      expect(c.masksPerWeek, `mask nights ${prev.date} and ${d.date} in a row`).toBe(4);
      expect(d.weekday, `at 4 a week only across the week boundary: ${prev.date}, ${d.date}`).toBe('Monday');
    });
}

describe.each(['Europe/London', 'America/New_York'])('plans in %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('the time zone is in effect (a DST change shows in local offsets)', () => {
    const march = new Date(2026, 2, 1).getTimezoneOffset();
    const july = new Date(2026, 6, 1).getTimezoneOffset();
    expect(march).not.toBe(july);
  });

  it(
    'without events: every invariant and safety rule holds',
    () => {
      fc.assert(fc.property(caseArb(false), checkInvariants), params);
    },
    TIMEOUT,
  );

  it(
    'with events: every invariant and safety rule holds',
    () => {
      fc.assert(fc.property(caseArb(true), checkInvariants), params);
    },
    TIMEOUT,
  );

  it(
    'named products combining actives: the "avoid" rules still hold on every day',
    () => {
      const product = fc.record({
        name: fc.string({ minLength: 1, maxLength: 12 }).filter((n) => n.trim() !== ''),
        actives: fc.subarray([...ACTIVES], { minLength: 1, maxLength: 3 }),
      });
      const arb = fc.tuple(caseArb(true), fc.array(product, { minLength: 1, maxLength: 4 }));
      fc.assert(
        fc.property(arb, ([c, products]) => {
          const shelf = profileOf({
            skin: c.skin,
            serums: products,
            masks: c.masks,
            masksPerWeek: c.masksPerWeek,
            pregnancySafe: c.pregnancySafe,
          });
          const p = planRange(shelf, c.start, c.weeks * 7, { events: eventsOf(c) }, data);
          for (const d of p.days) {
            expect(has(d.am, 'retinol'), `${d.date}: retinol in the morning`).toBe(false);
            expect(has(d.pm, 'retinol') && has(d.pm, 'aha', 'bha'), `${d.date}: retinol with an acid`).toBe(false);
            if (d.mask?.type === 'clay')
              expect(has(d.pm, 'retinol', 'aha', 'bha'), `${d.date}: clay night`).toBe(false);
            for (const routine of [d.am, d.pm])
              expect(has(routine, 'benzoyl-peroxide') && has(routine, 'retinol'), `${d.date}: BPO + retinol`).toBe(
                false,
              );
            if (c.pregnancySafe) expect(has([...d.am, ...d.pm], 'retinol'), `${d.date}: retinol, pregnant`).toBe(false);
            expect(d.am.filter((st) => st.kind !== 'patch-test').at(-1)?.kind).toBe('sunscreen');
            expect(d.pm.some((st) => st.kind === 'serum') && d.am.some((st) => st.kind === 'serum')).toBe(true);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it('before 1970 (negative week numbers in the rotation) a plan is like any other', () => {
    for (const start of ['1969-12-29', '1970-01-01', '1900-01-01']) {
      const p = planRange(profileOf({ masks: ['sheet', 'gel'], masksPerWeek: 3 }), start, 14, { events: [] }, data);
      expect(p.days.filter((d) => d.mask).length).toBeGreaterThanOrEqual(5);
    }
  });

  it(
    'plan for one date agrees with the week it sits in (same mask, same serums)',
    () => {
      const arb = fc.tuple(caseArb(true), fc.nat());
      fc.assert(
        fc.property(arb, ([c, pick]) => {
          const week = plan(c);
          const day = week.days[pick % week.days.length]!;
          const one = planRange(profile(c), day.date, 1, optionsOf(c), data).days[0]!;
          expect(one.date).toBe(day.date);
          expect(one.mask).toEqual(day.mask);
          expect(serumActives(one.am)).toEqual(serumActives(day.am));
          expect(serumActives(one.pm)).toEqual(serumActives(day.pm));
          expect(one.night).toBe(day.night);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'a range and any later part of it agree day by day (the schedule is anchored to the calendar)',
    () => {
      const arb = fc.tuple(caseArb(true), fc.integer({ min: 1, max: 30 }));
      fc.assert(
        fc.property(arb, ([c, skip]) => {
          const whole = plan(c).days;
          const from = Math.min(skip, whole.length - 1);
          const part = planRange(profile(c), whole[from]!.date, whole.length - from, optionsOf(c), data);
          expect(part.days.map((d) => [d.date, d.mask, d.am, d.pm])).toEqual(
            whole.slice(from).map((d) => [d.date, d.mask, d.am, d.pm]),
          );
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe('time: patch tests, ramps, recovery nights, use-by dates, skin cycling and the journal', () => {
  const dayNo = (iso: string) => utc(iso) / DAY;
  const names = (steps: readonly Step[], kind: Step['kind']) =>
    steps.flatMap((s) => (s.kind === kind && 'name' in s ? [s.name] : []));
  const STRONG: ActiveId[] = ['retinol', 'aha', 'bha', 'benzoyl-peroxide'];

  it(
    'no product is on the face while it is patch-tested or from its use-by date',
    () => {
      fc.assert(
        fc.property(caseArb(true), (c) => {
          const prof = profile(c);
          for (const d of plan(c).days) {
            const testing = [...names(d.am, 'patch-test'), ...names(d.pm, 'patch-test')];
            const used = [...names(d.am, 'serum'), ...names(d.pm, 'serum'), ...(d.mask ? [d.mask.name] : [])];
            for (const t of testing) expect(used, `${d.date}: ${t} on the face during its patch test`).not.toContain(t);
            for (const s of prof.serums)
              if (s.expires && d.date >= s.expires)
                expect(
                  serumActives([...d.am, ...d.pm]).some((a) => s.actives.includes(a) && a !== 'hyaluronic-acid'),
                  `${d.date}: used after ${s.expires}`,
                ).toBe(false);
            for (const m of prof.masks)
              if (m.expires && d.date >= m.expires)
                expect(d.mask?.type, `${d.date}: mask after ${m.expires}`).not.toBe(m.type);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'a new retinol: nothing before its face start, then at most 2, 3, 4… nights per 7-day window, never two in a row at 3 or fewer',
    () => {
      const arb = fc.record({
        skin: fc.constantFrom(...SKIN_TYPES),
        masks: fc.subarray([...MASK_TYPES]),
        masksPerWeek: fc.integer({ min: 0, max: 4 }),
        start: startDate,
        startedAt: fc.integer({ min: -50, max: 20 }),
        patchTested: fc.boolean(),
        patchTestDays: fc.integer({ min: 7, max: 14 }),
        withAcid: fc.boolean(),
      });
      fc.assert(
        fc.property(arb, (c) => {
          const base = profileOf({
            skin: c.skin,
            serums: c.withAcid ? ['retinol', 'aha', 'hyaluronic-acid'] : ['retinol', 'hyaluronic-acid'],
            masks: c.masks,
            masksPerWeek: c.masksPerWeek,
          });
          const started = isoPlus(c.start, c.startedAt);
          const prof: Profile = {
            ...base,
            patchTestDays: c.patchTestDays,
            serums: base.serums.map((s) =>
              s.actives.includes('retinol') ? { ...s, started, ...(c.patchTested ? { patchTested: true } : {}) } : s,
            ),
          };
          const face = isoPlus(started, c.patchTested ? 0 : c.patchTestDays);
          const days = planRange(prof, c.start, 70, { events: [] }, data).days;
          const on = new Set(days.filter((d) => has(d.pm, 'retinol')).map((d) => d.date));
          for (const d of on) expect(d >= face, `${d} before the face start ${face}`).toBe(true);
          const cap = c.skin === 'sensitive' ? 2 : 7;
          // Every window until the first one at the weekly cap, that one included.
          for (let k = 0; k < 10; k++) {
            const level = Math.min(cap, 2 + (c.skin === 'sensitive' ? Math.floor(k / 2) : k));
            if (k > 0 && Math.min(cap, 2 + (c.skin === 'sensitive' ? Math.floor((k - 1) / 2) : k - 1)) >= cap) break;
            const window = Array.from({ length: 7 }, (_, i) => isoPlus(face, 7 * k + i));
            const n = window.filter((d) => on.has(d)).length;
            expect(n, `window ${k + 1} from ${face}`).toBeLessThanOrEqual(level);
            if (level <= 3)
              for (const d of window)
                if (on.has(d)) expect(on.has(isoPlus(d, 1)), `${d} and the next night`).toBe(false);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'every full calendar week with strong actives or clay keeps at least 2 recovery nights',
    () => {
      fc.assert(
        fc.property(caseArb(true), (c) => {
          for (const week of calendarWeeks(plan(c).days)) {
            if (!week.full) continue;
            const strong = week.days.some((d) => has([...d.am, ...d.pm], ...STRONG) || d.mask?.type === 'clay');
            if (!strong) continue;
            const recovery = week.days.filter((d) => d.night === 'recovery night');
            expect(recovery.length, `recovery nights, week of ${week.days[0]!.date}`).toBeGreaterThanOrEqual(2);
            for (const d of recovery) {
              expect(has(d.pm, ...STRONG), `${d.date}: strong active on a recovery night`).toBe(false);
              expect(d.mask?.type, `${d.date}: clay on a recovery night`).not.toBe('clay');
            }
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'skin cycling: acids and clay only on exfoliation nights, retinol only on retinoid nights, whatever the start',
    () => {
      fc.assert(
        fc.property(caseArb(true), (c0) => {
          const c = { ...c0, cycle: 'skin-cycling' as const };
          for (const d of plan(c).days) {
            const pos = ((dayNo(d.date) % 4) + 4) % 4;
            if (has(d.pm, 'aha', 'bha') || d.mask?.type === 'clay') expect(pos, `${d.date}: exfoliation`).toBe(0);
            if (has(d.pm, 'retinol')) expect(pos, `${d.date}: retinoid`).toBe(1);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'no retinoid, acid or clay in the 3 evenings after red, stinging or peeling skin',
    () => {
      fc.assert(
        fc.property(caseArb(true), (c) => {
          const irritated = journalOf(c).filter((j) => j.skin.some((s) => ['red', 'stinging', 'peeling'].includes(s)));
          for (const d of plan(c).days)
            for (const j of irritated) {
              const after = dayNo(d.date) - dayNo(j.date);
              if (after < 1 || after > 3) continue;
              expect(has(d.pm, 'retinol', 'aha', 'bha'), `${d.date}: strong active after ${j.date}`).toBe(false);
              expect(d.mask?.type, `${d.date}: clay after ${j.date}`).not.toBe('clay');
            }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    'the plan for a day never depends on what is logged on that day or later',
    () => {
      const arb = fc.tuple(caseArb(true), fc.nat());
      fc.assert(
        fc.property(arb, ([c, pick]) => {
          const days = plan(c).days;
          const day = days[pick % days.length]!;
          const before = { ...c, journal: c.journal.filter((j) => isoPlus(c.start, j.offset) < day.date) };
          const one = planRange(profile(before), day.date, 1, optionsOf(before), data).days[0]!;
          expect([one.night, one.mask, one.am, one.pm]).toEqual([day.night, day.mask, day.am, day.pm]);
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe('what the planner remembers between plans', () => {
  it(
    'never changes a plan: each plan equals the same plan made with a copy of the rules (so nothing remembered)',
    () => {
      // The planner remembers some answers (combinations of a night, the weeks' strong-active and recovery nights)
      // for a rule list and the data, across plans. Planned after every plan before it, with the rules every plan
      // shares, a plan must read as one planned first, with a list of the same rules no plan has used.
      fc.assert(
        fc.property(caseArb(true), (c) => {
          const fresh = planRange(profile(c), c.start, c.weeks * 7, optionsOf(c), data, [...RULES]);
          expect(plan(c)).toEqual(fresh);
        }),
        { ...params, numRuns: RUNS * 2 },
      );
    },
    TIMEOUT * 2,
  );
});
