import { ACIDS, type SafetyRule } from './rule.js';

/** Exfoliating acids and a clay mask the same night over-strip the skin. */
export const acidNotOnClayNight: SafetyRule = {
  id: 'acid-not-on-clay-night',
  severity: 'avoid',
  message: 'No AHA/BHA on a clay-mask night: two exfoliating treatments in one evening over-strip the skin.',
  source: 'aad-exfoliate',
  forbids: (night) => night.mask === 'clay' && night.actives.some((a) => ACIDS.includes(a)),
};
