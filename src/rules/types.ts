// The shapes the planner works with: products, profiles, steps, days, findings.
import type { ActiveId, Concern, MaskApplication, MaskType, Severity, SkinType, Weekday } from '../domain.js';
import type { Data } from '../data.js';
import type { IsoDate } from '../dates.js';

/** A serum on the shelf: a generic one (name null) or a named product. */
export interface SerumProduct {
  name: string | null;
  actives: ActiveId[];
}

/** A mask on the shelf: a generic one of a type (name null) or a named product. */
export interface MaskProduct {
  name: string | null;
  type: MaskType;
}

/** A validated profile: the person's skin and shelf. */
export interface Profile {
  skin: SkinType;
  concerns: Concern[];
  serums: SerumProduct[];
  masks: MaskProduct[];
  masksPerWeek: number;
  pregnancySafe: boolean;
}

export interface CleanserStep {
  kind: 'cleanser';
}
export interface MaskStep {
  kind: 'mask';
  type: MaskType;
  name: string;
  application: MaskApplication;
  minutes?: number;
  overnight?: true;
}
export interface SerumStep {
  kind: 'serum';
  name: string;
  actives: ActiveId[];
  /** True when glowplan adds a generic serum because the shelf had none for this slot. */
  suggested?: true;
}
export interface MoisturizerStep {
  kind: 'moisturizer';
}
export interface SunscreenStep {
  kind: 'sunscreen';
  spf: number;
}
export type Step = CleanserStep | MaskStep | SerumStep | MoisturizerStep | SunscreenStep;

/** A warning or tip attached to a plan: which rule, how serious, what it says, where it comes from. */
export interface Warning {
  rule: string;
  severity: Severity;
  message: string;
  source: string;
}

/** Why one item sits where it does (for --explain). */
export interface Explanation {
  /** null when it holds for the whole plan. */
  date: IsoDate | null;
  slot: 'am' | 'pm' | null;
  item: string;
  action: 'placed' | 'moved' | 'left-out';
  rule: string;
  reason: string;
}

/** An event the week is planned around (a mask goes on the evening before). */
export interface PlanEvent {
  date: IsoDate;
  label: string | null;
}

/** The mask placed on an evening, with why it was picked. */
export interface MaskPick {
  type: MaskType;
  name: string;
  /** The event this mask prepares for, when it is an eve-of-event mask. */
  event?: PlanEvent;
}

/** One day's plan. */
export interface DayPlan {
  date: IsoDate;
  weekday: Weekday;
  /** A name for the evening a person recognises: "sheet mask night", "retinol night", "recovery night". */
  night: string;
  mask: MaskPick | null;
  am: Step[];
  pm: Step[];
}

/** What the planner needs besides the profile. */
export interface PlanOptions {
  events: PlanEvent[];
  /** Force tonight's mask on given dates (plan --mask / --no-mask). */
  maskOverride?: { date: IsoDate; mask: MaskProduct | null };
}

/** The planner's result for a range of dates. */
export interface RangePlan {
  days: DayPlan[];
  warnings: Warning[];
  explanations: Explanation[];
}

/** What every rule hook receives. */
export interface RuleContext {
  profile: Profile;
  data: Data;
}

/** One finding a rule reports while planning; the planner turns it into a Warning and Explanations. */
export interface Finding {
  rule: string;
  message: string;
  dates?: IsoDate[];
  slot?: 'am' | 'pm';
  item?: string;
  action?: Explanation['action'];
}
