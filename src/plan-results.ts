// The `plan` and `week` results, built the same way for a command run and for each batch line.
import type { Data } from './data.js';
import { addDays, type IsoDate } from './dates.js';
import type { MaskType } from './domain.js';
import type { PlanResult, WeekResult } from './results.js';
import { planRange } from './rules/planner.js';
import type { LoggedDay, PlanEvent, Profile } from './rules/types.js';

/** What a plan is made around besides the profile: events, and the journal's days (merged, one per date). */
export interface PlanInputs {
  events: PlanEvent[];
  journal?: readonly LoggedDay[];
}

/** The week result for `weeks` weeks from `start`. */
export function weekResult(
  profile: Profile,
  start: IsoDate,
  weeks: number,
  inputs: PlanInputs,
  explain: boolean,
  data: Data,
): WeekResult {
  const plan = planRange(profile, start, weeks * 7, { ...inputs, explain }, data);
  return {
    kind: 'week',
    command: 'week',
    profile,
    payload: {
      start,
      end: addDays(start, weeks * 7 - 1),
      weeks,
      days: plan.days,
      warnings: plan.warnings,
      ...(explain ? { explain: plan.explanations } : {}),
    },
  };
}

/**
 * The plan result for one date. `tonight`: a mask type to put on tonight, false for none, undefined to follow the
 * weekly schedule (a named product of that type on the shelf is used by name).
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
  const plan = planRange(profile, date, 1, { ...inputs, explain, ...(maskOverride ? { maskOverride } : {}) }, data);
  return {
    kind: 'plan',
    command: 'plan',
    profile,
    payload: { ...plan.days[0]!, warnings: plan.warnings, ...(explain ? { explain: plan.explanations } : {}) },
  };
}
