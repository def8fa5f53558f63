import type { SafetyRule } from './rule.js';

/** Before a big event: a mask the evening before, for instant brightness and plumping; never clay on fragile skin. */
export const eventEveMask: SafetyRule = {
  id: 'event-eve-mask',
  severity: 'tip',
  message:
    'Before a big event, a brightening or hydrating mask the evening before gives instant glow (not clay on sensitive or dry skin).',
  source: 'article',
  roles: ['event-mask'],
  eventMask: (type, ctx) => !(type === 'clay' && (ctx.profile.skin === 'sensitive' || ctx.profile.skin === 'dry')),
};
