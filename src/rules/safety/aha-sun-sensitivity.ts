import { planActives, type SafetyRule } from './rule.js';

/** AHAs raise sun sensitivity during use and for a week after. */
export const ahaSunSensitivity: SafetyRule = {
  id: 'aha-sun-sensitivity',
  severity: 'caution',
  message: 'With AHAs, wear sunscreen while you use them and for a week after you stop.',
  source: 'fda-aha',
  check: (days) =>
    planActives(days).has('aha')
      ? [
          {
            rule: 'aha-sun-sensitivity',
            message: 'AHA in your plan: wear sunscreen daily, and for a week after you stop using it.',
          },
        ]
      : [],
};
