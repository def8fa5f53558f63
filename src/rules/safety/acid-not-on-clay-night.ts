import { anyIn, type SafetyRule } from './rule.js';

/** Exfoliating acids and a clay mask over-strip the skin: not the same night, nor the nights either side. */
export const acidNotOnClayNight: SafetyRule = {
  id: 'acid-not-on-clay-night',
  severity: 'avoid',
  message:
    'No AHA/BHA on a clay-mask night nor the evenings either side: two exfoliating treatments so close over-strip the skin.',
  source: 'aad-exfoliate',
  forbids: (night, ctx) =>
    anyIn(ctx, night.actives, 'acid') && (night.mask === 'clay' || (night.beside ?? []).includes('clay')),
};
