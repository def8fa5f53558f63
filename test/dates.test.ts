// toIsoDate: the clock's local calendar date, written as date-fns writes 'yyyy-MM-dd' (which it once called).
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../src/domain/dates.js';

describe('toIsoDate', () => {
  it.each([
    [2026, 10, 24, '2026-11-24'],
    [2026, 0, 1, '2026-01-01'],
    [1999, 11, 31, '1999-12-31'],
    [999, 5, 9, '0999-06-09'],
    [1, 0, 1, '0001-01-01'],
    [0, 0, 1, '0001-01-01'], // 1 BC
    [-1, 0, 1, '0002-01-01'],
    [12345, 6, 4, '12345-07-04'],
  ])('%i-%i-%i (local) is %s, as date-fns formats it', (year, month, day, iso) => {
    for (const hour of [0, 12, 23]) {
      const date = new Date(2000, month, day, hour);
      date.setFullYear(year, month, day);
      expect(toIsoDate(date)).toBe(iso);
      expect(toIsoDate(date)).toBe(format(date, 'yyyy-MM-dd'));
    }
  });

  it('an invalid Date is a RangeError, as with date-fns', () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
