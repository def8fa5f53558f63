import { addDays } from '../../domain/dates.js';
import type { SafetyRule } from './rule.js';

/** A logged breakout: a tip, no change to the actives. */
export const breakoutLog: SafetyRule = {
  id: 'breakout-log',
  severity: 'tip',
  message:
    'A breakout: a niacinamide serum helps balance oil, and on oily or combination skin a clay mask helps; no change to your actives.',
  source: 'article',
  check: (days, ctx) => {
    if (!days.length) return [];
    const first = days[0]!.date;
    const last = days[days.length - 1]!.date;
    // Logged in the week before the plan or within it (before its last day, so a later day can react).
    const logged = (ctx.journal ?? []).find(
      (d) => d.skin.includes('breakout') && d.date < last && d.date >= addDays(first, -7),
    );
    if (!logged) return [];
    const clay = ctx.profile.skin === 'oily' || ctx.profile.skin === 'combination';
    return [
      {
        rule: 'breakout-log',
        message: `You logged a breakout on ${logged.date}: a niacinamide serum helps balance oil${clay ? ', and a clay mask once or twice a week suits your skin' : ''}. Your actives stay as planned.`,
      },
    ];
  },
};
