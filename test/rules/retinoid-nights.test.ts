// Which nights carry retinol: patch test first, the ramp from its own face start, the weekly caps, recovery nights.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { nightsWith, plan, profileOf, withDates } from './helpers.js';

const window = (nights: string[], from: string) => nights.filter((d) => d >= from && d < addDays(from, 7)).length;

describe('a new retinol', () => {
  const p = withDates(
    { serums: ['retinol', 'hyaluronic-acid'], masks: [], masksPerWeek: 0 },
    { retinol: { started: '2026-12-07' } },
  );
  const days = plan(p, '2026-12-07', 56).days;
  const nights = nightsWith(days, 'retinol');

  it('is patch-tested for 7 days, morning and evening, on the forearm, not on the face', () => {
    for (const d of days.slice(0, 7)) {
      expect(d.am.at(-1)).toEqual({
        kind: 'patch-test',
        name: 'Retinol serum',
        where: 'inner forearm or the crease of the elbow',
      });
      expect(d.pm.at(-1)).toMatchObject({ kind: 'patch-test', name: 'Retinol serum' });
    }
    expect(days[7]!.am.some((s) => s.kind === 'patch-test')).toBe(false);
    expect(nights.every((d) => d >= '2026-12-14')).toBe(true);
  });

  it.each([
    ['2026-12-14', 2],
    ['2026-12-21', 3],
    ['2026-12-28', 4],
    ['2027-01-04', 5],
  ])('the 7 days from %s carry exactly %i retinol nights', (from, n) => {
    expect(window(nights, from)).toBe(n);
  });

  it('names ramp nights with their week and level', () => {
    expect(days.find((d) => d.date === nights[0])!.night).toBe('retinol night (ramp week 1, 2/7)');
    expect(days.find((d) => d.date === nights[2])!.night).toBe('retinol night (ramp week 2, 3/7)');
  });

  it('never puts two retinol nights in a row while at 3 a week or fewer', () => {
    const early = nights.filter((d) => d < '2026-12-28');
    for (const d of early) expect(early).not.toContain(addDays(d, 1));
  });

  it('says it ramps, and explains each ramp night with its source URL', () => {
    const r = plan(p, '2026-12-14', 7);
    expect(r.warnings.find((w) => w.rule === 'retinoid-start-slow')?.message).toMatch(/^A new retinol ramps up/);
    const e = r.explanations.find((x) => x.date === nights[0] && x.item === 'Retinol serum');
    expect(e).toMatchObject({
      action: 'placed',
      rule: 'retinoid-start-slow',
      reason: expect.stringMatching(/^Ramp week 1: night 1 of at most 2/),
    });
    expect(e!.source.url).toMatch(/^https:\/\//);
  });

  it('the ramp ends where the steady week is reached: no "ramp week 4, 5/7" when only 4 nights a week fit', () => {
    // A clay mask and a sheet mask each week and 2 recovery nights leave retinol 4 nights a week at full use.
    const shelf: Parameters<typeof withDates>[0] = {
      serums: ['retinol', 'hyaluronic-acid'],
      masks: ['clay', 'sheet'],
      masksPerWeek: 2,
    };
    const r = plan(withDates(shelf, { retinol: { started: '2026-12-07', patchTested: true } }), '2026-12-07', 56).days;
    const steady = nightsWith(plan(withDates(shelf, {}), '2027-01-04', 7).days, 'retinol');
    expect(steady).toHaveLength(4);
    const labels = [...new Set(r.map((d) => d.night).filter((n) => n.startsWith('retinol night')))];
    expect(labels).toEqual([
      'retinol night (ramp week 1, 2/7)',
      'retinol night (ramp week 2, 3/7)',
      'retinol night (ramp week 3, 4/7)',
      'retinol night',
    ]);
    const ret = nightsWith(r, 'retinol');
    // Week 2 keeps 2: its third night would touch another (a clay night and a recovery night take the rest).
    expect([window(ret, '2026-12-07'), window(ret, '2026-12-14'), window(ret, '2026-12-21')]).toEqual([2, 2, 4]);
    for (const monday of ['2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'])
      expect(window(ret, monday), `week of ${monday}`).toBe(4);
  });

  it('a patch test already done: on the face from the start day', () => {
    const done = withDates(
      { serums: ['retinol'], masks: [] },
      { retinol: { started: '2026-12-07', patchTested: true } },
    );
    const n = nightsWith(plan(done, '2026-12-07', 7).days, 'retinol');
    expect(n.length).toBe(2);
    expect(n[0]! <= '2026-12-08').toBe(true);
  });

  it('a start in the future: nothing before it', () => {
    const later = withDates({ serums: ['retinol'], masks: [] }, { retinol: { started: '2027-03-01' } });
    expect(nightsWith(plan(later, '2026-12-07', 28).days, 'retinol')).toEqual([]);
  });

  it('sensitive skin: at most 2 a week, stepping up only every 14 days', () => {
    const s = withDates({ skin: 'sensitive', serums: ['retinol'], masks: [] }, { retinol: { started: '2026-12-07' } });
    const n = nightsWith(plan(s, '2026-12-07', 42).days, 'retinol');
    for (const from of ['2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'])
      expect(window(n, from)).toBeLessThanOrEqual(2);
  });
});

describe('a retinol long in use', () => {
  it.each([
    ['normal', 5],
    ['oily', 5],
    ['sensitive', 2],
  ] as const)('%s skin, no masks: %i nights a week (2 recovery nights kept)', (skin, n) => {
    const days = plan(profileOf({ skin, serums: ['retinol'], masks: [], masksPerWeek: 0 }), '2026-11-30', 7).days;
    expect(nightsWith(days, 'retinol').length).toBe(n);
    expect(days.filter((d) => d.night === 'recovery night').length).toBe(7 - n);
  });

  it('the caution says how to get the ramp, never "not every night as planned"', () => {
    const r = plan(profileOf({ serums: ['retinol'], masks: [] }), '2026-11-30', 7);
    const msg = r.warnings.find((w) => w.rule === 'retinoid-start-slow')!.message;
    expect(msg).toContain('--new retinol');
    expect(msg).not.toMatch(/every night as planned/);
  });
});

describe('retinol with other strong actives', () => {
  it('AHA and retinol take turns; neither on a clay night; 2 recovery nights every week', () => {
    const days = plan(
      profileOf({ serums: ['retinol', 'aha'], masks: ['clay', 'sheet'], masksPerWeek: 3 }),
      '2026-11-30',
      21,
    ).days;
    for (const d of days) {
      expect(
        d.pm.filter((s) => s.kind === 'serum' && s.actives.some((a) => a === 'aha' || a === 'retinol')).length,
      ).toBeLessThanOrEqual(1);
      if (d.mask?.type === 'clay') expect(d.night).toBe('clay mask night');
    }
    for (let w = 0; w < 3; w++)
      expect(days.slice(w * 7, w * 7 + 7).filter((d) => d.night === 'recovery night').length).toBeGreaterThanOrEqual(2);
  });

  it('a benzoyl peroxide + retinol product is left out alone: the separate retinol serum stays, and the warning says what to do', () => {
    const p = profileOf({
      serums: ['retinol', { name: 'Spot Fix', actives: ['benzoyl-peroxide', 'retinol'] }],
      masks: [],
    });
    const r = plan(p, '2026-11-30', 7);
    expect(nightsWith(r.days, 'retinol').length).toBe(5);
    expect(r.days.some((d) => [...d.am, ...d.pm].some((s) => s.kind === 'serum' && s.name === 'Spot Fix'))).toBe(false);
    const w = r.warnings.find((x) => x.rule === 'benzoyl-peroxide-apart-from-retinoid')!;
    expect(w.message).toMatch(
      /Spot Fix .* left out .* benzoyl peroxide product in the morning and a retinol serum at night/,
    );
  });

  it('vitamin C and benzoyl peroxide never share a morning: benzoyl peroxide goes to the evening, never with retinol, and says where it rests', () => {
    const r = plan(profileOf({ serums: ['vitamin-c', 'benzoyl-peroxide', 'retinol'], masks: [] }), '2026-11-30', 7);
    for (const d of r.days) {
      const am = d.am.flatMap((s) => (s.kind === 'serum' ? s.actives : []));
      expect(am.includes('vitamin-c') && am.includes('benzoyl-peroxide')).toBe(false);
      const pm = d.pm.flatMap((s) => (s.kind === 'serum' ? s.actives : []));
      expect(pm.includes('retinol') && pm.includes('benzoyl-peroxide')).toBe(false);
    }
    const rests = r.warnings.filter((w) => /^Benzoyl peroxide serum rests on/.test(w.message)).map((w) => w.rule);
    expect(rests.sort()).toEqual(['benzoyl-peroxide-apart-from-retinoid', 'recovery-nights']);
  });
});
