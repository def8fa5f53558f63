// toIsoDate: the clock's local calendar date, written as date-fns writes 'yyyy-MM-dd' (which it once called).
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, fromDayNumber, mondayOf, toIsoDate, weekdayName, weekOfDay } from '../src/domain/dates.js';

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

describe('dayNumber', () => {
  /** The day number as Date.UTC counts it, or undefined when the text is not a real 'YYYY-MM-DD' date. */
  const byDate = (text: string): number | undefined => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(2000, mo - 1, d));
    date.setUTCFullYear(y);
    const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    return real ? Math.round(date.getTime() / 86_400_000) : undefined;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2026-11-24', 20_781],
    ['2024-02-29', 19_782],
    ['2000-02-29', 11_016],
    ['0000-01-01', -719_528],
    ['9999-12-31', 2_932_896],
  ])('%s is day %i', (text, n) => {
    expect(dayNumber(text)).toBe(n);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-1-01',
    '2026-01-1',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026/01/01',
    '2026-0a-01',
    '-002-01-01',
    '+2026-01-01',
    '２０２６-01-01',
    '',
  ])('%j is not a date', (text) => {
    expect(dayNumber(text)).toBeUndefined();
  });

  it('counts every date of any year, and refuses every day past a month end, as Date.UTC does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(dayNumber(text)).toBe(byDate(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('fromDayNumber, mondayOf, weekOfDay', () => {
  it('writes every day number back as the date it counts, also days that share a cache slot', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), fc.nat({ max: 3 }), (n, k) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        const twin = n + 1024 * (k + 1) <= 2_932_896 ? n + 1024 * (k + 1) : n - 1024 * (k + 1);
        expect(fromDayNumber(n)).toBe(iso);
        expect(fromDayNumber(twin)).toBe(new Date(twin * 86_400_000).toISOString().slice(0, 10));
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-12-02', '2026-11-30', 2969],
    ['2026-11-30', '2026-11-30', 2969],
    ['2026-12-06', '2026-11-30', 2969],
    ['2026-12-07', '2026-12-07', 2970],
    ['1970-01-01', '1969-12-29', -1],
    ['1970-01-05', '1970-01-05', 0],
    ['0001-01-03', '0001-01-01', -102_738],
  ])('%s: its Monday is %s, week number %i', (day, monday, week) => {
    expect(mondayOf(day)).toBe(monday);
    expect(weekOfDay(dayNumber(day)!)).toBe(week);
    expect(weekdayName(monday)).toBe('Monday');
  });
});
