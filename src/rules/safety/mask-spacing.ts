import { daysBetween, weekdayIndex } from '../../domain/dates.js';
import type { SafetyRule } from './rule.js';

/** Mask nights alternate with plain nights so the skin can take in each. Says what made nights touch. */
export const maskSpacing: SafetyRule = {
  id: 'mask-spacing',
  severity: 'tip',
  message: 'Masks a few evenings a week, not two in a row: the skin needs time to take in each.',
  source: 'article',
  roles: ['mask-night'],
  check: (days, ctx) => {
    // The planned days follow one another, so neighbours in the list are neighbouring evenings.
    const touching = days.filter((d, i) => i > 0 && d.mask && days[i - 1]!.mask);
    const label = (d: (typeof days)[number]) => `${d.weekday} ${d.date}`;
    if (!touching.length) {
      // At 4 a week, Sunday's mask touches next Monday's, outside a single week: say so only when it is planned.
      const sunday = days.find((d) => d.mask && weekdayIndex(d.date) === 6);
      return ctx.profile.masksPerWeek === 4 && sunday
        ? [
            {
              rule: 'mask-spacing',
              message: `4 mask nights a week fit Monday, Wednesday, Friday and Sunday, so a Sunday mask night (${sunday.date}) touches the next Monday's: keep those two masks gentle.`,
            },
          ]
        : [];
    }
    const forced = days.filter(
      (d) => d.mask?.event && touching.some((t) => Math.abs(daysBetween(d.date, t.date)) <= 1),
    );
    const why = forced.length
      ? `events forced ${forced.map((d) => `${label(d)} (before ${d.mask!.event!.label ?? d.mask!.event!.date})`).join(', ')}`
      : `that is what ${ctx.profile.masksPerWeek} a week needs`;
    return [
      {
        rule: 'mask-spacing',
        message: `Mask nights back to back on ${touching.map(label).join(', ')}: ${why}; keep those masks gentle.`,
        dates: touching.map((d) => d.date),
      },
    ];
  },
};
