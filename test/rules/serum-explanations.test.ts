// --explain gives every serum of a day its own entry: a suggested hydrating serum included, and each serum the
// reason of the rule that placed it.
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import { data, profileOf } from './helpers.js';

const day = (serums: string[], date = '2026-12-04') =>
  planRange(profileOf({ serums: serums as never }), date, 1, { events: [], maskOverride: { date, mask: null } }, data);
const entries = (serums: string[], date = '2026-12-04') =>
  day(serums, date)
    .explanations.filter((e) => e.date === date)
    .map((e) => [e.slot, e.item, e.action, e.rule]);

describe('serum entries of a day', () => {
  it('retinol and vitamin C, no mask, a recovery night: the suggested evening serum has its entry', () => {
    const plan = day(['retinol', 'vitamin-c']);
    expect(plan.days[0]!.pm.some((s) => s.kind === 'serum' && s.suggested)).toBe(true);
    const suggested = plan.explanations.filter((e) => e.item === 'Hydrating serum (hyaluronic acid)');
    expect(suggested.map((e) => [e.date, e.slot, e.action, e.rule])).toEqual([
      ['2026-12-04', 'pm', 'placed', 'daily-serum'],
    ]);
    expect(suggested[0]!.reason).toMatch(/a simple hydrating serum fills any routine your shelf leaves empty/);
    const vitaminC = plan.explanations.find((e) => e.date === '2026-12-04' && e.item === 'Vitamin C serum')!;
    expect([vitaminC.slot, vitaminC.rule]).toEqual(['am', 'vitamin-c-morning']);
    expect(vitaminC.reason).not.toMatch(/hydrating serum/);
  });

  it.each([
    [
      'retinol only: both routines',
      ['retinol'],
      '2026-12-04',
      [
        ['am', 'Hydrating serum (hyaluronic acid)', 'placed', 'daily-serum'],
        ['pm', 'Hydrating serum (hyaluronic acid)', 'placed', 'daily-serum'],
      ],
    ],
    [
      'niacinamide: no slot rule, the daily-serum rule in both',
      ['niacinamide'],
      '2026-12-04',
      [
        ['am', 'Niacinamide serum', 'placed', 'daily-serum'],
        ['pm', 'Niacinamide serum', 'placed', 'daily-serum'],
      ],
    ],
    [
      'vitamin C only: its rule in the morning, the suggestion in the evening',
      ['vitamin-c'],
      '2026-12-04',
      [
        ['am', 'Vitamin C serum', 'placed', 'vitamin-c-morning'],
        ['pm', 'Hydrating serum (hyaluronic acid)', 'placed', 'daily-serum'],
      ],
    ],
  ])('%s', (_, serums, date, expected) => {
    expect(entries(serums, date).filter((e) => e[3] !== 'recovery-nights')).toEqual(expected);
  });

  it('a retinol night: retinol is placed by the rule that keeps it to the evening', () => {
    const plan = planRange(profileOf({ serums: ['retinol'], masks: [] }), '2026-11-30', 7, { events: [] }, data);
    const night = plan.days.find((d) => d.night.startsWith('retinol night'))!;
    const entry = plan.explanations.find((e) => e.date === night.date && e.item === 'Retinol serum')!;
    expect([entry.action, entry.rule]).toEqual(['placed', 'retinoid-night-only']);
  });
});
