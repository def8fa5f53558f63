// Skin cycling with a new acid: its ramp (one night a week for two weeks) holds back the cycle's exfoliation nights.
import { expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import { RULES } from '../../src/rules/safety/index.js';
import type { SafetyRule } from '../../src/rules/safety/rule.js';
import { data, nightsWith, plan, withDates } from './helpers.js';

it('a new AHA on the face from Monday 2026-11-30: one exfoliation night in each of its first two weeks, then every one', () => {
  // The cycle's exfoliation nights: 2026-12-01, 12-05, 12-09, 12-13, 12-17, 12-21, 12-25.
  const p = {
    ...withDates(
      { serums: ['aha', 'retinol'], masks: [], masksPerWeek: 0 },
      { aha: { started: '2026-11-30', patchTested: true } },
    ),
    cycle: 'skin-cycling' as const,
  };
  expect(nightsWith(plan(p, '2026-11-30', 28).days, 'aha')).toEqual([
    '2026-12-01',
    '2026-12-09',
    '2026-12-17',
    '2026-12-21',
    '2026-12-25',
  ]);
});

it('a slower retinoid ramp (1 night a week for two weeks, a rule of this test): the cycle holds back its retinoid nights too', () => {
  // The cycle's retinoid nights: 2026-11-24, 11-28, 12-02, 12-06, 12-10, 12-14, 12-18.
  const slow: SafetyRule = {
    ...RULES.find((r) => r.id === 'retinoid-start-slow')!,
    ramp: () => ({ group: 'retinoid', level: (index) => (index < 2 ? 1 : null) }),
  };
  const rules = RULES.map((r) => (r.id === slow.id ? slow : r));
  const p = {
    ...withDates(
      { serums: ['retinol'], masks: [], masksPerWeek: 0 },
      { retinol: { started: '2026-11-23', patchTested: true } },
    ),
    cycle: 'skin-cycling' as const,
  };
  const days = planRange(p, '2026-11-23', 28, { events: [] }, data, rules).days;
  expect(nightsWith(days, 'retinol')).toEqual(['2026-11-24', '2026-12-02', '2026-12-10', '2026-12-14', '2026-12-18']);
});
