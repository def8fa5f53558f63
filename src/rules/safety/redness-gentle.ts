import type { SafetyRule } from './rule.js';

const SOOTHING = new Set(['gel', 'sheet', 'cream']);

/** Redness: acids once a week at most, and soothing masks ahead of clay. */
export const rednessGentle: SafetyRule = {
  id: 'redness-gentle',
  severity: 'tip',
  message: 'Prone to redness: exfoliating acids at most once a week, and gel, sheet or cream masks ahead of clay.',
  source: 'aad-exfoliate',
  limits: (ctx) => (ctx.profile.concerns.includes('redness') ? { acidNightsPerWeek: 1 } : {}),
  maskRank: (type, ctx) =>
    ctx.profile.concerns.includes('redness') ? (SOOTHING.has(type) ? 2 : type === 'clay' ? -2 : 0) : 0,
};
