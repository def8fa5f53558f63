import { anyIn, type SafetyRule } from './rule.js';

/** A clay-mask night is not a retinol night: retinol rests that night. */
export const retinoidNotOnClayNight: SafetyRule = {
  id: 'retinoid-not-on-clay-night',
  severity: 'avoid',
  message: 'No retinol on a clay-mask night: the dryness and irritation add up, so retinol rests that night.',
  source: 'aad-exfoliate',
  forbids: (night, ctx) => night.mask === 'clay' && anyIn(ctx, night.actives, 'retinoid'),
};
