// New products one at a time, nothing new before an event, masks patch-tested too, use-by dates.
import { describe, expect, it } from 'vitest';
import { useByDate } from '../../src/rules/safety/use-by.js';
import { nightsWith, plan, profileOf, withDates } from './helpers.js';

describe('one new thing at a time', () => {
  it('a second product starting within 14 days moves to 14 days after the first one’s face start', () => {
    const p = withDates(
      { serums: ['retinol', 'aha'], masks: [] },
      { retinol: { started: '2026-12-01' }, aha: { started: '2026-12-03' } },
    );
    const r = plan(p, '2026-12-01', 42);
    // Retinol on the face from 12-08; the AHA's face start moves to 12-22, its patch test to 12-15.
    expect(r.warnings.find((w) => w.rule === 'one-new-thing')?.message).toBe(
      'AHA (glycolic, lactic acid) serum now goes on the face on 2026-12-22, 2 weeks after Retinol serum (2026-12-08): one new product at a time.',
    );
    expect(nightsWith(r.days, 'aha').every((d) => d >= '2026-12-22')).toBe(true);
    const patch = r.days.filter((d) => d.am.some((s) => s.kind === 'patch-test' && s.name.startsWith('AHA')));
    expect(patch.map((d) => d.date)).toEqual([
      '2026-12-15',
      '2026-12-16',
      '2026-12-17',
      '2026-12-18',
      '2026-12-19',
      '2026-12-20',
      '2026-12-21',
    ]);
  });

  it('nothing starts in the 14 days before an event: the start moves to the day after it', () => {
    const p = withDates({ serums: ['retinol'], masks: ['sheet'] }, { retinol: { started: '2026-12-01' } });
    const r = plan(p, '2026-12-01', 28, { events: [{ date: '2026-12-10', label: 'Gala' }] });
    expect(r.warnings.find((w) => w.rule === 'one-new-thing')?.message).toBe(
      'Retinol serum now starts on 2026-12-11, the day after Gala (2026-12-10): nothing new in the 2 weeks before an event.',
    );
    expect(r.days.filter((d) => d.date < '2026-12-11').some((d) => d.am.some((s) => s.kind === 'patch-test'))).toBe(
      false,
    );
  });

  it('a new rinse-off mask is patch-tested for its usual minutes and not worn meanwhile', () => {
    const p = withDates(
      { serums: [], masks: ['gel'], masksPerWeek: 3 },
      { gel: { started: '2026-12-07' } },
      { patchTestDays: 10 },
    );
    const days = plan(p, '2026-12-07', 14).days;
    expect(days[0]!.pm.at(-1)).toEqual({
      kind: 'patch-test',
      name: 'Gel mask',
      where: 'inner forearm or the crease of the elbow',
      minutes: 15,
    });
    expect(days.filter((d) => d.mask).every((d) => d.date >= '2026-12-17')).toBe(true);
    expect(days.filter((d) => d.am.some((s) => s.kind === 'patch-test')).length).toBe(10);
  });
});

describe('use-by dates', () => {
  it.each([
    [{ expires: '2027-03-01' }, '2027-03-01'],
    [{ opened: '2026-11-30', paoMonths: 6 }, '2027-05-30'],
    [{ opened: '2027-01-31', paoMonths: 1 }, '2027-02-28'],
    [{ opened: '2026-11-30', paoMonths: 12, expires: '2027-03-01' }, '2027-03-01'],
    [{ opened: '2026-11-30', paoMonths: 3, expires: '2027-12-01' }, '2027-02-28'],
    [{ opened: '2026-11-30' }, undefined],
    [{}, undefined],
  ])('%j → %s', (dates, expected) => {
    expect(useByDate(dates)).toBe(expected);
  });

  it('within 30 days: a caution to use it up; from the date: left out, with an avoid warning', () => {
    const p = withDates({ serums: ['aha', 'hyaluronic-acid'], masks: [] }, { aha: { expires: '2026-12-04' } });
    const r = plan(p, '2026-11-30', 7);
    expect(nightsWith(r.days, 'aha').every((d) => d < '2026-12-04')).toBe(true);
    expect(
      r.days
        .filter((d) => d.date >= '2026-12-04')
        .some((d) => d.pm.some((s) => s.kind === 'serum' && s.name.startsWith('AHA'))),
    ).toBe(false);
    const byRule = Object.fromEntries(r.warnings.map((w) => [w.rule, w]));
    expect(byRule['past-use-by']).toMatchObject({
      severity: 'avoid',
      message:
        'AHA (glycolic, lactic acid) serum reached its use-by date on 2026-12-04: it is left out of the plan from then; replace it.',
    });
    expect(byRule['use-by-soon']).toMatchObject({
      severity: 'caution',
      message: 'Use up AHA (glycolic, lactic acid) serum by 2026-12-04.',
    });
    const before = plan(p, '2026-11-01', 3);
    expect(before.warnings.map((w) => w.rule)).not.toContain('use-by-soon');
    expect(plan(p, '2026-11-05', 3).warnings.map((w) => w.rule)).toContain('use-by-soon');
  });

  it('two bottles of one serum with the same use-by date: one warning, not two', () => {
    // Printed date 2026-12-10, and opened 2026-11-10 with a 1-month open-jar number: the same date by both counts.
    const base = profileOf({ serums: ['aha'], masks: [] });
    const aha = base.serums[0]!;
    const p = {
      ...base,
      serums: [
        { ...aha, expires: '2026-12-10' },
        { ...aha, opened: '2026-11-10', paoMonths: 1 },
      ],
    };
    const soon = plan(p, '2026-11-30', 7).warnings.filter((w) => w.rule === 'use-by-soon');
    expect(soon.map((w) => w.message)).toEqual(['Use up AHA (glycolic, lactic acid) serum by 2026-12-10.']);
  });

  it.each([
    ['2026-12-04', 'gel'],
    ['2026-12-05', 'sheet'],
  ])("an event's eve mask is one still usable that evening (sheet mask's use-by %s: %s)", (expires, type) => {
    // The sheet mask (brightening) is the first choice for an eve; from its use-by date it is not used.
    const p = withDates({ skin: 'normal', masks: ['sheet', 'gel'], masksPerWeek: 2 }, { sheet: { expires } });
    const r = plan(p, '2026-11-30', 7, { events: [{ date: '2026-12-05', label: 'Party' }] });
    const eve = r.days.find((d) => d.date === '2026-12-04')!;
    expect(eve.mask).toMatchObject({ type, event: { date: '2026-12-05', label: 'Party' } });
  });
});

describe('a new acid', () => {
  it.each(['aha', 'bha'] as const)(
    'a new %s: one night in each of its first two 7-day windows on the face, then the weekly cap',
    (acid) => {
      const p = withDates(
        { skin: 'oily', serums: [acid], masks: [] },
        { [acid]: { started: '2026-12-01', patchTested: true } },
      );
      const nights = nightsWith(plan(p, '2026-12-01', 35).days, acid);
      const inWindow = (from: string, to: string) => nights.filter((d) => d >= from && d <= to).length;
      expect(inWindow('2026-12-01', '2026-12-07')).toBe(1);
      expect(inWindow('2026-12-08', '2026-12-14')).toBe(1);
      expect(inWindow('2026-12-21', '2026-12-27')).toBe(2);
    },
  );
});
