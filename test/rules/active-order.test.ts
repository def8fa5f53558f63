// A serum's actives may be listed in any order: the plan is the same.
import { describe, expect, it } from 'vitest';
import type { ActiveId, MaskType } from '../../src/domain/vocabulary.js';
import { planRange } from '../../src/rules/planner.js';
import { data, profileOf } from './helpers.js';

const withPeel = (actives: ActiveId[], masks: MaskType[]) => ({
  ...profileOf({ masks, masksPerWeek: 3 }),
  serums: [{ name: 'Night peel', actives }],
});

describe('a night peel of AHA and niacinamide', () => {
  it.each<[MaskType[]]>([[['clay', 'sheet']], [['clay']], [['sheet', 'gel']]])(
    'masks %j: the same plan either way',
    (masks) => {
      const run = (actives: ActiveId[]) => planRange(withPeel(actives, masks), '2026-12-07', 28, { events: [] }, data);
      const first = run(['aha', 'niacinamide']);
      const second = run(['niacinamide', 'aha']);
      expect(second.days.map((d) => d.night)).toEqual(first.days.map((d) => d.night));
      expect(second.warnings).toEqual(first.warnings);
    },
  );
});

describe('a serum of several actives is planned as its strongest one and layered as its thinnest', () => {
  const week = (actives: ActiveId[]) =>
    planRange(
      {
        ...profileOf({ serums: ['hyaluronic-acid'], masks: [], masksPerWeek: 0 }),
        serums: [
          { name: 'Hyaluronic serum', actives: ['hyaluronic-acid'] },
          { name: 'Blend', actives },
        ],
      },
      '2026-12-07',
      7,
      { events: [] },
      data,
    ).days;
  it.each<[ActiveId[], string]>([
    [['niacinamide', 'retinol'], 'retinol night'],
    [['niacinamide', 'aha'], 'exfoliation night'],
  ])('%j: %s, recovery nights, and the blend before the hyaluronic serum', (actives, night) => {
    const days = week(actives);
    const nights = days.map((d) => d.night);
    expect(nights).toContain(night);
    expect(nights).toContain('recovery night');
    const pm = days.find((d) => d.night === night)!.pm.flatMap((s) => (s.kind === 'serum' ? [s.name] : []));
    expect(pm).toEqual(['Blend', 'Hyaluronic serum']);
  });
});

it('a new serum of retinol and niacinamide ramps up as a retinol does', () => {
  const profile = {
    ...profileOf({ serums: ['hyaluronic-acid'], masks: [], masksPerWeek: 0 }),
    serums: [
      { name: 'Blend', actives: ['niacinamide', 'retinol'] as ActiveId[], started: '2026-12-07', patchTested: true },
    ],
  };
  const nights = planRange(profile, '2026-12-07', 7, { events: [] }, data).days.map((d) => d.night);
  expect(nights.filter((n) => n.startsWith('retinol night'))).toEqual([
    'retinol night (ramp week 1, 2/7)',
    'retinol night (ramp week 1, 2/7)',
  ]);
});
