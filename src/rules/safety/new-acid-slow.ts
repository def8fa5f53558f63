import type { SafetyRule } from './rule.js';

/** A new exfoliating acid: one night a week for its first two weeks on the face. */
export const newAcidSlow: SafetyRule = {
  id: 'new-acid-slow',
  severity: 'caution',
  message:
    'A new AHA or BHA: one night a week for its first 2 weeks on the face, so you can see how your skin takes it.',
  source: 'aad-exfoliate',
  roles: ['ramp'],
  ramp: () => ({ group: 'acid', level: (index) => (index < 2 ? 1 : null) }),
};
