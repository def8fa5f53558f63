// Plain-text pieces shared by the table and Markdown renderers.
import type { DayPlan, Step } from '../rules/types.js';

/** A step as a person reads it. */
export function stepLabel(step: Step): string {
  switch (step.kind) {
    case 'cleanser':
      return 'Cleanser';
    case 'mask':
      return `${step.name} (${step.overnight ? 'overnight' : `${step.minutes} min`})`;
    case 'serum':
      return step.suggested ? `${step.name}, suggested` : step.name;
    case 'moisturizer':
      return 'Moisturizer';
    case 'sunscreen':
      return `Sunscreen SPF ${step.spf}+`;
    case 'patch-test':
      return `Patch test: ${step.name} on the ${step.where}${step.minutes ? ` (rinse off after ${step.minutes} min)` : ''}`;
  }
}

/**
 * A day's morning and evening side by side, step by step: one row a step number, with each side's label, or null
 * where that side has no step of that number; `mask` says the evening's step is the mask (renderers stress it).
 */
export function stepPairs(
  am: readonly Step[],
  pm: readonly Step[],
): { n: number; am: string | null; pm: string | null; mask: boolean }[] {
  const rows: { n: number; am: string | null; pm: string | null; mask: boolean }[] = [];
  for (let i = 0; i < Math.max(am.length, pm.length); i++) {
    const a = am[i];
    const p = pm[i];
    rows.push({ n: i + 1, am: a ? stepLabel(a) : null, pm: p ? stepLabel(p) : null, mask: p?.kind === 'mask' });
  }
  return rows;
}

/** What a journal record says, in words ("morning done, skin red, a note"). */
export function recordWords(record: {
  am?: string;
  pm?: string;
  skin?: readonly string[];
  note?: string;
  clear?: boolean;
}): string {
  if (record.clear) return 'cleared';
  const parts: string[] = [];
  if (record.am) parts.push(`morning ${record.am}`);
  if (record.pm) parts.push(`evening ${record.pm}`);
  if (record.skin) parts.push(record.skin.length ? `skin ${record.skin.join(', ')}` : 'no skin states');
  if (record.note !== undefined) parts.push(record.note ? 'a note' : 'the note removed');
  return parts.join(', ');
}

/** A journal record in one line: its day, what it says, and the journal it went to. */
export function logLine(p: {
  journal: string;
  record: (Parameters<typeof recordWords>[0] & { date: string }) | null;
}): string {
  if (!p.record) return `Nothing logged (${p.journal})\n`;
  const words = p.record.clear ? '' : `: ${recordWords(p.record)}`;
  return `${longDate(p.record.date)}${words} (${p.journal})\n`;
}

/** Steps in order, joined by arrows. */
export function stepsLine(steps: readonly Step[], arrow = ' → '): string {
  return steps.map(stepLabel).join(arrow);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** '2026-11-30' → '30 Nov'. */
export function shortDate(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]}`;
}
/** '2026-11-30' → '30 Nov 2026'. */
export function longDate(iso: string): string {
  return `${shortDate(iso)} ${iso.slice(0, 4)}`;
}

/** Capitalises the first letter. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** When an explanation applies: '2026-12-01 pm', 'every morning' or 'whole plan'. */
export function explanationWhen(e: { date: string | null; slot: 'am' | 'pm' | null }): string {
  if (e.date) return `${e.date}${e.slot ? ` ${e.slot}` : ''}`;
  if (e.slot) return `every ${e.slot === 'am' ? 'morning' : 'evening'}`;
  return 'whole plan';
}

/**
 * The evening's name with its mask when the name does not say it: a recovery night may carry a hydrating mask
 * ("Recovery night, sheet mask"), and the person should see which.
 */
export function nightTitle(day: Pick<DayPlan, 'night' | 'mask'>): string {
  const name = capital(day.night);
  if (!day.mask) return name;
  if (name.toLowerCase().includes(day.mask.type)) return name;
  // A generic mask reads as the planner's own names do ("sheet mask"); a product keeps its name.
  const mask = /^[A-Z][a-z]+ mask$/.test(day.mask.name) ? day.mask.name.toLowerCase() : day.mask.name;
  return `${name}, ${mask}`;
}
