// The planner's memo keys: requests that differ in anything that changes the answer never share a remembered answer.
import { describe, expect, it } from 'vitest';
import { nightKey, planRange } from '../../src/rules/planner.js';
import { RULES } from '../../src/rules/safety/index.js';
import type { SafetyRule } from '../../src/rules/safety/rule.js';
import type { ActiveId } from '../../src/domain/vocabulary.js';
import type { PlanEvent, Profile, RangePlan, SerumProduct } from '../../src/rules/types.js';
import { chooseSpread, spreadKey, type SpreadRequest } from '../../src/rules/spacing.js';
import { group, planActives, type Night } from '../../src/rules/safety/rule.js';
import { data, profileOf } from '../helpers.js';

describe('chooseSpread remembers each request by everything in it', () => {
  // Pairs asked one after the other: the second differs from the first in one field and gets its own answer.
  const pairs: [string, SpreadRequest, number[], SpreadRequest, number[]][] = [
    ['no days allowed vs any day', { count: 1, allowed: [] }, [], { count: 1 }, [0]],
    ['count', { count: 2, preferred: [2, 6] }, [2, 6], { count: 3, preferred: [2, 6] }, [2, 4, 6]],
    ['fixed', { count: 2, fixed: [0] }, [0, 3], { count: 2, fixed: [1] }, [1, 4]],
    ['allowed', { count: 1, allowed: [2, 4] }, [2], { count: 1, allowed: [4, 5] }, [4]],
    ['preferred', { count: 1, preferred: [3] }, [3], { count: 1, preferred: [5] }, [5]],
    ['disfavoured', { count: 1, disfavoured: [0] }, [1], { count: 1, disfavoured: [1] }, [0]],
    ['previous Sunday', { count: 1, allowed: [0, 3] }, [0], { count: 1, allowed: [0, 3], prevSunday: true }, [3]],
    ['next Monday', { count: 1, allowed: [3, 6] }, [3], { count: 1, allowed: [3, 6], nextMonday: true }, [3]],
    [
      'next Monday, Sunday first',
      { count: 1, allowed: [6] },
      [6],
      { count: 1, allowed: [5, 6], nextMonday: true },
      [5],
    ],
    // An unsorted list keeps its own order for ties (the first of equals wins): not the sorted list's answer.
    ['order of allowed', { count: 1, allowed: [1, 5] }, [1], { count: 1, allowed: [5, 1] }, [5]],
    ['repeats in allowed', { count: 2, allowed: [2, 4] }, [2, 4], { count: 2, allowed: [2, 2, 4] }, [2, 4]],
    ['a count past the week', { count: 7 }, [0, 1, 2, 3, 4, 5, 6], { count: 8 }, [0, 1, 2, 3, 4, 5, 6]],
  ];
  it.each(pairs)('%s', (_, first, firstDays, second, secondDays) => {
    expect(chooseSpread(first)).toEqual(firstDays);
    expect(chooseSpread(second)).toEqual(secondDays);
    expect(chooseSpread(first)).toEqual(firstDays);
  });
  it('hands out a copy: changing an answer does not change the next one', () => {
    const days = chooseSpread({ count: 2, preferred: [2, 6] });
    days.push(99);
    expect(chooseSpread({ count: 2, preferred: [2, 6] })).toEqual([2, 6]);
  });
});

describe('spreadKey', () => {
  it.each([
    ['the whole week', 'number', { count: 7, fixed: [0, 6], allowed: [0, 1, 2, 3, 4, 5, 6], preferred: [6] }],
    ['nothing', 'number', { count: 0, fixed: [], allowed: [], preferred: [], disfavoured: [] }],
    ['both neighbours', 'number', { count: 1, prevSunday: true, nextMonday: true }],
    ['a count past the week', 'string', { count: 8 }],
    ['a negative count', 'string', { count: -1 }],
    ['a fractional count', 'string', { count: 1.5 }],
    ['a day past Sunday', 'string', { count: 1, allowed: [7] }],
    ['a negative day', 'string', { count: 1, fixed: [-1] }],
    ['a fractional day', 'string', { count: 1, preferred: [0.5] }],
    ['days out of order', 'string', { count: 1, disfavoured: [3, 1] }],
    ['a repeated day', 'string', { count: 1, allowed: [2, 2] }],
  ] as [string, string, SpreadRequest][])('%s: a %s key', (_, type, req) => {
    expect(typeof spreadKey(req)).toBe(type);
  });
  it('gives each field and neighbour its own place in the key', () => {
    const requests: SpreadRequest[] = [
      { count: 1 },
      { count: 2 },
      { count: 1, fixed: [] },
      { count: 1, fixed: [1] },
      { count: 1, allowed: [] },
      { count: 1, allowed: [1] },
      { count: 1, preferred: [1] },
      { count: 1, disfavoured: [1] },
      { count: 1, prevSunday: true },
      { count: 1, nextMonday: true },
      { count: 1, prevSunday: true, nextMonday: true },
      { count: 1, fixed: [6], allowed: [0] },
      { count: 1, fixed: [0], allowed: [6] },
    ];
    expect(new Set(requests.map(spreadKey)).size).toBe(requests.length);
  });
});

