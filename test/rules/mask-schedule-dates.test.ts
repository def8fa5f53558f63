// Mask nights when the masks carry dates (a use-by date, a start): the week's count and spread are those of the masks
// usable that week, so a dated jar is planned as an undated one until it goes off.
import { describe, expect, it } from 'vitest';
import { weekdayName } from '../../src/domain/dates.js';
import { maskName } from '../../src/rules/schedule.js';
import { data, plan, profileOf, withDates } from './helpers.js';

const maskNights = (days: readonly { date: string; mask: { type: string } | null }[]) =>
  days.filter((d) => d.mask).map((d) => `${weekdayName(d.date)} ${d.mask!.type}`);

describe('a clay-only shelf with dates', () => {
  const fields = { skin: 'dry' as const, masks: ['clay' as const], masksPerWeek: 3 };
  it('dry skin: one clay night a week, on the same evening as without dates', () => {
    const undated = plan(profileOf(fields), '2026-11-30', 14);
    const dated = plan(withDates(fields, { clay: { opened: '2026-11-01', paoMonths: 12 } }), '2026-11-30', 14);
    expect(maskNights(undated.days)).toEqual(['Sunday clay', 'Sunday clay']);
    expect(maskNights(dated.days)).toEqual(maskNights(undated.days));
  });
  it('normal skin: the clay allowance, spread as without dates', () => {
    const normal = { ...fields, skin: 'normal' as const };
    const undated = plan(profileOf(normal), '2026-11-30', 7);
    const dated = plan(withDates(normal, { clay: { expires: '2027-06-01' } }), '2026-11-30', 7);
    expect(maskNights(dated.days)).toEqual(maskNights(undated.days));
    expect(maskNights(dated.days).length).toBeGreaterThan(0);
  });
  it('a clay jar past its use-by date: no mask night at all that week', () => {
    const gone = plan(withDates(fields, { clay: { expires: '2026-11-20' } }), '2026-11-30', 7);
    expect(maskNights(gone.days)).toEqual([]);
  });
});

describe('mask names', () => {
  it('a named product keeps its name; an unnamed one is called after its type', () => {
    expect(maskName({ type: 'clay', name: 'Green Clay' }, data.maskTypes)).toBe('Green Clay');
    expect(maskName({ type: 'clay', name: null }, data.maskTypes)).toBe('Clay mask');
    expect(maskName({ type: 'clay', name: null }, [])).toBe('clay mask');
  });
});

describe("event eves count toward the week's clay allowance", () => {
  const clayNights = (days: readonly { date: string; mask: { type: string } | null }[]) =>
    days.filter((d) => d.mask?.type === 'clay').map((d) => weekdayName(d.date));
  it('oily skin, clay only, an event on Wednesday: clay on its eve and once more, never a third time', () => {
    const p = plan(profileOf({ skin: 'oily', masks: ['clay'], masksPerWeek: 3 }), '2026-11-30', 7, {
      events: [{ date: '2026-12-02', label: 'Gala' }],
    });
    expect(clayNights(p.days)).toHaveLength(2);
    expect(clayNights(p.days)[0]).toBe('Tuesday');
  });
  it('oily skin, clay only, three event eves in one week: clay on two of them, the allowance', () => {
    const events = ['2026-12-01', '2026-12-03', '2026-12-05'].map((date) => ({ date, label: null }));
    const p = plan(profileOf({ skin: 'oily', masks: ['clay'], masksPerWeek: 3 }), '2026-11-30', 7, { events });
    expect(clayNights(p.days)).toHaveLength(2);
  });
});
