// Local calendar dates as 'YYYY-MM-DD' strings. Day arithmetic is done on whole calendar days (a day number
// since 1970-01-01, computed with Date.UTC), so it never meets a daylight-saving change or a time of day; the
// clock's local date is read from the Date's local fields.
import { WEEKDAYS, type Weekday } from './vocabulary.js';

/** A local calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/**
 * The calendar-day number of 'YYYY-MM-DD' (days since 1970-01-01, in the proleptic Gregorian calendar, as Date.UTC
 * counts), or undefined when it is not a real date. Read from the character codes and counted with integers (the
 * days-from-civil algorithm, https://howardhinnant.github.io/date_algorithms.html#days_from_civil): no regular
 * expression, Date or lookup, as the planner asks this for every day it plans.
 */
export function dayNumber(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // '-'
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const yy = m <= 2 ? y - 1 : y; // the year counted from March, so that a leap day ends it
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146_097 + doe - 719_468;
}

/** The number written by the ASCII digits text[from, to), or -1 when one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days in month m (1-12) of year y, Gregorian leap years. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The years a person may plan in: wide enough for anyone, narrow enough that 520 weeks never leave 4-digit years. */
export const PLAN_YEARS = { min: 1900, max: 2999 } as const;

/** True when text is a real calendar date within PLAN_YEARS. */
export function isPlannableDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return dayNumber(text) !== undefined && year >= PLAN_YEARS.min && year <= PLAN_YEARS.max;
}

/**
 * Parses user input 'YYYY-MM-DD' into a local Date at midnight; undefined when it is not a real calendar date or
 * lies outside PLAN_YEARS.
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!isPlannableDate(text)) return undefined;
  const n = dayNumber(text)!;
  const utc = new Date(n * DAY_MS);
  const local = new Date(2000, 0, 1);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}

/**
 * The local calendar date of a Date, as 'YYYY-MM-DD' (as date-fns formats 'yyyy-MM-dd': the year has at least 4
 * digits, and a year before 1 is counted back from 1 BC; an invalid Date is a RangeError).
 */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const y = date.getFullYear();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(y > 0 ? y : 1 - y, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

// The dates made last, by day number: a direct-mapped cache (slot = day number mod 1024, about 2.8 years of days
// without two sharing a slot), cheaper than a Map for the few dozen days around each plan, and the same string for
// the same day, so a date used as a Map key is hashed once.
const SLOTS = 1024;
const cachedDay = new Float64Array(SLOTS).fill(Number.NaN);
const cachedIso: IsoDate[] = new Array<IsoDate>(SLOTS).fill('');
/** 'YYYY-MM-DD' for a day number. */
export function fromDayNumber(n: number): IsoDate {
  const slot = n & (SLOTS - 1);
  if (cachedDay[slot] === n) return cachedIso[slot]!;
  const d = new Date(n * DAY_MS);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  const iso = `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  cachedDay[slot] = n;
  cachedIso[slot] = iso;
  return iso;
}

/** The day number of a calendar date (a RangeError for anything else): for code that walks days as numbers. */
export function asDay(iso: IsoDate): number {
  const n = dayNumber(iso);
  if (n === undefined) throw new RangeError(`not a calendar date: ${iso}`);
  return n;
}

/** The date n calendar days after iso (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayNumber(asDay(iso) + n);
}

/** Calendar days from a to b. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return asDay(b) - asDay(a);
}

/** 0 for Monday … 6 for Sunday, of a day number. */
export const weekdayOf = (n: number) => (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: IsoDate): number {
  return weekdayOf(asDay(iso));
}

/** The Monday of iso's week (weeks run Monday to Sunday). */
export function mondayOf(iso: IsoDate): IsoDate {
  const n = asDay(iso);
  return fromDayNumber(n - weekdayOf(n));
}

/** 'Monday' … 'Sunday'. */
export function weekdayName(iso: IsoDate): Weekday {
  return WEEKDAYS[weekdayIndex(iso)]!;
}

/**
 * The week of day number n, counted from the Monday 1970-01-05: a calendar-anchored week number, so schedules agree
 * whatever the start.
 */
export function weekOfDay(n: number): number {
  return Math.floor((n - weekdayOf(n) - 4) / 7);
}

/** The list of n consecutive dates from start. */
export function dateRange(start: IsoDate, n: number): IsoDate[] {
  const first = asDay(start);
  // A loop, not Array.from: the same kind of list whether optimized code or the interpreter made it.
  const out: IsoDate[] = [];
  for (let i = 0; i < n; i++) out.push(fromDayNumber(first + i));
  return out;
}
