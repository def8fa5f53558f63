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
