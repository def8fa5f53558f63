import { RETINOIDS, shelfActives, type SafetyRule } from './rule.js';

/** Benzoyl peroxide degrades retinoids: morning for one, evening for the other. */
export const benzoylPeroxideApartFromRetinoid: SafetyRule = {
  id: 'benzoyl-peroxide-apart-from-retinoid',
  severity: 'caution',
  message: 'Benzoyl peroxide and retinol at different times of day: benzoyl peroxide in the morning, retinol at night.',
  source: 'cutis-bpo',
  slot: (active, ctx) =>
    active === 'benzoyl-peroxide' && [...shelfActives(ctx.profile)].some((a) => RETINOIDS.includes(a))
      ? 'am'
      : undefined,
  forbids: (night) => night.actives.includes('benzoyl-peroxide') && night.actives.some((a) => RETINOIDS.includes(a)),
  check: (_days, ctx) =>
    ctx.profile.serums
      .filter((s) => s.actives.includes('benzoyl-peroxide') && s.actives.some((a) => RETINOIDS.includes(a)))
      .map((s) => ({
        rule: 'benzoyl-peroxide-apart-from-retinoid',
        message: `${s.name ?? 'A serum'} combines benzoyl peroxide and retinol in one product; benzoyl peroxide can break retinoids down.`,
      })),
};
