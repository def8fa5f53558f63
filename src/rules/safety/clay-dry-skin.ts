import { clayShortWords, type SafetyRule } from './rule.js';

/** Clay absorbs oil: dry skin gets it at most once a week. */
export const clayDrySkin: SafetyRule = {
  id: 'clay-dry-skin',
  severity: 'caution',
  message: 'Dry skin: a clay mask at most once a week; clay soaks up oil your skin is short of.',
  source: 'aad-exfoliate',
  limits: (ctx) => (ctx.profile.skin === 'dry' ? { clayPerWeek: 1 } : {}),
  // One note: the cap, once clay is in the plan, and when the cap keeps the mask nights under those asked (clay the
  // only mask on the face), what that does to them.
  clayCap: (cap, ctx) => {
    const better = 'a cream or sleeping mask suits dry skin better';
    if (cap.short) {
      const { only, planned, more } = clayShortWords(cap, cap.short.waiting, ctx.data);
      return {
        rule: 'clay-dry-skin',
        message: `Dry skin: your clay mask is planned at most once a week and clay ${only}, so ${planned}: ${more}; ${better}.`,
      };
    }
    return cap.planned
      ? { rule: 'clay-dry-skin', message: `Dry skin: your clay mask is planned at most once a week; ${better}.` }
      : undefined;
  },
};
