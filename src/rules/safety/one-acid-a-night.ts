import { group, type SafetyRule } from './rule.js';

/** One exfoliating acid an evening: AHA and BHA never together. */
export const oneAcidANight: SafetyRule = {
  id: 'one-acid-a-night',
  severity: 'avoid',
  message: 'One exfoliating acid an evening: AHA and BHA take turns, never together.',
  source: 'aad-exfoliate',
  forbids: (night, ctx) => night.actives.filter((a) => group(ctx, 'acid').has(a)).length > 1,
};
