// The `plan` and `week` results, built the same way for a command run and for each batch line.
import type { Data } from './data.js';
import { addDays, type IsoDate } from './dates.js';
import type { MaskType } from './domain.js';
import type { PlanResult, WeekResult } from './results.js';
import { planRange } from './rules/planner.js';
import type { LoggedDay, PlanEvent, Profile } from './rules/types.js';

/** The week result for `weeks` weeks from `start`; `journal`: the logged days the planner reacts to. */
export function weekResult(
  profile: Profile,
  start: IsoDate,
  weeks: number,
  events: PlanEvent[],
  explain: boolean,
  data: Data,
  journal: readonly LoggedDay[] = [],
): WeekResult {
  const plan = planRange(profile, start, weeks * 7, { events, journal }, data);
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
 * weekly schedule (a named product of that type on the shelf is used by name). `journal`: the logged days the
 * planner reacts to (it reads only those before `date`).
 */
export function planResult(
  profile: Profile,
  date: IsoDate,
  tonight: MaskType | false | undefined,
  events: PlanEvent[],
  explain: boolean,
  data: Data,
  journal: readonly LoggedDay[] = [],
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
  const plan = planRange(profile, date, 1, { events, journal, maskOverride }, data);
  return {
    kind: 'plan',
    command: 'plan',
    profile,
    payload: { ...plan.days[0]!, warnings: plan.warnings, ...(explain ? { explain: plan.explanations } : {}) },
  };
}
