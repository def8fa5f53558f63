import { addDays } from '../../domain/dates.js';
import type { Finding, RuleContext } from '../types.js';
import type { SafetyRule } from './rule.js';

const fragile = (ctx: RuleContext) => ctx.profile.skin === 'sensitive' || ctx.profile.skin === 'dry';

/** Before a big event: a mask the evening before, for instant brightness and plumping; never clay on fragile skin. */
export const eventEveMask: SafetyRule = {
  id: 'event-eve-mask',
  severity: 'tip',
  message:
    'Before a big event, a brightening or hydrating mask the evening before gives instant glow (not clay on sensitive or dry skin).',
  source: 'article',
  roles: ['event-mask'],
  eventMask: (type, ctx) => !(type === 'clay' && fragile(ctx)),
  check: (days, ctx) => {
    const out: Finding[] = [];
    for (const event of ctx.events ?? []) {
      const eve = addDays(event.date, -1);
      const day = days.find((d) => d.date === eve);
      if (!day || day.mask?.event) continue;
      const name = event.label ?? event.date;
      const masks = ctx.profile.masks;
      const why = !masks.length
        ? 'there is no mask on your shelf; add one to plan it'
        : masks.every((m) => m.type === 'clay') && fragile(ctx)
          ? `your only mask is clay, which ${ctx.profile.skin} skin should not wear the evening before an event; a sheet or gel mask would suit`
          : masks.every((m) => m.type === 'clay')
            ? "clay is your only mask and the week's clay allowance is used"
            : 'none of your masks can be used that evening (a new one still being patch-tested, or one past its use-by date)';
      out.push({
        rule: 'event-eve-mask',
        message: `No mask on the evening before ${name} (${eve}): ${why}.`,
        dates: [eve],
      });
    }
    return out;
  },
};
