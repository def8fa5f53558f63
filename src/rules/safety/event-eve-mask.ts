import type { SafetyRule } from './rule.js';

/** Before a big event: a mask the evening before, for instant brightness and plumping. */
export const eventEveMask: SafetyRule = {
  id: 'event-eve-mask',
  severity: 'tip',
  message: 'Before a big event, a brightening or hydrating mask the evening before gives instant glow.',
  source: 'article',
};
