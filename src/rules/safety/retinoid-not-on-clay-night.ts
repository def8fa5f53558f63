import { RETINOIDS, type SafetyRule } from './rule.js';

/** A clay-mask night is not a retinol night; it becomes a recovery night for retinol. */
export const retinoidNotOnClayNight: SafetyRule = {
  id: 'retinoid-not-on-clay-night',
  severity: 'avoid',
  message: 'No retinol on a clay-mask night: the dryness and irritation add up, so retinol rests that night.',
  source: 'skin-cycling',
  forbids: (night) => night.mask === 'clay' && night.actives.some((a) => RETINOIDS.includes(a)),
};
