// A new product's dates as a person sees them: patch-test steps, then the face, then its use-by date; and the
// --explain entries that say why it is not on the face on each evening.
import { describe, expect, it } from 'vitest';
import { planRange } from '../../src/rules/planner.js';
import type { DayPlan, ProductDates } from '../../src/rules/types.js';
import { data, withDates } from './helpers.js';

const retinolWith = (dates: ProductDates) =>
  withDates({ serums: ['retinol', 'hyaluronic-acid'], masks: [], masksPerWeek: 0 }, { retinol: dates });
const run = (dates: ProductDates) => planRange(retinolWith(dates), '2026-12-05', 16, { events: [] }, data);
const patchDays = (days: DayPlan[]) =>
  days
    .filter((d) => d.am.some((s) => s.kind === 'patch-test') && d.pm.some((s) => s.kind === 'patch-test'))
    .map((d) => d.date);
/** The retinol's left-out entries of each evening ("rule: reason"), by date. */
const leftOut = (dates: ProductDates) => {
  const out: Record<string, string[]> = {};
  for (const e of run(dates).explanations)
    if (e.item === 'Retinol serum' && e.action === 'left-out') (out[e.date!] ??= []).push(`${e.rule}: ${e.reason}`);
  return out;
};

describe('a retinol started on 2026-12-07 (7 days of patch test)', () => {
  it('is patch-tested 2026-12-07 to 2026-12-13', () => {
    expect(patchDays(run({ started: '2026-12-07' }).days)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
  });

  it('past its use-by date on 2026-12-10: the patch test stops there too', () => {
    expect(patchDays(run({ started: '2026-12-07', expires: '2026-12-10' }).days)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ]);
  });

  it('--explain says it starts later, then that it is being patch-tested, then that it is past its use-by date', () => {
    const why = leftOut({ started: '2026-12-07', expires: '2026-12-18' });
    expect(why['2026-12-06']).toEqual([expect.stringMatching(/^patch-test: .*2026-12-07/)]);
    expect(why['2026-12-07']).toEqual([expect.stringMatching(/^patch-test: .*2026-12-13.*2026-12-14/)]);
    expect(why['2026-12-13']).toEqual([expect.stringMatching(/^patch-test: .*2026-12-13.*2026-12-14/)]);
    for (const d of ['2026-12-18', '2026-12-19', '2026-12-20'])
      expect(why[d]).toEqual([expect.stringMatching(/^past-use-by: .*2026-12-18/)]);
  });

  it('past its use-by date on a Friday: that week keeps its recovery nights', () => {
    const week = run({ started: '2026-12-07', expires: '2026-12-18' }).days.filter(
      (d) => d.date >= '2026-12-14' && d.date <= '2026-12-20',
    );
    expect(week.map((d) => d.night)).not.toContain('serum night');
    expect(week.filter((d) => d.night === 'recovery night').length).toBeGreaterThanOrEqual(2);
  });

  it('past its use-by date during the patch test: from that day, only the use-by date is given', () => {
    const why = leftOut({ started: '2026-12-07', expires: '2026-12-10' });
    expect(why['2026-12-09']).toEqual([expect.stringMatching(/^patch-test: /)]);
    for (const d of ['2026-12-10', '2026-12-13', '2026-12-14', '2026-12-20'])
      expect(why[d]).toEqual([expect.stringMatching(/^past-use-by: .*2026-12-10/)]);
  });
});

it('two new products patch-tested one after the other: each patch step names its own product', () => {
  const profile = withDates(
    { serums: ['retinol', 'aha', 'hyaluronic-acid'], masks: [], masksPerWeek: 0 },
    { retinol: { started: '2026-12-07' }, aha: { started: '2026-12-21' } },
  );
  const days = planRange(profile, '2026-12-07', 28, { events: [] }, data).days;
  const patched = (d: DayPlan) => d.am.flatMap((s) => (s.kind === 'patch-test' ? [s.name] : []));
  const byName = new Map<string, string[]>();
  for (const d of days) for (const name of patched(d)) byName.set(name, [...(byName.get(name) ?? []), d.date]);
  expect([...byName.keys()]).toEqual(['Retinol serum', 'AHA (glycolic, lactic acid) serum']);
  expect(byName.get('Retinol serum')).toEqual(days.slice(0, 7).map((d) => d.date));
  expect(byName.get('AHA (glycolic, lactic acid) serum')).toEqual(days.slice(14, 21).map((d) => d.date));
});

it.each<['clay' | 'sheet', { minutes?: number }, string]>([
  ['clay', { minutes: 10 }, 'a rinse-off mask: for its usual time'],
  ['sheet', {}, 'a leave-on mask: no time given'],
])('a new %s mask is patch-tested too (%s)', (type, extra) => {
  const profile = withDates(
    { serums: ['hyaluronic-acid'], masks: [type], masksPerWeek: 1 },
    { [type]: { started: '2026-12-07' } },
  );
  const day = planRange(profile, '2026-12-07', 1, { events: [] }, data).days[0]!;
  const step = day.pm.find((s) => s.kind === 'patch-test');
  expect(step).toStrictEqual({
    kind: 'patch-test',
    name: `${type[0]!.toUpperCase()}${type.slice(1)} mask`,
    where: 'inner forearm or the crease of the elbow',
    ...extra,
  });
});
