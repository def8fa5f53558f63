// What a safety rule is: like an ESLint rule, metadata plus small pure hooks the planner asks.
import type { ActiveId, MaskType, Severity } from '../../domain/vocabulary.js';
import type { IsoDate } from '../../domain/dates.js';
import type { DayPlan, Finding, LoggedDay, Profile, RuleContext, SerumProduct, Step } from '../types.js';

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
  /** The masks on the evenings either side (absent: not known). */
  beside?: readonly (MaskType | null)[];
}

/** Why a placement or a rest happened, in the words of the rule that caused it. */
export type Role =
  | 'serum'
  | 'mask-night'
  | 'event-mask'
  | 'ramp'
  | 'recovery'
  | 'patch-test'
  | 'use-by'
  | 'irritation'
  | 'dry-skin-log'
  | 'cycle';

/** How a product group builds up once on the face: nights allowed in 7-day window `index` (0 = first). */
export interface Ramp {
  /** The data group it applies to ('retinoid', 'acid'). */
  group: string;
  /** Nights allowed in window `index` counted from the face start; null once the ramp is over. */
  level(index: number): number | null;
}

/** What a rest holds back in one plan, as the planner finds it: the rest's note says this and no more. */
export interface RestPlan {
  /** The strong evening serums on the face on an evening of the rest, by name: the rest leaves them out. */
  serums: readonly string[];
  /** The masks on the shelf the rest keeps off (clay), by name. */
  masks: readonly string[];
  /** The serums that build up again after the rest, by name, with the nights a week each starts from. */
  rebuild: readonly { name: string; nights: number }[];
}

/** A rest from strong actives after a logged reaction. */
export interface Rest {
  /** Evenings after the logged day that carry no strong active and no clay. */
  nights: number;
  /** Why, for the warning and the explanations, given what the rest holds back in this plan. */
  reason(plan: RestPlan): string;
  /**
   * What to say of a mask the person chose for one of its evenings (`plan --mask`) that the rest keeps off: its name,
   * its type, the evening, and the gentle mask types that would suit.
   */
  chosen(mask: { name: string; type: string; date: string; gentle: readonly string[] }): string;
}

/** A serum on the face on some evening of a plan that no routine of the plan uses, as the planner finds it. */
export interface Unused {
  /** Its name in the routines. */
  name: string;
  /** The evenings of the plan it could have gone on (on the face). */
  evenings: number;
  /** The rule that kept it out on most of those evenings (undefined when none says why). */
  because:
    | {
        rule: string;
        message: string;
        /** Evenings that rule kept it out. */
        nights: number;
        /** What stood in its way: a mask night (or one beside it), a rest after a logged reaction, or the other actives and nights off. */
        cause: 'mask' | 'rest' | 'other';
      }
    | undefined;
  /** For a retinoid: another retinoid of the shelf that the plan uses (the first on the shelf takes the retinoid nights). */
  takenBy: string | undefined;
}

/** A mask on the shelf, other than clay, that is not on the face on any day of a plan, as the planner finds it. */
export interface WaitingMask {
  /** Its name in the routines. */
  name: string;
  /** The first day it goes on the face, after the plan's days (undefined: never, its use-by date comes first). */
  from: IsoDate | undefined;
  /** True when a patch test comes before that day (false: it goes on the face from its start). */
  patchTest: boolean;
  /** Its use-by date, if it has one. */
  useBy: IsoDate | undefined;
}

/** The weekly clay cap in one plan, as the planner finds it, for the rule that set the cap. */
export interface ClayCap {
  /** Clay evenings a week at most: the cap. */
  cap: number;
  /** Mask nights a week asked for. */
  asked: number;
  /** True when a day of the plan has a clay mask. */
  planned: boolean;
  /**
   * Set when clay is the only mask on the face in the plan's days and the cap keeps the mask nights under those asked
   * (never under skin cycling, whose own note says the count is a cap): the other masks on the shelf, each waiting.
   */
  short: { waiting: readonly WaitingMask[] } | undefined;
}

/** The 4-night skin-cycling rotation, when the profile asks for it. */
export type CycleNight = 'exfoliation' | 'retinoid' | 'recovery';

