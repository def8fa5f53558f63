import { serumIn, type SafetyRule } from './rule.js';

/** Pregnancy-safe plans leave topical retinoids out everywhere. */
export const pregnancyNoRetinoids: SafetyRule = {
  id: 'pregnancy-no-retinoids',
  severity: 'avoid',
  message:
    'Pregnancy-safe plans leave retinoids out; azelaic acid and benzoyl peroxide are the usual options for acne.',
  source: 'pregnancy-acne',
  shelf: (ctx) => {
    if (!ctx.profile.pregnancySafe) return { profile: ctx.profile, findings: [] };
    const removed = ctx.profile.serums.filter((s) => serumIn(ctx, s, 'retinoid'));
    if (!removed.length) return { profile: ctx.profile, findings: [] };
    const names = removed.map((s) => s.name ?? 'retinol serum');
    return {
      profile: { ...ctx.profile, serums: ctx.profile.serums.filter((s) => !removed.includes(s)) },
      findings: [
        {
          rule: 'pregnancy-no-retinoids',
          message: `Pregnancy-safe: left out ${names.join(', ')} (retinoids); ask your doctor about azelaic acid instead.`,
          item: names.join(', '),
          action: 'left-out',
        },
      ],
    };
  },
};
