// The planner's memo keys: requests that differ in anything that changes the answer never share a remembered answer.
import { describe, expect, it } from 'vitest';
import { nightKey, planRange } from '../../src/rules/planner.js';
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
