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
      /; 1 mask night a week is a cap, not a target\.$/,
    );
    const two = plan(cycling({ serums: ['retinol'], masks: ['sheet'], masksPerWeek: 2 }), '2026-11-30', 7);
    expect(two.warnings.find((w) => w.rule === 'skin-cycling')?.message).toMatch(
      /; 2 mask nights a week is a cap, not a target\.$/,
    );
  });

  /** The week's evenings as "date type" for those with a mask. */
  const maskNights = (days: readonly { date: string; mask: { type: string } | null }[]) =>
    days.filter((d) => d.mask).map((d) => `${d.date} ${d.mask!.type}`);
  const touching = (days: readonly { date: string; mask: unknown }[]) =>
    days.filter((d, i) => i > 0 && d.mask && days[i - 1]!.mask).map((d) => d.date);

  it('niacinamide with clay and sheet masks, 3 a week: clay on the exfoliation nights, a sheet mask between, none touching', () => {
    const r = plan(cycling({ serums: ['niacinamide'], masks: ['clay', 'sheet'], masksPerWeek: 3 }), '2026-12-07', 14);
    expect(maskNights(r.days)).toEqual([
      '2026-12-09 clay',
      '2026-12-11 sheet',
      '2026-12-13 clay',
      '2026-12-15 sheet',
      '2026-12-17 clay',
      '2026-12-19 sheet',
    ]);
    expect(touching(r.days)).toEqual([]);
    expect(r.warnings.filter((w) => w.rule === 'mask-spacing')).toEqual([]);
  });

  it('retinol and niacinamide with sheet and sleeping masks, 3 a week: the free nights one apart, the masks rotating', () => {
    const r = plan(
      cycling({ serums: ['retinol', 'niacinamide'], masks: ['sheet', 'sleeping'], masksPerWeek: 3 }),
      '2026-12-07',
      7,
    );
    expect(maskNights(r.days)).toEqual(['2026-12-07 sheet', '2026-12-09 sleeping', '2026-12-11 sheet']);
    // Wednesday is the cycle's exfoliation night; with no acid and no clay it is a recovery night.
    expect(r.days[2]!.night).toBe('recovery night');
    expect(r.warnings.filter((w) => w.rule === 'mask-spacing')).toEqual([]);
  });

  it('with an acid on the exfoliation nights, 3 hydrating masks a week need both nights of a pair: the tip says so', () => {
    const r = plan(cycling({ serums: ['bha'], masks: ['sheet'], masksPerWeek: 3 }), '2026-12-07', 7);
    expect(maskNights(r.days)).toEqual(['2026-12-07 sheet', '2026-12-08 sheet', '2026-12-11 sheet']);
    expect(r.warnings.find((w) => w.rule === 'mask-spacing')?.message).toBe(
      'Mask nights back to back on Tuesday 2026-12-08: skin cycling leaves masks its recovery nights, which come two in a row, and 3 a week take more of them than can stay apart; keep those masks gentle.',
    );
    // 2 a week fit apart.
    const two = plan(cycling({ serums: ['bha'], masks: ['sheet'], masksPerWeek: 2 }), '2026-12-07', 7);
    expect(maskNights(two.days)).toEqual(['2026-12-07 sheet', '2026-12-11 sheet']);
  });

  it('the clay cap: on sensitive skin one clay night a week, the other exfoliation night a recovery night', () => {
    const r = plan(
      cycling({ skin: 'sensitive', serums: ['niacinamide'], masks: ['clay', 'gel'], masksPerWeek: 4 }),
      '2026-12-07',
      7,
    );
    expect(maskNights(r.days)).toEqual(['2026-12-07 gel', '2026-12-09 clay', '2026-12-11 gel', '2026-12-13 gel']);
  });

  it('each day planned alone has the mask the weeks around it have', () => {
    for (const fields of [
      { serums: ['niacinamide'], masks: ['clay', 'sheet'], masksPerWeek: 3 },
      { serums: ['retinol', 'niacinamide'], masks: ['sheet', 'sleeping'], masksPerWeek: 3 },
      { serums: ['bha'], masks: ['sheet', 'gel'], masksPerWeek: 3 },
    ] as Parameters<typeof profileOf>[0][]) {
      const p = cycling(fields);
      const weeks = plan(p, '2026-11-30', 28).days;
      for (const day of weeks) expect(plan(p, day.date, 1).days[0]!.mask, day.date).toEqual(day.mask);
      expect(plan(p, '2026-12-03', 10).days).toEqual(weeks.slice(3, 13));
    }
  });
});
