import type { SafetyRule } from './rule.js';

/** 2–4 mask nights a week is plenty; more is over-masking. */
export const overMasking: SafetyRule = {
  id: 'over-masking',
  severity: 'caution',
  message: "Don't over-mask: 2 to 4 mask nights a week is plenty (sensitive skin: 1 or 2).",
  source: 'article',
  check: (_days, ctx) => {
    const n = ctx.profile.masksPerWeek;
    if (n > 4)
      return [
        {
          rule: 'over-masking',
          message: `${n} mask nights a week is over-masking: 2 to 4 is plenty, and mask nights end up back to back.`,
        },
      ];
    if (ctx.profile.skin === 'sensitive' && n > 2)
      return [
        {
          rule: 'over-masking',
          message: `Sensitive skin: ${n} mask nights a week is a lot; 1 or 2 gentle, hydrating ones are kinder.`,
        },
      ];
    return [];
  },
};
