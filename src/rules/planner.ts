// The planner: turns a profile and a range of dates into day plans, consulting every safety rule. Everything is
// anchored to the calendar and to each product's own dates, so `plan --date D` equals day D of any `week`.
import {
  addDays,
  asDay,
  dateRange,
  dayNumber,
  daysBetween,
  fromDayNumber,
  mondayOf,
  weekdayName,
  weekdayOf,
  type IsoDate,
} from '../domain/dates.js';
import { ACTIVES, MASK_TYPES, WEEKDAYS, type ActiveId, type MaskType, type Severity } from '../domain/vocabulary.js';
import type { Data } from '../domain/data.js';
import {
  RULES,
  type CycleNight,
  type Limits,
  type Night,
  type Ramp,
  type Rest,
  type Role,
  type SafetyRule,
  type Unused,
} from './safety/index.js';
import { gentleTypes, group, lowerFirst, productName, type WaitingMask } from './safety/rule.js';
import { maskName, scheduleMasks } from './schedule.js';
import { adjacentPairs, chooseSpread } from './spacing.js';
import { SUGGESTED_SERUM, buildEvening, buildMorning, nightName, sharedRoutine, type PlacedSerum } from './routine.js';
import type {
  DayPlan,
  Explanation,
  Finding,
  LoggedDay,
  MaskPick,
  MaskProduct,
  PatchTestStep,
  PlanOptions,
  Profile,
  RangePlan,
  RuleContext,
  SerumProduct,
  SourceRef,
  Step,
  Warning,
} from './types.js';

const NO_LIMITS: Limits = { clayPerWeek: 7, retinoidNightsPerWeek: 7, acidNightsPerWeek: 7 };

/** The weekly caps for a profile: the lowest any rule sets, and which rule set each. */
export function limitsFor(
  ctx: RuleContext,
  rules: readonly SafetyRule[] = RULES,
): Limits & { by: Partial<Record<keyof Limits, string>> } {
  const limits: Limits = { ...NO_LIMITS };
  const by: Partial<Record<keyof Limits, string>> = {};
  for (const rule of hooks(rules).limits) {
    const asked = rule.limits!(ctx);
    for (const key of Object.keys(asked) as (keyof Limits)[])
      if (asked[key]! < limits[key]) {
        limits[key] = asked[key]!;
        by[key] = rule.id;
      }
  }
  // Written out, not spread: on Node 20 an object spread followed by a new key takes V8's slow path (about 1 µs).
  return {
    clayPerWeek: limits.clayPerWeek,
    retinoidNightsPerWeek: limits.retinoidNightsPerWeek,
    acidNightsPerWeek: limits.acidNightsPerWeek,
    by,
  };
}

/** The slot a serum goes in, and the rule that decided it (undefined when the active's own data did). */
export function serumSlot(
  serum: SerumProduct,
  ctx: RuleContext,
  rules: readonly SafetyRule[] = RULES,
): { slot: 'am' | 'pm' | 'any'; rule?: undefined } | { slot: 'am' | 'pm'; rule: string } {
  let pm: string | undefined;
  let am: string | undefined;
  for (const active of serum.actives) {
    const decided = hooks(rules).slot.find((r) => r.slot!(active, ctx));
    const slot = decided?.slot!(active, ctx) ?? ctx.data.active(active).time;
    if (slot === 'pm') pm ??= decided?.id ?? 'data';
    if (slot === 'am') am ??= decided?.id ?? 'data';
  }
  if (pm) return pm === 'data' ? { slot: 'pm' } : { slot: 'pm', rule: pm };
  if (am) return am === 'data' ? { slot: 'am' } : { slot: 'am', rule: am };
  return { slot: 'any' };
}

/** A product on the shelf with the dates that decide when it is used. */
interface Timed {
  /** First day of its patch test (undefined: long in use). */
  started?: IsoDate;
  /** First day on the face (undefined: long in use). */
  face?: IsoDate;
  /** First day it is no longer used (undefined: no date). */
  useBy?: IsoDate;
}

interface PlacedTimed extends PlacedSerum, Timed {
  retinoid: boolean;
  acid: boolean;
  /** The rule that decided its slot (undefined when the active's own data did). */
  slotRule: SafetyRule | undefined;
  /** True once a routine of the plan holds it (set as each routine is built). */
  used: boolean;
}

/** A rest after a logged day, with what it holds back in this plan and its note (each worked out when first asked). */
interface RestEntry {
  day: LoggedDay;
  rule: SafetyRule;
  rest: Rest;
  /** The last evening of the rest. */
  until: IsoDate;
  held: { serums: string[]; masks: string[] } | undefined;
  note: string | undefined;
}

/** A ramp night: the product, its 7-day window, the nights it may have in it and those used so far, and the rule. */
interface RampNight {
  p: PlacedTimed;
  window: number;
  level: number;
  used: number;
  rule: SafetyRule;
}

/** Where a ramping product stands on one evening. */
interface RampState {
  anchor: IsoDate;
  window: number;
  used: number;
  level: number;
}

/** The rules that have each hook, found once per rule list (the planner asks them for every plan). */
interface HookIndex {
  shelf: SafetyRule[];
  limits: SafetyRule[];
  slot: SafetyRule[];
  forbids: SafetyRule[];
  useBy: SafetyRule[];
  maskRank: SafetyRule[];
  eventMask: SafetyRule[];
  cycle: SafetyRule[];
  rest: SafetyRule[];
  ramp: SafetyRule[];
  recovery: SafetyRule[];
  preferHydrating: SafetyRule[];
  check: SafetyRule[];
  unused: SafetyRule[];
  byId: Map<string, SafetyRule>;
  /** For each role, the first rule that has it. */
  byRole: Map<Role, SafetyRule>;
}
const hookIndexes = new WeakMap<readonly SafetyRule[], HookIndex>();
function hooks(rules: readonly SafetyRule[]): HookIndex {
  let index = hookIndexes.get(rules);
  // Stryker disable next-line ConditionalExpression: a memo; indexing the list again gives the same index.
  if (!index) {
    const having = (key: keyof SafetyRule) => rules.filter((r) => r[key] !== undefined);
    index = {
      shelf: having('shelf'),
      limits: having('limits'),
      slot: having('slot'),
      forbids: having('forbids'),
      useBy: having('useBy'),
      maskRank: having('maskRank'),
      eventMask: having('eventMask'),
      cycle: having('cycle'),
      rest: having('rest'),
      ramp: having('ramp'),
      recovery: having('recovery'),
      preferHydrating: having('preferHydrating'),
      check: having('check'),
      unused: having('unused'),
      byId: new Map(rules.map((r) => [r.id, r])),
      byRole: new Map(),
    };
    for (const r of rules) for (const role of r.roles ?? []) if (!index.byRole.has(role)) index.byRole.set(role, r);
    hookIndexes.set(rules, index);
  }
  return index;
}

/** The combination rules' answers, by night (nightKey), for a rule list and the data. */
const forbidMemos = new WeakMap<HookIndex, WeakMap<Data, Map<number | string, SafetyRule | null>>>();
/** Most answers remembered for one rule list and data (a few hundred nights come up in practice). */
const FORBID_MEMO = 1 << 16;
/**
 * What `store` keeps for a rule list and the data, made by `make` the first time they are asked about (the planner's
 * memos are each for one rule list and one data set: another list or data answers otherwise).
 */
function forRulesAndData<T>(
  store: WeakMap<HookIndex, WeakMap<Data, T>>,
  hook: HookIndex,
  data: Data,
  make: () => T,
): T {
  let byData = store.get(hook);
  // Stryker disable next-line ConditionalExpression: a memo; a fresh one only works its answers out again.
  if (!byData) store.set(hook, (byData = new WeakMap()));
  let kept = byData.get(data);
  // Stryker disable next-line ConditionalExpression: as above.
  if (kept === undefined) byData.set(data, (kept = make()));
  return kept;
}
function forbidMemoFor(hook: HookIndex, data: Data): Map<number | string, SafetyRule | null> {
  return forRulesAndData(forbidMemos, hook, data, () => new Map());
}

/** A calendar week's strong-active and recovery nights (weekdays 0 to 6): read, never changed, by every plan sharing it. */
interface WeekPlan {
  strong: boolean;
  recovery: number[];
  acid: number[];
  retinoid: number[];
}
/**
 * Week plans by their week's two keys (see weekPlan in planRange): a small number for the days each strong active is
 * on and whether the week is strong, then one for the evenings' masks. (Two maps of small whole numbers: one key past
 * 2^30, a boxed number in V8, counted 4.8 per cent more instructions over a batch.)
 */
