import { addDays } from '../../domain/dates.js';
import { either, type RestPlan, type SafetyRule } from './rule.js';

const IRRITATED = ['red', 'stinging', 'peeling'] as const;

/** "X builds up again from 2 nights a week and Y from 1 a week". */
function rebuilding(list: RestPlan['rebuild']): string {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const { name, nights } = list[i]!;
    if (i === 0) out = `${name} builds up again from ${nights} ${nights === 1 ? 'night' : 'nights'} a week`;
    else out += `${i === list.length - 1 ? ' and' : ','} ${name} from ${nights} a week`;
  }
  return out;
}

/**
 * After redness, stinging or peeling: three recovery evenings, then retinoids and acids build up again. The note
 * names only what the plan holds back.
 */
export const irritationRest: SafetyRule = {
  id: 'irritation-rest',
  severity: 'caution',
  message:
    'Red, stinging or peeling skin: 3 evenings with no retinoid, acid or clay, then retinol starts again at 2 nights a week and acids at 1 a week for 2 weeks.',
  source: 'shive-retinoids',
  roles: ['irritation'],
  rest: (day) => {
    const states = IRRITATED.filter((s) => day.skin.includes(s));
    if (!states.length) return undefined;
    const logged = `You logged ${states.join(' and ')} skin on ${day.date}`;
    const nights = `${addDays(day.date, 1)} to ${addDays(day.date, 3)}`;
    const after = addDays(day.date, 4);
    return {
      nights: 3,
      reason: (plan) => {
        const held = [...plan.serums, ...plan.masks];
        if (!held.length)
          return `${logged}: nothing in your evenings needs a rest for it (no retinoid, acid, benzoyl peroxide or clay mask), so ${nights} go on as planned.`;
        const then = plan.rebuild.length
          ? `from ${after} ${rebuilding(plan.rebuild)}`
          : `the plan goes on as usual from ${after}`;
        return `${logged}: ${nights} are recovery nights, without ${either(held)}; ${then}.`;
      },
      chosen: ({ name, type, date, gentle }) =>
        `${name} on ${date} is planned as you asked, but it is a rest evening, which keeps ${type} masks off: a gentle mask (${either(gentle)}) would suit it.`,
    };
  },
};
