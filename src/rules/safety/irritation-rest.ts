import { addDays } from '../../domain/dates.js';
import type { SafetyRule } from './rule.js';

const IRRITATED = ['red', 'stinging', 'peeling'] as const;

/** After redness, stinging or peeling: three recovery evenings, then retinoids and acids build up again. */
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
    return {
      nights: 3,
      reason: `You logged ${states.join(' and ')} skin on ${day.date}: ${addDays(day.date, 1)} to ${addDays(day.date, 3)} are recovery nights (no retinoid, acid or clay); from ${addDays(day.date, 4)} retinol builds up again from 2 nights a week and acids from 1 a week.`,
    };
  },
};
