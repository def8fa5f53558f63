// Helpers for the rule tests: dated profiles and quick views of a plan.
import type { ActiveId } from '../../src/domain/vocabulary.js';
import { planRange } from '../../src/rules/planner.js';
import type { DayPlan, LoggedDay, PlanEvent, Profile, ProductDates, Step } from '../../src/rules/types.js';
import { data, profileOf } from '../helpers.js';

export { data, profileOf };

/** A profile whose serums (by active) and masks (by type) carry the given dates. */
export function withDates(
  fields: Parameters<typeof profileOf>[0],
  dates: Record<string, ProductDates>,
  extra: Partial<Profile> = {},
): Profile {
  const p = profileOf(fields);
  return {
    ...p,
    ...extra,
    serums: p.serums.map((s) => ({ ...s, ...(dates[s.actives.join('+')] ?? {}) })),
    masks: p.masks.map((m) => ({ ...m, ...(dates[m.type] ?? {}) })),
  };
}

export function plan(
  profile: Profile,
  from: string,
  days: number,
  options: { events?: PlanEvent[]; journal?: LoggedDay[] } = {},
) {
  return planRange(profile, from, days, { events: options.events ?? [], journal: options.journal ?? [] }, data);
}

export const actives = (steps: readonly Step[]) => steps.flatMap((s) => (s.kind === 'serum' ? s.actives : []));
export const has = (steps: readonly Step[], a: ActiveId) => actives(steps).includes(a);
/** The dates whose evening carries the active. */
export const nightsWith = (days: readonly DayPlan[], a: ActiveId) =>
  days.filter((d) => has(d.pm, a)).map((d) => d.date);