export interface SafetyRule {
  /** Stable id, shown in warnings and `glowplan rules`. */
  id: string;
  /** avoid: never scheduled; caution: allowed with a warning; tip: advice. */
  severity: Severity;
  /** What the rule says, in one sentence. */
  message: string;
  /** A source id from data/sources.json. */
  source: string;
  /** What the planner explains with this rule. */
  roles?: readonly Role[];
  /** Changes the shelf before planning (removes or reschedules products); returns the profile left and why. */
  shelf?(ctx: RuleContext): { profile: Profile; findings: Finding[] };
  /** Caps on the week for this profile. */
  limits?(ctx: RuleContext): Partial<Limits>;
  /**
   * True when this evening's combination is forbidden: a matter of the night and the data alone, never of the person
   * (what a person may use is the shelf's, the slots' and the limits' to say), so the planner remembers each answer
   * for every plan.
   */
  forbids?(night: Night, ctx: Pick<RuleContext, 'data'>): boolean;
  /** The slot an active must go in, when this rule decides it. */
  slot?(active: ActiveId, ctx: RuleContext): 'am' | 'pm' | undefined;
  /** How a newly started product of a group builds up. */
  ramp?(ctx: RuleContext): Ramp | undefined;
  /** Evenings per calendar week kept free of the strong groups and of `masks`, when the plan has any of them. */
  recovery?(ctx: RuleContext): { perWeek: number; groups: readonly string[]; masks: readonly MaskType[] } | undefined;
  /** Higher ranks a mask type earlier in the rotation (summed over rules). */
  maskRank?(type: MaskType, ctx: RuleContext): number;
  /** False when this mask must not be the one worn on an event's eve. */
  eventMask?(type: MaskType, ctx: RuleContext): boolean;
  /** A rest after a logged day (red, stinging…). */
  rest?(day: LoggedDay): Rest | undefined;
  /** True when a logged day makes the next mask night prefer a hydrating mask. */
  preferHydrating?(day: LoggedDay): boolean;
  /** The 4-night cycle for this profile, if it asks for one. */
  cycle?(ctx: RuleContext): readonly CycleNight[] | undefined;
  /** The day a product is no longer used, if it has one. */
  useBy?(product: { opened?: IsoDate; paoMonths?: number; expires?: IsoDate }): IsoDate | undefined;
  /** Where and how long a patch test goes. */
  patchTest?(product: { mask?: MaskType }, ctx: RuleContext): { where: string; minutes?: number } | undefined;
  /** What to say of a serum the finished plan never uses. */
  unused?(serum: Unused, ctx: RuleContext): Finding | undefined;
  /**
   * What to say of the weekly clay cap this rule set, given how the plan stands with it (asked only of the rule that
   * set the cap): one note at most, which says what the cap does to the mask nights asked when it keeps them under.
   */
  clayCap?(cap: ClayCap, ctx: RuleContext): Finding | undefined;
  /** Findings about the finished plan. */
  check?(days: readonly DayPlan[], ctx: RuleContext): Finding[];
}

const groupsMemo = new WeakMap<object, Map<string, ReadonlySet<ActiveId>>>();
/** The data asked about last and its groups: every plan of a run asks about the same data, many times a plan. */
let lastData: object | undefined;
let lastGroups: Map<string, ReadonlySet<ActiveId>> | undefined;

/** The actives in a data group ('retinoid', 'acid', 'strong'…), from data/serum-actives.json. */
export function group(ctx: Pick<RuleContext, 'data'>, name: string): ReadonlySet<ActiveId> {
  // Stryker disable next-line ConditionalExpression: a memo; the WeakMap alone gives the same groups.
  let byName = ctx.data === lastData ? lastGroups : groupsMemo.get(ctx.data);
  if (!byName) groupsMemo.set(ctx.data, (byName = new Map()));
  lastData = ctx.data;
  lastGroups = byName;
  let set = byName.get(name);
  if (!set) byName.set(name, (set = new Set(ctx.data.actives.filter((a) => a.groups.includes(name)).map((a) => a.id))));
  return set;
}

/** True when any of the actives is in the data group. */
export function anyIn(ctx: Pick<RuleContext, 'data'>, actives: readonly ActiveId[], name: string): boolean {
  const set = group(ctx, name);
  return actives.some((a) => set.has(a));
}

