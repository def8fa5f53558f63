// From records to days: later records win for the fields they give; a clearing record removes the day. Pure.
import type { IsoDate } from '../domain/dates.js';
import type { SkinState } from '../domain/vocabulary.js';
import type { LoggedDay } from '../rules/types.js';
import type { JournalRecord, PlannedCopy, RoutineState } from './record.js';

/** What the journal holds for one date once every record for it is applied. */
export interface JournalDay {
  date: IsoDate;
  am?: RoutineState;
  pm?: RoutineState;
  skin: SkinState[];
  note?: string;
  planned?: PlannedCopy;
}

/** Applies one record to the day it names (undefined: nothing logged yet); returns the new day or undefined. */
export function applyRecord(day: JournalDay | undefined, record: JournalRecord): JournalDay | undefined {
  if (record.clear) return undefined;
  const next: JournalDay = day ? { ...day } : { date: record.date, skin: [] };
  if (record.am !== undefined) next.am = record.am;
  if (record.pm !== undefined) next.pm = record.pm;
  if (record.skin !== undefined) next.skin = [...record.skin];
  if (record.note !== undefined) next.note = record.note;
  if (record.planned !== undefined) next.planned = record.planned;
  return next;
}

/** The days records describe, in date order: one per date, in the order the records were written. */
export function mergeRecords(records: readonly JournalRecord[]): JournalDay[] {
  // The days here are this function's own objects: amended in place (applyRecord copies, for other callers).
  const days = new Map<IsoDate, JournalDay>();
  for (const record of records) {
    if (record.clear) {
      days.delete(record.date);
      continue;
    }
    let day = days.get(record.date);
    if (!day) days.set(record.date, (day = { date: record.date, skin: [] }));
    if (record.am !== undefined) day.am = record.am;
    if (record.pm !== undefined) day.pm = record.pm;
    if (record.skin !== undefined) day.skin = record.skin;
    if (record.note !== undefined) day.note = record.note;
    if (record.planned !== undefined) day.planned = record.planned;
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The days as the planner reads them. */
export function loggedDays(days: readonly JournalDay[]): LoggedDay[] {
  return days.map((d) => ({
    date: d.date,
    ...(d.am ? { am: d.am } : {}),
    ...(d.pm ? { pm: d.pm } : {}),
    skin: [...d.skin],
  }));
}