class WeekMemo {
  private readonly byFaces = new Map<number, Map<number, WeekPlan>>();
  private size = 0;
  // Stryker disable next-line BlockStatement: a memo; remembering nothing plans every week again.
  get(faces: number, evenings: number): WeekPlan | undefined {
    return this.byFaces.get(faces)?.get(evenings);
  }
  // Stryker disable next-line BlockStatement: as above.
  set(faces: number, evenings: number, plan: WeekPlan): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a bound on memory; starting again only plans again.
    if (this.size >= WEEK_MEMO) {
      this.byFaces.clear();
      this.size = 0;
    }
    let plans = this.byFaces.get(faces);
    // Stryker disable next-line ConditionalExpression: a new map for every week only remembers less.
    if (!plans) this.byFaces.set(faces, (plans = new Map()));
    plans.set(evenings, plan);
    // Stryker disable next-line UpdateOperator: the count only bounds the memory (above).
    this.size++;
  }
}
/** Week memos for a rule list, the data and a plan's caps and actives. */
const weekMemos = new WeakMap<HookIndex, WeakMap<Data, Map<string, WeekMemo>>>();
/** Most week plans remembered for one set of caps and actives, and most such sets for one rule list and data. */
const WEEK_MEMO = 1 << 12;
const WEEK_MEMO_SETS = 1 << 10;
function weekMemoFor(hook: HookIndex, data: Data, caps: string): WeekMemo {
  const sets = forRulesAndData(weekMemos, hook, data, () => new Map<string, WeekMemo>());
  let memo = sets.get(caps);
  // Stryker disable next-line ConditionalExpression: as above.
  if (!memo) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory, as above.
    if (sets.size >= WEEK_MEMO_SETS) sets.clear();
    sets.set(caps, (memo = new WeekMemo()));
  }
  return memo;
}
/** One list per set of weekdays (a bit each), shared by the week plans that have it. */
const DAY_LISTS: (number[] | undefined)[] = new Array<number[] | undefined>(128).fill(undefined);
/**
 * The shared list of the same weekdays as `days` (0 to 6, ascending), or `days` itself when it is not such a list:
 * a remembered week plan then holds a few references, not three lists of its own (week plans are read, never
 * changed).
 */
function sharedDays(days: number[]): number[] {
  let bits = 0;
  // Stryker disable next-line UnaryOperator: a list kept as it is reads the same (below).
  let last = -1;
  for (const d of days) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BooleanLiteral: a list kept as it is reads the same.
    if (!Number.isInteger(d) || d <= last || d > 6) return days;
    bits |= 1 << d;
    last = d;
  }
  // Stryker disable next-line LogicalOperator,AssignmentOperator: sharing; a list of its own reads the same.
  return (DAY_LISTS[bits] ??= days);
}
/** A mask type (or none) as a number below MASK_BASE, for a week's key. */
function maskBits(type: MaskType | null): number {
  return MASK_CODES.get(type)!;
}
/** One more than the mask types: nine evenings' codes stay a small integer (6^9 is about 2^23). */
const MASK_BASE = MASK_TYPES.length + 1;

