// Skin cycling before an event: which mask the eve gets, and how it counts against the week's masks and clay.
import { describe, expect, it } from 'vitest';
import type { MaskType } from '../../src/domain/vocabulary.js';
import type { DayPlan, PlanEvent } from '../../src/rules/types.js';
import { plan, profileOf } from './helpers.js';

const cycling = (fields: Parameters<typeof profileOf>[0]) => ({ ...profileOf(fields), cycle: 'skin-cycling' as const });
const party: PlanEvent[] = [{ date: '2026-12-02', label: 'party' }];
// 2026-12-01 (the eve of the party) is an exfoliation night of the cycle; 2026-11-30 a recovery night.
const eveOf = (days: DayPlan[], date = '2026-12-01') => days.find((d) => d.date === date)!.mask;

describe('skin cycling: the mask on the evening before an event', () => {
  const cases: [MaskType[], MaskType, string][] = [
    [['gel', 'sheet'], 'sheet', 'a brightening mask first, wherever it sits on the shelf'],
    [['clay', 'gel'], 'gel', 'no brightening mask: a hydrating one before clay'],
    [['clay'], 'clay', 'only clay, on an exfoliation night of skin that is not fragile: clay'],
  ];
  it.each(cases)('shelf %j: %s (%s)', (masks, type) => {
    const days = plan(cycling({ serums: ['retinol'], masks, masksPerWeek: 2 }), '2026-11-30', 7, {
      events: party,
    }).days;
    expect(eveOf(days)).toMatchObject({ type, event: { date: '2026-12-02', label: 'party' } });
  });

  it('an event mask counts against the week: a gentle one is not clay, so sensitive skin still gets its one clay night', () => {
    // Sensitive skin: one clay mask a week, never clay before an event. The party's eve (Monday) is a recovery night.
    const days = plan(
      cycling({ skin: 'sensitive', serums: ['retinol'], masks: ['clay', 'gel'], masksPerWeek: 3 }),
      '2026-11-30',
      7,
      { events: [{ date: '2026-12-01', label: 'dinner' }] },
    ).days;
    expect(eveOf(days, '2026-11-30')).toMatchObject({ type: 'gel', event: { date: '2026-12-01' } });
    expect(days.filter((d) => d.mask?.type === 'clay').map((d) => d.date)).toEqual(['2026-12-01']);
  });
});
