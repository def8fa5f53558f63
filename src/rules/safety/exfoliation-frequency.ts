import type { SafetyRule } from './rule.js';

/** Exfoliating acids 1–2 nights a week; gentler and rarer for dry or sensitive skin. */
export const exfoliationFrequency: SafetyRule = {
  id: 'exfoliation-frequency',
  severity: 'caution',
  message:
    'AHA/BHA at most 2 nights a week, and once a week for dry or sensitive skin: over-exfoliating inflames and can leave dark spots.',
  source: 'aad-exfoliate-home',
  limits: (ctx) =>
    ctx.profile.skin === 'sensitive' || ctx.profile.skin === 'dry'
      ? { acidNightsPerWeek: 1 }
      : { acidNightsPerWeek: 2 },
};
