// What rules say about a finished plan or a shelf, table by table: the event-eve explanation, back-to-back mask
// nights, and new products moved apart and away from events.
import { describe, expect, it } from 'vitest';
import type { MaskType, SkinType } from '../../src/domain/vocabulary.js';
import { RULES } from '../../src/rules/safety/index.js';
import type { DayPlan, ProductDates, RuleContext } from '../../src/rules/types.js';
import { addDays, weekdayName } from '../../src/domain/dates.js';
import { data, plan, profileOf, withDates } from './helpers.js';

const rule = (id: string) => RULES.find((r) => r.id === id)!;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Days from Monday 2026-11-30, a mask on the nights given (an event's eve when `events` names it). */
function week(masks: Record<number, MaskType>, events: Record<number, string | null> = {}): DayPlan[] {
  return WEEKDAYS.map((weekday, i) => {
    const date = `2026-${i < 1 ? '11-30' : `12-0${i}`}`;
    const type = masks[i];
    const event = i in events ? { date: `2026-12-0${i + 1}`, label: events[i] ?? null } : undefined;
    return {
      date,
      weekday,
      night: type ? `${type} mask night` : 'serum night',
      mask: type ? { type, name: `${type} mask`, ...(event ? { event } : {}) } : null,
      am: [],
      pm: [],
    } as DayPlan;
  });
}

describe('event-eve-mask: why an event got no mask the evening before', () => {
  const check = (skin: SkinType, masks: MaskType[], days = week({})) =>
    rule('event-eve-mask').check!(days, {
      profile: profileOf({ skin, masks }),
      data,
      events: [{ date: '2026-12-03', label: 'Gala' }],
    } as RuleContext);
  it.each([
    ['normal', [], /no mask on your shelf; add one/],
    ['dry', ['clay'], /your only mask is clay, which dry skin should not wear/],
    ['sensitive', ['clay'], /your only mask is clay, which sensitive skin should not wear/],
    ['oily', ['clay'], /clay is your only mask and the week's clay allowance is used/],
    ['dry', ['clay', 'sheet'], /none of your masks can be used that evening/],
    ['oily', ['sheet', 'clay'], /none of your masks can be used that evening/],
  ] as [SkinType, MaskType[], RegExp][])('%s skin, shelf %j: %s', (skin, masks, why) => {
    const found = check(skin, masks);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^No mask on the evening before Gala \(2026-12-02\): /);
    expect(found[0]!.message).toMatch(why);
    expect(found[0]!.dates).toEqual(['2026-12-02']);
  });
  it('an eve that has its mask, or lies outside the plan, says nothing; an event with no label goes by its date', () => {
    expect(check('dry', ['sheet'], week({ 2: 'sheet' }, { 2: 'Gala' }))).toEqual([]);
    expect(check('dry', ['sheet'], week({}).slice(3))).toEqual([]);
    const found = rule('event-eve-mask').check!(week({}), {
      profile: profileOf({ masks: [] }),
      data,
      events: [{ date: '2026-12-03', label: null }],
    } as RuleContext);
    expect(found[0]!.message).toMatch(/^No mask on the evening before 2026-12-03 \(2026-12-02\)/);
  });
});

describe('mask-spacing: back-to-back mask nights, and why', () => {
  const check = (days: DayPlan[], masksPerWeek: number) =>
    rule('mask-spacing').check!(days, { profile: profileOf({ masksPerWeek }), data } as RuleContext);
  it('names every second night of a pair and says the count asked for it', () => {
    const found = check(week({ 0: 'gel', 1: 'sheet', 3: 'gel', 4: 'cream' }), 4);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'Mask nights back to back on Tuesday 2026-12-01, Friday 2026-12-04: that is what 4 a week needs; keep those masks gentle.',
    );
    expect(found[0]!.dates).toEqual(['2026-12-01', '2026-12-04']);
  });
  it('names the events that forced them, each with its label or date', () => {
    const found = check(week({ 0: 'gel', 1: 'sheet', 3: 'gel', 4: 'cream' }, { 1: 'Gala', 3: null }), 2);
    expect(found[0]!.message).toMatch(
      /: events forced Tuesday 2026-12-01 \(before Gala\), Thursday 2026-12-03 \(before 2026-12-04\); keep/,
    );
  });
  it('no pair: nothing, except at 4 a week when a Sunday mask touches next Monday', () => {
    expect(check(week({ 0: 'gel', 2: 'sheet', 4: 'gel' }), 3)).toEqual([]);
    expect(check(week({ 0: 'gel', 2: 'sheet', 4: 'gel', 6: 'sheet' }), 3)).toEqual([]);
    const sunday = check(week({ 0: 'gel', 2: 'sheet', 4: 'gel', 6: 'sheet' }), 4);
    expect(sunday[0]!.message).toMatch(/a Sunday mask night \(2026-12-06\) touches the next Monday's/);
    expect(check(week({ 0: 'gel', 2: 'sheet', 4: 'gel' }), 4)).toEqual([]);
  });
  /** `count` days from `from`, a mask (sheet, or the type given) on the day offsets listed. */
  const span = (from: string, count: number, masked: number[], type: MaskType = 'sheet'): DayPlan[] =>
    Array.from({ length: count }, (_, i) => {
      const date = addDays(from, i);
      const mask = masked.includes(i) ? { type, name: `${type} mask` } : null;
      return { date, weekday: weekdayName(date), night: '', mask, am: [], pm: [] } as DayPlan;
    });
  const sundayTip = /^4 mask nights a week fit Monday, Wednesday, Friday and Sunday, so a Sunday mask night \(/;
  const said = (found: { message: string }[]) => found.some((f) => sundayTip.test(f.message));
  it.each([
    // [what, the tip given, days, profile fields]
    ['Mon, Wed, Fri, Sun of one week', true, span('2026-11-30', 7, [0, 2, 4, 6]), {}],
    ['clay only, 2 a week planned of the 4 asked (Wed, Sun)', false, span('2026-11-30', 7, [2, 6], 'clay'), {}],
    ['two weeks: Sunday then a Monday with no mask', false, span('2026-11-30', 14, [2, 6, 9, 13], 'clay'), {}],
    ['two weeks of Mon, Wed, Fri, Sun: the pair is said instead', false, span('2026-11-30', 14, [0, 2, 4, 6, 7]), {}],
    ['the week shown from Wednesday', true, span('2026-12-02', 5, [0, 2, 4]), {}],
    ['from Wednesday, a mask on Thursday instead of Friday', false, span('2026-12-02', 5, [1, 4]), {}],
    ['the Monday of the week shown with no mask', false, span('2026-11-30', 7, [2, 4, 6]), {}],
    ['the Sunday before the week (not its week) with no mask', true, span('2026-11-29', 8, [1, 3, 5, 7]), {}],
    ['the Saturday before the week with a mask', true, span('2026-11-28', 9, [0, 2, 4, 6, 8]), {}],
    ['a Sunday alone', true, span('2026-12-06', 1, [0]), {}],
    ['a Sunday alone, clay the only mask on the shelf', false, span('2026-12-06', 1, [0], 'clay'), { masks: ['clay'] }],
    [
      'a Sunday alone, clay and a sheet mask on the shelf',
      true,
      span('2026-12-06', 1, [0]),
      { masks: ['clay', 'sheet'] },
    ],
    ['a Sunday alone under skin cycling', false, span('2026-12-06', 1, [0]), { cycle: 'skin-cycling' }],
    ['a Sunday with no mask', false, span('2026-11-30', 7, [0, 2, 4]), {}],
    ['a Saturday last', false, span('2026-11-30', 6, [0, 2, 4]), {}],
    ['no days', false, [], {}],
  ] as [string, boolean, DayPlan[], Parameters<typeof profileOf>[0]][])(
    'at 4 a week, %s: the Sunday tip given %s',
    (_what, tip, days, fields) => {
      const ctx = { profile: profileOf({ masksPerWeek: 4, ...fields }), data } as RuleContext;
      expect(said(rule('mask-spacing').check!(days, ctx))).toBe(tip);
      if (tip)
        expect(said(rule('mask-spacing').check!(days, { ...ctx, profile: { ...ctx.profile, masksPerWeek: 3 } }))).toBe(
          false,
        );
    },
  );
  it('the Sunday tip names the Sunday shown last', () => {
    const found = check(span('2026-11-30', 7, [0, 2, 4, 6]), 4);
    expect(found.map((f) => f.message)).toEqual([
      "4 mask nights a week fit Monday, Wednesday, Friday and Sunday, so a Sunday mask night (2026-12-06) touches the next Monday's: keep those two masks gentle.",
    ]);
  });
  it('under skin cycling, a pair is put down to the cycle, not to the count', () => {
    const ctx = { profile: { ...profileOf({ masksPerWeek: 3 }), cycle: 'skin-cycling' }, data } as RuleContext;
    expect(rule('mask-spacing').check!(span('2026-11-30', 7, [2, 3, 5]), ctx)[0]!.message).toBe(
      'Mask nights back to back on Thursday 2026-12-03: skin cycling leaves masks its recovery nights, which come two in a row, and 3 a week take more of them than can stay apart; keep those masks gentle.',
    );
  });
});

describe('one-new-thing: nothing new in the 14 days before an event', () => {
  // The event is on 2026-12-31; its 14 days before start on 2026-12-17.
  const shelf = (started: string, patchTested: boolean, patchTestDays = 7) => ({
    ...profileOf({ serums: ['niacinamide'] }),
    patchTestDays,
    serums: [{ name: 'Drops', actives: ['niacinamide' as const], started, ...(patchTested ? { patchTested } : {}) }],
  });
  const moved = (started: string, patchTested: boolean, patchTestDays = 7, label: string | null = 'Wedding') => {
    const ctx = {
      profile: shelf(started, patchTested, patchTestDays),
      data,
      events: [{ date: '2026-12-31', label }],
    } as RuleContext;
    const out = rule('one-new-thing').shelf!(ctx);
    return { start: out.profile.serums[0]!.started, findings: out.findings, same: out.profile === ctx.profile };
  };
  it.each([
    ['2026-12-16', true, 7, '2026-12-16'],
    ['2026-12-17', true, 7, '2027-01-01'],
    ['2026-12-30', true, 7, '2027-01-01'],
    ['2026-12-31', true, 7, '2026-12-31'],
    // Not patch-tested: the face start counts too.
    ['2026-12-09', false, 7, '2026-12-09'],
    ['2026-12-10', false, 7, '2027-01-01'],
    ['2026-12-24', false, 7, '2027-01-01'],
    // A patch test of 14 days: the start itself in the window, the face start on the event day.
    ['2026-12-17', false, 14, '2027-01-01'],
  ])('started %s (patch-tested %s, %i days): starts %s', (started, tested, days, expected) => {
    const r = moved(started, tested, days);
    expect(r.start).toBe(expected);
    expect(r.same).toBe(started === expected);
    expect(r.findings).toHaveLength(started === expected ? 0 : 1);
  });
  it('the warning names the product, the new start and the event (or "your event")', () => {
    expect(moved('2026-12-20', true).findings[0]).toMatchObject({
      rule: 'one-new-thing',
      item: 'Drops',
      action: 'moved',
      message:
        'Drops now starts on 2027-01-01, the day after Wedding (2026-12-31): nothing new in the 2 weeks before an event.',
    });
    expect(moved('2026-12-20', true, 7, null).findings[0]!.message).toMatch(/the day after your event \(2026-12-31\)/);
  });
});

describe('use-by: the "use up by" caution and the left-out warning, at their edges', () => {
  // The plan is the week of 2026-11-30 to 2026-12-06.
  const check = (id: string, expires: string) =>
    rule(id).check!(week({}), {
      profile: { ...profileOf({}), serums: [{ name: 'Glow', actives: ['vitamin-c'], expires }] },
      data,
    } as RuleContext);
  it.each([
    ['2026-11-30', false],
    ['2026-12-01', true],
    ['2027-01-05', true],
    ['2027-01-06', false],
  ])('use-by %s: "use up by" %s', (expires, soon) => {
    expect(check('use-by-soon', expires)).toEqual(
      soon ? [{ rule: 'use-by-soon', message: `Use up Glow by ${expires}.` }] : [],
    );
  });
  it.each([
    ['2026-12-06', true],
    ['2026-12-07', false],
  ])('use-by %s: left out within the plan %s', (expires, out) => {
    expect(check('past-use-by', expires).length).toBe(out ? 1 : 0);
  });
  it('no days: nothing to say', () => {
    for (const id of ['use-by-soon', 'past-use-by', 'retinoid-start-slow'])
      expect(rule(id).check!([], { profile: profileOf({ serums: ['retinol'] }), data } as RuleContext)).toEqual([]);
  });
});

describe('combined products and several of a kind', () => {
  const shelfOf = (serums: { name: string | null; actives: string[] }[]) =>
    ({ profile: { ...profileOf({}), serums }, data }) as unknown as RuleContext;
  it.each([
    ['vitamin-c-apart-from-acid', ['vitamin-c', 'aha'], 'combines vitamin C with an exfoliating acid in one product'],
    ['vitamin-c-apart-from-acid', ['bha', 'vitamin-c'], 'combines vitamin C with an exfoliating acid in one product'],
    [
      'vitamin-c-apart-from-benzoyl-peroxide',
      ['vitamin-c', 'benzoyl-peroxide'],
      'holds vitamin C and benzoyl peroxide together',
    ],
  ])('%s: one product with %j is named, or called "A serum"', (id, actives, words) => {
    const named = rule(id).check!(week({}), shelfOf([{ name: 'Duo', actives }]));
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toMatch(new RegExp(`^Duo ${words}`));
    const unnamed = rule(id).check!(week({}), shelfOf([{ name: null, actives }]));
    expect(unnamed[0]!.message).toMatch(new RegExp(`^A serum ${words}`));
  });
  it.each([
    ['vitamin-c-apart-from-acid', [['vitamin-c'], ['aha']]],
    ['vitamin-c-apart-from-benzoyl-peroxide', [['vitamin-c'], ['benzoyl-peroxide']]],
  ])('%s: the same actives in separate serums say nothing', (id, shelf) => {
    expect(rule(id).check!(week({}), shelfOf(shelf.map((actives) => ({ name: null, actives }))))).toEqual([]);
  });
  it('pregnancy-safe: every retinoid serum left out is named, in one warning', () => {
    const ctx = {
      profile: {
        ...profileOf({ pregnancySafe: true }),
        serums: [
          { name: 'Night A', actives: ['retinol'] },
          { name: 'Hydra', actives: ['hyaluronic-acid'] },
          { name: 'Night B', actives: ['retinol'] },
        ],
      },
      data,
    } as unknown as RuleContext;
    const out = rule('pregnancy-no-retinoids').shelf!(ctx);
    expect(out.profile.serums.map((s) => s.name)).toEqual(['Hydra']);
    expect(out.findings[0]).toMatchObject({
      item: 'Night A, Night B',
      message: expect.stringMatching(/^Pregnancy-safe: left out Night A, Night B \(retinoids\)/),
    });
  });
});

describe('redness: which masks come first', () => {
  it.each([
    ['gel', 2],
    ['sheet', 2],
    ['cream', 2],
    ['clay', -2],
    ['sleeping', 0],
  ] as [MaskType, number][])('%s ranks %i with redness, 0 without', (type, rank) => {
    const r = rule('redness-gentle');
    expect(r.maskRank!(type, { profile: profileOf({ concerns: ['redness'] }), data })).toBe(rank);
    expect(r.maskRank!(type, { profile: profileOf({ concerns: ['dullness'] }), data })).toBe(0);
  });
});

describe('rules asked with no events and no journal (both optional in a rule context)', () => {
  const ctx = (fields: Parameters<typeof profileOf>[0]) => ({ profile: profileOf(fields), data }) as RuleContext;
  it('event-eve-mask: no event, nothing to say', () => {
    expect(rule('event-eve-mask').check!(week({ 2: 'sheet' }), ctx({ masks: ['sheet'] }))).toEqual([]);
  });
  it('breakout-log: no journal, no breakout tip', () => {
    expect(rule('breakout-log').check!(week({}), ctx({ skin: 'oily', masks: ['clay'] }))).toEqual([]);
  });
  it('one-new-thing: a new product and no event keeps its start', () => {
    const base = ctx({ serums: ['niacinamide'] });
    const profile = { ...base.profile, serums: [{ ...base.profile.serums[0]!, started: '2026-12-01' }] };
    const out = rule('one-new-thing').shelf!({ ...base, profile });
    expect(out.findings).toEqual([]);
    expect(out.profile.serums[0]!.started).toBe('2026-12-01');
  });
});

describe('patch-test: the tip to say when something new starts', () => {
  // The week of Monday 2026-11-30.
  const tip = (profile: Parameters<typeof plan>[0]) =>
    plan(profile, '2026-11-30', 7).warnings.filter((w) => w.rule === 'patch-test');
  it.each([
    ['no product has a start date', 1, {}],
    ['a serum is being patch-tested this week', 0, { retinol: { started: '2026-12-02' } }],
    ['a serum started long ago', 0, { retinol: { started: '2026-09-01' } }],
    ['a serum starts after this week', 0, { retinol: { started: '2027-01-04' } }],
    ['a serum marked patch-tested starts this week', 0, { retinol: { started: '2026-12-01', patchTested: true } }],
    ['a mask started long ago', 0, { gel: { started: '2026-09-01' } }],
    ['a mask starts after this week', 0, { gel: { started: '2027-01-04' } }],
  ])('%s: %i tip(s)', (_, count, dates: Record<string, ProductDates>) => {
    const found = tip(withDates({ serums: ['retinol', 'niacinamide'], masks: ['gel'] }, dates));
    expect(found).toHaveLength(count);
    if (count)
      expect(found[0]).toMatchObject({
        severity: 'tip',
        message: expect.stringContaining('--new <product>:<date>'),
        source: { url: expect.stringMatching(/^https:\/\/www\.aad\.org\//) },
      });
  });
});