/** Plans `count` days from `from`. Pure: the same profile, dates and options give the same plan. */
export function planRange(
  input: Profile,
  from: IsoDate,
  count: number,
  options: PlanOptions,
  data: Data,
  rules: readonly SafetyRule[] = RULES,
): RangePlan {
  const explainOn = options.explain !== false;
  const findings: Finding[] = [];
  const explanations: Explanation[] = [];
  const journal = [...(options.journal ?? [])].sort(byDate);
  let profile = input;
  const hook = hooks(rules);
  for (const rule of hook.shelf) {
    const out = rule.shelf!({ profile, data, events: options.events, journal });
    profile = out.profile;
    findings.push(...out.findings);
  }
  // One shape of profile object whatever made it (a rule's spread copy has another shape): see `timed` below.
  profile = {
    skin: profile.skin,
    concerns: profile.concerns,
    serums: listCopy(profile.serums),
    masks: listCopy(profile.masks),
    masksPerWeek: profile.masksPerWeek,
    pregnancySafe: profile.pregnancySafe,
    patchTestDays: profile.patchTestDays,
    cycle: profile.cycle,
  };
  const ctx: RuleContext = { profile, data, events: options.events, journal };
  // Asked for the same few combinations night after night, plan after plan: each answer is remembered for the rule
  // list and the data (a combination rule reads nothing else).
  const forbidders = hook.forbids;
  const forbidMemo = forbidMemoFor(hook, data);
  const forbids = (night: Night): SafetyRule | undefined => {
    const key = nightKey(night);
    let found = forbidMemo.get(key);
    // Stryker disable next-line ConditionalExpression: a memo; asking the rules again gives the same answer.
    if (found === undefined) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on memory; starting again only asks again.
      if (forbidMemo.size >= FORBID_MEMO) forbidMemo.clear();
      forbidMemo.set(key, (found = forbidders.find((r) => r.forbids!(night, { data })) ?? null));
    }
    return found ?? undefined;
  };
  const limits = limitsFor(ctx, rules);
  const to = addDays(from, count - 1);
  const byRole = (role: Role) => hook.byRole.get(role);
  /**
   * Records why; the rule gives its id, its source and, unless another reason is given, its message (nothing is said
   * when no rule of that role is in the list).
   */
  const explain = (
    e: Omit<Explanation, 'source' | 'rule' | 'reason'> & { reason?: string },
    rule: SafetyRule | undefined,
  ) => {
    if (explainOn && rule)
      explanations.push({
        date: e.date,
        slot: e.slot,
        item: e.item,
        action: e.action,
        rule: rule.id,
        reason: e.reason ?? rule.message,
        source: sourceRef(data, rule.source),
      });
  };

  // Each product's dates.
  const useByOf = (p: SerumProduct | MaskProduct): IsoDate | undefined => {
    for (const r of hook.useBy) {
      const u = r.useBy!(p);
      if (u) return u;
    }
    return undefined;
  };
  // Every Timed (and PlacedTimed) has the same fields, set or undefined, and every list below is built the same way
  // (a literal, then push): one object shape and one kind of list whatever the shelf, so V8's optimized planner is
  // not thrown away for a shelf it has not seen yet (each rebuild of this large function costs about a second).
  const timed = (p: SerumProduct | MaskProduct): Timed => {
    const started = p.started || undefined;
    const face = started && (p.patchTested ? started : addDays(started, profile.patchTestDays));
    return { started, face, useBy: useByOf(p) };
  };
  const onFace = (t: Timed, d: IsoDate) => (!t.face || d >= t.face) && (!t.useBy || d < t.useBy);
  const inPatch = (t: Timed, d: IsoDate) =>
    Boolean(t.started && d >= t.started && d < t.face! && (!t.useBy || d < t.useBy));
  const maskTimes = new Map<MaskProduct, Timed>();
  for (const m of profile.masks) maskTimes.set(m, timed(m));

  // Where each serum goes, and why.
  const placed: PlacedTimed[] = [];
  for (const serum of profile.serums) {
    const decided = serumSlot(serum, ctx, rules);
    const slot = decided.slot;
    const name = productName(serum, data);
    const slotRule = decided.rule ? hook.byId.get(decided.rule) : undefined;
    // (A rule only ever decides the morning or the evening.)
    if (decided.rule) explain({ date: null, slot: decided.slot, item: name, action: 'placed' }, slotRule);
    const retinoid = serum.actives.some((a) => group(ctx, 'retinoid').has(a));
    const t = timed(serum);
    placed.push({
      started: t.started,
      face: t.face,
      useBy: t.useBy,
      serum,
      name,
      slot,
      layer: layerOf(serum, data),
      retinoid: retinoid && slot !== 'am',
      acid: !retinoid && slot !== 'am' && serum.actives.some((a) => group(ctx, 'acid').has(a)),
      slotRule,
      used: false,
      routineNumber: 0,
    });
  }
  const retinoids: PlacedTimed[] = [];
  const acids: PlacedTimed[] = [];
  for (const p of placed) {
    if (p.retinoid) retinoids.push(p);
    if (p.acid) acids.push(p);
  }
  /** Retinoids, then acids: the products that may ramp. */
  const strongActs: PlacedTimed[] = [];
  for (let k = 0; k < retinoids.length; k++) strongActs.push(retinoids[k]!);
  for (let k = 0; k < acids.length; k++) strongActs.push(acids[k]!);
  const steadyPm = placed.filter((p) => p.slot !== 'am' && !p.retinoid && !p.acid);
  const strongPlaced = placed.filter((p) => p.serum.actives.some((a) => group(ctx, 'strong').has(a)));
  const strongShelf = (d: IsoDate) => strongPlaced.some((p) => onFace(p, d));

  // Mask ranking and the mask nights (calendar-anchored, before anything the journal says).
  const ranks = new Map<MaskType, number>();
  const rank = (type: MaskType) => {
    let n = ranks.get(type);
    // Stryker disable next-line ConditionalExpression: a memo; ranking again gives the same rank.
    if (n === undefined) ranks.set(type, (n = hook.maskRank.reduce((sum, r) => sum + r.maskRank!(type, ctx), 0)));
    return n;
  };
  // Highest rank first; the sort is stable, so masks of equal rank keep the shelf's order.
  const rotation: MaskProduct[] = [];
  for (const m of profile.masks) rotation.push(m);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; sorting one mask leaves it as it is.
  if (rotation.length > 1) rotation.sort((a, b) => rank(b.type) - rank(a.type));
  const usableMask = (m: MaskProduct, d: IsoDate) => onFace(maskTimes.get(m)!, d);
  const eventAllowed = (type: MaskType) => hook.eventMask.every((r) => r.eventMask!(type, ctx));
  let cycle: ReturnType<NonNullable<SafetyRule['cycle']>> | undefined;
  for (const r of hook.cycle) if ((cycle = r.cycle!(ctx))) break;
  const weekTo = addDays(mondayOf(to), 6);
  // (Plain loops here and below: flatMap is slow in V8, and the planner runs once per batch line.)
  const changes: IsoDate[] = [];
  const changesOf = (t: Timed) => {
    if (t.started) changes.push(t.started);
    if (t.face) changes.push(t.face);
    if (t.useBy) changes.push(t.useBy);
  };
  // (Index loops, no spread: a spread of lists whose element kinds change from plan to plan deoptimizes at once.)
  for (let k = 0; k < placed.length; k++) changesOf(placed[k]!);
  for (const t of maskTimes.values()) changesOf(t);
  const isGentle = (type: MaskType) => data.maskType(type).gentle;

  // Scheduled once the days the walk and the ramps look at are known (see scheduleFrom): they may begin weeks
  // before `from` and, for a ramp deciding when it ends, look weeks beyond `to`.
  let scheduled: Map<IsoDate, MaskPick> | undefined;
  let scheduleTo = weekTo;
  const schedule = (first: IsoDate) =>
    cycle
      ? cycleMasks(first)
      : scheduleMasks({
          // One night either side, so acids can keep away from a clay mask on the neighbouring week's edge.
          from: addDays(first, -1),
          to: addDays(scheduleTo, 1),
          masksPerWeek: profile.masksPerWeek,
          masks: rotation,
          events: options.events,
          clayPerWeek: limits.clayPerWeek,
          maskTypes: data.maskTypes,
          // Stryker disable next-line ConditionalExpression: with no dates every mask is usable every day, as with no check.
          usable: [...maskTimes.values()].some((t) => t.started || t.useBy) ? usableMask : undefined,
          eventAllowed,
          changes,
        });

  /**
   * Skin cycling: clay on exfoliation nights with no acid, hydrating masks on recovery nights (an exfoliation night
   * with neither acid nor clay is one), within the caps. Each calendar week on its own: event eves, then clay, then
   * hydrating masks on the recovery nights that touch no other (the first of a pair), then, if the cap still
   * allows, on the second of a pair.
   */
  function cycleMasks(first: IsoDate): Map<IsoDate, MaskPick> {
    const out = new Map<IsoDate, MaskPick>();
    const pick = (m: MaskProduct): MaskPick => ({ type: m.type, name: maskName(m, data.maskTypes) });
    const length = cycle!.length;
    for (let monday = addDays(mondayOf(first), -7); monday <= addDays(scheduleTo, 1); monday = addDays(monday, 7)) {
      const start = asDay(monday);
      let clay = 0;
      /** The week's mask nights so far (weekdays, in order), then the recovery nights a hydrating mask may take. */
      let nights: number[] = [];
      const apart: number[] = [];
      const paired: number[] = [];
      /** The hydrating masks usable on each of those nights. */
      const hydrating: (MaskProduct[] | undefined)[] = [];
      // Stryker disable next-line EqualityOperator: an eighth evening is next week's Monday, which that week picks again.
      for (let i = 0; i < 7; i++) {
        const d = fromDayNumber(start + i);
        const at = cycleAt(start + i, length);
        const kind = cycle![at];
        const event = options.events.find((e) => addDays(e.date, -1) === d);
        const usable = rotation.filter((m) => usableMask(m, d));
        if (event) {
          const allowed = (t: MaskType) => eventAllowed(t) && !(t === 'clay' && kind !== 'exfoliation');
          const m =
            usable.find((x) => allowed(x.type) && data.maskType(x.type).benefits.includes('brightening')) ??
            usable.find((x) => allowed(x.type) && data.maskType(x.type).benefits.includes('hydrating')) ??
            usable.find((x) => allowed(x.type));
          if (m) {
            out.set(d, { type: m.type, name: maskName(m, data.maskTypes), event });
            if (m.type === 'clay') clay++;
            nights.push(i);
            continue;
          }
        }
        if (kind === 'retinoid' || (kind === 'exfoliation' && acids.some((a) => onFace(a, d)))) continue;
        if (kind === 'exfoliation') {
          const m = usable.find((x) => x.type === 'clay');
          if (m && clay < limits.clayPerWeek && nights.length < profile.masksPerWeek) {
            out.set(d, pick(m));
            clay++;
            nights.push(i);
            continue;
          }
        }
        const list = usable.filter((x) => isGentle(x.type));
        if (!list.length) continue;
        hydrating[i] = list;
        // The second recovery night of a pair touches the first.
        (kind === 'recovery' && cycle![cycleAt(at - 1, length)] === 'recovery' ? paired : apart).push(i);
      }
      const most = Math.min(profile.masksPerWeek, nights.length + apart.length + paired.length);
      if (most > nights.length && apart.length)
        nights = chooseSpread({ count: Math.min(most, nights.length + apart.length), fixed: nights, allowed: apart });
      if (most > nights.length) nights = chooseSpread({ count: most, fixed: nights, allowed: paired });
      // They rotate as the weekly schedule's do: counted from the week's number since 1970, one step a night.
      let turn = Math.floor(start / 7) * Math.max(profile.masksPerWeek, 1);
      for (const i of nights) {
        const list = hydrating[i];
        if (list) out.set(fromDayNumber(start + i), pick(list[cycleAt(turn++, list.length)]!));
      }
    }
    return out;
  }

  // Journal: rests after a reaction, restarts of the ramps, and hydrating-mask preference after dry skin.
  const rests: RestEntry[] = [];
  for (const day of journal)
    for (const rule of hook.rest) {
      const rest = rule.rest!(day);
      if (rest)
        rests.push({ day, rule, rest, until: addDays(day.date, rest.nights), held: undefined, note: undefined });
    }
  const restOn = (d: IsoDate) => (rests.length ? rests.find((r) => r.day.date < d && d <= r.until) : undefined);
  const restarts = rests.map((r) => addDays(r.until, 1));
  /** What a rest holds back: the strong evening serums on the face and the recovery-kept masks on the shelf, on its evenings. */
  const heldBy = (r: RestEntry) => {
    // Stryker disable next-line ConditionalExpression: a memo; working it out again gives the same.
    if (r.held) return r.held;
    const serums: string[] = [];
    const masks: string[] = [];
    for (let d = addDays(r.day.date, 1); d <= r.until; d = addDays(d, 1)) {
      for (const p of placed)
        if ((p.retinoid || p.acid || strongSteady.has(p)) && onFace(p, d) && !serums.includes(p.name))
          serums.push(p.name);
      for (const m of rotation)
        if (recovery?.masks.includes(m.type) && usableMask(m, d)) {
          const name = maskName(m, data.maskTypes);
          if (!masks.includes(name)) masks.push(name);
        }
    }
    return (r.held = { serums, masks });
  };
  /** True when a rest changes the plan: it holds back something its evenings would otherwise have. */
  const restHolds = (r: RestEntry) => {
    const held = heldBy(r);
    return held.serums.length + held.masks.length > 0;
  };
  /** A rest's note, in the rule's words, from what this plan holds back and which serums then build up again. */
  const restNote = (r: RestEntry) => {
    // Stryker disable next-line ConditionalExpression: a memo; writing the note again gives the same note.
    if (r.note === undefined) {
      const held = heldBy(r);
      const restart = addDays(r.until, 1);
      const rebuild: { name: string; nights: number }[] = [];
      for (const p of strongActs)
        if (onFace(p, restart) && anchorsOf(p).includes(restart) && rampEnd(p, restart).last > 0)
          rebuild.push({ name: p.name, nights: rampLevel(p, restart, restart)!.level });
      r.note = r.rest.reason({ serums: held.serums, masks: held.masks, rebuild });
    }
    return r.note;
  };
  const recoveryRule = hook.recovery.find((r) => r.recovery!(ctx));
  const recovery = recoveryRule?.recovery?.(ctx);
  const rampRules: { rule: SafetyRule; ramp: Ramp }[] = [];
  for (const rule of hook.ramp) {
    const ramp = rule.ramp!(ctx);
    if (ramp) rampRules.push({ rule, ramp });
  }
  const rampFor = (p: PlacedTimed) =>
    rampRules.find((x) => p.serum.actives.some((a) => group(ctx, x.ramp.group).has(a)));

  // The final mask of an evening: the schedule, then the journal's and the caller's overrides.
  const baseMask = (d: IsoDate) => (scheduled ??= schedule(scheduleFrom)).get(d) ?? null;
  const dryRule = hook.preferHydrating.find((r) => journal.some((day) => r.preferHydrating!(day)));
  const finalMask = (d: IsoDate): { mask: MaskPick | null; because?: SafetyRule } => {
    if (options.maskOverride?.date === d) {
      const m = options.maskOverride.mask;
      return { mask: m ? { type: m.type, name: m.name ?? data.maskType(m.type).name } : null };
    }
    const mask = baseMask(d);
    if (!mask) return { mask };
    const hydrating = () =>
      rotation.find((m) => usableMask(m, d) && data.maskType(m.type).benefits.includes('hydrating'));
    const rest = restOn(d);
    if (rest && recovery?.masks.includes(mask.type)) {
      const gentle = rotation.find((m) => usableMask(m, d) && isGentle(m.type) && !recovery.masks.includes(m.type));
      return {
        mask: gentle ? { type: gentle.type, name: maskName(gentle, data.maskTypes) } : null,
        because: rest.rule,
      };
    }
    if (dryRule && mask.type === 'clay') {
      const dry = journal.filter((j) => j.date < d && daysBetween(j.date, d) <= 7 && dryRule.preferHydrating!(j));
      // Only the first mask night after the dry day.
      const first = dry.some((j) => {
        for (let x = addDays(j.date, 1); x < d; x = addDays(x, 1)) if (baseMask(x)) return false;
        return true;
      });
      const h = first ? hydrating() : undefined;
      if (h) return { mask: { type: h.type, name: maskName(h, data.maskTypes) }, because: dryRule };
    }
    return { mask };
  };
  /** The masks of the evenings before and after day number `n`. */
  const besideMemo = new Map<number, readonly (MaskType | null)[]>();
  const beside = (n: number) => {
    let b = besideMemo.get(n);
    // Stryker disable next-line ConditionalExpression: a memo; looking again gives the same neighbours.
    if (!b) {
      const before = baseMask(fromDayNumber(n - 1))?.type ?? null;
      const after = baseMask(fromDayNumber(n + 1))?.type ?? null;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a new list of two nulls reads the same.
      besideMemo.set(n, (b = before === null && after === null ? NO_NEIGHBOURS : [before, after]));
    }
    return b;
  };

  // Per calendar week, before the journal: recovery nights, then acid nights, then steady retinoid nights.
  // (Plain loops: spreads and flat() over lists whose element kinds change from plan to plan make V8 deoptimize
  // this function again and again.)
  const activesOf = (list: readonly PlacedTimed[]): ActiveId[] => {
    const out: ActiveId[] = [];
    for (const p of list) for (const a of p.serum.actives) if (!out.includes(a)) out.push(a);
    return out;
  };
  const firstAcid: ActiveId[] = [];
  for (const a of activesOf(acids))
    if (group(ctx, 'acid').has(a)) {
      firstAcid.push(a);
      break;
    }
  const retinoidActives = activesOf(retinoids);
  /** True when one of the products is on the face on `d`. */
  const anyOnFace = (list: readonly PlacedTimed[], d: IsoDate) => {
    for (const p of list) if (onFace(p, d)) return true;
    return false;
  };
  const weeks = new Map<IsoDate, WeekPlan>();
  // A week's plan follows from a few facts about the week (its masks and, when an acid or a retinoid is on the face,
  // the masks of the evenings either side of it; which days each is on the face; whether the week has a strong
  // active or a recovery-kept mask) and from the plan's recovery nights, caps and actives: weeks alike, in this plan
  // or an earlier one with the same rules and data, share one plan (never changed once made).
  const weekMemo = weekMemoFor(
    hook,
    data,
    // Stryker disable next-line StringLiteral: any text for no recovery rule keeps those plans apart.
    `${recovery ? `${recovery.perWeek}:${recovery.masks.join()}` : '-'}|${limits.acidNightsPerWeek}|` +
      `${limits.retinoidNightsPerWeek}|${firstAcid.join()}|${retinoidActives.join()}`,
  );
  const weekPlan = (monday: IsoDate) => {
    let w = weeks.get(monday);
    // Stryker disable next-line ConditionalExpression: a memo; planning the week again gives the same week.
    if (w) return w;
    const first = asDay(monday);
    const dates = dateRange(monday, 7);
    // Built by push: a map's list has another kind in optimized code than in the interpreter.
    const m: (MaskPick | null)[] = [];
    for (let k = 0; k < 7; k++) m.push(baseMask(dates[k]!));
    // (Loops, no closures: a week's values stay out of a context allocated for every week of every plan.)
    let strong = false;
    for (let i = 0; i < 7 && !strong; i++)
      strong = strongShelf(dates[i]!) || (recovery?.masks.includes(m[i]?.type as MaskType) ?? false);
    // The days an acid, and a retinoid, is on the face (a bit per weekday).
    let acidOn = 0;
    let retinoidOn = 0;
    // Stryker disable next-line EqualityOperator: an eighth day, past the week, only changes the keys.
    for (let i = 0; i < 7; i++) {
      if (anyOnFace(acids, dates[i]!)) acidOn |= 1 << i;
      if (anyOnFace(retinoids, dates[i]!)) retinoidOn |= 1 << i;
    }
    // The week's keys: the bits above; the masks of the evening before it, its seven and the evening after (the
    // neighbours only matter to an acid or a retinoid, whose nights keep away from some masks). (Any other packing
    // that keeps every week apart, or the neighbours in every key, keeps the same weeks apart.)
    // Stryker disable next-line ArithmeticOperator
    const faces = ((acidOn << 7) | retinoidOn) * 2 + (strong ? 1 : 0);
    // Stryker disable next-line ConditionalExpression
    let evenings = acidOn || retinoidOn ? maskBits(beside(first)[0] ?? null) : 0;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator
    for (let i = 0; i < 7; i++) evenings = evenings * MASK_BASE + maskBits(m[i]?.type ?? null);
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression
    evenings = evenings * MASK_BASE + (acidOn || retinoidOn ? maskBits(beside(first + 6)[1] ?? null) : 0);
    w = weekMemo.get(faces, evenings);
    // Stryker disable next-line ConditionalExpression,BlockStatement: a memo; planning the week again gives the same week.
    if (w) {
      weeks.set(monday, w);
      return w;
    }
    const maskNights: number[] = [];
    for (let i = 0; i < 7; i++) if (m[i]) maskNights.push(i);
    // The evenings an acid may have this week (a bit per weekday), asked once for the recovery and the acid nights.
    let acidOk = 0;
    for (let i = 0; i < 7; i++)
      if (acidOn & (1 << i) && !forbids({ mask: m[i]?.type ?? null, actives: firstAcid, beside: beside(first + i) }))
        acidOk |= 1 << i;
    let rec: number[] = [];
    if (strong && recovery) {
      const allowed: number[] = [];
      const preferred: number[] = [];
      for (let i = 0; i < 7; i++)
        if (!recovery.masks.includes(m[i]?.type as MaskType)) {
          allowed.push(i);
          if (m[i] && isGentle(m[i]!.type)) preferred.push(i);
        }
      rec = chooseSpread({ count: recovery.perWeek, allowed, preferred });
      // Recovery nights that would take every evening an acid may have leave the first of them to the acid, when the
      // week keeps as many recovery nights without it (else the acid has no night this week).
      let spare = -1;
      for (let i = 0; i < 7; i++)
        if (acidOk & (1 << i)) {
          if (!rec.includes(i)) {
            spare = -1;
            break;
          }
          if (spare < 0) spare = i;
        }
      if (spare >= 0) {
        const others: number[] = [];
        for (const i of allowed) if (i !== spare) others.push(i);
        const kept = chooseSpread({ count: recovery.perWeek, allowed: others, preferred });
        if (kept.length === rec.length) rec = kept;
      }
    }
    const acidAllowed: number[] = [];
    for (let i = 0; i < 7; i++) if (acidOk & (1 << i) && !rec.includes(i)) acidAllowed.push(i);
    // Acid nights never touch: fewer nights rather than two in a row.
    let acid: number[] = [];
    for (let n = Math.min(limits.acidNightsPerWeek, acidAllowed.length); n > 0; n--) {
      acid = chooseSpread({ count: n, allowed: acidAllowed, disfavoured: maskNights });
      if (!adjacentPairs(acid)) break;
    }
    const retAllowed: number[] = [];
    for (let i = 0; i < 7; i++)
      if (
        !rec.includes(i) &&
        !acid.includes(i) &&
        retinoidOn & (1 << i) &&
        !forbids({ mask: m[i]?.type ?? null, actives: retinoidActives, beside: beside(first + i) })
      )
        retAllowed.push(i);
    const retinoid =
      retAllowed.length > limits.retinoidNightsPerWeek
        ? chooseSpread({ count: limits.retinoidNightsPerWeek, allowed: retAllowed, disfavoured: maskNights })
        : retAllowed;
    w = { strong, recovery: sharedDays(rec), acid: sharedDays(acid), retinoid: sharedDays(retinoid) };
    weeks.set(monday, w);
    weekMemo.set(faces, evenings, w);
    return w;
  };

  // Ramps: each ramping product's window and nights used, walked day by day from its own anchor.
  const anchors = new Map(
    strongActs.map((p) => [
      p,
      rampFor(p) ? [...(p.face ? [p.face] : []), ...restarts.filter((r) => !p.face || r > p.face)].sort() : [],
    ]),
  );
  const anchorsOf = (p: PlacedTimed) => anchors.get(p)!;
  /** The first Monday on or after the end of window `k` from `anchor`. */
  const mondayAfterWindow = (anchor: IsoDate, k: number): IsoDate => {
    const end = addDays(anchor, 7 * (k + 1));
    return mondayOf(end) === end ? end : addDays(mondayOf(end), 7);
  };
  /** The first 7-day window in which the ramp reaches the rules' weekly cap. */
  const capWindow = (p: PlacedTimed): number => {
    const ramp = rampFor(p)!;
    const cap = p.retinoid ? limits.retinoidNightsPerWeek : limits.acidNightsPerWeek;
    let k = 0;
    for (; k < 60; k++) {
      const l = ramp.ramp.level(k);
      if (l === null || l >= cap) break;
    }
    return k;
  };
  /** Windows looked ahead when asking whether the ramp still holds anything back (mask rotations repeat within it). */
  const LOOKAHEAD = 8;
  // The mask schedule covers the walk (from the earliest ramp that may still run at `from`) and the windows a ramp
  // looks ahead, so a day's plan never depends on how far the range around it reaches.
  let scheduleFrom = from;
  for (const p of strongActs) {
    if (!anchorsOf(p).length) continue;
    const k = capWindow(p);
    for (const a of anchorsOf(p))
      if (from < mondayAfterWindow(a, k)) {
        if (a < scheduleFrom) scheduleFrom = a;
        const ahead = addDays(mondayAfterWindow(a, k + LOOKAHEAD + 1), 6);
        if (ahead > scheduleTo) scheduleTo = ahead;
      }
  }
  scheduleFrom = mondayOf(scheduleFrom);

  /** How many nights the steady plan (no ramp) gives the product's kind in the 7 days from `start`. */
  const steadyNights = (p: PlacedTimed, start: IsoDate, days = 7): number => {
    let n = 0;
    const first = asDay(start);
    for (let j = 0; j < days; j++) {
      const day = first + j;
      const i = weekdayOf(day);
      const kind = cycle ? cycle[cycleAt(day, cycle.length)] : undefined;
      const w = weekPlan(fromDayNumber(day - i));
      if (
        p.retinoid
          ? kind
            ? kind === 'retinoid'
            : w.retinoid.includes(i)
          : kind
            ? kind === 'exfoliation'
            : w.acid.includes(i)
      )
        n++;
    }
    return n;
  };
  // (This map and the ramps' below are made when a ramp first needs them: most plans have none.)
  let rampEnds: Map<PlacedTimed, Map<IsoDate, { end: IsoDate; last: number }>> | undefined;
  /**
   * The first Monday on or after the window in which the ramp from `anchor` reaches the weekly cap: the rules' cap,
   * or the most nights the steady plan gives the product in any 7 days ahead, whichever comes first. Steady from
   * then on.
   */
  const rampEnd = (p: PlacedTimed, anchor: IsoDate): { end: IsoDate; last: number } => {
    let memo = rampEnds?.get(p);
    // Stryker disable next-line ConditionalExpression: a memo; a fresh one only works the end out again.
    if (!memo) (rampEnds ??= new Map()).set(p, (memo = new Map()));
    const known = memo.get(anchor);
    // Stryker disable next-line ConditionalExpression: a memo; working the end out again gives the same end.
    if (known) return known;
    const ramp = rampFor(p)!;
    const last = capWindow(p);
    const steady: number[] = [];
    const steadyAt = (j: number) => (steady[j] ??= steadyNights(p, addDays(anchor, 7 * j)));
    let k = 0;
    for (; k < last; k++) {
      const l = ramp.ramp.level(k)!;
      let most = 0;
      for (let j = k; j <= k + LOOKAHEAD && most <= l; j++) most = Math.max(most, steadyAt(j));
      if (l >= most) break;
    }
    // Through the whole first window at the cap, then to the next Monday, where the calendar weeks take over.
    const result = { end: mondayAfterWindow(anchor, k), last: k };
    memo.set(anchor, result);
    return result;
  };
  // (Asked only for a product with a ramp: one with anchors, or one rampFor found.)
  const rampLevel = (p: PlacedTimed, anchor: IsoDate, d: IsoDate) => {
    const ramp = rampFor(p)!;
    const { end, last } = rampEnd(p, anchor);
    if (d >= end) return undefined;
    const cap = p.retinoid ? limits.retinoidNightsPerWeek : limits.acidNightsPerWeek;
    const window = Math.floor(daysBetween(anchor, d) / 7);
    // Past the window at the cap (to the next Monday, where the calendar weeks take over): full use, not a ramp step.
    const full = window > last;
    return { window, level: Math.min(ramp.ramp.level(full ? last : window) ?? cap, cap), rule: ramp.rule, full };
  };
  // Walk from the Monday of the earliest ramp still running at `from`, so windows and weekly counts are whole.
  let earliest = from;
  for (const p of strongActs) for (const a of anchorsOf(p)) if (a < earliest && from < rampEnd(p, a).end) earliest = a;
  const walkStart = mondayOf(earliest);

  let state: Map<PlacedTimed, RampState> | undefined;
  let lastRampNight: Map<PlacedTimed, { date: IsoDate; level: number }> | undefined;
  let weekNights = 0;
  let week: ReturnType<typeof weekPlan> | undefined;
  let weekAcids = 0;
  const days: DayPlan[] = [];
  const patchable: (readonly [SerumProduct | MaskProduct, Timed])[] = [];
  // Only the products with a patch test (a face start after their start; both undefined when long in use).
  // Stryker disable next-line ConditionalExpression: a filter for speed; inPatch is false every day for the others.
  for (const x of placed) if (x.face !== x.started) patchable.push([x.serum, x]);
  for (const m of profile.masks) {
    const t = maskTimes.get(m)!;
    // Stryker disable next-line ConditionalExpression: as above.
    if (t.face !== t.started) patchable.push([m, t]);
  }
  const strongSteady = new Set(
    steadyPm.filter((p) => p.serum.actives.some((a) => recovery?.groups.some((g) => group(ctx, g).has(a)))),
  );
  const mornings = new Map<number | string, Step[]>();
  const evenings = new Map<number | string, Step[]>();
  // Up to 24 serums (and a sane number of masks), a set of them is a number (bits); more, a list of positions.
  const wide = placed.length > 24 || profile.masks.length > 1000;
  const bit = new Map<PlacedSerum, number>();
  for (let n = 0; n < placed.length; n++) bit.set(placed[n]!, wide ? n : 2 ** n);
  const serumsKey = (list: readonly PlacedSerum[]): number | string => {
    if (wide) return list.map((p) => bit.get(p)).join(',');
    let b = 0;
    // Stryker disable next-line AssignmentOperator: the bits taken away instead tell the sets apart as well.
    for (const p of list) b += bit.get(p)!;
    return b;
  };
  const maskCodes = new Map<string, number>();
  // (The schedule gives the nights of one mask one pick: its code is found by the object first.)
  const pickCodes = new Map<MaskPick, number>();
  const maskCode = (m: MaskPick | null) => {
    if (!m) return 0;
    let n = pickCodes.get(m);
    // Stryker disable next-line ConditionalExpression: a memo; the code by the pick's words is the same code.
    if (n !== undefined) return n;
    const key = `${m.type}|${m.name}`;
    n = maskCodes.get(key);
    if (n === undefined) maskCodes.set(key, (n = maskCodes.size + 1));
    pickCodes.set(m, n);
    return n;
  };
  let patchCodes: Map<string, number> | undefined;
  const patchKey = (steps: PatchTestStep[]) => {
    const key = steps.map((t) => t.name).join('|');
    let n = (patchCodes ??= new Map()).get(key);
    // Stryker disable next-line ConditionalExpression: a new code every time only stops two days sharing their steps.
    if (n === undefined) patchCodes.set(key, (n = patchCodes.size + 1));
    return n;
  };
  const suggested = new Set<'am' | 'pm'>();
  const left = new Map<string, { rule: SafetyRule; item: string; dates: IsoDate[] }>();
  const leaveOut = (rule: SafetyRule, item: string, d: IsoDate) => {
    const key = `${rule.id}\u0000${item}`;
    const entry = left.get(key) ?? { rule, item, dates: [] };
    entry.dates.push(d);
    left.set(key, entry);
  };
  const patchRule = byRole('patch-test');
  let ramps: Map<IsoDate, RampNight> | undefined;

  /** Says which of the products planned for tonight tonight's mask or neighbours rule out. */
  const sayBlocked = (
    list: readonly PlacedTimed[],
    mask: MaskPick | null,
    near: readonly (MaskType | null)[],
    d: IsoDate,
  ) => {
    for (const p of list) {
      if (!onFace(p, d)) continue;
      const blocked = forbids({ mask: mask?.type ?? null, actives: p.serum.actives, beside: near });
      if (blocked) leaveOut(blocked, p.name, d);
    }
  };
  /** Marks the shelf's serums a routine holds as used: each routine is built once per plan (walkDay), for shown days. */
  let unusedLeft = placed.length;
  const markUsed = (steps: readonly Step[]) => {
    // Stryker disable next-line ConditionalExpression: a shortcut; with every serum used, looking finds nothing more.
    for (let k = 0; k < steps.length && unusedLeft; k++) {
      const step = steps[k]!;
      if (step.kind === 'serum')
        for (const p of placed)
          if (!p.used && p.name === step.name) {
            p.used = true;
            // Stryker disable next-line UpdateOperator: the count only ends the looking early (see above).
            unusedLeft--;
          }
    }
  };
  const hasSuggested = (steps: readonly Step[]) => {
    for (const step of steps) if (step.kind === 'serum' && step.suggested) return true;
    return false;
  };

  /** Where a ramping product stands on evening `d`: ramp windows move with each anchor (face start, restart after a rest). */
  const rampOf = (p: PlacedTimed, d: IsoDate) => {
    const list = anchorsOf(p);
    if (!list.length) return undefined;
    let anchor: IsoDate | undefined;
    for (const a of list) if (a <= d) anchor = a;
    if (!anchor) return undefined;
    const r = rampLevel(p, anchor, d);
    if (!r) return undefined;
    let s = state?.get(p);
    if (!s || s.anchor !== anchor || s.window !== r.window)
      (state ??= new Map()).set(p, (s = { anchor, window: r.window, used: 0, level: r.level }));
    return { window: r.window, level: r.level, rule: r.rule, full: r.full, s };
  };

  /** What the evening of a day holds, as whyNot reads it. */
  interface Tonight {
    mask: MaskPick | null;
    near: readonly (MaskType | null)[];
    rest: ReturnType<typeof restOn>;
    strongActives: ActiveId[];
    isRecovery: boolean;
    kind: NonNullable<typeof cycle>[number] | undefined;
  }
  /** What a day's plan holds, as its explanations read it. */
  interface DayParts extends Tonight {
    amSerums: PlacedTimed[];
    pmSerums: PlacedSerum[];
    patches: PatchTestStep[];
    because: SafetyRule | undefined;
    strongTonight: PlacedTimed[];
    retinoidTonight: PlacedTimed | undefined;
    ramp: RampNight | undefined;
    strongWeek: boolean;
  }
  /** Why a strong active planned for the evening of `day` is not on it (for the explanations). */
  const whyNot = (p: PlacedTimed, day: IsoDate, tonight: Tonight): { rule: SafetyRule; reason: string } | undefined => {
    const { mask, near, rest, strongActives, isRecovery, kind } = tonight;
    if (!onFace(p, day)) {
      if (p.useBy && day >= p.useBy) return undefined; // said above
      const r = patchRule;
      return r
        ? {
            rule: r,
            reason: inPatch(p, day)
              ? `Being patch-tested until ${addDays(p.face!, -1)}; on the face from ${p.face}.`
              : `Starts on ${p.started}.`,
          }
        : undefined;
    }
    if (rest) return { rule: rest.rule, reason: restNote(rest) };
    const blocked = forbids({
      mask: mask?.type ?? null,
      actives: [...strongActives, ...p.serum.actives],
      beside: near,
    });
    if (blocked) {
      return { rule: blocked, reason: blocked.message };
    }
    if (isRecovery && recoveryRule)
      return { rule: kind ? (byRole('cycle') ?? recoveryRule) : recoveryRule, reason: recoveryRule.message };
    const ramping = rampFor(p);
    if (ramping && anchorsOf(p).some((a) => a <= day && rampLevel(p, a, day)?.full === false))
      return { rule: ramping.rule, reason: ramping.rule.message };
    // Stryker disable next-line StringLiteral: no rule has that id either; an unset cap gives no rule.
    const capRule = hook.byId.get(limits.by[p.retinoid ? 'retinoidNightsPerWeek' : 'acidNightsPerWeek'] ?? '');
    return capRule ? { rule: capRule, reason: capRule.message } : undefined;
  };

  /** Says that serum `p` is placed in `slot` on `d`: by the rule that decided its slot, else the daily-serum rule. */
  const placedSerum = (slot: 'am' | 'pm', p: PlacedTimed, d: IsoDate, serumRule: SafetyRule | undefined) =>
    explain({ date: d, slot, item: p.name, action: 'placed' }, p.slotRule ?? serumRule);

  // The walk, day by day: one function plans a day and another explains it, apart from the set-up above, so that V8
  // compiles (and, in a long batch, optimizes) each on its own and never the explanations for a plan that asks none.
  /** Why each thing sits where it does on the evening and morning of `d` (only when explaining). */
  const explainDay = (d: IsoDate, t: DayParts) => {
    const serumRule = byRole('serum');
    // A routine with no serum of the shelf's gets the suggested hydrating serum (see buildMorning, buildEvening).
    if (!t.amSerums.length) explain({ date: d, slot: 'am', item: SUGGESTED_SERUM.name, action: 'placed' }, serumRule);
    for (const p of t.amSerums) placedSerum('am', p, d, serumRule);
    if (!t.pmSerums.length) explain({ date: d, slot: 'pm', item: SUGGESTED_SERUM.name, action: 'placed' }, serumRule);
    for (const p of steadyPm) if (t.pmSerums.includes(p)) placedSerum('pm', p, d, serumRule);
    for (const step of t.patches)
      for (const slot of ['am', 'pm'] as const)
        explain(
          {
            date: d,
            slot,
            item: step.name,
            action: 'placed',
          },
          patchRule,
        );
    if (t.mask) {
      const r = t.because ?? (t.mask.event ? byRole('event-mask') : byRole('mask-night'));
      explain(
        {
          date: d,
          slot: 'pm',
          item: t.mask.name,
          action: t.because ? 'moved' : 'placed',
        },
        r,
      );
    }
    for (const p of t.strongTonight) {
      const r = p === t.retinoidTonight && t.ramp ? t.ramp.rule : t.kind ? byRole('cycle') : (p.slotRule ?? serumRule);
      const reason =
        p === t.retinoidTonight && t.ramp
          ? `Ramp week ${t.ramp.window + 1}: night ${t.ramp.used} of at most ${t.ramp.level} in these 7 days. ${t.ramp.rule.message}`
          : undefined;
      explain({ date: d, slot: 'pm', item: p.name, action: 'placed', reason }, r);
    }
    // A rest night is a recovery night when the rest holds something back; else the week's plan names it.
    const resting = t.rest && restHolds(t.rest) ? t.rest : undefined;
    if (resting || (t.strongWeek && !t.strongTonight.length && !(t.mask && recovery?.masks.includes(t.mask.type)))) {
      const r = resting ? resting.rule : t.kind ? byRole('cycle') : recoveryRule;
      explain(
        {
          date: d,
          slot: 'pm',
          item: 'recovery night',
          action: 'placed',
          reason: resting && restNote(resting),
        },
        r,
      );
    }
    for (const p of strongActs) {
      if (t.strongTonight.includes(p)) continue;
      const why = whyNot(p, d, t);
      if (why) explain({ date: d, slot: 'pm', item: p.name, action: 'left-out', reason: why.reason }, why.rule);
    }
    for (const p of placed)
      if (p.useBy && d >= p.useBy) {
        const r = byRole('use-by');
        explain(
          {
            date: d,
            slot: p.slot === 'am' ? 'am' : 'pm',
            item: p.name,
            action: 'left-out',
            reason: `Past its use-by date (${p.useBy}).`,
          },
          r,
        );
      }
  };
  // The parts of a day's walk that loop over the shelf, each its own function. The walk then runs little more than
  // its own length a day: V8 compiles a function with its baseline compiler (Sparkplug) once it has run about 8
  // times its length, so a plan of a week leaves the walk, the planner's largest function, to the interpreter, and a
  // part a shelf never needs (no acid, no retinoid) is never compiled at all.

  /** Tonight's acid (one, within its ramp), counted in the week; undefined when none can go on tonight. */
  const acidFor = (d: IsoDate, n: number, mask: MaskPick | null, near: readonly (MaskType | null)[]) => {
    const candidates: PlacedTimed[] = [];
    for (const p of acids) if (onFace(p, d)) candidates.push(p);
    const start = candidates.length ? cycleAt(n, candidates.length) : 0;
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[(start + k) % candidates.length]!;
      const r = rampOf(p, d);
      if (r && r.s.used >= r.level) continue;
      if (forbids({ mask: mask?.type ?? null, actives: p.serum.actives, beside: near })) continue;
      weekAcids++;
      if (r) r.s.used++;
      return p;
    }
    return undefined;
  };

  /**
   * Tonight's retinoid, counted in the week (and in its ramp, whose step it records in `ramps`); undefined when none
   * goes on tonight.
   */
  const retinoidFor = (
    d: IsoDate,
    n: number,
    planned: boolean,
    mask: MaskPick | null,
    near: readonly (MaskType | null)[],
    kind: CycleNight | undefined,
  ) => {
    for (const p of retinoids) {
      if (!onFace(p, d)) continue;
      if (forbids({ mask: mask?.type ?? null, actives: p.serum.actives, beside: near })) continue;
      const r = rampOf(p, d);
      // Never two in a row while at 3 a week or fewer (the ramp's nights are the only ones that can touch).
      const last = lastRampNight?.get(p);
      const yesterday = last?.date === fromDayNumber(n - 1) ? last : undefined;
      if (weekNights >= limits.retinoidNightsPerWeek) continue;
      if (r) {
        const offset = daysBetween(r.s.anchor, d) - 7 * r.window;
        const ideal = Math.round((r.s.used * 7) / r.level);
        if (kind && kind !== 'retinoid') continue;
        // Spread out, unless waiting would leave the window short of its level (the steady nights left in it).
        if (
          r.s.used >= r.level ||
          (!kind && offset < ideal && !(r.level - r.s.used > steadyNights(p, fromDayNumber(n + 1), 6 - offset))) ||
          (yesterday && Math.min(r.level, yesterday.level) <= 3)
        )
          continue;
        r.s.used++;
        if (!r.full)
          (ramps ??= new Map()).set(d, { p, window: r.window, level: r.level, used: r.s.used, rule: r.rule });
        (lastRampNight ??= new Map()).set(p, { date: d, level: r.level });
      } else if (kind ? kind !== 'retinoid' : !planned || (limits.retinoidNightsPerWeek <= 3 && yesterday)) continue;
      weekNights++;
      return p;
    }
    return undefined;
  };

  /**
   * The steady evening serums that go on tonight, added to `pmSerums`; those tonight's rest, recovery, mask or strong
   * active rules out are left out, with the rule that says so.
   */
  const steadyTonight = (
    d: IsoDate,
    pmSerums: PlacedSerum[],
    strongActives: readonly ActiveId[],
    mask: MaskPick | null,
    near: readonly (MaskType | null)[],
    resting: SafetyRule | undefined,
  ) => {
    for (const p of steadyPm) {
      if (!onFace(p, d)) continue;
      if (resting && strongSteady.has(p)) {
        leaveOut(resting, p.name, d);
        explain({ date: d, slot: 'pm', item: p.name, action: 'left-out' }, resting);
        continue;
      }
      // Alone, with no mask and no strong active tonight, a steady serum meets nothing a rule could forbid.
      const rule =
        mask || strongActives.length || near[0] || near[1]
          ? forbids({
              mask: mask?.type ?? null,
              actives: strongActives.length ? [...strongActives, ...p.serum.actives] : p.serum.actives,
              beside: near,
            })
          : undefined;
      if (rule) {
        leaveOut(rule, p.name, d);
        explain({ date: d, slot: 'pm', item: p.name, action: 'left-out' }, rule);
      } else pmSerums.push(p);
    }
  };

  /** The patch tests of day `d`: a step for each product being patch-tested that day. */
  const patchSteps = (d: IsoDate) => {
    const patches: PatchTestStep[] = [];
    for (let k = 0; k < patchable.length; k++) {
      const p = patchable[k]![0];
      const t = patchable[k]![1];
      if (!inPatch(t, d)) continue;
      const how = patchRule?.patchTest?.('type' in p ? { mask: p.type } : {}, ctx);
      const step: PatchTestStep = { kind: 'patch-test', name: productName(p, data), where: how?.where ?? '' };
      if (how?.minutes) step.minutes = how.minutes;
      patches.push(step);
    }
    return patches;
  };

  /**
   * Plans day `d` of the walk (a day before `from` only counts toward its week and its ramps). No closures in its
   * body: one that reads the day's values would make each day allocate them on the heap.
   */
  const walkDay = (d: IsoDate, n: number) => {
    const show = d >= from;
    const i = weekdayOf(n);
    if (i === 0) weekNights = weekAcids = 0;
    if (i === 0 || !week) week = weekPlan(fromDayNumber(n - i));
    const rest = restOn(d);
    const { mask, because } = finalMask(d);
    const near = beside(n);
    const kind = cycle ? cycle[cycleAt(n, cycle.length)] : undefined;
    const isRecovery = kind ? kind === 'recovery' : week.recovery.includes(i);

    // Tonight's acid: one, on an acid night (or the cycle's exfoliation night), within its ramp.
    // The week's plan for this weekday (a cycle's night, when there is a cycle, decides instead).
    const acidPlanned = week.acid.includes(i);
    const retinoidPlanned = week.retinoid.includes(i);
    const acidNight = kind ? kind === 'exfoliation' : acidPlanned;
    const acidTonight =
      acidNight && !rest && weekAcids < limits.acidNightsPerWeek ? acidFor(d, n, mask, near) : undefined;
    // Tonight's retinoid: steady on the week's retinoid nights; while ramping, spread within its 7-day window.
    const retinoidTonight =
      !rest && !acidTonight && !isRecovery ? retinoidFor(d, n, retinoidPlanned, mask, near, kind) : undefined;
    if (!show) return;
    // A night planned for a strong active that tonight's mask (a forced one) rules out: said, not silent.
    if (!kind && !rest) {
      if (acidPlanned && !acidTonight) sayBlocked(acids, mask, near, d);
      if (retinoidPlanned && !retinoidTonight && !acidTonight) sayBlocked(retinoids, mask, near, d);
    }

    // The evening's serums: the steady ones unless tonight's combination forbids them, plus tonight's strong one.
    // (Lists built by push, and no closures made per day: the walk runs for every day of every plan.)
    const strongTonight: PlacedTimed[] = [];
    if (acidTonight) strongTonight.push(acidTonight);
    if (retinoidTonight) strongTonight.push(retinoidTonight);
    const strongActives: ActiveId[] = [];
    for (const p of strongTonight) for (const a of p.serum.actives) strongActives.push(a);
    const pmSerums: PlacedSerum[] = [];
    for (const p of strongTonight) pmSerums.push(p);
    const resting = rest ? rest.rule : isRecovery ? (kind ? byRole('cycle') : recoveryRule) : undefined;
    steadyTonight(d, pmSerums, strongActives, mask, near, resting);
    const amSerums: PlacedTimed[] = [];
    for (const p of placed) if (p.slot !== 'pm' && onFace(p, d)) amSerums.push(p);
    const patches = patchSteps(d);
    // Most days repeat a few routines: share their steps (built once per plan), keyed by small numbers.
    const patchBits = patches.length ? patchKey(patches) : 0;
    const amKey = wide ? `${serumsKey(amSerums)}#${patchBits}` : (serumsKey(amSerums) as number) * 4096 + patchBits;
    let am = mornings.get(amKey);
    // A slot's suggested serum is noted when its routine is built: every day with that routine has it.
    // Stryker disable next-line ConditionalExpression: a memo; building the morning again gives the same steps.
    if (!am) {
      mornings.set(
        amKey,
        (am = patches.length
          ? [...buildMorning(amSerums, data), ...patches]
          : sharedRoutine('am', amSerums, null, data)),
      );
      markUsed(am);
      if (hasSuggested(am)) suggested.add('am');
    }
    const pmKey = wide
      ? `${serumsKey(pmSerums)}#${patchBits}#${maskCode(mask)}`
      : ((serumsKey(pmSerums) as number) * 4096 + patchBits) * 4096 + maskCode(mask);
    let pm = evenings.get(pmKey);
    // Stryker disable next-line ConditionalExpression: a memo; building the evening again gives the same steps.
    if (!pm) {
      evenings.set(
        pmKey,
        (pm = patches.length
          ? [...buildEvening(pmSerums, mask, data), ...patches]
          : sharedRoutine('pm', pmSerums, mask, data)),
      );
      markUsed(pm);
      if (hasSuggested(pm)) suggested.add('pm');
    }
    const strongWeek = week.strong;
    const ramp = ramps?.get(d);
    days.push({
      date: d,
      weekday: WEEKDAYS[i]!,
      night: nightName(
        mask,
        {
          acid: Boolean(acidTonight),
          retinoid: Boolean(retinoidTonight),
          other: pmSerums.some((p) => strongSteady.has(p as PlacedTimed)),
        },
        // A rest that holds something back makes its evenings recovery nights, as its note says.
        strongWeek || (rest !== undefined && restHolds(rest)),
        data,
        ramp ? { week: ramp.window + 1, level: ramp.level } : undefined,
        // Stryker disable next-line ArrayDeclaration: no list and a list of a type no mask has name the same evenings.
        recovery?.masks ?? [],
      ),
      mask,
      am,
      pm,
    });
    if (explainOn)
      explainDay(d, {
        amSerums,
        pmSerums,
        patches,
        mask,
        because,
        strongTonight,
        retinoidTonight,
        ramp,
        kind,
        rest,
        strongWeek,
        near,
        strongActives,
        isRecovery,
      });
  };
  for (let n = asDay(walkStart), last = asDay(to); n <= last; n++) walkDay(fromDayNumber(n), n);

  // The weekly clay cap, said by the rule that set it: with fewer mask nights than asked when clay, the only mask the
  // plan can use, is capped each week (under skin cycling the cycle's own note says the count is a cap).
  // Stryker disable next-line StringLiteral: no rule has that id either; an unset cap gives no rule.
  const clayRule = hook.byId.get(limits.by.clayPerWeek ?? '');
  if (clayRule?.clayCap) {
    const short =
      !cycle && profile.masksPerWeek > limits.clayPerWeek && clayOnly(profile.masks, maskTimes, from, to)
        ? { waiting: waitingMasks(profile.masks, maskTimes, to, data) }
        : undefined;
    const planned = days.some((d) => d.mask?.type === 'clay');
    const found = clayRule.clayCap({ cap: limits.clayPerWeek, asked: profile.masksPerWeek, planned, short }, ctx);
    if (found) findings.push(found);
  }

  /**
   * True for an acid that may well be used: another acid is (they take turns on the acid nights, acidFor, week by
   * week), or a calendar week the range cuts has an acid night on a day it does not show, with the acid on the face.
   */
  const turnTaken = (p: PlacedTimed) => {
    if (!p.acid) return false;
    for (const q of acids) if (q !== p && q.used) return true;
    for (let n = asDay(mondayOf(from)), last = asDay(to); n <= last; n += 7)
      for (const i of weekPlan(fromDayNumber(n)).acid) {
        const d = fromDayNumber(n + i);
        if ((d < from || d > to) && onFace(p, d)) return true;
      }
    return false;
  };

  /**
   * Serums on the face on some day of the plan that no routine of it uses (an acid whose turn another acid took, or
   * whose week's acid night falls outside the days shown, is not one): the rules with the `unused` hook say so, told the rule that kept each out on most of its evenings
   * (worked out once per plan, after the walk; most plans use every serum and ask nothing more).
   */
  function unusedSerums() {
    for (const p of placed) {
      if (p.used || turnTaken(p)) continue;
      const tally = new Map<SafetyRule, { nights: number; cause: 'mask' | 'rest' | 'other' }>();
      let evenings = 0;
      for (const day of days) {
        if (!onFace(p, day.date)) continue;
        evenings++;
        const why = keptOut(p, day);
        if (!why) continue;
        const seen = tally.get(why.rule);
        if (seen) seen.nights++;
        else tally.set(why.rule, { nights: 1, cause: why.cause });
      }
      if (!evenings) continue;
      let because: Unused['because'];
      for (const [rule, t] of tally)
        if (!because || t.nights > because.nights)
          because = { rule: rule.id, message: rule.message, nights: t.nights, cause: t.cause };
      // A retinoid whose nights another retinoid takes (retinoidFor gives them to the first on the shelf; p is unused).
      let takenBy: string | undefined;
      if (p.retinoid) for (const q of retinoids) if (q.used) takenBy ??= q.name;
      for (const rule of hook.unused) {
        const found = rule.unused!({ name: p.name, evenings, because, takenBy }, ctx);
        if (found) findings.push(found);
      }
    }
  }

  /** Why serum `p` is not in the evening of `day`, and whether a mask night, a rest or something else stood in its way. */
  function keptOut(p: PlacedTimed, day: DayPlan): { rule: SafetyRule; cause: 'mask' | 'rest' | 'other' } | undefined {
    const n = asDay(day.date);
    const near = beside(n);
    const rest = restOn(day.date);
    if (!p.retinoid && !p.acid) {
      // A steady evening serum: the walk noted each evening it was left out, and by which rule.
      for (const entry of left.values())
        if (entry.item === p.name && entry.dates.includes(day.date))
          return { rule: entry.rule, cause: rest ? 'rest' : 'other' };
      return undefined;
    }
    const strongActives: ActiveId[] = [];
    for (const q of strongActs)
      if (q !== p && day.pm.some((s) => s.kind === 'serum' && s.name === q.name))
        for (const a of q.serum.actives) strongActives.push(a);
    const i = weekdayOf(n);
    const kind = cycle ? cycle[cycleAt(n, cycle.length)] : undefined;
    const isRecovery = kind ? kind === 'recovery' : weekPlan(fromDayNumber(n - i)).recovery.includes(i);
    const why = whyNot(p, day.date, { mask: day.mask, near, rest, strongActives, isRecovery, kind });
    if (!why) return undefined;
    if (rest) return { rule: why.rule, cause: 'rest' };
    const actives = [...strongActives, ...p.serum.actives];
    const mask =
      why.rule.forbids !== undefined && !why.rule.forbids({ mask: null, actives, beside: NO_NEIGHBOURS }, ctx);
    return { rule: why.rule, cause: mask ? 'mask' : 'other' };
  }

  // Strong actives an evening's mask or another rule forced out of a night they were planned for.
  // (Recorded on shown days only, from `from` to `to`.)
  for (const { rule, item, dates } of left.values())
    findings.push({
      rule: rule.id,
      message: `${item} rests on ${dates.length === 1 ? 'one night' : `${dates.length} nights`} (${formatDates(dates)}): ${lowerFirst(rule.message)}`,
    });
  if (hook.unused.length) unusedSerums();
  for (const r of rests)
    if (r.until >= from && r.day.date < to) findings.push({ rule: r.rule.id, message: restNote(r) });
  // A mask the person chose for an evening (`plan --mask`) that a rest keeps such masks off: planned as asked, and said.
  const chosen = options.maskOverride;
  const chosenRest = chosen?.mask && chosen.date >= from && chosen.date <= to ? restOn(chosen.date) : undefined;
  if (chosenRest && restHolds(chosenRest) && recovery?.masks.includes(chosen!.mask!.type))
    findings.push({
      rule: chosenRest.rule.id,
      message: chosenRest.rest.chosen({
        name: maskName(chosen!.mask!, data.maskTypes),
        type: chosen!.mask!.type,
        date: chosen!.date,
        gentle: gentleTypes(data),
      }),
    });
  const dailyRule = byRole('serum');
  if (suggested.size && dailyRule)
    findings.push({
      rule: dailyRule.id,
      message: `Your shelf has no serum for the ${slotWords(suggested)} on some days: a simple hydrating serum (hyaluronic acid) is suggested there.`,
    });

  for (const rule of hook.check) {
    // Appended by push.apply: the rules' lists differ in kind (literals, filtered, mapped), and a loop over them
    // (even reading their length) makes V8 throw the optimized planner away for each kind it has not seen yet.
    Array.prototype.push.apply(findings, rule.check!(days, ctx));
  }
  for (const f of findings)
    if (f.item && f.action) {
      const rule = hook.byId.get(f.rule);
      explain({ date: null, slot: f.slot ?? null, item: f.item, action: f.action, reason: f.message }, rule);
    }

  return { days, warnings: toWarnings(findings, from, to, rules, data), explanations };
}

