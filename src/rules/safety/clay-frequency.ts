import type { SafetyRule } from './rule.js';

/** Clay masks: about twice a week for oily skin, at most once a week for sensitive skin. */
export const clayFrequency: SafetyRule = {
  id: 'clay-frequency',
  severity: 'caution',
  message: 'Clay masks at most once a week on sensitive skin (about twice on oily skin): clay is drying.',
  source: 'skincare-clay',
  limits: (ctx) => (ctx.profile.skin === 'sensitive' ? { clayPerWeek: 1 } : { clayPerWeek: 2 }),
  check: (_days, ctx) =>
    ctx.profile.skin === 'sensitive' && ctx.profile.masks.some((m) => m.type === 'clay')
      ? [{ rule: 'clay-frequency', message: 'Sensitive skin: your clay mask is planned at most once a week.' }]
      : [],
};
