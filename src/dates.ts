// Local calendar dates as 'YYYY-MM-DD' strings; arithmetic goes through date-fns on local midnight.
import { addDays as dfAddDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { WEEKDAYS, type Weekday } from './domain.js';

/** A local calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' into a local Date, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: string): Date | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  date.setFullYear(y); // years 0-99 are not 1900-1999
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d)
    return undefined;
  return date;
}

/** Formats a local Date as 'YYYY-MM-DD'. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

function asDate(iso: IsoDate): Date {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

/** The date n calendar days after iso (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return toIsoDate(dfAddDays(asDate(iso), n));
}

/** Calendar days from a to b. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(asDate(b), asDate(a));
}

/** The Monday of iso's week (weeks run Monday to Sunday). */
export function mondayOf(iso: IsoDate): IsoDate {
  return toIsoDate(startOfISOWeek(asDate(iso)));
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: IsoDate): number {
  return (asDate(iso).getDay() + 6) % 7;
}

/** 'Monday' … 'Sunday'. */
export function weekdayName(iso: IsoDate): Weekday {
  return WEEKDAYS[weekdayIndex(iso)]!;
}

const EPOCH_MONDAY = '1970-01-05';
/** Weeks since the Monday 1970-01-05: a calendar-anchored week number, so schedules agree whatever the start. */
export function weekNumber(iso: IsoDate): number {
  return Math.floor(daysBetween(EPOCH_MONDAY, mondayOf(iso)) / 7);
}

/** The list of n consecutive dates from start. */
export function dateRange(start: IsoDate, n: number): IsoDate[] {
  const out: IsoDate[] = [];
  let day = asDate(start);
  for (let i = 0; i < n; i++) {
    out.push(toIsoDate(day));
    day = dfAddDays(day, 1);
  }
  return out;
}
