import { serumIn, type SafetyRule } from './rule.js';

/** Vitamin C and AHA/BHA in one application clash (pH) and irritate. */
export const vitaminCApartFromAcid: SafetyRule = {
  id: 'vitamin-c-apart-from-acid',
  severity: 'caution',
  message: 'Vitamin C and AHA/BHA not in the same application: vitamin C in the morning, acids in the evening.',
  source: 'aad-exfoliate',
  check: (_days, ctx) =>
    ctx.profile.serums
      .filter((s) => s.actives.includes('vitamin-c') && serumIn(ctx, s, 'acid'))
      .map((s) => ({
        rule: 'vitamin-c-apart-from-acid',
        message: `${s.name ?? 'A serum'} combines vitamin C with an exfoliating acid in one product; expect more irritation.`,
      })),
};