describe('nightKey', () => {
  const nine: Night['actives'] = Array.from({ length: 9 }, () => 'ceramides' as const);
  const nights: Night[] = [
    { mask: null, actives: [] },
    { mask: null, actives: [], beside: [null, null] },
    { mask: 'clay', actives: [] },
    { mask: 'sheet', actives: [] },
    { mask: 'sleeping', actives: [], beside: ['sleeping', 'sleeping'] },
    { mask: null, actives: ['retinol'] },
    { mask: null, actives: ['hyaluronic-acid'] },
    { mask: null, actives: ['ceramides'] },
    { mask: null, actives: ['hyaluronic-acid', 'hyaluronic-acid'] },
    { mask: null, actives: ['retinol', 'aha'] },
    { mask: null, actives: ['aha', 'retinol'] },
    { mask: 'clay', actives: ['aha'], beside: ['clay', null] },
    { mask: 'clay', actives: ['aha'], beside: [null, 'clay'] },
    { mask: 'gel', actives: ['bha'], beside: ['cream', 'sheet'] },
    { mask: 'gel', actives: ['bha'], beside: ['sheet', 'cream'] },
    { mask: null, actives: ['aha'], beside: [null] },
    {
      mask: null,
      actives: ['ceramides', 'ceramides', 'ceramides', 'ceramides', 'ceramides', 'ceramides', 'ceramides', 'ceramides'],
    },
    {
      mask: null,
      actives: [
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
        'ceramides',
      ],
    },
    // Nights the vocabularies cannot number (text keys) differ in their mask, their actives or their neighbours.
    { mask: 'clay', actives: nine },
    { mask: 'gel', actives: nine },
    { mask: null, actives: nine, beside: ['clay', null] },
    { mask: null, actives: nine, beside: [null, 'clay'] },
    { mask: null, actives: ['snail' as never, 'mucin' as never] },
    { mask: null, actives: ['snailmucin' as never] },
  ];
  it('gives every different night its own key', () => {
    expect(new Set(nights.map(nightKey)).size).toBe(nights.length);
  });
  it('gives the same night the same key', () => {
    for (const n of nights) expect(nightKey({ ...n, actives: [...n.actives] })).toBe(nightKey(n));
  });
  it.each([
    ['a plain night', 'number', { mask: 'clay', actives: ['aha'], beside: [null, null] } as Night],
    ['eight actives', 'number', nights[16]!],
    ['nine actives', 'string', nights[17]!],
    ['a beside list that is not the two evenings', 'string', nights[15]!],
    ['an unknown active', 'string', { mask: null, actives: ['snail' as never] } as Night],
    ['an unknown mask beside', 'string', { mask: null, actives: [], beside: ['mud' as never, null] } as Night],
    ['an unknown mask', 'string', { mask: 'mud' as never, actives: [] } as Night],
  ])('%s: a %s key', (_, type, night) => {
    expect(typeof nightKey(night)).toBe(type);
  });
});

describe('group remembers the groups of each data set apart', () => {
  it('answers for the data asked about, asked in turns', () => {
    const a = { ...data, actives: data.actives.map((x) => (x.id === 'retinol' ? { ...x, groups: ['acid'] } : x)) };
    const b = { ...data, actives: data.actives.filter((x) => x.id !== 'aha') };
    for (let round = 0; round < 2; round++) {
      expect(group({ data }, 'retinoid').has('retinol')).toBe(true);
      expect(group({ data: a }, 'retinoid').has('retinol')).toBe(false);
      expect(group({ data: a }, 'acid').has('retinol')).toBe(true);
      expect(group({ data: b }, 'acid').has('aha')).toBe(false);
      expect(group({ data }, 'acid').has('aha')).toBe(true);
      expect(group({ data: b }, 'acid').has('bha')).toBe(true);
    }
  });
});

