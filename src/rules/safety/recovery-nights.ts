import type { SafetyRule } from './rule.js';

/** Strong actives need evenings off: at least 2 a week with no retinoid, acid, benzoyl peroxide or clay. */
export const recoveryNights: SafetyRule = {
  id: 'recovery-nights',
  severity: 'tip',
  message:
    'With retinoids, acids, benzoyl peroxide or clay in the plan, at least 2 evenings a week are recovery nights: hydrating serum and moisturizer, a soothing or hydrating mask at most.',
  source: 'bowe-skin-cycling',
  roles: ['recovery'],
  recovery: () => ({ perWeek: 2, groups: ['strong'], masks: ['clay'] }),
};