/** True when clay masks are the only ones on the face from `from` to `to`, and one is on some evening. */
function clayOnly(
  masks: readonly MaskProduct[],
  times: ReadonlyMap<MaskProduct, { face?: IsoDate; useBy?: IsoDate }>,
  from: IsoDate,
  to: IsoDate,
): boolean {
  let clay = false;
  for (const m of masks) {
    const t = times.get(m)!;
    // On the face from its face start (if any) to the day before its use-by date (if any).
    const used = (!t.face || t.face <= to) && (!t.useBy || t.useBy > from);
    if (used && m.type !== 'clay') return false;
    if (used) clay = true;
  }
  return clay;
}

/**
 * The masks other than clay on a shelf where clay is the only mask on the face from `from` to `to` (clayOnly): when
 * each goes on the face after `to`, if it ever does before its use-by date, and whether a patch test comes first.
 */
function waitingMasks(
  masks: readonly MaskProduct[],
  times: ReadonlyMap<MaskProduct, Timed>,
  to: IsoDate,
  data: Data,
): WaitingMask[] {
  const out: WaitingMask[] = [];
  for (const m of masks) {
    if (m.type === 'clay') continue;
    const t = times.get(m)!;
    // With no face date it has been on the face all along, so (clayOnly) it is past its use-by date: it never joins.
    const face = t.face ?? to;
    // Stryker disable next-line EqualityOperator: a mask on the face on `to` itself leaves clay not the only one (clayOnly).
    const joins = face > to && (!t.useBy || t.useBy > face);
    out.push({
      name: maskName(m, data.maskTypes),
      from: joins ? face : undefined,
      patchTest: t.started !== t.face,
      useBy: t.useBy,
    });
  }
  return out;
}

