import type { CycleNight, SafetyRule } from './rule.js';

const CYCLE: readonly CycleNight[] = ['exfoliation', 'retinoid', 'recovery', 'recovery'];

/** Skin cycling: a 4-night rotation of exfoliation, retinoid and two recovery nights. */
export const skinCycling: SafetyRule = {
  id: 'skin-cycling',
  severity: 'tip',
  message:
    'Skin cycling: evenings rotate exfoliation, retinoid, recovery, recovery; a structure dermatologists use, not a tested protocol.',
  source: 'bowe-skin-cycling',
  roles: ['cycle'],
  cycle: (ctx) => (ctx.profile.cycle === 'skin-cycling' ? CYCLE : undefined),
  check: (days, ctx) =>
    ctx.profile.cycle === 'skin-cycling' && ctx.profile.masks.length
      ? [
          {
            rule: 'skin-cycling',
            message: `Skin cycling: hydrating masks go on recovery nights (a clay mask only on an exfoliation night with no acid); ${ctx.profile.masksPerWeek} mask ${ctx.profile.masksPerWeek === 1 ? 'night' : 'nights'} a week is a cap, not a target.`,
          },
        ]
      : [],
};