describe('planActives answers for the plan asked about', () => {
  it('asked in turns about plans with different actives', () => {
    const retinolPlan = planRange(profileOf({ serums: ['retinol'], masks: [] }), '2026-12-07', 7, { events: [] }, data);
    const ahaPlan = planRange(profileOf({ serums: ['aha'], masks: [] }), '2026-12-07', 7, { events: [] }, data);
    for (let round = 0; round < 2; round++) {
      expect(planActives(retinolPlan.days).has('retinol')).toBe(true);
      expect(planActives(retinolPlan.days).has('aha')).toBe(false);
      expect(planActives(ahaPlan.days).has('aha')).toBe(true);
      expect(planActives(ahaPlan.days).has('retinol')).toBe(false);
    }
  });
});

describe('week plans are shared only between weeks alike', () => {
  // The planner remembers each calendar week's recovery, acid and retinoid nights for a rule list and the data, by
  // what decides them. Each pair below differs in one of those things and nothing else the week's plan reads: planned
  // one after the other with one rule list, each must read as it does planned alone (with a list of its own).
  interface Case {
    profile: Profile;
    events?: PlanEvent[];
  }
  const planWith = (rules: readonly SafetyRule[], c: Case, from: string, days: number): RangePlan =>
    planRange(c.profile, from, days, { events: c.events ?? [], explain: true }, data, rules);
  const pair = (rules: readonly SafetyRule[], a: Case, b: Case, from = '2026-12-07', days = 7) => {
    const shared = [...rules];
    const first = planWith(shared, a, from, days);
    const second = planWith(shared, b, from, days);
    expect(first).toEqual(planWith([...rules], a, from, days));
    expect(second).toEqual(planWith([...rules], b, from, days));
    return { first, second };
  };
  const nights = (p: RangePlan, active: ActiveId) =>
    p.days.filter((d) => d.pm.some((s) => s.kind === 'serum' && s.actives.includes(active))).map((d) => d.date);
  const recoveryNights = (p: RangePlan) => p.days.filter((d) => d.night === 'recovery night').length;
  const masks = (p: RangePlan) => p.days.map((d) => d.mask?.type ?? null);
  /** One serum (long in use unless dated) and sheet masks twice a week, on normal skin unless `fields` say otherwise. */
  const shelf = (serum: Omit<SerumProduct, 'name'>, fields: Parameters<typeof profileOf>[0] = {}): Case => {
    const p = profileOf({ skin: 'normal', serums: [], masks: ['sheet'], masksPerWeek: 2, ...fields });
    return { profile: { ...p, serums: [{ name: null, ...serum }] } };
  };
  /** A rule of these tests: retinol never on the evening before (1) or after (0) a clay mask. */
  const retinolBeside = (side: 0 | 1): SafetyRule => ({
    id: `test-retinol-not-${side ? 'before' : 'after'}-clay`,
    severity: 'avoid',
    message: `No retinol on the evening ${side ? 'before' : 'after'} a clay mask (a rule of this test).`,
    source: 'aad-exfoliate',
    forbids: (night) => night.actives.includes('retinol') && night.beside?.[side] === 'clay',
  });
  const clayAndGel = (masksPerWeek: number, events: PlanEvent[] = []): Case => ({
    ...shelf({ actives: ['retinol'] }, { masks: ['clay', 'gel'], masksPerWeek }),
    events,
  });

  it('the days an acid is on the face', () => {
    const { first, second } = pair(
      RULES,
      shelf({ actives: ['aha'] }),
      shelf({ actives: ['aha'], started: '2026-12-11', patchTested: true }),
    );
    expect(nights(first, 'aha').some((d) => d < '2026-12-11')).toBe(true);
    expect(nights(second, 'aha').every((d) => d >= '2026-12-11')).toBe(true);
  });

  it('the days a retinoid is on the face (sensitive skin: 2 nights a week, spread over the days it is on)', () => {
    const { first, second } = pair(
      RULES,
      shelf({ actives: ['retinol'] }, { skin: 'sensitive' }),
      shelf({ actives: ['retinol'], expires: '2026-12-09' }, { skin: 'sensitive' }),
    );
    expect(nights(first, 'retinol')).toEqual(['2026-12-07', '2026-12-10']);
    expect(nights(second, 'retinol')).toEqual(['2026-12-07', '2026-12-08']);
  });

  it('whether the week has a strong active at all', () => {
    const { first, second } = pair(
      RULES,
      shelf({ actives: ['niacinamide'] }),
      shelf({ actives: ['benzoyl-peroxide'] }),
    );
    expect(recoveryNights(first)).toBe(0);
    expect(recoveryNights(second)).toBeGreaterThanOrEqual(2);
  });

  // An event gives its eve, just outside this week, a gel mask where the rotation gives clay: this week's masks stay
  // the same, and its evening beside that eve may now have retinol (a rule of these tests keeps retinol off it beside
  // clay).
  it.each([
    // the evening before the week: an event on this week's Monday, its eve the Sunday before
    ['before', 0 as const, 1, '2026-12-14', '2026-12-13', 0, '2026-12-14'],
    // the evening after the week: an event on the next week's Tuesday, its eve the Monday after
    ['after', 1 as const, 5, '2026-12-22', '2026-12-14', 7, '2026-12-20'],
  ])('the mask of the evening %s the week', (_, side, perWeek, event, from, eve, beside) => {
    const { first, second } = pair(
      [...RULES, retinolBeside(side)],
      clayAndGel(perWeek),
      clayAndGel(perWeek, [{ date: event, label: null }]),
      from,
      8,
    );
    const week = (p: RangePlan) => masks(p).filter((_, i) => i !== eve);
    expect(week(first)).toEqual(week(second));
    expect([masks(first)[eve], masks(second)[eve]]).toEqual(['clay', 'gel']);
    expect(nights(first, 'retinol')).not.toContain(beside);
    expect(nights(second, 'retinol')).toContain(beside);
  });

  it('the actives of the retinoid products', () => {
    const { first, second } = pair(RULES, shelf({ actives: ['retinol'] }), shelf({ actives: ['retinol', 'aha'] }));
    expect(nights(first, 'retinol').length).toBeGreaterThan(0);
    expect(nights(second, 'retinol')).toEqual([]);
  });

  it('the first acid (a rule may keep one acid, not another, off a night)', () => {
    const noBhaWithSheet: SafetyRule = {
      id: 'test-no-bha-with-sheet',
      severity: 'avoid',
      message: 'No BHA on a sheet-mask night (a rule of this test).',
      source: 'aad-exfoliate',
      forbids: (night) => night.actives.includes('bha') && night.mask === 'sheet',
    };
    const { first, second } = pair(
      [...RULES, noBhaWithSheet],
      shelf({ actives: ['aha'] }, { masksPerWeek: 7 }),
      shelf({ actives: ['bha'] }, { masksPerWeek: 7 }),
    );
    expect(nights(first, 'aha').length).toBeGreaterThan(0);
    expect(nights(second, 'bha')).toEqual([]);
  });

  it('the recovery nights a rule asks for (a rule may ask more of some skin)', () => {
    const more = RULES.map((r): SafetyRule =>
      r.recovery
        ? { ...r, recovery: (ctx) => ({ ...r.recovery!(ctx)!, perWeek: ctx.profile.skin === 'oily' ? 3 : 2 }) }
        : r,
    );
    const { first, second } = pair(
      more,
      shelf({ actives: ['retinol'] }, { skin: 'normal' }),
      shelf({ actives: ['retinol'] }, { skin: 'oily' }),
    );
    expect(recoveryNights(first)).toBe(2);
    expect(recoveryNights(second)).toBe(3);
  });

  it('the weekly cap of acid nights (dry skin 1, normal 2)', () => {
    const { first, second } = pair(RULES, shelf({ actives: ['aha'] }, { skin: 'dry' }), shelf({ actives: ['aha'] }));
    expect(nights(first, 'aha')).toHaveLength(1);
    expect(nights(second, 'aha')).toHaveLength(2);
  });

  it('the weekly cap of retinoid nights (sensitive skin 2, dry 7; both 1 acid night)', () => {
    const { first, second } = pair(
      RULES,
      shelf({ actives: ['retinol'] }, { skin: 'sensitive' }),
      shelf({ actives: ['retinol'] }, { skin: 'dry' }),
    );
    expect(nights(first, 'retinol')).toHaveLength(2);
    expect(nights(second, 'retinol')).toHaveLength(5);
  });
});
