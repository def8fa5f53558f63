// The week scheduler: which evenings get a mask, and which mask. Anchored to the calendar (weeks run Monday
// to Sunday, rotation counts weeks since 1970), so any range, and `plan` for one date, agree with `week`.
import { addDays, asDay, fromDayNumber, mondayOf, weekOfDay, weekdayIndex, type IsoDate } from '../domain/dates.js';
import type { MaskType } from '../domain/vocabulary.js';
import type { MaskTypeInfo } from '../domain/data.js';
import type { MaskPick, MaskProduct, PlanEvent } from './types.js';
import { chooseSpread, defaultPattern } from './spacing.js';

export interface MaskScheduleInput {
  /** First and last date to schedule (inclusive). */
  from: IsoDate;
  to: IsoDate;
  masksPerWeek: number;
  /** The shelf's masks, most preferred first. */
  masks: readonly MaskProduct[];
  events: readonly PlanEvent[];
  /** At most this many clay nights in a week. */
  clayPerWeek: number;
  maskTypes: readonly MaskTypeInfo[];
  /** True when the mask may go on the face that evening (default: always). */
  usable?: (mask: MaskProduct, date: IsoDate) => boolean;
  /** True when the mask may be an event's eve mask (default: any). */
  eventAllowed?: (type: MaskType) => boolean;
  /** Dates where the usable masks change (starts, use-by dates): the chain starts early enough to see them. */
  changes?: readonly IsoDate[];
}

/** A display name for a mask product. */
export function maskName(mask: MaskProduct, types: readonly MaskTypeInfo[]): string {
  return mask.name ?? types.find((t) => t.id === mask.type)?.name ?? `${mask.type} mask`;
}

/** The mask to wear the evening before an event: brightening first, then hydrating, else the first allowed one. */
export function eventMask(
  masks: readonly MaskProduct[],
  types: readonly MaskTypeInfo[],
  allowed: (type: MaskType) => boolean = () => true,
): MaskProduct | undefined {
  const ok = masks.filter((m) => allowed(m.type));
  const has = (m: MaskProduct, benefit: string) => types.find((t) => t.id === m.type)?.benefits.includes(benefit);
  return ok.find((m) => has(m, 'brightening')) ?? ok.find((m) => has(m, 'hydrating')) ?? ok[0];
}

/** A week with no event eve, and its list of fixed days (shared, never changed: one less allocation a week). */
const NO_EVENTS: ReadonlyMap<number, PlanEvent> = new Map();
const NO_DAYS: readonly number[] = [];
const WEEK_DAYS: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

/** Mask nights a week: the clay allowance caps them first when clay is all there is, then they are spread. */
function countFor(input: MaskScheduleInput, monday: IsoDate): number {
  if (!input.usable) {
    if (input.masks.some((m) => m.type !== 'clay')) return input.masksPerWeek;
    return input.masks.length ? Math.min(input.masksPerWeek, input.clayPerWeek) : 0;
  }
  const usable = input.usable;
  const week = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
  const any = (pred: (m: MaskProduct) => boolean) => input.masks.some((m) => pred(m) && week.some((d) => usable(m, d)));
  if (any((m) => m.type !== 'clay')) return input.masksPerWeek;
  if (any((m) => m.type === 'clay')) return Math.min(input.masksPerWeek, input.clayPerWeek);
  return 0;
}

/** One week's mask nights: its Monday, the weekday indices chosen and the event eves among them. */
interface WeekNights {
  monday: IsoDate;
  days: readonly number[];
  fixed: ReadonlyMap<number, PlanEvent>;
}

