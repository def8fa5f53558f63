import { asDay, weekdayOf } from '../../domain/dates.js';
import type { SafetyRule } from './rule.js';

/** 2–4 mask nights a week is plenty; more is over-masking. Counts the nights actually planned. */
export const overMasking: SafetyRule = {
  id: 'over-masking',
  severity: 'caution',
  message: "Don't over-mask: 2 to 4 mask nights a week is plenty (sensitive skin: 1 or 2).",
  source: 'article',
  check: (days, ctx) => {
    // Mask nights per calendar week, each week by its Monday's day number.
    const perWeek = new Map<number, number>();
    let most = 0;
    for (const d of days)
      if (d.mask) {
        const n = asDay(d.date);
        const week = n - weekdayOf(n);
        const count = (perWeek.get(week) ?? 0) + 1;
        perWeek.set(week, count);
        most = Math.max(most, count);
      }
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
