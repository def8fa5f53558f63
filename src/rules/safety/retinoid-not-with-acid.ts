import { anyIn, type SafetyRule } from './rule.js';

/** Retinol and AHA/BHA never share a night: they alternate. */
export const retinoidNotWithAcid: SafetyRule = {
  id: 'retinoid-not-with-acid',
  severity: 'avoid',
  message: 'Retinol and AHA/BHA never on the same night: they take turns on different nights.',
  source: 'aad-exfoliate',
  forbids: (night, ctx) => anyIn(ctx, night.actives, 'retinoid') && anyIn(ctx, night.actives, 'acid'),
};
