import { daysBetween } from '../../dates.js';
import type { SafetyRule } from './rule.js';

/** Mask nights alternate with plain nights so the skin can take in each. */
export const maskSpacing: SafetyRule = {
  id: 'mask-spacing',
  severity: 'tip',
  message: 'Masks a few evenings a week, not two in a row: the skin needs time to take in each.',
  source: 'article',
  check: (days, ctx) => {
    if (ctx.profile.masksPerWeek > 4) return []; // over-masking already says it
    const touching = days.filter(
      (d, i) => i > 0 && d.mask && days[i - 1]!.mask && daysBetween(days[i - 1]!.date, d.date) === 1,
    );
    if (!touching.length && ctx.profile.masksPerWeek === 4)
      return [
        {
          rule: 'mask-spacing',
          message:
            "4 mask nights a week fit Monday, Wednesday, Friday and Sunday, so each Sunday's mask night touches the next Monday's: keep those two masks gentle.",
        },
      ];
    if (!touching.length) return [];
    return [
      {
        rule: 'mask-spacing',
        message: `Mask nights back to back on ${touching.map((d) => `${d.weekday} ${d.date}`).join(', ')}: that is what ${ctx.profile.masksPerWeek} a week (or an event) needs; keep those masks gentle.`,
        dates: touching.map((d) => d.date),
      },
    ];
  },
};
