// Skin cycling: exfoliation, retinoid, recovery, recovery, anchored to the calendar.
import { describe, expect, it } from 'vitest';
import { has, plan, profileOf } from './helpers.js';

const cycling = (fields: Parameters<typeof profileOf>[0]) => ({ ...profileOf(fields), cycle: 'skin-cycling' as const });
// 2026-12-01 is day 20788 since 1970-01-01: 20788 mod 4 = 0, so a cycle starts that evening.

describe('skin cycling', () => {
  it('with an acid: exfoliation, retinoid, recovery, recovery from 2026-12-01', () => {
    const days = plan(
      cycling({ serums: ['retinol', 'bha', 'hyaluronic-acid'], masks: ['sheet'], masksPerWeek: 2 }),
      '2026-12-01',
      8,
    ).days;
    expect(days.map((d) => (has(d.pm, 'bha') ? 'E' : has(d.pm, 'retinol') ? 'R' : '-'))).toEqual([
      'E',
      'R',
      '-',
      '-',
      'E',
      'R',
      '-',
      '-',
    ]);
    expect(days.filter((d) => d.mask).every((d) => !has(d.pm, 'bha') && !has(d.pm, 'retinol'))).toBe(true);
  });

  it('with no acid, clay takes the exfoliation night; with neither, it is a recovery night', () => {
    const clay = plan(cycling({ serums: ['retinol'], masks: ['clay'], masksPerWeek: 2 }), '2026-12-01', 4).days;
    expect(clay[0]!.mask?.type).toBe('clay');
    expect(clay[0]!.night).toBe('clay mask night');
    const none = plan(cycling({ serums: ['retinol'], masks: [], masksPerWeek: 0 }), '2026-12-01', 4).days;
    expect(none.map((d) => d.night)).toEqual(['recovery night', 'retinol night', 'recovery night', 'recovery night']);
  });

  it('a new retinol ramps in the cycle only while the ramp holds a night back: 2 a week already covers its nights', () => {
    // The cycle gives the retinoid 1 or 2 evenings in any 7 days, so the first window (at most 2) is the whole ramp.
    const p = {
      ...cycling({ serums: ['retinol'], masks: [], masksPerWeek: 0 }),
      serums: [{ name: 'Retinol serum', actives: ['retinol' as const], started: '2026-12-01', patchTested: true }],
    };
    const days = plan(p, '2026-12-01', 28).days;
    const nights = days.filter((d) => has(d.pm, 'retinol'));
    expect(nights.map((d) => d.date)).toEqual(
      Array.from({ length: 7 }, (_, k) => `2026-12-${String(2 + 4 * k).padStart(2, '0')}`),
    );
    const ramp = nights.filter((d) => d.night.includes('ramp week'));
    expect(ramp.map((d) => d.night)).toEqual(['retinol night (ramp week 1, 2/7)', 'retinol night (ramp week 1, 2/7)']);
  });

  it('masks per week only caps the hydrating masks, with a note', () => {
    const r = plan(cycling({ serums: ['retinol'], masks: ['sheet'], masksPerWeek: 1 }), '2026-11-30', 14);
    for (const w of [r.days.slice(0, 7), r.days.slice(7)]) expect(w.filter((d) => d.mask).length).toBe(1);
    expect(r.warnings.find((w) => w.rule === 'skin-cycling')?.message).toMatch(
      /1 mask nights a week is a cap, not a target/,
    );
  });
});
