// The copy of a day's plan a journal record keeps: the evening's mask and the serum actives of each routine.
import type { Step } from '../rules/types.js';
import type { ActiveId } from '../domain/vocabulary.js';
import type { PlannedCopy } from './record.js';
import type { DayPlan } from '../rules/types.js';

const actives = (steps: readonly Step[]): ActiveId[] => [
  ...new Set(steps.flatMap((s) => (s.kind === 'serum' ? s.actives : []))),
];

/** What the record keeps of a planned day. */
export function plannedCopy(day: DayPlan): PlannedCopy {
  return { mask: day.mask?.type ?? null, am: actives(day.am), pm: actives(day.pm) };
}
