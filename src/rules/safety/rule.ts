// What a safety rule is: like an ESLint rule, metadata plus small pure hooks the planner calls.
import type { ActiveId, MaskType, Severity } from '../../domain.js';
import type { DayPlan, Finding, Profile, RuleContext } from '../types.js';

/** Weekly caps rules can set; the planner takes the lowest any rule asks for. */
export interface Limits {
  clayPerWeek: number;
  retinoidNightsPerWeek: number;
  acidNightsPerWeek: number;
}

/** One evening's combination, as a rule sees it. */
export interface Night {
  mask: MaskType | null;
  actives: readonly ActiveId[];
}

export interface SafetyRule {
  /** Stable id, shown in warnings and `glowplan rules`. */
  id: string;
  /** avoid: never scheduled; caution: allowed with a warning; tip: advice. */
  severity: Severity;
  /** What the rule says, in one sentence. */
  message: string;
  /** A source id from data/sources.json. */
  source: string;
  /** Removes products the person must not use; returns the profile left and what was removed. */
  shelf?(ctx: RuleContext): { profile: Profile; findings: Finding[] };
  /** Caps on the week for this profile. */
  limits?(ctx: RuleContext): Partial<Limits>;
  /** True when this evening's combination is forbidden. */
  forbids?(night: Night): boolean;
  /** The slot an active must go in, when this rule decides it. */
  slot?(active: ActiveId, ctx: RuleContext): 'am' | 'pm' | undefined;
  /** Findings about the finished plan. */
  check?(days: readonly DayPlan[], ctx: RuleContext): Finding[];
}

/** Actives in a group (from data): 'retinoid', 'acid', … */
export function inGroup(ctx: RuleContext, active: ActiveId, group: string): boolean {
  return ctx.data.active(active).groups.includes(group);
}

/** The shelf's actives, de-duplicated. */
export function shelfActives(profile: Profile): Set<ActiveId> {
  return new Set(profile.serums.flatMap((s) => s.actives));
}

const activesOfPlan = new WeakMap<readonly DayPlan[], Set<ActiveId>>();

/** The actives used anywhere in a finished plan. */
export function planActives(days: readonly DayPlan[]): ReadonlySet<ActiveId> {
  // Several rules ask this of the same finished plan: work it out once per plan.
  const known = activesOfPlan.get(days);
  if (known) return known;
  const out = new Set<ActiveId>();
  activesOfPlan.set(days, out);
  for (const day of days)
    for (const step of [...day.am, ...day.pm]) if (step.kind === 'serum') step.actives.forEach((a) => out.add(a));
  return out;
}

export const RETINOIDS: readonly ActiveId[] = ['retinol'];
export const ACIDS: readonly ActiveId[] = ['aha', 'bha'];
