// The planner: turns a profile and a range of dates into day plans, consulting every safety rule.
import { addDays, dateRange, daysBetween, mondayOf, weekdayName, type IsoDate } from '../dates.js';
import type { ActiveId, Severity } from '../domain.js';
import type { Data } from '../data.js';
import { RULES, type Limits, type SafetyRule } from './safety/index.js';
import { ACIDS, RETINOIDS } from './safety/rule.js';
import { scheduleMasks } from './schedule.js';
import { chooseSpread } from './spacing.js';
import { buildEvening, buildMorning, nightName, type PlacedSerum } from './routine.js';
import type {
  DayPlan,
  Explanation,
  Finding,
  MaskPick,
  PlanOptions,
  Profile,
  RangePlan,
  RuleContext,
  SerumProduct,
  Step,
  Warning,
} from './types.js';

const NO_LIMITS: Limits = { clayPerWeek: 7, retinoidNightsPerWeek: 7, acidNightsPerWeek: 7 };

/** The weekly caps for a profile: the lowest any rule sets. */
export function limitsFor(ctx: RuleContext, rules: readonly SafetyRule[] = RULES): Limits {
  const limits = { ...NO_LIMITS };
  for (const rule of rules) {
    const asked = rule.limits?.(ctx) ?? {};
    for (const key of Object.keys(asked) as (keyof Limits)[]) limits[key] = Math.min(limits[key], asked[key]!);
  }
  return limits;
}

/** The slot a serum goes in, and the rule that decided it (undefined when the active's own data did). */
export function serumSlot(
  serum: SerumProduct,
  ctx: RuleContext,
  rules: readonly SafetyRule[] = RULES,
): { slot: 'am' | 'pm' | 'any'; rule?: string } {
  let pm: string | undefined;
  let am: string | undefined;
  for (const active of serum.actives) {
    const decided = rules.find((r) => r.slot?.(active, ctx));
    const slot = decided?.slot?.(active, ctx) ?? ctx.data.active(active).time;
    if (slot === 'pm') pm ??= decided?.id ?? 'data';
    if (slot === 'am') am ??= decided?.id ?? 'data';
  }
  if (pm) return pm === 'data' ? { slot: 'pm' } : { slot: 'pm', rule: pm };
  if (am) return am === 'data' ? { slot: 'am' } : { slot: 'am', rule: am };
  return { slot: 'any' };
}

/** The first rule that forbids this evening's combination, if any. */
export function forbiddenBy(
  night: { mask: MaskPick | null; actives: readonly ActiveId[] },
  rules: readonly SafetyRule[] = RULES,
): SafetyRule | undefined {
  return rules.find((r) => r.forbids?.({ mask: night.mask?.type ?? null, actives: night.actives }));
}

const isRetinoid = (s: SerumProduct) => s.actives.some((a) => RETINOIDS.includes(a));
const isAcid = (s: SerumProduct) => s.actives.some((a) => ACIDS.includes(a));

