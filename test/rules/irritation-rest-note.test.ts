// The rest after red, stinging or peeling skin: its note says what this plan holds back, and the nights agree.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/safety/index.js';
import type { RestPlan } from '../../src/rules/safety/index.js';
import { planRange } from '../../src/rules/planner.js';
import { data } from '../helpers.js';
import { plan, profileOf } from './helpers.js';

const rule = RULES.find((r) => r.id === 'irritation-rest')!;
const note = (held: Partial<RestPlan>, skin: ('red' | 'stinging' | 'peeling')[] = ['red']) =>
  rule.rest!({ date: '2026-12-04', skin })!.reason({ serums: [], masks: [], rebuild: [], ...held });
const LOGGED = 'You logged red skin on 2026-12-04: ';

describe('the rest note, from what the plan holds back', () => {
  it.each([
    [
      'nothing strong on the shelf',
      {},
      'nothing in your evenings needs a rest for it (no retinoid, acid, benzoyl peroxide or clay mask), so 2026-12-05 to 2026-12-07 go on as planned.',
    ],
    [
      'a clay mask only',
      { masks: ['Clay mask'] },
      '2026-12-05 to 2026-12-07 are recovery nights, without Clay mask; the plan goes on as usual from 2026-12-08.',
    ],
    [
      'a serum that does not build up again',
      { serums: ['AHA serum'] },
      '2026-12-05 to 2026-12-07 are recovery nights, without AHA serum; the plan goes on as usual from 2026-12-08.',
    ],
    [
      'two held back, one building up',
      { serums: ['Retinol serum'], masks: ['Clay mask'], rebuild: [{ name: 'Retinol serum', nights: 2 }] },
      '2026-12-05 to 2026-12-07 are recovery nights, without Retinol serum or Clay mask; from 2026-12-08 Retinol serum builds up again from 2 nights a week.',
    ],
    [
      'one night a week, singular',
      { serums: ['BHA serum'], rebuild: [{ name: 'BHA serum', nights: 1 }] },
      '2026-12-05 to 2026-12-07 are recovery nights, without BHA serum; from 2026-12-08 BHA serum builds up again from 1 night a week.',
    ],
    [
      'three held back, three building up',
      {
        serums: ['Retinol serum', 'AHA serum', 'BHA serum'],
        rebuild: [
          { name: 'Retinol serum', nights: 2 },
          { name: 'AHA serum', nights: 1 },
          { name: 'BHA serum', nights: 1 },
        ],
      },
      '2026-12-05 to 2026-12-07 are recovery nights, without Retinol serum, AHA serum or BHA serum; from 2026-12-08 Retinol serum builds up again from 2 nights a week, AHA serum from 1 a week and BHA serum from 1 a week.',
    ],
  ] as const)('%s', (_, held, text) => {
    expect(note(held as Partial<RestPlan>)).toBe(LOGGED + text);
  });

  it('names every irritated state logged', () => {
    expect(note({}, ['stinging', 'peeling'])).toMatch(/^You logged stinging and peeling skin on 2026-12-04: /);
  });
});

