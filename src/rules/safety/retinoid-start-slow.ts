import { serumIn, type SafetyRule } from './rule.js';

/**
 * Starting a retinoid: at most 2 nights in its first 7 days on the face, 3 in the next 7, then a night more each
 * 7 days up to the weekly cap. Sensitive skin steps up every 14 days and is held to 2 nights a week.
 */
export const retinoidStartSlow: SafetyRule = {
  id: 'retinoid-start-slow',
  severity: 'caution',
  message:
    'New to retinol? Start with 2 nights a week, add a night each week, and skip a night if skin gets irritated.',
  source: 'aad-retinoid',
  roles: ['ramp'],
  limits: (ctx) => (ctx.profile.skin === 'sensitive' ? { retinoidNightsPerWeek: 2 } : {}),
  ramp: (ctx) => ({
    group: 'retinoid',
    level: (index) => 2 + (ctx.profile.skin === 'sensitive' ? Math.floor(index / 2) : index),
  }),
  check: (days, ctx) => {
    // Every retinoid on the shelf, whether or not this range gives it a night: the advice is about how to start.
    const retinoids = ctx.profile.serums.filter((s) => serumIn(ctx, s, 'retinoid'));
    if (!days.length || !retinoids.length) return [];
    const established = retinoids.filter((s) => !s.started);
    const out = [];
    if (established.length)
      out.push({
        rule: 'retinoid-start-slow',
        message:
          'Your retinol is planned as long in use (no start date). New to it? Plan it with --new retinol (or a "started" date in your profile) and glowplan ramps it up from 2 nights a week.',
      });
    if (retinoids.length > established.length)
      out.push({
        rule: 'retinoid-start-slow',
        message:
          ctx.profile.skin === 'sensitive'
            ? 'Sensitive skin: a new retinol starts at 2 nights a week, stepping up only every 2 weeks; skip a night if skin gets irritated.'
            : 'A new retinol ramps up: at most 2 nights in its first 7 days on the face, 3 in the next 7, then a night more each week; skip a night if skin gets irritated.',
      });
    return out;
  },
};
