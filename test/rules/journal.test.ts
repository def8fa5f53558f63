// How the plan adapts to the journal: rests after irritation, a fresh ramp, hydrating masks after dry skin.
import { describe, expect, it } from 'vitest';
import type { SkinState } from '../../src/domain/vocabulary.js';
import { RULES } from '../../src/rules/safety/index.js';
import { data } from '../helpers.js';
import { has, nightsWith, plan, profileOf } from './helpers.js';

const shelf = profileOf({ serums: ['retinol', 'aha', 'hyaluronic-acid'], masks: ['clay', 'gel'], masksPerWeek: 3 });
const log = (date: string, ...skin: SkinState[]) => ({ date, skin });

describe('red, stinging or peeling skin', () => {
  it.each(['red', 'stinging', 'peeling'] as const)(
    '%s on a day: the next 3 evenings carry no retinoid, acid or clay',
    (state) => {
      const r = plan(shelf, '2026-11-30', 14, { journal: [log('2026-12-02', state)] });
      for (const d of r.days.filter((x) => x.date >= '2026-12-03' && x.date <= '2026-12-05')) {
        expect(has(d.pm, 'retinol') || has(d.pm, 'aha'), d.date).toBe(false);
        expect(d.mask?.type, d.date).not.toBe('clay');
        expect(d.night).toBe('recovery night');
      }
      const w = r.warnings.find((x) => x.rule === 'irritation-rest')!;
      expect(w.message).toBe(
        `You logged ${state} skin on 2026-12-02: 2026-12-03 to 2026-12-05 are recovery nights, without Retinol serum, AHA (glycolic, lactic acid) serum or Clay mask; from 2026-12-06 Retinol serum builds up again from 2 nights a week.`,
      );
      expect(w.source.url).toMatch(/^https:\/\//);
    },
  );

  it('then retinol ramps again from 2 nights in the first 7 days, acids 1 a week', () => {
    const days = plan(shelf, '2026-12-06', 14, { journal: [log('2026-12-02', 'red')] }).days;
    const first = days.filter((d) => d.date < '2026-12-13');
    expect(nightsWith(first, 'retinol').length).toBeLessThanOrEqual(2);
    expect(nightsWith(first, 'aha').length).toBeLessThanOrEqual(1);
    expect(first.find((d) => has(d.pm, 'retinol'))!.night).toMatch(/^retinol night \(ramp week 1, 2\/7\)/);
  });

  it('no reset from good or oily days, and skipped routines are not made up', () => {
    const none = plan(shelf, '2026-11-30', 14).days;
    const journal = [
      { date: '2026-12-01', skin: ['good' as const], pm: 'skipped' as const },
      { date: '2026-12-02', skin: ['oily' as const], am: 'skipped' as const, pm: 'skipped' as const },
    ];
    expect(plan(shelf, '2026-11-30', 14, { journal }).days).toEqual(none);
  });

  it('a gentle mask may stay on a rest night; clay is swapped for it', () => {
    const base = plan(shelf, '2026-11-30', 14).days;
    const clay = base.find((d) => d.mask?.type === 'clay')!.date;
    const day = (date: string) => new Date(`${date}T00:00:00Z`);
    const before = new Date(day(clay).getTime() - 86_400_000).toISOString().slice(0, 10);
    const rested = plan(shelf, '2026-11-30', 14, { journal: [log(before, 'red')] }).days.find((d) => d.date === clay)!;
    expect(rested.mask?.type).toBe('gel');
  });
});

describe('which breakout days the tip hears of', () => {
  const breakout = RULES.find((r) => r.id === 'breakout-log')!;
  const days = (from: string, n: number) => plan(profileOf({ skin: 'normal' }), from, n).days;
  it.each([
    ['2026-11-22', 'the week before: 8 days before the first day', false],
    ['2026-11-23', 'the week before: 7 days before', true],
    ['2026-11-29', 'the eve of the plan', true],
    ['2026-12-01', 'within the plan', true],
    ['2026-12-06', 'its last day', false],
    ['2026-12-07', 'after it', false],
  ])('a breakout on %s (%s): tip %s', (date, _when, tip) => {
    const found = breakout.check!(days('2026-11-30', 7), {
      profile: profileOf({ skin: 'normal' }),
      data,
      journal: [log(date, 'breakout')],
    });
    expect(found.length).toBe(tip ? 1 : 0);
  });
  it('no days planned: nothing to say', () => {
    expect(breakout.check!([], { profile: profileOf({}), data, journal: [log('2026-11-29', 'breakout')] })).toEqual([]);
  });
});

describe('dry and breakout days', () => {
  it('dry: the next mask night within a week is a hydrating mask, not clay', () => {
    const base = plan(shelf, '2026-11-30', 14).days;
    const clay = base.find((d) => d.mask?.type === 'clay')!;
    const masksBefore = base.filter((d) => d.mask && d.date < clay.date).map((d) => d.date);
    const dryDay = masksBefore.at(-1) ?? '2026-11-29';
    const r = plan(shelf, '2026-11-30', 14, { journal: [log(dryDay, 'dry')] }).days;
    expect(r.find((d) => d.date === clay.date)!.mask?.type).toBe('gel');
  });

  it('breakout: a niacinamide tip, the actives unchanged', () => {
    const oily = profileOf({ skin: 'oily', serums: ['retinol'], masks: ['clay'], masksPerWeek: 2 });
    const base = plan(oily, '2026-11-30', 7);
    const r = plan(oily, '2026-11-30', 7, { journal: [log('2026-11-29', 'breakout')] });
    expect(r.days).toEqual(base.days);
    expect(r.warnings.find((w) => w.rule === 'breakout-log')?.message).toBe(
      'You logged a breakout on 2026-11-29: a niacinamide serum helps balance oil, and a clay mask once or twice a week suits your skin. Your actives stay as planned.',
    );
  });
});

it('only days before a planned day count: a log on the day itself changes nothing that day', () => {
  const base = plan(shelf, '2026-12-03', 1).days[0];
  expect(
    plan(shelf, '2026-12-03', 1, { journal: [log('2026-12-03', 'red'), log('2026-12-05', 'peeling')] }).days[0],
  ).toEqual(base);
});