describe('the rest in a plan', () => {
  const red = [{ date: '2026-12-04', skin: ['red' as const] }];
  const rested = (fields: Parameters<typeof profileOf>[0]) => {
    const r = plan(profileOf(fields), '2026-11-30', 14, { journal: red });
    const nights = r.days.filter((d) => d.date >= '2026-12-05' && d.date <= '2026-12-07');
    return { r, nights, note: r.warnings.find((w) => w.rule === 'irritation-rest')?.message };
  };

  it('niacinamide and a sheet mask: nothing to hold back, the nights keep their names, and the note says so', () => {
    const { r, nights, note } = rested({ serums: ['niacinamide'], masks: ['sheet'] });
    expect(note).toBe(
      `${LOGGED}nothing in your evenings needs a rest for it (no retinoid, acid, benzoyl peroxide or clay mask), so 2026-12-05 to 2026-12-07 go on as planned.`,
    );
    expect(nights.map((d) => d.night)).toEqual(['serum night', 'sheet mask night', 'serum night']);
    expect(r.explanations.filter((e) => e.item === 'recovery night')).toEqual([]);
    // The rest changes nothing: the plan is the one without the journal.
    expect(r.days).toEqual(plan(profileOf({ serums: ['niacinamide'], masks: ['sheet'] }), '2026-11-30', 14).days);
  });

  it('retinol, AHA and clay on the shelf: named, recovery nights, and only retinol builds up again', () => {
    const { r, nights, note } = rested({ serums: ['retinol', 'aha'], masks: ['sheet', 'clay'] });
    expect(note).toBe(
      `${LOGGED}2026-12-05 to 2026-12-07 are recovery nights, without Retinol serum, AHA (glycolic, lactic acid) serum or Clay mask; from 2026-12-08 Retinol serum builds up again from 2 nights a week.`,
    );
    expect(nights.map((d) => d.night)).toEqual(['recovery night', 'recovery night', 'recovery night']);
    const entries = r.explanations.filter((e) => e.item === 'recovery night' && e.rule === 'irritation-rest');
    expect(entries.map((e) => [e.date, e.reason])).toEqual(nights.map((d) => [d.date, note]));
  });

  it('sensitive skin: retinol is back at its cap of 2 at once, so nothing builds up again', () => {
    const { note } = rested({ skin: 'sensitive', serums: ['retinol'], masks: ['sheet'] });
    expect(note).toBe(
      `${LOGGED}2026-12-05 to 2026-12-07 are recovery nights, without Retinol serum; the plan goes on as usual from 2026-12-08.`,
    );
  });

  it('a clay mask alone: its evenings are recovery nights, in a week with no clay night too', () => {
    const { nights, note } = rested({ serums: ['niacinamide'], masks: ['clay', 'sheet'], masksPerWeek: 1 });
    expect(note).toBe(
      `${LOGGED}2026-12-05 to 2026-12-07 are recovery nights, without Clay mask; the plan goes on as usual from 2026-12-08.`,
    );
    expect(nights.map((d) => d.night)).toEqual(['recovery night', 'recovery night', 'recovery night']);
  });

  it('a retinol still in its patch test during the rest is not named', () => {
    const profile = profileOf({
      serums: ['niacinamide', { actives: ['retinol'], started: '2026-12-03' }],
      masks: ['sheet'],
    });
    const note = plan(profile, '2026-11-30', 14, { journal: red }).warnings.find(
      (w) => w.rule === 'irritation-rest',
    )!.message;
    expect(note).toMatch(/nothing in your evenings needs a rest/);
  });
});

describe('a mask chosen for a rest evening (plan --mask)', () => {
  const shelf = profileOf({ skin: 'normal', serums: ['retinol'], masks: ['sheet'], masksPerWeek: 2 });
  const journal = [{ date: '2026-12-03', skin: ['red' as const] }];
  const tonight = (type: 'clay' | 'sheet', date = '2026-12-04', logged = journal) =>
    planRange(
      shelf,
      date,
      1,
      { events: [], journal: logged, maskOverride: { date, mask: { name: null, type } } },
      data,
    ).warnings.filter((w) => w.rule === 'irritation-rest');

  it('clay on a rest evening: planned as asked, and the plan says the rest keeps clay off', () => {
    expect(tonight('clay').map((w) => [w.severity, w.message])).toContainEqual([
      'caution',
      'Clay mask on 2026-12-04 is planned as you asked, but it is a rest evening, which keeps clay masks off: a gentle mask (sheet, cream, gel or sleeping) would suit it.',
    ]);
  });
  it.each([
    ['a gentle mask on a rest evening', 'sheet' as const, '2026-12-04', journal],
    ['clay after the rest', 'clay' as const, '2026-12-07', journal],
    ['clay with no rest', 'clay' as const, '2026-12-04', []],
  ])('%s: nothing more is said', (_, type, date, logged) => {
    expect(tonight(type, date, logged).filter((w) => w.message.includes('as you asked'))).toEqual([]);
  });
});
