import { lowerFirst, type SafetyRule } from './rule.js';

/** What would give a serum evenings, by what kept it out. */
const ADVICE = {
  mask: 'fewer mask nights a week (--masks-per-week) or fewer clay masks would give it evenings',
  rest: 'it comes back once the rest is over',
  other: 'fewer strong actives on the shelf (retinoids, acids, benzoyl peroxide) would give it evenings of its own',
} as const;

/** A serum you own that the whole plan never uses is named, with what kept it out and what to change. */
export const unusedSerum: SafetyRule = {
  id: 'unused-serum',
  severity: 'caution',
  message:
    'A serum on your shelf that the plan never uses is named, with the rule that kept it out and what would make room for it.',
  source: 'article',
  unused: (serum) => {
    // A plan shorter than a week leaves a serum out on the evenings that are not its own: nothing to say.
    if (serum.evenings < 7) return undefined;
    const why = serum.because;
    const text = serum.takenBy
      ? `${serum.takenBy}, also a retinoid, takes the retinoid nights (one retinoid an evening); one retinoid on the shelf at a time is enough.`
      : why
        ? `on ${why.nights} of them, ${lowerFirst(why.message).replace(/\.$/, '')} (${why.rule}); ${ADVICE[why.cause]}.`
        : `${ADVICE.other}.`;
    return {
      rule: 'unused-serum',
      message: `${serum.name} is not used on any of the ${serum.evenings} evenings it could go on: ${text}`,
      item: serum.name,
      action: 'left-out',
    };
  },
};