/** Plans `count` days from `from`. Pure: the same profile, dates and options give the same plan. */
export function planRange(
  input: Profile,
  from: IsoDate,
  count: number,
  options: PlanOptions,
  data: Data,
  rules: readonly SafetyRule[] = RULES,
): RangePlan {
  const findings: Finding[] = [];
  const explanations: Explanation[] = [];
  let profile = input;
  for (const rule of rules) {
    if (!rule.shelf) continue;
    const out = rule.shelf({ profile, data });
    profile = out.profile;
    findings.push(...out.findings);
  }
  const ctx: RuleContext = { profile, data };
  const limits = limitsFor(ctx, rules);
  const to = addDays(from, count - 1);
  const weekFrom = mondayOf(from);
  const weekTo = addDays(mondayOf(to), 6);

  const schedule = scheduleMasks({
    // One night either side, so acids can keep away from a clay mask on the neighbouring week's edge.
    from: addDays(weekFrom, -1),
    to: addDays(weekTo, 1),
    masksPerWeek: profile.masksPerWeek,
    masks: profile.masks,
    events: options.events,
    clayPerWeek: limits.clayPerWeek,
    preferGentle: profile.skin === 'sensitive',
    maskTypes: data.maskTypes,
  });
  findings.push(...schedule.findings);
  const masks = schedule.nights;
  if (options.maskOverride) {
    const { date, mask } = options.maskOverride;
    if (mask) masks.set(date, { type: mask.type, name: mask.name ?? data.maskType(mask.type).name });
    else masks.delete(date);
  }

  // Where each serum goes, and why.
  const placed: PlacedSerum[] = profile.serums.map((serum) => {
    const { slot, rule } = serumSlot(serum, ctx, rules);
    const name = serum.name ?? `${serum.actives.map((a) => data.active(a).name).join(' + ')} serum`;
    if (rule)
      explanations.push({
        date: null,
        slot: slot === 'any' ? null : slot,
        item: name,
        action: 'placed',
        rule,
        reason: ruleById(rules, rule).message,
      });
    return { serum, name, slot, layer: Math.min(...serum.actives.map((a) => data.active(a).layer)) };
  });
  const retinoids = placed.filter((p) => isRetinoid(p.serum) && p.slot !== 'am');
  const acids = placed.filter((p) => isAcid(p.serum) && !isRetinoid(p.serum) && p.slot !== 'am');
  const acidActives = [...new Set(acids.flatMap((p) => p.serum.actives))];
  const retinoidActives = [...new Set(retinoids.flatMap((p) => p.serum.actives))];

  // Which evenings carry the strong actives: acids first (a capped few), then retinoids where allowed.
  const strongTonight = new Map<IsoDate, { acid: boolean; retinoid: boolean }>();
  const blocked = new Map<string, IsoDate[]>(); // rule id -> dates retinoid/acid was left out
  const block = (rule: string, date: IsoDate) => blocked.set(rule, [...(blocked.get(rule) ?? []), date]);
  for (let monday = weekFrom; monday <= weekTo; monday = addDays(monday, 7)) {
    const week = dateRange(monday, 7);
    const mask = (i: number) => masks.get(addDays(monday, i)) ?? null;
    let acidDays: number[] = [];
    if (acids.length) {
      const allowed = [0, 1, 2, 3, 4, 5, 6].filter((i) => {
        const rule = forbiddenBy({ mask: mask(i), actives: acidActives }, rules);
        return !rule;
      });
      // Keep acids off mask nights and away from the night before or after a clay mask when possible.
      const nearClay = (i: number) => mask(i - 1)?.type === 'clay' || mask(i + 1)?.type === 'clay';
      acidDays = chooseSpread({
        count: Math.min(limits.acidNightsPerWeek, allowed.length),
        allowed,
        disfavoured: [0, 1, 2, 3, 4, 5, 6].filter((i) => mask(i) || nearClay(i)),
      });
    }
    let retinoidDays: number[] = [];
    if (retinoids.length) {
      const allowed: number[] = [];
      for (let i = 0; i < 7; i++) {
        const actives = [...retinoidActives, ...(acidDays.includes(i) ? acidActives : [])];
        const rule = forbiddenBy({ mask: mask(i), actives }, rules);
        if (rule) block(rule.id, week[i]!);
        else allowed.push(i);
      }
      retinoidDays =
        allowed.length > limits.retinoidNightsPerWeek
          ? chooseSpread({
              count: limits.retinoidNightsPerWeek,
              allowed,
              disfavoured: [0, 1, 2, 3, 4, 5, 6].filter((i) => mask(i)),
            })
          : allowed;
      if (limits.retinoidNightsPerWeek < 7)
        for (const i of allowed) if (!retinoidDays.includes(i)) block('retinoid-start-slow', week[i]!);
    }
    week.forEach((date, i) =>
      strongTonight.set(date, { acid: acidDays.includes(i), retinoid: retinoidDays.includes(i) }),
    );
  }

  const days: DayPlan[] = [];
  const suggestedSlots = new Set<'am' | 'pm'>();
  // Every morning is the same; evenings differ only by the mask and which strong actives are on.
  const am = buildMorning(
    placed.filter((p) => p.slot !== 'pm'),
    data,
  );
  if (am.some((s) => s.kind === 'serum' && s.suggested)) suggestedSlots.add('am');
  const evenings = new Map<string, Step[]>();
  const evening = (mask: MaskPick | null, tonight: { acid: boolean; retinoid: boolean }): Step[] => {
    const key = `${mask?.type ?? ''}|${mask?.name ?? ''}|${tonight.acid ? 1 : 0}${tonight.retinoid ? 1 : 0}`;
    let steps = evenings.get(key);
    if (!steps) {
      const serums = placed.filter((p) => {
        if (p.slot === 'am') return false;
        if (isRetinoid(p.serum)) return tonight.retinoid;
        if (isAcid(p.serum)) return tonight.acid;
        return true;
      });
      steps = buildEvening(serums, mask, data);
      if (steps.some((s) => s.kind === 'serum' && s.suggested)) suggestedSlots.add('pm');
      evenings.set(key, steps);
    }
    return steps;
  };
  for (const date of dateRange(from, count)) {
    const tonight = strongTonight.get(date)!;
    const mask = masks.get(date) ?? null;
    const pm = evening(mask, tonight);
    days.push({
      date,
      weekday: weekdayName(date),
      night: nightName(mask, tonight, retinoids.length + acids.length > 0, data),
      mask,
      am,
      pm,
    });
    if (mask)
      explanations.push({
        date,
        slot: 'pm',
        item: mask.name,
        action: 'placed',
        rule: mask.event ? 'event-eve-mask' : 'mask-spacing',
        reason: mask.event
          ? `The evening before ${mask.event.label ?? 'your event'} (${mask.event.date}).`
          : mask.type === 'sleeping'
            ? 'A mask night, spaced from the others; the sleeping mask goes on last and replaces the moisturizer.'
            : 'A mask night, spaced from the others; serum and moisturizer follow the mask.',
      });
  }

  for (const [rule, dates] of blocked) {
    const inRange = dates.filter((d) => d >= from && d <= to);
    if (!inRange.length) continue;
    const what = rule === 'acid-not-on-clay-night' ? 'AHA/BHA' : 'Retinol';
    const names = retinoids.map((p) => p.name).join(', ');
    const reason = ruleById(rules, rule).message;
    for (const d of inRange) explanations.push({ date: d, slot: 'pm', item: names, action: 'left-out', rule, reason });
    findings.push({
      rule,
      message: `${what} rests on ${inRange.length === 1 ? 'one night' : `${inRange.length} nights`} (${formatDates(inRange)}): ${lowerFirst(reason)}`,
    });
  }
  if (suggestedSlots.size)
    findings.push({
      rule: 'daily-serum',
      message: `Your shelf has no serum for the ${[...suggestedSlots].map((s) => (s === 'am' ? 'morning' : 'evening')).join(' or ')} on some days: a simple hydrating serum (hyaluronic acid) is suggested there.`,
    });

  for (const rule of rules) findings.push(...(rule.check?.(days, ctx) ?? []));
  for (const f of findings)
    if (f.item && f.action)
      explanations.push({
        date: null,
        slot: f.slot ?? null,
        item: f.item,
        action: f.action,
        rule: f.rule,
        reason: f.message,
      });

  return { days, warnings: toWarnings(findings, from, to, rules, data), explanations };
}

function ruleById(rules: readonly SafetyRule[], id: string): SafetyRule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

const SEVERITY_ORDER: Record<Severity, number> = { avoid: 0, caution: 1, tip: 2 };

/** Findings to warnings: one per distinct message, within the range, most serious first. */
function toWarnings(
  findings: Finding[],
  from: IsoDate,
  to: IsoDate,
  rules: readonly SafetyRule[],
  data: Data,
): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const f of findings) {
    if (f.dates && !f.dates.some((d) => d >= from && d <= to)) continue;
    const key = `${f.rule}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = ruleById(rules, f.rule);
    out.push({ rule: rule.id, severity: rule.severity, message: f.message, source: data.source(rule.source).citation });
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function formatDates(dates: IsoDate[]): string {
  const shown = dates.slice(0, 4).map((d) => `${weekdayName(d).slice(0, 3)} ${d}`);
  return dates.length > 4 ? `${shown.join(', ')} and ${dates.length - 4} more` : shown.join(', ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Days between two dates, re-exported for commands that validate ranges. */
export { daysBetween };
