import type { SafetyRule } from './rule.js';

/** Clay absorbs oil: dry skin gets it at most once a week. */
export const clayDrySkin: SafetyRule = {
  id: 'clay-dry-skin',
  severity: 'caution',
  message: 'Dry skin: a clay mask at most once a week; clay soaks up oil your skin is short of.',
  source: 'aad-exfoliate',
  limits: (ctx) => (ctx.profile.skin === 'dry' ? { clayPerWeek: 1 } : {}),
  check: (days, ctx) =>
    ctx.profile.skin === 'dry' && days.some((d) => d.mask?.type === 'clay')
      ? [
          {
            rule: 'clay-dry-skin',
            message:
              'Dry skin: your clay mask is planned at most once a week; a cream or sleeping mask suits dry skin better.',
          },
        ]
      : [],
};
