import { ACIDS, RETINOIDS, planActives, type SafetyRule } from './rule.js';

/** Patch-test a new product for 7–10 days before it joins the routine. */
export const patchTest: SafetyRule = {
  id: 'patch-test',
  severity: 'tip',
  message: 'Patch-test a new product on a small area for 7 to 10 days before using it on your face.',
  source: 'aad-patch-test',
  check: (days) =>
    [...planActives(days)].some((a) => RETINOIDS.includes(a) || ACIDS.includes(a) || a === 'benzoyl-peroxide')
      ? [{ rule: 'patch-test', message: 'Strong actives in your plan: patch-test any new one for 7 to 10 days first.' }]
      : [],
};
