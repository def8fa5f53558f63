// --explain is asked for or not: the planner gathers its entries only when asked (or not told otherwise).
import { expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import { data, profileOf } from './helpers.js';

const shelf = profileOf({ serums: ['retinol', 'hyaluronic-acid'], masks: ['clay', 'sheet'], masksPerWeek: 2 });

it.each([
  [true, true],
  [undefined, true],
  [false, false],
])('explain %s: entries %s', (explain, entries) => {
  const plan = planRange(shelf, '2026-12-07', 7, { events: [], explain }, data);
  expect(plan.explanations.length > 0).toBe(entries);
  expect(plan.days).toEqual(planRange(shelf, '2026-12-07', 7, { events: [] }, data).days);
});
