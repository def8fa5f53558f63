// The adherence view: per-day status, streaks, adherence and counts over a range of dates. Pure.
import { addDays, dateRange, daysBetween, mondayOf, type IsoDate } from '../domain/dates.js';
import { ACTIVES, SKIN_STATES, type ActiveId, type MaskType, type SkinState } from '../domain/vocabulary.js';
import type { JournalDay } from './merge.js';

/** How a day looks at a glance. Irritation wins over the routines, so a reaction is never hidden. */
export const DAY_STATUSES = ['done', 'partial', 'skipped', 'not-logged', 'irritation'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

/** The skin states that count as irritation (the plan holds strong actives back after them). */
export const IRRITATION: readonly SkinState[] = ['red', 'stinging', 'peeling'];

export interface HistoryDay {
  date: IsoDate;
  status: DayStatus;
  /** What was planned, as copied when the day was logged; null when the journal holds no copy. */
  planned: { am: ActiveId[]; pm: ActiveId[]; mask: MaskType | null } | null;
  /** true done, false skipped, null not logged. */
  done: { am: boolean | null; pm: boolean | null };
  skin: SkinState[];
  note: string | null;
}

export interface Ratio {
  done: number;
  planned: number;
  /** Whole percent, null when nothing was planned. */
  percent: number | null;
}

export interface History {
  from: IsoDate;
  to: IsoDate;
  /** The days from `from` to `to`, or to today when `to` is later (days to come have nothing to show). */
  days: HistoryDay[];
  /** Days logged among `days`. */
  logged: number;
  streak: { current: number; longest: number };
  adherence: { am: Ratio; pm: Ratio; masks: Ratio };
  /** Evenings each active was used (evening routine done with it planned). */
  actives: Partial<Record<ActiveId, number>>;
  skin: Record<SkinState, number>;
}

/** The status of a logged day (undefined: not logged). */
export function dayStatus(day: JournalDay | undefined): DayStatus {
  if (!day) return 'not-logged';
  if (day.skin.some((s) => IRRITATION.includes(s))) return 'irritation';
  if (day.am === 'done' && day.pm === 'done') return 'done';
  if (day.am === 'skipped' && day.pm === 'skipped') return 'skipped';
  return 'partial';
}

/** True when every routine of the day was done (a streak day). */
export function streakDay(day: JournalDay | undefined): boolean {
  return day?.am === 'done' && day.pm === 'done';
}

const ratio = (done: number, planned: number): Ratio => ({
  done,
  planned,
  percent: planned ? Math.round((done / planned) * 100) : null,
});

/**
 * The history of `from`..`to` as of `today`. A streak counts days with every routine done; a day not logged or
 * with a routine skipped ends it. The current streak ends on the last day shown, or the day before when that is
 * today and not logged yet (the day is not over). Adherence counts routines on logged days.
 */
export function history(days: readonly JournalDay[], from: IsoDate, to: IsoDate, today: IsoDate): History {
  const last = to < today ? to : today;
  const count = last < from ? 0 : daysBetween(from, last) + 1;
  const byDate = new Map<IsoDate, JournalDay>();
  for (const d of days) if (d.date >= from && d.date <= last) byDate.set(d.date, d);
  const out: HistoryDay[] = [];
  const am = { done: 0, planned: 0 };
  const pm = { done: 0, planned: 0 };
  const masks = { done: 0, planned: 0 };
  const actives: Partial<Record<ActiveId, number>> = {};
  const skin = Object.fromEntries(SKIN_STATES.map((s) => [s, 0])) as Record<SkinState, number>;
  let run = 0;
  let longest = 0;
  for (const date of dateRange(from, count)) {
    const day = byDate.get(date);
    if (streakDay(day)) longest = Math.max(longest, ++run);
    else run = 0;
    out.push({
      date,
      status: dayStatus(day),
      planned: day?.planned ? { am: day.planned.am, pm: day.planned.pm, mask: day.planned.mask } : null,
      done: { am: day?.am ? day.am === 'done' : null, pm: day?.pm ? day.pm === 'done' : null },
      skin: day ? day.skin : [],
      note: day?.note ?? null,
    });
    if (!day) continue;
    for (const s of day.skin) skin[s]++;
    if (day.am) {
      am.planned++;
      if (day.am === 'done') am.done++;
    }
    if (day.pm) {
      pm.planned++;
      if (day.pm === 'done') pm.done++;
      if (day.planned?.mask) {
        masks.planned++;
        if (day.pm === 'done') masks.done++;
      }
      if (day.pm === 'done') for (const a of day.planned?.pm ?? []) actives[a] = (actives[a] ?? 0) + 1;
    }
  }
  // The current streak: back from the last day, skipping today while it is not logged yet.
  let current = 0;
  let i = out.length - 1;
  if (i >= 0 && out[i]!.date === today && out[i]!.status === 'not-logged') i--;
  for (; i >= 0 && streakDay(byDate.get(out[i]!.date)); i--) current++;
  const sortedActives: Partial<Record<ActiveId, number>> = {};
  for (const a of ACTIVES) if (actives[a]) sortedActives[a] = actives[a];
  return {
    from,
    to,
    days: out,
    logged: byDate.size,
    streak: { current, longest },
    adherence: {
      am: ratio(am.done, am.planned),
      pm: ratio(pm.done, pm.planned),
      masks: ratio(masks.done, masks.planned),
    },
    actives: sortedActives,
    skin,
  };
}

/** The default range: the last `weeks` calendar weeks (Monday to Sunday) up to `to`. */
export function rangeOfWeeks(to: IsoDate, weeks: number): IsoDate {
  return addDays(mondayOf(to), -7 * (weeks - 1));
}
