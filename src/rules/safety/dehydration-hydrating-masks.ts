import type { SafetyRule } from './rule.js';

/** Dehydrated skin: hydrating masks first in the rotation. */
export const dehydrationHydratingMasks: SafetyRule = {
  id: 'dehydration-hydrating-masks',
  severity: 'tip',
  message: 'Dehydrated skin: hydrating masks (sheet, cream, sleeping) come first in the rotation.',
  source: 'article',
  maskRank: (type, ctx) =>
    ctx.profile.concerns.includes('dehydration') && ctx.data.maskType(type).benefits.includes('hydrating') ? 1 : 0,
};
