import { addMonths } from 'date-fns/addMonths';
import { addDays, parseIsoDate, toIsoDate, type IsoDate } from '../../domain/dates.js';
import type { Finding } from '../types.js';
import { productName, type SafetyRule } from './rule.js';

/** Days before the use-by date from which the plan says to use a product up. */
const SOON = 30;

/** The use-by date: the earlier of the printed date and the day opened plus its open-jar months. */
export function useByDate(p: { opened?: IsoDate; paoMonths?: number; expires?: IsoDate }): IsoDate | undefined {
  const opened = p.opened && p.paoMonths ? parseIsoDate(p.opened) : undefined;
  const afterOpening = opened ? toIsoDate(addMonths(opened, p.paoMonths!)) : undefined;
  if (afterOpening && p.expires) return afterOpening < p.expires ? afterOpening : p.expires;
  return afterOpening ?? p.expires;
}

/** From its use-by date on, a product is left out of the plan. */
export const pastUseBy: SafetyRule = {
  id: 'past-use-by',
  severity: 'avoid',
  message:
    'A product past its use-by date (the printed date, or the open-jar months after opening, whichever comes first) is left out.',
  source: 'eu-cosmetics-pao',
  roles: ['use-by'],
  useBy: useByDate,
  check: (days, ctx) => {
    if (!days.length) return [];
    const last = days[days.length - 1]!.date;
    const out: Finding[] = [];
    for (const p of [...ctx.profile.serums, ...ctx.profile.masks]) {
      const date = useByDate(p);
      if (date && date <= last)
        out.push({
          rule: 'past-use-by',
          message: `${productName(p, ctx.data)} reached its use-by date on ${date}: it is left out of the plan from then; replace it.`,
        });
    }
    return out;
  },
};

/** Within 30 days of its use-by date: use it up. */
export const useBySoon: SafetyRule = {
  id: 'use-by-soon',
  severity: 'caution',
  message: 'A product within 30 days of its use-by date: use it up by then.',
  source: 'pcpc-shelf-life',
  check: (days, ctx) => {
    if (!days.length) return [];
    const first = days[0]!.date;
    const last = days[days.length - 1]!.date;
    const out: Finding[] = [];
    for (const p of [...ctx.profile.serums, ...ctx.profile.masks]) {
      const date = useByDate(p);
      if (date && date > first && addDays(date, -SOON) <= last)
        out.push({ rule: 'use-by-soon', message: `Use up ${productName(p, ctx.data)} by ${date}.` });
    }
    return out;
  },
};
