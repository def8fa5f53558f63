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
    const cycling = ctx.profile.cycle === 'skin-cycling';
    if (!touching.length) {
      // At 4 a week the weekly planner uses Monday, Wednesday, Friday and Sunday, so a Sunday mask touches the next
      // Monday's. Said only when that Monday is not shown (a shown one would be a pair above, or no mask at all),
      // when the Sunday's week, as far as it is shown, has exactly those nights, and when the shelf is not clay
      // alone (clay nights are never planned two in a row).
      const last = days[days.length - 1];
      if (
        !last?.mask ||
        weekdayIndex(last.date) !== 6 ||
        ctx.profile.masksPerWeek !== 4 ||
        cycling ||
        ctx.profile.masks.every((m) => m.type === 'clay')
      )
        return [];
      for (let i = days.length - 2; i >= 0 && i >= days.length - 7; i--)
        if (Boolean(days[i]!.mask) !== (weekdayIndex(days[i]!.date) % 2 === 0)) return [];
      return [
        {
          rule: 'mask-spacing',
          message: `4 mask nights a week fit Monday, Wednesday, Friday and Sunday, so a Sunday mask night (${last.date}) touches the next Monday's: keep those two masks gentle.`,
        },
      ];
    }
    const forced = days.filter(
      (d) => d.mask?.event && touching.some((t) => Math.abs(daysBetween(d.date, t.date)) <= 1),
    );
    const n = ctx.profile.masksPerWeek;
    const why = forced.length
      ? `events forced ${forced.map((d) => `${label(d)} (before ${d.mask!.event!.label ?? d.mask!.event!.date})`).join(', ')}`
      : cycling
        ? `skin cycling leaves masks its recovery nights, which come two in a row, and ${n} a week take more of them than can stay apart`
        : `that is what ${n} a week needs`;
    return [
      {
        rule: 'mask-spacing',
        message: `Mask nights back to back on ${touching.map(label).join(', ')}: ${why}; keep those masks gentle.`,
        dates: touching.map((d) => d.date),
      },
    ];
  },
};
