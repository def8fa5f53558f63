// A shelf of more than 24 serums: each morning and evening still lists exactly the serums in use that day.
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import type { SerumProduct, Step } from '../../src/rules/types.js';
import { data, profileOf } from './helpers.js';

// Serum 0 to Serum 24 (hyaluronic acid, morning and evening), then an AHA and a retinol for the evenings.
// Serums 1 and 2 reach their use-by date on 2026-12-08, serums 3 to 11 already have; serum 12 starts that day.
const dates = (i: number): Partial<SerumProduct> =>
  i === 1 || i === 2
    ? { expires: '2026-12-08' }
    : i >= 3 && i <= 11
      ? { expires: '2026-12-01' }
      : i === 12
        ? { started: '2026-12-08', patchTested: true }
        : {};
const serums: SerumProduct[] = [
  ...Array.from({ length: 25 }, (_, i) => ({ name: `Serum ${i}`, actives: ['hyaluronic-acid' as const], ...dates(i) })),
  { name: 'Glow acid', actives: ['aha'] },
  { name: 'Night retinol', actives: ['retinol'] },
];
const shelf = { ...profileOf({ masks: [], masksPerWeek: 0 }), serums };
const names = (steps: readonly Step[]) => steps.flatMap((s) => (s.kind === 'serum' ? [s.name] : []));
const numbered = (...n: number[]) => n.map((i) => `Serum ${i}`);
const later = numbered(13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);

describe('27 serums', () => {
  const days = planRange(shelf, '2026-12-07', 3, { events: [] }, data).days;
  it.each([
    ['2026-12-07', [...numbered(0, 1, 2), ...later], [...numbered(0, 1, 2), ...later]],
    ['2026-12-08', [...numbered(0, 12), ...later], ['Glow acid', ...numbered(0, 12), ...later]],
    ['2026-12-09', [...numbered(0, 12), ...later], [...numbered(0, 12), ...later, 'Night retinol']],
  ])('%s: the morning and evening serums', (date, am, pm) => {
    const day = days.find((d) => d.date === date)!;
    expect(names(day.am)).toEqual(am);
    expect(names(day.pm)).toEqual(pm);
  });
});

it('31 serums on the face and two kinds of mask: each mask evening shows its own mask', () => {
  const many: SerumProduct[] = Array.from({ length: 31 }, (_, i) => ({
    name: `Serum ${i}`,
    actives: ['hyaluronic-acid'],
  }));
  const profile = { ...profileOf({ masks: ['sheet', 'gel'], masksPerWeek: 3 }), serums: many };
  const days = planRange(profile, '2026-12-07', 14, { events: [] }, data).days;
  expect(new Set(days.flatMap((d) => (d.mask ? [d.mask.type] : [])))).toEqual(new Set(['sheet', 'gel']));
  for (const d of days) {
    const steps = d.pm.flatMap((s) => (s.kind === 'mask' ? [s.type] : []));
    expect(steps, d.date).toEqual(d.mask ? [d.mask.type] : []);
    expect(names(d.pm), d.date).toHaveLength(31);
  }
});