/** A serum's layering rank: its thinnest active's (lower goes on first). */
function layerOf(serum: SerumProduct, data: Data): number {
  let layer = Infinity;
  for (const a of serum.actives) layer = Math.min(layer, data.active(a).layer);
  return layer;
}

/**
 * A list copied by push into a list made by one literal: an empty shelf's list (a literal or a filter that found
 * nothing holds no objects yet) then has the same kind as a full one, so the planner is not rebuilt for it.
 */
function listCopy<T>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/** The neighbours of an evening with no mask either side: one list shared by every such evening (never changed). */
const NO_NEIGHBOURS: readonly (MaskType | null)[] = [null, null];

const MASK_CODES = new Map<MaskType | null, number>([[null, 0], ...MASK_TYPES.map((m, i) => [m, i + 1] as const)]);
const ACTIVE_CODES = new Map<ActiveId, number>(ACTIVES.map((a, i) => [a, i + 1]));

/**
 * A night as a memo key: its mask, its actives in order and the masks either side, as one number (each part a
 * digit of its own base); a text for a night the vocabularies cannot number (more than 8 actives, say).
 */
export function nightKey(night: Night): number | string {
  const mask = MASK_CODES.get(night.mask);
  let key = mask === undefined ? -1 : mask;
  const beside = night.beside;
  // Stryker disable next-line ArithmeticOperator: divided, the keys of nights with no neighbours given stay apart too.
  if (beside === undefined) key = key * 64;
  else if (beside.length === 2) {
    const a = MASK_CODES.get(beside[0]!);
    const b = MASK_CODES.get(beside[1]!);
    key = a === undefined || b === undefined ? -1 : key * 64 + 1 + a * 6 + b;
  } else key = -1;
  const actives = night.actives;
  if (actives.length > 8) key = -1;
  for (let i = 0; key >= 0 && i < actives.length; i++) {
    const code = ACTIVE_CODES.get(actives[i]!);
    key = code === undefined ? -1 : key * 11 + code;
  }
  if (key >= 0) return key * 16 + actives.length;
  return `${night.mask}|${night.actives.join(',')}|${night.beside?.join(',')}`;
}

