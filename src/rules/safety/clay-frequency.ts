import { clayShortWords, type SafetyRule } from './rule.js';

/** Clay masks: about twice a week for oily skin, at most once a week for sensitive skin. */
export const clayFrequency: SafetyRule = {
  id: 'clay-frequency',
  severity: 'caution',
  message: 'Clay masks at most once a week on sensitive skin (about twice on oily skin): clay is drying.',
  source: 'skincare-clay',
  limits: (ctx) => (ctx.profile.skin === 'sensitive' ? { clayPerWeek: 1 } : { clayPerWeek: 2 }),
  // One note: on sensitive skin it says the cap, and when the cap keeps the mask nights under those asked (clay the
  // only mask on the face), what that does to them.
  clayCap: (cap, ctx) => {
    const sensitive = ctx.profile.skin === 'sensitive';
    if (cap.short) {
      const { only, planned, more } = clayShortWords(cap, cap.short.waiting, ctx.data);
      return {
        rule: 'clay-frequency',
        message: sensitive
          ? `Sensitive skin: your clay mask is planned at most once a week and clay ${only}, so ${planned}: ${more}.`
          : `Clay ${only} and is kept to ${cap.cap} ${cap.cap === 1 ? 'evening' : 'evenings'} a week, so ${planned}: ${more}.`,
      };
    }
    return sensitive && ctx.profile.masks.some((m) => m.type === 'clay')
      ? { rule: 'clay-frequency', message: 'Sensitive skin: your clay mask is planned at most once a week.' }
      : undefined;
  },
};
