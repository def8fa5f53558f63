import type { SafetyRule } from './rule.js';

/** Sensitive skin: hydrating masks and barrier-supporting serums first. */
export const sensitiveGentleMasks: SafetyRule = {
  id: 'sensitive-gentle-masks',
  severity: 'tip',
  message: 'Sensitive skin does best with hydrating, soothing masks and barrier-support serums.',
  source: 'article',
  maskRank: (type, ctx) => (ctx.profile.skin === 'sensitive' && ctx.data.maskType(type).gentle ? 1 : 0),
  check: (_days, ctx) => {
    if (ctx.profile.skin !== 'sensitive' || !ctx.profile.masks.length) return [];
    const gentle = ctx.profile.masks.some((m) => ctx.data.maskType(m.type).gentle);
    return gentle
      ? []
      : [
          {
            rule: 'sensitive-gentle-masks',
            message:
              'Sensitive skin: none of your masks is a hydrating one; a sheet, gel or sleeping mask would be gentler.',
          },
        ];
  },
};
