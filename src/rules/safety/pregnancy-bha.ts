import type { SafetyRule } from './rule.js';

/** Salicylic acid in pregnancy: low-strength leave-on use is generally accepted; peels and large areas are not. */
export const pregnancyBha: SafetyRule = {
  id: 'pregnancy-bha',
  severity: 'caution',
  message:
    'Pregnancy: low-strength leave-on salicylic acid (BHA) is generally considered acceptable; avoid peels, high strengths and large areas.',
  source: 'jabfm-pregnancy-acne',
  check: (_days, ctx) =>
    ctx.profile.pregnancySafe && ctx.profile.serums.some((s) => s.actives.includes('bha'))
      ? [
          {
            rule: 'pregnancy-bha',
            message:
              'Pregnancy-safe: your BHA (salicylic acid) serum stays in the plan as a low-strength leave-on product; no salicylic peels, and not over large areas of skin.',
          },
        ]
      : [],
};