/** Logged days in date order (days of one date keep theirs). */
function byDate(a: LoggedDay, b: LoggedDay): number {
  if (a.date < b.date) return -1;
  // Stryker disable next-line all: the sort only asks whether the answer is below zero; 0 and 1 both keep the order.
  return a.date > b.date ? 1 : 0;
}

/** The position of a date in an n-night cycle anchored to 1970-01-01. */
export function cyclePos(d: IsoDate, n: number): number {
  return cycleAt(dayNumber(d) ?? 0, n);
}

/** The position of day number `day` in an n-item cycle anchored to day 0 (1970-01-01). */
function cycleAt(day: number, n: number): number {
  return ((day % n) + n) % n;
}

/** A data source as a warning shows it (every source has its address: the data requires one). */
export function sourceRef(data: Data, id: string): SourceRef {
  let refs = sourceRefs.get(data);
  // Stryker disable next-line ConditionalExpression: a memo; a fresh one makes the same references.
  if (!refs) sourceRefs.set(data, (refs = new Map()));
  let ref = refs.get(id);
  // Stryker disable next-line ConditionalExpression: a memo; a new reference reads the same.
  if (!ref) {
    const s = data.source(id);
    refs.set(id, (ref = Object.freeze({ title: s.citation, url: s.url })));
  }
  return ref;
}
/**
 * One reference object per source, shared by every warning and explanation that cites it (frozen: nobody changes
 * it for the others): a batch writes each source's JSON once.
 */
