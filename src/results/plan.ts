// The `plan` and `week` results, built the same way for a command run and for each batch line.
import type { Data } from '../domain/data.js';
import { addDays, daysBetween, mondayOf, type IsoDate } from '../domain/dates.js';
import type { MaskType } from '../domain/vocabulary.js';
import type { PlanResult, WeekResult } from './types.js';
import { planRange } from '../rules/planner.js';
import type { LoggedDay, PlanEvent, Profile } from '../rules/types.js';

/** What a plan is made around besides the profile: events, and the journal's days (merged, one per date). */
export interface PlanInputs {
  events: PlanEvent[];
  journal?: readonly LoggedDay[];
}

/** Events on the same date become one, keeping every label ("Party; Dinner"), in the order given. */
export function mergeEvents(events: readonly PlanEvent[]): PlanEvent[] {
  const byDate = new Map<IsoDate, string[]>();
  for (const e of events) {
    const labels = byDate.get(e.date) ?? [];
    if (e.label !== null && !labels.includes(e.label)) labels.push(e.label);
    byDate.set(e.date, labels);
  }
  // A list literal and push, whatever the events: one kind of list for the planner and the rules (a list of another
  // kind, such as an empty map's, makes V8 throw their optimized code away).
  const merged: PlanEvent[] = [];
  for (const [date, labels] of byDate) merged.push({ date, label: labels.length ? labels.join('; ') : null });
  return merged;
}

/**
 * A note for each event whose evening before falls outside the plan from `start` to `end` (its mask cannot be
 * planned), with the flag that would include it: "2026-12-12 Office party is outside this plan (2026-11-30 to
 * 2026-12-06): use --start 2026-12-07 (or --weeks 2)".
 */
export function eventsOutside(events: readonly PlanEvent[], start: IsoDate, end: IsoDate): string[] {
  const notes: string[] = [];
  for (const e of events) {
    const eve = addDays(e.date, -1);
    if (eve >= start && eve <= end) continue;
    const weeks = Math.floor(daysBetween(start, eve) / 7) + 1;
    const also = eve > end && weeks <= 520 ? ` (or --weeks ${weeks})` : '';
    const what = `${e.date}${e.label ? ` ${e.label}` : ''}`;
    const where =
      e.date === start
        ? `is on the first day of this plan, so the evening before it (${eve}) is not planned`
        : `is outside this plan (${start} to ${end})`;
    notes.push(`${what} ${where}: use --start ${mondayOf(eve)}${also}`);
  }
  return notes;
}

/**
 * A note for each event `plan` for `date` does not prepare for (its evening before is another evening), with the
 * --date that does: "2026-12-12 Office party is not tomorrow: its mask goes on the evening of 2026-12-11 (use
 * --date 2026-12-11)".
 */
export function eventsNotTonight(events: readonly PlanEvent[], date: IsoDate): string[] {
  return events
    .filter((e) => addDays(e.date, -1) !== date)
    .map((e) => {
      const eve = addDays(e.date, -1);
      return `${e.date}${e.label ? ` ${e.label}` : ''} is not tomorrow: its mask goes on the evening of ${eve} (use --date ${eve})`;
    });
}

/** The week result for `weeks` weeks from `start`, made around `inputs` (events, the journal's days). */
export function weekResult(
  profile: Profile,
  start: IsoDate,
  weeks: number,
  inputs: PlanInputs,
  explain: boolean,
  data: Data,
): WeekResult {
  const merged = mergeEvents(inputs.events);
  // The options written out, not spread: on Node 20 a spread followed by a new key takes V8's slow path.
  const plan = planRange(profile, start, weeks * 7, { events: merged, journal: inputs.journal, explain }, data);
  const end = addDays(start, weeks * 7 - 1);
  const notes = eventsOutside(merged, start, end);
  // Members added after the literal, not spread into it: a spread of a conditional object takes V8's slow path
  // (about 0.8 µs a batch line). The order is the same.
  const payload: WeekResult['payload'] = { start, end, weeks, days: plan.days, warnings: plan.warnings };
  if (notes.length) payload.notes = notes;
  if (explain) payload.explain = plan.explanations;
  return { kind: 'week', command: 'week', profile, payload };
}

/**
 * The plan result for one date. `tonight`: a mask type to put on tonight, false for none, undefined to follow the
 * weekly schedule (a named product of that type on the shelf is used by name). The planner reads only the
 * journal days before `date`.
 */
export function planResult(
  profile: Profile,
  date: IsoDate,
  tonight: MaskType | false | undefined,
  inputs: PlanInputs,
  explain: boolean,
  data: Data,
): PlanResult {
  const maskOverride =
    tonight === undefined
      ? undefined
      : {
          date,
          mask:
            tonight === false
              ? null
              : { name: profile.masks.find((m) => m.type === tonight)?.name ?? null, type: tonight },
        };
  const merged = mergeEvents(inputs.events);
  const plan = planRange(profile, date, 1, { events: merged, journal: inputs.journal, explain, maskOverride }, data);
  const notes = eventsNotTonight(merged, date);
  return {
    kind: 'plan',
    command: 'plan',
    profile,
    payload: {
      ...plan.days[0]!,
      warnings: plan.warnings,
      ...(notes.length ? { notes } : {}),
      ...(explain ? { explain: plan.explanations } : {}),
    },
  };
}
