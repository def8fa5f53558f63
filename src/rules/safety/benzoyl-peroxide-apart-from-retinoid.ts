import { anyIn, serumIn, shelfActives, type SafetyRule } from './rule.js';

/** Benzoyl peroxide degrades retinoids: never in the same routine. */
export const benzoylPeroxideApartFromRetinoid: SafetyRule = {
  id: 'benzoyl-peroxide-apart-from-retinoid',
  severity: 'caution',
  message:
    'Benzoyl peroxide and retinol never in the same routine: benzoyl peroxide breaks retinol down (usually benzoyl peroxide in the morning, retinol at night).',
  source: 'cutis-bpo',
  slot: (active, ctx) =>
    active === 'benzoyl-peroxide' && anyIn(ctx, [...shelfActives(ctx.profile)], 'retinoid') ? 'am' : undefined,
  forbids: (night, ctx) => night.actives.includes('benzoyl-peroxide') && anyIn(ctx, night.actives, 'retinoid'),
  shelf: (ctx) => {
    // A product holding both can never be used as the rule asks: it leaves the plan alone, not the other serums.
    const both = ctx.profile.serums.filter(
      (s) => s.actives.includes('benzoyl-peroxide') && serumIn(ctx, s, 'retinoid'),
    );
    // Nothing to leave out: the profile itself, not a copy.
    if (!both.length) return { profile: ctx.profile, findings: [] };
    return {
      profile: { ...ctx.profile, serums: ctx.profile.serums.filter((s) => !both.includes(s)) },
      findings: both.map((s) => {
        const name = s.name ?? 'Your benzoyl peroxide + retinol serum';
        return {
          rule: 'benzoyl-peroxide-apart-from-retinoid',
          message: `${name} combines benzoyl peroxide and retinol in one product, which breaks the retinol down: it is left out of the plan. Use a benzoyl peroxide product in the morning and a retinol serum at night instead, or ask your dermatologist how to use it.`,
          item: name,
          action: 'left-out' as const,
        };
      }),
    };
  },
};
