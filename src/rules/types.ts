// The shapes the planner works with: products, profiles, steps, days, findings.
import type {
  ActiveId,
  Concern,
  Cycle,
  MaskApplication,
  MaskType,
  Severity,
  SkinState,
  SkinType,
  Weekday,
} from '../domain/vocabulary.js';
import type { Data } from '../domain/data.js';
import type { IsoDate } from '../domain/dates.js';

/** When a product entered (or enters) the person's life, and when it goes off. All optional. */
export interface ProductDates {
  /** The day the person begins with it (its patch test, unless patchTested); absent: long in use. */
  started?: IsoDate;
  /** True when the patch test is already done. */
  patchTested?: boolean;
  /** The day the pack was opened. */
  opened?: IsoDate;
  /** The open-jar number on the pack: months it keeps once opened (1–60). */
  paoMonths?: number;
  /** The printed expiry date. */
  expires?: IsoDate;
}

/** A serum on the shelf: a generic one (name null) or a named product. */
export interface SerumProduct extends ProductDates {
  name: string | null;
  actives: ActiveId[];
}

/** A mask on the shelf: a generic one of a type (name null) or a named product. */
export interface MaskProduct extends ProductDates {
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
  /** Days a new product is patch-tested before it goes on the face (7–14). */
  patchTestDays: number;
  /** How evenings are organised. */
  cycle: Cycle;
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
/** A new product tried on a small patch of skin (not the face) before it joins the routine. */
export interface PatchTestStep {
  kind: 'patch-test';
  name: string;
  /** Where it goes, e.g. "inner forearm or the crease of the elbow". */
  where: string;
  /** For a rinse-off product: rinse it off after this many minutes. */
  minutes?: number;
}
export type Step = CleanserStep | MaskStep | SerumStep | MoisturizerStep | SunscreenStep | PatchTestStep;

/** A public reference: its title (citation) and, where it is online, its address. */
export interface SourceRef {
  title: string;
  url?: string;
}

/** A warning or tip attached to a plan: which rule, how serious, what it says, where it comes from. */
export interface Warning {
  rule: string;
  severity: Severity;
  message: string;
  source: SourceRef;
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
  source: SourceRef;
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

/** What the journal says of one day, as the planner reads it (only days before a planned day count). */
export interface LoggedDay {
  date: IsoDate;
  am?: 'done' | 'skipped';
  pm?: 'done' | 'skipped';
  skin: SkinState[];
}

/** What the planner needs besides the profile. */
export interface PlanOptions {
  events: PlanEvent[];
  /** The journal's days, merged (one per date, amendments applied, clears removed); empty or absent: none. */
  journal?: readonly LoggedDay[];
  /** Force tonight's mask on given dates (plan --mask / --no-mask). */
  maskOverride?: { date: IsoDate; mask: MaskProduct | null };
  /** Work out the per-day explanations (--explain); off, the plan's explanations list is empty. */
  explain?: boolean;
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
  /** The events planned around (absent: none). */
  events?: readonly PlanEvent[];
  /** The journal's days (absent: none). */
  journal?: readonly LoggedDay[];
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
