// Routines shared between plans (sharedRoutine): the same serums and mask give one list of steps for every plan, and
// anything that differs in a step gives another list; no renderer changes a shared list.
import { describe, expect, it } from 'vitest';
import { compactMembers } from '../../src/render/json-lines.js';
import { renderIcs } from '../../src/render/ics.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { PLAIN } from '../../src/render/paint.js';
import { renderTable } from '../../src/render/table.js';
import { weekResult } from '../../src/results/plan.js';
import {
  buildEvening,
  buildMorning,
  isSharedRoutine,
  sharedRoutine,
  type PlacedSerum,
} from '../../src/rules/routine.js';
import type { DayPlan, MaskPick, SerumProduct } from '../../src/rules/types.js';
import { data, profileOf } from './helpers.js';

const serum = (name: string | null, actives: SerumProduct['actives'], layer = 2): PlacedSerum => ({
  serum: { name, actives } as SerumProduct,
  name: name ?? `${actives.join(' + ')} serum`,
  slot: 'any',
  layer,
});
const sheet: MaskPick = { type: 'sheet', name: 'Sheet mask' };

describe('sharedRoutine', () => {
  it('gives every plan with the same serums and mask the same list, with the steps built as usual', () => {
    const a = [serum(null, ['niacinamide']), serum(null, ['hyaluronic-acid'], 1)];
    const b = [serum(null, ['niacinamide']), serum(null, ['hyaluronic-acid'], 1)];
    const am = sharedRoutine('am', a, null, data);
    expect(sharedRoutine('am', b, null, data)).toBe(am);
    expect(am).toEqual(buildMorning(a, data));
    const pm = sharedRoutine('pm', a, sheet, data);
    expect(sharedRoutine('pm', b, { ...sheet }, data)).toBe(pm);
    expect(pm).toEqual(buildEvening(a, sheet, data));
    expect(isSharedRoutine(am) && isSharedRoutine(pm)).toBe(true);
    expect(isSharedRoutine(buildMorning(a, data))).toBe(false);
  });

  it('keeps a serum its plan has numbered by that number (asked once a plan)', () => {
    const p = { ...serum('Night Renew', ['retinol']), routineNumber: 0 };
    const first = sharedRoutine('pm', [p], null, data);
    expect(p.routineNumber).toBeGreaterThan(0);
    expect(sharedRoutine('pm', [p], null, data)).toBe(first);
    expect(sharedRoutine('pm', [serum('Night Renew', ['retinol'])], null, data)).toBe(first);
  });

  it('never takes a number a plan kept from before the routines were started again for another serum', () => {
    // Data of its own, so this test's routines start from nothing: the serum kept is numbered first.
    const own = Object.create(data) as typeof data;
    const p = { ...serum('Night Renew', ['retinol']), routineNumber: 0 };
    expect(sharedRoutine('am', [p], null, own)).toEqual(buildMorning([p], own));
    // Enough routines of other serums to start the routines again, numbered anew.
    for (let k = 0; k < 9000; k++) sharedRoutine('am', [serum(`Serum ${k}`, ['niacinamide'])], null, own);
    expect(sharedRoutine('am', [p], null, own)).toEqual(buildMorning([p], own));
  });

  // Pairs that differ in one thing a step is made of: each gets its own list, with its own steps.
  const pairs: [string, PlacedSerum[], MaskPick | null, PlacedSerum[], MaskPick | null][] = [
    ['the slot', [serum(null, ['niacinamide'])], null, [serum(null, ['niacinamide'])], null],
    ['an active', [serum(null, ['niacinamide'])], null, [serum(null, ['peptides'])], null],
    [
      'the order',
      [serum(null, ['niacinamide']), serum(null, ['peptides'])],
      null,
      [serum(null, ['peptides']), serum(null, ['niacinamide'])],
      null,
    ],
    ['a name', [serum('Glow', ['niacinamide'])], null, [serum('Glow 2', ['niacinamide'])], null],
    [
      'where one name ends',
      [serum('ab', ['niacinamide']), serum('c', ['niacinamide'])],
      null,
      [serum('a', ['niacinamide']), serum('bc', ['niacinamide'])],
      null,
    ],
    [
      'a name that looks like a key',
      [serum('1:x:niacinamide', ['niacinamide'])],
      null,
      [serum('1', ['niacinamide'])],
      null,
    ],
    [
      'a named serum against the plain one',
      [serum('Niacinamide serum', ['niacinamide'])],
      null,
      [serum(null, ['niacinamide'])],
      null,
    ],
    [
      'the layer',
      [serum('Mix', ['niacinamide', 'peptides'], 1)],
      null,
      [serum('Mix', ['niacinamide', 'peptides'], 3)],
      null,
    ],
    [
      'the second of two actives, with no name',
      [serum(null, ['niacinamide', 'peptides'])],
      null,
      [serum(null, ['niacinamide', 'ceramides'])],
      null,
    ],
    [
      'a second active, with no name',
      [serum(null, ['niacinamide'])],
      null,
      [serum(null, ['niacinamide', 'peptides'])],
      null,
    ],
    ['a second active', [serum('Mix', ['niacinamide'])], null, [serum('Mix', ['niacinamide', 'peptides'])], null],
    ['no mask against a mask', [serum(null, ['niacinamide'])], null, [serum(null, ['niacinamide'])], sheet],
    ['the mask type', [], sheet, [], { type: 'gel', name: 'Sheet mask' }],
    ['the mask name', [], sheet, [], { type: 'sheet', name: 'Rose sheet' }],
  ];
  it.each(pairs)('tells routines apart by %s', (what, s1, m1, s2, m2) => {
    const slot2 = what === 'the slot' ? 'pm' : 'am';
    const first = m1 ? sharedRoutine('pm', s1, m1, data) : sharedRoutine('am', s1, null, data);
    const second = m2 ? sharedRoutine('pm', s2, m2, data) : sharedRoutine(slot2, s2, null, data);
    expect(second).not.toBe(first);
    const built = (s: PlacedSerum[], m: MaskPick | null, slot: 'am' | 'pm') =>
      m || slot === 'pm' ? buildEvening(s, m, data) : buildMorning(s, data);
    expect(first).toEqual(built(s1, m1, 'am'));
    expect(second).toEqual(built(s2, m2, slot2));
  });
});

describe('plans share routines, and nothing changes a shared one', () => {
  const profile = profileOf({
    skin: 'normal',
    serums: ['vitamin-c', 'niacinamide', 'retinol', 'aha'],
    masks: ['sheet', 'clay'],
    masksPerWeek: 3,
  });
  const week = (start: string, explain = false) =>
    weekResult(profile, start, 2, { events: [{ date: '2026-12-12', label: 'party' }], journal: [] }, explain, data);

  it('two plans of the same shelf hand out the same lists', () => {
    const a = week('2026-11-30').payload.days;
    const b = week('2026-12-07').payload.days;
    expect(isSharedRoutine(a[0]!.am)).toBe(true);
    expect(b.find((d) => d.am === a[0]!.am)).toBeDefined();
  });

  it('every renderer leaves the steps as they were', () => {
    const result = week('2026-11-30', true);
    const days: DayPlan[] = result.payload.days;
    const before = JSON.stringify(days);
    renderTable(result, { paint: PLAIN });
    renderTable(result, { paint: PLAIN, columns: 40 });
    renderMarkdown(result);
    renderIcs(result);
    renderJson(result);
    compactMembers(result);
    expect(JSON.stringify(days)).toBe(before);
    expect(JSON.stringify(week('2026-11-30', true).payload.days)).toBe(before);
  });
});
