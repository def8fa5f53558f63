import { RETINOIDS, planActives, type SafetyRule } from './rule.js';

/** Starting a retinoid: two nights a week, then add a night a week. Sensitive skin is held to two. */
export const retinoidStartSlow: SafetyRule = {
  id: 'retinoid-start-slow',
  severity: 'caution',
  message:
    'New to retinol? Start with 2 nights a week, add a night each week, and skip a night if skin gets irritated.',
  source: 'aad-retinoid',
  limits: (ctx) => (ctx.profile.skin === 'sensitive' ? { retinoidNightsPerWeek: 2 } : {}),
  check: (days, ctx) => {
    if (![...planActives(days)].some((a) => RETINOIDS.includes(a))) return [];
    return [
      {
        rule: 'retinoid-start-slow',
        message:
          ctx.profile.skin === 'sensitive'
            ? 'Sensitive skin: retinol is planned 2 nights a week; add a night only once your skin is used to it.'
            : 'New to retinol? Use it 2 nights a week at first (not every night as planned), adding a night each week.',
      },
    ];
  },
};