/** True when a serum has an active of the group. */
export function serumIn(ctx: Pick<RuleContext, 'data'>, serum: SerumProduct, name: string): boolean {
  return anyIn(ctx, serum.actives, name);
}

/** The shelf's actives, de-duplicated. */
export function shelfActives(profile: Profile): Set<ActiveId> {
  // (Loops, not flatMap or spreads: asked many times for every plan, and flatMap is slow in V8.)
  const out = new Set<ActiveId>();
  for (const serum of profile.serums) for (const a of serum.actives) out.add(a);
  return out;
}

/** The finished plan asked about last and its actives. */
let lastDays: readonly DayPlan[] | undefined;
let lastActives: ReadonlySet<ActiveId> = new Set();

/** The actives used anywhere in a finished plan. */
export function planActives(days: readonly DayPlan[]): ReadonlySet<ActiveId> {
  // Several rules ask this of the same finished plan, one after the other: work it out once per plan.
  // Stryker disable next-line ConditionalExpression: a memo; working the actives out again gives the same set.
  if (days === lastDays) return lastActives;
  const out = new Set<ActiveId>();
  lastDays = days;
  lastActives = out;
  const add = (steps: readonly Step[]) => {
    for (const step of steps) if (step.kind === 'serum') for (const a of step.actives) out.add(a);
  };
  // Days share their routines' lists: a list read for the day before is not read again.
  let am: readonly Step[] | undefined;
  let pm: readonly Step[] | undefined;
  for (const day of days) {
    // Stryker disable next-line ConditionalExpression: reading a list again adds nothing new.
    if (day.am !== am) add((am = day.am));
    // Stryker disable next-line ConditionalExpression: as above.
    if (day.pm !== pm) add((pm = day.pm));
  }
  return out;
}

/** A list in words: "a", "a or b", "a, b or c". */
export function either(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

/**
 * A rule's message made to go on after a colon: its first letter in lower case, unless its first word is written in
 * capitals ("AHA/BHA at most…", "SPF…"), which stays as it is.
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][A-Z0-9]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A product's display name: its own, else its actives' ("Retinol serum") or its mask type's ("Clay mask"). */
export function productName(
  p: { name: string | null; actives?: readonly ActiveId[]; type?: MaskType },
  data: RuleContext['data'],
): string {
  if (p.name) return p.name;
  if (!p.actives) return data.maskType(p.type!).name;
  // Joined by hand: a list made by `map` has another kind in optimized code than in the interpreter, and joining the
  // other kind threw V8's optimized planner away (it inlines this function).
  let names = '';
  for (let i = 0; i < p.actives.length; i++) names += `${i ? ' + ' : ''}${data.active(p.actives[i]!).name}`;
  return `${names} serum`;
}

/**
 * The words for a weekly clay cap that keeps the mask nights under those asked, for a note that goes "Clay {only}…, so
 * {planned}: {more}.": why clay is the only mask, the mask nights a week planned instead of those asked, and what
 * brings more (the masks waiting to go on the face; else, or with only masks past their use-by date, a gentle one).
 */
export function clayShortWords(
  cap: ClayCap,
  waiting: readonly WaitingMask[],
  data: RuleContext['data'],
): { only: string; planned: string; more: string } {
  const n = cap.cap;
  const more: string[] = [];
  let joins = false;
  for (const m of waiting) {
    if (m.from) joins = true;
    more.push(
      m.from
        ? `${m.name} joins the mask nights ${m.patchTest ? `once its patch test is over, from ${m.from}` : `from its start, ${m.from}`}`
        : `${m.name} is left out from its use-by date (${m.useBy})`,
    );
  }
  if (!joins) more.push(`add a gentle mask (${either(gentleTypes(data))}) for more mask nights`);
  return {
    only: waiting.length ? 'is the only mask on your face in these days' : 'is your only mask',
    planned: `at most ${n} mask ${n === 1 ? 'night' : 'nights'} a week ${n === 1 ? 'is' : 'are'} planned, not the ${cap.asked} asked`,
    more: more.join('; '),
  };
}

/** The gentle mask types (sheet, cream, gel, sleeping). */
export function gentleTypes(data: RuleContext['data']): string[] {
  return data.maskTypes.filter((t) => t.gentle).map((t) => t.id);
}