const sourceRefs = new WeakMap<Data, Map<string, SourceRef>>();

const SEVERITY_ORDER: Record<Severity, number> = { avoid: 0, caution: 1, tip: 2 };

/** Findings to warnings: one per distinct message, within the range, most serious first. */
function toWarnings(
  findings: Finding[],
  from: IsoDate,
  to: IsoDate,
  rules: readonly SafetyRule[],
  data: Data,
): Warning[] {
  const out: Warning[] = [];
  for (const f of findings) {
    if (f.dates && !f.dates.some((d) => d >= from && d <= to)) continue;
    // A plan has a handful of warnings: comparing with those kept costs less than joining texts into a key and
    // hashing it. (Kept warnings carry the rule's id and the finding's message as they are.)
    if (isRepeat(out, f)) continue;
    const rule = hooks(rules).byId.get(f.rule);
    if (!rule) throw new Error(`unknown rule ${f.rule}`);
    out.push({ rule: rule.id, severity: rule.severity, message: f.message, source: sourceRef(data, rule.source) });
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** True when a warning with the finding's rule and message is already in the list. */
function isRepeat(warnings: readonly Warning[], f: Finding): boolean {
  for (let i = 0; i < warnings.length; i++)
    if (warnings[i]!.rule === f.rule && warnings[i]!.message === f.message) return true;
  return false;
}

/** "morning", "evening" or "morning or evening", in the order the slots were met. */
function slotWords(slots: ReadonlySet<'am' | 'pm'>): string {
  let out = '';
  for (const s of slots) out += `${out ? ' or ' : ''}${s === 'am' ? 'morning' : 'evening'}`;
  return out;
}

function formatDates(dates: IsoDate[]): string {
  const shown = dates.slice(0, 4).map((d) => `${weekdayName(d).slice(0, 3)} ${d}`);
  return dates.length > 4 ? `${shown.join(', ')} and ${dates.length - 4} more` : shown.join(', ');
}

/** Days between two dates, re-exported for commands that validate ranges. */
export { daysBetween };
