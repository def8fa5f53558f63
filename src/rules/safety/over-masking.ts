import { mondayOf } from '../../domain/dates.js';
import type { SafetyRule } from './rule.js';

/** 2–4 mask nights a week is plenty; more is over-masking. Counts the nights actually planned. */
export const overMasking: SafetyRule = {
  id: 'over-masking',
  severity: 'caution',
  message: "Don't over-mask: 2 to 4 mask nights a week is plenty (sensitive skin: 1 or 2).",
  source: 'article',
  check: (days, ctx) => {
    const perWeek = new Map<string, number>();
    for (const d of days)
      if (d.mask) {
        const week = mondayOf(d.date);
        perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
      }
    const most = Math.max(0, ...perWeek.values());
    if (most > 4)
      return [
        {
          rule: 'over-masking',
          message: `${most} mask nights in a week is over-masking: 2 to 4 is plenty, and mask nights end up back to back.`,
        },
      ];
    if (ctx.profile.skin === 'sensitive' && most > 2)
      return [
        {
          rule: 'over-masking',
          message: `Sensitive skin: ${most} mask nights in a week is a lot; 1 or 2 gentle, hydrating ones are kinder.`,
        },
      ];
    return [];
  },
};
