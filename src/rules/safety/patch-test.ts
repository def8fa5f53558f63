import type { SafetyRule } from './rule.js';

/** A new product is patch-tested on a small area before it goes on the face. */
export const patchTest: SafetyRule = {
  id: 'patch-test',
  severity: 'tip',
  message:
    'Patch-test a new product first: a small amount on the inner forearm or the crease of the elbow, morning and evening, for 7 to 10 days; stop at a rash.',
  source: 'aad-patch-test',
  roles: ['patch-test'],
  patchTest: (product, ctx) => {
    const info = product.mask ? ctx.data.maskType(product.mask) : undefined;
    const where = 'inner forearm or the crease of the elbow';
    // A rinse-off product comes off after its usual time.
    return info?.application === 'rinse-off' && info.minutes ? { where, minutes: info.minutes.typical } : { where };
  },
  // The tip is for someone who has not told glowplan about a start yet: none once any product on the shelf has a
  // start date (its patch test and ramp are then planned, whether in these days, before or after them).
  check: (_days, ctx) =>
    ctx.profile.serums.some((p) => p.started) || ctx.profile.masks.some((p) => p.started)
      ? []
      : [
          {
            rule: 'patch-test',
            message:
              'Starting something new? Tell glowplan with --new <product>:<date> (or "started" in your profile) and the plan patch-tests it first.',
          },
        ],
};