/** Computes the weekday indices of mask nights for every week touched by the range, in calendar order. */
function maskDays(input: MaskScheduleInput): WeekNights[] {
  const fixedByWeek = new Map<IsoDate, Map<number, PlanEvent>>();
  // Eves no mask on the shelf may go on (clay on fragile skin, say): left free, and the week's count goes elsewhere.
  const freeByWeek = new Map<IsoDate, number[]>();
  const usable = input.usable ?? (() => true);
  for (const event of input.events) {
    const eve = addDays(event.date, -1);
    const monday = mondayOf(eve);
    const fixed = fixedByWeek.get(monday) ?? new Map<number, PlanEvent>();
    const day = weekdayIndex(eve);
    const wearable = eventMask(
      input.masks.filter((m) => usable(m, eve)),
      input.maskTypes,
      input.eventAllowed,
    );
    if (!wearable) {
      const free = freeByWeek.get(monday) ?? [];
      if (!free.includes(day)) free.push(day);
      freeByWeek.set(monday, free);
    } else if (!fixed.has(day)) fixed.set(day, event);
    if (fixed.size) fixedByWeek.set(monday, fixed);
  }
  const counts = new Map<IsoDate, number>();
  const count = (monday: IsoDate) => {
    let n = counts.get(monday);
    if (n === undefined) counts.set(monday, (n = countFor(input, monday)));
    return n;
  };
  const planned = (monday: IsoDate) => {
    const free = freeByWeek.get(monday);
    const pattern = free
      ? defaultPattern(count(monday)).filter((d) => !free.includes(d))
      : defaultPattern(count(monday));
    const fixed = fixedByWeek.get(monday);
    return fixed ? [...new Set([...pattern, ...fixed.keys()])] : pattern;
  };

  // Start the chain early enough that every week before the first special week (an event, a product starting or
  // going off) is the plain pattern: then the result for a week does not depend on where the range starts.
  const firstWeek = mondayOf(input.from);
  const horizon = addDays(firstWeek, -56);
  const special = [...fixedByWeek.keys(), ...freeByWeek.keys(), ...(input.changes ?? []).map(mondayOf)]
    .filter((w) => w >= horizon)
    .sort();
  const lastWeek = mondayOf(input.to);
  // A list, not a map by Monday: each week comes once, and reading a list's items makes no entry pairs.
  const out: WeekNights[] = [];
  // With no event and no product starting or going off from the horizon on, every week the chain walks has the same
  // count and no fixed night. Each week is then the plain pattern itself (the best spread when the weeks either side
  // have it too, for every count): no chain to walk.
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; walking the chain gives the same weeks.
  if (!special.length) {
    const days = defaultPattern(count(firstWeek));
    const last = asDay(lastWeek);
    for (let n = asDay(firstWeek); n <= last; n += 7) out.push({ monday: fromDayNumber(n), days, fixed: NO_EVENTS });
    return out;
  }
  const earliest = special[0]! < firstWeek ? special[0]! : firstWeek;
  let monday = addDays(earliest, -14);
  let prevDays = planned(monday);
  while (monday <= lastWeek) {
    const fixed = fixedByWeek.get(monday) ?? NO_EVENTS;
    const free = freeByWeek.get(monday);
    const n = count(monday);
    const nextMonday = addDays(monday, 7);
    const next = planned(nextMonday);
    const days = chooseSpread({
      count: Math.max(n, fixed.size),
      fixed: fixed.size ? [...fixed.keys()] : NO_DAYS,
      allowed: free ? WEEK_DAYS.filter((d) => !free.includes(d)) : undefined,
      preferred: defaultPattern(n),
      prevSunday: prevDays.includes(6),
      nextMonday: next.includes(0),
    });
    if (monday >= firstWeek) out.push({ monday, days, fixed });
    prevDays = days;
    monday = nextMonday;
  }
  return out;
}

/** Schedules the mask nights from `from` to `to`. Pure: same input, same nights. */
export function scheduleMasks(input: MaskScheduleInput): Map<IsoDate, MaskPick> {
  const nights = new Map<IsoDate, MaskPick>();
  if (!input.masks.length) return nights;
  const given = input.usable;
  const usable = given ?? (() => true);
  const rotation = input.masks;
  const fromDay = asDay(input.from);
  const toDay = asDay(input.to);
  // One pick per mask for the nights that are no event's eve, its name looked up once (a pick is never changed).
  const plain = new Map<MaskProduct, MaskPick>();

  for (const { monday, days, fixed } of maskDays(input)) {
    // The week's dates from its Monday's day number: one reading of the Monday, not one per evening.
    const first = asDay(monday);
    const base = weekOfDay(first) * Math.max(input.masksPerWeek, 1);
    let clayCount = 0;
    let ordinal = 0;
    // Each weekday's mask (a list of seven, not a map: one week's few picks), and the weekdays in the order picked.
    const picks = new Array<MaskProduct | undefined>(7).fill(undefined);
    const order: number[] = [];
    const clayNear = (day: number) => picks[day - 1]?.type === 'clay' || picks[day + 1]?.type === 'clay';
    // Event eves first, so they get the week's clay allowance before the rotation does.
    for (const day of days) {
      if (!fixed.has(day)) continue;
      const date = fromDayNumber(first + day);
      const forEvent = eventMask(
        rotation.filter((m) => usable(m, date)),
        input.maskTypes,
        input.eventAllowed,
      );
      if (forEvent && (forEvent.type !== 'clay' || clayCount < input.clayPerWeek)) {
        picks[day] = forEvent;
        order.push(day);
        if (forEvent.type === 'clay') clayCount++;
      }
    }
    for (const day of days) {
      if (fixed.has(day)) continue;
      // Rotate; skip clay once the week's clay allowance is used up or next to another clay night.
      // Stryker disable next-line StringLiteral: with no check the date is never read.
      const date = given ? fromDayNumber(first + day) : '';
      let mask: MaskProduct | undefined;
      for (let i = 0; i < rotation.length && !mask; i++) {
        // Weeks before 1970 have negative numbers: keep the index in range (% keeps the sign in JS).
        const candidate = rotation[(((base + ordinal + i) % rotation.length) + rotation.length) % rotation.length]!;
        if (given && !given(candidate, date)) continue;
        if (candidate.type !== 'clay' || (clayCount < input.clayPerWeek && !clayNear(day))) mask = candidate;
      }
      ordinal++;
      if (mask) {
        picks[day] = mask;
        order.push(day);
        if (mask.type === 'clay') clayCount++;
      }
    }
    // In the order picked (event eves first).
    for (const day of order) {
      if (first + day < fromDay || first + day > toDay) continue;
      const mask = picks[day]!;
      const event = fixed.get(day);
      let pick = event ? undefined : plain.get(mask);
      // Stryker disable next-line ConditionalExpression: sharing; a new pick for every night reads the same.
      if (!pick) {
        pick = { type: mask.type, name: maskName(mask, input.maskTypes) };
        if (event) pick.event = event;
        else plain.set(mask, pick);
      }
      nights.set(fromDayNumber(first + day), pick);
    }
  }
  return nights;
}
