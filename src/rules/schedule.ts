// The week scheduler: which evenings get a mask, and which mask. Anchored to the calendar (weeks run Monday
// to Sunday, rotation counts weeks since 1970), so any range, and `plan` for one date, agree with `week`.
import { addDays, daysBetween, mondayOf, weekNumber, weekdayIndex, type IsoDate } from '../dates.js';
import type { MaskType } from '../domain.js';
import type { MaskTypeInfo } from '../data.js';
import type { Finding, MaskPick, MaskProduct, PlanEvent } from './types.js';
import { chooseSpread, defaultPattern } from './spacing.js';

export interface MaskScheduleInput {
  /** First and last date to schedule (inclusive). */
  from: IsoDate;
  to: IsoDate;
  masksPerWeek: number;
  masks: readonly MaskProduct[];
  events: readonly PlanEvent[];
  /** At most this many clay nights in a week (sensitive skin: 1). */
  clayPerWeek: number;
  /** Put gentle (hydrating, soothing) masks first in the rotation. */
  preferGentle: boolean;
  maskTypes: readonly MaskTypeInfo[];
}

export interface MaskSchedule {
  /** The mask for each evening that has one; dates without an entry have none. */
  nights: Map<IsoDate, MaskPick>;
  findings: Finding[];
}

/** A display name for a mask product. */
export function maskName(mask: MaskProduct, types: readonly MaskTypeInfo[]): string {
  return mask.name ?? types.find((t) => t.id === mask.type)?.name ?? `${mask.type} mask`;
}

/** The mask to wear the evening before an event: brightening first, then hydrating, else the first one. */
export function eventMask(masks: readonly MaskProduct[], types: readonly MaskTypeInfo[]): MaskProduct | undefined {
  const has = (m: MaskProduct, benefit: string) => types.find((t) => t.id === m.type)?.benefits.includes(benefit);
  return masks.find((m) => has(m, 'brightening')) ?? masks.find((m) => has(m, 'hydrating')) ?? masks[0];
}

/** Computes the weekday indices of mask nights for every week touched by the range, in calendar order. */
function maskDays(input: MaskScheduleInput): Map<IsoDate, { days: number[]; fixed: Map<number, PlanEvent> }> {
  const fixedByWeek = new Map<IsoDate, Map<number, PlanEvent>>();
  for (const event of input.events) {
    const eve = addDays(event.date, -1);
    const monday = mondayOf(eve);
    const fixed = fixedByWeek.get(monday) ?? new Map<number, PlanEvent>();
    if (!fixed.has(weekdayIndex(eve))) fixed.set(weekdayIndex(eve), event);
    fixedByWeek.set(monday, fixed);
  }
  const pattern = defaultPattern(input.masksPerWeek);
  const planned = (monday: IsoDate) => {
    const fixed = [...(fixedByWeek.get(monday)?.keys() ?? [])];
    return fixed.length ? [...new Set([...pattern, ...fixed])] : pattern;
  };

  // Start the chain early enough that every week before the first event week is the plain pattern:
  // then the result for a week does not depend on where the caller's range starts.
  const firstWeek = mondayOf(input.from);
  const eventWeeks = [...fixedByWeek.keys()].sort();
  const earliest = eventWeeks.length && eventWeeks[0]! < firstWeek ? eventWeeks[0]! : firstWeek;
  let monday = addDays(earliest, -14);
  const lastWeek = mondayOf(input.to);
  const out = new Map<IsoDate, { days: number[]; fixed: Map<number, PlanEvent> }>();
  let prevDays = pattern;
  while (monday <= lastWeek) {
    const fixed = fixedByWeek.get(monday) ?? new Map<number, PlanEvent>();
    const next = planned(addDays(monday, 7));
    const days = chooseSpread({
      count: Math.max(input.masksPerWeek, fixed.size),
      fixed: [...fixed.keys()],
      preferred: pattern,
      prevSunday: prevDays.includes(6),
      nextMonday: next.includes(0),
    });
    if (monday >= firstWeek) out.set(monday, { days, fixed });
    prevDays = days;
    monday = addDays(monday, 7);
  }
  return out;
}

/** Schedules the mask nights from `from` to `to`. Pure: same input, same nights. */
export function scheduleMasks(input: MaskScheduleInput): MaskSchedule {
  const nights = new Map<IsoDate, MaskPick>();
  const findings: Finding[] = [];
  const gentle = (m: MaskProduct) => input.maskTypes.find((t) => t.id === m.type)?.gentle ?? false;
  const rotation = input.preferGentle
    ? [...input.masks.filter(gentle), ...input.masks.filter((m) => !gentle(m))]
    : [...input.masks];
  const forEvent = eventMask(input.masks, input.maskTypes);

  for (const event of input.events) {
    const eve = addDays(event.date, -1);
    if (eve < input.from || eve > input.to) continue;
    if (!forEvent)
      findings.push({
        rule: 'event-eve-mask',
        message: `No mask on your shelf for the evening before ${event.label ?? event.date}; add one to plan it.`,
        dates: [eve],
      });
  }
  if (!rotation.length) return { nights, findings };

  const clayDropped: IsoDate[] = [];
  for (const [monday, { days, fixed }] of maskDays(input)) {
    const base = weekNumber(monday) * Math.max(input.masksPerWeek, 1);
    let clayCount = 0;
    let ordinal = 0;
    const picks = new Map<number, MaskProduct>();
    // Event eves first, so they get the week's clay allowance before the rotation does.
    for (const day of days.filter((d) => fixed.has(d))) {
      if (forEvent && (forEvent.type !== 'clay' || clayCount < input.clayPerWeek)) {
        picks.set(day, forEvent);
        if (forEvent.type === 'clay') clayCount++;
      } else clayDropped.push(addDays(monday, day));
    }
    for (const day of days.filter((d) => !fixed.has(d))) {
      // Rotate; skip clay once the week's clay allowance is used up.
      let mask: MaskProduct | undefined;
      for (let i = 0; i < rotation.length && !mask; i++) {
        // Weeks before 1970 have negative numbers: keep the index in range (% keeps the sign in JS).
        const candidate = rotation[(((base + ordinal + i) % rotation.length) + rotation.length) % rotation.length]!;
        if (candidate.type !== 'clay' || clayCount < input.clayPerWeek) mask = candidate;
      }
      ordinal++;
      if (!mask) clayDropped.push(addDays(monday, day));
      else {
        picks.set(day, mask);
        if (mask.type === 'clay') clayCount++;
      }
    }
    for (const [day, mask] of picks) {
      const date = addDays(monday, day);
      if (date < input.from || date > input.to) continue;
      const pick: MaskPick = { type: mask.type, name: maskName(mask, input.maskTypes) };
      const event = fixed.get(day);
      if (event) pick.event = event;
      nights.set(date, pick);
    }
  }
  const dropped = clayDropped.filter((d) => d >= input.from && d <= input.to);
  if (dropped.length)
    findings.push({
      rule: 'clay-frequency',
      message: `Clay is your only mask and is limited to ${input.clayPerWeek} a week for your skin, so some mask nights are left without a mask.`,
      dates: dropped,
      slot: 'pm',
      item: 'clay mask',
      action: 'left-out',
    });
  return { nights, findings };
}

/** True when two consecutive dates both have a mask. */
export function consecutiveMaskNights(nights: ReadonlyMap<IsoDate, unknown>): IsoDate[] {
  const dates = [...nights.keys()].sort();
  return dates.filter((d, i) => i > 0 && daysBetween(dates[i - 1]!, d) === 1);
}

export type { MaskType };
